"""谈心谈话 per conversation (第十九条): each record holds its talks — 谈话人, 谈话对象, the day,
谈话内容 — and the year's coverage is read from them: every pair of 支部委员, and every member
with at least one 委员."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee, Talk
from dangwu_desktop.core.demo import BRANCH_NAME, build_demo_village
from dangwu_desktop.core.glossary import ActivityKind, Attendance, CommitteePost
from dangwu_desktop.core.rulebook import frequency
from dangwu_desktop.core.rules import Severity
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.core.services.talks import talk_coverage
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.meeting_records_docx import build_document
from dangwu_desktop.io.record_html import records_html
from dangwu_desktop.ledgers.meetings import reminders
from tests.conftest import member

TODAY = date(2026, 11, 20)
# Three 委员 (陈静 书记, 王伟, 李红) and four members.
PEOPLE = (
    ("陈静", "330726198001011225"),
    ("王伟", "330726198202021219"),
    ("李红", "330726198503031226"),
    ("赵一", "330726199004041213"),
    ("钱二", "330726199105051218"),
    ("孙三", "330726199206061212"),
    ("吴七", "330726199307071217"),  # seven 正式党员: a branch with a committee
)


@pytest.fixture
def branch_people(database: Database) -> dict[str, int]:
    return seat_the_branch(database)


def seat_the_branch(database: Database) -> dict[str, int]:
    """The members on the roster and the three 委员 linked to them; the members' ids by name."""
    with database.transaction() as session:
        ids = {
            name: add_member(session, member(name=name, id_number=number), TODAY).id
            for name, number in PEOPLE
        }
        branch_service.save_branch_info(
            session,
            branch_service.BranchInfo(
                name="中共东岙村支部委员会",
                secretary="陈静",
                secretary_id=ids["陈静"],
                committee=[
                    branch_service.Seat("王伟", CommitteePost.ORGANISATION, ids["王伟"]),
                    branch_service.Seat("李红", CommitteePost.PROPAGANDA, ids["李红"]),
                ],
            ),
        )
    return ids


def talk(ids: dict[str, int], talker: str, talkee: str, day: date, content: str = "谈思想") -> Talk:
    return Talk(ids[talker], talker, ids[talkee], talkee, day, content, "", "")


def talk_record(
    session: Session, day: date, talks: list[Talk], attendees: list[Attendee] | None = None
) -> int:
    draft = ActivityDraft(
        ActivityKind.TALK, day, place="村部", host="陈静", recorder="王伟", talks=talks,
        attendees=attendees or [],
    )  # fmt: skip
    return service.save_activity(session, draft, TODAY, now=datetime(2026, 11, 20, 9)).id


def test_a_talk_record_keeps_each_conversation_and_those_talked_with_took_part(
    database: Database, branch_people: dict[str, int]
) -> None:
    ids = branch_people
    talks = [
        Talk(ids["陈静"], "陈静", ids["赵一"], "赵一", date(2026, 3, 2), "谈茶园", "要销路", "委员与党员"),
        talk(ids, "王伟", "李红", date(2026, 3, 3)),
    ]  # fmt: skip
    with database.transaction() as session:
        record = talk_record(session, date(2026, 3, 3), talks)
    with database.read() as session:
        draft = service.activity_draft(service.get_activity(session, record))
        sheet = service.record_sheets(session, date(2026, 1, 1), date(2026, 12, 31))[0]
    assert draft.talks == talks
    assert sheet.talks == tuple(talks)
    # Who talked is on the record as present: a member talked with has taken part that day.
    assert sorted(sheet.present) == ["李红", "王伟", "赵一", "陈静"] and not sheet.absent


