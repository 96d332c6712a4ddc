"""换届 rules: when to remind, how many candidates, who may vote and be elected, when the election
is valid, who is elected, ties and the second round, a postponed or advanced election. Pure: no
database session (the service gathers, these judge), each rule in the rule book's form.

《中国共产党基层组织选举工作条例》(2020) is cited by article only where its text was read: 第三条
(the term and its postponement, in the rule book as branch.election_due) and 第五条 (who votes);
the other figures are cited by the document, their article numbers not checked."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from dangwu_desktop.core.dates import add_months
from dangwu_desktop.core.glossary import CommitteePost
from dangwu_desktop.core.rulebook import (
    COMMITTEE_MAX_SEATS,
    COMMITTEE_SEATS,
    ELECTION_DUE,
    ELECTION_REGULATIONS,
    SEAT_FULL_MEMBER,
    Finding,
    Rule,
    Severity,
)

ELECTION_CHECKS = "换届选举（候选人名单、计票、新一届委员会）"
REMIND_MONTHS = (6, 3)  # 首页: six and three months before the term ends
MARGIN_PERCENT = 20
QUORUM = (4, 5)  # at least four fifths of those with a vote present
MOST_MONTHS = 12  # a postponement or advance, at most a year


class Timing(StrEnum):
    """Whether the election is held when the term ends, or later or earlier by approval."""

    ON_TIME = "按期"
    POSTPONED = "延期"
    ADVANCED = "提前"


class Vetting(StrEnum):
    """资格联审: the township's joint review of a candidate's qualifications."""

    PENDING = "待审"
    PASSED = "通过"
    FAILED = "未通过"


RIGHTS = Rule(
    "election.rights",
    "只有正式党员有选举权和被选举权；预备党员、留党察看期间的党员没有",
    f"{ELECTION_REGULATIONS}第五条：正式党员有表决权、选举权、被选举权。受留党察看处分的党员在"
    "留党察看期间没有表决权、选举权和被选举权；预备党员没有表决权、选举权和被选举权",
    used_in=ELECTION_CHECKS,
)  # fmt: skip
MARGIN = Rule(
    "election.margin",
    "委员候选人应多于应选人数，差额不少于应选人数的20%",
    f"{ELECTION_REGULATIONS}：委员候选人实行差额选举，候选人数多于应选人数的差额不少于应选人数的20%",
    figure="差额不少于20%（3人选4人，5人选6人，7人选9人）", used_in=ELECTION_CHECKS,
)  # fmt: skip
QUORUM_RULE = Rule(
    "election.quorum",
    "选举时有选举权的到会人数不少于应到会人数的五分之四，会议有效",
    f"{ELECTION_REGULATIONS}：进行选举时，有选举权的到会人数不少于应到会人数的4/5，会议有效",
    figure="到会不少于4/5", used_in=ELECTION_CHECKS,
)  # fmt: skip
BALLOTS = Rule(
    "election.ballots",
    "收回的选票等于或少于发出的选票，选举有效；多于发出的选票，选举无效，应重新选举",
    f"{ELECTION_REGULATIONS}：收回的选票等于或者少于发出的选票，选举有效；多于发出的选票，"
    "选举无效，应当重新进行选举",
    used_in=ELECTION_CHECKS,
)  # fmt: skip
MAJORITY = Rule(
    "election.majority",
    "被选举人获得的赞成票超过应到会有选举权的党员人数的一半，始得当选",
    f"{ELECTION_REGULATIONS}：被选举人获得的赞成票超过应到会有选举权人数的一半，始得当选",
    figure="超过应到会有选举权人数的一半", used_in=ELECTION_CHECKS,
)  # fmt: skip
TIES = Rule(
    "election.ties",
    "得票过半数的多于应选名额时以得票多少为序取足名额；票数相等不能确定当选人的，就票数相等的"
    "被选举人再次投票，得票多的当选；少于应选名额的，不足的名额另行选举",
    f"{ELECTION_REGULATIONS}：获得赞成票超过半数的被选举人数多于应选名额时，以得票多少为序，"
    "至取足应选名额为止；如遇票数相等不能确定当选人时，应当就票数相等的被选举人再次投票，"
    "得票多的当选。获得赞成票超过半数的被选举人数少于应选名额时，不足的名额另行选举",
    used_in=ELECTION_CHECKS,
)  # fmt: skip
REPORTING = Rule(
    "election.reporting",
    "选出的委员报上级党组织备案；书记、副书记报上级党组织批准",
    f"{ELECTION_REGULATIONS}：党的基层委员会、总支部委员会、支部委员会选出的书记、副书记，"
    "报上级党组织批准；选出的委员，报上级党组织备案",
    used_in="新一届委员会到任、首页提醒",
)  # fmt: skip

RULES: tuple[Rule, ...] = (RIGHTS, MARGIN, QUORUM_RULE, BALLOTS, MAJORITY, TIES, REPORTING)


# 候选人


def least_candidates(seats: int) -> int:
    """The fewest candidates for `seats`: the difference at least 20 % of the seats, rounded up
    (a difference of 1.4 is two people)."""
    return seats + -(-seats * MARGIN_PERCENT // 100)


@dataclass(frozen=True, slots=True)
class CandidateCheck:
    name: str
    full_member: bool  # 正式党员 on the day
    on_probation: bool = False  # 留党察看, by the branch's recorded decision
    active: bool = True  # 在册
    vetting: Vetting = Vetting.PENDING


def candidate_findings(seats: int, candidates: Sequence[CandidateCheck]) -> list[Finding]:
    """The candidate list judged: each candidate eligible and not refused by the 资格联审, and
    enough of them that have passed it. A list short of the 差额 or still awaiting the 联审 is
    an error for the election itself; the service lets the list be saved while it grows."""
    findings: list[Finding] = []
    if seats < 1:
        return [COMMITTEE_SEATS.finding("seats", "应选人数至少1人", Severity.ERROR)]
    if seats > COMMITTEE_MAX_SEATS:
        findings.append(
            COMMITTEE_SEATS.finding(
                "seats", f"应选{seats}人，超过{COMMITTEE_MAX_SEATS}人", Severity.WARNING
            )
        )
    names = [c.name for c in candidates]
    for twice in sorted({n for n in names if names.count(n) > 1}):
        findings.append(Finding("candidates", f"{twice}在名单中重复", Severity.ERROR))
    for candidate in candidates:
        if not candidate.active:
            findings.append(
                RIGHTS.finding("candidates", f"{candidate.name}已不在册", Severity.ERROR)
            )
        elif not candidate.full_member:
            findings.append(
                SEAT_FULL_MEMBER.finding(
                    "candidates", f"{candidate.name}是预备党员，没有被选举权", Severity.ERROR
                )
            )
        elif candidate.on_probation:
            findings.append(
                RIGHTS.finding(
                    "candidates", f"{candidate.name}在留党察看期间，没有被选举权", Severity.ERROR
                )
            )
        if candidate.vetting is Vetting.FAILED:
            findings.append(
                Finding(
                    "candidates", f"{candidate.name}未通过资格联审，不能列为候选人", Severity.ERROR
                )
            )
    return findings + margin_findings(seats, candidates)


def margin_findings(seats: int, candidates: Sequence[CandidateCheck]) -> list[Finding]:
    """差额 and 联审: what stops the list going to the vote (warnings while it is drawn up)."""
    passed = sum(c.vetting is Vetting.PASSED for c in candidates)
    pending = sum(c.vetting is Vetting.PENDING for c in candidates)
    findings = []
    least = least_candidates(seats)
    if len(candidates) < least:
        findings.append(
            MARGIN.finding(
                "candidates",
                "候选人差额不足",
                Severity.WARNING,
                f"应选{seats}人，候选人至少{least}人，现有{len(candidates)}人",
            )
        )
    if pending:
        findings.append(
            Finding("candidates", f"还有{pending}名候选人未完成资格联审", Severity.WARNING)
        )
    elif len(candidates) >= least and passed < least:
        findings.append(
            MARGIN.finding(
                "candidates",
                "通过资格联审的候选人差额不足",
                Severity.WARNING,
                f"应选{seats}人，至少{least}人，通过{passed}人",
            )
        )
    return findings


# 选举


def quorum_met(due: int, present: int) -> bool:
    """At least four fifths of those with a vote due are present (exact: 5 × 实到 ≥ 4 × 应到)."""
    return due > 0 and present * QUORUM[1] >= due * QUORUM[0]


def least_present(due: int) -> int:
    return -(-due * QUORUM[0] // QUORUM[1])


def elected_by(due: int, votes: int) -> bool:
    """More than half of those with a vote due to attend (应到会), not of those present."""
    return votes * 2 > due


@dataclass(frozen=True, slots=True)
class Ballot:
    """One round's figures as the 计票单 has them."""

    due: int  # 应到会有选举权
    present: int  # 实到会有选举权
    issued: int
    returned: int
    valid: int
    void: int


