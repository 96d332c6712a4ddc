"""The import check as an Excel file, for whoever fixes the source spreadsheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dangwu_desktop.core.services.roster_import import Fault, ImportCheck
from dangwu_desktop.io.atomic import atomic_save
from dangwu_desktop.io.roster_reader import RosterFile

HEADERS = ("行号", "列", "内容", "问题", "说明")
WIDTHS = (8, 18, 24, 30, 50)


def save_fault_report(target: Path, roster: RosterFile, check: ImportCheck) -> Path:
    def write(path: Path) -> None:
        workbook = Workbook()
        faults = workbook.active
        assert faults is not None
        faults.title = "错误"
        _fill(
            faults,
            check.faults,
            f"《{roster.path.name}》中有错误的行（行号与原表一致），改正后请重新导入",
        )
        _fill(workbook.create_sheet("提示"), check.warnings, "请核对的情况（不影响导入）")
        skipped = workbook.create_sheet("跳过的行")
        skipped.append(["行号", "原因"])
        for row in roster.skipped:
            skipped.append([row.row, row.reason])
        workbook.save(path)

    return atomic_save(target, write)


def _fill(sheet: Worksheet, faults: list[Fault], title: str) -> None:
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(list(HEADERS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for fault in faults:
        sheet.append([fault.row, fault.column, fault.value, fault.reason, fault.detail])
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A3"
