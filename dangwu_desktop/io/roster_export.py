"""The roster as townships file it: an A4-landscape .xlsx with a statistics sheet.

Column titles are the ones the importer recognises, so an exported roster imports again as is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.statistics import StatTable, roster_statistics
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
    table_sheet,
    title_rows,
)


@dataclass(frozen=True, slots=True)
class ExportColumn:
    title: str
    width: float
    value: Callable[[RosterRow], object]
    centred: bool = True


COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("姓名", 8, lambda r: r.name),
    ExportColumn("性别", 4.5, lambda r: r.sex),
    ExportColumn("民族", 6, lambda r: r.ethnicity),
    ExportColumn("出生日期", 10.5, lambda r: r.birth_date),
    ExportColumn("公民身份号码", 19.5, lambda r: r.id_number),
    ExportColumn("籍贯", 8, lambda r: r.native_place),
    ExportColumn("学历", 8, lambda r: r.education),
    ExportColumn("入党时间", 10.5, lambda r: r.join_date),
    ExportColumn("转正时间", 10.5, lambda r: r.full_member_date),
    ExportColumn("人员类别", 8.5, lambda r: r.category.value),
    ExportColumn("工作岗位", 10, lambda r: r.occupation),
    ExportColumn("联系电话", 12, lambda r: r.phone),
    ExportColumn("家庭住址", 22, lambda r: r.address, centred=False),
    ExportColumn("党小组", 10, lambda r: r.group_name),
    ExportColumn("党内职务", 8, lambda r: r.party_post),
    ExportColumn("是否流动党员", 6.5, lambda r: "是" if r.is_mobile else "否"),
    ExportColumn("流向", 12, lambda r: r.mobile_place, centred=False),
    ExportColumn("党籍状态", 6.5, lambda r: r.status.value),
    ExportColumn("备注", 12, lambda r: r.remarks, centred=False),
)


def export_roster(target: Path, rows: Sequence[RosterRow], branch_name: str, today: date) -> Path:
    """Write the roster workbook to `target` (atomically); returns the path written."""

    def fill(book: Book) -> None:
        add_roster_sheet(book, rows, branch_name, today)
        add_statistics_sheet(book, rows, branch_name, today)

    return save_book(target, fill)


def add_roster_sheet(book: Book, rows: Sequence[RosterRow], branch_name: str, today: date) -> None:
    sheet = book.sheet("花名册")
    width = len(COLUMNS) + 1
    widths = [5, *(spec.width for spec in COLUMNS)]  # also the wrapping estimate below
    table_sheet(sheet, widths, landscape=True)
    sheet.auto_filter(HEADER_ROWS, HEADER_ROWS + len(rows), width)
    title_rows(sheet, f"{branch_name}党员花名册", branch_name, today, width)
    left = {index for index, spec in enumerate(COLUMNS, start=1) if not spec.centred}
    body = (
        [number, *(spec.value(row) for spec in COLUMNS)] for number, row in enumerate(rows, start=1)
    )
    append_table(
        sheet, ["序号", *(c.title for c in COLUMNS)], body, widths=widths, left_columns=left
    )


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
    note = Styled(sheet, Look(size=9, italic=True))
    sheet.append([])
    line, page_start = written + 2, 1  # the next row to write, and where its page began
    breaks: list[int] = []
    for table in tables:
        height = len(table.counts) + 3 + bool(table.note)
        if line + height - page_start > ROWS_PER_PORTRAIT_PAGE:
            breaks.append(line - 1)  # keep each table on one page
            page_start = line
        sheet.append([heading(f"按{table.title}（在册党员共{table.total}人）")])
        sheet.append([header("项目"), header("人数"), header("占比")])
        for name, count in table.counts:
            sheet.append([label(name), figure(count), figure(table.share(count), "0.0%")])
        line += len(table.counts) + 2
        if table.note:
            sheet.append([note(f"注：{table.note}")])
            line += 1
        sheet.append([])
        line += 1
    sheet.worksheet.set_h_pagebreaks(breaks)
