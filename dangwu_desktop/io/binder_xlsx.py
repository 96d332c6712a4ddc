"""The year's archive's completeness sheet as a workbook, for the folder of Word and Excel files:
what the rules asked for against what is on record, then every gap on a line of its own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dangwu_desktop.io.xlsx_layout import (
    Book,
    append_table,
    save_book,
    signature_line,
    title_rows,
)
from dangwu_desktop.ledgers.base import BinderCheck

CHECK_HEADER = ("序号", "项目", "规定要求", "在案情况", "缺漏")
CHECK_WIDTHS = (5, 22, 36, 36, 12)
GAP_HEADER = ("序号", "类别", "需要补齐或说明的事项")
GAP_WIDTHS = (5, 14, 92)


def export_completeness(
    target: Path,
    branch_name: str,
    year: int,
    as_of: date,
    checks: Sequence[BinderCheck],
    gaps: Sequence[tuple[str, str]],
) -> Path:
    """Two sheets: the checks, and the gaps they and the binding found (a row each)."""

    def fill(book: Book) -> None:
        title = f"{branch_name}{year}年度台账完整性核对表"
        rows = [
            (n, c.subject, c.required, c.on_record, f"{len(c.gaps)}项" if c.gaps else "齐全")
            for n, c in enumerate(checks, start=1)
        ]
        _table(book, "完整性核对表", title, branch_name, as_of, CHECK_HEADER, CHECK_WIDTHS, rows,
               {1, 2, 3})  # fmt: skip
        listed: list[tuple[object, ...]] = [
            (n, kind, what) for n, (kind, what) in enumerate(gaps, start=1)
        ] or [("", "", "未发现缺漏")]
        _table(book, "缺漏事项", f"{title}（缺漏事项）", branch_name, as_of, GAP_HEADER,
               GAP_WIDTHS, listed, {1, 2})  # fmt: skip

    return save_book(target, fill)


def _table(
    book: Book,
    name: str,
    title: str,
    branch_name: str,
    as_of: date,
    header: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[object]],
    left: set[int],
) -> None:
    sheet = book.sheet(name)
    sheet.column_widths(widths)
    sheet.page_setup(landscape=False)
    written = title_rows(sheet, title, branch_name, as_of, len(header), narrow=True)
    sheet.worksheet.freeze_panes(written + 1, 0)
    sheet.repeat_rows(written + 1)  # the title and the header on every printed page
    append_table(sheet, header, rows, widths=widths, left_columns=left)
    signature_line(sheet)
