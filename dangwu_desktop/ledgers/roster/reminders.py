"""花名册's 首页 reminders: 预备党员 whose year is (nearly) up. (The committee's term is the 换届
ledger's: ledgers/elections/reminders.py.)"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.reminders import Reminder, ReminderKind
from dangwu_desktop.core.roster import RosterRow, active_probationers, probation_extensions
from dangwu_desktop.core.rulebook import PROBATION_EXTENSION
from dangwu_desktop.core.rules import CONSTITUTION_ART_7, confirmation_due_date

CONFIRMATION_WARNING_DAYS = 30


@dataclass(frozen=True, slots=True)
class RosterSituation:
    today: date
    probationers: Sequence[RosterRow]
    extensions: Mapping[int, int] = field(default_factory=dict)  # 延长预备期, months by member


def gather(session: Session, today: date) -> RosterSituation:
    return RosterSituation(
        today,
        active_probationers(session, today),
        probation_extensions(session),
    )


def judge(situation: RosterSituation) -> list[Reminder]:
    today = situation.today
    return [
        _confirmation(row, today, situation.extensions.get(row.member_id, 0))
        for row in situation.probationers
        if _confirmation_soon(row, today, situation.extensions.get(row.member_id, 0))
    ]


def reminders(session: Session, today: date) -> list[Reminder]:
    return judge(gather(session, today))


def _confirmation_soon(row: RosterRow, today: date, extension: int) -> bool:
    if row.status is not MembershipStatus.ACTIVE or row.join_date is None:
        return False
    due = confirmation_due_date(row.join_date, extension)
    return due <= today + timedelta(days=CONFIRMATION_WARNING_DAYS)


def _confirmation(row: RosterRow, today: date, extension: int) -> Reminder:
    """The 转正 reminder; an extended probation (延长预备期) falls due when the extension ends."""
    assert row.join_date is not None
    due = confirmation_due_date(row.join_date, extension)
    days = (today - due).days
    ends = f"延长的预备期（{extension}个月）" if extension else "预备期"
    span = "期满" if extension else "满一年"
    if days > 0:
        text = f"预备党员{row.name}的{ends}已于{format_date(due)}{span}（已过{days}天），应提交支部大会讨论转正"
    elif days == 0:
        text = f"预备党员{row.name}的{ends}今天{span}，应提交支部大会讨论转正"
    else:
        text = (
            f"预备党员{row.name}的{ends}将于{format_date(due)}{span}（还有{-days}天），请准备转正"
        )
    return Reminder(
        ReminderKind.CONFIRMATION_DUE,
        text,
        PROBATION_EXTENSION.citation if extension else CONSTITUTION_ART_7,
        member_id=row.member_id,
        overdue=days > 0,
    )
