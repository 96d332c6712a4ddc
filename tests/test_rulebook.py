"""The rule book: each rule has an id, its wording and its citation, and each rule's cases read as a
table. The record checks and the services take their rules from here."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

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


# Each citation was checked against the text of the document it names (issue 17): the article is
# named only where its text was read; 中组部 guidance, a national plan and local rules name none.
CHECKED = [
    ("member.joining_age", "《中国共产党章程》第一条：年满十八岁"),
    ("member.full_after_one_year", "《中国共产党章程》第七条：预备党员的预备期为一年"),
    ("member.standing", "《中国共产党章程》第七条：党员的党龄，从预备期满转为正式党员之日算起"),
    ("member.inactivity", "《中国共产党章程》第九条：党员如果没有正当理由，连续六个月"),
    ("member.id_number", "《公民身份号码》GB 11643-1999"),
    ("branch.size", "《中国共产党支部工作条例（试行）》第四条：党支部党员人数一般不超过50人"),
    ("branch.committee_seats", "《中国共产党支部工作条例（试行）》第六章 党支部委员会建设："),
    ("branch.term", "《中国共产党支部工作条例（试行）》第六章 党支部委员会建设：村、社区"),
    ("branch.election_due", "《中国共产党基层组织选举工作条例》第三条："),
    ("meeting.general_quorum", "《中国共产党支部工作条例（试行）》第十一条：表决必须有半数以上"),
    ("meeting.topic_vote", "《中国共产党支部工作条例（试行）》第十一条：表决必须有半数以上"),
    ("meeting.no_vote_on_probation", "《中国共产党基层组织选举工作条例》第五条：受留党察看处分的党员在留党察看期间没有表决权"),
    ("meeting.excused_from_count", "中组部有关规定："),
    ("meeting.group_host", "《中国共产党支部工作条例（试行）》第十四条：党小组会由党小组组长召集并主持"),
    ("meeting.people_present", "地方规定："),
    ("meeting.minutes_own", "地方规定："),
    ("meeting.committee_quorum", "《中国共产党支部工作条例（试行）》第十二条：党支部委员会会议须有半数以上委员到会"),
    ("meeting.late_entry", "地方规定："),
    ("meeting.secretary_lecture", "地方规定：党支部书记每年至少讲1次党课"),
    ("appraisal.grades", "中组部有关规定（民主评议党员）：按照“优秀”“合格”“基本合格”“不合格”"),
    ("appraisal.excellent_at_most_a_third", "中组部有关规定（民主评议党员）：评定为“优秀”的比例一般不超过党员总数的三分之一"),
    ("meeting.belongs_to_year", "中组部有关规定（年度组织生活会和民主评议党员）："),
    ("appraisal.who", "中组部有关规定（民主评议党员）："),
    ("appraisal.probationary_not_graded", "中组部有关规定（民主评议党员）：预备党员参加民主评议，不评定等次"),
    ("training.yearly_hours", "《中国共产党党员教育管理工作条例》第二十条：党员每年集中学习培训时间一般不少于32学时"),
    ("training.cadre_hours", "《全国党员教育培训工作规划》：党支部书记和委员"),
]  # fmt: skip


@pytest.mark.parametrize(("rule_id", "citation"), CHECKED, ids=[row[0] for row in CHECKED])
def test_citation_is_the_text_that_was_checked(rule_id: str, citation: str) -> None:
    assert RULES[rule_id].citation.startswith(citation)


def test_meeting_frequency_rules_are_the_schedules_requirements() -> None:
    for requirement in requirements(Period.HALF_YEAR):
        rule = rulebook.frequency(requirement.kind, Period.HALF_YEAR)
        assert requirement.rule == rule
        assert requirement.citation == rule.citation
    lecture = rulebook.frequency(ActivityKind.LECTURE, Period.HALF_YEAR)
    assert lecture.id == "meeting.frequency.lecture" and "每半年至少1次" in lecture.wording
    assert lecture.setting == "rules/lecture_period"


FREQUENCY_ARTICLES = [
    (ActivityKind.BRANCH_GENERAL, "第十一条", "一般每季度召开1次"),
    (ActivityKind.COMMITTEE, "第十二条", "一般每月召开1次"),
    (ActivityKind.GROUP, "第十三条", "党小组会一般每月召开1次"),
    (ActivityKind.LECTURE, "第十六条", "按期参加党员大会、党小组会和上党课"),
    (ActivityKind.THEME_DAY, "第十六条", "每月相对固定1天开展主题党日"),
    (ActivityKind.LIFE_MEETING, "第十七条", "每年至少召开1次组织生活会"),
    (ActivityKind.APPRAISAL, "第十八条", "一般每年开展1次民主评议党员"),
    (ActivityKind.TALK, "第十九条", "每年谈心谈话一般不少于1次"),
]


@pytest.mark.parametrize(
    ("kind", "article", "words"),
    FREQUENCY_ARTICLES,
    ids=[f"meeting.frequency.{kind.name.lower()}" for kind, _, _ in FREQUENCY_ARTICLES],
)
def test_meeting_frequency_cites_its_own_article(
    kind: ActivityKind, article: str, words: str
) -> None:
    """meeting.frequency.<kind>: each kind's rule cites the article that sets its frequency."""
    rule = RULES[f"meeting.frequency.{kind.name.lower()}"]
    assert rule.citation.startswith(f"《中国共产党支部工作条例（试行）》{article}：")
    assert words in rule.citation
    assert [r.rule.id for r in requirements() if r.kind is kind] == [rule.id]  # the one applied


