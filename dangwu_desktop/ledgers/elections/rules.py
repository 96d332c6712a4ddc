"""换届 rules: when to remind, how many candidates, who may vote and be elected, when the election
is valid, who is elected, ties and the second round, a postponed or advanced election. Pure: no
database session (the service gathers, these judge), each rule in the rule book's form.

《中国共产党基层组织选举工作条例》(2020) is cited by article only where its text was read: 第三条
(the term and its postponement, in the rule book as branch.election_due) and 第五条 (who votes);
the other figures are cited by the document, their article numbers not checked (the 另行选举 of
TIES too: its words were read only as the 党务工作手册 quotes them, not in the 条例's own text).

Every finding is made here with its field's Chinese name (FIELDS), so that no caller — a dialog,
the command line — shows an attribute's English name."""

from __future__ import annotations

import itertools
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
from dangwu_desktop.core.strokes import stroke_count

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

# The fields the 换届 findings name, in the words of the forms.
FIELDS = {
    "seats": "应选人数", "number": "届次", "request_on": "请示日期", "request_ref": "请示文号",
    "reply_on": "批复日期", "reply_ref": "批复文号", "note": "备注", "timing_months": "月数",
    "timing_approved_on": "批准日期", "timing_ref": "批复文号", "candidates": "候选人",
    "recommendations": "推荐票数", "activity": "支部党员大会", "due": "应到", "present": "实到",
    "issued": "发出选票", "returned": "收回选票", "valid": "有效票", "votes": "得票",
    "posts": "委员分工", "held_on": "选举", "submitted_on": "报批日期",
    "approved_on": "批准日期", "filed_on": "备案日期", "approval_ref": "批准文号",
}  # fmt: skip


def finding(
    attribute: str, reason: str, severity: Severity, detail: str = "", rule: Rule | None = None
) -> Finding:
    """A finding on one of the 换届 fields, named in Chinese (an unknown field is a slip here)."""
    label = FIELDS[attribute]
    if rule is not None:
        return rule.finding(attribute, reason, severity, detail, label)
    return Finding(attribute, reason, severity, detail, label=label)


# 候选人


def stroke_order_findings(names: Sequence[str]) -> list[Finding]:
    """The 选票 says its candidates are listed 按姓氏笔画为序: a list whose surnames' stroke counts
    go down somewhere is pointed out (a warning; names of equal count are the secretary's to
    order by their first strokes, which the table does not hold)."""
    for earlier, later in itertools.pairwise(names):
        first, second = stroke_count(earlier[:1]), stroke_count(later[:1])
        if first is not None and second is not None and second < first:
            return [
                finding(
                    "candidates",
                    f"候选人没有按姓氏笔画排列：{later[:1]}（{second}画）应在{earlier[:1]}"
                    f"（{first}画）之前（可点“按姓氏笔画排序”）",
                    Severity.WARNING,
                )
            ]
    return []


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
    elected: bool = False  # already elected in this election (a 另行选举 is for the others)


def candidate_findings(seats: int, candidates: Sequence[CandidateCheck]) -> list[Finding]:
    """The candidate list judged: each candidate eligible and not refused by the 资格联审, and
    enough of them that have passed it. A list short of the 差额 or still awaiting the 联审 is
    an error for the election itself; the service lets the list be saved while it grows."""
    findings: list[Finding] = []
    if seats < 1:
        return [finding("seats", "应选人数至少1人", Severity.ERROR, rule=COMMITTEE_SEATS)]
    if seats > COMMITTEE_MAX_SEATS:
        findings.append(
            finding(
                "seats",
                f"应选{seats}人，超过{COMMITTEE_MAX_SEATS}人",
                Severity.WARNING,
                rule=COMMITTEE_SEATS,
            )
        )
    return findings + standing_findings(candidates) + margin_findings(seats, candidates)


