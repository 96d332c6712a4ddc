"""发展党员's section of the work report: the period's applications, 积极分子, 发展对象,
admissions and 转正, and where the files stand at its end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.ledgers.base import SectionText
from dangwu_desktop.ledgers.development.files import admitted_in, quota
from dangwu_desktop.ledgers.development.models import DevelopmentRecord, DevelopmentStep
from dangwu_desktop.ledgers.development.rules import ADMISSION, CONFIRMATION_STEP
from dangwu_desktop.ledgers.development.service import pipeline


@dataclass(frozen=True, slots=True)
class DevelopmentSummary:
    applied: int  # ① in the period
    activists: int  # ③
    candidates: int  # ⑦
    admitted: int  # ⑮
    confirmed: int  # ㉔
    in_progress: int  # files open at the period's end (or today)
    overdue: int  # of them, with a step overdue
    year: int = 0
    year_admitted: int = 0  # 本年发展: ⑮ from 1 January to the period's end (or today)
    quota: int | None = None  # the township's 发展指标 for the year, if it set one


def _count(session: Session, code: str, first: date, last: date) -> int:
    return (
        session.scalar(
            select(func.count(func.distinct(DevelopmentRecord.person_id)))
            .join(DevelopmentStep, DevelopmentRecord.step_id == DevelopmentStep.id)
            .where(DevelopmentStep.code == code, DevelopmentRecord.date.between(first, last))
        )
        or 0
    )


def development(session: Session, period: YearPeriod, today: date) -> DevelopmentSummary:
    first, last = period.bounds
    as_of = min(today, last)
    stands = [
        s
        for s in pipeline(session, as_of)
        if not s.finished and s.current_date is not None and s.current_date <= as_of
    ]
    return DevelopmentSummary(
        _count(session, "application", first, as_of),
        _count(session, "activist", first, as_of),
        _count(session, "candidate", first, as_of),
        _count(session, ADMISSION, first, as_of),
        _count(session, CONFIRMATION_STEP, first, as_of),
        len(stands),
        sum(1 for s in stands if s.overdue(as_of)),
        period.year,
        admitted_in(session, period.year, as_of),
        quota(session, period.year),
    )


def development_text(part: DevelopmentSummary) -> SectionText:
    line = (
        f"本期收到入党申请{part.applied}份，确定入党积极分子{part.activists}名、发展对象"
        f"{part.candidates}名，支部大会接收预备党员{part.admitted}名，预备党员转正{part.confirmed}名。"
    )
    if part.in_progress:
        line += f"期末在培养考察中的{part.in_progress}人"
        line += (
            f"，其中{part.overdue}人有步骤超期，正在补办。"
            if part.overdue
            else "，各步骤均按期办理。"
        )
    if part.quota is not None:
        line += f"本年发展党员{part.year_admitted}名，乡镇党委下达指标{part.quota}名" + (
            "，已完成。" if part.year_admitted >= part.quota else "。"
        )
    placeholders = {
        "development": {
            "applied": part.applied,
            "activists": part.activists,
            "candidates": part.candidates,
            "admitted": part.admitted,
            "confirmed": part.confirmed,
            "in_progress": part.in_progress,
            "overdue": part.overdue,
            "year_admitted": part.year_admitted,
            "quota": part.quota if part.quota is not None else "",
        }
    }
    return SectionText(placeholders, [line])


def development_summary(part: DevelopmentSummary) -> str:
    quota_part = f"、本年发展{part.year_admitted}名/指标{part.quota}名" if part.quota else ""
    return (
        f"接收预备党员{part.admitted}名、在培养{part.in_progress}人、超期{part.overdue}人"
        + quota_part
    )