@pytest.mark.parametrize(
    ("talker", "talkee", "day", "content", "reason", "severity"),
    [
        ("陈静", "赵一", date(2026, 3, 2), "谈茶园", None, None),
        ("陈静", "周五", date(2026, 3, 2), "谈茶园", "第1次谈话的谈话对象有误", Severity.ERROR),
        ("", "赵一", date(2026, 3, 2), "谈茶园", "第1次谈话的谈话人有误", Severity.ERROR),
        ("陈静", "陈静", date(2026, 3, 2), "谈茶园", "第1次谈话的谈话人和谈话对象是同一人", Severity.ERROR),
        ("陈静", "赵一", date(2026, 12, 2), "谈茶园", "第1次谈话的日期在未来", Severity.ERROR),
        ("陈静", "赵一", date(2026, 3, 2), "", "第1次谈话未填写谈话内容", Severity.WARNING),
    ],
)  # fmt: skip
def test_each_conversation_names_two_members_a_past_day_and_what_was_said(
    database: Database,
    branch_people: dict[str, int],
    talker: str,
    talkee: str,
    day: date,
    content: str,
    reason: str | None,
    severity: Severity | None,
) -> None:
    ids = branch_people
    one = Talk(ids.get(talker), talker, ids.get(talkee), talkee, day, content)
    draft = ActivityDraft(ActivityKind.TALK, date(2026, 3, 2), place="村部", talks=[one])
    with database.read() as session:
        findings = service.check_activity_record(session, draft, TODAY)
    talks = [(f.reason, f.severity) for f in findings if f.attribute == "talks"]
    assert talks == ([] if reason is None else [(reason, severity)])
    assert not [f for f in findings if f.attribute == "attendance"]  # those talking are present


def test_a_talk_record_kept_as_one_text_stays_valid_and_is_asked_for_its_conversations(
    database: Database, branch_people: dict[str, int]
) -> None:
    """A record from before conversations were rows: its text and people, no talks."""
    committee = [Attendee(branch_people[n], n, Attendance.PRESENT) for n in ("陈静", "王伟")]
    draft = ActivityDraft(
        ActivityKind.TALK, date(2026, 1, 12), place="村部", host="陈静", recorder="王伟",
        topics=["谈话内容"], minutes="陈静与王伟谈心，谈了分工和班子团结，相互提了意见。" * 3,
        attendees=committee,
    )  # fmt: skip
    with database.transaction() as session:
        findings = service.check_activity_record(session, draft, TODAY)
        service.save_activity(session, draft, TODAY)
    assert [f.severity for f in findings if f.attribute == "talks"] == [Severity.WARNING]
    assert not [f for f in findings if f.severity is Severity.ERROR]


def test_a_conversation_with_someone_not_on_the_roster_is_not_saved(
    database: Database, branch_people: dict[str, int]
) -> None:
    stranger = Talk(branch_people["陈静"], "陈静", None, "周五", date(2026, 3, 2), "谈话")
    with database.transaction() as session, pytest.raises(RecordInvalid):
        talk_record(session, date(2026, 3, 2), [stranger])


def test_the_years_coverage_reads_committee_pairs_and_members_from_the_conversations(
    database: Database, branch_people: dict[str, int]
) -> None:
    ids = branch_people
    with database.transaction() as session:
        talk_record(session, date(2026, 2, 1), [
            talk(ids, "陈静", "王伟", date(2026, 2, 1)),
            talk(ids, "李红", "陈静", date(2026, 2, 1)),  # either way round
            talk(ids, "王伟", "赵一", date(2026, 2, 1)),
            talk(ids, "赵一", "钱二", date(2026, 2, 1)),  # two members: not a 委员's talk
        ])  # fmt: skip
        talk_record(session, date(2025, 12, 1), [talk(ids, "王伟", "李红", date(2025, 12, 1))])
        deleted = talk_record(
            session, date(2026, 3, 1), [talk(ids, "李红", "孙三", date(2026, 3, 1))]
        )
        service.delete_activity(session, deleted, datetime(2026, 3, 2))
    with database.read() as session:
        coverage = talk_coverage(session, 2026)
    assert [p.name for p in coverage.committee] == ["陈静", "王伟", "李红"]
    pairs = {
        (p.first.name, p.second.name if p.second else ""): p.dates for p in coverage.committee_pairs
    }
    assert pairs == {
        ("陈静", "王伟"): (date(2026, 2, 1),),
        ("陈静", "李红"): (date(2026, 2, 1),),
        ("王伟", "李红"): (),  # last year's talk does not count for this year
    }
    assert [(p.first.name, p.second.name) for p in coverage.open_pairs if p.second] == [
        ("王伟", "李红")
    ]
    # 孙三's talk was deleted to the 回收站; 钱二 talked only with another member.
    assert [m.name for m in coverage.open_members] == ["钱二", "孙三", "吴七"]
    assert [(r.first.name, r.second.name) for r in coverage.member_talks if r.second] == [
        ("赵一", "王伟")
    ]
    assert coverage.summary == "2026年：委员之间3对，已谈2对；其他党员4人，已与委员谈话1人"
    assert not coverage.complete


