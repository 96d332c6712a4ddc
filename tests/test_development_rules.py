"""发展党员's time rules as dated case tables, one test per rule and named after it: what each
recorded step is judged by (errors only for what cannot be, 提示 for late, early, short or out of
order), and what falls due next."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dangwu_desktop.core.rulebook import GENERAL_MEETING_QUORUM, Finding, Severity, TopicVote
from dangwu_desktop.ledgers.development.rules import (
    ACTIVIST_AFTER,
    AGE,
    APPROVAL,
    ASSESSMENT,
    CANDIDATE_AFTER,
    CONFIRMATION_APPROVAL,
    CONTACTS_RULE,
    DATED,
    DEFAULT_STEPS,
    INTRODUCERS_RULE,
    MEETING_LINK,
    ORDER,
    PUBLICITY,
    RULES,
    TALK,
    TRAINING,
    Done,
    Helper,
    Limits,
    Rule,
    circled,
    dues,
    step_findings,
)

TODAY = date(2026, 11, 30)
BIRTH = date(1996, 5, 20)
ERROR, WARNING = Severity.ERROR, Severity.WARNING
FULL, PROBATIONARY = Helper("陈静", True), Helper("赵敏", False)
COMMITTEE, GENERAL = "支部委员会会议", "支部党员大会"


def d(text: str) -> date:
    return date.fromisoformat(text)


def judged(
    done: Done, *history: Done, birth: date | None = BIRTH, limits: Limits | None = None
) -> list[Finding]:
    return step_findings(DEFAULT_STEPS, done, list(history), birth, TODAY, limits or Limits())


def verdict(found: list[Finding], rule: Rule) -> Severity | None:
    """The gravest finding of `rule` among `found`, or None when the rule says nothing."""
    mine = [f.severity for f in found if f.rule == rule.id]
    return ERROR if ERROR in mine else (WARNING if mine else None)


@pytest.mark.parametrize(
    ("birth", "applied", "expected"),
    [
        ("2008-03-02", "2026-03-02", None),  # eighteen on the day
        ("2008-03-03", "2026-03-02", ERROR),  # a day short of eighteen
        ("2010-07-01", "2026-03-02", ERROR),
        ("1960-01-01", "2026-03-02", None),
    ],
)
def test_development_age(birth: str, applied: str, expected: Severity | None) -> None:
    found = judged(Done("application", d(applied)), birth=d(birth))
    assert verdict(found, AGE) is expected
    if expected:
        assert "未满十八周岁" in found[0].line and "第五条" in found[0].citation


@pytest.mark.parametrize(
    ("applied", "talk", "expected"),
    [
        ("2026-03-02", "2026-03-02", None),
        ("2026-03-02", "2026-04-02", None),  # one month to the day
        ("2026-03-02", "2026-04-03", WARNING),
        ("2026-01-31", "2026-02-28", None),  # a month from the 31st ends on the month's last day
        ("2026-01-31", "2026-03-01", WARNING),
    ],
)
def test_development_talk_within_a_month(
    applied: str, talk: str, expected: Severity | None
) -> None:
    found = judged(Done("talk", d(talk)), Done("application", d(applied)))
    assert verdict(found, TALK) is expected


@pytest.mark.parametrize(
    ("activist", "months", "expected"),
    [
        ("2026-09-01", 6, WARNING),  # a day short of six months after applying
        ("2026-09-02", 6, None),
        ("2026-06-02", 3, None),
        ("2026-04-01", 0, None),  # 0: the branch's rules set no such wait
    ],
)
def test_development_activist_after_applying(
    activist: str, months: int, expected: Severity | None
) -> None:
    found = judged(
        Done("activist", d(activist)),
        Done("application", d("2026-03-02")),
        Done("talk", d("2026-03-10")),
        limits=Limits(activist_after_months=months),
    )
    assert verdict(found, ACTIVIST_AFTER) is expected


@pytest.mark.parametrize(
    ("earlier", "assessed", "expected"),
    [
        ([], "2025-09-10", None),  # six months after being made an 积极分子
        ([], "2025-09-11", WARNING),
        (["2025-09-01"], "2026-03-01", None),  # six months after the last 考察
        (["2025-09-01"], "2026-03-20", WARNING),
    ],
)
def test_development_assessment_half_yearly(
    earlier: list[str], assessed: str, expected: Severity | None
) -> None:
    history = [Done("activist", d("2025-03-10")), *(Done("assessment", d(e)) for e in earlier)]
    found = judged(Done("assessment", d(assessed)), *history)
    assert verdict(found, ASSESSMENT) is expected


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [("2026-03-09", WARNING), ("2026-03-10", None), ("2026-09-01", None)],
)
def test_development_candidate_after_a_year(candidate: str, expected: Severity | None) -> None:
    found = judged(
        Done("candidate", d(candidate)),
        Done("activist", d("2025-03-10")),
        Done("assessment", d("2025-09-01")),
    )
    assert verdict(found, CANDIDATE_AFTER) is expected


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ((), WARNING),
        ((FULL,), None),
        ((FULL, Helper("王伟", True)), None),
        ((FULL, Helper("王伟", True), Helper("李红", True)), WARNING),
        ((PROBATIONARY,), WARNING),  # a 预备党员 is no 培养联系人
    ],
)
def test_development_contacts(people: tuple[Helper, ...], expected: Severity | None) -> None:
    found = judged(Done("contacts", d("2026-06-01"), people=people))
    assert verdict(found, CONTACTS_RULE) is expected


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ((FULL, Helper("王伟", True)), None),
        ((FULL,), WARNING),
        ((FULL, PROBATIONARY), WARNING),
        ((FULL, Helper("王伟", True), Helper("李红", True)), WARNING),
    ],
)
def test_development_introducers(people: tuple[Helper, ...], expected: Severity | None) -> None:
    found = judged(Done("introducers", d("2026-06-01"), people=people))
    assert verdict(found, INTRODUCERS_RULE) is expected


@pytest.mark.parametrize(
    ("start", "end", "hours", "expected"),
    [
        ("2026-06-01", "2026-06-03", None, None),  # three days
        ("2026-06-01", "2026-06-02", 24.0, None),  # two days, but 24 学时
        ("2026-06-01", "2026-06-02", 16.0, WARNING),
        ("2026-06-01", None, 8.0, WARNING),  # one day of eight hours
        ("2026-06-03", "2026-06-01", None, ERROR),  # ends before it began
    ],
)
def test_development_training(
    start: str, end: str | None, hours: float | None, expected: Severity | None
) -> None:
    done = Done("training", d(start), d(end) if end else None, hours)
    assert verdict(judged(done), TRAINING) is expected


@pytest.mark.parametrize(
    ("start", "end", "days", "expected"),
    [
        ("2026-05-06", "2026-05-12", 7, None),  # seven days, both ends counted
        ("2026-05-06", "2026-05-11", 7, WARNING),
        ("2026-05-06", "2026-05-10", 5, None),  # a branch whose rules say five days
        ("2026-05-12", "2026-05-06", 7, ERROR),
    ],
)
def test_development_publicity(start: str, end: str, days: int, expected: Severity | None) -> None:
    done = Done("committee_review", d("2026-05-05"), publicity=(d(start), d(end)))
    assert verdict(judged(done, limits=Limits(publicity_days=days)), PUBLICITY) is expected


@pytest.mark.parametrize(
    ("vote", "expected"),
    [
        (TopicVote(10, 6, 6), None),  # more than half present, more than half of ten in favour
        (TopicVote(10, 6, 5, 1), ERROR),  # five of ten is not more than half
        (TopicVote(10, 5, 5), ERROR),  # five present: no quorum
        (TopicVote(10, 11, 11), ERROR),  # more present than due: cannot be
        (None, None),  # the vote is in the linked meeting record
    ],
)
def test_meeting_general_quorum_admits(vote: TopicVote | None, expected: Severity | None) -> None:
    """The admission (⑮) and the 转正 (㉓) are voted on under the rule book's 第十一条 rule."""
    for code in ("admission", "confirmation_meeting"):
        found = judged(Done(code, d("2026-05-20"), vote=vote))
        assert verdict(found, GENERAL_MEETING_QUORUM) is expected


