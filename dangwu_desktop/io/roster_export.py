"""The roster as townships file it: an A4-landscape .xlsx with a statistics sheet.

Column titles are the ones the importer recognises, so an exported roster imports again as is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
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
    # Write-only mode streams the rows: a 20,000-member roster is written in a few seconds. It has
    # no merged cells, so titles are centred across the columns instead (centerContinuous).
    workbook = Workbook(write_only=True)
    _roster_sheet(workbook.create_sheet("花名册"), rows, branch_name, today)
    _statistics_sheet(
        workbook.create_sheet("统计"), roster_statistics(rows, today), branch_name, today
    )
    return workbook


class _Styled:
    """Cells of one look for a write-only sheet.

    Setting a font or border on a cell makes openpyxl hash the style object to find it in the
    workbook's tables; for 400,000 cells that is most of the export's time. So the look is
    registered once, on a template cell, and each new cell takes a copy of its style indexes.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, font: Font, alignment: Alignment,
                 border: Border | None = None, fill: PatternFill | None = None) -> None:  # fmt: skip
        self.sheet = sheet
        template = WriteOnlyCell(sheet)
        template.font, template.alignment = font, alignment
        if border is not None:
            template.border = border
        if fill is not None:
            template.fill = fill
        self._template = template
        self._styles: dict[str | None, StyleArray] = {None: template._style}

    def _style(self, number_format: str | None) -> StyleArray:
        if number_format not in self._styles:
            variant = WriteOnlyCell(self.sheet)
            variant._style = copy(self._template._style)
            variant.number_format = number_format
            self._styles[number_format] = variant._style
        return self._styles[number_format]

    def __call__(self, value: object, number_format: str | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=None if value == "" else value)
        cell._style = copy(self._style(number_format))
        return cell


def _title_rows(
    sheet: WriteOnlyWorksheet,
    title: str,
    branch_name: str,
    today: date,
    width: int,
    *,
    narrow: bool = False,
) -> int:
    """The title centred across `width` columns, then unit and date; returns the rows written.

    On a narrow (portrait) sheet unit and date take a row each: without merged cells a wrapped
    line would be squeezed into the first column."""
    across = Alignment(horizontal="centerContinuous", vertical="center")
    heading = _Styled(sheet, Font(name=TITLE_FONT, size=18, bold=True), across)
    sheet.row_dimensions[1].height = 36
    sheet.append([heading(title), *(heading(None) for _ in range(width - 1))])
    unit = _Styled(sheet, Font(name=FONT, size=11), Alignment(vertical="center"))
    lines = [f"填报单位（盖章）：{branch_name}", f"填报日期：{today:%Y年%m月%d日}"]
    if not narrow:
        lines = ["　　　　".join(lines)]
    for line in lines:
        sheet.append([unit(line)])
    return 1 + len(lines)


def _page_setup(sheet: WriteOnlyWorksheet, landscape: bool) -> None:
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
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
    sheet: WriteOnlyWorksheet, rows: Sequence[RosterRow], branch_name: str, today: date
) -> None:
    width = len(COLUMNS) + 1
    sheet.column_dimensions["A"].width = 5
    for index, spec in enumerate(COLUMNS, start=2):
        sheet.column_dimensions[get_column_letter(index)].width = spec.width
    sheet.freeze_panes = f"A{HEADER_ROWS + 1}"
    sheet.print_title_rows = f"1:{HEADER_ROWS}"
    sheet.auto_filter.ref = f"A{HEADER_ROWS}:{get_column_letter(width)}{HEADER_ROWS + len(rows)}"
    _page_setup(sheet, landscape=True)
    _title_rows(sheet, f"{branch_name}党员花名册", branch_name, today, width)
    header = _Styled(sheet, Font(name=FONT, size=11, bold=True), CENTRED, BOX, HEADER_FILL)
    sheet.row_dimensions[HEADER_ROWS].height = 30
    sheet.append([header(title) for title in ["序号", *(c.title for c in COLUMNS)]])
    body_font = Font(name=FONT, size=10.5)
    centred, left = _Styled(sheet, body_font, CENTRED, BOX), _Styled(sheet, body_font, LEFT, BOX)
    for number, row in enumerate(rows, start=1):
        cells = [centred(number)]
        for spec in COLUMNS:
            value = spec.value(row)
            # Dates stay dates; ID and phone numbers stay text in WPS and Excel.
            number_format = (
                DATE_FORMAT if spec.is_date else ("@" if isinstance(value, str) else None)
            )
            cells.append((centred if spec.centred else left)(value, number_format))
        sheet.append(cells)


def _statistics_sheet(
    sheet: WriteOnlyWorksheet, tables: list[StatTable], branch_name: str, today: date
) -> None:
    for letter, width in {"A": 26, "B": 12, "C": 12}.items():
        sheet.column_dimensions[letter].width = width
    _page_setup(sheet, landscape=False)
    written = _title_rows(sheet, f"{branch_name}党员队伍统计", branch_name, today, 3, narrow=True)
    heading = _Styled(sheet, Font(name=FONT, size=12, bold=True), Alignment(vertical="center"))
    header = _Styled(sheet, Font(name=FONT, bold=True), CENTRED, BOX, HEADER_FILL)
    label, figure = (
        _Styled(sheet, Font(name=FONT), LEFT, BOX),
        _Styled(sheet, Font(name=FONT), CENTRED, BOX),
    )
    note = _Styled(sheet, Font(name=FONT, size=9, italic=True), Alignment(vertical="center"))
    sheet.append([])
    line, page_start = written + 2, 1  # the next row to write, and where its page began
    for table in tables:
        height = len(table.counts) + 3 + bool(table.note)
        if line + height - page_start > ROWS_PER_PORTRAIT_PAGE:
            sheet.row_breaks.append(Break(id=line - 1))  # keep each table on one page
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
