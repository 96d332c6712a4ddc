"""学习培训's 首页 reminder: members whose hours are behind the year's pace."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.activity_rules import TRAINING_CITATION
from dangwu_desktop.core.glossary import some_names
from dangwu_desktop.core.reminders import Reminder, ReminderKind
from dangwu_desktop.core.services.training import MemberHours, member_hours

MOST_NAMES = 6


def judge(hours: Sequence[MemberHours]) -> list[Reminder]:
    behind = [row for row in hours if row.behind]
    if not behind:
        return []
    names = some_names([row.name for row in behind], MOST_NAMES)
    text = f"{len(behind)}名党员的学习培训学时低于今年到目前应有的进度：{names}"
    return [Reminder(ReminderKind.TRAINING_BEHIND, text, TRAINING_CITATION, page="training")]


def reminders(session: Session, today: date) -> list[Reminder]:
    return judge(member_hours(session, today.year, today))
