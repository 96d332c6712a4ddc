"""Reading the 换届 book: the term in office (its dates and seats from the Branch row, the one
source of the current committee), past terms, the election under way and its count."""

from __future__ import annotations

from collections.abc import Collection, Sequence
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
    session: Session,
    candidates: Sequence[tuple[int, str, object]],
    day: date,
    elected: Collection[int] = (),
) -> list[CandidateCheck]:
    """Each (member_id, name, vetting) as the rules judge it on `day`; `elected` the members
    this election has already elected (a 另行选举 is for the others)."""
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
                member_id in elected,
            )
        )
    return checks


@dataclass(frozen=True, slots=True)
class Result:
    """The election counted over its rounds: the elected (candidate ids, in the order elected),
    a tie waiting for the next round, seats left empty for a 另行选举 (`short`), and the stage
    the last round belonged to (1 the election, 2 … each 另行选举; 0 before any round)."""

    elected: tuple[int, ...] = ()
    tied: tuple[int, ...] = ()
    tied_seats: int = 0
    short: int = 0
    rounds: int = 0
    stage: int = 0

    @property
    def settled(self) -> bool:
        return self.rounds > 0 and not self.tied


def result(election: Election) -> Result:
    """Each round counted in turn: the first of a stage (the election, or a 另行选举) for every
    seat not yet filled, each later one among those tied for the seats the tie left open."""
    elected: list[int] = []
    last: Outcome[int] = Outcome(())
    stage = 0
    for round_ in election.rounds:
        if round_.stage != stage:
            stage, seats = round_.stage, election.seats - len(elected)
        else:
            seats = last.tied_seats
        last = count(round_.due, seats, {v.candidate_id: v.votes for v in round_.votes})
        elected += last.elected
    short = election.seats - len(elected) if election.rounds and last.settled else 0
    return Result(tuple(elected), last.tied, last.tied_seats, short, len(election.rounds), stage)


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
    submitted_on: date | None = None


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
    listed = [c for c in election.candidates if c.stage == 1]
    passed = sum(c.vetting is Vetting.PASSED for c in listed)
    ready = passed >= least_candidates(election.seats) and all(
        c.vetting is Vetting.PASSED for c in listed
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
        len(listed),
        ready,
        election.held_on,
        tuple(names[i] for i in counted.elected),
        bool(counted.tied),
        counted.short,
        election.filed_on,
        election.approved_on,
        terms(session),
        election.submitted_on,
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
    stage: int = 1  # 1 the election's list, 2 … a 另行选举's


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
    stage: int = 1
    held_on: date | None = None


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
    submitted_on: date | None
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

    def listed(self, stage: int) -> tuple[CandidateLine, ...]:
        """The candidate list of a stage: 1 the election's, 2 … a 另行选举's."""
        return tuple(c for c in self.candidates if c.stage == stage)

    @property
    def next_stage(self) -> int:
        """The stage the next ballot belongs to: the election before any round, the same stage
        for a tie, the next 另行选举 once a settled count left seats empty."""
        counted = self.result
        if not self.rounds:
            return 1
        return counted.stage if counted.tied or not counted.short else counted.stage + 1

    @property
    def further(self) -> bool:
        """Whether the next ballot is a 另行选举's."""
        return self.next_stage > 1

    @property
    def list_stage(self) -> int:
        """The list the 候选人 dialog shows: the one the next ballot draws on while that can
        still change (no round of it yet), else the last one voted on."""
        if self.in_office or (self.rounds and not self.result.short):
            return self.result.stage or 1
        return self.next_stage

    @property
    def list_open(self) -> bool:
        """Whether the candidate list can still be changed: the election's before the first
        round, a 另行选举's while seats are empty and it has not been voted on."""
        if self.in_office:
            return False
        return not self.rounds or (self.result.settled and self.result.short > 0)

    @property
    def contenders(self) -> tuple[CandidateLine, ...]:
        """Who the next ballot lists: a stage's candidates for its first round, those tied for a
        later one."""
        if self.result.tied:
            return tuple(c for c in self.candidates if c.id in self.result.tied)
        return self.listed(self.next_stage)

    @property
    def next_seats(self) -> int:
        """The seats the next ballot fills: every seat not yet filled, or those a tie left open."""
        if self.result.tied:
            return self.result.tied_seats
        return self.seats - len(self.result.elected)

    @property
    def next_round(self) -> int:
        return len(self.rounds) + 1

    @property
    def round_in_stage(self) -> int:
        """The next ballot's round within its stage (2 for a second vote among the tied)."""
        return 1 + sum(r.stage == self.next_stage for r in self.rounds)

    @property
    def ballot_open(self) -> bool:
        """Whether a round can still be recorded: none yet, a tie to vote again on, or seats left
        empty for a 另行选举."""
        counted = self.result
        return not self.in_office and (not self.rounds or bool(counted.tied) or counted.short > 0)


@dataclass(frozen=True, slots=True)
class StageCount:
    """One stage counted: the election (1) or a 另行选举 (2 …), the seats it was to fill, its
    rounds, who it elected (candidate ids), a tie still open and the seats it left empty."""

    stage: int
    seats: int
    rounds: tuple[RoundLine, ...]
    elected: tuple[int, ...]
    tied: tuple[int, ...]
    tied_seats: int

    @property
    def short(self) -> int:
        return 0 if self.tied else self.seats - len(self.elected)

    @property
    def held_on(self) -> date | None:
        return self.rounds[0].held_on if self.rounds else None

    @property
    def title(self) -> str:
        if self.stage == 1:
            return "选举"
        return "另行选举" if self.stage == 2 else f"第{self.stage - 1}次另行选举"


def counted_stages(seats: int, rounds: Sequence[RoundLine]) -> list[StageCount]:
    """The rounds counted stage by stage, as `result` counts them."""
    found: list[StageCount] = []
    filled = 0
    for round_ in rounds:
        votes = dict(round_.votes)
        if not found or found[-1].stage != round_.stage:
            open_seats = seats - filled
            outcome = count(round_.due, open_seats, votes)
            found.append(
                StageCount(
                    round_.stage, open_seats, (round_,), outcome.elected, outcome.tied,
                    outcome.tied_seats,
                )
            )  # fmt: skip
        else:
            last = found[-1]
            outcome = count(round_.due, last.tied_seats, votes)
            found[-1] = StageCount(
                last.stage, last.seats, (*last.rounds, round_), last.elected + outcome.elected,
                outcome.tied, outcome.tied_seats,
            )  # fmt: skip
        filled += len(outcome.elected)
    return found


def view_of(election: Election) -> ElectionView:
    candidates = tuple(
        CandidateLine(
            c.id, c.member_id, c.member.name, c.source, c.recommendations, c.vetting,
            c.vetting_note, c.stage,
        )
        for c in election.candidates
    )  # fmt: skip
    rounds = tuple(
        RoundLine(
            r.number, r.due, r.present, r.issued, r.returned, r.valid, r.void,
            tuple((v.candidate_id, v.votes) for v in r.votes), r.stage, r.held_on,
        )
        for r in election.rounds
    )  # fmt: skip
    e = election
    return ElectionView(
        e.id, e.new_term_id is not None, e.seats, e.request_on, e.request_ref, e.reply_on,
        e.reply_ref, e.timing, e.timing_months, e.timing_approved_on, e.timing_ref, e.held_on,
        e.submitted_on, e.filed_on, e.approved_on, e.approval_ref, e.note, candidates, rounds,
        result(e),
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
    round_number: int  # within its stage: 2 for a second vote among the tied
    seats: int
    names: tuple[str, ...]
    held_on: date | None
    further: int = 0  # the 另行选举's number (第1次 …), 0 for the election itself

    @property
    def title(self) -> str:
        return self.heading.replace("\n", "")

    @property
    def heading(self) -> str:
        """The title on two lines: the branch, then the election (a long line would break
        anywhere)."""
        term = f"第{self.term_number}届" if self.term_number else ""
        what = "选举"
        if self.further:
            what = "另行选举" if self.further == 1 else f"第{self.further}次另行选举"
        again = f"（第{self.round_number}轮）" if self.round_number > 1 else ""
        return f"{self.branch}\n{term}委员会委员{what}{again}"


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
        people, seats = view.contenders, view.next_seats
        number, stage = view.round_in_stage, view.next_stage
        held_on = view.rounds[-1].held_on if view.result.tied else view.held_on
        if stage > 1 and not view.result.tied:
            held_on = None  # the same meeting or a later one: written in by hand
    else:
        people, seats, number, stage = view.listed(1), view.seats, 1, 1
        held_on = view.held_on
    return BallotSheet(
        branch.name,
        outgoing + 1 if outgoing else None,
        number,
        seats,
        tuple(c.name for c in people),
        held_on,
        stage - 1,
    )


def blank_sheet(branch: str) -> BallotSheet:
    """A 选票 or 计票单 to fill in by hand: no names, no seats, no date."""
    return BallotSheet(branch, None, 1, 0, (), None)


def committee_posts(session: Session) -> list[tuple[int | None, CommitteePost]]:
    """The outgoing committee's seats (member id, post), as the 设置 page keeps them."""
    branch = get_branch(session)
    return [(s.member_id, s.post) for s in branch.committee] if branch is not None else []


def kept_posts(
    elected: Sequence[tuple[int, str]], committee: Sequence[tuple[int | None, CommitteePost]]
) -> list[CommitteePost]:
    """The post each elected member (member id, name) is offered when the new committee takes
    office: the one they held on the outgoing committee, so that a re-elected 书记 or 副书记 stays
    so (the committee elects its 书记 and 副书记; the votes do not); a newcomer is a 委员. A post
    is offered once: if two held it (a slip in the old record), the first keeps it."""
    held = {member_id: post for member_id, post in committee if member_id is not None}
    offered: list[CommitteePost] = []
    for member_id, _ in elected:
        post = held.get(member_id, CommitteePost.MEMBER)
        if post is not CommitteePost.MEMBER and post in offered:
            post = CommitteePost.MEMBER
        offered.append(post)
    return offered
