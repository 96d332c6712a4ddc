"""What needs the secretary's attention on a given day, each reminder citing the rule behind it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.rules import CONSTITUTION_ART_7, confirmation_due_date
from dangwu_desktop.core.services.branch import BranchInfo

ELECTION_CITATION = (
    "《中国共产党支部工作条例（试行）》第十一条；《中国共产党基层组织选举工作条例》（2020）："
    "任期届满应按期换届，延期须经上级党组织批准"
)
TERM_WARNING_DAYS = 183  # about six months before the term ends


class ReminderKind(StrEnum):
    CONFIRMATION_DUE = "待转正"
    ELECTION_DUE = "换届"


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    text: str
    citation: str
    member_id: int | None = None
    overdue: bool = False


def roster_reminders(
    rows: Sequence[RosterRow], branch: BranchInfo | None, today: date
) -> list[Reminder]:
    """Reminders from the roster and the branch's term, overdue ones first."""
    reminders = [_confirmation(row, today) for row in rows if _is_due(row)]
    election = _election(branch, today)
    if election:
        reminders.append(election)
    return sorted(reminders, key=lambda r: not r.overdue)


def _is_due(row: RosterRow) -> bool:
    return row.due_for_confirmation and row.status is MembershipStatus.ACTIVE


def _confirmation(row: RosterRow, today: date) -> Reminder:
    assert row.join_date is not None  # due_for_confirmation implies a join date
    due = confirmation_due_date(row.join_date)
    days = (today - due).days
    return Reminder(
        ReminderKind.CONFIRMATION_DUE,
        f"预备党员{row.name}的预备期已于{format_date(due)}满一年（已过{days}天），应提交支部大会讨论转正",
        CONSTITUTION_ART_7,
        member_id=row.member_id,
        overdue=days > 0,
    )


def _election(branch: BranchInfo | None, today: date) -> Reminder | None:
    if branch is None or branch.term_end is None:
        return None
    end = branch.term_end
    if end < today:
        text = f"支部委员会任期已于{format_date(end)}届满，应及时换届"
        return Reminder(ReminderKind.ELECTION_DUE, text, ELECTION_CITATION, overdue=True)
    if end - today <= timedelta(days=TERM_WARNING_DAYS):
        text = f"支部委员会任期将于{format_date(end)}届满（还有{(end - today).days}天），请提前筹备换届"
        return Reminder(ReminderKind.ELECTION_DUE, text, ELECTION_CITATION)
    return None
