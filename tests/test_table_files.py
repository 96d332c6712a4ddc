"""Roster files whose name does not say what they hold, and the text files Excel and WPS save:
read by their content, or refused with a Chinese sentence that says what to do."""

from __future__ import annotations

import csv
import shutil
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from dangwu_desktop.db.database import Database
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from dangwu_desktop.io.tables import TableFileError, sheet_names
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.import_wizard import ImportWizard
from tests.roster_files import (
    STANDARD_HEADER,
    messy_roster,
    standard_people,
    standard_roster,
)

TODAY = date(2026, 11, 25)


def accepted_names(database: Database, path: Path) -> list[str]:
    roster = read_roster(path)
    with database.read() as session:
        result = check_roster_file(session, roster, TODAY)
    assert result.faults == []
    return [candidate.data.name for candidate in result.accepted]


# A workbook under another name: WeChat and e-mail rename files, secretaries rename them by hand


@pytest.mark.parametrize(
    ("build", "original", "renamed", "sheet", "rows"),
    [
        (standard_roster, "standard.xlsx", "standard.xls", "党员花名册", 36),
        (standard_roster, "standard.xlsx", "standard.csv", "党员花名册", 36),
        (standard_roster, "standard.xlsx", "standard.ods", "党员花名册", 36),
        (messy_roster, "messy.xls", "messy.xlsx", "Sheet1", 16),
        (messy_roster, "messy.xls", "messy.csv", "Sheet1", 16),
        (messy_roster, "messy.xls", "messy.txt", "Sheet1", 16),
    ],
    ids=["xlsx-as-xls", "xlsx-as-csv", "xlsx-as-ods", "xls-as-xlsx", "xls-as-csv", "xls-as-txt"],
)
def test_a_workbook_with_the_wrong_extension_is_read_by_its_content(
    tmp_path: Path,
    build: Callable[[Path], Path],
    original: str,
    renamed: str,
    sheet: str,
    rows: int,
) -> None:
    source = build(tmp_path / original)
    path = tmp_path / renamed
    shutil.copy(source, path)
    assert sheet_names(path) == [sheet]
    roster = read_roster(path)
    assert roster.sheet == sheet and len(roster.rows) == rows
    assert [cells for _, cells in roster.rows] == [cells for _, cells in read_roster(source).rows]


def test_a_renamed_standard_roster_imports_every_member(tmp_path: Path, database: Database) -> None:
    path = tmp_path / "花名册.xls"
    shutil.copy(standard_roster(tmp_path / "花名册.xlsx"), path)
    assert accepted_names(database, path) == [row[1] for row in standard_people(36)]


def test_an_html_table_saved_as_xls_is_refused_with_how_to_save_it_properly(
    tmp_path: Path,
) -> None:
    path = tmp_path / "导出.xls"
    cells = "".join(f"<td>{title}</td>" for title in STANDARD_HEADER)
    path.write_text(
        f"<html><head><meta charset='utf-8'></head><body><table><tr>{cells}</tr></table></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(TableFileError, match=r"“导出\.xls”其实是网页.*另存为.*xlsx"):
        read_roster(path)


def test_a_word_document_named_xlsx_is_not_called_a_broken_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "通知.xlsx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(TableFileError, match=r"“通知\.xlsx”是压缩包或Word等其他文件，不是表格文件"):
        read_roster(path)


# Text files as Excel and WPS save them


def unicode_text(path: Path, rows: list[list[str]], *, delimiter: str = "\t") -> Path:
    """Excel's 另存为 → "Unicode 文本(*.txt)": UTF-16 LE with a byte order mark, TAB-separated,
    CRLF line ends; a cell holding the delimiter or a quote is quoted."""
    lines = [delimiter.join(_quoted(cell, delimiter) for cell in row) for row in rows]
    path.write_bytes(b"\xff\xfe" + "".join(line + "\r\n" for line in lines).encode("utf-16-le"))
    return path


def _quoted(cell: str, delimiter: str) -> str:
    if delimiter not in cell and '"' not in cell:
        return cell
    doubled = cell.replace('"', '""')
    return f'"{doubled}"'


@pytest.mark.parametrize("name", ["花名册.txt", "花名册.csv"])
def test_excel_unicode_text_is_read(tmp_path: Path, database: Database, name: str) -> None:
    people = standard_people(12)
    people[3][12] = "东岙3组, 13号"  # a comma inside a TAB-separated cell stays in the cell
    path = unicode_text(tmp_path / name, [["东岙村党支部党员花名册"], STANDARD_HEADER, *people])
    roster = read_roster(path)
    assert len(roster.rows) == 12
    assert accepted_names(database, path) == [row[1] for row in people]
    with database.read() as session:
        check = check_roster_file(session, roster, TODAY)
    assert check.accepted[3].data.address == "东岙3组, 13号"
    assert check.accepted[0].data.id_number == people[0][5]


def test_a_semicolon_separated_csv_is_read(tmp_path: Path, database: Database) -> None:
    people = standard_people(5)
    path = tmp_path / "花名册.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([STANDARD_HEADER, *people])
    assert accepted_names(database, path) == [row[1] for row in people]


def test_a_cell_over_the_csv_field_limit_names_the_file_and_row_in_chinese(
    tmp_path: Path,
) -> None:
    limit = csv.field_size_limit()
    path = tmp_path / "花名册.csv"
    people = standard_people(3)
    people[1][12] = "很长的住址" * (limit // 5 + 1)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([STANDARD_HEADER, *people])
    with pytest.raises(TableFileError) as raised:
        read_roster(path)
    assert str(raised.value) == (
        f"“花名册.csv”第3行有一格超过{limit}个字符，不像是花名册，"
        "请检查是否选错了文件，或在WPS中打开核对这一行"
    )
    assert csv.field_size_limit() == limit  # the limit stays as it was


# In the import wizard, as the secretary picks the file


@pytest.mark.usefixtures("branch")
def test_the_import_wizard_reads_a_renamed_xls_and_offers_text_files(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "西岙村花名册.xlsx"  # a WPS .xls, renamed on its way through WeChat
    shutil.copy(messy_roster(tmp_path / "messy.xls"), path)
    offered: list[str] = []

    def choose(parent: object, title: str, folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.ui.browseButton, Qt.MouseButton.LeftButton)
    assert "*.txt" in offered[0].split(";;")[0]  # Excel's Unicode 文本 is saved as .txt
    assert "找到表头（第2–3行），数据16行" in wizard.ui.fileMessage.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
