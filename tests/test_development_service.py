"""The 发展党员 book kept through its services: a file checked like a roster row, steps recorded
with their people, meeting, vote and documents (late ones kept with their 提示, impossible ones
refused naming the rule), admission making exactly one roster member, 转正 through the roster's
movement, the pipeline, a person's timeline, the 首页 reminders, the report, and the demo."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import Row, func, select
from stdnum.cn import ric

from dangwu_desktop.core.activity_rules import ActivityDraft
from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.core.glossary import ActivityKind, MemberCategory, MovementKind, Sex
from dangwu_desktop.core.models import AuditEntry, Member, MemberMovement
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.rulebook import TopicVote
from dangwu_desktop.core.services import RecordInvalid, activities
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers.development.models import DevelopmentPerson, DevelopmentRecord
from dangwu_desktop.ledgers.development.reminders import reminders
from dangwu_desktop.ledgers.development.report import development, development_text
from dangwu_desktop.ledgers.development.rules import DEFAULT_STEPS
from dangwu_desktop.ledgers.development.service import (
    DocumentInput,
    PersonInput,
    StepInput,
    add_person,
    check_step,
    pipeline,
    record_step,
    steps,
    timeline,
    update_person,
)
from tests.conftest import member

TODAY = date(2026, 11, 30)


def id_number(birth: date, sequence: int) -> str:
    body = f"330726{birth:%Y%m%d}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0")


ZHOU = PersonInput("周晓", Sex.FEMALE, date(1998, 4, 6), id_number(date(1998, 4, 6), 122))


@pytest.fixture
def village(database: Database, branch: None) -> dict[str, int]:
    """Three 正式党员 and a 预备党员 admitted in January."""
    with database.transaction() as session:
        ids = {
            name: add_member(session, member(name=name, id_number=number), TODAY).id
            for name, number in (
                ("陈静", id_number(date(1970, 2, 3), 222)),
                ("王伟", id_number(date(1975, 6, 7), 331)),
                ("李红", id_number(date(1980, 8, 9), 442)),
            )
        }
        ids["赵敏"] = add_member(
            session,
            member(name="赵敏", id_number=id_number(date(1995, 1, 2), 552),
                   join_date=date(2026, 1, 10), full_member_date=None,
                   category=MemberCategory.PROBATIONARY),
            TODAY,
        ).id  # fmt: skip
    return ids


def new_person(database: Database, given: PersonInput = ZHOU) -> int:
    with database.transaction() as session:
        return add_person(session, given, TODAY).id


def record(database: Database, person: int, code: str, day: str, **more: object) -> list[str]:
    """Record a step; the 提示 it was saved with, as lines."""
    with database.transaction() as session:
        given = StepInput(person, code, date.fromisoformat(day), **more)  # type: ignore[arg-type]
        return [f.line for f in record_step(session, given, TODAY).warnings]


def members_named(
    database: Database, name: str
) -> list[Row[tuple[int, MemberCategory, date, str, date]]]:
    """The roster rows of that name: id, category, join and 转正 dates, ID number."""
    with database.read() as session:
        query = select(
            Member.id, Member.category, Member.join_date, Member.full_member_date, Member.id_number
        ).where(Member.name == name)
        return list(session.execute(query))


def test_the_step_list_is_seeded_by_the_migration_as_the_rules_list_it(database: Database) -> None:
    with database.read() as session:
        assert steps(session) == list(DEFAULT_STEPS)


def test_a_file_is_checked_like_a_roster_row(database: Database, village: dict[str, int]) -> None:
    with database.transaction() as session:
        with pytest.raises(RecordInvalid, match="身份号码") as refused:
            add_person(session, PersonInput("钱多", id_number="330726199804061230"), TODAY)
        assert refused.value.findings[0].citation.startswith("《公民身份号码》")
        with pytest.raises(RecordInvalid, match="性别为空"):
            add_person(session, PersonInput("孙一", birth_date=date(2000, 1, 1)), TODAY)
        # The number gives the sex and the birth date left empty, as on the roster.
        person = add_person(session, PersonInput("周晓", id_number=ZHOU.id_number), TODAY)
        assert (person.sex, person.birth_date) == (Sex.FEMALE, date(1998, 4, 6))
        with pytest.raises(RecordInvalid, match="与发展党员档案中的周晓重复"):
            add_person(session, PersonInput("周小", id_number=ZHOU.id_number), TODAY)
        # A number already on the roster is that member's file: linked, not a second person.
        with database.read() as other:
            chen = other.get(Member, village["陈静"])
            assert chen is not None
            number = chen.id_number or ""
        linked = add_person(session, PersonInput("陈静", id_number=number), TODAY)
        assert linked.member_id == village["陈静"]
        update_person(session, person.id, PersonInput("周晓", id_number=ZHOU.id_number,
                                                      phone="13900001111"), TODAY)  # fmt: skip
        assert person.phone == "13900001111"


def test_an_application_before_eighteen_is_refused_naming_the_rule(
    database: Database, branch: None
) -> None:
    person = new_person(database, PersonInput("吴小", Sex.MALE, date(2009, 5, 1)))
    with pytest.raises(RecordInvalid) as refused:
        record(database, person, "application", "2026-03-02")
    (finding,) = refused.value.findings
    assert "递交入党申请书时未满十八周岁" in finding.line and "2027-05-01起方可申请" in finding.line
    assert finding.rule == "development.age" and "第五条" in finding.citation
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(DevelopmentRecord)) == 0


def test_a_late_talk_is_recorded_and_keeps_its_warning(database: Database, branch: None) -> None:
    person = new_person(database)
    record(database, person, "application", "2026-03-02")
    warnings = record(database, person, "talk", "2026-04-20")
    assert warnings == [
        "日期：谈话晚于收到入党申请书后一个月：申请书2026-03-02递交，应在2026-04-02前谈话，"
        "实际2026-04-20（晚了18天）"
    ]
    with database.read() as session:
        (stand,) = pipeline(session, TODAY)
        assert [f.reason for f in stand.late] == ["谈话晚于收到入党申请书后一个月"]
        assert stand.current is not None and stand.current.label == "②党组织派人谈话"


def test_a_step_before_an_earlier_stages_step_cannot_be_recorded(
    database: Database, branch: None
) -> None:
    person = new_person(database)
    record(database, person, "activist", "2026-06-05")
    with pytest.raises(RecordInvalid, match="先后矛盾") as refused:
        record(database, person, "candidate", "2026-05-01")
    assert refused.value.findings[0].rule == "development.order"
    with pytest.raises(RecordInvalid, match="晚于今天"):
        record(database, person, "activist_filed", "2026-12-01")


def test_a_step_names_members_and_its_meeting_and_the_log_says_so(
    database: Database, village: dict[str, int]
) -> None:
    person = new_person(database)
    with database.transaction() as session:
        meeting = activities.save_activity(
            session,
            ActivityDraft(kind=ActivityKind.COMMITTEE, date=date(2026, 9, 5), place="村部",
                          start_time=time(19), end_time=time(21), host="陈静", recorder="王伟",
                          topics=["确定入党积极分子"],
                          attendees=activities.expected_attendees(
                              session, ActivityKind.COMMITTEE, None, date(2026, 9, 5))),
            TODAY,
        ).id  # fmt: skip
    record(database, person, "application", "2026-03-02")
    record(database, person, "talk", "2026-03-10")
    record(database, person, "activist", "2026-09-05", activity_id=meeting,
           documents=(DocumentInput("推荐材料"),))  # fmt: skip
    warnings = record(
        database, person, "contacts", "2026-09-10", people=(village["陈静"], village["赵敏"])
    )
    assert warnings == ["日期：前面的步骤尚未登记：④报上级党委备案还没有登记",
                        "培养联系人：赵敏在2026-09-10不是在册的正式党员：培养联系人应当是正式党员"
                        "（预备党员不能担任）"]  # fmt: skip
    with database.read() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        step_entries = [e for e in entries if e.subject == "发展党员纪实"]
        assert step_entries[-1].record == "周晓 ⑤指定培养联系人 2026-09-10"
        assert "培养联系人：陈静、赵敏" in step_entries[-1].changes
        assert "会议记录：2026-09-05 支部委员会会议" in step_entries[-2].changes
        assert any(e.subject == "发展对象档案" and e.action == "新增" for e in entries)
        # A meeting of another kind is refused.
        wrong = StepInput(person, "admission", date(2026, 9, 5), activity_id=meeting)
        assert "⑮支部大会讨论应由支部党员大会决定" in [
            f.reason for f in check_step(session, wrong, TODAY)
        ]


def test_admission_makes_exactly_one_roster_member_joined_on_the_vote(
    database: Database, village: dict[str, int]
) -> None:
    person = new_person(database)
    record(database, person, "application", "2024-03-02")
    with pytest.raises(RecordInvalid, match="请先登记⑮支部大会讨论"):
        record(database, person, "approval", "2026-06-20")
    assert members_named(database, "周晓") == []
    record(database, person, "admission", "2026-05-20", vote=TopicVote(4, 4, 4),
           documents=(DocumentInput("支部大会会议记录"),))  # fmt: skip
    assert members_named(database, "周晓") == []  # the vote alone admits nobody
    with database.transaction() as session:
        result = record_step(session, StepInput(person, "approval", date(2026, 6, 20)), TODAY)
        assert result.admitted
    (admitted,) = members_named(database, "周晓")
    assert admitted.category is MemberCategory.PROBATIONARY
    assert admitted.join_date == date(2026, 5, 20) and admitted.id_number == ZHOU.id_number
    # Recording the approval again (a correction) adds nobody.
    record(database, person, "approval", "2026-06-21")
    assert [m.id for m in members_named(database, "周晓")] == [admitted.id]
    with database.read() as session:
        stored = session.get(DevelopmentPerson, person)
        assert stored is not None and stored.member_id == admitted.id
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.record == "周晓"))
        assert "接收为预备党员" in list(actions)


def test_a_vote_that_did_not_pass_admits_nobody(database: Database, branch: None) -> None:
    person = new_person(database)
    with pytest.raises(RecordInvalid, match="表决未通过") as refused:
        record(database, person, "admission", "2026-05-20", vote=TopicVote(10, 8, 5, 3))
    assert "第十一条" in refused.value.findings[0].citation


def test_confirmation_is_the_rosters_movement_dated_when_the_probation_ends(
    database: Database, village: dict[str, int]
) -> None:
    person = new_person(database)
    record(database, person, "application", "2023-03-02")
    record(database, person, "admission", "2025-06-01", vote=TopicVote(4, 4, 4))
    record(database, person, "approval", "2025-07-01")
    with pytest.raises(RecordInvalid, match="请先登记接收预备党员和㉓"):
        record(database, person, "confirmation_approval", "2026-06-20")
    record(database, person, "confirmation_meeting", "2026-06-05", vote=TopicVote(4, 4, 4))
    with database.transaction() as session:
        result = record_step(
            session, StepInput(person, "confirmation_approval", date(2026, 6, 20)), TODAY
        )
        assert result.confirmed
    (confirmed,) = members_named(database, "周晓")
    assert confirmed.category is MemberCategory.FULL
    assert confirmed.full_member_date == date(2026, 6, 1)  # 党龄 from the end of the year
    with database.read() as session:
        movements = session.execute(
            select(MemberMovement.kind, MemberMovement.date, MemberMovement.decision_date).where(
                MemberMovement.member_id == confirmed.id
            )
        ).all()
        assert movements == [(MovementKind.CONFIRMED, date(2026, 6, 1), date(2026, 6, 5))]
        (stand,) = pipeline(session, TODAY)
        assert stand.finished and stand.dues == ()


def test_the_timeline_shows_each_step_and_what_the_file_lacks(
    database: Database, village: dict[str, int]
) -> None:
    person = new_person(database)
    record(database, person, "application", "2026-03-02",
           documents=(DocumentInput("入党申请书", date=date(2026, 3, 2)),))  # fmt: skip
    record(database, person, "talk", "2026-03-10", conclusion="动机端正")
    record(database, person, "activist", "2026-09-10",
           documents=(DocumentInput("推荐材料"), DocumentInput("支委会会议记录", on_file=False)))  # fmt: skip
    with database.read() as session:
        line = timeline(session, person, TODAY)
    assert [r.step.label for r in line.rows][:4] == [
        "①递交入党申请书", "②党组织派人谈话", "③推荐和确定入党积极分子", "④报上级党委备案",
    ]  # fmt: skip
    assert len(line.rows) == 25 and line.rows[3].date is None
    assert line.rows[1].conclusion == "动机端正"
    assert line.missing_documents == (
        "②党组织派人谈话：谈话记录",
        "③推荐和确定入党积极分子：支委会会议记录",
    )
    # An 积极分子's half-yearly 考察 is due beside the next step.
    assert [d.text for d in line.stand.dues] == [
        "⑥培养教育考察，应在2027-03-10前",
        "④报上级党委备案",
    ]


def test_reminders_name_steps_overdue_and_due_within_thirty_days(
    database: Database, branch: None
) -> None:
    late = new_person(database)
    record(database, late, "application", "2026-09-01")  # talk due 2026-10-01: overdue
    soon = new_person(database, PersonInput("吴强", Sex.MALE, date(1990, 3, 3)))
    record(database, soon, "application", "2026-11-10")  # talk due 2026-12-10: within 30 days
    later = new_person(database, PersonInput("郑涛", Sex.MALE, date(1991, 3, 3)))
    record(database, later, "application", "2026-05-01")
    record(database, later, "talk", "2026-05-05")
    record(database, later, "activist", "2026-11-20")  # 考察 due 2027-05-20: not yet
    with database.read() as session:
        found = reminders(session, TODAY)
    assert [(r.text, r.overdue) for r in found] == [
        ("周晓：②党组织派人谈话已超期（应在2026-10-01前，已过60天）", True),
        ("吴强：②党组织派人谈话应在2026-12-10前办理（还有10天）", False),
    ]
    assert all("第七条" in r.citation for r in found)


def test_the_report_counts_the_periods_steps(database: Database, branch: None) -> None:
    person = new_person(database)
    record(database, person, "application", "2026-04-02")
    record(database, person, "talk", "2026-04-10")
    other = new_person(database, PersonInput("吴强", Sex.MALE, date(1990, 3, 3)))
    record(database, other, "application", "2026-09-01")
    with database.read() as session:
        part = development(session, YearPeriod(2026, 2), TODAY)
        year = development(session, YearPeriod(2026), TODAY)
    assert (part.applied, part.in_progress, part.overdue) == (1, 1, 0)
    assert (year.applied, year.in_progress, year.overdue) == (2, 2, 1)
    text = development_text(year)
    assert text.placeholders["development"]["applied"] == 2
    assert text.lines == [
        "本期收到入党申请2份，确定入党积极分子0名、发展对象0名，支部大会接收预备党员0名，预备党员转正0名。"
        "期末在培养考察中的2人，其中1人有步骤超期，正在补办。"
    ]


def test_the_demo_admits_its_newest_probationer_through_the_meeting_that_voted(
    database: Database,
) -> None:
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        stands = pipeline(session, TODAY)
        newest = session.scalars(
            select(Member)
            .where(Member.category == MemberCategory.PROBATIONARY)
            .order_by(Member.join_date.desc())
        ).first()
        assert newest is not None
        admitted = [s for s in stands if s.member_id is not None]
        assert [s.member_id for s in admitted] == [newest.id]
        assert session.scalar(select(func.count()).where(Member.name == newest.name)) == 1
        line = timeline(session, admitted[0].person_id, TODAY)
        (vote_row,) = [r for r in line.rows if r.step.code == "admission"]
        assert vote_row.date == newest.join_date
        assert vote_row.meeting == f"{newest.join_date} 支部党员大会" and "通过" in vote_row.vote
        assert not [f for r in line.rows for f in r.findings]  # a file in order
        stages = sorted(s.stage for s in stands)
        assert stages == [1, 2, 3, 5]
        texts = [r.text for r in reminders(session, TODAY)]
        assert any("②党组织派人谈话已超期" in t for t in texts)  # the one late at a step
