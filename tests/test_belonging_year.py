"""所属年度 (rule meeting.belongs_to_year): the 组织生活会 and 民主评议 of year N are usually held
in January–February of N+1. Such a record carries the year it belongs to, offered as the year
before in January–February, and the matrix, the 首页 reminders, the report and the exports count
it there. Dated cases."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import ActivityKind, Attendance
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.rulebook import belonging_year, default_belonging_year
from dangwu_desktop.core.schedule import CellStatus
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.core.services.reports import appraisal_part, meetings_part
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers.meetings import reminders
from dangwu_desktop.ledgers.meetings.report import appraisal_text
from tests.conftest import TODAY, member

K = ActivityKind


@pytest.mark.parametrize(
    ("kind", "held", "offered"),
    [
        (K.LIFE_MEETING, date(2026, 1, 18), 2025),  # January: the year before's
        (K.APPRAISAL, date(2026, 2, 28), 2025),  # to the end of February
        (K.LIFE_MEETING, date(2026, 3, 1), 2026),  # from March: its own year
        (K.APPRAISAL, date(2025, 12, 28), 2025),  # held in its year, as the 条例 expects
        (K.THEME_DAY, date(2026, 1, 10), 2026),  # the other kinds: always the date's year
        (K.TALK, date(2026, 1, 12), 2026),
    ],
)
def test_rule_meeting_belongs_to_year_offered(kind: ActivityKind, held: date, offered: int) -> None:
    assert default_belonging_year(kind, held) == offered
    assert belonging_year(kind, held, None) == offered


def test_rule_meeting_belongs_to_year_only_for_year_end_kinds() -> None:
    assert belonging_year(K.LIFE_MEETING, date(2026, 3, 10), 2025) == 2025  # held late, asked
    assert belonging_year(K.THEME_DAY, date(2026, 1, 10), 2025) == 2026  # not asked: its date's


def record(kind: ActivityKind, day: date, year: int | None = None) -> ActivityDraft:
    present = [Attendee(1, "张三", Attendance.PRESENT)]
    return ActivityDraft(kind, day, topics=["对照检查"], attendees=present, belongs_to_year=year)


@pytest.fixture
def zhang(database: Database, branch: None) -> None:
    with database.transaction() as session:
        add_member(session, member(), TODAY)


@pytest.mark.parametrize(
    ("year", "refused"), [(2024, True), (2025, False), (2026, False), (2027, True)]
)
def test_rule_meeting_belongs_to_year_is_the_dates_or_the_year_before(
    database: Database, zhang: None, year: int, refused: bool
) -> None:
    draft = record(K.LIFE_MEETING, date(2026, 1, 18), year)
    with database.transaction() as session:
        if refused:
            with pytest.raises(RecordInvalid) as refusal:
                service.save_activity(session, draft, TODAY)
            assert [f.rule for f in refusal.value.findings] == ["meeting.belongs_to_year"]
            assert "所属年度只能是2025年或2026年" in str(refusal.value)
        else:
            saved = service.save_activity(session, draft, TODAY)
            assert saved.belongs_to_year == year


@pytest.fixture
def january_round(database: Database, zhang: None) -> Database:
    """2025's 组织生活会 and 民主评议, held on 18 and 19 January 2026, saved as offered."""
    with database.transaction() as session:
        for kind, day in ((K.LIFE_MEETING, date(2026, 1, 18)), (K.APPRAISAL, date(2026, 1, 19))):
            service.save_activity(session, record(kind, day), TODAY)
    return database


def yearly(database: Database, year: int, today: date) -> dict[str, str]:
    with database.read() as session:
        rows = service.schedule_for_year(session, year, today)
    return {r.label: r.cells[0].status.value for r in rows if r.requirement.kind in (K.LIFE_MEETING, K.APPRAISAL)}  # fmt: skip


def test_rule_meeting_belongs_to_year_counts_a_january_record_for_the_year_before(
    january_round: Database,
) -> None:
    held, due = CellStatus.HELD.value, CellStatus.DUE.value
    assert yearly(january_round, 2025, TODAY) == {"组织生活会": held, "民主评议党员": held}
    # the new year's own are still to be held
    assert yearly(january_round, 2026, TODAY) == {"组织生活会": due, "民主评议党员": due}
    with january_round.read() as session:
        in_2025 = service.record_sheets(session, date(2025, 1, 1), date(2025, 12, 31))
        in_q4 = service.record_sheets(session, date(2025, 10, 1), date(2025, 12, 31))
        in_2026 = service.record_sheets(session, date(2026, 1, 1), date(2026, 12, 31))
        in_january = service.record_sheets(session, date(2026, 1, 1), date(2026, 1, 31))
        listed_2026 = service.list_activities(session, 2026)
        listed_2025 = service.list_activities(session, 2025)
    assert [s.kind for s in in_2025] == [K.LIFE_MEETING, K.APPRAISAL] == [s.kind for s in in_q4]
    assert in_2026 == [] and in_january == []  # the year's exports and monthly return
    # The page lists them under the year they were held in and the year they belong to.
    assert [s.kind.value + s.year_note for s in listed_2026] == [
        "民主评议党员（2025年度）",
        "组织生活会（2025年度）",
    ]
    assert len(listed_2025) == 2