def standing_findings(candidates: Sequence[CandidateCheck]) -> list[Finding]:
    """Each candidate listed once, 在册, a 正式党员 not under 留党察看, not refused by the 联审."""
    findings: list[Finding] = []
    names = [c.name for c in candidates]
    for twice in sorted({n for n in names if names.count(n) > 1}):
        findings.append(finding("candidates", f"{twice}在名单中重复", Severity.ERROR))
    for candidate in candidates:
        if not candidate.active:
            findings.append(
                finding("candidates", f"{candidate.name}已不在册", Severity.ERROR, rule=RIGHTS)
            )
        elif not candidate.full_member:
            findings.append(
                finding(
                    "candidates",
                    f"{candidate.name}是预备党员，没有被选举权",
                    Severity.ERROR,
                    rule=SEAT_FULL_MEMBER,
                )
            )
        elif candidate.on_probation:
            findings.append(
                finding(
                    "candidates",
                    f"{candidate.name}在留党察看期间，没有被选举权",
                    Severity.ERROR,
                    rule=RIGHTS,
                )
            )
        if candidate.vetting is Vetting.FAILED:
            findings.append(
                finding(
                    "candidates", f"{candidate.name}未通过资格联审，不能列为候选人", Severity.ERROR
                )
            )
    return findings


def further_findings(seats: int, candidates: Sequence[CandidateCheck]) -> list[Finding]:
    """The candidates of a 另行选举 for the `seats` the election left empty: each eligible and not
    already elected, and at least as many as the seats (the 选举办法 says whether more: 等额 or
    差额). Too few, or a 联审 still pending, are warnings while the list is drawn up and stop
    the vote."""
    if seats < 1:
        return [finding("candidates", "没有需要另行选举的名额", Severity.ERROR, rule=TIES)]
    findings = standing_findings(candidates)
    findings += [
        finding("candidates", f"{c.name}已经当选，不能列为另行选举的候选人", Severity.ERROR)
        for c in candidates
        if c.elected
    ]
    if len(candidates) < seats:
        findings.append(
            finding(
                "candidates",
                "另行选举的候选人少于不足的名额",
                Severity.WARNING,
                f"不足{seats}名，候选人{len(candidates)}名",
                rule=TIES,
            )
        )
    pending = sum(c.vetting is Vetting.PENDING for c in candidates)
    if pending:
        findings.append(
            finding("candidates", f"还有{pending}名候选人未完成资格联审", Severity.WARNING)
        )
    return findings


