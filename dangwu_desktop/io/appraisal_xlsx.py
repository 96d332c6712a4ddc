"""民主评议党员结果 in Excel: everyone on the year's roll with their grade and the comment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dangwu_desktop.io.xlsx_layout import ledger_sheet, save_book
from dangwu_desktop.ledgers.meetings.binder import (
    APPRAISAL_HEADER,
    AppraisalResult,
    appraisal_title,
)

WIDTHS = (6, 12, 16, 20, 50)


def export_appraisal(
    target: Path, results: Sequence[AppraisalResult], branch_name: str, year: int, today: date
) -> Path:
    title = appraisal_title(year)
    rows = [(n, r.name, r.group_name, r.grade, r.comment) for n, r in enumerate(results, start=1)]
    return save_book(
        target,
        lambda book: ledger_sheet(
            book, title, f"{branch_name}{title}", branch_name, today, APPRAISAL_HEADER, WIDTHS,
            rows, left_columns={4},
        ),
    )  # fmt: skip