def test_the_last_quarter_reminds_of_those_not_yet_talked_with(
    database: Database, branch_people: dict[str, int]
) -> None:
    ids = branch_people
    with database.transaction() as session:
        talk_record(session, date(2026, 2, 1), [
            talk(ids, "陈静", "王伟", date(2026, 2, 1)), talk(ids, "陈静", "李红", date(2026, 2, 1)),
            talk(ids, "王伟", "赵一", date(2026, 2, 1)), talk(ids, "李红", "钱二", date(2026, 2, 1)),
        ])  # fmt: skip
    with database.read() as session:
        september = reminders.gather(session, date(2026, 9, 30))
        october = reminders.gather(session, date(2026, 10, 1))
    assert not [r for r in reminders.judge(september) if r.kind == reminders.TALKS_REMINDER]
    found = [r for r in reminders.judge(october) if r.kind == reminders.TALKS_REMINDER]
    assert [r.text for r in found] == [
        "今年的谈心谈话还没有谈到：支部委员之间1对未谈（王伟与李红）；2名党员未与支部委员谈（孙三、吴七），"
        "请在年底前补谈并登记"
    ]
    assert (
        found[0].citation == frequency(ActivityKind.TALK).citation
        and "第十九条" in found[0].citation
    )
    assert found[0].page == "activities"
    with database.transaction() as session:
        talk_record(session, date(2026, 10, 8), [
            talk(ids, "王伟", "李红", date(2026, 10, 8)), talk(ids, "李红", "孙三", date(2026, 10, 8)),
            talk(ids, "陈静", "吴七", date(2026, 10, 8)),
        ])  # fmt: skip
    with database.read() as session:
        done = reminders.judge(reminders.gather(session, date(2026, 10, 9)))
    assert not [r for r in done if r.kind == reminders.TALKS_REMINDER]


def test_the_demo_village_has_talked_mostly_but_not_fully(database: Database) -> None:
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        coverage = talk_coverage(session, TODAY.year)
        found = reminders.judge(reminders.gather(session, TODAY))
    assert len(coverage.committee) == 5 and len(coverage.open_pairs) == 1
    members = coverage.members
    assert 0 < len(coverage.open_members) <= len(members) // 5
    assert [r for r in found if r.kind == reminders.TALKS_REMINDER]


def test_a_talk_record_prints_each_conversation(
    database: Database, branch_people: dict[str, int]
) -> None:
    ids = branch_people
    talks = [
        Talk(ids["陈静"], "陈静", ids["赵一"], "赵一", date(2026, 3, 2), "谈了茶园收成", "希望帮助销路", "委员与党员"),
    ]  # fmt: skip
    with database.transaction() as session:
        talk_record(session, date(2026, 3, 2), talks)
    with database.read() as session:
        sheets = service.record_sheets(session, date(2026, 1, 1), date(2026, 12, 31))
    row = ["1", "3月2日", "陈静", "赵一（委员与党员）", "谈了茶园收成", "希望帮助销路"]
    document = build_document(sheets, BRANCH_NAME)
    words = [p.text for p in document.paragraphs]
    assert "谈话记录" in words and "会议记录" not in words  # no empty minutes under the talks
    # A table, a line or two a conversation: 序号、日期、谈话人、谈话对象、谈话内容、意见建议
    table = document.tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "序号",
        "日期",
        "谈话人",
        "谈话对象",
        "谈话内容",
        "意见建议",
    ]
    assert [c.text for c in table.rows[1].cells] == row
    html = records_html(sheets, BRANCH_NAME)
    assert "谈话记录" in html and all(f"<td>{text}</td>" in html for text in row)