def test_rule_meeting_belongs_to_year_in_the_annual_reports(january_round: Database) -> None:
    """2025's report has the round held; 2026's says 2026's is not held yet, and its appraisal
    section agrees (no 民主评议 counted as held while saying it has no results)."""
    with january_round.read() as session:
        lines_2025 = {m.kind: m for m in meetings_part(session, YearPeriod(2025), TODAY).lines}
        lines_2026 = {m.kind: m for m in meetings_part(session, YearPeriod(2026), TODAY).lines}
        appraisal_2025 = appraisal_text(appraisal_part(session, 2025)).lines
        appraisal_2026 = appraisal_text(appraisal_part(session, 2026)).lines
    assert lines_2025["组织生活会"].status == "按规定开展"
    assert lines_2025["民主评议党员"].dates == (date(2026, 1, 19),)
    assert lines_2026["民主评议党员"].status == "尚需开展1次\n（2027年2月28日前）"
    assert lines_2026["民主评议党员"].records == 0
    assert appraisal_2025 == ["2025年度民主评议党员已于2026年1月19日开展，评议结果尚未登记。"]
    assert appraisal_2026 == ["2026年度民主评议党员尚未开展，尚未登记结果。"]


@pytest.mark.parametrize(
    ("today", "reminded"),
    [
        (date(2026, 1, 10), True),  # 2025's may still be held: reminded as due, not as missed
        (date(2026, 2, 28), True),
        (date(2026, 3, 1), False),  # past: the 2025 matrix shows it 未开展
    ],
)
def test_rule_meeting_belongs_to_year_reminds_of_last_years_round_in_january_and_february(
    database: Database, branch: None, today: date, reminded: bool
) -> None:
    with database.read() as session:
        found = [r.text for r in reminders.reminders(session, today)]
    last_year = [t for t in found if t.startswith("2025年度的")]
    assert last_year == (
        [
            "2025年度的组织生活会尚未开展：可在2026-02-28前召开，所属年度选“2025年度”",
            "2025年度的民主评议党员尚未开展：可在2026-02-28前召开，所属年度选“2025年度”",
        ]
        if reminded
        else []
    )


def test_a_held_january_round_silences_last_years_reminder(january_round: Database) -> None:
    with january_round.read() as session:
        found = [r.text for r in reminders.reminders(session, date(2026, 1, 25))]
    assert not [t for t in found if t.startswith("2025年度的")]
    assert "今年尚未开展组织生活会" in found  # 2026's own is still due


def test_rule_meeting_belongs_to_year_on_the_home_pages_figures(january_round: Database) -> None:
    """首页's “今年的组织生活” does not count last year's round held in January, which would
    contradict its own reminder “今年尚未开展组织生活会”."""
    from dangwu_desktop.core.services.dashboard import headline

    with january_round.read() as session:
        numbers = headline(session, TODAY)
    assert (numbers.meetings_this_year, numbers.by_kind) == (0, ())


def test_a_year_kept_in_memory_counts_the_records_as_the_database_does(
    database: Database, zhang: None
) -> None:
    """The archive reads its year's records once (year_records_kept); every stretch within the
    year then gets the records the query gets: a 组织生活会 held next January belongs to the
    year's end, one held this January for last year to neither of this year's stretches."""
    with database.transaction() as session:
        for kind, day, year in (
            (K.LIFE_MEETING, date(2026, 1, 18), 2025),
            (K.THEME_DAY, date(2026, 1, 10), None),
            (K.THEME_DAY, date(2026, 3, 31), None),
            (K.THEME_DAY, date(2026, 12, 31), None),
            (K.LIFE_MEETING, date(2027, 1, 20), 2026),
            (K.APPRAISAL, date(2026, 11, 5), None),
        ):
            service.save_activity(session, record(kind, day, year), date(2027, 1, 31))
    stretches = [
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 10, 1), date(2026, 12, 31)),
        (date(2026, 12, 1), date(2026, 12, 31)),
        (date(2026, 1, 1), date(2026, 1, 31)),
    ]
    asked = [
        {"held": held, "kinds": kinds}
        for held in (False, True)
        for kinds in (None, [K.LIFE_MEETING], [K.THEME_DAY, K.APPRAISAL])
    ]

    def answers() -> list[list[tuple[date, ActivityKind]]]:
        return [
            [(s.date, s.kind) for s in service.record_sheets(session, *stretch, **how)]  # type: ignore[arg-type]
            for stretch in stretches
            for how in asked
        ]

    with database.read() as session:
        queried = answers()
        with service.year_records_kept(session, 2026):
            kept = answers()
            assert session.info[service.KEPT_YEAR][1] is not None  # answered from memory
    assert kept == queried
    assert (date(2027, 1, 20), K.LIFE_MEETING) in queried[0]  # the year's own, held next January
