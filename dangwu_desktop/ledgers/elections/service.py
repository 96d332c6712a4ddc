"""Writing the 换届 book: the 请示 and 批复, an approved postponement or advance, the candidate
list, each round of the election meeting's ballot, and the new committee taking office. Each
refuses bad input whole with the rule (RecordInvalid), writes its 操作日志 entry, and never
commits (the caller's transaction is the user's operation)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import ActivityKind, CommitteePost
from dangwu_desktop.core.models import Activity, Branch, CommitteeMember, Member
from dangwu_desktop.core.rulebook import Finding, Severity
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.services import RecordInvalid, ServiceError, text_problems
from dangwu_desktop.core.services.branch import default_term_end, get_branch
from dangwu_desktop.core.text_rules import TextKind
from dangwu_desktop.ledgers.elections.book import (
    Result,
    candidate_checks,
    current_term,
    election_of_term,
    result,
)
from dangwu_desktop.ledgers.elections.models import (
    BranchTerm,
    Election,
    ElectionCandidate,
    ElectionRound,
    ElectionVote,
    TermSeat,
)
from dangwu_desktop.ledgers.elections.rules import (
    Ballot,
    Timing,
    Vetting,
    ballot_findings,
    candidate_findings,
    finding,
    further_findings,
    office_findings,
    stroke_order_findings,
    timing_findings,
)

SOURCES = ("党员推荐", "群众推荐", "上届支部委员会提名")


def _texts(texts: Iterable[tuple[str, str, str]]) -> list[Finding]:
    problems = text_problems(TextField(a, v, TextKind.LINE, label) for a, v, label in texts)
    return [Finding("", p, Severity.ERROR) for p in problems]


def _future(day: date | None, today: date, attribute: str, label: str) -> list[Finding]:
    if day is not None and day > today:
        return [finding(attribute, f"{label}晚于今天", Severity.ERROR)]
    return []


def _branch(session: Session) -> Branch:
    branch = get_branch(session)
    if branch is None:
        raise ServiceError("请先填写支部基本信息")
    return branch


def term_in_office(session: Session) -> BranchTerm:
    """The term in office, begun as a row of its own the first time the 换届 book is used on a
    database made after the migration (the first-start dialog writes only the Branch row)."""
    _branch(session)
    term = current_term(session)
    if term is None:
        term = BranchTerm(number=None, note="")
        session.add(term)
        session.flush()
    return term


def set_term_number(session: Session, number: int | None) -> BranchTerm:
    """第几届, for the term in office (the book does not know how many came before)."""
    if number is not None and number < 1:
        raise RecordInvalid([finding("number", "届次应为正整数", Severity.ERROR)])
    term = term_in_office(session)
    before = audit.snapshot(term)
    term.number = number
    session.flush()
    audit.record_row(session, term, before)
    return term


def _election(session: Session, election_id: int) -> Election:
    election = session.get(Election, election_id)
    if election is None:
        raise ServiceError("该换届选举记录已不存在")
    return election


def _not_in_office(election: Election) -> None:
    if election.new_term_id is not None:
        raise ServiceError("新一届委员会已经到任，这次换届的记录不能再修改")


@dataclass(frozen=True, slots=True)
class Preparation:
    """The election being prepared: how many seats, the 换届请示 and the township's 批复."""

    seats: int
    request_on: date | None = None
    request_ref: str = ""
    reply_on: date | None = None
    reply_ref: str = ""
    note: str = ""


def prepare(session: Session, given: Preparation, today: date) -> Election:
    """Begin or amend the election of the term in office."""
    findings = []
    if given.seats < 1:
        findings.append(finding("seats", "应选委员人数至少1人", Severity.ERROR))
    if given.reply_on is not None and given.request_on is None:
        findings.append(finding("reply_on", "有批复日期时，请先填写换届请示的日期", Severity.ERROR))
    if given.reply_on and given.request_on and given.reply_on < given.request_on:
        findings.append(finding("reply_on", "批复日期早于请示日期", Severity.ERROR))
    findings += _future(given.request_on, today, "request_on", "请示日期")
    findings += _future(given.reply_on, today, "reply_on", "批复日期")
    findings += _texts(
        [
            ("request_ref", given.request_ref, "请示文号"),
            ("reply_ref", given.reply_ref, "批复文号"),
            ("note", given.note, "备注"),
        ]
    )
    if findings:
        raise RecordInvalid(findings)
    term = term_in_office(session)
    election = election_of_term(session, term.id)
    before = audit.snapshot(election) if election is not None else None
    if election is None:
        election = Election(term_id=term.id, timing=Timing.ON_TIME)
        session.add(election)
    else:
        _not_in_office(election)
        if election.rounds and given.seats != election.seats:
            raise ServiceError("已经记录了计票结果，应选人数不能再改")
    election.seats = given.seats
    election.request_on, election.request_ref = given.request_on, given.request_ref.strip()
    election.reply_on, election.reply_ref = given.reply_on, given.reply_ref.strip()
    election.note = given.note.strip()
    session.flush()
    audit.record_row(session, election, before)
    return election


