"""The year's 谈心谈话 coverage: which 支部委员 have talked with each other, and which members a
委员 has talked with, read from the conversations of the 谈心谈话 records (第十九条).

The 条例 asks for talks 党支部委员之间、党支部委员和党员之间 at least once a year. Read as the
branches read it: every pair of 委员 talks (a committee of five has ten pairs), and every member
who is not a 委员 talks with at least one 委员 (the 委员 share the members among them; a talk of
each 委员 with each of fifty members is not what any township checks). A conversation counts in
the year of its own date, whichever record holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import ActivityKind, CommitteePost, MembershipStatus
from dangwu_desktop.core.models import Activity, ActivityTalk, CommitteeMember, Member
from dangwu_desktop.core.rulebook import frequency

TALK_CITATION = frequency(ActivityKind.TALK).citation


@dataclass(frozen=True, slots=True)
class Person:
    member_id: int
    name: str
    post: str = ""  # the committee seat, for a 委员


@dataclass(frozen=True, slots=True)
class PairCoverage:
    """Two 委员, or a member and the 委员 who talked with them, and the days they talked."""

    first: Person
    second: Person | None  # a member no 委员 has talked with: None
    dates: tuple[date, ...] = ()

    @property
    def covered(self) -> bool:
        return bool(self.dates)


@dataclass(frozen=True, slots=True)
class TalkCoverage:
    year: int
    committee: tuple[Person, ...]
    committee_pairs: tuple[PairCoverage, ...]  # every pair of 委员, covered or not
    # Each member who is not a 委员: one row for each 委员 who talked with them, or one row
    # without a 委员 where none has.
    member_talks: tuple[PairCoverage, ...]

    @property
    def open_pairs(self) -> list[PairCoverage]:
        return [pair for pair in self.committee_pairs if not pair.covered]

    @property
    def members(self) -> list[Person]:
        return list(dict.fromkeys(row.first for row in self.member_talks))

    @property
    def open_members(self) -> list[Person]:
        return [row.first for row in self.member_talks if not row.covered]

    @property
    def complete(self) -> bool:
        return not self.open_pairs and not self.open_members

    @property
    def summary(self) -> str:
        """One line, as the page and the 首页 say it."""
        pairs, members = self.committee_pairs, self.members
        if not self.committee:
            return f"{self.year}年：支部委员会尚未登记（“支部信息”中填写委员并关联党员）"
        return (
            f"{self.year}年：委员之间{len(pairs)}对，已谈{len(pairs) - len(self.open_pairs)}对；"
            f"其他党员{len(members)}人，已与委员谈话{len(members) - len(self.open_members)}人"
        )


def talk_coverage(session: Session, year: int) -> TalkCoverage:
    """Who has talked with whom in `year`, against those due: the 委员 linked to the roster and
    the members 在册 who had joined by the year's end."""
    last = date(year, 12, 31)
    seats = session.execute(
        select(Member.id, Member.name, CommitteeMember.post)
        .join(Member, Member.id == CommitteeMember.member_id)
        .where(Member.status == MembershipStatus.ACTIVE)
        .order_by(CommitteeMember.sort_order, CommitteeMember.id)
    ).all()
    committee = tuple(
        dict.fromkeys(
            Person(member_id, name, CommitteePost(post).value) for member_id, name, post in seats
        )
    )
    seated = {p.member_id for p in committee}
    members = [
        Person(m.id, m.name)
        for m in session.scalars(
            select(Member)
            .where(
                Member.status == MembershipStatus.ACTIVE,
                (Member.join_date <= last) | Member.join_date.is_(None),
                Member.id.not_in(seated),
            )
            .order_by(Member.group_id, Member.id)
        )
    ]
    talked: dict[frozenset[int], list[date]] = {}
    query = (
        select(ActivityTalk.talker_id, ActivityTalk.talkee_id, ActivityTalk.date)
        .join(Activity, Activity.id == ActivityTalk.activity_id)
        .where(
            Activity.deleted_at.is_(None),
            Activity.kind == ActivityKind.TALK,
            ActivityTalk.date.between(date(year, 1, 1), last),
        )
        .order_by(ActivityTalk.date)
    )
    for talker, talkee, day in session.execute(query):
        talked.setdefault(frozenset((talker, talkee)), []).append(day)
    pairs = tuple(
        PairCoverage(a, b, tuple(talked.get(frozenset((a.member_id, b.member_id)), ())))
        for a, b in combinations(committee, 2)
    )
    rows: list[PairCoverage] = []
    for member in members:
        found = [
            PairCoverage(member, seat, tuple(days))
            for seat in committee
            if (days := talked.get(frozenset((member.member_id, seat.member_id))))
        ]
        rows += found or [PairCoverage(member, None)]
    return TalkCoverage(year, committee, pairs, tuple(rows))
