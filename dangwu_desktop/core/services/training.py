"""Education and training (DOMAIN.md §4): the sessions, each member's yearly hours against the
requirement, and whether the branch held a collective study every month.

A session is an activity record with 学时: a 党课 under 组织生活 and a 集中学习 here are the same
kind of row, so nothing is entered twice and nothing is kept in sync.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import (
    INDIVIDUAL_STUDY,
    Attendance,
    CommitteePost,
    MemberCategory,
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
from dangwu_desktop.core.rulebook import TRAINING_CITATION
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.schedule import CellStatus, cell_status
from dangwu_desktop.core.services import ServiceError, refused, text_problems
from dangwu_desktop.core.services.activities import RecordSheet, record_sheets
from dangwu_desktop.core.services.settings import DAILY_HOURS, SettingSpec, get_int
from dangwu_desktop.core.text_rules import TextKind

MEMBER_HOURS = SettingSpec(
    "training/member_hours", "党员每年集中学习培训学时", "32", note=TRAINING_CITATION, unit="学时"
)
CADRE_HOURS = SettingSpec(
    "training/cadre_hours", "支部书记、委员每年学时", "56", note=TRAINING_CITATION, unit="学时"
)
MONTHLY_STUDY_RULE = "每月至少开展1次集中学习"
MEMBER = "党员"
PROBATIONER = "预备党员"


@dataclass(frozen=True, slots=True)
class MemberHours:
    """A member's year: hours at collective study here (`attended`) and credited from elsewhere
    count toward the requirement; self-study and online self-study are recorded apart and do
    not (全国党员教育培训工作规划 counts 集中学习培训)."""

    member_id: int
    name: str
    group_name: str
    role: str  # 书记, 组织委员 …, 预备党员 or 党员
    required: int  # the year's requirement, pro-rated for a member who joined during the year
    attended: float
    credited: float
    expected_by_now: float  # the share of the requirement due by today
    self_study: float = 0.0

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
    return [
        sheet
        for sheet in record_sheets(session, first, last, held=True)
        if sheet.study_hours is not None
    ]


def sessions_of_member(session: Session, member_id: int, year: int) -> list[RecordSheet]:
    """The sessions a member attended in a year (the drill-down from the hours table)."""
    attended = select(ActivityAttendance.activity_id).where(
        ActivityAttendance.member_id == member_id,
        ActivityAttendance.attendance == Attendance.PRESENT,
    )
    ids = set(session.scalars(attended))
    return [s for s in training_sessions(session, year) if s.activity_id in ids]


def member_hours(
    session: Session, year: int, today: date, roll: Sequence[int] | None = None
) -> list[MemberHours]:
    """Each member 在册 (or each of `roll`: a year's members, core.services.roll): hours
    attended and credited in `year` up to `today` (the day the figures are asked for: a
    quarter's report counts to the quarter's end), against their requirement."""
    first, year_end = _year_bounds(year)
    last = min(year_end, today)
    attended: dict[int, float] = defaultdict(float)
    self_study: dict[int, float] = defaultdict(float)
    query = (
        select(ActivityAttendance.member_id, Activity.kind, Activity.study_hours)
        .join(Activity)
        .where(
            Activity.date.between(first, last),
            Activity.deleted_at.is_(None),
            Activity.study_hours.is_not(None),
            ActivityAttendance.attendance == Attendance.PRESENT,
        )
    )
    for member_id, kind, hours in session.execute(query):
        counted = self_study if kind in INDIVIDUAL_STUDY else attended
        counted[member_id] += float(hours or 0)
    credited: dict[int, float] = defaultdict(float)
    for member_id, hours in session.execute(
        select(ExternalStudy.member_id, ExternalStudy.hours).where(
            ExternalStudy.date.between(first, last)
        )
    ):
        credited[member_id] += float(hours)
    posts = committee_posts(session)
    member_required, cadre_required = get_int(session, MEMBER_HOURS), get_int(session, CADRE_HOURS)
    members = session.execute(
        select(Member.id, Member.name, PartyGroup.name, Member.join_date, Member.category)
        .outerjoin(PartyGroup, Member.group_id == PartyGroup.id)
        .where(Member.status == MembershipStatus.ACTIVE if roll is None else Member.id.in_(roll))
        .order_by(Member.group_id, Member.id)
    )  # columns, not ORM objects: the 首页 and 学习培训 ask this of every member at each load
    rows = []
    for member_id, name, group_name, joined, category in members:
        post = posts.get(member_id)
        yearly = member_required if post is None else cadre_required
        start = max(first, joined) if joined else first  # a member who joined this year
        required = round(yearly * _share_between(start, year_end, year_end))
        if post is not None:
            role = post.value
        else:
            role = PROBATIONER if category is MemberCategory.PROBATIONARY else MEMBER
        rows.append(
            MemberHours(
                member_id=member_id,
                name=name,
                group_name=group_name or "",
                role=role,
                required=required,
                attended=attended[member_id],
                credited=credited[member_id],
                expected_by_now=round(yearly * _share_between(start, year_end, today), 1),
                self_study=self_study[member_id],
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


def _share_between(start: date, year_end: date, today: date) -> float:
    """The share of the year from `start` to today (to the year's end at most): what a member
    who is a member from `start` is due by today."""
    days = 366 if calendar.isleap(year_end.year) else 365
    covered = (min(today, year_end) - start).days + 1
    return min(max(covered, 0) / days, 1.0)


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
    cap = get_int(session, DAILY_HOURS)
    if hours > cap:
        problems.append(f"一天的学时不能超过{cap}（上限可在“设置”中调整）")
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


def withdraw_credit(session: Session, credit_id: int) -> None:
    """Take back hours credited by mistake (the record that credited them is being deleted or
    corrected): the row goes, its 操作日志 entry says what it held."""
    credit = session.get(ExternalStudy, credit_id)
    if credit is None:
        raise ServiceError("这条外出学习学时记录已不存在")
    audit.record(
        session, "外出学习学时", "删除", f"{credit.member.name} {credit.date}",
        audit.row_changes(credit, None),
    )  # fmt: skip
    session.delete(credit)
    session.flush()