def record_timing(
    session: Session,
    election_id: int,
    timing: Timing,
    months: int | None,
    approved_on: date | None,
    reference: str,
    today: date,
) -> Election:
    """延期 or 提前 with the higher committee's approval (at most a year), or back to 按期."""
    election = _election(session, election_id)
    _not_in_office(election)
    findings = timing_findings(timing, months, approved_on, today)
    findings += _texts([("timing_ref", reference, "批复文号")])
    if findings:
        raise RecordInvalid(findings)
    before = audit.snapshot(election)
    on_time = timing is Timing.ON_TIME
    election.timing = timing
    election.timing_months = None if on_time else months
    election.timing_approved_on = None if on_time else approved_on
    election.timing_ref = "" if on_time else reference.strip()
    session.flush()
    audit.record_row(session, election, before)
    return election


@dataclass(frozen=True, slots=True)
class CandidateInput:
    member_id: int
    source: str = "党员推荐"
    recommendations: int | None = None  # 推荐票数
    vetting: Vetting = Vetting.PENDING
    vetting_note: str = ""


def open_stage(election: Election) -> int | None:
    """The stage whose candidate list may change now: the election's (1) before any round, the
    next 另行选举's once a settled count has left seats empty and it has not been voted on; None
    once the list voted on is final."""
    counted = result(election)
    if not election.rounds:
        return 1
    if counted.settled and counted.short:
        return counted.stage + 1
    return None


def check_candidates(
    session: Session, election_id: int, given: Sequence[CandidateInput], today: date
) -> list[Finding]:
    """The list as the rules judge it on `today` (errors and warnings), for a dialog to show:
    the election's list, or a 另行选举's for the seats left empty."""
    election = _election(session, election_id)
    stage = open_stage(election) or 1
    names = _names(session, [c.member_id for c in given])
    counted = result(election)
    elected = {c.member_id for c in election.candidates if c.id in counted.elected}
    checks = candidate_checks(
        session, [(c.member_id, names[c.member_id], c.vetting) for c in given], today, elected
    )
    if stage == 1:
        findings = candidate_findings(election.seats, checks)
    else:
        findings = further_findings(election.seats - len(counted.elected), checks)
    findings += stroke_order_findings([names[c.member_id] for c in given])
    findings += [
        finding("recommendations", f"{names[c.member_id]}的推荐票数不能为负数", Severity.ERROR)
        for c in given
        if c.recommendations is not None and c.recommendations < 0
    ]
    return findings + _texts(
        (f"source{i}", f"{c.source}{c.vetting_note}", f"{names[c.member_id]}的推荐方式或联审意见")
        for i, c in enumerate(given)
    )


def _names(session: Session, member_ids: Sequence[int]) -> dict[int, str]:
    names = {}
    for member_id in member_ids:
        member = session.get(Member, member_id)
        if member is None:
            raise ServiceError("候选人的党员记录已不存在")
        names[member_id] = member.name
    return names


def save_candidates(
    session: Session, election_id: int, given: Sequence[CandidateInput], today: date
) -> list[Finding]:
    """Replace the candidate list; refuses what the rules refuse (an ineligible candidate, one
    the 联审 turned down) and returns the warnings (差额 not yet reached, 联审 pending), which
    stop the election but not the list being drawn up."""
    election = _election(session, election_id)
    _not_in_office(election)
    stage = open_stage(election)
    if stage is None:
        raise ServiceError("已经记录了计票结果，候选人名单不能再改")
    findings = check_candidates(session, election_id, given, today)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise RecordInvalid(errors)
    mine = [c for c in election.candidates if c.stage == stage]
    lines_before = [_candidate_line(c) for c in mine]
    kept = {c.member_id: c for c in mine}
    listed = []
    for order, item in enumerate(given):
        candidate = kept.get(item.member_id) or ElectionCandidate(
            member_id=item.member_id, stage=stage
        )
        candidate.source = item.source.strip()
        candidate.recommendations = item.recommendations
        candidate.vetting = item.vetting
        candidate.vetting_note = item.vetting_note.strip()
        candidate.sort_order = order
        listed.append(candidate)
    # Those no longer listed are deleted with the change; the other stages' lists stay.
    election.candidates = [c for c in election.candidates if c.stage != stage] + listed
    session.flush()
    for candidate in listed:
        session.refresh(candidate, ["member"])
    what = "候选人" if stage == 1 else "另行选举候选人"
    changes = audit.set_changes(what, lines_before, [_candidate_line(c) for c in listed])
    if changes:
        audit.record(session, Election.AUDIT_SUBJECT, "修改", election.audit_name(), changes)
    return [f for f in findings if f.severity is Severity.WARNING]


