"""换届's section of the annual work report: 换届选举情况 — the term in office and, in a year with
an election, its figures and approvals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.ledgers.base import SectionText
from dangwu_desktop.ledgers.elections.book import ElectionState, result, state
from dangwu_desktop.ledgers.elections.models import Election


@dataclass(frozen=True, slots=True)
class HeldElection:
    held_on: date
    seats: int
    candidates: int
    due: int
    present: int
    rounds: int
    elected: tuple[str, ...]
    request_on: date | None
    reply_on: date | None
    filed_on: date | None
    approved_on: date | None
    further: int = 0  # 另行选举 held for seats the vote left empty
    tie_rounds: int = 0  # second votes among the tied


@dataclass(frozen=True, slots=True)
class ElectionsPart:
    term: ElectionState | None
    held: tuple[HeldElection, ...]
    period_end: date


def elections(session: Session, period: YearPeriod, today: date) -> ElectionsPart:
    first, last = period.bounds
    query = select(Election).where(Election.held_on >= first, Election.held_on <= last)
    held = []
    for e in session.scalars(query.order_by(Election.held_on)):
        assert e.held_on is not None
        names = {c.id: c.member.name for c in e.candidates}
        first_round = e.rounds[0]
        stages = {r.stage for r in e.rounds}
        held.append(
            HeldElection(
                e.held_on,
                e.seats,
                sum(c.stage == 1 for c in e.candidates),
                first_round.due,
                first_round.present,
                len(e.rounds),
                tuple(names[i] for i in result(e).elected),
                e.request_on,
                e.reply_on,
                e.filed_on,
                e.approved_on,
                len(stages) - 1,
                len(e.rounds) - len(stages),
            )
        )
    return ElectionsPart(state(session), tuple(held), min(last, today))


def _term_line(term: ElectionState) -> str:
    number = f"第{term.term_number}届" if term.term_number else "本届"
    if term.term_start is None or term.term_end is None:
        return f"{number}支部委员会的任期尚未登记。"
    return f"{number}支部委员会任期自{document_date(term.term_start)}至{document_date(term.term_end)}。"


def elections_text(part: ElectionsPart) -> SectionText:
    lines = []
    for e in part.held:
        line = ""
        if e.request_on is not None:
            line += f"支部于{document_date(e.request_on)}向上级党组织报送换届请示"
            line += f"，{document_date(e.reply_on)}获批复；" if e.reply_on else "；"
        line += (
            f"{document_date(e.held_on)}召开支部党员大会进行换届选举，应到会有选举权的党员{e.due}名，"
            f"实到{e.present}名，以差额选举（候选人{e.candidates}名、应选{e.seats}名）"
            f"选出新一届支部委员会委员{len(e.elected)}名：{'、'.join(e.elected)}"
        )
        how = []
        if e.tie_rounds:
            how.append("票数相等的被选举人经再次投票确定")
        if e.further:
            how.append("不足的名额经另行选举产生")
        line += f"（{'，'.join(how)}）。" if how else "。"
        if e.approved_on:
            line += f"书记、副书记已于{document_date(e.approved_on)}经上级党组织批准"
            line += f"，委员于{document_date(e.filed_on)}报上级党组织备案。" if e.filed_on else "。"
        else:
            line += "书记、副书记尚待上级党组织批准。"
        lines.append(line)
    term = part.term
    if term is not None:
        lines.append(_term_line(term))
        if not part.held and term.due is not None and term.due <= part.period_end:
            lines.append("任期已届满，尚未换届。")
    if not lines:
        lines = ["尚未登记支部委员会的任期。"]
    latest = part.held[-1] if part.held else None
    placeholders = {
        "elections": {
            "term": (term.term_number or "") if term else "",
            "term_start": document_date(term.term_start) if term and term.term_start else "",
            "term_end": document_date(term.term_end) if term and term.term_end else "",
            "held_on": document_date(latest.held_on) if latest else "",
            "due": latest.due if latest else "",
            "present": latest.present if latest else "",
            "elected": "、".join(latest.elected) if latest else "",
        }
    }
    return SectionText(placeholders, lines)


def elections_summary(part: ElectionsPart) -> str:
    if part.held:
        return f"本期完成换届选举，选出委员{len(part.held[-1].elected)}名"
    term = part.term
    if term is None or term.term_end is None:
        return "任期未登记"
    return f"任期至{document_date(term.term_end)}"
