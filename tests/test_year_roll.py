"""A past year's registers and archive list the members on the roll in that year, as the
roster's dated movements tell — not those 在册 today: who had joined by the year's end and had
not gone before it began. A member who left within the year is listed with the year until they
left; one who came by 转入 is listed from the year they came."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.glossary import MemberCategory, MovementKind
from dangwu_desktop.core.movements import Movement, on_roll_during, on_roll_on
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.roll import roll_during, roll_on
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers import ExportScope
from dangwu_desktop.ledgers.registers.book import member_years
from dangwu_desktop.ledgers.registers.tables import record_blocks
from dangwu_desktop.ledgers.roster.binder import branch_items, roster_items
from dangwu_desktop.ledgers.training.binder import LEFT_IN_YEAR, training_items
from tests.conftest import TODAY, member
from tests.roster_files import id_number

OUT, BACK, GONE = MovementKind.TRANSFER_OUT, MovementKind.TRANSFER_IN, MovementKind.SUSPENDED

# name, joined, movements (kind, day), on the roll in 2025, in 2026 (to TODAY), on 2025-12-31
CASES: list[tuple[str, date, list[tuple[MovementKind, date]], bool, bool, bool]] = [
    ("甲留", date(2010, 7, 1), [], True, True, True),
    ("乙走", date(2010, 7, 1), [(OUT, date(2026, 3, 15))], True, True, True),
    ("丙早走", date(2010, 7, 1), [(OUT, date(2025, 3, 1))], True, False, False),
    ("丁年底走", date(2010, 7, 1), [(OUT, date(2025, 12, 31))], True, False, False),
    ("戊新党员", date(2026, 3, 20), [], False, True, False),
    ("己停籍", date(2010, 7, 1), [(GONE, date(2024, 5, 1))], False, False, False),
    ("庚外来", date(2012, 7, 1), [(BACK, date(2026, 5, 10))], False, True, False),
    ("辛回来", date(2010, 7, 1), [(OUT, date(2024, 2, 1)), (BACK, date(2025, 9, 1))],
     True, True, True),
]  # fmt: skip


@pytest.mark.parametrize(("name", "joined", "moves", "in_2025", "in_2026", "at_2025_end"), CASES)
def test_on_the_roll_by_the_dated_movements(
    name: str,
    joined: date,
    moves: list[tuple[MovementKind, date]],
    in_2025: bool,
    in_2026: bool,
    at_2025_end: bool,
) -> None:
    history = [Movement(kind, day, other_org="外单位") for kind, day in moves]
    # (the join date is the roll's own condition: here only the movements are judged)
    assert on_roll_during(history, date(2025, 1, 1), date(2025, 12, 31)) is (
        in_2025 or joined.year == 2026
    )
    assert on_roll_on(history, date(2025, 12, 31)) is (at_2025_end or joined.year == 2026)
    assert on_roll_during(history, date(2026, 1, 1), TODAY) is in_2026


@pytest.fixture
def village(database: Database) -> dict[str, int]:
    ids = {}
    with database.transaction() as session:
        for serial, (name, joined, moves, *_rest) in enumerate(CASES, start=1):
            probationary = joined.year == 2026
            added = member_service.add_member(
                session,
                member(
                    name=name, join_date=joined, id_number=id_number("330726", date(1980, 1, 1),
                                                                     2 * serial + 1, "男"),
                    full_member_date=None if probationary else date(joined.year + 1, 7, 1),
                    category=MemberCategory.PROBATIONARY if probationary else MemberCategory.FULL,
                ),
                TODAY,
            )  # fmt: skip
            for kind, day in moves:
                member_service.record_movement(
                    session, added.id, Movement(kind, day, "工作调动", "中共某镇某村支部"), TODAY
                )
            ids[name] = added.id
    return ids


def test_a_years_roll_and_its_registers_list_that_years_members(
    database: Database, village: dict[str, int]
) -> None:
    names = {v: k for k, v in village.items()}
    expected_2025 = {c[0] for c in CASES if c[3]}
    expected_2026 = {c[0] for c in CASES if c[4]}
    expected_end = {c[0] for c in CASES if c[5]}
    with database.read() as session:
        assert {names[i] for i in roll_during(session, date(2025, 1, 1), date(2025, 12, 31))} == (
            expected_2025
        )
        assert {names[i] for i in roll_during(session, date(2026, 1, 1), TODAY)} == expected_2026
        assert {names[i] for i in roll_on(session, date(2025, 12, 31))} == expected_end
        past = ExportScope(TODAY, 2025)
        records = member_years(session, past)
        assert {r.member.name for r in records} == expected_2025
        # 丙早走 left in March 2025: their year until then, not judged against its hours.
        (early,) = (r for r in records if r.member.name == "丙早走")
        assert not early.stayed and record_blocks(early)[1].rows[0][-1] == "年内离册，不考核"
        assert {r.member.name for r in member_years(session, ExportScope(TODAY, 2026))} == (
            expected_2026
        )
        (roster, _changes) = roster_items(session, past)
        (branch,) = branch_items(session, past)
        hours = training_items(session, past)[1]
    for name in expected_end:
        assert name in roster.html
    for name in {c[0] for c in CASES} - expected_end:
        assert name not in roster.html
    assert f"{len(expected_end)}名（正式党员{len(expected_end)}名、预备党员0名" in branch.html
    # 丙早走 left in March 2025: in 2025's hours table, not judged against the year's hours.
    assert "丙早走" in hours.html and LEFT_IN_YEAR in hours.html
