"""民主评议党员: who a year's appraisal lists (the members 在册 at the year's end, admitted by
then), and who gets a grade (not a 预备党员, who takes part ungraded and is not counted in the
third). Dated cases, as a table, on a roster whose history spans the two years."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.glossary import Grade, MemberCategory, MovementKind
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import RecordInvalid, appraisals
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.db.database import Database
from tests.conftest import TODAY, member
from tests.roster_files import id_number

PROBATIONER = MemberCategory.PROBATIONARY
# name: (入党, 转正, movement after joining or None) — TODAY is 2026-06-30.
HISTORY: dict[str, tuple[date, date | None, tuple[MovementKind, date] | None]] = {
    "老党员": (date(2010, 7, 1), date(2011, 7, 1), None),
    "年内预备": (date(2025, 10, 8), None, None),  # still a 预备党员
    "年后转正": (date(2025, 3, 1), date(2026, 3, 1), None),  # 预备 on 2025-12-31
    "七月入党": (date(2026, 5, 20), None, None),  # admitted after 2025
    "今年转出": (date(2012, 7, 1), date(2013, 7, 1), (MovementKind.TRANSFER_OUT, date(2026, 3, 1))),
    "去年转出": (date(2012, 7, 1), date(2013, 7, 1), (MovementKind.TRANSFER_OUT, date(2025, 9, 1))),
    "年初去世": (date(1980, 7, 1), date(1981, 7, 1), (MovementKind.DECEASED, date(2026, 1, 10))),
}  # fmt: skip


@pytest.fixture
def village(database: Database, branch: None) -> dict[str, int]:
    ids = {}
    with database.transaction() as session:
        for serial, (name, (joined, full, movement)) in enumerate(HISTORY.items(), start=1):
            data = member(
                name=name,
                id_number=id_number("330302", date(1960, 1, 1), serial * 2 + 1, "男"),
                join_date=joined,
                full_member_date=full,
                category=MemberCategory.FULL if full else PROBATIONER,
                group_name="第一党小组",
            )
            ids[name] = add_member(session, data, TODAY).id
            if movement:
                kind, day = movement
                other = "中共城南社区委员会" if kind is MovementKind.TRANSFER_OUT else ""
                record_movement(session, ids[name], Movement(kind, day, "", other), TODAY)
    return ids


# name, listed for 2025 (and as a 预备党员?), listed for 2026 (today: 2026 still runs)
WHO_TAKES_PART = [
    ("老党员", "评等次", "评等次"),
    ("年内预备", "预备党员", "预备党员"),
    ("年后转正", "预备党员", "评等次"),  # 转正 in 2026: graded for 2026, not for 2025
    ("七月入党", "不列入", "预备党员"),  # admitted after 2025: not in 2025's appraisal
    ("今年转出", "评等次", "不列入"),  # 在册 all 2025: appraised for it, gone today
    ("去年转出", "不列入", "不列入"),
    ("年初去世", "评等次", "不列入"),
]


def _shown(roll: list[appraisals.Appraisee], name: str) -> str:
    found = [a for a in roll if a.name == name]
    if not found:
        return "不列入"
    return "预备党员" if found[0].probationary else "评等次"


@pytest.mark.parametrize(("name", "in_2025", "in_2026"), WHO_TAKES_PART)
def test_rule_appraisal_who_takes_part_as_at_the_years_end(
    database: Database, village: dict[str, int], name: str, in_2025: str, in_2026: str
) -> None:
    with database.read() as session:
        roll_2025 = appraisals.appraisal_roll(session, 2025, TODAY)
        roll_2026 = appraisals.appraisal_roll(session, 2026, TODAY)
    assert (_shown(roll_2025, name), _shown(roll_2026, name)) == (in_2025, in_2026)


def test_rule_appraisal_probationary_not_graded_nor_counted_in_the_third(
    database: Database, village: dict[str, int]
) -> None:
    """2025's roll lists five: three full members are graded (one 优秀 of three is within the
    third); the two 预备党员 take part without a grade, and a grade for one is refused."""
    full = ["老党员", "今年转出", "年初去世"]
    entries = [appraisals.GradeEntry(village[full[0]], Grade.EXCELLENT)]
    entries += [appraisals.GradeEntry(village[name], Grade.QUALIFIED) for name in full[1:]]
    with database.transaction() as session:
        appraisals.save_grades(session, 2025, entries, TODAY)
    with database.read() as session:
        assert {r.name for r in appraisals.year_grades(session, 2025)} == set(full)

    graded_probationer = [*entries, appraisals.GradeEntry(village["年后转正"], Grade.QUALIFIED)]
    with pytest.raises(RecordInvalid) as refused, database.transaction() as session:
        appraisals.save_grades(session, 2025, graded_probationer, TODAY)
    [finding] = refused.value.findings
    assert finding.rule == "appraisal.probationary_not_graded"
    assert "年后转正是预备党员，参加评议但不评定等次" in finding.reason


@pytest.mark.parametrize("name", ["七月入党", "去年转出"])
def test_rule_appraisal_who_refuses_a_grade_for_someone_not_on_the_years_roll(
    database: Database, village: dict[str, int], name: str
) -> None:
    entries = [appraisals.GradeEntry(village[name], Grade.QUALIFIED)]
    with pytest.raises(RecordInvalid) as refused, database.transaction() as session:
        appraisals.save_grades(session, 2025, entries, TODAY)
    [finding] = refused.value.findings
    assert finding.rule == "appraisal.who"
    assert finding.reason == f"{name}不是2025年度的参评党员"
