"""Education and training (DOMAIN.md §4): the sessions, each member's yearly hours against the
requirement, and whether the branch held a collective study every month.

A session is an activity record with 学时: a 党课 under 组织生活 and a 集中学习 here are the same
kind of row, so nothing is entered twice and nothing is kept in sync.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import (
    INDIVIDUAL_STUDY,
    Attendance,
    CommitteePost,
    MembershipStatus,
)
from dangwu_desktop.core.models import (
    Activity,
    ActivityAttendance,
    CommitteeMember,
    ExternalStudy,
    Member,
    PartyGroup,
)
from dangwu_desktop.core.periods import period_dates
from dangwu_desktop.core.rulebook import MAXIMUM_DAILY_HOURS, TRAINING_CITATION
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.schedule import CellStatus, cell_status
from dangwu_desktop.core.services import ServiceError, refused, text_problems
from dangwu_desktop.core.services.activities import RecordSheet, record_sheets
from dangwu_desktop.core.services.settings import SettingSpec, get_int
from dangwu_desktop.core.text_rules import TextKind

MEMBER_HOURS = SettingSpec(
    "training/member_hours", "党员每年集中学习培训学时", "32", note=TRAINING_CITATION, unit="学时"
)
CADRE_HOURS = SettingSpec(
    "training/cadre_hours", "支部书记、委员每年学时", "56", note=TRAINING_CITATION, unit="学时"
)
MONTHLY_STUDY_RULE = "每月至少开展1次集中学习"
MEMBER = "党员"


@dataclass(frozen=True, slots=True)
class MemberHours:
    member_id: int
    name: str
    group_name: str
    role: str
    required: int
    attended: float
    credited: float
    expected_by_now: float  # the share of the year's requirement due by today

    @property
    def total(self) -> float:
        return self.attended + self.credited

    @property
    def shortfall(self) -> float:
        return max(self.required - self.total, 0.0)

    @property
    def behind(self) -> bool:
        """Short of what this point of the year calls for."""
        return self.total < self.expected_by_now


@dataclass(frozen=True, slots=True)
class MonthStudy:
    month: int
    dates: tuple[date, ...]
    status: CellStatus


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def training_sessions(session: Session, year: int) -> list[RecordSheet]:
    """Every record of the year with 学时, oldest first: the training view of the same records."""
    first, last = _year_bounds(year)
    return [sheet for sheet in record_sheets(session, first, last) if sheet.study_hours is not None]


def sessions_of_member(session: Session, member_id: int, year: int) -> list[RecordSheet]:
    """The sessions a member attended in a year (the drill-down from the hours table)."""
    attended = select(ActivityAttendance.activity_id).where(
        ActivityAttendance.member_id == member_id,
        ActivityAttendance.attendance == Attendance.PRESENT,
    )
    ids = set(session.scalars(attended))
    return [s for s in training_sessions(session, year) if s.activity_id in ids]


def member_hours(session: Session, year: int, today: date) -> list[MemberHours]:
    """Each member 在册: hours attended and credited in `year`, against their requirement."""
    first, last = _year_bounds(year)
    attended: dict[int, float] = defaultdict(float)
    query = (
        select(ActivityAttendance.member_id, Activity.study_hours)
        .join(Activity)
        .where(
            Activity.date.between(first, last),
            Activity.deleted_at.is_(None),
            Activity.study_hours.is_not(None),
            ActivityAttendance.attendance == Attendance.PRESENT,
        )
    )
    for member_id, hours in session.execute(query):
        attended[member_id] += float(hours or 0)
    credited: dict[int, float] = defaultdict(float)
    for member_id, hours in session.execute(
        select(ExternalStudy.member_id, ExternalStudy.hours).where(
            ExternalStudy.date.between(first, last)
        )
    ):
        credited[member_id] += float(hours)
    posts = committee_posts(session)
    member_required, cadre_required = get_int(session, MEMBER_HOURS), get_int(session, CADRE_HOURS)
    share = _share_of_year(year, today)
    members = session.execute(
        select(Member.id, Member.name, PartyGroup.name)
        .outerjoin(PartyGroup, Member.group_id == PartyGroup.id)
        .where(Member.status == MembershipStatus.ACTIVE)
        .order_by(Member.group_id, Member.id)
    )  # columns, not ORM objects: the 首页 and 学习培训 ask this of every member at each load
    rows = []
    for member_id, name, group_name in members:
        post = posts.get(member_id)
        required = member_required if post is None else cadre_required
        rows.append(
            MemberHours(
                member_id=member_id,
                name=name,
                group_name=group_name or "",
                role=MEMBER if post is None else post.value,
                required=required,
                attended=attended[member_id],
                credited=credited[member_id],
                expected_by_now=round(required * share, 1),
            )
        )
    return rows


def committee_posts(session: Session) -> dict[int, CommitteePost]:
    """Each committee member's post (书记, 组织委员 …): their 身份 in the hours table, and what
    gives them the committee's requirement. Of two seats, the first in the glossary's order."""
    order = list(CommitteePost)
    posts: dict[int, CommitteePost] = {}
    for member_id, post in session.execute(select(CommitteeMember.member_id, CommitteeMember.post)):
        if member_id is None:
            continue
        if member_id not in posts or order.index(post) < order.index(posts[member_id]):
            posts[member_id] = post
    return posts


def _share_of_year(year: int, today: date) -> float:
    if year < today.year:
        return 1.0
    if year > today.year:
        return 0.0
    days = 366 if calendar.isleap(year) else 365
    return today.timetuple().tm_yday / days


def monthly_study(session: Session, year: int, today: date) -> list[MonthStudy]:
    """Whether each month had at least one collective study (self-study does not count)."""
    by_month: dict[int, list[date]] = defaultdict(list)
    for sheet in training_sessions(session, year):
        if sheet.kind not in INDIVIDUAL_STUDY:
            by_month[sheet.date.month].append(sheet.date)
    result = []
    for month in range(1, 13):
        start, end = period_dates(year, month, month)
        dates = tuple(by_month[month])
        result.append(MonthStudy(month, dates, cell_status(dates, start, end, today)))
    return result


@dataclass(frozen=True, slots=True)
class Credit:
    member_id: int
    name: str
    date: date
    hours: float
    topic: str
    source: str


def credit_hours(
    session: Session, member_id: int, day: date, hours: float, topic: str, source: str, today: date
) -> ExternalStudy:
    """Credit hours studied elsewhere; refused whole, with the reasons, when they cannot be."""
    member = session.get(Member, member_id)
    if member is None:
        raise ServiceError("该党员记录已不存在")
    problems = text_problems(
        [
            TextField("topic", topic, TextKind.LINE, "学习内容"),
            TextField("source", source, TextKind.LINE, "来源"),
        ]
    )
    if hours <= 0:
        problems.append("学时应大于0")
    if hours > MAXIMUM_DAILY_HOURS:
        problems.append(f"一天的学时不能超过{MAXIMUM_DAILY_HOURS}")
    if day > today:
        problems.append("学习日期不能晚于今天")
    if member.join_date and day < member.join_date:
        problems.append(f"{member.name}在{day:%Y-%m-%d}还不是党员")
    if not source.strip():
        problems.append("须注明学时来源（在哪里、由哪个党组织组织的学习）")
    if problems:
        raise refused(problems)
    credit = ExternalStudy(
        member_id=member_id,
        date=day,
        hours=hours,
        topic=topic.strip(),
        source=source.strip(),
        entered_at=datetime.now(),
    )
    session.add(credit)
    session.flush()
    audit.record(
        session, "外出学习学时", "新增", f"{member.name} {day}", audit.row_changes(credit, None)
    )
    return credit


def credits_in_year(session: Session, year: int, member_id: int | None = None) -> list[Credit]:
    query = (
        select(ExternalStudy)
        .where(ExternalStudy.date.between(*_year_bounds(year)))
        .options(selectinload(ExternalStudy.member))
        .order_by(ExternalStudy.date, ExternalStudy.id)
    )
    if member_id is not None:
        query = query.where(ExternalStudy.member_id == member_id)
    return [
        Credit(c.member_id, c.member.name, c.date, float(c.hours), c.topic, c.source)
        for c in session.scalars(query)
    ]