@pytest.mark.parametrize(
    ("code", "meeting", "expected"),
    [
        ("activist", (COMMITTEE, "2026-06-05"), None),
        ("activist", (GENERAL, "2026-06-05"), ERROR),
        ("activist", (COMMITTEE, "2026-06-04"), ERROR),  # another day's meeting
        ("admission", (GENERAL, "2026-06-05"), None),
        ("admission", (COMMITTEE, "2026-06-05"), ERROR),
        ("talk", (COMMITTEE, "2026-06-05"), ERROR),  # no meeting decides a talk
    ],
)
def test_development_meeting(
    code: str, meeting: tuple[str, str], expected: Severity | None
) -> None:
    done = Done(code, d("2026-06-05"), meeting=(meeting[0], d(meeting[1])))
    assert verdict(judged(done), MEETING_LINK) is expected


@pytest.mark.parametrize(
    ("approved", "expected", "says"),
    [
        ("2026-08-20", None, ""),  # three months after the vote
        ("2026-08-21", WARNING, "审批超过三个月"),
        ("2026-11-21", WARNING, "审批超过六个月"),
    ],
)
def test_development_approval_within_three_months(
    approved: str, expected: Severity | None, says: str
) -> None:
    found = judged(Done("approval", d(approved)), Done("admission", d("2026-05-20")))
    assert verdict(found, APPROVAL) is expected
    assert says in "".join(f.line for f in found)


@pytest.mark.parametrize(("approved", "expected"), [("2026-09-01", None), ("2026-09-02", WARNING)])
def test_development_confirmation_approval(approved: str, expected: Severity | None) -> None:
    found = judged(
        Done("confirmation_approval", d(approved)),
        Done("admission", d("2025-05-20")),
        Done("confirmation_meeting", d("2026-06-01")),
    )
    assert verdict(found, CONFIRMATION_APPROVAL) is expected


