"""三会一课 ledgers for the township: the year's ledger and the monthly registration report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dangwu_desktop.core.dates import month_day
from dangwu_desktop.core.schedule import CellStatus, ScheduleRow
from dangwu_desktop.core.services.activities import RecordSheet
from dangwu_desktop.io.record_text import absent_text
from dangwu_desktop.io.xlsx_layout import Book, ledger_sheet, save_book

LEDGER_HEADER = (
    "序号",
    "日期",
    "类别",
    "主题 / 议题",
    "地点",
    "主持人",
    "记录人",
    "应到",
    "实到",
    "缺席人员及原因",
    "备注",
)
LEDGER_WIDTHS = (5, 11, 14, 44, 16, 8, 8, 5, 5, 30, 11)
MONTHLY_HEADER = ("项目", "规定频次", "本月开展次数", "开展日期", "完成情况", "依据")
MONTHLY_WIDTHS = (22, 12, 10, 22, 16, 60)


def add_ledger_sheet(
    book: Book,
    records: Sequence[RecordSheet],
    branch_name: str,
    period: str,
    today: date,
    sheet_name: str | None = None,
) -> None:
    """One row per record of the period ("2026年", "2026年第二季度"), oldest first."""
    rows = (
        (
            number,
            record.date,
            record.heading,
            "\n".join(dict.fromkeys(filter(None, (record.title, *record.topics)))),
            record.place,
            record.host,
            record.recorder,
            record.expected,
            len(record.present),
            absent_text(record),
            f"{month_day(record.entered_at)}补录" if record.late_entry else "",
        )
        for number, record in enumerate(records, start=1)
    )
    ledger_sheet(
        book,
        sheet_name or f"{period}三会一课台账",
        f"{branch_name}{period}“三会一课”台账",
        branch_name,
        today,
        LEDGER_HEADER,
        LEDGER_WIDTHS,
        rows,
        left_columns={3, 4, 9},
        filtered_rows=len(records),
    )


def add_monthly_sheet(
    book: Book,
    schedule: Sequence[ScheduleRow],
    branch_name: str,
    year: int,
    month: int,
    today: date,
) -> None:
    """三会一课动态登记月报: for each required kind, what the month (or its period) holds."""
    rows = []
    for row in schedule:
        cell = next(c for c in row.cells if c.first_month <= month <= c.last_month)
        in_month = [d for d in cell.dates if d.month == month]
        status = cell.status
        if status is CellStatus.HELD and not in_month:
            shown = f"本期已于{cell.dates[0].month}月开展"
        else:
            shown = status.value
        rows.append(
            (
                row.label,
                f"{row.requirement.period.value}至少1次",
                len(in_month),
                "、".join(f"{d.month}月{d.day}日" for d in in_month) or "—",
                shown,
                row.requirement.citation,
            )
        )
    ledger_sheet(
        book,
        f"{year}年{month}月",
        f"{branch_name}“三会一课”动态登记月报（{year}年{month}月）",
        branch_name,
        today,
        MONTHLY_HEADER,
        MONTHLY_WIDTHS,
        rows,
        left_columns={0, 3, 5},
    )


def export_ledger(
    target: Path, records: Sequence[RecordSheet], branch_name: str, year: int, today: date
) -> Path:
    return save_book(
        target, lambda book: add_ledger_sheet(book, records, branch_name, f"{year}年", today)
    )


def export_monthly(
    target: Path,
    schedule: Sequence[ScheduleRow],
    branch_name: str,
    year: int,
    month: int,
    today: date,
) -> Path:
    return save_book(
        target, lambda book: add_monthly_sheet(book, schedule, branch_name, year, month, today)
    )
