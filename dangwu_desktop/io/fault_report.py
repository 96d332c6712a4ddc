"""The import check as an Excel file, for whoever fixes the source spreadsheet."""

from __future__ import annotations

from pathlib import Path

from dangwu_desktop.core.services.roster_import import Fault, ImportCheck
from dangwu_desktop.io.roster_reader import RosterFile
from dangwu_desktop.io.xlsx_layout import Book, Look, Sheet, Styled, save_book

HEADERS = ("行号", "列", "内容", "问题", "说明")
WIDTHS = (8, 18, 24, 30, 50)


def save_fault_report(target: Path, roster: RosterFile, check: ImportCheck) -> Path:
    def fill(book: Book) -> None:
        _fill(
            book.sheet("错误"),
            check.faults,
            f"《{roster.path.name}》中有错误的行（行号与原表一致），改正后请重新导入",
        )
        _fill(book.sheet("提示"), check.warnings, "请核对的情况（不影响导入）")
        skipped = book.sheet("跳过的行")
        skipped.append(["行号", "原因"])
        for row in roster.skipped:
            skipped.append([row.row, row.reason])

    return save_book(target, fill)


def _fill(sheet: Sheet, faults: list[Fault], title: str) -> None:
    sheet.column_widths(WIDTHS)
    sheet.worksheet.freeze_panes(2, 0)
    sheet.append([Styled(sheet, Look(size=12, bold=True))(title)])
    bold = Styled(sheet, Look(size=11, bold=True))
    sheet.append([bold(header) for header in HEADERS])
    for fault in faults:
        sheet.append([fault.row, fault.column, fault.value, fault.reason, fault.detail])
