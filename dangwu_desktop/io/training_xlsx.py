"""教育培训台账 and 学时统计 workbooks, laid out for A4 printing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.services.activities import RecordSheet
from dangwu_desktop.core.services.training import Credit, MemberHours
from dangwu_desktop.io.meeting_ledgers_xlsx import attendance_rate, total_label
from dangwu_desktop.io.record_text import absent_text
from dangwu_desktop.io.xlsx_layout import (
    Book,
    append_table,
    ledger_sheet,
    save_book,
    signature_line,
    title_rows,
)

LEDGER_HEADER = (
    "序号",
    "日期",
    "形式",
    "学习内容",
    "主讲人 / 组织者",
    "地点",
    "学时",
    "应参加",
    "实参加",
    "缺席人员及原因",
)
LEDGER_WIDTHS = (5, 11, 10, 40, 18, 20, 6, 7, 7, 32)
HOURS_HEADER = (
    "序号",
    "姓名",
    "党小组",
    "身份",
    "要求学时",
    "集中学习",
    "外出学习",
    "合计",
    "全年差额",
    "情况",
    "自学（不计入）",
)
HOURS_WIDTHS = (5, 9, 11, 10, 8, 8, 8, 7, 8, 10, 9)
CREDIT_HEADER = ("序号", "姓名", "日期", "学时", "学习内容", "来源")
CREDIT_WIDTHS = (5, 10, 11, 6, 30, 50)


def add_ledger_sheet(
    book: Book,
    sessions: Sequence[RecordSheet],
    branch_name: str,
    period: str,
    today: date,
    sheet_name: str | None = None,
) -> None:
    """One row per session of the period ("2026年", "2026年第二季度"), and their total."""
    rows: list[tuple[object, ...]] = [
        (
            n,
            s.date,
            s.kind.value,
            s.subject,
            s.teacher,
            s.place,
            s.study_hours,
            s.expected,
            len(s.present),
            absent_text(s),
        )
        for n, s in enumerate(sessions, start=1)
    ]
    total = sum(s.study_hours or 0 for s in sessions)
    expected = sum(s.expected for s in sessions)
    present = sum(len(s.present) for s in sessions)
    rate = attendance_rate(sessions)
    rows.append((None, None, total_label(period), f"共{len(sessions)}次", "", "", total, expected,
                 present, f"参会率{rate}"))  # fmt: skip
    ledger_sheet(
        book,
        sheet_name or f"{period}教育培训台账",
        f"{branch_name}{period}党员教育培训台账",
        branch_name,
        today,
        LEDGER_HEADER,
        LEDGER_WIDTHS,
        rows,
        left_columns={3, 4, 5, 9},
    )


def _standing(row: MemberHours, year_over: bool) -> str:
    """The same judgement as the 首页 and the work report: behind this point of the year while
    it runs (进度落后), short of the year's requirement once it is over (未达标)."""
    if not row.shortfall:
        return "已达标"
    if year_over:
        return "未达标"
    return "进度落后" if row.behind else "进度正常"


def _span(year: int, as_of: date) -> str:
    """（截至9月30日）while the year runs; nothing once it is over."""
    return "" if as_of >= date(year, 12, 31) else f"（截至{format_date(as_of)}）"


def add_hours_sheets(
    book: Book,
    rows: Sequence[MemberHours],
    credits: Sequence[Credit],
    branch_name: str,
    year: int,
    today: date,
    sheet_name: str | None = None,
    *,
    credits_sheet_when_none: bool = True,
    as_of: date | None = None,
) -> None:
    """Hours per member counted up to `as_of` (today, or the end of the year or period asked
    for), and the hours credited from elsewhere over the same days on a sheet of their own (left
    out when there are none and `credits_sheet_when_none` is False): both say their span, and
    the credits sheet adds up to the 外出学习 column."""
    as_of = min(as_of or today, date(year, 12, 31))
    sheet = book.sheet(sheet_name or f"{year}年学时统计")
    sheet.column_widths(HOURS_WIDTHS)
    sheet.page_setup(landscape=False)
    written = title_rows(
        sheet,
        f"{branch_name}{year}年党员学习培训学时统计表{_span(year, as_of)}",
        branch_name,
        today,
        len(HOURS_HEADER),
        narrow=True,
    )
    year_over = as_of >= date(year, 12, 31)
    table = (
        (n, r.name, r.group_name, r.role, r.required, r.attended, r.credited, r.total, r.shortfall or None,
         _standing(r, year_over), r.self_study or None)
        for n, r in enumerate(rows, start=1)
    )  # fmt: skip
    sheet.repeat_rows(written + 1)
    sheet.worksheet.freeze_panes(written + 1, 0)
    append_table(sheet, HOURS_HEADER, table, widths=HOURS_WIDTHS)
    signature_line(sheet)
    if not credits and not credits_sheet_when_none:
        return
    credit_sheet = book.sheet("外出学习学时")
    credit_sheet.column_widths(CREDIT_WIDTHS)
    credit_sheet.page_setup(landscape=True)
    title_rows(
        credit_sheet,
        f"{branch_name}{year}年流动党员外出学习学时登记{_span(year, as_of)}",
        branch_name,
        today,
        len(CREDIT_HEADER),
    )
    credit_rows = (
        (n, c.name, c.date, c.hours, c.topic, c.source) for n, c in enumerate(credits, start=1)
    )
    append_table(
        credit_sheet, CREDIT_HEADER, credit_rows, widths=CREDIT_WIDTHS, left_columns={4, 5}
    )


def export_ledger(
    target: Path, sessions: Sequence[RecordSheet], branch_name: str, year: int, today: date
) -> Path:
    return save_book(
        target, lambda book: add_ledger_sheet(book, sessions, branch_name, f"{year}年", today)
    )


def export_hours(
    target: Path,
    rows: Sequence[MemberHours],
    credits: Sequence[Credit],
    branch_name: str,
    year: int,
    today: date,
) -> Path:
    return save_book(
        target, lambda book: add_hours_sheets(book, rows, credits, branch_name, year, today)
    )
