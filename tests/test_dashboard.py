"""The dashboard service: what the reminder rules are given, read from the records."""

from __future__ import annotations

from datetime import date

from dangwu_desktop import ledgers
from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import ActivityKind, Attendance, MemberCategory, MovementKind
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.reminders import ReminderKind
from dangwu_desktop.core.services import activities
from dangwu_desktop.core.services.dashboard import headline, participation
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.core.services.training import credit_hours
from dangwu_desktop.db.database import Database
from tests.conftest import TODAY, member


def test_participation_is_measured_from_the_records_the_branch_keeps(
    database: Database, branch: None
) -> None:
    with database.transaction() as session:
        old = add_member(session, member(), TODAY).id
        someone_else = add_member(
            session, member(name="赵六", id_number="110101199003074477"), TODAY
        ).id
        new = add_member(
            session,
            member(name="李梅", id_number="110101199003074426", join_date=date(2026, 6, 1), full_member_date=None,
                   category=MemberCategory.PROBATIONARY),
            TODAY,
        ).id  # fmt: skip
    assert _since(database) == {}  # no records at all: nobody can be judged
    with database.transaction() as session:
        people = [
            Attendee(old, "张三", Attendance.ABSENT, "病假"),
            Attendee(someone_else, "赵六", Attendance.PRESENT),
        ]
        draft = ActivityDraft(ActivityKind.THEME_DAY, date(2026, 1, 10), attendees=people)
        activities.save_activity(session, draft, TODAY)
    assert _since(database) == {
        old: date(2026, 1, 10),
        someone_else: date(2026, 1, 10),
        new: date(2026, 6, 1),
    }
    with database.read() as session:
        found = ledgers.reminders(session, TODAY)
    inactive = [r for r in found if r.kind is ReminderKind.INACTIVE_MEMBER]
    # absent from the one record, like 赵六 who was there: the records only say January for both
    assert {(r.member_id, r.overdue) for r in inactive} == {(old, True), (someone_else, True)}


def test_reminder_rule_study_credited_away_counts_as_organisational_life(
    database: Database, branch: None
) -> None:
    """党章第九条's six months: a 流动党员 who studies with the branch where they work is not
    inactive because this branch's records never show them."""
    with database.transaction() as session:
        away = add_member(session, member(name="卢珍"), TODAY).id
        record_movement(session, away, Movement(MovementKind.MOBILE_OUT, date(2026, 1, 4), "外出务工",
                                                place="杭州市萧山区"), TODAY)  # fmt: skip
        here = add_member(session, member(name="李梅", id_number="110101199003074426"), TODAY).id
        for day in (date(2026, 1, 10), date(2026, 6, 10)):
            present = [Attendee(here, "李梅", Attendance.PRESENT)]
            activities.save_activity(
                session, ActivityDraft(ActivityKind.THEME_DAY, day, attendees=present), TODAY
            )
    with database.read() as session:
        found = ledgers.reminders(session, TODAY)
    assert [r.member_id for r in found if r.kind is ReminderKind.INACTIVE_MEMBER] == [away]
    with database.transaction() as session:
        credit_hours(session, away, date(2026, 5, 20), 4, "集中学习", "萧山区流动党员党支部", TODAY)
    assert _since(database)[away] == date(2026, 5, 20)
    with database.read() as session:
        found = ledgers.reminders(session, TODAY)
    assert [r for r in found if r.kind is ReminderKind.INACTIVE_MEMBER] == []


def _since(database: Database) -> dict[int, date]:
    with database.read() as session:
        return {p.member_id: p.since for p in participation(session, TODAY)}


def test_headline_numbers(database: Database, branch: None) -> None:
    with database.transaction() as session:
        someone = add_member(session, member(), TODAY).id
        for day in (date(2026, 1, 10), date(2026, 2, 10)):
            draft = ActivityDraft(ActivityKind.THEME_DAY, day, attendees=[Attendee(someone, "张三", Attendance.PRESENT)],
                                  study_hours=2)  # fmt: skip
            activities.save_activity(session, draft, TODAY)
    with database.read() as session:
        numbers = headline(session, TODAY)
    assert (numbers.counts.total, numbers.meetings_this_year, numbers.by_kind, numbers.average_hours) == (
        1, 2, (("主题党日", 2),), 4.0)  # fmt: skip
