"""The look of every exported workbook: fonts, borders, title rows and A4 page set-up.

Workbooks are written with XlsxWriter in its constant-memory mode: each sheet is written top to
bottom and streamed to disk row by row, so a 20,000-member roster takes about as long as writing
its bare values would (see bench/). Titles are centred across their columns (centre-across
selection), which prints like a merged cell and stays sortable.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from xlsxwriter import Workbook
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.io.atomic import atomic_save

FONT = "宋体"
TITLE_FONT = "黑体"
DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"  # an ID or phone number stays as typed if someone edits the cell
MONEY_FORMAT = "0.00"  # yuan to the fen, as a ledger prints money
HEADER_FILL = "#E7E6E6"
HEADER_ROWS = 3
ROWS_PER_PORTRAIT_PAGE = 44  # at the default row height on A4 with these margins
PAGE_FOOTER = f'&C&"{FONT}"第 &P 页，共 &N 页'
A4 = 9  # the paper size code Excel and WPS use for A4
EARLIEST_EXCEL_DATE = date(1900, 1, 1)  # a spreadsheet's day numbers start here


@dataclass(frozen=True, slots=True)
class Look:
    """How a cell looks; each distinct look becomes one format in the workbook."""

    font: str = FONT
    size: float = 10.5
    bold: bool = False
    italic: bool = False
    align: str | None = None  # "center", "left", "center_across"
    wrap: bool = False
    indent: int = 0
    boxed: bool = False  # a thin border all round
    fill: str | None = None

    def properties(self, number_format: str | None) -> dict[str, Any]:
        """The look as XlsxWriter format properties."""
        properties: dict[str, Any] = {
            "font_name": self.font,
            "font_size": self.size,
            "bold": self.bold,
            "italic": self.italic,
            "valign": "vcenter",
            "text_wrap": self.wrap,
        }
        if self.align:
            properties["align"] = self.align
        if self.indent:
            properties["indent"] = self.indent
        if self.boxed:
            properties["border"] = 1
        if self.fill:
            properties.update(pattern=1, bg_color=self.fill)
        if number_format:
            properties["num_format"] = number_format
        return properties


CENTRED = Look(align="center", wrap=True, boxed=True)
LEFT = Look(align="left", wrap=True, indent=1, boxed=True)


class Cell(NamedTuple):
    value: object
    format: Format


class Book:
    """One .xlsx file being written; `close()` writes it (see `save_book`)."""

    def __init__(self, path: Path) -> None:
        self.workbook = Workbook(str(path), {"constant_memory": True})
        self._formats: dict[tuple[Look, str | None], Format] = {}

    def format(self, look: Look, number_format: str | None = None) -> Format:
        key = (look, number_format)
        if key not in self._formats:
            self._formats[key] = self.workbook.add_format(look.properties(number_format))
        return self._formats[key]

    def sheet(self, name: str) -> Sheet:
        return Sheet(self, self.workbook.add_worksheet(name))

    def close(self) -> None:
        try:
            self.workbook.close()
        except FileCreateError as exc:  # the OSError underneath says what went wrong
            cause = exc.args[0] if exc.args else None
            raise (cause if isinstance(cause, OSError) else OSError(str(exc))) from exc


def save_book(target: Path, fill: Callable[[Book], None]) -> Path:
    """Write a workbook that `fill` makes to `target`, atomically; returns the path written."""

    def write(path: Path) -> None:
        book = Book(path)
        fill(book)
        book.close()

    return atomic_save(target, write)


class Sheet:
    """A worksheet written top to bottom: `append` writes the next row."""

    def __init__(self, book: Book, worksheet: Worksheet) -> None:
        self.book = book
        self.worksheet = worksheet
        self.rows_written = 0

    def append(self, cells: Sequence[Cell | object], height: float | None = None) -> None:
        """The next row: styled `Cell`s, or plain values; None leaves a cell out."""
        row, sheet = self.rows_written, self.worksheet
        if height is not None:
            sheet.set_row(row, height)
        for column, cell in enumerate(cells):
            if cell is None:
                continue
            value, style = cell if isinstance(cell, Cell) else (cell, None)
            if value is None or value == "":
                if style is not None:
                    sheet.write_blank(row, column, None, style)
            elif isinstance(value, str):
                sheet.write_string(row, column, value, style)
            elif isinstance(value, date):
                if value < EARLIEST_EXCEL_DATE:  # a spreadsheet date cannot hold it: as text
                    sheet.write_string(row, column, value.isoformat(), style)
                else:
                    sheet.write_datetime(row, column, value, style)  # dates too
            elif isinstance(value, bool):
                sheet.write_boolean(row, column, value, style)
            elif isinstance(value, int | float):
                sheet.write_number(row, column, value, style)
            elif isinstance(value, Decimal):  # money: a number the sheet can add up
                sheet.write_number(row, column, float(value), style)
            else:
                sheet.write_string(row, column, str(value), style)
        self.rows_written += 1

    def column_widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths):
            self.worksheet.set_column(index, index, width)

    def page_setup(self, *, landscape: bool) -> None:
        """A4, fitted to the page width, centred, numbered pages."""
        sheet = self.worksheet
        sheet.set_paper(A4)
        if landscape:
            sheet.set_landscape()
        else:
            sheet.set_portrait()
        sheet.fit_to_pages(1, 0)
        sheet.center_horizontally()
        sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        sheet.set_footer(PAGE_FOOTER)

    def repeat_rows(self, count: int) -> None:
        """The first `count` rows print again at the top of every page."""
        self.worksheet.repeat_rows(0, count - 1)

    def auto_filter(self, header_row: int, last_row: int, width: int) -> None:
        """Filter buttons on the header row (1-based rows, as in the spreadsheet)."""
        self.worksheet.autofilter(header_row - 1, 0, last_row - 1, width - 1)


class Styled:
    """Cells of one look (and their date or text variants) in a sheet's workbook."""

    def __init__(self, sheet: Sheet, look: Look) -> None:
        self.book, self.look = sheet.book, look

    def format(self, number_format: str | None = None) -> Format:
        return self.book.format(self.look, number_format)

    def __call__(self, value: object, number_format: str | None = None) -> Cell:
        return Cell(value, self.format(number_format))


