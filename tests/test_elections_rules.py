"""The 换届 rules as dated and arithmetic case tables: the 差额 at 3, 5 and 7 seats, four fifths
present, more than half of those due, ties and the second round, a postponement of at most a
year, who may stand, and when the 首页 reminds."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.glossary import CommitteePost
from dangwu_desktop.core.rulebook import Finding, Severity
from dangwu_desktop.ledgers.elections.book import ElectionState, kept_posts
from dangwu_desktop.ledgers.elections.reminders import judge
from dangwu_desktop.ledgers.elections.rules import (
    Ballot,
    CandidateCheck,
    Timing,
    Vetting,
    ballot_findings,
    candidate_findings,
    count,
    elected_by,
    election_due,
    further_findings,
    least_candidates,
    office_findings,
    quorum_met,
    stroke_order_findings,
    timing_findings,
)

PASSED = Vetting.PASSED


@pytest.mark.parametrize(
    ("seats", "least"), [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 8), (7, 9), (9, 11)]
)
def test_election_margin_is_at_least_a_fifth_more_rounded_up(seats: int, least: int) -> None:
    """3 seats: 0.6 more → 4; 5: one more → 6; 7: 1.4 more → two more, 9."""
    assert least_candidates(seats) == least


@pytest.mark.parametrize(("seats", "candidates", "short"), [(3, 3, True), (3, 4, False), (5, 5, True), (5, 6, False), (7, 8, True), (7, 9, False)])  # fmt: skip
def test_election_candidate_list_short_of_the_margin(
    seats: int, candidates: int, short: bool
) -> None:
    checks = [CandidateCheck(f"候选人{i}", True, vetting=PASSED) for i in range(candidates)]
    found = candidate_findings(seats, checks)
    assert [f.reason for f in found] == (["候选人差额不足"] if short else [])
    if short:
        assert found[0].rule == "election.margin" and "20%" in found[0].citation


def test_election_candidates_must_be_full_members_not_under_probation_and_vetted() -> None:
    checks = [
        CandidateCheck("王五", full_member=False, vetting=PASSED),
        CandidateCheck("赵六", full_member=True, on_probation=True, vetting=PASSED),
        CandidateCheck("钱七", full_member=True, vetting=Vetting.FAILED),
        CandidateCheck("孙八", full_member=True, active=False, vetting=PASSED),
        CandidateCheck("陈静", full_member=True),
    ]
    errors = [f for f in candidate_findings(1, checks) if f.severity is Severity.ERROR]
    assert [f.reason for f in errors] == [
        "王五是预备党员，没有被选举权",
        "赵六在留党察看期间，没有被选举权",
        "钱七未通过资格联审，不能列为候选人",
        "孙八已不在册",
    ]
    assert "第五条" in errors[1].citation and "留党察看" in errors[1].citation
    warnings = [f.reason for f in candidate_findings(1, checks) if f.severity is Severity.WARNING]
    assert warnings == ["还有1名候选人未完成资格联审"]


@pytest.mark.parametrize(
    ("due", "present", "valid"),
    [(5, 4, True), (5, 3, False), (10, 8, True), (10, 7, False), (12, 10, True), (12, 9, False),
     (13, 11, True), (13, 10, False), (45, 36, True), (45, 35, False), (46, 37, True), (46, 36, False)],
)  # fmt: skip
def test_election_quorum_is_four_fifths_of_those_due(due: int, present: int, valid: bool) -> None:
    """Exactly: 实到 × 5 ≥ 应到 × 4 (12 due: 9.6 → 10 needed)."""
    assert quorum_met(due, present) is valid
    found = ballot_findings(Ballot(due, present, present, present, present, 0), 1, [])
    assert [f.rule for f in found] == ([] if valid else ["election.quorum"])


@pytest.mark.parametrize(
    ("due", "votes", "elected"),
    [(10, 5, False), (10, 6, True), (11, 5, False), (11, 6, True), (45, 22, False), (45, 23, True),
     (46, 23, False), (46, 24, True)],
)  # fmt: skip
def test_election_majority_is_more_than_half_of_those_due(
    due: int, votes: int, elected: bool
) -> None:
    """Of those due to attend with a vote, not of those present: 10 due, 8 present, 5 votes is
    more than half of the present but not elected."""
    assert elected_by(due, votes) is elected


@pytest.mark.parametrize(
    ("due", "seats", "votes", "elected", "tied", "tied_seats", "short"),
    [
        (10, 3, {"甲": 9, "乙": 8, "丙": 7, "丁": 3}, ("甲", "乙", "丙"), (), 0, 0),
        # More over half than seats: the most votes take them.
        (10, 3, {"甲": 9, "乙": 8, "丙": 7, "丁": 6}, ("甲", "乙", "丙"), (), 0, 0),
        # 丙 and 丁 tie for the last seat: a second round between them, for one seat.
        (10, 3, {"甲": 9, "乙": 8, "丙": 7, "丁": 7}, ("甲", "乙"), ("丙", "丁"), 1, 0),
        # Three tie for two seats.
        (10, 3, {"甲": 9, "乙": 7, "丙": 7, "丁": 7}, ("甲",), ("乙", "丙", "丁"), 2, 0),
        # A tie below half elects nobody and leaves a seat to a further election.
        (10, 3, {"甲": 9, "乙": 8, "丙": 5, "丁": 5}, ("甲", "乙"), (), 0, 1),
        # A tie within the seats is no tie.
        (10, 3, {"甲": 8, "乙": 8, "丙": 7, "丁": 4}, ("甲", "乙", "丙"), (), 0, 0),
        # 5 of 10 is half, not more: short by all the seats it did not fill.
        (10, 5, {"甲": 6, "乙": 5, "丙": 5, "丁": 5, "戊": 5, "己": 5}, ("甲",), (), 0, 4),
    ],
)
def test_election_count_ties_and_shortfall(
    due: int,
    seats: int,
    votes: dict[str, int],
    elected: tuple[str, ...],
    tied: tuple[str, ...],
    tied_seats: int,
    short: int,
) -> None:
    outcome = count(due, seats, votes)
    assert (outcome.elected, tuple(sorted(outcome.tied)), outcome.tied_seats, outcome.short) == (
        elected,
        tuple(sorted(tied)),
        tied_seats,
        short,
    )


def test_election_ballots_returned_beyond_issued_void_the_election() -> None:
    found = ballot_findings(Ballot(10, 9, 9, 10, 10, 0), 3, [8, 8, 7])
    assert [f.rule for f in found] == ["election.ballots"]
    assert "选举无效" in found[0].reason
    bad_sum = ballot_findings(Ballot(10, 9, 9, 9, 8, 0), 3, [8, 8, 7])
    assert [f.reason for f in bad_sum] == ["有效票与无效票之和应等于收回的选票"]
    too_many = ballot_findings(Ballot(10, 9, 9, 9, 9, 0), 1, [9, 9])
    assert [f.reason for f in too_many] == ["得票总数多于有效票数×应选人数（9）"]


@pytest.mark.parametrize(
    ("timing", "months", "approved", "reasons"),
    [
        (Timing.ON_TIME, None, None, []),
        (Timing.POSTPONED, 6, date(2026, 3, 1), []),
        (Timing.POSTPONED, 12, date(2026, 3, 1), []),
        (Timing.POSTPONED, 13, date(2026, 3, 1), ["延期一般不超过1年"]),
        (Timing.ADVANCED, 3, None, ["提前换届须有上级党组织的批准日期"]),
        (Timing.POSTPONED, None, date(2026, 3, 1), ["请填写延期的月数"]),
    ],
)
def test_election_postponement_or_advance_needs_approval_and_at_most_a_year(
    timing: Timing, months: int | None, approved: date | None, reasons: list[str]
) -> None:
    found = timing_findings(timing, months, approved, date(2026, 11, 30))
    assert [f.reason for f in found] == reasons
    assert all("第三条" in f.citation for f in found)


def test_election_due_moves_with_an_approved_postponement_or_advance() -> None:
    end = date(2026, 4, 18)
    assert election_due(end, Timing.ON_TIME, None) == end
    assert election_due(end, Timing.POSTPONED, 6) == date(2026, 10, 18)
    assert election_due(end, Timing.ADVANCED, 2) == date(2026, 2, 18)


def test_new_committee_is_the_elected_with_one_secretary_approved_after_the_vote() -> None:
    S, D, M = CommitteePost.SECRETARY, CommitteePost.DEPUTY_SECRETARY, CommitteePost.MEMBER
    held, today = date(2026, 3, 20), date(2026, 11, 30)
    ok = office_findings([("甲", S), ("乙", D), ("丙", M)], ["甲", "乙", "丙"], held, date(2026, 3, 28), None, today)  # fmt: skip
    assert ok == []
    found = office_findings([("甲", M), ("丁", M)], ["甲", "乙"], held, date(2026, 3, 1), None, today)  # fmt: skip
    assert [f.reason for f in found] == [
        "新一届委员会应由当选的委员组成",
        "新一届委员会应有1名书记（填了0名）",
        "批准日期早于选举日期",
    ]


TERM_END = date(2026, 4, 18)


def state(**given: object) -> ElectionState:
    values: dict[str, object] = {
        "term_number": 11,
        "term_start": date(2021, 4, 18),
        "term_end": TERM_END,
        "due": TERM_END,
    }
    return ElectionState(**(values | given))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("today", "situation", "expected", "overdue"),
    [
        (date(2025, 10, 17), {}, None, False),  # a day before six months
        (date(2025, 10, 18), {}, "支部委员会任期将于2026-04-18届满（还有182天）：换届还需向上级党组织报送换届请示", False),
        (date(2026, 1, 17), {"request_on": date(2026, 1, 8)},
         "支部委员会任期将于2026-04-18届满（还有91天）：换届还需上级党组织对换届请示的批复、候选人推荐和资格联审、召开支部党员大会选举", False),
        (date(2026, 1, 18), {"request_on": date(2026, 1, 8), "reply_on": date(2026, 1, 15), "candidates": 6},
         "支部委员会任期将于2026-04-18届满（还有90天），已不足三个月：换届还需候选人资格联审（差额不少于20%）、召开支部党员大会选举", False),
        (date(2026, 4, 19), {}, "支部委员会任期已于2026-04-18届满，应及时换届：还需向上级党组织报送换届请示", True),
        # Postponed six months with approval: no longer overdue in May, due in October.
        (date(2026, 5, 10), {"timing": Timing.POSTPONED, "timing_months": 6, "due": date(2026, 10, 18), "request_on": date(2026, 1, 8), "reply_on": date(2026, 1, 15), "candidates": 6, "candidates_ready": True},
         "支部委员会任期2026-04-18届满，经批准延期6个月，应于2026-10-18前换届（还有161天）：换届还需召开支部党员大会选举", False),
        (date(2026, 10, 19), {"timing": Timing.POSTPONED, "timing_months": 6, "due": date(2026, 10, 18)},
         "支部委员会任期已于2026-04-18届满，批准延期的2026-10-18也已过，应立即换届：还需向上级党组织报送换届请示", True),
        (date(2026, 3, 25), {"held_on": date(2026, 3, 20), "elected": ("陈静", "王伟")},
         "新一届支部委员会已于2026-03-20选出（陈静、王伟），还需书记、副书记报上级党组织批准、委员报上级党组织备案", False),
        (date(2026, 3, 25), {"held_on": date(2026, 3, 20), "tie": True},
         "2026-03-20换届选举有票数相等的被选举人，应就票数相等的被选举人再次投票", False),
        (date(2026, 3, 25), {"held_on": date(2026, 3, 20), "short": 1},
         "2026-03-20换届选举当选人数比应选少1名，不足的名额应另行选举", False),
        # Reported for approval on 22 March: what is left is the approval itself.
        (date(2026, 3, 25), {"held_on": date(2026, 3, 20), "elected": ("陈静",), "submitted_on": date(2026, 3, 22), "filed_on": date(2026, 3, 22)},
         "新一届支部委员会已于2026-03-20选出（陈静），还需上级党组织批准书记、副书记（2026-03-22已报批）", False),
    ],
)  # fmt: skip
def test_election_reminders_six_and_three_months_before_and_after(
    today: date, situation: dict[str, object], expected: str | None, overdue: bool
) -> None:
    found = judge(state(**situation), today)
    assert [(r.text, r.overdue) for r in found] == (
        [] if expected is None else [(expected, overdue)]
    )


# 另行选举's list: those not elected, at least as many as the seats left (the 选举办法 decides
# whether more); too few or an unfinished 联审 stops the vote, not the list being drawn up.
FURTHER_LISTS = [
    (1, [CandidateCheck("乙", True, vetting=PASSED)], []),
    (1, [CandidateCheck("乙", True, vetting=PASSED), CandidateCheck("丙", True, vetting=PASSED)], []),
    (2, [CandidateCheck("乙", True, vetting=PASSED)],
     [("另行选举的候选人少于不足的名额", "不足2名，候选人1名", Severity.WARNING)]),
    (1, [CandidateCheck("甲", True, vetting=PASSED, elected=True)],
     [("甲已经当选，不能列为另行选举的候选人", "", Severity.ERROR)]),
    (1, [CandidateCheck("丁", False, vetting=PASSED)],
     [("丁是预备党员，没有被选举权", "", Severity.ERROR)]),
    (1, [CandidateCheck("戊", True)], [("还有1名候选人未完成资格联审", "", Severity.WARNING)]),
    (0, [], [("没有需要另行选举的名额", "", Severity.ERROR)]),
]  # fmt: skip


@pytest.mark.parametrize(("seats", "listed", "found"), FURTHER_LISTS)
def test_further_election_list_is_for_those_not_elected_and_fills_the_seats_left(
    seats: int, listed: list[CandidateCheck], found: list[tuple[str, str, Severity]]
) -> None:
    judged = further_findings(seats, listed)
    assert [(f.reason, f.detail, f.severity) for f in judged] == found
    assert all(f.label == "候选人" for f in judged)


def every_finding() -> list[Finding]:
    """A finding of every kind the 换届 rules make, from input wrong in every way they judge."""
    S, D = CommitteePost.SECRETARY, CommitteePost.DEPUTY_SECRETARY
    held, today = date(2026, 3, 20), date(2026, 3, 25)
    bad = [
        CandidateCheck("甲", True, active=False), CandidateCheck("乙", False),
        CandidateCheck("丙", True, on_probation=True, vetting=Vetting.FAILED),
        CandidateCheck("丙", True, elected=True),
    ]  # fmt: skip
    return [
        *candidate_findings(0, bad),
        *candidate_findings(12, bad),
        *further_findings(0, bad),
        *further_findings(5, bad),
        *ballot_findings(Ballot(0, 1, 2, 3, 1, 1), 1, [-1, 9]),
        *ballot_findings(Ballot(10, 7, 7, 7, 7, 0), 1, [7, 7]),
        *timing_findings(Timing.POSTPONED, 13, date(2026, 4, 1), today),
        *timing_findings(Timing.ADVANCED, None, None, today),
        *office_findings(
            [("甲", S), ("乙", D), ("丙", D)],
            ["甲"],
            None,
            date(2026, 4, 1),
            date(2026, 3, 1),
            today,
            date(2026, 3, 30),
        ),
        *office_findings([], ["甲"], held, None, date(2026, 3, 1), today, date(2026, 3, 1)),
    ]


def test_every_election_finding_names_its_field_in_chinese() -> None:
    """The command line and every dialog print `finding.line`: no attribute's English name."""
    found = every_finding()
    fields = {f.attribute for f in found}
    assert fields >= {
        "seats", "candidates", "due", "present", "issued", "returned", "valid", "votes",
        "timing_months", "timing_approved_on", "posts", "held_on", "approved_on", "filed_on",
        "submitted_on",
    }  # fmt: skip
    english = [f.line for f in found if any("a" <= c.lower() <= "z" for c in f.line)]
    assert english == []
    assert all(f.field_label and f.line.startswith(f.field_label + "：") for f in found)


