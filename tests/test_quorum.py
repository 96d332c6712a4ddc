"""Who counts at a 党员大会 (issue 17, item 6): the members due, less those the branch has
decided, on a date, are not counted (长期外出未转关系, 卧床不起 …), or have no vote (留党察看);
the record lists them with the reason and the date of the decision."""

from __future__ import annotations

from datetime import date, time

import pytest
from stdnum.cn import ric

from dangwu_desktop.core.activity_rules import ActivityDraft
from dangwu_desktop.core.glossary import ActivityKind, Attendance, ExcusalReason, MovementKind
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import RecordInvalid, ServiceError, excusals
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.record_text import header_rows
from tests.conftest import TODAY, member

pytestmark = pytest.mark.usefixtures("branch")

MEETING = date(2026, 6, 20)  # a 党员大会; TODAY is 2026-06-30
QUORUM = "meeting.general_quorum"
HOME, AWAY = 4, 6  # ten 正式党员, six of them working in Hangzhou since 2025
NAMES = ("林一", "林二", "林三", "林四", "周五", "周六", "周七", "周八", "吴九", "吴十")


def id_number(index: int) -> str:
    body = f"33072619800101{index + 1:03d}"
    return body + ric.calc_check_digit(body + "0")  # (the digit in the last place is ignored)


@pytest.fixture
def village(database: Database) -> list[int]:
    """Ten full members; the last six 流动 since March 2025."""
    ids = []
    with database.transaction() as session:
        for index in range(HOME + AWAY):
            ids.append(
                add_member(session, member(name=NAMES[index], id_number=id_number(index)), TODAY).id
            )
        for member_id in ids[HOME:]:
            away = Movement(MovementKind.MOBILE_OUT, date(2025, 3, 1), place="杭州")
            record_movement(session, member_id, away, TODAY)
    return ids


def general_meeting(database: Database, day: date = MEETING) -> ActivityDraft:
    with database.read() as session:
        people = service.expected_attendees(session, ActivityKind.BRANCH_GENERAL, None, day)
    return ActivityDraft(
        kind=ActivityKind.BRANCH_GENERAL,
        date=day,
        start_time=time(19),
        end_time=time(21),
        place="村部",
        host="陈静",
        recorder="林二",
        topics=["讨论村集体经济分红方案"],
        minutes="会议讨论了村集体经济分红方案，林一、林二、林三先后发言，提出按户分红。" * 2,
        decisions="同意分红方案",
        attendees=people,
    )


def quorum_rules(database: Database, draft: ActivityDraft) -> list[str]:
    with database.read() as session:
        findings = service.check_activity_record(session, draft, TODAY)
    return [f.rule for f in findings if f.rule == QUORUM]


# (the branch's decision for the six away: reason, start, end, decided on) → short of quorum
# at the 党员大会 of 2026-06-20, where the four at home came.
DATED_CASES = [
    pytest.param(None, True, id="no decision: six away count as due, 4 of 10 is short"),
    pytest.param(
        (ExcusalReason.AWAY, date(2026, 5, 1), None, date(2026, 5, 1)),
        False,
        id="decided 2026-05-01: 4 of 4 due",
    ),
    pytest.param(
        (ExcusalReason.AWAY, date(2026, 6, 20), None, date(2026, 6, 20)),
        False,
        id="decided at that very meeting's date",
    ),
    pytest.param(
        (ExcusalReason.AWAY, date(2026, 5, 1), None, date(2026, 6, 25)),
        True,
        id="decided after the meeting: not back-dated onto it",
    ),
    pytest.param(
        (ExcusalReason.AWAY, date(2026, 1, 1), date(2026, 5, 31), date(2026, 1, 1)),
        True,
        id="ended 2026-05-31: due again",
    ),
    pytest.param(
        (ExcusalReason.AWAY, date(2026, 7, 1), None, date(2026, 6, 1)),
        True,
        id="starts after the meeting",
    ),
    pytest.param(
        (ExcusalReason.ON_PROBATION, date(2026, 1, 1), None, date(2026, 1, 1)),
        False,
        id="留党察看: listed as due, without a vote",
    ),
]


