"""The roster as townships file it: an A4-landscape .xlsx with a statistics sheet.

Column titles are the ones the importer recognises, so an exported roster imports again as is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from dangwu_desktop.core.member_fields import MEMBER_FIELDS, FieldType, MemberField
from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.statistics import StatTable, age, roster_statistics, standing
from dangwu_desktop.io.xlsx_layout import (
    CENTRED,
    HEADER_FILL,
    HEADER_ROWS,
    LEFT,
    ROWS_PER_PORTRAIT_PAGE,
    Book,
    Look,
    Sheet,
    Styled,
    append_table,
    save_book,
    signature_line,
    table_sheet,
    title_rows,
)

if TYPE_CHECKING:
    from dangwu_desktop.core.services.members import Outflow


@dataclass(frozen=True, slots=True)
class ExportColumn:
    title: str
    width: float
    value: Callable[[RosterRow], object]
    centred: bool = True


def _written(member_field: MemberField) -> Callable[[RosterRow], object]:
    """What a cell holds of a field: dates as dates (the spreadsheet formats them), choices as
    their Chinese word, flags as 是/否."""
    value = attrgetter(member_field.key)
    if member_field.type is FieldType.CHOICE:
        return lambda r: str(value(r))
    if member_field.type is FieldType.FLAG:
        return lambda r: "是" if value(r) else "否"
    return value


def export_columns(fields: tuple[MemberField, ...] = MEMBER_FIELDS) -> tuple[ExportColumn, ...]:
    """The workbook's columns: the registry's fields that go into it, in its order."""
    return tuple(
        ExportColumn(f.export_title, f.workbook_width, _written(f), f.workbook_centred)
        for f in fields
        if f.in_workbook
    )


COLUMNS: tuple[ExportColumn, ...] = export_columns()
# Columns added on the day, after the registry's field: 年龄, 党龄 worked out; 流出时间 and 接收组织
# from the member's latest 流出 (the importer recognises and skips them all).
WORKED_OUT_AFTER = {
    "birth_date": ("年龄",),
    "full_member_date": ("党龄",),
    "mobile_place": ("流出时间", "接收组织"),
}


def roster_columns(
    today: date, outflows: Mapping[int, Outflow] | None = None
) -> tuple[ExportColumn, ...]:
    """The workbook's columns on `today`: the registry's, with 年龄 after 出生日期, 党龄 after
    转正时间, and 流出时间 and 接收组织 after 流向 (from `outflows`, each 流动党员's latest 流出)."""
    left = outflows or {}

    def outflow(row: RosterRow) -> Outflow | None:
        return left.get(row.member_id) if row.is_mobile else None

    worked_out = {
        "年龄": ExportColumn("年龄", 5, lambda r: age(r, today)),
        "党龄": ExportColumn("党龄", 5, lambda r: standing(r, today)),
        "流出时间": ExportColumn("流出时间", 11, lambda r: ((o := outflow(r)) and o.date) or None),
        "接收组织": ExportColumn(
            "接收组织", 16, lambda r: ((o := outflow(r)) and o.other_org) or "", centred=False
        ),
    }
    columns: list[ExportColumn] = []
    for member_field, column in zip(
        (f for f in MEMBER_FIELDS if f.in_workbook), COLUMNS, strict=True
    ):
        columns.append(column)
        columns.extend(worked_out[title] for title in WORKED_OUT_AFTER.get(member_field.key, ()))
    return tuple(columns)


def export_roster(
    target: Path,
    rows: Sequence[RosterRow],
    branch_name: str,
    today: date,
    outflows: Mapping[int, Outflow] | None = None,
) -> Path:
    """Write the roster workbook to `target` (atomically); returns the path written."""

    def fill(book: Book) -> None:
        add_roster_sheet(book, rows, branch_name, today, outflows)
        add_statistics_sheet(book, rows, branch_name, today)

    return save_book(target, fill)


def add_roster_sheet(
    book: Book,
    rows: Sequence[RosterRow],
    branch_name: str,
    today: date,
    outflows: Mapping[int, Outflow] | None = None,
) -> None:
    sheet = book.sheet("花名册")
    columns = roster_columns(today, outflows)
    width = len(columns) + 1
    widths = [5, *(spec.width for spec in columns)]  # also the wrapping estimate below
    table_sheet(sheet, widths, landscape=True)
    sheet.auto_filter(HEADER_ROWS, HEADER_ROWS + len(rows), width)
    title_rows(sheet, f"{branch_name}党员花名册", branch_name, today, width)
    left = {index for index, spec in enumerate(columns, start=1) if not spec.centred}
    body = (
        [number, *(spec.value(row) for spec in columns)] for number, row in enumerate(rows, start=1)
    )
    append_table(
        sheet, ["序号", *(c.title for c in columns)], body, widths=widths, left_columns=left
    )
    signature_line(sheet)


def add_statistics_sheet(
    book: Book, rows: Sequence[RosterRow], branch_name: str, today: date
) -> None:
    _statistics_sheet(book.sheet("统计"), roster_statistics(rows, today), branch_name, today)


def _statistics_sheet(sheet: Sheet, tables: list[StatTable], branch_name: str, today: date) -> None:
    sheet.column_widths([26, 12, 12])
    sheet.page_setup(landscape=False)
    written = title_rows(sheet, f"{branch_name}党员队伍统计", branch_name, today, 3, narrow=True)
    heading = Styled(sheet, Look(size=12, bold=True))
    header = Styled(sheet, Look(bold=True, align="center", wrap=True, boxed=True, fill=HEADER_FILL))
    label, figure = Styled(sheet, LEFT), Styled(sheet, CENTRED)
    total = Styled(sheet, Look(bold=True, align="center", boxed=True))
    note = Styled(sheet, Look(size=9, italic=True))
    sheet.append([])
    line, page_start = written + 2, 1  # the next row to write, and where its page began
    breaks: list[int] = []
    for table in tables:
        height = len(table.counts) + 4 + bool(table.note)
        if line + height - page_start > ROWS_PER_PORTRAIT_PAGE:
            breaks.append(line - 1)  # keep each table on one page
            page_start = line
        sheet.append([heading(f"按{table.title}（在册党员共{table.total}人）")])
        sheet.append([header("项目"), header("人数"), header("占比")])
        for name, count in table.counts:
            sheet.append([label(name), figure(count), figure(table.share(count), "0.0%")])
        sheet.append([total("合计"), total(table.total), total(1 if table.total else 0, "0.0%")])
        line += len(table.counts) + 3
        if table.note:
            sheet.append([note(f"注：{table.note}")])
            line += 1
        sheet.append([])
        line += 1
    sheet.worksheet.set_h_pagebreaks(breaks)
