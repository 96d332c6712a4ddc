"""The roster as townships file it: an A4-landscape .xlsx with a statistics sheet.

Column titles are the ones the importer recognises, so an exported roster imports again as is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.statistics import StatTable, roster_statistics
from dangwu_desktop.io.atomic import atomic_save

FONT = "宋体"
TITLE_FONT = "黑体"
DATE_FORMAT = "yyyy-mm-dd"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)
HEADER_ROWS = 3
ROWS_PER_PORTRAIT_PAGE = 44  # at the default row height on A4 with these margins


@dataclass(frozen=True, slots=True)
class ExportColumn:
    title: str
    width: float
    value: Callable[[RosterRow], object]
    is_date: bool = False
    centred: bool = True


COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("姓名", 8, lambda r: r.name),
    ExportColumn("性别", 4.5, lambda r: r.sex),
    ExportColumn("民族", 6, lambda r: r.ethnicity),
    ExportColumn("出生日期", 10.5, lambda r: r.birth_date, is_date=True),
    ExportColumn("公民身份号码", 19.5, lambda r: r.id_number),
    ExportColumn("籍贯", 8, lambda r: r.native_place),
    ExportColumn("学历", 8, lambda r: r.education),
    ExportColumn("入党时间", 10.5, lambda r: r.join_date, is_date=True),
    ExportColumn("转正时间", 10.5, lambda r: r.full_member_date, is_date=True),
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
    return atomic_save(target, lambda path: build_workbook(rows, branch_name, today).save(path))


def build_workbook(rows: Sequence[RosterRow], branch_name: str, today: date) -> Workbook:
    workbook = Workbook()
    roster = workbook.active
    assert roster is not None
    roster.title = "花名册"
    _roster_sheet(roster, rows, branch_name, today)
    _statistics_sheet(
        workbook.create_sheet("统计"), roster_statistics(rows, today), branch_name, today
    )
    return workbook


def _title_rows(
    sheet: Worksheet, title: str, branch_name: str, today: date, width: int, *, narrow: bool = False
) -> None:
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet["A1"] = title
    sheet["A1"].font = Font(name=TITLE_FONT, size=18, bold=True)
    sheet["A1"].alignment = CENTRED
    gap = "\n" if narrow else "　　　　"  # a portrait sheet has no room for both on one line
    sheet["A2"] = f"填报单位（盖章）：{branch_name}{gap}填报日期：{today:%Y年%m月%d日}"
    sheet["A2"].font = Font(name=FONT, size=11)
    sheet["A2"].alignment = Alignment(horizontal="left", vertical="center", wrap_text=narrow)
    sheet.row_dimensions[1].height = 36
    sheet.row_dimensions[2].height = 36 if narrow else 22


def _page_setup(sheet: Worksheet, landscape: bool) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.oddFooter.center.font = FONT


def _roster_sheet(
    sheet: Worksheet, rows: Sequence[RosterRow], branch_name: str, today: date
) -> None:
    width = len(COLUMNS) + 1
    _title_rows(sheet, f"{branch_name}党员花名册", branch_name, today, width)
    header_font = Font(name=FONT, size=11, bold=True)
    body_font = Font(name=FONT, size=10.5)
    for column, title in enumerate(["序号", *(c.title for c in COLUMNS)], start=1):
        cell = sheet.cell(row=HEADER_ROWS, column=column, value=title)
        cell.font, cell.alignment, cell.border, cell.fill = header_font, CENTRED, BOX, HEADER_FILL
    sheet.row_dimensions[HEADER_ROWS].height = 30
    sheet.column_dimensions["A"].width = 5
    for index, spec in enumerate(COLUMNS, start=2):
        sheet.column_dimensions[get_column_letter(index)].width = spec.width
    for offset, row in enumerate(rows, start=1):
        line = HEADER_ROWS + offset
        number = sheet.cell(row=line, column=1, value=offset)
        number.font, number.alignment, number.border = body_font, CENTRED, BOX
        for index, spec in enumerate(COLUMNS, start=2):
            value = spec.value(row)
            cell = sheet.cell(row=line, column=index, value=value if value != "" else None)
            cell.font, cell.border = body_font, BOX
            cell.alignment = CENTRED if spec.centred else LEFT
            if spec.is_date:
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str):
                cell.number_format = "@"  # ID and phone numbers stay text in WPS and Excel
    sheet.freeze_panes = sheet.cell(row=HEADER_ROWS + 1, column=1)
    sheet.print_title_rows = f"1:{HEADER_ROWS}"
    sheet.auto_filter.ref = f"A{HEADER_ROWS}:{get_column_letter(width)}{HEADER_ROWS + len(rows)}"
    _page_setup(sheet, landscape=True)


def _statistics_sheet(
    sheet: Worksheet, tables: list[StatTable], branch_name: str, today: date
) -> None:
    _title_rows(sheet, f"{branch_name}党员队伍统计", branch_name, today, 3, narrow=True)
    widths = {"A": 26, "B": 12, "C": 12}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    line = HEADER_ROWS
    page_start = 1
    for table in tables:
        height = len(table.counts) + 3 + bool(table.note)
        if line + height - page_start > ROWS_PER_PORTRAIT_PAGE:
            sheet.row_breaks.append(Break(id=line - 1))  # keep each table on one page
            page_start = line
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=3)
        heading = sheet.cell(
            row=line, column=1, value=f"按{table.title}（在册党员共{table.total}人）"
        )
        heading.font = Font(name=FONT, size=12, bold=True)
        line += 1
        for column, title in enumerate(("项目", "人数", "占比"), start=1):
            cell = sheet.cell(row=line, column=column, value=title)
            cell.font, cell.alignment, cell.border, cell.fill = (
                Font(name=FONT, bold=True),
                CENTRED,
                BOX,
                HEADER_FILL,
            )
        for label, count in table.counts:
            line += 1
            values = (label, count, table.share(count))
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row=line, column=column, value=value)
                cell.font, cell.border = Font(name=FONT), BOX
                cell.alignment = LEFT if column == 1 else CENTRED
            sheet.cell(row=line, column=3).number_format = "0.0%"
        if table.note:
            line += 1
            sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=3)
            note = sheet.cell(row=line, column=1, value=f"注：{table.note}")
            note.font = Font(name=FONT, size=9, italic=True)
            note.alignment = LEFT
            sheet.row_dimensions[line].height = 28
        line += 2
    _page_setup(sheet, landscape=False)
