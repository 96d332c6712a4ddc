"""What the 发展党员 page asks of the book besides the pipeline: the meeting records a step may be
linked to, what a step will do to the roster (said before it is saved), a province's wording of a
step, and the 首页 reminder that opens the page on its person."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from dangwu_desktop.core.activity_rules import ActivityDraft
from dangwu_desktop.core.glossary import ActivityKind, Sex
from dangwu_desktop.core.models import AuditEntry
from dangwu_desktop.core.rulebook import TopicVote
from dangwu_desktop.core.services import RecordInvalid, activities
from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers.development.reminders import reminders
from dangwu_desktop.ledgers.development.service import (
    DocumentInput,
    PersonInput,
    check_person,
    meetings_near,
    roster_effect,
    steps,
    timeline,
    update_step,
)
from tests.test_development_service import TODAY, ZHOU, new_person, record, village

__all__ = ["village"]  # the fixture, shared with the service's tests


def meeting(database: Database, kind: ActivityKind, day: date, title: str = "") -> int:
    with database.transaction() as session:
        return activities.save_activity(
            session,
            ActivityDraft(kind=kind, date=day, place="村部", start_time=time(19),
                          end_time=time(21), host="陈静", recorder="王伟", title=title,
                          topics=["发展党员"],
                          attendees=activities.expected_attendees(session, kind, None, day)),
            TODAY,
        ).id  # fmt: skip


def test_a_step_is_offered_the_meetings_of_its_kind_near_its_date_nearest_first(
    database: Database, village: dict[str, int]
) -> None:
    far = meeting(database, ActivityKind.COMMITTEE, date(2026, 1, 5))
    before = meeting(database, ActivityKind.COMMITTEE, date(2026, 8, 20), "研究积极分子")
    after = meeting(database, ActivityKind.COMMITTEE, date(2026, 9, 8))
    meeting(database, ActivityKind.BRANCH_GENERAL, date(2026, 9, 5))  # another kind
    with database.read() as session:
        found = meetings_near(session, date(2026, 9, 5), ActivityKind.COMMITTEE.value)
    assert [m.activity_id for m in found] == [after, before]
    assert far not in [m.activity_id for m in found]
    assert found[1].label == "2026-08-20 支部委员会会议：研究积极分子"


def test_approval_and_confirmation_say_what_they_will_do_to_the_roster(
    database: Database, village: dict[str, int]
) -> None:
    person = new_person(database)
    record(database, person, "application", "2024-03-02")
    with database.read() as session:
        assert roster_effect(session, person, "approval") == "将在花名册中新增预备党员周晓"
        assert roster_effect(session, person, "talk") == ""
    record(database, person, "admission", "2025-05-20", vote=TopicVote(4, 4, 4))
    with database.read() as session:
        assert roster_effect(session, person, "approval") == (
            "将在花名册中新增预备党员周晓，入党时间为支部大会讨论的日期2025-05-20"
        )
    record(database, person, "approval", "2025-06-20")
    with database.read() as session:
        assert roster_effect(session, person, "approval") == "周晓已在花名册中，不另建党员记录"
        assert roster_effect(session, person, "confirmation_approval") == (
            "将在花名册中登记周晓转正，转正日期为预备期满之日2026-05-20"
        )


def test_the_timeline_row_keeps_the_values_the_step_dialog_reopens(
    database: Database, village: dict[str, int]
) -> None:
    person = new_person(database)
    record(database, person, "application", "2024-03-02")
    record(database, person, "contacts", "2024-09-10", people=(village["陈静"], village["王伟"]))
    record(database, person, "committee_review", "2026-04-20",
           publicity=(date(2026, 4, 1), date(2026, 4, 7)),
           documents=(DocumentInput("公示材料", "公示-1", date(2026, 4, 1), on_file=False),))  # fmt: skip
    with database.read() as session:
        rows = {r.step.code: r for r in timeline(session, person, TODAY).rows}
    assert rows["contacts"].people_ids == (village["陈静"], village["王伟"])
    assert rows["committee_review"].publicity == (date(2026, 4, 1), date(2026, 4, 7))
    assert rows["committee_review"].documents == (
        DocumentInput("公示材料", "公示-1", date(2026, 4, 1), on_file=False),
    )


def test_a_step_may_be_renamed_and_given_other_documents_and_the_log_says_so(
    database: Database,
) -> None:
    with database.transaction() as session:
        changed = update_step(
            session, "talk", " 党组织派人谈话（乡镇） ", ["谈话记录", " ", "谈话提纲", "谈话记录"]
        )
    assert (changed.name, changed.documents) == ("党组织派人谈话（乡镇）", ("谈话记录", "谈话提纲"))
    with database.read() as session:
        talk = next(s for s in steps(session) if s.code == "talk")
        assert talk == changed and talk.number == 2
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.subject == "发展党员步骤"
        assert "谈话提纲" in entry.changes


@pytest.mark.parametrize(
    ("name", "documents", "said"),
    [
        ("", ["谈话记录"], "步骤名称为空"),
        ("谈" * 31, [], "步骤名称太长"),
        ("谈话", ["谈话记录、提纲"], "含有“、”"),
    ],
)
def test_a_step_name_or_document_that_cannot_be_kept_is_refused(
    database: Database, name: str, documents: list[str], said: str
) -> None:
    with database.transaction() as session, pytest.raises(RecordInvalid, match=said):
        update_step(session, "talk", name, documents)


def test_a_development_reminder_opens_the_page_on_its_person(
    database: Database, branch: None
) -> None:
    late = new_person(database)
    record(database, late, "application", "2026-09-01")  # talk overdue
    with database.read() as session:
        (found,) = reminders(session, TODAY)
    assert (found.page, found.item) == ("development", late)


def test_a_files_own_findings_name_their_field_and_cite_no_rule_they_do_not_have(
    database: Database, village: dict[str, int]
) -> None:
    """The window shows a finding's citation as （依据：…）: a field's name there is wrong."""
    with database.read() as session:
        blank = check_person(session, PersonInput("孙一", Sex.MALE), TODAY)
    (birth,) = [f for f in blank.findings if f.attribute == "birth_date"]
    assert (birth.label, birth.citation) == ("出生日期", "")
    new_person(database)
    with database.read() as session:
        twin = check_person(session, PersonInput("周小", id_number=ZHOU.id_number), TODAY)
    assert [(f.label, f.citation) for f in twin.findings] == [("身份号码", "")]
