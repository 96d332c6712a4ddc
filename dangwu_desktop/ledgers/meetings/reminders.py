"""组织生活's 首页 reminders: meetings due or missed, the year's once-a-year items, and members
the records have not seen at organisational life for months."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.periods import quarter_name, quarter_of
from dangwu_desktop.core.reminders import Reminder, ReminderKind, months_between
from dangwu_desktop.core.rulebook import (
    BELONGS_TO_YEAR,
    INACTIVITY,
    LATE_ENTRY,
    SECRETARY_LECTURE,
    YEAR_END_KINDS,
)
from dangwu_desktop.core.schedule import CellStatus, ScheduleRow, period_dates, year_end_deadline
from dangwu_desktop.core.services.activities import schedule_for_year
from dangwu_desktop.core.services.branch import load_branch_info
from dangwu_desktop.core.services.dashboard import Participation, lectures_by, participation
from dangwu_desktop.core.services.settings import Period
from dangwu_desktop.core.services.talks import TALK_CITATION, TalkCoverage, talk_coverage

INACTIVITY_CITATION = INACTIVITY.citation
LECTURE_CITATION = SECRETARY_LECTURE.citation
BACKFILL_CITATION = LATE_ENTRY.citation
INACTIVITY_WARNING_MONTHS = 4
INACTIVITY_URGENT_MONTHS = 5
TALKS_REMINDER = "谈心谈话"
TALKS_FROM_MONTH = 10  # the last quarter: time enough left to talk with those not reached
BACKFILL_HINT = (
    "已经开过、还没录入的会议可以补录：在“组织生活”点“新建记录”，日期填当时开会的日期，"
    "程序会注明录入日期（双击此行打开组织生活）"
)


@dataclass(frozen=True, slots=True)
class MeetingsSituation:
    today: date
    secretary: str
    schedule: Sequence[ScheduleRow]  # this year's
    participation: Sequence[Participation]
    lectures_by_secretary: int  # this year
    last_year: Sequence[ScheduleRow] = ()  # last year's, while its year-end items may be held
    talks: TalkCoverage | None = None  # this year's 谈心谈话, read in the last quarter


def gather(session: Session, today: date) -> MeetingsSituation:
    branch = load_branch_info(session)
    secretary = branch.secretary if branch else ""
    return MeetingsSituation(
        today=today,
        secretary=secretary,
        schedule=schedule_for_year(session, today.year, today),
        participation=participation(session, today),
        lectures_by_secretary=lectures_by(session, secretary, today),
        last_year=schedule_for_year(session, today.year - 1, today)
        if today <= year_end_deadline(today.year - 1)
        else (),
        talks=talk_coverage(session, today.year) if today.month >= TALKS_FROM_MONTH else None,
    )


def judge(situation: MeetingsSituation) -> list[Reminder]:
    found = [
        *_meetings(situation.schedule, situation.today),
        *_yearly(situation),
        *_inactivity(situation.participation, situation.today),
        *_talks(situation.talks),
    ]
    if any(r.kind is ReminderKind.MEETING_MISSED for r in found):
        # A branch that starts using the program mid-year has held those meetings on paper:
        # the 【逾期】 lines should not read as a verdict it cannot answer.
        found.insert(
            0,
            Reminder(
                ReminderKind.BACKFILL,
                BACKFILL_HINT,
                BACKFILL_CITATION,
                page="activities",
                hint=True,
            ),
        )
    return found


def reminders(session: Session, today: date) -> list[Reminder]:
    return judge(gather(session, today))


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


def _yearly(situation: MeetingsSituation) -> list[Reminder]:
    found = [
        Reminder(ReminderKind.YEARLY_ITEM, f"今年尚未开展{row.label}", row.requirement.citation,
                 page="activities")
        for row in situation.schedule
        if row.requirement.period is Period.YEAR and row.cells[0].status is CellStatus.DUE
    ]  # fmt: skip
    found += [
        Reminder(ReminderKind.YEARLY_ITEM,
                 f"{situation.today.year - 1}年度的{row.label}尚未开展：可在"
                 f"{format_date(year_end_deadline(situation.today.year - 1))}前召开，"
                 f"所属年度选“{situation.today.year - 1}年度”",
                 f"{row.requirement.citation}；{BELONGS_TO_YEAR.citation}", page="activities")
        for row in situation.last_year
        if row.requirement.kind in YEAR_END_KINDS and row.cells[0].status is CellStatus.DUE
    ]  # fmt: skip
    if situation.secretary and situation.lectures_by_secretary == 0:
        found.append(
            Reminder(
                ReminderKind.YEARLY_ITEM,
                f"今年还没有记录支部书记{situation.secretary}讲党课",
                LECTURE_CITATION,
                page="activities",
            )
        )
    return found


def _talks(coverage: TalkCoverage | None) -> list[Reminder]:
    """In the last quarter, the 委员 pairs and the members no 委员 has talked with this year."""
    if coverage is None or coverage.complete or not coverage.committee:
        return []
    parts = []
    if pairs := coverage.open_pairs:
        named = "、".join(f"{p.first.name}与{p.second.name}" for p in pairs[:3] if p.second)
        parts.append(f"支部委员之间{len(pairs)}对未谈（{named}{'等' if len(pairs) > 3 else ''}）")
    if members := coverage.open_members:
        named = "、".join(m.name for m in members[:5])
        parts.append(
            f"{len(members)}名党员未与支部委员谈（{named}{'等' if len(members) > 5 else ''}）"
        )
    text = f"今年的谈心谈话还没有谈到：{'；'.join(parts)}，请在年底前补谈并登记"
    return [Reminder(TALKS_REMINDER, text, TALK_CITATION, page="activities")]


def _inactivity(participation: Sequence[Participation], today: date) -> list[Reminder]:
    found = []
    for person in participation:
        months = months_between(person.since, today)
        if months < INACTIVITY_WARNING_MONTHS:
            continue
        away = "（流动党员，请联系其所在地党组织）" if person.mobile else ""
        text = f"{person.name}已{months}个月没有参加组织生活的记录（上次：{format_date(person.since)}）{away}"
        found.append(
            Reminder(
                ReminderKind.INACTIVE_MEMBER,
                text,
                INACTIVITY_CITATION,
                member_id=person.member_id,
                overdue=months >= INACTIVITY_URGENT_MONTHS,
            )
        )
    return found