def margin_findings(seats: int, candidates: Sequence[CandidateCheck]) -> list[Finding]:
    """差额 and 联审: what stops the list going to the vote (warnings while it is drawn up)."""
    passed = sum(c.vetting is Vetting.PASSED for c in candidates)
    pending = sum(c.vetting is Vetting.PENDING for c in candidates)
    findings = []
    least = least_candidates(seats)
    if len(candidates) < least:
        findings.append(
            finding(
                "candidates",
                "候选人差额不足",
                Severity.WARNING,
                f"应选{seats}人，候选人至少{least}人，现有{len(candidates)}人",
                rule=MARGIN,
            )
        )
    if pending:
        findings.append(
            finding("candidates", f"还有{pending}名候选人未完成资格联审", Severity.WARNING)
        )
    elif len(candidates) >= least and passed < least:
        findings.append(
            finding(
                "candidates",
                "通过资格联审的候选人差额不足",
                Severity.WARNING,
                f"应选{seats}人，至少{least}人，通过{passed}人",
                rule=MARGIN,
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
        findings.append(finding("due", "应到会有选举权的人数须至少1人", Severity.ERROR))
    if b.present > b.due:
        findings.append(finding("present", "实到人数多于应到人数", Severity.ERROR))
    elif b.due and not quorum_met(b.due, b.present):
        findings.append(
            finding(
                "present",
                "到会人数不足五分之四，选举无效",
                Severity.ERROR,
                f"应到{b.due}人，至少{least_present(b.due)}人到会，实到{b.present}人",
                rule=QUORUM_RULE,
            )
        )
    if b.issued > b.present:
        findings.append(finding("issued", "发出的选票多于实到人数", Severity.ERROR))
    if b.returned > b.issued:
        findings.append(
            finding(
                "returned",
                "收回的选票多于发出的选票，选举无效，应重新选举",
                Severity.ERROR,
                f"发出{b.issued}张，收回{b.returned}张",
                rule=BALLOTS,
            )
        )
    if b.valid + b.void != b.returned:
        findings.append(
            finding(
                "valid",
                "有效票与无效票之和应等于收回的选票",
                Severity.ERROR,
                f"有效{b.valid}张＋无效{b.void}张，收回{b.returned}张",
            )
        )
    if any(v < 0 for v in (b.due, b.present, b.issued, b.returned, b.valid, b.void, *votes)):
        findings.append(finding("votes", "人数和票数不能为负数", Severity.ERROR))
    if any(v > b.valid for v in votes):
        findings.append(finding("votes", "有候选人的得票多于有效票", Severity.ERROR))
    if sum(votes) > b.valid * seats:
        findings.append(
            finding("votes", f"得票总数多于有效票数×应选人数（{b.valid * seats}）", Severity.ERROR)
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
            finding(
                "timing_months", f"请填写{timing.value}的月数", Severity.ERROR, rule=ELECTION_DUE
            )
        )
    elif months > MOST_MONTHS:
        findings.append(
            finding(
                "timing_months",
                f"{timing.value}一般不超过1年",
                Severity.ERROR,
                f"填写的是{months}个月",
                rule=ELECTION_DUE,
            )
        )
    if approved_on is None:
        findings.append(
            finding(
                "timing_approved_on",
                f"{timing.value}换届须有上级党组织的批准日期",
                Severity.ERROR,
                rule=ELECTION_DUE,
            )
        )
    elif approved_on > today:
        findings.append(finding("timing_approved_on", "批准日期晚于今天", Severity.ERROR))
    return findings


# 新一届委员会


def office_findings(
    posts: Sequence[tuple[str, CommitteePost]],
    elected: Sequence[str],
    held_on: date | None,
    approved_on: date | None,
    filed_on: date | None,
    today: date,
    submitted_on: date | None = None,
) -> list[Finding]:
    """The new committee as it takes office: exactly the elected, one 书记, at most one 副书记,
    the 书记、副书记 reported (报批) and approved (the day it takes office) after the election,
    approved after they were reported, none of it in the future; the 委员 filed (备案) after the
    election."""
    findings = []
    names = [name for name, _ in posts]
    if sorted(names) != sorted(elected):
        findings.append(
            finding(
                "posts",
                "新一届委员会应由当选的委员组成",
                Severity.ERROR,
                f"当选：{'、'.join(elected) or '无'}；填写：{'、'.join(names) or '无'}",
            )
        )
    secretaries = sum(post is CommitteePost.SECRETARY for _, post in posts)
    if secretaries != 1:
        findings.append(
            finding("posts", f"新一届委员会应有1名书记（填了{secretaries}名）", Severity.ERROR)
        )
    if sum(post is CommitteePost.DEPUTY_SECRETARY for _, post in posts) > 1:
        findings.append(finding("posts", "副书记至多1名", Severity.ERROR, rule=COMMITTEE_SEATS))
    if held_on is None:
        findings.append(finding("held_on", "选举尚未完成，不能到任", Severity.ERROR))
    if approved_on is None:
        findings.append(
            finding(
                "approved_on",
                "请填写上级党组织批准书记、副书记的日期",
                Severity.ERROR,
                rule=REPORTING,
            )
        )
    else:
        if held_on is not None and approved_on < held_on:
            findings.append(finding("approved_on", "批准日期早于选举日期", Severity.ERROR))
        if approved_on > today:
            findings.append(finding("approved_on", "批准日期晚于今天", Severity.ERROR))
    if submitted_on is not None:
        if held_on is not None and submitted_on < held_on:
            findings.append(finding("submitted_on", "报批日期早于选举日期", Severity.ERROR))
        if approved_on is not None and approved_on < submitted_on:
            findings.append(finding("approved_on", "批准日期早于报批日期", Severity.ERROR))
        if submitted_on > today:
            findings.append(finding("submitted_on", "报批日期晚于今天", Severity.ERROR))
    if filed_on is not None and filed_on > today:
        findings.append(finding("filed_on", "备案日期晚于今天", Severity.ERROR))
    if filed_on is not None and held_on is not None and filed_on < held_on:
        findings.append(finding("filed_on", "备案日期早于选举日期", Severity.ERROR))
    return findings
