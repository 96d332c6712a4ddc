"""学习培训's section of the work report: the period's sessions and the members' hours."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services.reports import TrainingPart, training_part
from dangwu_desktop.ledgers.base import SectionText


def training(session: Session, period: YearPeriod, today: date) -> TrainingPart:
    return training_part(session, period, today)


def training_text(part: TrainingPart) -> SectionText:
    line = (
        f"本期共组织学习培训{part.sessions}次，累计{part.hours:g}学时；"
        f"今年全体党员人均{part.average_hours:g}学时。"
    )
    short = part.members_short
    if short:
        line += f"学时进度不足的党员{len(short)}名：{'、'.join(short)}，支部将督促补学。"
    else:
        line += "全体党员学时进度符合要求。"
    placeholders = {
        "training": {
            "sessions": part.sessions,
            "hours": f"{part.hours:g}",
            "average": f"{part.average_hours:g}",
            "short_count": len(short),
            "short_names": "、".join(short),
        }
    }
    return SectionText(placeholders, [line])


def training_summary(part: TrainingPart) -> str:
    return f"学习培训{part.sessions}次、{part.hours:g}学时"
