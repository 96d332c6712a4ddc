"""Exporting the roster: the township layout, statistics, safe writing, and a clean round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dangwu_desktop.core.dates import age_on
from dangwu_desktop.core.demo import BRANCH_NAME, build_demo_village
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus
from dangwu_desktop.core.roster import RosterRow, load_roster
from dangwu_desktop.core.statistics import roster_statistics
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.io.atomic import ExportError, atomic_save
from dangwu_desktop.io.roster_export import export_roster
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from dangwu_desktop.io.xlsx_layout import Book

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo_rows(database: Database) -> list[RosterRow]:
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        return load_roster(session, TODAY)


def test_roster_workbook_layout(demo_rows: list[RosterRow], tmp_path: Path) -> None:
    path = export_roster(tmp_path / "花名册.xlsx", demo_rows, BRANCH_NAME, TODAY)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["花名册", "统计"]
    sheet = workbook["花名册"]
    assert sheet["A1"].value == f"{BRANCH_NAME}党员花名册"
    assert "填报日期：2026-11-25" in sheet["A2"].value
    header = [c.value for c in sheet[3]]
    assert header[:7] == ["序号", "姓名", "性别", "民族", "出生日期", "年龄", "公民身份号码"]
    assert header[header.index("转正时间") + 1] == "党龄"
    assert sheet["A3"].font.b and sheet.freeze_panes == "A4"
    assert sheet.print_title_rows == "$1:$3"
    assert (sheet.page_setup.orientation, int(sheet.page_setup.paperSize)) == (
        "landscape",
        9,
    )  # 9: A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage  # one page wide (1 is the file's default)
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    id_cell, birth_cell, age_cell = sheet["G4"], sheet["E4"], sheet["F4"]
    assert isinstance(id_cell.value, str) and id_cell.number_format == "@"
    assert birth_cell.is_date and birth_cell.number_format == "yyyy-mm-dd"
    assert age_cell.value == age_on(birth_cell.value.date(), TODAY)
    # the members, then a blank row and the 填表人/审核人 line
    assert sheet.max_row == 3 + len(demo_rows) + 2
    assert str(sheet.cell(sheet.max_row, 1).value).startswith("填表人")


def test_exported_roster_imports_again_with_no_faults(
    demo_rows: list[RosterRow], tmp_path: Path
) -> None:
    path = export_roster(tmp_path / "out.xlsx", demo_rows, BRANCH_NAME, TODAY)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    with fresh.read() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
    assert result.faults == [] and len(result.accepted) == len(demo_rows)
    by_number = {c.data.id_number: c for c in result.accepted}
    for row in demo_rows:
        candidate = by_number[row.id_number]
        assert (candidate.data.name, candidate.data.join_date, candidate.data.category) == (
            row.name, row.join_date, row.category)  # fmt: skip
        assert (candidate.status, candidate.mobile) == (row.status, row.is_mobile)
    fresh.dispose()


def test_statistics_by_hand(demo_rows: list[RosterRow]) -> None:
    tables = {t.title: t for t in roster_statistics(demo_rows, TODAY)}
    active = [r for r in demo_rows if r.status is MembershipStatus.ACTIVE]
    assert tables["性别"].total == len(active)
    assert dict(tables["性别"].counts) == {
        "男": sum(r.sex == "男" for r in active),
        "女": sum(r.sex == "女" for r in active),
    }
    assert sum(count for _, count in tables["年龄"].counts) == len(active)
    standing = dict(tables["党龄"].counts)
    assert standing["预备党员（未计党龄）"] == sum(
        r.category is MemberCategory.PROBATIONARY for r in active
    )
    assert "党龄，从预备期满转为正式党员之日算起" in tables["党龄"].note


def test_age_and_standing_bands(database: Database) -> None:
    from dangwu_desktop.core.services.members import add_member
    from tests.conftest import member

    with database.transaction() as session:
        # born 1990-01-01: 36 on TODAY; full member since 2016-07-01: 10 years
        add_member(session, member(), TODAY)
    with database.read() as session:
        rows = load_roster(session, TODAY)
    tables = {t.title: dict(t.counts) for t in roster_statistics(rows, TODAY)}
    assert tables["年龄"] == {"36至45岁": 1}  # the bands of the 党内统计 tables
    assert tables["党龄"] == {"10至19年": 1}


def test_export_refuses_a_file_open_in_wps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from dangwu_desktop.db import files

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")  # as Windows refuses while WPS has it

    monkeypatch.setattr(os, "replace", locked)
    monkeypatch.setattr(files, "PAUSE_SECONDS", 0)
    target = tmp_path / "花名册.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$花名册.xlsx").write_bytes(b"")
    with pytest.raises(ExportError, match="正在WPS或Excel中打开"):
        atomic_save(target, lambda path: path.write_bytes(b"new"))
    assert target.read_bytes() == b"old"


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")

    def fail(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="磁盘空间不足"):
        atomic_save(target, fail)
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_a_locked_target_gets_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    monkeypatch.setattr("dangwu_desktop.db.files.PAUSE_SECONDS", 0)
    with pytest.raises(ExportError, match="正被其他程序"):
        atomic_save(tmp_path / "x.xlsx", lambda path: path.write_bytes(b"x"))


def test_masked_export_hides_the_middle_of_ids_and_phones(
    demo_rows: list[RosterRow], tmp_path: Path
) -> None:
    from dangwu_desktop.core.roster import mask_phone, masked

    hidden = masked(demo_rows)
    path = export_roster(tmp_path / "给村民代表看的花名册.xlsx", hidden, BRANCH_NAME, TODAY)
    sheet = load_workbook(path)["花名册"]
    first = demo_rows[0]
    assert sheet["G4"].value == f"{first.id_number[:4]}**********{first.id_number[-4:]}"
    assert sheet["O4"].value == f"{first.phone[:3]}****{first.phone[-4:]}"
    assert mask_phone("13800001111") == "138****1111" and mask_phone("123") == "***"
    assert demo_rows[0].id_number.isalnum()  # the roster itself is untouched


def test_every_kind_of_cell_value_is_written_and_reads_back(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook  # the reader the importer uses

    from dangwu_desktop.io.xlsx_layout import append_table, save_book

    values = [
        date(1850, 1, 1),
        date(1990, 1, 1),
        "控制字符\x01也不破坏文件",
        3,
        1.5,
        True,
        None,
        "",
    ]

    def fill(book: Book) -> None:
        append_table(book.sheet("表"), [str(i) for i in range(len(values))], [values],
                     widths=[10] * len(values))  # fmt: skip

    path = save_book(tmp_path / "各种值.xlsx", fill)
    written = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[1]
    assert written[0] == "1850-01-01"  # before a spreadsheet's first day: kept as text
    assert written[1:] == [date(1990, 1, 1), "控制字符\x01也不破坏文件", 3, 1.5, True, "", ""]


def test_a_mobile_members_row_gives_when_they_left_and_the_organisation_that_took_them(
    database: Database, tmp_path: Path
) -> None:
    """Issue 18: 流向 with 流出时间 and 接收组织, from the member's latest 流出 movement; a member
    back home (流动 no longer) has neither."""
    from sqlalchemy import select

    from dangwu_desktop.core.glossary import MovementKind
    from dangwu_desktop.core.models import MemberMovement
    from dangwu_desktop.ledgers import ExportScope, export_named

    with database.transaction() as session:
        build_demo_village(session, TODAY)
    roster = export_named("roster")
    scope = ExportScope(TODAY, 2026)
    with database.read() as session:
        data = roster.gather(session, scope)
        left = {
            m.member_id: (m.date, m.other_org)
            for m in session.scalars(
                select(MemberMovement).where(MemberMovement.kind == MovementKind.MOBILE_OUT)
            )
        }
    sheet = load_workbook(roster.write(tmp_path / "花名册.xlsx", data, BRANCH_NAME, scope))[
        "花名册"
    ]
    header = [c.value for c in sheet[3]]
    place = header.index("流向")
    assert header[place + 1 : place + 3] == ["流出时间", "接收组织"]
    by_name = {row[1]: row for row in sheet.iter_rows(min_row=4, values_only=True) if row[1]}
    mobile = [r for r in data.rows if r.is_mobile]
    assert mobile and len(left) > len(mobile)  # one of the demo's has come back
    for row in data.rows:
        cells = by_name[row.name]
        if row.is_mobile:
            day, org = left[row.member_id]
            assert (cells[place + 1].date(), cells[place + 2]) == (day, org) and org
        else:
            assert cells[place + 1 : place + 3] in ((None, None), (None, ""))
