"""The demo village: realistic, valid by the program's own rules, with a year of history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dangwu_desktop.core.demo import build_demo_village, generate_bulk_members
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.models import Member, MemberMovement
from dangwu_desktop.core.roster import count_rows, load_roster
from dangwu_desktop.core.rules import check_member
from dangwu_desktop.core.services.branch import load_branch_info
from dangwu_desktop.core.services.members import member_data
from dangwu_desktop.db.database import Database

TODAY = date(2026, 11, 25)


def test_demo_village_is_a_plausible_branch(database: Database) -> None:
    with database.transaction() as session:
        summary = build_demo_village(session, TODAY)
    with database.read() as session:
        rows = load_roster(session, TODAY)
        info = load_branch_info(session)
        kinds = {m.kind for m in session.scalars(select(MemberMovement))}
        members = list(session.scalars(select(Member)))
        for stored in members:  # every demo member passes the roster rules
            assert check_member(member_data(stored), TODAY).ok, stored.name
    assert 55 <= summary.members <= 65 and len(rows) == summary.members
    active = [r for r in rows if r.status is MembershipStatus.ACTIVE]
    counts = count_rows(active)
    assert counts.mobile >= 2 and counts.probationary >= 2 and counts.due_for_confirmation >= 1
    assert {MovementKind.MOBILE_OUT, MovementKind.MOBILE_RETURN, MovementKind.TRANSFER_OUT,
            MovementKind.DECEASED, MovementKind.CONFIRMED} <= kinds  # fmt: skip
    assert info is not None and info.secretary and len(info.committee) == 4
    assert len({r.group_name for r in rows}) == 4


def test_demo_village_has_a_year_of_meetings_with_gaps(database: Database) -> None:
    from dangwu_desktop.core.glossary import ORGANISATIONAL_LIFE, ActivityKind
    from dangwu_desktop.core.services.activities import list_activities, schedule_for_year
    from dangwu_desktop.core.services.appraisals import needing_follow_up, year_grades

    with database.transaction() as session:
        summary = build_demo_village(session, TODAY)
    with database.read() as session:
        records = list_activities(session, TODAY.year, kinds=ORGANISATIONAL_LIFE)
        schedule = schedule_for_year(session, TODAY.year, TODAY)
        graded = year_grades(session, TODAY.year - 1)
        follow_up = needing_follow_up(session, TODAY.year - 1)
    assert summary.meetings >= 70
    assert {r.kind for r in records} == set(ORGANISATIONAL_LIFE) - {ActivityKind.OTHER}
    assert sum(row.missing for row in schedule) >= 5  # gaps an inspection would find
    assert any(r.late_entry for r in records)
    assert graded and len(follow_up) == 1


def test_bulk_members_are_distinct_and_valid(database: Database) -> None:
    with database.transaction() as session:
        generate_bulk_members(session, 2000, today=TODAY)
    with database.read() as session:
        rows = load_roster(session, TODAY)
    assert len({r.id_number for r in rows}) == 2000
    sample = rows[::97]
    for row in sample:
        data = MemberData(name=row.name, id_number=row.id_number, join_date=row.join_date,
                          full_member_date=row.full_member_date, category=MemberCategory.FULL)  # fmt: skip
        assert check_member(data, TODAY).ok, row


def test_demo_grades_only_full_members_of_the_year_appraised(database: Database) -> None:
    """The demo's 民主评议 (held in January) grades the previous year: not the 预备党员 admitted
    since June (rule appraisal.who), nor those still on probation at that year's end (rule
    appraisal.probationary_not_graded)."""
    from dangwu_desktop.core.services.appraisals import appraisal_roll, year_grades

    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        graded = {row.member_id for row in year_grades(session, TODAY.year - 1)}
        roll = appraisal_roll(session, TODAY.year - 1, TODAY)
        joined = {m.id: m.join_date for m in session.scalars(select(Member))}
    admitted_this_year = {key for key, day in joined.items() if day and day.year == TODAY.year}
    probationary = {a.member_id for a in roll if a.probationary}
    assert admitted_this_year and probationary  # the demo has both kinds
    assert not graded & (admitted_this_year | probationary)
    assert graded == {a.member_id for a in roll} - probationary


def test_demo_january_round_is_last_years_and_the_reports_agree(database: Database) -> None:
    """The demo's 组织生活会 and 民主评议 held in January belong to the year before (rule
    meeting.belongs_to_year): that year shows them held, with its grades; this year's report says
    its own are not held yet, and its appraisal section says the same."""
    from dangwu_desktop.core.periods import YearPeriod
    from dangwu_desktop.core.services.reports import appraisal_part, meetings_part
    from dangwu_desktop.ledgers.meetings.report import appraisal_text

    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        last = {m.kind: m for m in meetings_part(session, YearPeriod(TODAY.year - 1), TODAY).lines}
        this = {m.kind: m for m in meetings_part(session, YearPeriod(TODAY.year), TODAY).lines}
        last_appraisal = appraisal_part(session, TODAY.year - 1)
        this_appraisal = appraisal_text(appraisal_part(session, TODAY.year)).lines
    for kind in ("组织生活会", "民主评议党员"):
        assert last[kind].status == "按规定开展" and last[kind].dates[0].year == TODAY.year
        assert this[kind].held == 0 and this[kind].records == 0
    assert last_appraisal.graded and last_appraisal.held
    assert this_appraisal == [f"{TODAY.year}年度民主评议党员尚未开展，尚未登记结果。"]


def test_demo_village_looks_like_a_rural_branch_of_its_day(database: Database) -> None:
    """About a quarter to a third women; the committee are the village's cadres; study topics
    of late 2025–2026 (the 二十届四中全会, the 十五五 plan, the 2026 村级换届), not last session's."""
    from dangwu_desktop.core.models import Activity

    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        rows = [r for r in load_roster(session, TODAY) if r.status is MembershipStatus.ACTIVE]
        info = load_branch_info(session)
        subjects = " ".join(a.title or "" for a in session.scalars(select(Activity)))
        topics = " ".join(t.text for a in session.scalars(select(Activity)) for t in a.topics)
    women = sum(r.sex == "女" for r in rows) / len(rows)
    assert 0.22 <= women <= 0.36, women
    assert info is not None
    committee = {info.secretary, *(seat.name for seat in info.committee)}
    assert {r.occupation for r in rows if r.name in committee} == {"村（社区）干部"}
    text = subjects + topics
    assert "二十届四中全会" in text and "三中全会" not in text