def _candidate_line(candidate: ElectionCandidate) -> str:
    count = f"{candidate.recommendations}票" if candidate.recommendations is not None else ""
    return (
        f"{candidate.member.name}（{candidate.source}{count}，资格联审{candidate.vetting.value}）"
    )


@dataclass(frozen=True, slots=True)
class RoundInput:
    """One round as the 计票单 has it: the figures and each candidate's 赞成票 (by member)."""

    ballot: Ballot
    votes: Mapping[int, int] = field(default_factory=dict)
    activity_id: int | None = (
        None  # the 支部党员大会 (the first round's; a later one's is the same)
    )


def record_round(session: Session, election_id: int, given: RoundInput, today: date) -> Result:
    """Record the next round and return the count so far: the first round of the election, or
    of a 另行选举 for the seats a settled count left empty, votes among that stage's candidates;
    a later one only among those the last left tied, at the same meeting."""
    election = _election(session, election_id)
    _not_in_office(election)
    counted = result(election)
    if election.rounds and counted.settled and not counted.short:
        raise ServiceError("已选出全部委员，不需要再次投票")
    opening = not counted.tied
    if opening:
        stage = counted.stage + 1
        contenders = [c for c in election.candidates if c.stage == stage]
        seats = election.seats - len(counted.elected)
        if stage > 1 and not contenders:
            raise ServiceError(f"还有{seats}个名额没有选出：请先确定另行选举的候选人名单")
    else:
        stage = counted.stage
        contenders = [c for c in election.candidates if c.id in counted.tied]
        seats = counted.tied_seats
    findings: list[Finding] = []
    activity: Activity | None = None
    if opening:
        activity, found = _opening_findings(session, election, given, today, stage, contenders)
        findings += found
    strangers = [m for m in given.votes if m not in {c.member_id for c in contenders}]
    if strangers:
        what = "票数相等、需再次投票的被选举人" if not opening else "本次选举的候选人"
        findings.append(finding("votes", f"得票的人须是{what}", Severity.ERROR))
    findings += ballot_findings(given.ballot, seats, list(given.votes.values()))
    if findings:
        raise RecordInvalid(findings)
    number = len(election.rounds) + 1
    b = given.ballot
    round_ = ElectionRound(
        number=number, due=b.due, present=b.present, issued=b.issued, returned=b.returned,
        valid=b.valid, void=b.void, stage=stage,
    )  # fmt: skip
    if activity is not None:
        round_.activity_id, round_.held_on = activity.id, activity.date
        if stage == 1:
            election.activity_id, election.held_on = activity.id, activity.date
    else:  # a second vote among the tied, at the meeting of the round before
        last = election.rounds[-1]
        round_.activity_id, round_.held_on = last.activity_id, last.held_on
    round_.votes = [
        ElectionVote(candidate_id=c.id, votes=given.votes.get(c.member_id, 0)) for c in contenders
    ]
    election.rounds.append(round_)
    session.flush()
    counted = result(election)
    names = {c.id: c.member.name for c in election.candidates}
    lines = [f"{c.member.name}：{given.votes.get(c.member_id, 0)}票" for c in contenders]
    lines.append("当选：" + ("、".join(names[i] for i in counted.elected) or "无"))
    if counted.tied:
        lines.append("票数相等需再次投票：" + "、".join(names[i] for i in counted.tied))
    elif counted.short:
        lines.append(f"还有{counted.short}个名额需另行选举")
    audit.record_row(session, round_, None, more=lines)
    return counted


def _opening_findings(
    session: Session,
    election: Election,
    given: RoundInput,
    today: date,
    stage: int,
    contenders: Sequence[ElectionCandidate],
) -> tuple[Activity | None, list[Finding]]:
    """The first round of a stage: held at a 支部党员大会 (a 另行选举 at the election's or a later
    one), its list complete — the warnings of a list being drawn up (差额, 联审, too few for the
    seats) are errors at the vote."""
    findings = []
    activity = session.get(Activity, given.activity_id) if given.activity_id else None
    if activity is None or activity.deleted_at is not None:
        return None, [finding("activity", "请选定进行选举的支部党员大会记录", Severity.ERROR)]
    if activity.kind is not ActivityKind.BRANCH_GENERAL:
        findings.append(finding("activity", "选举应在支部党员大会上进行", Severity.ERROR))
    if activity.date > today:
        findings.append(finding("activity", "选举日期晚于今天", Severity.ERROR))
    if stage > 1 and election.held_on is not None and activity.date < election.held_on:
        findings.append(finding("activity", "另行选举不能早于选举", Severity.ERROR))
    counted = result(election)
    elected = {c.member_id for c in election.candidates if c.id in counted.elected}
    checks = candidate_checks(
        session, [(c.member_id, c.member.name, c.vetting) for c in contenders], activity.date,
        elected,
    )  # fmt: skip
    judged = (
        candidate_findings(election.seats, checks)
        if stage == 1
        else further_findings(election.seats - len(counted.elected), checks)
    )
    findings += [
        Finding(f.attribute, f.reason, Severity.ERROR, f.detail, f.citation, f.label, f.rule)
        for f in judged
        if f.attribute == "candidates"
    ]
    return activity, findings


