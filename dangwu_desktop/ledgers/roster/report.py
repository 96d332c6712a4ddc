"""花名册's sections of the work report: the branch's members, and who came and went."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date, month_day
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.roster import RosterCounts, active_counts
from dangwu_desktop.core.services.reports import (
    ChangeLine,
    ProbationLine,
    probation_lines,
    roster_changes,
)
from dangwu_desktop.ledgers.base import SectionText


@dataclass(frozen=True, slots=True)
class Members:
    today: date
    counts: RosterCounts
    # The 预备党员 past their year by the period's end: 待转正, or 转正 this year.
    probation: list[ProbationLine] = field(default_factory=list)


def members(session: Session, period: YearPeriod, today: date) -> Members:
    first, last = period.bounds
    return Members(
        today, active_counts(session, today), probation_lines(session, first, last, today)
    )


def members_text(part: Members) -> SectionText:
    counts = part.counts
    line = (
        f"截至{document_date(part.today)}，支部共有在册党员{counts.total}名，其中正式党员"
        f"{counts.full}名、预备党员{counts.probationary}名；流动党员{counts.mobile}名。"
    )
    waiting = [p for p in part.probation if p.outcome == "待转正"]
    lines = [line]
    if waiting:
        lines.append(
            f"预备期已满、尚待转正的预备党员{len(waiting)}名："
            + "、".join(f"{p.name}（{document_date(p.due)}期满）" for p in waiting)
            + "，须及时召开支部党员大会讨论其转正问题。"
        )
    done = [p for p in part.probation if p.outcome != "待转正"]
    if done:
        lines.append(
            f"本年度预备期满的预备党员{len(done)}名："
            + "、".join(f"{p.name}（{document_date(p.due)}期满，{p.outcome}）" for p in done)
            + "。"
        )
    placeholders = {
        "probation": [
            {"name": p.name, "due": document_date(p.due), "outcome": p.outcome}
            for p in part.probation
        ],
        "counts": {
            "total": counts.total,
            "full": counts.full,
            "probationary": counts.probationary,
            "mobile": counts.mobile,
            "due_for_confirmation": counts.due_for_confirmation,
        },
    }
    return SectionText(placeholders, lines)


def members_summary(part: Members) -> str:
    waiting = sum(p.outcome == "待转正" for p in part.probation)
    return f"在册党员{part.counts.total}名" + (f"，待转正{waiting}名" if waiting else "")


def changes(session: Session, period: YearPeriod, _today: date) -> list[ChangeLine]:
    return roster_changes(session, *period.bounds)


def changes_text(lines: list[ChangeLine]) -> SectionText:
    shown = [
        {
            "date": month_day(c.date),
            "kind": c.kind,
            "name": c.name,
            "detail": c.detail,
            "meeting": c.meeting,
            "vote": c.vote,
            "problem": c.problem,
        }
        for c in lines
    ]
    return SectionText(
        {"changes": shown}, [_sentence(c) for c in lines] or ["本期党员队伍无变化。"]
    )


def _sentence(change: ChangeLine) -> str:
    """7月1日，张三转正（…），经2026年7月3日支部党员大会表决（…）。 A change the 支部党员大会
    should have voted on, without its record, says so instead of passing silently."""
    text = f"{month_day(change.date)}，{change.name}{change.kind}"
    text += f"（{change.detail}）" if change.detail else ""
    if change.meeting:
        text += f"，经{change.meeting}讨论表决" + (f"：{change.vote}" if change.vote else "")
    if change.problem:
        text += f"【待核实：{change.problem}】"
    return text + "。"


def changes_summary(lines: list[ChangeLine]) -> str:
    unlinked = sum(bool(c.problem) for c in lines)
    flag = f"，其中{unlinked}项没有表决的支部党员大会记录，请核实" if unlinked else ""
    return f"党员队伍变化{len(lines)}人次{flag}"