def test_demo_village_has_filed_a_plan_for_each_quarter_so_far(database: Database) -> None:
    """So that its 计划报备表 of each quarter is filled in, as a branch's would be."""
    from dangwu_desktop.core.services.plans import load_plan

    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        planned = [len(load_plan(session, TODAY.year, quarter)) for quarter in (1, 2, 3, 4)]
        assert load_plan(session, TODAY.year + 1, 1) == []
    assert all(count > 0 for count in planned), planned


def test_demo_village_keeps_its_members_away_in_touch(database: Database) -> None:
    """Each member the roster sends away has a 流出 record and a year of contacts: one back home,
    one at a fixed place long enough to transfer, one not contacted for too long, one whose
    活动证 has run out; dues paid away name the member's own 流入地党组织; one 流入党员."""
    from dangwu_desktop.ledgers.dues.models import DuesPayment
    from dangwu_desktop.ledgers.mobile.book import mobile_book
    from dangwu_desktop.ledgers.mobile.reminders import reminders
    from dangwu_desktop.ledgers.mobile.rules import CardState

    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        book = mobile_book(session, TODAY, date(2026, 1, 1), TODAY)
        rows = {row.name: row for row in book.rows}
        on_roster = {m.name: m for m in session.scalars(select(Member).where(Member.is_mobile))}
        paid_away = session.execute(
            select(Member.mobile_org, DuesPayment.paid_at_org)
            .join(DuesPayment, DuesPayment.member_id == Member.id)
            .where(DuesPayment.paid_at_org != "")
        ).all()
        texts = [r.text for r in reminders(session, TODAY)]
    assert {name for name, row in rows.items() if row.away} == set(on_roster)
    assert all(row.stint is not None and len(row.contacts) >= 3 for row in rows.values())
    assert len([row for row in rows.values() if not row.away]) == 1
    assert len([row for row in rows.values() if row.transfer_from is not None]) == 1
    assert len([row for row in rows.values() if row.contact_gap is not None]) == 1
    assert len([row for row in rows.values() if row.card is CardState.EXPIRED]) == 1
    assert paid_away and all(org == paid_at for org, paid_at in paid_away)
    assert len(texts) == 3 and len(book.incoming) == 1 and book.incoming[0].meetings >= 2