def remove_last_round(session: Session, election_id: int) -> None:
    """Undo the last round recorded (a slip in the figures): the count goes back a round."""
    election = _election(session, election_id)
    _not_in_office(election)
    if not election.rounds:
        raise ServiceError("还没有记录计票结果")
    round_ = election.rounds[-1]
    audit.record_row(session, round_, None, action="删除", after={})
    election.rounds.remove(round_)
    if not election.rounds:
        election.activity_id = None
        election.held_on = None
    session.flush()


@dataclass(frozen=True, slots=True)
class Office:
    """The new committee as it takes office: each elected member's post (the committee elects
    书记 and 副书记 and shares out the other duties), 委员 备案 and 书记/副书记 批准."""

    posts: Sequence[tuple[int, CommitteePost]]  # (member_id, post)
    approved_on: date | None
    approval_ref: str = ""
    filed_on: date | None = None
    submitted_on: date | None = None  # 书记、副书记 报上级党组织批准


def take_office(session: Session, election_id: int, given: Office, today: date) -> BranchTerm:
    """From the approval date the new committee is the committee: the outgoing term keeps its
    dates and seats in its own rows, the Branch row and its CommitteeMember rows take the new
    ones (term from the election day, five years), and the new term is the term in office."""
    election = _election(session, election_id)
    _not_in_office(election)
    branch = _branch(session)
    counted = result(election)
    if not counted.settled:
        raise ServiceError(
            "选举还有票数相等需再次投票的被选举人" if counted.tied else "尚未记录计票结果"
        )
    if counted.short:
        raise ServiceError(f"还有{counted.short}个名额没有选出，不足的名额应另行选举")
    names = {c.id: c.member.name for c in election.candidates}
    member_of = {c.id: c.member_id for c in election.candidates}
    elected = [names[i] for i in counted.elected]
    holders = _names(session, [member_id for member_id, _ in given.posts])
    posts = [(holders[member_id], post) for member_id, post in given.posts]
    voted_on = election.rounds[-1].held_on or election.held_on  # the last 另行选举's, if any
    findings = office_findings(
        posts, elected, voted_on, given.approved_on, given.filed_on, today, given.submitted_on
    )
    if {m for m, _ in given.posts} - {member_of[i] for i in counted.elected}:
        findings.append(finding("posts", "有不是当选委员的人", Severity.ERROR))
    findings += _texts([("approval_ref", given.approval_ref, "批准文号")])
    if findings:
        raise RecordInvalid(findings)
    assert election.held_on is not None and given.approved_on is not None
    old = session.get(BranchTerm, election.term_id)
    assert old is not None
    old_before = audit.snapshot(old)
    old.start, old.end = branch.term_start, branch.term_end
    old.handed_over_on = given.approved_on
    old.seats = [
        TermSeat(name=s.name, member_id=s.member_id, post=s.post, sort_order=s.sort_order)
        for s in branch.committee
    ]
    new = BranchTerm(number=old.number + 1 if old.number else None, note="")
    session.add(new)
    session.flush()
    audit.record_row(session, old, old_before)
    audit.record_row(session, new, None)

    election_before = audit.snapshot(election)
    election.new_term_id = new.id
    election.filed_on, election.approved_on = given.filed_on, given.approved_on
    election.submitted_on = given.submitted_on
    election.approval_ref = given.approval_ref.strip()

    branch_before = audit.snapshot(branch)
    seats_before = [f"{s.post.value} {s.name}" for s in branch.committee]
    order = sorted(given.posts, key=lambda p: list(CommitteePost).index(p[1]))
    branch.term_start = election.held_on
    branch.term_end = default_term_end(election.held_on)
    branch.committee = [
        CommitteeMember(name=holders[member_id], post=post, sort_order=i, member_id=member_id)
        for i, (member_id, post) in enumerate(order)
    ]
    session.flush()
    audit.record_row(session, election, election_before)
    seats_after = [f"{s.post.value} {s.name}" for s in branch.committee]
    audit.record_row(
        session,
        branch,
        branch_before,
        more=audit.set_changes("支部委员会", seats_before, seats_after),
    )
    return new
