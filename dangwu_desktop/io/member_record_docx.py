"""党员日常管理记实表 in Word (一人一表): a member's year on their own pages — particulars, the
meetings they attended and missed (with the reasons), study hours, dues, 民主评议 and 积分,
流动 and contacts, 谈心谈话 — then the lines for the member and the secretary to sign."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tc
from docx.shared import Emu, Length, Mm, Pt
from docx.table import Table

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.text_rules import printable
from dangwu_desktop.io import gbt9704
from dangwu_desktop.ledgers.registers.book import MemberYear
from dangwu_desktop.ledgers.registers.tables import particulars, record_blocks, record_title

SIZE, LINE = Pt(10.5), Pt(15)  # 五号: a year of a member on a page or two
HEADING_SIZE = Pt(12)
PARTICULAR_WIDTHS = tuple(Mm(w) for w in (18, 30, 18, 30, 18, 42))  # three label-value pairs


def export_member_records(
    target: Path, records: Sequence[MemberYear], branch_name: str, today: date
) -> Path:
    document = gbt9704.new_document()
    if not records:
        gbt9704.body(document, "没有在册党员。", indent=False)
    grid = document.styles["Table Grid"].style_id  # looked up once: a year is some 1 400 tables
    _cell_styles(document)
    for index, record in enumerate(records):
        _record(document, grid, record, branch_name, today, new_page=index > 0)
    return gbt9704.save_document(document, target)


# A cell's look is a paragraph style (its font, size, line and alignment set once), not set
# again on each of a branch's some 20 000 cells, which python-docx does slowly.
# ASCII names: a style's id is its name without spaces, and the cells name it by id.
CELL, CELL_LEFT, CELL_LABEL = "RecordCell", "RecordCellLeft", "RecordLabel"


def _cell_styles(document: DocumentObject) -> None:
    styles = document.styles
    for name, font, alignment in (
        (CELL, gbt9704.BODY_FONT, WD_ALIGN_PARAGRAPH.CENTER),
        (CELL_LEFT, gbt9704.BODY_FONT, WD_ALIGN_PARAGRAPH.LEFT),
        (CELL_LABEL, gbt9704.HEADING_FONT, WD_ALIGN_PARAGRAPH.CENTER),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.paragraph_format.line_spacing = LINE
        style.paragraph_format.first_line_indent = Pt(0)
        style.paragraph_format.alignment = alignment
        gbt9704.set_fonts(style.element, font, SIZE)


def _table(
    document: DocumentObject, grid: str, values: Sequence[Sequence[str]],
    widths: Sequence[Length], *, header: bool = False, labels: Collection[int] = (),
) -> Table:  # fmt: skip
    """A bordered table of `values`, its widths fixed (as gbt9704.fix_column_widths fixes them)
    and its cells filled through their XML: python-docx's own way (a table's style by name,
    each row's cells worked out from the grid, each cell's paragraph formatted) took most of
    the time of a branch's year of records; the first row (`header`) and the `labels` columns
    in 黑体."""
    # The body's own add_table: the document's asks the page width of the section, found by
    # searching the whole body for it at every table.
    table: Table = document._body.add_table(len(values), len(widths), gbt9704.TEXT_WIDTH)
    properties = table._tbl.tblPr
    properties.style = grid
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    last = len(widths) - 1
    for number, (row, texts) in enumerate(zip(table.rows, values, strict=True)):
        for column, (cell, text) in enumerate(zip(row._tr.tc_lst, texts, strict=True)):
            cell.width = widths[column]
            bold = (header and number == 0) or column in labels
            _put(cell, text, bold=bold, left=not bold and column == last and last > 0)
    return table


def _put(cell: CT_Tc, text: str, *, bold: bool = False, left: bool = False) -> None:
    """A new cell's one paragraph: its style (by id) and its text, as plain XML."""
    paragraph = cell.p_lst[0]
    properties, style = OxmlElement("w:pPr"), OxmlElement("w:pStyle")
    style.set(qn("w:val"), CELL_LABEL if bold else CELL_LEFT if left else CELL)
    properties.append(style)
    paragraph.insert(0, properties)
    shown = printable(text)
    if "\n" in shown or "\t" in shown:
        paragraph.add_r().text = shown  # python-docx turns them into breaks and tabs
        return
    run, words = OxmlElement("w:r"), OxmlElement("w:t")
    words.text = shown
    if shown != shown.strip():
        words.set(qn("xml:space"), "preserve")
    run.append(words)
    paragraph.append(run)


def _line(document: DocumentObject, text: str, *, right: bool = False) -> None:
    paragraph = gbt9704.body(document, text, indent=False, size=SIZE, line=LINE)[0]
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _record(
    document: DocumentObject, grid: str, record: MemberYear, branch_name: str, today: date,
    *, new_page: bool,
) -> None:  # fmt: skip
    gbt9704.title(document, record_title(record.year), new_page=new_page, space_after=Pt(6))
    _line(document, f"所在党支部：{branch_name}　　　　填表日期：{document_date(today)}")
    pairs = particulars(record)
    rows = [
        [text for pair in pairs[index : index + 3] for text in pair]
        for index in range(0, len(pairs), 3)
    ]
    _table(document, grid, rows, PARTICULAR_WIDTHS, labels={0, 2, 4})
    for block in record_blocks(record):
        gbt9704.heading(document, block.heading, size=HEADING_SIZE, line=Pt(22))
        widths = [Emu(gbt9704.TEXT_WIDTH * w // 100) for w in block.widths]
        table = _table(document, grid, [block.header, *block.rows], widths, header=True)
        gbt9704.repeat_header_row(table.rows[0])
        for row in table.rows[1:]:
            gbt9704.keep_row_whole(row)
    gbt9704.signature_block(document, ("党员本人（签字）：", "支部书记（签字）："), SIZE, LINE)
