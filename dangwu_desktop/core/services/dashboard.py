"""What the 首页 reads from the records: who took part in organisational life when, the
secretary's 党课, and the headline numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import (
    ORGANISATIONAL_LIFE,
    ActivityKind,
    Attendance,
    MembershipStatus,
)
from dangwu_desktop.core.models import Activity, ActivityAttendance, ExternalStudy, Member
from dangwu_desktop.core.roster import RosterCounts, active_counts
from dangwu_desktop.core.services.activities import counted_between
from dangwu_desktop.core.services.training import member_hours


@dataclass(frozen=True, slots=True)
class Participation:
    """When a member 在册 last took part in organisational life, as far as the records know."""

    member_id: int
    name: str
    since: date  # the last record with them present, else when they joined, else when records began
    mobile: bool


def lectures_by(session: Session, secretary: str, today: date) -> int:
    """党课 given (or hosted) by the secretary this year up to today."""
    if not secretary:
        return 0
    count = session.scalar(
        select(func.count())
        .select_from(Activity)
        .where(
            Activity.kind == ActivityKind.LECTURE,
            Activity.deleted_at.is_(None),
            Activity.date.between(date(today.year, 1, 1), today),
            or_(Activity.teacher == secretary, Activity.host == secretary),
        )
    )
    return count or 0


def participation(session: Session, today: date) -> list[Participation]:
    """For each member 在册, the last organisational life the records show them at: present at
    a record here, or study credited from elsewhere (a 流动党员's branch where they work).

    A member the records cannot judge (no meeting recorded since they joined) is measured from
    when they joined or from the first record the branch keeps, whichever is later, so that a
    program started last month does not call everyone inactive."""
    records_began = session.scalar(
        select(func.min(Activity.date)).where(
            Activity.deleted_at.is_(None), Activity.kind.in_(ORGANISATIONAL_LIFE)
        )
    )
    if records_began is None:
        return []
    # Results look like mappings to dict() (they have keys()), so they are unpacked by hand.
    last: dict[int, date] = {
        member_id: day
        for member_id, day in session.execute(
            select(ActivityAttendance.member_id, func.max(Activity.date))
            .join(Activity)
            .where(
                Activity.deleted_at.is_(None),
                Activity.kind.in_(ORGANISATIONAL_LIFE),
                Activity.date <= today,
                ActivityAttendance.attendance == Attendance.PRESENT,
            )
            .group_by(ActivityAttendance.member_id)
        )
    }
    for member_id, day in session.execute(
        select(ExternalStudy.member_id, func.max(ExternalStudy.date))
        .where(ExternalStudy.date <= today)
        .group_by(ExternalStudy.member_id)
    ):
        last[member_id] = max(day, last.get(member_id, day))
    result = []
    active = select(Member.id, Member.name, Member.join_date, Member.is_mobile).where(
        Member.status == MembershipStatus.ACTIVE
    )  # columns, not ORM objects: the 首页 asks this of every member at each load
    for member_id, name, joined, mobile in session.execute(active):
        since = max(d for d in (last.get(member_id), joined, records_began) if d is not None)
        result.append(Participation(member_id, name, since, mobile))
    return result


@dataclass(frozen=True, slots=True)
class Headline:
    counts: RosterCounts
    meetings_this_year: int
    by_kind: tuple[tuple[str, int], ...]  # this year's organisational life (所属年度), by kind
    average_hours: float


def headline(session: Session, today: date) -> Headline:
    """The 首页's numbers."""
    year_start = date(today.year, 1, 1)
    counted = {
        kind: count
        for kind, count in session.execute(
            select(Activity.kind, func.count())
            .where(
                Activity.deleted_at.is_(None),
                Activity.kind.in_(ORGANISATIONAL_LIFE),
                # in its 所属年度: last year's 组织生活会 held in January is not this year's
                counted_between(year_start, today),
            )
            .group_by(Activity.kind)
        )
    }
    by_kind = tuple(
        (kind.value, counted[kind]) for kind in ORGANISATIONAL_LIFE if counted.get(kind)
    )
    hours = member_hours(session, today.year, today)
    average = sum(row.total for row in hours) / len(hours) if hours else 0.0
    return Headline(
        active_counts(session, today), sum(counted.values()), by_kind, round(average, 1)
    )
