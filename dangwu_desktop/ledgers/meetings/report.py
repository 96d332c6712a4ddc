"""组织生活's sections of the work report: the meetings the rules ask for against the records,
and (in the annual report) the year's 民主评议."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date, month_day
from dangwu_desktop.core.glossary import Grade
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services.reports import (
    AppraisalPart,
    MeetingLine,
    MeetingsPart,
    appraisal_part,
    meetings_part,
)
from dangwu_desktop.ledgers.base import SectionText

MOST_DATES = 4


def meetings(session: Session, period: YearPeriod, today: date) -> MeetingsPart:
    return meetings_part(session, period, today)


def _dates(line: MeetingLine) -> str:
    """A few dates are listed; a month-by-month series is counted (the ledger lists them)."""
    if not line.dates:
        return "—"
    if len(line.dates) > MOST_DATES:
        return f"共{len(line.dates)}次，详见台账"
    return "、".join(month_day(day) for day in line.dates)


def meetings_text(part: MeetingsPart) -> SectionText:
    """The default template lays this section out itself, as a table (lines None)."""
    placeholders = {
        "meetings": [
            {
                "kind": m.kind,
                "required": m.required,
                "held": m.held,
                "records": m.records,
                "dates": _dates(m),
                "status": m.status,
            }
            for m in part.lines
        ],
        "theme_days": [{"date": month_day(day), "topic": topic} for day, topic in part.theme_days],
    }
    return SectionText(placeholders, None)


def meetings_summary(part: MeetingsPart) -> str:
    behind = "；".join(f"{m.kind}{m.status}" for m in part.lines if m.missing or m.still_due)
    return f"组织生活：{behind or '均按规定开展'}"


def appraisal(session: Session, period: YearPeriod, _today: date) -> AppraisalPart:
    return appraisal_part(session, period.year)


def appraisal_text(part: AppraisalPart) -> SectionText:
    if part.graded:
        grades = "、".join(f"{grade.value}{part.counts[grade]}名" for grade in Grade)
        text = f"{part.year}年度民主评议党员共评议{part.graded}名：{grades}。"
        if part.follow_up:
            text += f"对{'、'.join(part.follow_up)}，支部已安排专人谈心帮助、跟踪整改。"
    elif part.held:  # held (maybe the next January), the grades not entered yet
        days = "、".join(document_date(day) for day in part.held)
        text = f"{part.year}年度民主评议党员已于{days}开展，评议结果尚未登记。"
    else:
        text = f"{part.year}年度民主评议党员尚未开展，尚未登记结果。"
    placeholders = {
        "appraisal": {grade.value: count for grade, count in part.counts.items()},
        "appraisal_text": text,
        "follow_up": "、".join(part.follow_up),
    }
    return SectionText(placeholders, [text])


def appraisal_summary(part: AppraisalPart) -> str:
    if part.graded:
        return f"民主评议{part.graded}名"
    return "民主评议已开展，尚未登记结果" if part.held else "民主评议尚未开展"
