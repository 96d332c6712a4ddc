"""Reading the 换届 book: the term in office (its dates and seats from the Branch row, the one
source of the current committee), past terms, the election under way and its count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import (
    CommitteePost,
    ExcusalReason,
    MemberCategory,
    MembershipStatus,
)
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.services.branch import get_branch
from dangwu_desktop.core.services.excusals import excused_on
from dangwu_desktop.ledgers.elections.models import BranchTerm, Election, ElectionCandidate
from dangwu_desktop.ledgers.elections.rules import (
    CandidateCheck,
    Outcome,
    Timing,
    Vetting,
    count,
    election_due,
)


@dataclass(frozen=True, slots=True)
class SeatLine:
    name: str
    post: CommitteePost
    member_id: int | None


@dataclass(frozen=True, slots=True)
class TermLine:
    """A term as the history lists it."""

    id: int
    number: int | None
    start: date | None
    end: date | None
    handed_over_on: date | None  # None: in office
    seats: tuple[SeatLine, ...]

    @property
    def title(self) -> str:
        return f"第{self.number}届" if self.number else "本届" if self.current else "往届"

    @property
    def current(self) -> bool:
        return self.handed_over_on is None


def current_term(session: Session) -> BranchTerm | None:
    query = select(BranchTerm).where(BranchTerm.handed_over_on.is_(None))
    return session.scalars(query.order_by(BranchTerm.id.desc()).limit(1)).first()


def terms(session: Session) -> list[TermLine]:
    """Every term, the earliest first; the one in office with the Branch row's dates and
    committee."""
    branch = get_branch(session)
    lines = []
    for term in session.scalars(select(BranchTerm).order_by(BranchTerm.id)):
        if term.handed_over_on is None and branch is not None:
            seats = tuple(SeatLine(s.name, s.post, s.member_id) for s in branch.committee)
            start, end = branch.term_start, branch.term_end
        else:
            seats = tuple(SeatLine(s.name, s.post, s.member_id) for s in term.seats)
            start, end = term.start, term.end
        lines.append(TermLine(term.id, term.number, start, end, term.handed_over_on, seats))
    return lines


def election_of_term(session: Session, term_id: int) -> Election | None:
    """The election that ends the term (one a term)."""
    query = select(Election).where(Election.term_id == term_id).order_by(Election.id.desc())
    return session.scalars(query.limit(1)).first()


def open_election(session: Session) -> Election | None:
    """The election of the term in office: prepared, held, or awaiting its approvals."""
    term = current_term(session)
    return election_of_term(session, term.id) if term is not None else None


def voters_on(session: Session, day: date) -> list[Member]:
    """Those with a vote on `day` (第五条): 在册 正式党员, less those the branch has decided are not
    counted among those due or are under 留党察看. The roster's category is today's: a member
    confirmed after `day` is counted; the 实到 and 应到 typed from the 计票单 are what count."""
    excused = {e.member_id for e in excused_on(session, day)}
    query = select(Member).where(
        Member.status == MembershipStatus.ACTIVE, Member.category == MemberCategory.FULL
    )
    return [m for m in session.scalars(query.order_by(Member.id)) if m.id not in excused]


def candidate_checks(
    session: Session, candidates: Sequence[tuple[int, str, object]], day: date
) -> list[CandidateCheck]:
    """Each (member_id, name, vetting) as the rules judge it on `day`."""
    probation = {
        e.member_id for e in excused_on(session, day) if e.reason is ExcusalReason.ON_PROBATION
    }
    checks = []
    for member_id, name, vetting in candidates:
        member = session.get(Member, member_id)
        checks.append(
            CandidateCheck(
                name,
                member is not None and member.category is MemberCategory.FULL,
                member_id in probation,
                member is not None and member.status is MembershipStatus.ACTIVE,
                vetting,  # type: ignore[arg-type]
            )
        )
    return checks


@dataclass(frozen=True, slots=True)
class Result:
    """The election counted over its rounds: the elected (candidate ids, in the order elected),
    a tie waiting for the next round, seats left for a further election."""

    elected: tuple[int, ...] = ()
    tied: tuple[int, ...] = ()
    tied_seats: int = 0
    short: int = 0
    rounds: int = 0

    @property
    def settled(self) -> bool:
        return self.rounds > 0 and not self.tied


def result(election: Election) -> Result:
    """Each round counted in turn: the first for all the seats, each later one among those tied
    for the seats the tie left open."""
    elected: list[int] = []
    last: Outcome[int] = Outcome(())
    for round_ in election.rounds:
        seats = election.seats if round_.number == 1 else last.tied_seats
        last = count(round_.due, seats, {v.candidate_id: v.votes for v in round_.votes})
        elected += last.elected
    short = last.short if last.settled else 0
    return Result(tuple(elected), last.tied, last.tied_seats, short, len(election.rounds))


def candidate_names(election: Election) -> dict[int, str]:
    return {c.id: c.member.name for c in election.candidates}


@dataclass(frozen=True, slots=True)
class ElectionState:
    """What the 首页 and the report need of the term in office and its election."""

    term_number: int | None
    term_start: date | None
    term_end: date | None
    due: date | None  # term_end, moved by an approved postponement or advance
    timing: Timing = Timing.ON_TIME
    timing_months: int | None = None
    request_on: date | None = None
    reply_on: date | None = None
    seats: int | None = None
    candidates: int = 0
    candidates_ready: bool = False  # enough candidates, all through the 资格联审
    held_on: date | None = None
    elected: tuple[str, ...] = ()
    tie: bool = False
    short: int = 0
    filed_on: date | None = None
    approved_on: date | None = None
    history: list[TermLine] = field(default_factory=list)


def state(session: Session) -> ElectionState | None:
    from dangwu_desktop.ledgers.elections.rules import least_candidates

    branch = get_branch(session)
    if branch is None:
        return None
    term = current_term(session)
    election = election_of_term(session, term.id) if term is not None else None
    end = branch.term_end
    if election is None:
        due = end
        return ElectionState(
            term.number if term else None, branch.term_start, end, due, history=terms(session)
        )
    due = election_due(end, election.timing, election.timing_months) if end else None
    counted = result(election)
    names = candidate_names(election)
    passed = sum(c.vetting is Vetting.PASSED for c in election.candidates)
    ready = passed >= least_candidates(election.seats) and all(
        c.vetting is Vetting.PASSED for c in election.candidates
    )
    return ElectionState(
        term.number if term else None,
        branch.term_start,
        end,
        due,
        election.timing,
        election.timing_months,
        election.request_on,
        election.reply_on,
        election.seats,
        len(election.candidates),
        ready,
        election.held_on,
        tuple(names[i] for i in counted.elected),
        bool(counted.tied),
        counted.short,
        election.filed_on,
        election.approved_on,
        terms(session),
    )


def candidates_of(session: Session, election_id: int) -> list[ElectionCandidate]:
    query = select(ElectionCandidate).where(ElectionCandidate.election_id == election_id)
    return list(session.scalars(query.order_by(ElectionCandidate.sort_order)))


# What the 换届 page, its dialogs and its printed forms read: plain values, no ORM rows.


@dataclass(frozen=True, slots=True)
class CandidateLine:
    id: int
    member_id: int
    name: str
    source: str
    recommendations: int | None
    vetting: Vetting
    vetting_note: str


@dataclass(frozen=True, slots=True)
class RoundLine:
    number: int
    due: int
    present: int
    issued: int
    returned: int
    valid: int
    void: int
    votes: tuple[tuple[int, int], ...]  # (candidate id, 赞成票)


@dataclass(frozen=True, slots=True)
class ElectionView:
    """One election as the page shows it; `in_office` once its committee has taken office."""

    id: int
    in_office: bool
    seats: int
    request_on: date | None
    request_ref: str
    reply_on: date | None
    reply_ref: str
    timing: Timing
    timing_months: int | None
    timing_approved_on: date | None
    timing_ref: str
    held_on: date | None
    filed_on: date | None
    approved_on: date | None
    approval_ref: str
    note: str
    candidates: tuple[CandidateLine, ...]
    rounds: tuple[RoundLine, ...]
    result: Result

    def name(self, candidate_id: int) -> str:
        return next(c.name for c in self.candidates if c.id == candidate_id)

    @property
    def elected(self) -> tuple[CandidateLine, ...]:
        by_id = {c.id: c for c in self.candidates}
        return tuple(by_id[i] for i in self.result.elected)

    @property
    def contenders(self) -> tuple[CandidateLine, ...]:
        """Who the next ballot lists: every candidate before the first round, those tied after."""
        if not self.rounds:
            return self.candidates
        return tuple(c for c in self.candidates if c.id in self.result.tied)

    @property
    def next_seats(self) -> int:
        """The seats the next ballot fills: all of them, or those a tie left open."""
        return self.seats if not self.rounds else self.result.tied_seats

    @property
    def next_round(self) -> int:
        return len(self.rounds) + 1

    @property
    def ballot_open(self) -> bool:
        """Whether a round can still be recorded (none yet, or a tie to vote again on)."""
        return not self.in_office and (not self.rounds or bool(self.result.tied))


def view_of(election: Election) -> ElectionView:
    candidates = tuple(
        CandidateLine(
            c.id, c.member_id, c.member.name, c.source, c.recommendations, c.vetting,
            c.vetting_note,
        )
        for c in election.candidates
    )  # fmt: skip
    rounds = tuple(
        RoundLine(
            r.number, r.due, r.present, r.issued, r.returned, r.valid, r.void,
            tuple((v.candidate_id, v.votes) for v in r.votes),
        )
        for r in election.rounds
    )  # fmt: skip
    e = election
    return ElectionView(
        e.id, e.new_term_id is not None, e.seats, e.request_on, e.request_ref, e.reply_on,
        e.reply_ref, e.timing, e.timing_months, e.timing_approved_on, e.timing_ref, e.held_on,
        e.filed_on, e.approved_on, e.approval_ref, e.note, candidates, rounds, result(e),
    )  # fmt: skip


def latest_election(session: Session) -> ElectionView | None:
    """The election of the term in office, or else the last one held (whose committee is now in
    office): what the page shows and the 选票 and 计票单 print."""
    election = open_election(session)
    if election is None:
        election = session.scalars(select(Election).order_by(Election.id.desc()).limit(1)).first()
    return view_of(election) if election is not None else None


@dataclass(frozen=True, slots=True)
class MeetingLine:
    activity_id: int
    day: date
    title: str


def election_meetings(session: Session, first: date, last: date) -> list[MeetingLine]:
    """The 支部党员大会 records between `first` and `last`, the latest first: where a vote is
    held."""
    from dangwu_desktop.core.glossary import ActivityKind
    from dangwu_desktop.core.models import Activity

    query = select(Activity).where(
        Activity.kind == ActivityKind.BRANCH_GENERAL,
        Activity.deleted_at.is_(None),
        Activity.date.between(first, last),
    )
    return [
        MeetingLine(a.id, a.date, a.title)
        for a in session.scalars(query.order_by(Activity.date.desc(), Activity.id.desc()))
    ]


@dataclass(frozen=True, slots=True)
class BallotSheet:
    """What a 选票 and its 计票单 print: the branch, the term being elected, the round, the
    names in the order the ballot lists them, and how many may be marked."""

    branch: str
    term_number: int | None  # the new committee's 第N届, where the outgoing one's is known
    round_number: int
    seats: int
    names: tuple[str, ...]
    held_on: date | None

    @property
    def title(self) -> str:
        return self.heading.replace("\n", "")

    @property
    def heading(self) -> str:
        """The title on two lines: the branch, then the election (a long line would break
        anywhere)."""
        term = f"第{self.term_number}届" if self.term_number else ""
        again = f"（第{self.round_number}轮）" if self.round_number > 1 else ""
        return f"{self.branch}\n{term}委员会委员选举{again}"


def ballot_sheet(session: Session) -> BallotSheet | None:
    """The next ballot of the latest election (its first, or a second among the tied); for an
    election already counted and settled, its first ballot as it was, for the file."""
    view = latest_election(session)
    branch = get_branch(session)
    if view is None or branch is None:
        return None
    term = current_term(session)
    outgoing = term.number if term is not None else None
    if view.in_office:
        outgoing = outgoing - 1 if outgoing else None
    if view.ballot_open:
        people, seats, number = view.contenders, view.next_seats, view.next_round
    else:
        people, seats, number = view.candidates, view.seats, 1
    return BallotSheet(
        branch.name,
        outgoing + 1 if outgoing else None,
        number,
        seats,
        tuple(c.name for c in people),
        view.held_on,
    )
