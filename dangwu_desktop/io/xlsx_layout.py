"""The look of every exported workbook: fonts, borders, title rows and A4 page set-up.

Workbooks are written in openpyxl's write-only mode, which streams rows; it has no merged cells,
so titles are centred across their columns (centerContinuous) instead.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from copy import copy
from datetime import date

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

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


class Styled:
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


def title_rows(
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
    heading = Styled(sheet, Font(name=TITLE_FONT, size=18, bold=True), across)
    sheet.row_dimensions[1].height = 36
    sheet.append([heading(title), *(heading(None) for _ in range(width - 1))])
    unit = Styled(sheet, Font(name=FONT, size=11), Alignment(vertical="center"))
    lines = [f"填报单位（盖章）：{branch_name}", f"填报日期：{today:%Y年%m月%d日}"]
    if not narrow:
        lines = ["　　　　".join(lines)]
    for line in lines:
        sheet.append([unit(line)])
    return 1 + len(lines)


def page_setup(sheet: WriteOnlyWorksheet, landscape: bool) -> None:
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


def column_widths(sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def table_sheet(sheet: WriteOnlyWorksheet, widths: Sequence[float], *, landscape: bool) -> None:
    """A sheet for one long table under the title rows: its header stays in view and is
    printed again at the top of every page."""
    column_widths(sheet, widths)
    sheet.freeze_panes = f"A{HEADER_ROWS + 1}"
    sheet.print_title_rows = f"1:{HEADER_ROWS}"
    page_setup(sheet, landscape=landscape)


def append_table(
    sheet: WriteOnlyWorksheet,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    widths: Sequence[float],
    first_row: int = HEADER_ROWS,
    left_columns: Collection[int] = (),
) -> int:
    """A bordered table from `first_row`: a bold grey header row, then the rows; returns how many
    rows it wrote. Dates are shown as dates; text is stored as text (an ID or phone number stays
    as typed). Rows are made tall enough for wrapped text, which spreadsheet programs do not
    always work out for themselves when they open a file."""
    head = Styled(sheet, Font(name=FONT, size=11, bold=True), CENTRED, BOX, HEADER_FILL)
    body_font = Font(name=FONT, size=10.5)
    centred, left = Styled(sheet, body_font, CENTRED, BOX), Styled(sheet, body_font, LEFT, BOX)
    sheet.row_dimensions[first_row].height = _height(header, widths, minimum=30)
    sheet.append([head(title) for title in header])
    count = 1
    for values in rows:
        cells = []
        for index, value in enumerate(values):
            number_format = (
                DATE_FORMAT
                if isinstance(value, date)
                else ("@" if isinstance(value, str) else None)
            )
            cells.append((left if index in left_columns else centred)(value, number_format))
        height = _height(values, widths)
        if height > LINE_HEIGHT:
            sheet.row_dimensions[first_row + count].height = height
        sheet.append(cells)
        count += 1
    return count


LINE_HEIGHT = 15.0  # points per line of 10.5-point text


def display_width(text: str) -> int:
    """Width in spreadsheet character units: a Chinese character takes two."""
    return sum(2 if ord(character) > 0x2E80 else 1 for character in text)


def _height(
    values: Sequence[object], widths: Sequence[float], minimum: float = LINE_HEIGHT
) -> float:
    lines = 1
    for value, width in zip(values, widths, strict=False):
        if not isinstance(value, str) or not value:
            continue
        usable = max(width - 2, 1)
        if 2 * len(value) <= usable and "\n" not in value:
            continue  # fits on one line even if every character is wide: most cells
        needed = sum(max(1, -(-display_width(part) // int(usable))) for part in value.split("\n"))
        lines = max(lines, needed)
    return max(minimum, lines * LINE_HEIGHT + 3)


def signature_line(
    sheet: WriteOnlyWorksheet,
    text: str = "填表人：　　　　　　　　审核人：　　　　　　　　联系电话：",
) -> None:
    sheet.append([])
    sheet.append([Styled(sheet, Font(name=FONT, size=11), Alignment(vertical="center"))(text)])
