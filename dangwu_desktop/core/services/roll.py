"""Who was on the roll (在册) in a past stretch of time, as the roster's dated movements tell: a
year's registers, 花名册 and 学时 list the members of that year, not those 在册 today. A member
who joined the party after the stretch is not listed; one who left within it is (they were
there until they left), and one who arrived by 转入 is listed from the day they came."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.models import Member, MemberMovement
from dangwu_desktop.core.movements import (
    Movement,
    MovementError,
    derive_state,
    on_roll_during,
    on_roll_on,
)
from dangwu_desktop.core.roster import RosterRow, load_roster


def roll_during(session: Session, first: date, last: date) -> list[int]:
    """The members on the roll at some time from `first` to `last`, party group by group."""
    return _roll(session, last, lambda history: on_roll_during(history, first, last))


def roll_on(session: Session, day: date) -> list[int]:
    """The members on the roll at the end of `day`, party group by group."""
    return _roll(session, day, lambda history: on_roll_on(history, day))


def roster_during(session: Session, first: date, last: date, today: date) -> list[RosterRow]:
    return load_roster(session, today, roll_during(session, first, last))


def roster_on(session: Session, day: date, today: date) -> list[RosterRow]:
    return load_roster(session, today, roll_on(session, day))


def mobile_on(session: Session, member_ids: list[int], day: date) -> set[int]:
    """Which of the members were 流动党员 (流出, not yet back) at the end of `day`."""
    query = select(Member).where(Member.id.in_(member_ids)).options(selectinload(Member.movements))
    found = set()
    for member in session.scalars(query):
        history = [_movement(m) for m in member.movements if m.date <= day]
        try:
            if derive_state(history).is_mobile:
                found.add(member.id)
        except MovementError:
            if member.is_mobile:
                found.add(member.id)
    return found


def _roll(session: Session, last: date, there: Callable[[list[Movement]], bool]) -> list[int]:
    query = (
        select(Member)
        .where((Member.join_date <= last) | Member.join_date.is_(None))
        .options(selectinload(Member.movements))
        .order_by(Member.group_id, Member.id)
    )
    return [m.id for m in session.scalars(query) if _there(m, there)]


def _there(member: Member, there: Callable[[list[Movement]], bool]) -> bool:
    """A status the movements do not explain (set by an import, say) has no date: then the
    member's status today decides, as the 民主评议 roll does."""
    history = [_movement(m) for m in member.movements]
    try:
        if derive_state(history).status is not member.status:
            return member.status is MembershipStatus.ACTIVE
        return there(history)
    except MovementError:
        return member.status is MembershipStatus.ACTIVE


def _movement(stored: MemberMovement) -> Movement:
    return Movement(stored.kind, stored.date)