# The posts offered as the new committee takes office (the committee elects its 书记 and 副书记;
# the votes do not): each re-elected member keeps the post they held, a newcomer is a 委员.
# The outgoing committee: 1 书记, 2 副书记, 3 组织委员; the elected listed most votes first.
S, D, ORG, M = (CommitteePost.SECRETARY, CommitteePost.DEPUTY_SECRETARY,
                CommitteePost.ORGANISATION, CommitteePost.MEMBER)  # fmt: skip
OUTGOING = [(1, S), (2, D), (3, ORG), (None, CommitteePost.PROPAGANDA)]
POST_CASES = [
    ([1, 3, 2], [S, ORG, D]),  # the 副书记 third by votes stays 副书记, the 组织委员 second stays
    ([3, 2, 4], [ORG, D, M]),  # the 书记 not re-elected: nobody is made 书记 by the votes
    ([4, 5, 1], [M, M, S]),
    ([], []),
]


@pytest.mark.parametrize(("elected", "offered"), POST_CASES)
def test_re_elected_members_are_offered_the_posts_they_held(
    elected: list[int], offered: list[CommitteePost]
) -> None:
    assert kept_posts([(m, f"委员{m}") for m in elected], OUTGOING) == offered
    # An old record with the same post twice: the post is offered once.
    assert kept_posts([(1, "甲"), (2, "乙")], [(1, S), (2, S)]) == [S, M]


@pytest.mark.parametrize(
    ("names", "said"),
    [
        (["刘萍莲", "陈静", "杜超林", "沈斌平", "罗玲琴", "傅敏娟"], None),  # 6, 7, 7, 7, 8, 12
        (["陈静", "沈斌平", "杜超林"], None),  # equal counts: the secretary's order stands
        (["陈静", "刘萍莲"], "刘（6画）应在陈（7画）之前"),
        (["王芳", "傅敏娟", "罗玲琴"], "罗（8画）应在傅（12画）之前"),
        (["王芳"], None),
    ],
)
def test_the_ballot_lists_candidates_by_surname_strokes(names: list[str], said: str | None) -> None:
    """选票: 候选人按姓氏笔画为序排列 — a list out of that order is pointed out before printing."""
    findings = stroke_order_findings(names)
    if said is None:
        assert findings == []
    else:
        assert len(findings) == 1 and said in findings[0].message
        assert findings[0].severity is Severity.WARNING and findings[0].label == "候选人"
