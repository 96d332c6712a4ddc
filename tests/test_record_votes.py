"""A 支部党员大会 as its 会议记录本 page shows it (issue 18): 应到 split into 正式党员 (with a vote) and
预备党员, each decision topic with its 表决 (应到有表决权、实到有表决权、同意、反对、弃权) and whether it
passed under 第十一条, and the record's 实到人员 by name; a 党课 with its 授课人 and 授课题目."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from docx import Document

from dangwu_desktop.core import rulebook
from dangwu_desktop.core.activity_rules import ActivityDraft, check_activity
from dangwu_desktop.core.glossary import ActivityKind, Attendance, MemberCategory
from dangwu_desktop.core.rulebook import TopicVote
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.meeting_records_docx import export_records
from dangwu_desktop.io.record_html import records_html
from dangwu_desktop.io.record_text import header_rows
from tests.conftest import TODAY, member

pytestmark = pytest.mark.usefixtures("branch")

MEETING = date(2026, 6, 20)
VOTE = "meeting.topic_vote"

# (应到有表决权, 实到有表决权, 同意, 反对, 弃权) → passed, as the printed record says it
TOPIC_VOTE_CASES = [
    ((10, 6, 6, 0, 0), True, "通过"),
    ((10, 6, 5, 1, 0), False, "未通过"),  # half of those due is not more than half
    ((10, 10, 5, 3, 2), False, "未通过"),  # a majority of those present is not enough
    ((10, 5, 5, 0, 0), False, "到会未过半数，表决无效"),
    ((3, 2, 2, 0, 0), True, "通过"),
    ((1, 1, 1, 0, 0), True, "通过"),
    ((0, 0, 0, 0, 0), False, "未通过"),
]


@pytest.mark.parametrize(("counts", "passed", "result"), TOPIC_VOTE_CASES)
def test_meeting_topic_vote(counts: tuple[int, ...], passed: bool, result: str) -> None:
    vote = TopicVote(*counts)
    assert vote.passed is passed
    assert vote.result == result
    assert vote.line.endswith(f"；{result}")


# (the vote recorded, those with a vote due and present by the attendance) → the findings
TOPIC_VOTE_FINDINGS = [
    ((4, 3, 3, 0, 0), (4, 3), []),
    ((4, 5, 3, 0, 0), (4, 3), [("“分红方案”的表决票数不成立", "error")]),
    ((4, 3, 3, 1, 0), (4, 3), [("“分红方案”的表决票数不成立", "error")]),
    ((4, 4, 3, 0, 0), (4, 3), [("“分红方案”的表决人数与出席情况不符", "warning")]),
    ((4, 2, 2, 0, 0), (4, 2), [("“分红方案”表决时到会有表决权的党员未过半数", "warning")]),
]


@pytest.mark.parametrize(("counts", "voters", "found"), TOPIC_VOTE_FINDINGS)
def test_meeting_topic_vote_findings(
    counts: tuple[int, ...], voters: tuple[int, int], found: list[tuple[str, str]]
) -> None:
    findings = rulebook.topic_votes([("分红方案", TopicVote(*counts))], *voters)
    assert [(f.reason, f.severity.name.lower()) for f in findings] == found
    assert all(f.rule == VOTE for f in findings)


def test_decisions_without_any_vote_are_pointed_out() -> None:
    findings = rulebook.topic_votes([("分红方案", None)], 4, 3, decisions="同意分红方案")
    assert [f.reason for f in findings] == ["决议未记录表决情况"]
    assert rulebook.topic_votes([("学习党章", None)], 4, 3) == []


@pytest.fixture
def village(database: Database) -> None:
    """Three 正式党员 and one 预备党员 (admitted in January 2026)."""
    with database.transaction() as session:
        for index, name in enumerate(("林一", "林二", "林三")):
            add_member(session, member(name=name, id_number=_id(index)), TODAY)
        probationary = member(
            name="周四",
            id_number=_id(3),
            join_date=date(2026, 1, 10),
            full_member_date=None,
            category=MemberCategory.PROBATIONARY,
        )
        add_member(session, probationary, TODAY)


def _id(index: int) -> str:
    from stdnum.cn import ric

    body = f"33072619800101{index + 1:03d}"
    return body + ric.calc_check_digit(body + "0")


def general_meeting(database: Database, votes: dict[int, TopicVote]) -> ActivityDraft:
    with database.read() as session:
        people = service.expected_attendees(session, ActivityKind.BRANCH_GENERAL, None, MEETING)
    for person in people:  # 林三 is away; the other three came
        if person.name == "林三":
            person.attendance, person.reason = Attendance.ABSENT, "外出务工"
    return ActivityDraft(
        kind=ActivityKind.BRANCH_GENERAL,
        date=MEETING,
        start_time=time(19),
        end_time=time(21),
        place="村部",
        host="林一",
        recorder="林二",
        topics=["学习党章", "讨论村集体经济分红方案"],
        votes=votes,
        minutes="会议讨论了村集体经济分红方案，林一、林二先后发言，提出按户分红。" * 2,
        decisions="同意分红方案",
        attendees=people,
    )


@pytest.mark.usefixtures("village")
def test_a_vote_is_kept_with_its_topic_and_printed_with_the_result(
    database: Database, tmp_path: Path
) -> None:
    vote = TopicVote(3, 2, 2, 0, 0)
    draft = general_meeting(database, {1: vote})
    assert draft.voters() == (3, 2)
    with database.read() as session:
        assert [f.rule for f in service.check_activity_record(session, draft, TODAY)] == []
    with database.transaction() as session:
        activity_id = service.save_activity(session, draft, TODAY).id
    with database.read() as session:
        assert service.activity_draft(service.get_activity(session, activity_id)).votes == {1: vote}
        (sheet,) = service.record_sheets(session, MEETING, MEETING)
    assert sheet.votes == (None, vote)
    rows = {row[0]: row[1:] for row in header_rows(sheet)}
    assert rows["应到人数"] == ("4人（正式党员3人，预备党员1人）",)
    assert rows["实到人数"] == ("3人（正式党员2人，预备党员1人）",)
    assert rows["有表决权的党员"] == ("应到3人，实到2人",)
    assert rows["实到人员"] == ("林一、林二、周四",)
    printed = "表决：应到有表决权的党员3人，实到2人；同意2票，反对0票，弃权0票；通过"
    document = Document(str(export_records(tmp_path / "r.docx", [sheet], "中共东岙村支部委员会")))
    lines = [p.text for p in document.paragraphs]
    assert lines[lines.index("2. 讨论村集体经济分红方案") + 1] == printed
    assert printed in records_html([sheet], "中共东岙村支部委员会")


@pytest.mark.usefixtures("village")
def test_a_vote_that_cannot_be_true_is_refused(database: Database) -> None:
    draft = general_meeting(database, {1: TopicVote(3, 2, 2, 1, 0)})  # 3 votes from 2 present
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        service.save_activity(session, draft, TODAY)
    assert [f.rule for f in refused.value.findings] == [VOTE]


def test_only_a_general_meeting_records_votes() -> None:
    draft = ActivityDraft(
        kind=ActivityKind.COMMITTEE,
        date=MEETING,
        topics=["研究事项"],
        votes={0: TopicVote(3, 9, 9, 0, 0)},
    )
    assert draft.topics_with_votes() == [("研究事项", None)]
    assert VOTE not in {f.rule for f in check_activity(draft, TODAY)}


def test_a_lecture_record_shows_its_teacher_and_subject(database: Database) -> None:
    with database.transaction() as session:
        add_member(session, member(name="林一", id_number=_id(0)), TODAY)
    with database.read() as session:
        people = service.expected_attendees(session, ActivityKind.LECTURE, None, MEETING)
    draft = ActivityDraft(
        kind=ActivityKind.LECTURE,
        date=MEETING,
        title="学习贯彻党的二十届四中全会精神",
        topics=["党课：学习贯彻党的二十届四中全会精神", "交流讨论"],
        attendees=people,
        teacher="陈静",
    )
    with database.transaction() as session:
        service.save_activity(session, draft, TODAY)
    with database.read() as session:
        (sheet,) = service.record_sheets(session, MEETING, MEETING)
    rows = {row[0]: row[1:] for row in header_rows(sheet)}
    assert rows["授课题目"] == ("学习贯彻党的二十届四中全会精神",)
    assert rows["授课人"] == ("陈静",)
    assert "主题" not in rows
