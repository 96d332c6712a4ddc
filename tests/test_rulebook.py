"""The rule book: each rule has an id, its wording and its citation, and each rule's cases read as a
table. The record checks and the services take their rules from here."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dangwu_desktop.core import rulebook
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.periods import Period
from dangwu_desktop.core.rulebook import RULES, Severity
from dangwu_desktop.core.schedule import requirements


def test_every_rule_has_an_id_its_wording_and_a_citation() -> None:
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id and "." in rule_id
        assert rule.wording and rule.citation, rule_id
    assert {
        "member.joining_age",
        "member.full_after_one_year",
        "member.full_not_before_joining",
        "member.id_number",
        "meeting.general_quorum",
        "meeting.committee_quorum",
        "meeting.late_entry",
        "appraisal.excellent_at_most_a_third",
        "training.yearly_hours",
        "meeting.frequency.branch_general",
        "meeting.frequency.lecture",
    } <= set(RULES)


def test_citations_name_only_the_articles_already_checked() -> None:
    """The citation texts are kept word for word; a local figure says it is a local rule."""
    assert RULES["member.full_after_one_year"].citation == (
        "《中国共产党章程》第七条：预备党员的预备期为一年"
    )
    assert RULES["member.joining_age"].citation.startswith("《中国共产党章程》第一条：年满十八岁")
    assert RULES["member.id_number"].citation == "《公民身份号码》GB 11643-1999"
    assert RULES["appraisal.excellent_at_most_a_third"].citation == (
        "《中国共产党支部工作条例（试行）》第十九至二十二条：民主评议党员一般每年开展1次，"
        "评议等次为优秀、合格、基本合格、不合格，优秀一般不超过参评党员的三分之一"
    )
    assert RULES["meeting.late_entry"].citation.startswith("地方规定")


def test_meeting_frequency_rules_are_the_schedules_requirements() -> None:
    for requirement in requirements(Period.HALF_YEAR):
        rule = rulebook.frequency(requirement.kind, Period.HALF_YEAR)
        assert requirement.rule == rule
        assert requirement.citation == f"{rulebook.REGULATIONS}：{rule.wording}"
    lecture = rulebook.frequency(ActivityKind.LECTURE, Period.HALF_YEAR)
    assert lecture.id == "meeting.frequency.lecture" and "每半年至少1次" in lecture.wording


@pytest.mark.parametrize(
    ("joined", "full", "short", "reason", "severity"),
    [
        (date(2025, 5, 1), date(2026, 5, 1), Severity.ERROR, None, None),
        (date(2025, 5, 1), date(2026, 6, 1), Severity.ERROR, None, None),
        (date(2025, 5, 1), date(2026, 4, 30), Severity.ERROR, "预备期不足一年", Severity.ERROR),
        (date(2025, 5, 1), date(2026, 4, 30), Severity.WARNING, "预备期不足一年", Severity.WARNING),
        (date(2025, 5, 1), date(2025, 4, 1), Severity.WARNING, "转正时间早于入党时间", Severity.ERROR),
        (None, date(2026, 4, 30), Severity.ERROR, None, None),
    ],
)  # fmt: skip
def test_member_full_after_one_year(
    joined: date | None,
    full: date,
    short: Severity,
    reason: str | None,
    severity: Severity | None,
) -> None:
    findings = rulebook.full_membership(joined, full, short=short)
    assert [(f.reason, f.severity) for f in findings] == ([(reason, severity)] if reason else [])
    assert all(f.citation == rulebook.CONSTITUTION_ART_7 for f in findings)


@pytest.mark.parametrize(
    ("born", "joined", "refused"),
    [
        (date(2000, 3, 1), date(2018, 3, 1), False),
        (date(2000, 3, 1), date(2018, 2, 28), True),
        (None, date(2018, 2, 28), False),
    ],
)
def test_member_joining_age(born: date | None, joined: date, refused: bool) -> None:
    findings = rulebook.joining_age(born, joined)
    assert [f.rule for f in findings] == (["member.joining_age"] if refused else [])


@pytest.mark.parametrize(
    ("participants", "excellent", "allowed", "refused"),
    [(0, 0, 0, False), (2, 1, 0, True), (3, 1, 1, False), (5, 2, 1, True), (6, 2, 2, False)],
)
def test_appraisal_excellent_at_most_a_third(
    participants: int, excellent: int, allowed: int, refused: bool
) -> None:
    assert rulebook.excellent_allowed(participants) == allowed
    findings = rulebook.excellent_share(excellent, participants)
    assert [f.rule for f in findings] == (
        ["appraisal.excellent_at_most_a_third"] if refused else []
    )
    assert rulebook.EXCELLENT_AT_MOST_A_THIRD.wording in rulebook.excellent_preview(participants)


@pytest.mark.parametrize(
    ("entered", "limit", "late"),
    [
        (datetime(2026, 6, 5, 23, 0), 3, False),  # the meeting's day
        (datetime(2026, 6, 8, 9, 0), 3, False),  # 3 days after: not yet a 补录
        (datetime(2026, 6, 9, 9, 0), 3, True),
        (datetime(2026, 6, 9, 9, 0), 5, False),  # the setting decides
    ],
)
def test_meeting_late_entry(entered: datetime, limit: int, late: bool) -> None:
    meeting = date(2026, 6, 5)
    assert rulebook.is_late_entry(meeting, entered, limit) is late
    note = rulebook.entry_note(meeting, entered, limit)
    assert note.startswith("补录") is late
    assert (f"会后超过{limit}天录入的记录为补录" in note) is late


@pytest.mark.parametrize(
    ("voters", "present", "short"), [(0, 0, False), (4, 2, True), (4, 3, False), (5, 3, False)]
)
def test_meeting_general_quorum(voters: int, present: int, short: bool) -> None:
    findings = rulebook.general_meeting_quorum(voters, present)
    assert [f.rule for f in findings] == (["meeting.general_quorum"] if short else [])


@pytest.mark.parametrize(
    ("expected", "present", "short"), [(0, 0, False), (5, 2, True), (4, 2, False), (3, 3, False)]
)
def test_meeting_committee_quorum(expected: int, present: int, short: bool) -> None:
    findings = rulebook.committee_quorum(expected, present)
    assert [f.rule for f in findings] == (["meeting.committee_quorum"] if short else [])
