"""What needs the secretary's attention on a given day, each reminder citing the rule behind it.

The rules read a `Situation` (gathered from the records by core.services.dashboard) so they can
be tested as a table of dated cases: given these records, on this date, these reminders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dangwu_desktop.core.activity_rules import TRAINING_CITATION
from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.periods import quarter_name, quarter_of
from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.rulebook import ELECTION_DUE, INACTIVITY, LATE_ENTRY, SECRETARY_LECTURE
from dangwu_desktop.core.rules import CONSTITUTION_ART_7, confirmation_due_date
from dangwu_desktop.core.schedule import CellStatus, ScheduleRow, period_dates
from dangwu_desktop.core.services.branch import BranchInfo
from dangwu_desktop.core.services.settings import Period
from dangwu_desktop.core.services.training import MemberHours

ELECTION_CITATION = ELECTION_DUE.citation
INACTIVITY_CITATION = INACTIVITY.citation
LECTURE_CITATION = SECRETARY_LECTURE.citation
BACKFILL_CITATION = LATE_ENTRY.citation
TERM_WARNING_DAYS = 183  # about six months before the term ends
CONFIRMATION_WARNING_DAYS = 30
INACTIVITY_WARNING_MONTHS = 4
INACTIVITY_URGENT_MONTHS = 5
MOST_NAMES = 6


class ReminderKind(StrEnum):
    MEETING_DUE = "本期应开展"
    MEETING_MISSED = "未按期开展"
    CONFIRMATION_DUE = "待转正"
    INACTIVE_MEMBER = "长期未参加组织生活"
    TRAINING_BEHIND = "学时不足"
    ELECTION_DUE = "换届"
    YEARLY_ITEM = "年度事项"
    BACKFILL = "补录提示"


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    text: str
    citation: str
    member_id: int | None = None
    page: str | None = None  # the sidebar page that shows what the reminder concerns
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class Participation:
    """When a member 在册 last took part in organisational life, as far as the records know."""

    member_id: int
    name: str
    since: date  # the last record with them present, else when they joined, else when records began
    mobile: bool


@dataclass(frozen=True, slots=True)
class Situation:
    today: date
    branch: BranchInfo | None
    schedule: Sequence[ScheduleRow]  # this year's
    probationers: Sequence[RosterRow]
    participation: Sequence[Participation]
    hours: Sequence[MemberHours]
    lectures_by_secretary: int  # this year


def reminders(situation: Situation) -> list[Reminder]:
    """Every reminder for the day, overdue ones first."""
    found = [
        *_meetings(situation.schedule, situation.today),
        *_yearly(situation),
        *(
            _confirmation(row, situation.today)
            for row in situation.probationers
            if _confirmation_soon(row, situation.today)
        ),
        *_inactivity(situation.participation, situation.today),
        *_training(situation.hours),
    ]
    election = _election(situation.branch, situation.today)
    if election:
        found.append(election)
    return sorted(found, key=lambda r: not r.overdue)


BACKFILL_HINT = (
    "已经开过、还没录入的会议可以补录：在“组织生活”点“新建记录”，日期填当时开会的日期，"
    "程序会注明录入日期（双击此行打开组织生活）"
)


def backfill_hint(found: Sequence[Reminder]) -> Reminder | None:
    """Said where meetings show as not held: a branch that starts using the program mid-year
    has held them on paper, and the 【逾期】 lines should not read as a verdict it cannot answer."""
    if not any(r.kind is ReminderKind.MEETING_MISSED for r in found):
        return None
    return Reminder(ReminderKind.BACKFILL, BACKFILL_HINT, BACKFILL_CITATION, page="activities")


def _meetings(schedule: Sequence[ScheduleRow], today: date) -> list[Reminder]:
    found = []
    for row in schedule:
        if row.requirement.period is Period.YEAR:
            continue  # yearly items are reminded of as such
        missed = [cell for cell in row.cells if cell.status is CellStatus.MISSING]
        if missed:
            months = "、".join(_period_name(c.first_month, c.last_month) for c in missed)
            found.append(
                Reminder(ReminderKind.MEETING_MISSED, f"{row.label}：{months}未开展", row.requirement.citation,
                         page="activities", overdue=True)
            )  # fmt: skip
        for cell in row.cells:
            start, end = period_dates(today.year, cell.first_month, cell.last_month)
            if cell.status is CellStatus.DUE and start <= today <= end:
                found.append(
                    Reminder(ReminderKind.MEETING_DUE, f"{row.label}：本期尚未开展，应在{format_date(end)}前开展",
                             row.requirement.citation, page="activities")
                )  # fmt: skip
    return found


def _period_name(first: int, last: int) -> str:
    if first == last:
        return f"{first}月"
    return quarter_name(quarter_of(first)) if last - first == 2 else f"{first}—{last}月"


def _yearly(situation: Situation) -> list[Reminder]:
    found = []
    for row in situation.schedule:
        if row.requirement.period is Period.YEAR and row.cells[0].status is CellStatus.DUE:
            found.append(
                Reminder(
                    ReminderKind.YEARLY_ITEM,
                    f"今年尚未开展{row.label}",
                    row.requirement.citation,
                    page="activities",
                )
            )
    secretary = situation.branch.secretary if situation.branch else ""
    if secretary and situation.lectures_by_secretary == 0:
        found.append(
            Reminder(
                ReminderKind.YEARLY_ITEM,
                f"今年还没有记录支部书记{secretary}讲党课",
                LECTURE_CITATION,
                page="activities",
            )
        )
    return found


def _confirmation_soon(row: RosterRow, today: date) -> bool:
    if row.status is not MembershipStatus.ACTIVE or row.join_date is None:
        return False
    return confirmation_due_date(row.join_date) <= today + timedelta(days=CONFIRMATION_WARNING_DAYS)


def _confirmation(row: RosterRow, today: date) -> Reminder:
    assert row.join_date is not None
    due = confirmation_due_date(row.join_date)
    days = (today - due).days
    if days > 0:
        text = f"预备党员{row.name}的预备期已于{format_date(due)}满一年（已过{days}天），应提交支部大会讨论转正"
    elif days == 0:
        text = f"预备党员{row.name}的预备期今天满一年，应提交支部大会讨论转正"
    else:
        text = (
            f"预备党员{row.name}的预备期将于{format_date(due)}满一年（还有{-days}天），请准备转正"
        )
    return Reminder(
        ReminderKind.CONFIRMATION_DUE,
        text,
        CONSTITUTION_ART_7,
        member_id=row.member_id,
        overdue=days > 0,
    )


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later`."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (later.day < earlier.day)


def _inactivity(participation: Sequence[Participation], today: date) -> list[Reminder]:
    found = []
    for person in participation:
        months = months_between(person.since, today)
        if months < INACTIVITY_WARNING_MONTHS:
            continue
        urgent = months >= INACTIVITY_URGENT_MONTHS
        away = "（流动党员，请联系其所在地党组织）" if person.mobile else ""
        text = f"{person.name}已{months}个月没有参加组织生活的记录（上次：{format_date(person.since)}）{away}"
        found.append(
            Reminder(
                ReminderKind.INACTIVE_MEMBER,
                text,
                INACTIVITY_CITATION,
                member_id=person.member_id,
                overdue=urgent,
            )
        )
    return found


def _training(hours: Sequence[MemberHours]) -> list[Reminder]:
    behind = [row for row in hours if row.behind]
    if not behind:
        return []
    names = "、".join(row.name for row in behind[:MOST_NAMES]) + (
        "等" if len(behind) > MOST_NAMES else ""
    )
    text = f"{len(behind)}名党员的学习培训学时低于今年到目前应有的进度：{names}"
    return [Reminder(ReminderKind.TRAINING_BEHIND, text, TRAINING_CITATION, page="training")]


def _election(branch: BranchInfo | None, today: date) -> Reminder | None:
    if branch is None or branch.term_end is None:
        return None
    end = branch.term_end
    if end < today:
        text = f"支部委员会任期已于{format_date(end)}届满，应及时换届"
        return Reminder(
            ReminderKind.ELECTION_DUE, text, ELECTION_CITATION, page="settings", overdue=True
        )
    if end - today <= timedelta(days=TERM_WARNING_DAYS):
        text = f"支部委员会任期将于{format_date(end)}届满（还有{(end - today).days}天），请提前筹备换届"
        return Reminder(ReminderKind.ELECTION_DUE, text, ELECTION_CITATION, page="settings")
    return None
