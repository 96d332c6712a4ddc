"""The import check as an Excel file, for whoever fixes the source spreadsheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dangwu_desktop.core.services.roster_import import Fault, ImportCheck
from dangwu_desktop.io.roster_reader import RosterFile, SkippedRow
from dangwu_desktop.io.xlsx_layout import Book, Look, Sheet, Styled, append_table, save_book

HEADERS = ("行号", "列", "内容", "问题", "说明")
WIDTHS = (8, 16, 24, 30, 58)
SKIPPED_HEADERS = ("行号", "原因")
SKIPPED_WIDTHS = (8, 60)
TOP_ROWS = 2  # the title and the table's header: kept in view and printed on every page


def save_fault_report(target: Path, roster: RosterFile, check: ImportCheck) -> Path:
    """Each sheet prints as a township form: A4 landscape fitted to the width, a title, a
    bordered table whose header repeats on every page, 宋体 throughout."""
    return save_faults(target, roster.path.name, check.faults, check.warnings, roster.skipped)


def save_faults(
    target: Path,
    name: str,
    faults: Sequence[Fault],
    warnings: Sequence[Fault],
    skipped: Sequence[SkippedRow],
) -> Path:
    """The fault report of any list read from a file (a roster, a 党费 list): its errors, what
    to check, and the rows skipped, each by the row the file numbers it."""

    def fill(book: Book) -> None:
        _fill(
            book.sheet("错误"),
            f"《{name}》中有错误的行（行号与原表一致），改正后请重新导入",
            HEADERS,
            WIDTHS,
            [_fault_row(fault) for fault in faults],
        )
        _fill(
            book.sheet("提示"),
            f"《{name}》中请核对的情况（不影响导入）",
            HEADERS,
            WIDTHS,
            [_fault_row(fault) for fault in warnings],
        )
        _fill(
            book.sheet("跳过的行"),
            f"《{name}》中跳过的行（不导入）",
            SKIPPED_HEADERS,
            SKIPPED_WIDTHS,
            [[row.row, row.reason] for row in skipped],
        )

    return save_book(target, fill)


def _fault_row(fault: Fault) -> list[object]:
    return [fault.row, fault.column, fault.value, fault.reason, fault.detail]


def _fill(
    sheet: Sheet,
    title: str,
    header: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[object]],
) -> None:
    sheet.column_widths(widths)
    sheet.page_setup(landscape=True)
    sheet.worksheet.freeze_panes(TOP_ROWS, 0)
    sheet.repeat_rows(TOP_ROWS)
    heading = Styled(sheet, Look(size=14, bold=True, align="center_across"))
    sheet.append([heading(title), *(heading(None) for _ in widths[1:])], height=30)
    body = rows or [["无", *("" for _ in widths[1:])]]
    append_table(sheet, header, body, widths=widths, left_columns=range(1, len(widths)))