@pytest.mark.parametrize(("decision", "short"), DATED_CASES)
def test_meeting_excused_from_count(
    database: Database,
    village: list[int],
    decision: tuple[ExcusalReason, date, date | None, date] | None,
    short: bool,
) -> None:
    if decision is not None:
        reason, start, end, decided = decision
        with database.transaction() as session:
            for member_id in village[HOME:]:
                excusals.record_excusal(
                    session,
                    member_id,
                    reason,
                    start,
                    decided,
                    TODAY,
                    end=end,
                    decided_by="支部党员大会",
                )
    draft = general_meeting(database)
    assert draft.present == HOME  # the six away start as absent, 流动在外
    assert quorum_rules(database, draft) == ([QUORUM] if short else [])


def test_the_excused_are_not_listed_as_due_and_the_record_names_them(
    database: Database, village: list[int]
) -> None:
    with database.transaction() as session:
        excusals.record_excusal(
            session, village[9], ExcusalReason.BEDRIDDEN, date(2026, 3, 1), date(2026, 3, 2), TODAY
        )
        excusals.record_excusal(
            session,
            village[8],
            ExcusalReason.ON_PROBATION,
            date(2026, 1, 1),
            date(2026, 1, 5),
            TODAY,
        )
    draft = general_meeting(database)
    listed = [a.name for a in draft.attendees]
    assert "吴十" not in listed and "吴九" in listed  # 留党察看 attends, without a vote
    with database.read() as session:
        theme_day = service.expected_attendees(session, ActivityKind.THEME_DAY, None, MEETING)
    assert "吴十" in [a.name for a in theme_day]  # only the 党员大会's count changes
    with database.transaction() as session:
        saved = service.save_activity(session, draft, TODAY)
        sheet = service.record_sheets(session, MEETING, MEETING)[0]
        assert saved.id == sheet.activity_id
    assert sheet.excused == (
        "吴九（留党察看，2026年1月5日决定）",
        "吴十（卧床不起，2026年3月2日决定）",
    )
    assert (
        "不计应到或无表决权",
        "吴九（留党察看，2026年1月5日决定）、吴十（卧床不起，2026年3月2日决定）",
    ) in header_rows(sheet)
    with database.read() as session:
        earlier = service.expected_attendees(
            session, ActivityKind.BRANCH_GENERAL, None, date(2026, 3, 1)
        )
    assert "吴十" in [a.name for a in earlier]  # the day before the decision he was due


def test_the_preview_counts_those_with_a_vote(database: Database, village: list[int]) -> None:
    draft = general_meeting(database)
    assert draft.quorum_note().startswith(
        "有表决权的党员应到 10 人，实到 4 人（未过半数，不能表决；表决须至少 6 人到会、6 票赞成）"
    )
    for attendee in draft.attendees[HOME:]:
        attendee.attendance = Attendance.PRESENT  # the six came home for it
    assert "已过半数" in draft.quorum_note()


@pytest.mark.parametrize(
    ("start", "end", "decided", "reason"),
    [
        (date(2026, 5, 1), None, date(2026, 7, 1), "决定日期在未来"),
        (date(2026, 5, 1), date(2026, 4, 30), date(2026, 5, 1), "结束日期早于开始日期"),
    ],
)
def test_an_excusal_is_refused_without_a_true_decision(
    database: Database,
    village: list[int],
    start: date,
    end: date | None,
    decided: date,
    reason: str,
) -> None:
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        excusals.record_excusal(
            session, village[9], ExcusalReason.AWAY, start, decided, TODAY, end=end
        )
    assert [f.reason for f in refused.value.findings] == [reason]
    assert refused.value.findings[0].rule == "meeting.excused_from_count"


def test_an_excusal_ends_and_the_member_counts_again(
    database: Database, village: list[int]
) -> None:
    with database.transaction() as session:
        excusals.record_excusal(
            session, village[9], ExcusalReason.AWAY, date(2026, 1, 1), date(2026, 1, 1), TODAY
        )
        excusal_id = excusals.list_excusals(session, village[9])[0].excusal_id
        excusals.end_excusal(session, excusal_id, date(2026, 6, 1))
        with pytest.raises(ServiceError):
            excusals.end_excusal(session, excusal_id, date(2025, 12, 1))
    with database.read() as session:
        assert [e.name for e in excusals.excused_on(session, date(2026, 5, 31))] == ["吴十"]
        assert excusals.excused_on(session, MEETING) == []
        rows = excusals.list_excusals(session)
    assert [(r.name, r.period) for r in rows] == [("吴十", "2026-01-01 至 2026-06-01")]