def ballot_findings(ballot: Ballot, seats: int, votes: Sequence[int]) -> list[Finding]:
    """The figures of a round: the meeting valid (four fifths), the ballots counted right, and
    no candidate with more votes than valid ballots. Every finding is an error: a round with one
    is not an election, and is held again."""
    b = ballot
    findings = []
    if b.due < 1:
        findings.append(Finding("due", "应到会有选举权的人数须至少1人", Severity.ERROR))
    if b.present > b.due:
        findings.append(Finding("present", "实到人数多于应到人数", Severity.ERROR))
    elif b.due and not quorum_met(b.due, b.present):
        findings.append(
            QUORUM_RULE.finding(
                "present",
                "到会人数不足五分之四，选举无效",
                Severity.ERROR,
                f"应到{b.due}人，至少{least_present(b.due)}人到会，实到{b.present}人",
            )
        )
    if b.issued > b.present:
        findings.append(Finding("issued", "发出的选票多于实到人数", Severity.ERROR))
    if b.returned > b.issued:
        findings.append(
            BALLOTS.finding(
                "returned",
                "收回的选票多于发出的选票，选举无效，应重新选举",
                Severity.ERROR,
                f"发出{b.issued}张，收回{b.returned}张",
            )
        )
    if b.valid + b.void != b.returned:
        findings.append(
            Finding(
                "valid",
                "有效票与无效票之和应等于收回的选票",
                Severity.ERROR,
                f"有效{b.valid}张＋无效{b.void}张，收回{b.returned}张",
            )
        )
    if any(v < 0 for v in (b.due, b.present, b.issued, b.returned, b.valid, b.void, *votes)):
        findings.append(Finding("votes", "人数和票数不能为负数", Severity.ERROR))
    if any(v > b.valid for v in votes):
        findings.append(Finding("votes", "有候选人的得票多于有效票", Severity.ERROR))
    if sum(votes) > b.valid * seats:
        findings.append(
            Finding("votes", f"得票总数多于有效票数×应选人数（{b.valid * seats}）", Severity.ERROR)
        )
    return findings


