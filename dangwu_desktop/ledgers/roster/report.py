"""花名册's sections of the work report: the branch's members, and who came and went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date, month_day
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.roster import RosterCounts, active_counts
from dangwu_desktop.core.services.reports import ChangeLine, roster_changes
from dangwu_desktop.ledgers.base import SectionText


@dataclass(frozen=True, slots=True)
class Members:
    today: date
    counts: RosterCounts


def members(session: Session, _period: YearPeriod, today: date) -> Members:
    return Members(today, active_counts(session, today))


def members_text(part: Members) -> SectionText:
    counts = part.counts
    line = (
        f"截至{document_date(part.today)}，支部共有在册党员{counts.total}名，其中正式党员"
        f"{counts.full}名、预备党员{counts.probationary}名；流动党员{counts.mobile}名。"
    )
    placeholders = {
        "counts": {
            "total": counts.total,
            "full": counts.full,
            "probationary": counts.probationary,
            "mobile": counts.mobile,
            "due_for_confirmation": counts.due_for_confirmation,
        }
    }
    return SectionText(placeholders, [line])


def members_summary(part: Members) -> str:
    return f"在册党员{part.counts.total}名"


def changes(session: Session, period: YearPeriod, _today: date) -> list[ChangeLine]:
    return roster_changes(session, *period.bounds)


def changes_text(lines: list[ChangeLine]) -> SectionText:
    shown = [
        {"date": month_day(c.date), "kind": c.kind, "name": c.name, "detail": c.detail}
        for c in lines
    ]
    sentences = [
        f"{c['date']}，{c['name']}{c['kind']}"
        + (f"（{c['detail']}）" if c["detail"] else "")
        + "。"
        for c in shown
    ]
    return SectionText({"changes": shown}, sentences or ["本期党员队伍无变化。"])


def changes_summary(lines: list[ChangeLine]) -> str:
    return f"党员队伍变化{len(lines)}人次"