ARTICLE = re.compile(r"第[一二三四五六七八九十百零]+条")


def test_no_citation_names_an_article_a_rule_does_not_come_from() -> None:
    """The old catch-all 第十九至二十二条 is gone from every file, and a rule the book marks as
    local, 中组部 guidance or a national plan names no article."""
    unsourced = {rulebook.Source.LOCAL, rulebook.Source.GUIDANCE, rulebook.Source.PLAN}
    package = Path(rulebook.__file__).parents[1]
    for source in package.rglob("*.py"):
        assert "第十九至二十二条" not in source.read_text(encoding="utf-8"), source
    for rule in RULES.values():
        if rule.source in unsourced:
            assert not ARTICLE.search(rule.citation), rule.id
    assert {r.source for r in RULES.values()} >= unsourced  # the check above checks something


def test_a_rule_with_a_figure_the_branch_may_change_names_a_setting_that_exists() -> None:
    from dangwu_desktop.core.services.rule_book import setting_spec

    with_setting = [rule for rule in RULES.values() if rule.setting]
    assert {r.id for r in with_setting} == {
        "meeting.frequency.lecture", "meeting.late_entry",
        "training.yearly_hours", "training.cadre_hours",
    }  # fmt: skip
    for rule in with_setting:
        spec = setting_spec(rule)
        assert spec is not None and spec.key == rule.setting, rule.id