def title_rows(
    sheet: Sheet, title: str, branch_name: str, today: date, width: int, *, narrow: bool = False
) -> int:
    """The title centred across `width` columns, then unit and date; returns the rows written.

    On a narrow (portrait) sheet unit and date take a row each: a line centred across the
    columns is not wrapped, and would run off the page."""
    heading = Styled(sheet, Look(font=TITLE_FONT, size=18, bold=True, align="center_across"))
    sheet.append([heading(title), *(heading(None) for _ in range(width - 1))], height=36)
    unit = Styled(sheet, Look(size=11))
    lines = [f"填报单位（盖章）：{branch_name}", f"填报日期：{format_date(today)}"]
    if not narrow:
        lines = ["　　　　".join(lines)]
    for line in lines:
        sheet.append([unit(line)])
    return 1 + len(lines)


def table_sheet(sheet: Sheet, widths: Sequence[float], *, landscape: bool) -> None:
    """A sheet for one long table under the title rows: its header stays in view and is
    printed again at the top of every page."""
    sheet.column_widths(widths)
    sheet.worksheet.freeze_panes(HEADER_ROWS, 0)
    sheet.repeat_rows(HEADER_ROWS)
    sheet.page_setup(landscape=landscape)


def ledger_sheet(
    book: Book,
    name: str,
    title: str,
    branch_name: str,
    today: date,
    header: Sequence[str],
    widths: Sequence[float],
    rows: Iterable[Sequence[object]],
    *,
    left_columns: Collection[int],
    filtered_rows: int | None = None,
) -> None:
    """A 台账 or 报表 for the township: a landscape table under the title rows (its header in view
    and printed on every page), with filter buttons over `filtered_rows` rows if given, and the
    lines for signatures at its foot."""
    sheet = book.sheet(name)
    table_sheet(sheet, widths, landscape=True)
    title_rows(sheet, title, branch_name, today, len(header))
    if filtered_rows is not None:
        sheet.auto_filter(HEADER_ROWS, HEADER_ROWS + filtered_rows, len(header))
    append_table(sheet, header, rows, widths=widths, left_columns=left_columns)
    signature_line(sheet)


def append_table(
    sheet: Sheet,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    widths: Sequence[float],
    left_columns: Collection[int] = (),
) -> int:
    """A bordered table from the next row: a bold grey header row, then the rows; returns how
    many rows it wrote. Dates are shown as dates; text is stored as text (an ID or phone number
    stays as typed). Rows are made tall enough for wrapped text, which spreadsheet programs do
    not always work out for themselves when they open a file. Money (Decimal) is a number
    shown to the fen."""
    head = Styled(sheet, Look(size=11, bold=True, align="center", wrap=True, boxed=True,
                              fill=HEADER_FILL))  # fmt: skip
    sheet.append([head(title) for title in header], height=_height(header, widths, minimum=30))
    looks = [
        Styled(sheet, LEFT if index in left_columns else CENTRED) for index in range(len(widths))
    ]
    plain = [styled.format() for styled in looks]
    as_date = [styled.format(DATE_FORMAT) for styled in looks]
    as_text = [styled.format(TEXT_FORMAT) for styled in looks]
    as_money = [styled.format(MONEY_FORMAT) for styled in looks]
    count = 1
    for values in rows:
        cells = [
            Cell(value, (as_text if isinstance(value, str) else as_date if isinstance(value, date)
                         else as_money if isinstance(value, Decimal) else plain)[index])
            for index, value in enumerate(values)
        ]  # fmt: skip
        height = _height(values, widths)
        sheet.append(cells, height=height)  # a set height: programs that guess make rows taller
        count += 1
    return count


LINE_HEIGHT = 15.0  # points per line of 10.5-point text


def display_width(text: str) -> int:
    """Width in spreadsheet character units: a Chinese character (and, in the Chinese fonts the
    workbooks use, any other non-ASCII one: full-width punctuation, ·, —) takes two."""
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _height(
    values: Sequence[object], widths: Sequence[float], minimum: float = LINE_HEIGHT
) -> float:
    lines = 1
    for value, width in zip(values, widths, strict=False):
        if not isinstance(value, str) or not value:
            continue
        # A width unit is a digit of the 11-point default font (7 px, plus 5 px of padding);
        # a Chinese character of the 10.5-point text takes two.
        usable = max(width, 1)
        if 2 * len(value) <= usable and "\n" not in value:
            continue  # fits on one line even if every character is wide: most cells
        needed = sum(max(1, -(-display_width(part) // int(usable))) for part in value.split("\n"))
        lines = max(lines, needed)
    return max(minimum, lines * LINE_HEIGHT + (3 if lines > 1 else 0))


def signature_line(
    sheet: Sheet, text: str = "填表人：　　　　　　　　审核人：　　　　　　　　联系电话："
) -> None:
    sheet.append([])
    sheet.append([Styled(sheet, Look(size=11))(text)])