K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Outcome(Generic[K]):
    """A round counted: who is elected (by votes, most first), who are tied for the last seats
    and vote again, and how many seats are left for a further election (另行选举)."""

    elected: tuple[K, ...]
    tied: tuple[K, ...] = ()
    tied_seats: int = 0  # the seats the tied contend for in the second round
    short: int = 0

    @property
    def settled(self) -> bool:
        return not self.tied


def count(due: int, seats: int, votes: Mapping[K, int]) -> Outcome[K]:
    """Who is elected to `seats` with these votes, `due` being those with a vote due to attend:
    more than half of `due` is needed; with more such than seats, the most votes take them, and a
    tie for the last seats goes to a second round among the tied (for those seats only)."""
    over = sorted((k for k, v in votes.items() if elected_by(due, v)), key=lambda k: -votes[k])
    if len(over) <= seats:
        return Outcome(tuple(over), short=seats - len(over))
    cut = votes[over[seats - 1]]
    above = tuple(k for k in over if votes[k] > cut)
    level = tuple(k for k in over if votes[k] == cut)
    if len(above) + len(level) == seats:  # the last seats' votes are level, but not contended
        return Outcome(above + level)
    return Outcome(above, level, seats - len(above))


# 延期、提前


def election_due(term_end: date, timing: Timing, months: int | None) -> date:
    """When the election is due: the term's end, moved by an approved postponement or advance."""
    if timing is Timing.ON_TIME or not months:
        return term_end
    return add_months(term_end, months if timing is Timing.POSTPONED else -months)