@pytest.mark.parametrize(
    ("joined", "full", "short", "reason", "severity"),
    [
        (date(2025, 5, 1), date(2026, 5, 1), Severity.ERROR, None, None),
        (date(2025, 5, 1), date(2026, 6, 1), Severity.ERROR, None, None),
        # the 预备期's last day (a year from 5-1 runs through 4-30), as many rosters date it
        (date(2025, 5, 1), date(2026, 4, 30), Severity.ERROR, None, None),
        (date(2025, 5, 1), date(2026, 4, 29), Severity.ERROR, "预备期不足一年", Severity.ERROR),
        (date(2025, 5, 1), date(2026, 4, 29), Severity.WARNING, "预备期不足一年", Severity.WARNING),
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


# 第十一条 and 第十二条 both say “半数以上”; read alike, as more than half (双过半): the same
# count that fails a 党员大会 fails a 支委会. Before issue 17, 2 of 4 passed a 支委会.
QUORUM_CASES = [
    # due, present, short
    (0, 0, False),  # nobody due: nothing to judge
    (10, 5, True),  # half is not more than half
    (10, 6, False),
    (4, 2, True),
    (4, 3, False),
    (5, 3, False),
    (3, 2, False),
    (1, 1, False),
]


@pytest.mark.parametrize(("voters", "present", "short"), QUORUM_CASES)
def test_meeting_general_quorum(voters: int, present: int, short: bool) -> None:
    findings = rulebook.general_meeting_quorum(voters, present)
    assert [f.rule for f in findings] == (["meeting.general_quorum"] if short else [])


@pytest.mark.parametrize(("expected", "present", "short"), QUORUM_CASES)
def test_meeting_committee_quorum(expected: int, present: int, short: bool) -> None:
    findings = rulebook.committee_quorum(expected, present)
    assert [f.rule for f in findings] == (["meeting.committee_quorum"] if short else [])


# 预备期 (issue 17 item 4): 党章第七条, 发展党员工作细则第三十二条.
CHECKED_PROBATION = [
    ("member.probation_decision", "《中国共产党章程》第七条：预备党员转为正式党员，或延长预备期，或取消预备党员资格，都应当经支部大会讨论通过"),
    ("member.probation_extension", "《中国共产党发展党员工作细则》（2014）第三十二条：预备党员预备期满"),
    ("member.confirmation_on_time", "《中国共产党发展党员工作细则》（2014）第三十二条：预备党员预备期满，党支部应当及时讨论"),
    ("branch.secretary_only", "《中国共产党支部工作条例（试行）》第六章 党支部委员会建设：正式党员不足7人的党支部，设1名书记"),
    ("branch.seat_full_member", "《中国共产党章程》第七条：预备党员的权利，除了没有表决权、选举权和被选举权以外"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule_id", "citation"), CHECKED_PROBATION, ids=[r[0] for r in CHECKED_PROBATION]
)
def test_probation_and_committee_citations_are_the_text_that_was_checked(
    rule_id: str, citation: str
) -> None:
    assert RULES[rule_id].citation.startswith(citation)


@pytest.mark.parametrize(
    ("joined", "full", "extension", "reason"),
    [
        (date(2025, 5, 1), date(2025, 5, 2), 0, "预备期不足一年"),  # one day: refused
        (date(2025, 5, 1), date(2026, 5, 1), 0, None),
        (date(2025, 5, 1), date(2026, 5, 1), 6, "延长的预备期未满"),  # extended to 2026-11-01
        (date(2025, 5, 1), date(2026, 10, 30), 6, "延长的预备期未满"),
        (date(2025, 5, 1), date(2026, 10, 31), 6, None),  # the extension's last day
        (date(2025, 5, 1), date(2026, 11, 1), 6, None),
        (date(2025, 5, 1), date(2027, 5, 1), 12, None),
    ],
)  # fmt: skip
def test_member_full_after_one_year_or_after_the_extension(
    joined: date, full: date, extension: int, reason: str | None
) -> None:
    findings = rulebook.full_membership(joined, full, extension_months=extension)
    assert [(f.reason, f.severity) for f in findings] == (
        [(reason, Severity.ERROR)] if reason else []
    )


@pytest.mark.parametrize(
    ("joined", "today", "extension", "due"),
    [
        (date(2025, 5, 1), date(2026, 5, 1), 0, True),
        (date(2025, 5, 1), date(2026, 5, 1), 6, False),  # extended: not yet due, not 逾期
        (date(2025, 5, 1), date(2026, 10, 31), 6, False),
        (date(2025, 5, 1), date(2026, 11, 1), 6, True),
        (date(2024, 8, 31), date(2026, 2, 27), 6, False),  # 2025-08-31 + 6 months = 2026-02-28
        (date(2024, 8, 31), date(2026, 2, 28), 6, True),
    ],
)  # fmt: skip
def test_member_probation_extension_moves_the_due_date(
    joined: date, today: date, extension: int, due: bool
) -> None:
    from dangwu_desktop.core.glossary import MemberCategory

    assert (
        rulebook.is_due_for_confirmation(MemberCategory.PROBATIONARY, joined, today, extension)
        is due
    )


@pytest.mark.parametrize(
    ("months", "already", "reason"),
    [
        (6, False, None),
        (12, False, None),
        (5, False, "延长预备期须为6至12个月"),
        (13, False, "延长预备期须为6至12个月"),
        (None, False, "延长预备期须为6至12个月"),
        (6, True, "预备期已经延长过一次，不能再延长"),
    ],
)  # fmt: skip
def test_member_probation_extension(months: int | None, already: bool, reason: str | None) -> None:
    findings = rulebook.probation_extension(months, already)
    assert [(f.rule, f.reason) for f in findings] == (
        [("member.probation_extension", reason)] if reason else []
    )
    assert all(f.severity is Severity.ERROR for f in findings)


@pytest.mark.parametrize(
    ("joined", "decision", "today", "reason"),
    [
        (date(2025, 5, 1), date(2026, 5, 8), date(2026, 6, 30), None),
        (date(2025, 5, 1), None, date(2026, 6, 30), "未填写支部党员大会讨论的日期"),
        (date(2025, 5, 1), date(2026, 7, 1), date(2026, 6, 30), "支部党员大会日期晚于今天"),
        (date(2025, 5, 1), date(2025, 4, 30), date(2026, 6, 30), "支部党员大会日期早于入党时间"),
    ],
)  # fmt: skip
def test_member_probation_decision(
    joined: date, decision: date | None, today: date, reason: str | None
) -> None:
    findings = rulebook.probation_decision(joined, decision, today)
    assert [(f.rule, f.reason, f.severity) for f in findings] == (
        [("member.probation_decision", reason, Severity.ERROR)] if reason else []
    )


@pytest.mark.parametrize(
    ("due", "full", "decision", "warned"),
    [
        (date(2026, 5, 1), date(2026, 5, 1), date(2026, 5, 8), []),
        (date(2026, 5, 1), date(2026, 5, 1), date(2026, 8, 1), []),  # three months: on time
        (date(2026, 5, 1), date(2026, 5, 1), date(2026, 8, 2), ["member.confirmation_on_time"]),
        # dated from the meeting, not the end of the probation: 党龄 would count from it
        (date(2026, 5, 1), date(2026, 5, 8), date(2026, 5, 8), ["member.standing"]),
        (date(2025, 5, 1), date(2026, 6, 30), date(2026, 6, 30),
         ["member.standing", "member.confirmation_on_time"]),  # a year late, registered today
    ],
)  # fmt: skip
def test_member_confirmation_on_time(
    due: date, full: date, decision: date, warned: list[str]
) -> None:
    findings = rulebook.confirmation_timeliness(due, full, decision)
    assert [f.rule for f in findings] == warned
    assert all(f.severity is Severity.WARNING for f in findings)


def _seats(*posts: str, probationary: str = "") -> list[rulebook.SeatHolder]:
    from dangwu_desktop.core.glossary import CommitteePost

    return [
        rulebook.SeatHolder(f"委员{i}", CommitteePost(post), f"委员{i}" == probationary)
        for i, post in enumerate(posts)
    ]


SEC, DEP, ORG, PRO, DIS, MEM = "书记", "副书记", "组织委员", "宣传委员", "纪检委员", "委员"


@pytest.mark.parametrize(
    ("case", "seats", "full", "members", "expected"),
    [
        ("first start: the roster is empty", _seats(SEC, ORG, PRO), 0, 0, []),
        ("5 full members: a secretary only", _seats(SEC), 5, 6, []),
        ("5 full members: and a deputy", _seats(SEC, DEP), 5, 6, []),
        ("5 full members: no committee (accepted today)", _seats(SEC, DEP, ORG), 5, 6,
         [("branch.secretary_only", Severity.ERROR)]),
        ("6 full and 3 probationary: still no committee", _seats(SEC, ORG, PRO), 6, 9,
         [("branch.secretary_only", Severity.ERROR)]),
        ("7 full members: a committee of 3", _seats(SEC, ORG, PRO), 7, 7, []),
        ("7 full members: a secretary alone", _seats(SEC), 7, 7,
         [("branch.committee_seats", Severity.WARNING)]),
        ("5 seats", _seats(SEC, DEP, ORG, PRO, DIS), 30, 30, []),
        ("6 seats: more than usual", _seats(SEC, DEP, ORG, PRO, DIS, MEM), 30, 30,
         [("branch.committee_seats", Severity.WARNING)]),
        ("8 seats: over 7", _seats(SEC, DEP, ORG, PRO, DIS, MEM, MEM, MEM), 30, 30,
         [("branch.committee_seats", Severity.ERROR)]),
        ("two deputies", _seats(SEC, DEP, DEP), 30, 30, [("branch.committee_seats", Severity.ERROR)]),
        ("a 预备党员 on the committee (accepted today)", _seats(SEC, ORG, PRO, probationary="委员2"),
         30, 30, [("branch.seat_full_member", Severity.ERROR)]),
        ("a 预备党员 as secretary", _seats(SEC, probationary="委员0"), 3, 4,
         [("branch.seat_full_member", Severity.ERROR)]),
        ("50 members", _seats(SEC, ORG, PRO), 45, 50, []),
        ("51 members: a note", _seats(SEC, ORG, PRO), 45, 51, [("branch.size", Severity.WARNING)]),
    ],
)  # fmt: skip
def test_branch_committee_rules(
    case: str,
    seats: list[rulebook.SeatHolder],
    full: int,
    members: int,
    expected: list[tuple[str, Severity]],
) -> None:
    findings = rulebook.committee_findings(seats, full, members)
    assert [(f.rule, f.severity) for f in findings] == expected, case
    assert all(f.citation == RULES[f.rule].citation for f in findings)


@pytest.mark.parametrize(
    ("start", "end", "warned"),
    [
        (date(2024, 4, 18), date(2029, 4, 18), False),
        (date(2024, 4, 18), date(2027, 4, 18), True),  # three years: accepted silently today
        (date(2024, 4, 18), date(2029, 4, 17), False),  # the day before the fifth anniversary
        (date(2024, 4, 18), date(2029, 5, 19), False),  # an election a month late: a month's grace
        (date(2024, 4, 18), date(2029, 5, 20), True),
        (date(2024, 4, 18), None, False),
        (date(2024, 2, 29), date(2029, 2, 28), False),
    ],
)  # fmt: skip
def test_branch_term_of_a_village_is_five_years(
    start: date, end: date | None, warned: bool
) -> None:
    findings = rulebook.village_term(start, end)
    assert [(f.rule, f.severity) for f in findings] == (
        [("branch.term", Severity.WARNING)] if warned else []
    )


@pytest.mark.parametrize(
    ("due", "needed"), [(1, 1), (2, 2), (3, 2), (4, 3), (5, 3), (10, 6), (11, 6), (40, 21)]
)
def test_votes_needed_is_more_than_half(due: int, needed: int) -> None:
    """To meet and to pass alike: more than half of those due (第十一条)."""
    assert rulebook.votes_needed(due) == needed


@pytest.mark.parametrize(
    ("roles", "absent", "wrong"),
    [
        ({"主持人": "陈静", "记录人": "王伟"}, set(), ""),
        ({"主持人": "陈静", "记录人": "王伟"}, {"李梅"}, ""),
        ({"主持人": "陈静", "记录人": "王伟"}, {"陈静"}, "主持人陈静"),
        ({"主持人": "陈静", "记录人": "王伟"}, {"王伟", "陈静"}, "主持人陈静、记录人王伟"),
        (
            {"主持人": "陈静", "主讲人": "县委党校张老师"},
            {"张老师"},
            "",
        ),  # not a member: not judged
        ({"主持人": "", "记录人": ""}, {"陈静"}, ""),
    ],
)
def test_meeting_people_present(roles: dict[str, str], absent: set[str], wrong: str) -> None:
    findings = rulebook.people_present(roles, absent)
    assert [(f.rule, f.severity) for f in findings] == (
        [("meeting.people_present", Severity.ERROR)] if wrong else []
    )
    assert all(f.detail.startswith(wrong) for f in findings)
