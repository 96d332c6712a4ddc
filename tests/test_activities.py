"""Records of organisational life: the completeness checks, attendance, the 回收站, 补录,
attachments and 民主评议."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee, check_activity
from dangwu_desktop.core.activity_templates import (
    minutes_outline,
    save_template_topics,
    template_topics,
)
from dangwu_desktop.core.glossary import (
    ABSENCE_REASONS,
    ActivityKind,
    Attendance,
    Grade,
    MemberCategory,
    MovementKind,
)
from dangwu_desktop.core.models import Activity
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.rules import Severity
from dangwu_desktop.core.services import RecordInvalid, ServiceError, appraisals
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.core.services.dashboard import participation
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.db.attachments import AttachmentError, store_file, verify
from dangwu_desktop.db.database import Database
from tests.conftest import TODAY, member

K = ActivityKind
FULL_MINUTES = (
    "会议传达学习了上级文件精神。与会党员逐一发言，结合村里实际谈了学习体会；"
    "会议讨论了道路硬化工程和人居环境整治两项重点工作，明确了分工、责任人和完成时限。"
)


def attendees(
    present: int, absent: int = 0, *, reason: str = "病假", full: bool = True
) -> list[Attendee]:
    people = [Attendee(i, f"党员{i}", Attendance.PRESENT, "", full) for i in range(present)]
    people += [
        Attendee(100 + i, f"缺席{i}", Attendance.ABSENT, reason, full) for i in range(absent)
    ]
    return people


def draft(**overrides: object) -> ActivityDraft:
    values: dict[str, object] = {
        "kind": K.COMMITTEE,
        "date": date(2026, 6, 5),
        "start_time": time(19, 0),
        "end_time": time(21, 0),
        "place": "村党群服务中心",
        "host": "陈静",
        "recorder": "罗玲琴",
        "topics": ["传达学习", "研究事项"],
        "minutes": FULL_MINUTES,
        "decisions": "同意道路硬化工程方案",
        "attendees": attendees(5),
    }
    values.update(overrides)
    return ActivityDraft(**values)  # type: ignore[arg-type]


def reasons(d: ActivityDraft) -> list[str]:
    return [f.reason for f in check_activity(d, TODAY)]


def test_a_complete_record_has_no_findings() -> None:
    assert reasons(draft()) == []


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"date": date(2026, 7, 1)}, "日期在未来"),
        ({"attendees": attendees(0, 3)}, "没有出席人员"),
        ({"attendees": attendees(3, 1, reason=" ")}, "缺席人员未写明原因"),
        ({"attendees": []}, "没有应到人员"),
        ({"kind": K.GROUP, "group_id": None}, "党小组会须选择党小组"),
        ({"start_time": time(21, 0), "end_time": time(19, 0)}, "结束时间应晚于开始时间"),
    ],
)
def test_records_that_cannot_be_saved(overrides: dict[str, object], reason: str) -> None:
    findings = check_activity(draft(**overrides), TODAY)
    assert reason in [f.reason for f in findings if f.severity.value == "错误"]


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"topics": ["", " "]}, "没有议题"),
        ({"decisions": ""}, "没有决议"),
        ({"minutes": "学习了文件。"}, "会议记录过短"),
        ({"place": ""}, "未填写地点"),
        ({"recorder": ""}, "未填写记录人"),
        ({"attendees": attendees(2, 3)}, "到会委员未过半数"),
        ({"attendees": attendees(2, 2)}, "到会委员未过半数"),
        (
            {"kind": K.BRANCH_GENERAL, "attendees": attendees(5, 5)},
            "到会有表决权的党员未过半数，不能进行表决",
        ),
    ],
)
def test_completeness_check_warns_about_thin_records(
    overrides: dict[str, object], reason: str
) -> None:
    assert reason in reasons(draft(**overrides))


def test_quorum_counts_only_full_members() -> None:
    people = attendees(6) + [
        Attendee(50 + i, f"预备{i}", Attendance.ABSENT, "事假", False) for i in range(6)
    ]
    assert "到会有表决权的党员未过半数，不能进行表决" not in reasons(
        draft(kind=K.BRANCH_GENERAL, attendees=people)
    )
    six_of_twelve = attendees(6, 6)
    assert "到会有表决权的党员未过半数，不能进行表决" in reasons(
        draft(kind=K.BRANCH_GENERAL, attendees=six_of_twelve)
    )


def test_decisions_are_expected_only_of_decision_meetings() -> None:
    assert "没有决议" not in reasons(draft(kind=K.THEME_DAY, decisions=""))


def test_attendance_counting() -> None:
    record = draft(attendees=attendees(7, 2))
    assert (record.expected, record.present) == (9, 7)


def test_templates_and_minutes_outline(database: Database) -> None:
    with database.transaction() as session:
        assert template_topics(session, K.LIFE_MEETING)[1:4] == [
            "对照检查",
            "批评与自我批评",
            "整改措施",
        ]
        save_template_topics(session, K.COMMITTEE, ["传达学习", "", "研究事项"])
        assert template_topics(session, K.COMMITTEE) == ["传达学习", "研究事项"]
    assert minutes_outline(["传达学习", "研究事项"]) == "一、传达学习\n\n\n二、研究事项\n"


# Through the services, on a database


@pytest.fixture
def people(database: Database, branch: None) -> list[int]:
    ids = []
    with database.transaction() as session:
        ids.append(add_member(session, member(group_name="第一党小组"), TODAY).id)
        ids.append(
            add_member(
                session,
                member(name="李梅", id_number="110101199003074426", group_name="第二党小组"),
                TODAY,
            ).id
        )
        probationer = member(name="王五", id_number="110101199003074477", category=MemberCategory.PROBATIONARY,
                             join_date=date(2026, 3, 1), full_member_date=None, group_name="第一党小组")  # fmt: skip
        ids.append(add_member(session, probationer, TODAY).id)
    return ids


def test_expected_attendees_follow_the_kind(database: Database, people: list[int]) -> None:
    with database.read() as session:
        everyone = service.expected_attendees(session, K.BRANCH_GENERAL, None, date(2026, 6, 1))
        before_joining = service.expected_attendees(
            session, K.BRANCH_GENERAL, None, date(2026, 2, 1)
        )
        group = service.expected_attendees(session, K.GROUP, 1, date(2026, 6, 1))
        committee = service.expected_attendees(session, K.COMMITTEE, None, date(2026, 6, 1))
    assert [a.name for a in everyone] == ["张三", "王五", "李梅"]
    assert [a.full_member for a in everyone] == [True, False, True]
    assert "王五" not in [a.name for a in before_joining]  # not yet a member then
    assert [a.name for a in group] == ["张三", "王五"]
    assert committee == []  # the fixture's committee (陈静) is not on this roster


def test_a_mobile_member_is_expected_but_starts_absent_flowing_away(
    database: Database, people: list[int]
) -> None:
    li_mei = people[1]
    with database.transaction() as session:
        away = Movement(MovementKind.MOBILE_OUT, date(2026, 3, 1), "务工", place="杭州市萧山区")
        record_movement(session, li_mei, away, TODAY)
    with database.read() as session:
        before = service.expected_attendees(session, K.THEME_DAY, None, date(2026, 2, 10))
        after = service.expected_attendees(session, K.THEME_DAY, None, date(2026, 6, 1))
    assert [(a.name, a.attendance, a.reason, a.mobile) for a in after] == [
        ("张三", Attendance.PRESENT, "", False),
        ("王五", Attendance.PRESENT, "", False),
        ("李梅", Attendance.ABSENT, "流动在外", True),
    ]
    assert "流动在外" in ABSENCE_REASONS  # the default is one of the listed reasons
    # before she left she was at home, and is present by default like everyone else
    assert [(a.name, a.attendance) for a in before if a.member_id == li_mei] == [
        ("李梅", Attendance.PRESENT)
    ]
    save(database, draft(kind=K.THEME_DAY, date=date(2026, 2, 10), attendees=before))
    save(database, draft(kind=K.THEME_DAY, date=date(2026, 6, 1), attendees=after))
    with database.read() as session:
        since = {p.member_id: p.since for p in participation(session, TODAY)}
    assert since[people[0]] == date(2026, 6, 1)
    assert since[li_mei] == date(2026, 2, 10)  # not ticked present while away: the reminder runs


OUTLINE = minutes_outline(["传达学习", "研究事项"])


@pytest.mark.parametrize(
    ("minutes", "only_the_outline"),
    [
        (OUTLINE, True),  # the template as it came
        ("一、传达学习\n二、研究事项", True),  # blank lines removed, still nothing written
        ("1、传达学习\n\n2、研究事项\n", True),
        (OUTLINE + FULL_MINUTES, False),  # something written under the headings
        ("一、传达学习\n会议传达了文件精神。\n二、研究事项", False),
        ("一、传达了县委文件", False),  # a heading that is not one of the 议题
        ("", False),  # empty minutes are 过短 instead
        (FULL_MINUTES, False),
    ],
)
def test_minutes_that_are_only_the_template_outline(minutes: str, only_the_outline: bool) -> None:
    findings = check_activity(draft(minutes=minutes), TODAY)
    flagged = [f for f in findings if f.reason == "会议记录只有模板提纲"]
    assert bool(flagged) == only_the_outline
    assert all(f.severity is Severity.WARNING and not f.citation for f in flagged)


def save(database: Database, record: ActivityDraft, **kwargs: object) -> int:
    with database.transaction() as session:
        return service.save_activity(session, record, TODAY, **kwargs).id  # type: ignore[arg-type]


def test_saving_listing_and_the_bin(database: Database, people: list[int]) -> None:
    record = draft(kind=K.THEME_DAY, attendees=[Attendee(people[0], "张三", Attendance.PRESENT),
                                                Attendee(people[1], "李梅", Attendance.ABSENT, "外出务工")])  # fmt: skip
    activity_id = save(database, record, now=datetime(2026, 6, 6, 9, 0))
    with database.read() as session:
        rows = service.list_activities(session, 2026)
        assert [(r.kind, r.expected, r.present, r.absent) for r in rows] == [
            (K.THEME_DAY, 2, ("张三",), (("李梅", "外出务工"),))
        ]
        assert not rows[0].late_entry
    with database.transaction() as session:
        service.delete_activity(session, activity_id, datetime(2026, 6, 7))
    with database.read() as session:
        assert service.list_activities(session, 2026) == []
        assert [r.activity_id for r in service.list_activities(session, 2026, deleted=True)] == [
            activity_id
        ]
        with pytest.raises(ServiceError):
            service.get_activity(session, activity_id)
    with database.transaction() as session:
        service.restore_activity(session, activity_id)
    with database.read() as session:
        assert len(service.list_activities(session, 2026)) == 1
        assert (
            session.scalar(select(func.count()).select_from(Activity)) == 1
        )  # never really deleted


def test_a_record_written_up_late_shows_as_late_entry(
    database: Database, people: list[int]
) -> None:
    record = draft(attendees=[Attendee(people[0], "张三", Attendance.PRESENT)])
    save(database, record, now=datetime(2026, 6, 20, 10, 0))  # 15 days after the meeting
    with database.read() as session:
        assert service.list_activities(session, 2026)[0].late_entry


def test_a_refused_record_writes_nothing(database: Database, people: list[int]) -> None:
    with pytest.raises(RecordInvalid, match="没有出席人员"):
        save(database, draft(attendees=[Attendee(people[0], "张三", Attendance.ABSENT, "病假")]))
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0


def test_editing_keeps_the_entry_date_and_replaces_the_content(
    database: Database, people: list[int]
) -> None:
    activity_id = save(database, draft(attendees=[Attendee(people[0], "张三", Attendance.PRESENT)]),
                       now=datetime(2026, 6, 5, 22, 0))  # fmt: skip
    changed = draft(
        topics=["只议一件事"], attendees=[Attendee(people[1], "李梅", Attendance.PRESENT)]
    )
    with database.transaction() as session:
        service.save_activity(
            session, changed, TODAY, activity_id=activity_id, now=datetime(2026, 6, 30)
        )
    with database.read() as session:
        activity = service.get_activity(session, activity_id)
        assert activity.entered_at == datetime(2026, 6, 5, 22, 0)
        assert [t.text for t in activity.topics] == ["只议一件事"]
        assert [a.member.name for a in activity.attendance] == ["李梅"]


def test_schedule_reads_the_records(database: Database, people: list[int]) -> None:
    save(
        database,
        draft(
            kind=K.BRANCH_GENERAL,
            date=date(2026, 2, 1),
            attendees=[Attendee(people[0], "张三", Attendance.PRESENT)],
        ),
    )
    with database.read() as session:
        rows = service.schedule_for_year(session, 2026, TODAY)
    general = next(r for r in rows if r.label == "支部党员大会")
    assert [c.status.value for c in general.cells] == ["已开展", "本期待开展", "未到期", "未到期"]
    assert "支部委员会会议" not in [
        r.label for r in rows
    ]  # the fixture's branch has only a secretary


# Attachments


def test_attachments_are_copied_and_named_by_content(tmp_path: Path) -> None:
    source = tmp_path / "签到表.JPG"
    source.write_bytes(b"scan" * 100)
    store = tmp_path / "attachments"
    first = store_file(source, store, 1_000_000)
    again = store_file(source, store, 1_000_000)
    assert first == again and first.stored_name.endswith(".jpg") and first.size == 400
    source.unlink()  # the original may vanish; the copy stays
    assert verify(store, first)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"x" * 2048), "超过"),
        (lambda p: None, "无法读取附件"),
        (lambda p: p.mkdir(), "不是文件"),
    ],
)
def test_attachments_that_cannot_be_kept(tmp_path: Path, make: object, message: str) -> None:
    source = tmp_path / "photo.jpg"
    make(source)  # type: ignore[operator]
    with pytest.raises(AttachmentError, match=message):
        store_file(source, tmp_path / "store", 1024)


def test_attachment_rows_follow_the_record(
    database: Database, people: list[int], tmp_path: Path
) -> None:
    source = tmp_path / "通知.pdf"
    source.write_bytes(b"%PDF")
    stored = store_file(source, tmp_path / "store", 10_000)
    from dangwu_desktop.core.glossary import AttachmentKind

    new = service.NewAttachment(
        AttachmentKind.NOTICE, stored.original_name, stored.sha256, stored.size, stored.stored_name
    )
    activity_id = save(
        database,
        draft(attendees=[Attendee(people[0], "张三", Attendance.PRESENT)]),
        attachments=[new],
    )
    with database.read() as session:
        attached = service.get_activity(session, activity_id).attachments
        assert [(a.kind, a.original_name) for a in attached] == [
            (AttachmentKind.NOTICE, "通知.pdf")
        ]
        first_id = attached[0].id
    with database.transaction() as session:
        record = service.activity_draft(service.get_activity(session, activity_id))
        service.save_activity(
            session, record, TODAY, activity_id=activity_id, removed_attachments=[first_id]
        )
    with database.read() as session:
        assert service.get_activity(session, activity_id).attachments == []


# 民主评议党员


def test_rule_excellent_at_most_one_third(database: Database, people: list[int]) -> None:
    # 王五 (people[2]) joined in 2026: not in 2025's appraisal. A third full member is.
    with database.transaction() as session:
        zhao = member(name="赵六", id_number="110101199003074493", group_name="第二党小组")
        people = [people[0], people[1], add_member(session, zhao, TODAY).id]
    two_of_three = [appraisals.GradeEntry(people[0], Grade.EXCELLENT), appraisals.GradeEntry(people[1], Grade.EXCELLENT),
                    appraisals.GradeEntry(people[2], Grade.QUALIFIED)]  # fmt: skip
    with (
        pytest.raises(ServiceError, match="超过参评3人的三分之一"),
        database.transaction() as session,
    ):
        appraisals.save_grades(session, 2025, two_of_three, TODAY)
    one_of_three = [appraisals.GradeEntry(people[0], Grade.EXCELLENT), appraisals.GradeEntry(people[1], Grade.QUALIFIED),
                    appraisals.GradeEntry(people[2], Grade.BASICALLY_QUALIFIED, "学习不够主动")]  # fmt: skip
    with database.transaction() as session:
        appraisals.save_grades(session, 2025, one_of_three, TODAY)
    with database.read() as session:
        assert [r.name for r in appraisals.needing_follow_up(session, 2025)] == ["赵六"]


def test_a_weak_grade_needs_a_comment(database: Database, people: list[int]) -> None:
    entries = [appraisals.GradeEntry(people[0], Grade.UNQUALIFIED)]
    with pytest.raises(ServiceError, match="须写明评议意见"), database.transaction() as session:
        appraisals.save_grades(session, 2025, entries, TODAY)