@pytest.mark.parametrize(
    ("done", "history", "expected"),
    [
        # A step of a later stage dated before one of an earlier stage cannot be.
        (("candidate", "2026-01-10"), [("activist", "2026-02-01")], ERROR),
        (("activist", "2026-02-01"), [("candidate", "2026-01-10")], ERROR),
        (("admission", "2026-05-01"), [("candidate", "2026-06-01")], ERROR),
        # Within a stage the order is only pointed out (a 备案 may precede the 联系人).
        (("activist_filed", "2026-01-31"), [("activist", "2026-02-01")], WARNING),
        (("application", "2026-03-05"), [("talk", "2026-03-02")], WARNING),
        # Steps skipped are pointed out; the usual order, all recorded, says nothing.
        (("activist", "2026-09-10"), [], WARNING),
        (("talk", "2026-03-10"), [("application", "2026-03-02")], None),
        (("candidate", "2026-01-10"), [("activist", "2026-01-10")], WARNING),  # ④–⑥ missing
    ],
)
def test_development_order(
    done: tuple[str, str], history: list[tuple[str, str]], expected: Severity | None
) -> None:
    found = judged(Done(done[0], d(done[1])), *(Done(c, d(day)) for c, day in history))
    assert verdict(found, ORDER) is expected


@pytest.mark.parametrize(("day", "expected"), [("2026-11-30", None), ("2026-12-01", ERROR)])
def test_development_dated(day: str, expected: Severity | None) -> None:
    assert verdict(judged(Done("application", d(day))), DATED) is expected


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([], ["①递交入党申请书"]),
        ([("application", "2026-03-02")], ["②党组织派人谈话，应在2026-04-02前"]),
        (
            [("application", "2025-03-02"), ("talk", "2025-03-10")],
            ["③推荐和确定入党积极分子，2025-09-02起"],
        ),
        (
            [("activist", "2025-09-10"), ("contacts", "2025-09-12")],
            ["⑥培养教育考察，应在2026-03-10前", "⑦确定发展对象，2026-09-10起"],
        ),
        (
            [("activist", "2025-09-10"), ("assessment", "2026-03-01")],
            ["⑥培养教育考察，应在2026-09-01前", "⑦确定发展对象，2026-09-10起"],
        ),
        ([("admission", "2026-05-20")], ["⑯上级党委派人谈话"]),
        (
            [("admission", "2026-05-20"), ("approval_talk", "2026-06-01")],
            ["⑰上级党委审批，应在2026-08-20前"],
        ),
        (
            [("admission", "2025-05-20"), ("confirmation_request", "2026-05-01")],
            ["㉓支部大会讨论，应在2026-05-20前"],
        ),
        ([("confirmation_meeting", "2026-06-01")], ["㉔上级党委审批，应在2026-09-01前"]),
        ([("archive", "2026-10-01")], []),
    ],
)
def test_what_is_due_next(history: list[tuple[str, str]], expected: list[str]) -> None:
    found = dues(DEFAULT_STEPS, [Done(code, d(day)) for code, day in history])
    assert [due.text for due in found] == expected


def test_the_due_of_a_step_comes_within_thirty_days_or_is_overdue() -> None:
    (due,) = dues(DEFAULT_STEPS, [Done("application", d("2026-11-01"))])
    assert due.by == d("2026-12-01")
    assert due.due_within(TODAY) and not due.overdue(TODAY)
    assert due.overdue(d("2026-12-02")) and not due.due_within(d("2026-10-01"))


def test_the_step_list_has_five_stages_and_twenty_five_steps_numbered_in_order() -> None:
    assert [s.number for s in DEFAULT_STEPS] == list(range(1, 26))
    assert [s.stage for s in DEFAULT_STEPS].count(4) == 7 and {s.stage for s in DEFAULT_STEPS} == {
        1, 2, 3, 4, 5
    }  # fmt: skip
    assert [circled(n) for n in (1, 15, 20, 21, 25)] == ["①", "⑮", "⑳", "㉑", "㉕"]
    assert len({s.code for s in DEFAULT_STEPS}) == 25


def test_each_rule_cites_where_it_is_written_and_an_article_only_where_read() -> None:
    """Articles of the 细则 named are those whose text was read (see rules.py); the others cite
    the document, or say the figure is a local rule the branch sets."""
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids)) and all(rule.citation for rule in RULES)
    read = {"第五条", "第七条", "第八条", "第九条", "第十三条", "第十四条", "第十七条"}
    for rule in RULES:
        for cited in re.findall(
            r"细则》（2014）((?:、?第[一二三四五六七八九十]+条)+)", rule.citation
        ):
            assert set(cited.split("、")) <= read, rule.id
    local = {rule.id for rule in RULES if rule.setting}
    assert local == {ACTIVIST_AFTER.id, PUBLICITY.id}
