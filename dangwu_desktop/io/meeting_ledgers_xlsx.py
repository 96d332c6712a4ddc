"""三会一课 ledgers for the township: the year's ledger and the monthly registration report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import INDIVIDUAL_STUDY, ActivityKind
from dangwu_desktop.core.periods import period_dates
from dangwu_desktop.core.schedule import CellStatus, ScheduleRow, cell_status
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
MONTHLY_HEADER = ("项目", "规定频次", "本月开展次数", "开展日期", "完成情况", "参会率", "依据")
MONTHLY_WIDTHS = (22, 12, 10, 22, 16, 16, 52)
# The 月报's 集中学习 line: each month's collective study (学习培训; self-study does not count).
STUDY_LABEL = "集中学习"
STUDY_CITATION = "党员教育管理工作条例第二十条；本地要求：每月至少开展1次集中学习"


def attendance_rate(records: Sequence[RecordSheet]) -> str:
    """参会率 of some records: 实到 of 应到 in all, as 48/52（92.3%）; — without any."""
    expected = sum(r.expected for r in records)
    present = sum(len(r.present) for r in records)
    if not expected:
        return "—"
    return f"{present}/{expected}（{present / expected:.1%}）"


def _year_total(label: str, records: Sequence[RecordSheet]) -> tuple[object, ...]:
    """The ledger's closing line: how many records of each kind, 应到, 实到 and the 参会率."""
    kinds = Counter(record.kind for record in records)
    by_kind = "；".join(f"{kind.value}{kinds[kind]}次" for kind in ActivityKind if kind in kinds)
    expected = sum(r.expected for r in records)
    present = sum(len(r.present) for r in records)
    rate = attendance_rate(records)
    return (None, None, label, f"共{len(records)}次：{by_kind}" if records else "无", "", "", "",
            expected, present, f"参会率{rate}", "")  # fmt: skip


def total_label(period: str) -> str:
    """年度合计 for a year's ledger (2026年, 2026年度), 本季度合计 for a quarter's."""
    return "本季度合计" if "季度" in period else "年度合计"


def add_ledger_sheet(
    book: Book,
    records: Sequence[RecordSheet],
    branch_name: str,
    period: str,
    today: date,
    sheet_name: str | None = None,
) -> None:
    """One row per record of the period ("2026年", "2026年第二季度"), oldest first, then the
    period's total (年度合计)."""
    rows: list[tuple[object, ...]] = [
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
            f"{format_date(record.entered_at)}补录" if record.late_entry else "",
        )
        for number, record in enumerate(records, start=1)
    ]
    rows.append(_year_total(total_label(period), records))
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
    records: Sequence[RecordSheet] = (),
) -> None:
    """三会一课动态登记月报: for each required kind, what the month (or its period) holds and
    the 参会率 of the month's meetings, then the month's 集中学习 (`records`: the month's
    records, of every kind)."""
    rows: list[tuple[object, ...]] = []
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
                "、".join(format_date(d) for d in in_month) or "—",
                shown,
                attendance_rate([r for r in records if r.date in in_month and _in_row(r, row)]),
                row.requirement.citation,
            )
        )
    rows.append(_study_row(records, year, month, today))
    ledger_sheet(
        book,
        f"{year}年{month}月",
        f"{branch_name}“三会一课”动态登记月报（{year}年{month}月）",
        branch_name,
        today,
        MONTHLY_HEADER,
        MONTHLY_WIDTHS,
        rows,
        left_columns={0, 3, 6},
    )


def _in_row(record: RecordSheet, row: ScheduleRow) -> bool:
    """A record of the row's kind (and, for a 党小组会 row, of its group: 党小组会（第一党小组）)."""
    if record.kind is not row.requirement.kind:
        return False
    return row.group_id is None or row.label == f"{record.kind.value}（{record.group_name}）"


def _study_row(
    records: Sequence[RecordSheet], year: int, month: int, today: date
) -> tuple[object, ...]:
    study = [r for r in records if r.study_hours is not None and r.kind not in INDIVIDUAL_STUDY]
    status = cell_status([r.date for r in study], *period_dates(year, month, month), today)
    hours = sum(r.study_hours or 0 for r in study)
    return (
        STUDY_LABEL,
        "每月至少1次",
        len(study),
        "、".join(format_date(r.date) for r in study) or "—",
        f"{status.value}（{hours:g}学时）" if study else status.value,
        attendance_rate(study),
        STUDY_CITATION,
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
    records: Sequence[RecordSheet] = (),
) -> Path:
    return save_book(
        target,
        lambda book: add_monthly_sheet(book, schedule, branch_name, year, month, today, records),
    )
