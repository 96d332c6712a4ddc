"""Issue 19: what a roster file gives of a 转出, a 去世 or another status (转出时间, 转往单位, 去世时间,
党籍变动时间) becomes the date and 对方党组织 of the movement the import records, instead of
today and "原表未注明"; what it gives that the import does not record — a 流出时间 or 流入地 on a
row not marked 流动, a 去世时间 on a member still 在册 — is listed as a warning with the row,
the column and the value, never dropped without a word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from dangwu_desktop.core.glossary import MembershipStatus, MovementKind
from dangwu_desktop.core.models import Member, MemberMovement
from dangwu_desktop.core.services.roster_import import UNRECORDED, ImportCheck, apply_import
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from tests.conftest import TODAY
from tests.roster_files import MIXED_HEADER, mixed_people, write_xlsx

SOURCE = "党籍.xlsx"
HEADER = [*MIXED_HEADER, "转出时间", "转往单位", "去世时间", "党籍变动时间"]
# mixed_people(12): row 4 杜芳 and row 12 毛梅永 转出, row 8 武春明 去世, rows 4 and 9 流动
# (熊燕 of row 9 since 2024-03-01), the others 在册. The columns after 党籍状态, by row:
STATUS_CELLS: dict[int, list[object]] = {
    5: ["2020-05-06", "  宁波市北仑区  大碶街道党委 ", "", ""],  # 杜芳 转出
    8: ["", "", date(2025, 1, 15), ""],  # 武春明 去世, as a date cell
}


def people(changes: dict[int, dict[int, object]] | None = None) -> list[list[object]]:
    """mixed_people(12) with the status columns of HEADER, STATUS_CELLS filled in, and `changes`
    ({row: {column: value}}) applied."""
    rows = []
    for number, row in enumerate(mixed_people(12), start=2):
        row = [*row, *STATUS_CELLS.get(number, ["", "", "", ""])]
        for column, value in (changes or {}).get(number, {}).items():
            row[column] = value
        rows.append(row)
    return rows


def checked(database: Database, path: Path) -> ImportCheck:
    with database.read() as session:
        return check_roster_file(session, read_roster(path), TODAY)


def imported(database: Database, path: Path) -> dict[str, tuple[object, ...]]:
    """Each member's status, with the date, 对方党组织 and reason of its status movement."""
    with database.transaction() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
        assert result.faults == []
        apply_import(session, result, TODAY, update_existing=False, source=SOURCE)
    with database.read() as session:
        moved = {
            m.member.name: (m.member.status, m.date, m.other_org, m.reason)
            for m in session.scalars(
                select(MemberMovement).where(MemberMovement.kind != MovementKind.MOBILE_OUT)
            )
        }
        assert all(m.status for m in session.scalars(select(Member)))
    return moved


def test_the_transfer_and_death_dates_the_file_gives_become_the_movements_dates(
    database: Database, tmp_path: Path
) -> None:
    moved = imported(database, write_xlsx(tmp_path / SOURCE, [HEADER, *people()]))
    noted = f"导入《{SOURCE}》第"
    assert moved["杜芳"] == (
        MembershipStatus.TRANSFERRED_OUT,
        date(2020, 5, 6),
        "宁波市北仑区 大碶街道党委",
        f"{noted}5行时原表注明党籍状态为“转出”",
    )
    assert moved["武春明"][:3] == (MembershipStatus.DECEASED, date(2025, 1, 15), "")
    # a 转出 the file gives neither date nor place for: today, and says the file does not say
    assert moved["毛梅永"][:3] == (MembershipStatus.TRANSFERRED_OUT, TODAY, UNRECORDED)


def test_a_status_date_column_serves_any_status(database: Database, tmp_path: Path) -> None:
    """党籍变动时间 where the file has no column of the status's own; 出党 and 停止党籍 too."""
    header = [*MIXED_HEADER, "党籍变动时间"]
    rows = [[*row, ""] for row in mixed_people(12)]
    rows[3][-2:] = ["转出", "2019-03-01"]  # 杜芳
    rows[5][-2:] = ["出党", "2018年4月2日"]  # 严秀
    rows[6][-2:] = ["去世", "2021/7/9"]  # 武春明
    moved = imported(database, write_xlsx(tmp_path / SOURCE, [header, *rows]))
    assert moved["杜芳"][:3] == (MembershipStatus.TRANSFERRED_OUT, date(2019, 3, 1), UNRECORDED)
    assert moved["严秀"][:2] == (MembershipStatus.EXPELLED, date(2018, 4, 2))
    assert moved["武春明"][:2] == (MembershipStatus.DECEASED, date(2021, 7, 9))


def test_an_outflow_or_status_the_row_does_not_have_is_a_warning_with_its_cell(
    database: Database, tmp_path: Path
) -> None:
    rows = people(
        {
            3: {15: "2024-01-01", 16: "浙江省宁波市"},  # 董秀明: 在册, not 流动 (流出时间, 流入地)
            6: {21: "2020-01-01"},  # 张伟宏: 在册, yet a 去世时间
            5: {21: "2021-01-01"},  # 杜芳: 转出, and a 去世时间 besides
        }
    )
    result = checked(database, write_xlsx(tmp_path / SOURCE, [HEADER, *rows]))
    assert result.faults == []
    assert [(w.row, w.column, w.value, w.reason, w.detail) for w in result.warnings] == [
        (3, "流出时间", "2024-01-01", "此栏未导入", "该行未标为流动党员，流出时间不作记录"),
        (3, "流入地", "浙江省宁波市", "此栏未导入", "该行未标为流动党员，流向不作记录"),
        (5, "去世时间", "2021-01-01", "此栏未导入", "该行党籍状态为“转出”，去世时间不作记录"),
        (6, "去世时间", "2020-01-01", "此栏未导入", "该行党籍状态为“在册”，去世时间不作记录"),
    ]
    imported(database, write_xlsx(tmp_path / "again.xlsx", [HEADER, *rows]))
    with database.read() as session:
        dong = session.scalars(select(Member).where(Member.name == "董秀明")).one()
        assert (dong.is_mobile, dong.mobile_place, dong.movements) == (False, "", [])


def test_a_status_date_that_cannot_be_is_a_fault_with_its_row_and_column(
    database: Database, tmp_path: Path
) -> None:
    rows = people(
        {
            5: {19: "去年春天"},  # 杜芳's 转出时间 unreadable
            8: {21: "2027-01-01"},  # 武春明 died after today
            9: {
                18: "转出",
                19: "2023-01-01",
                20: "上海市",
            },  # 熊燕 left before her 流出 (2024-03-01)
            12: {19: "1975-01-01"},  # 毛梅永 转出 before joining (1980-07-11)
        }
    )
    result = checked(database, write_xlsx(tmp_path / SOURCE, [HEADER, *rows]))
    assert [(f.row, f.column, f.value, f.reason) for f in result.faults] == [
        (5, "转出时间", "去年春天", "转出时间无法识别"),
        (8, "去世时间", "2027-01-01", "去世时间晚于今天"),
        (9, "转出时间", "2023-01-01", "转出时间早于流出时间"),
        (12, "转出时间", "1975-01-01", "转出时间早于入党时间"),
    ]