def timing_findings(
    timing: Timing, months: int | None, approved_on: date | None, today: date
) -> list[Finding]:
    """A postponed or advanced election needs the higher committee's approval and moves by at
    most a year (第三条)."""
    if timing is Timing.ON_TIME:
        return []
    findings = []
    if not months or months < 1:
        findings.append(
            ELECTION_DUE.finding("timing_months", f"请填写{timing.value}的月数", Severity.ERROR)
        )
    elif months > MOST_MONTHS:
        findings.append(
            ELECTION_DUE.finding(
                "timing_months",
                f"{timing.value}一般不超过1年",
                Severity.ERROR,
                f"填写的是{months}个月",
            )
        )
    if approved_on is None:
        findings.append(
            ELECTION_DUE.finding(
                "timing_approved_on", f"{timing.value}换届须有上级党组织的批准日期", Severity.ERROR
            )
        )
    elif approved_on > today:
        findings.append(Finding("timing_approved_on", "批准日期晚于今天", Severity.ERROR))
    return findings


# 新一届委员会


def office_findings(
    posts: Sequence[tuple[str, CommitteePost]],
    elected: Sequence[str],
    held_on: date | None,
    approved_on: date | None,
    filed_on: date | None,
    today: date,
) -> list[Finding]:
    """The new committee as it takes office: exactly the elected, one 书记, at most one 副书记,
    the 书记、副书记 approved (the day it takes office) after the election and not in the future."""
    findings = []
    names = [name for name, _ in posts]
    if sorted(names) != sorted(elected):
        findings.append(
            Finding(
                "posts",
                "新一届委员会应由当选的委员组成",
                Severity.ERROR,
                f"当选：{'、'.join(elected) or '无'}；填写：{'、'.join(names) or '无'}",
            )
        )
    secretaries = sum(post is CommitteePost.SECRETARY for _, post in posts)
    if secretaries != 1:
        findings.append(
            Finding("posts", f"新一届委员会应有1名书记（填了{secretaries}名）", Severity.ERROR)
        )
    if sum(post is CommitteePost.DEPUTY_SECRETARY for _, post in posts) > 1:
        findings.append(COMMITTEE_SEATS.finding("posts", "副书记至多1名", Severity.ERROR))
    if held_on is None:
        findings.append(Finding("held_on", "选举尚未完成，不能到任", Severity.ERROR))
    if approved_on is None:
        findings.append(
            REPORTING.finding(
                "approved_on", "请填写上级党组织批准书记、副书记的日期", Severity.ERROR
            )
        )
    else:
        if held_on is not None and approved_on < held_on:
            findings.append(Finding("approved_on", "批准日期早于选举日期", Severity.ERROR))
        if approved_on > today:
            findings.append(Finding("approved_on", "批准日期晚于今天", Severity.ERROR))
    if filed_on is not None and held_on is not None and filed_on < held_on:
        findings.append(Finding("filed_on", "备案日期早于选举日期", Severity.ERROR))
    return findings
