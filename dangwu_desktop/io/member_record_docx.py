"""党员日常管理记实表 in Word (一人一表): a member's year on their own pages — particulars, the
meetings they attended and missed (with the reasons), study hours, dues, 民主评议 and 积分,
流动 and contacts, 谈心谈话 — then the lines for the member and the secretary to sign."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Emu, Mm, Pt
from docx.table import _Cell

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.io import gbt9704
from dangwu_desktop.ledgers.registers.book import MemberYear
from dangwu_desktop.ledgers.registers.tables import particulars, record_blocks, record_title

SIZE, LINE = Pt(10.5), Pt(15)  # 五号: a year of a member on a page or two
HEADING_SIZE = Pt(12)
PARTICULAR_WIDTHS = tuple(Mm(w) for w in (20, 19, 20, 19, 20, 58))  # three label-value pairs


def export_member_records(
    target: Path, records: Sequence[MemberYear], branch_name: str, today: date
) -> Path:
    document = gbt9704.new_document()
    if not records:
        gbt9704.body(document, "没有在册党员。", indent=False)
    for index, record in enumerate(records):
        _record(document, record, branch_name, today, new_page=index > 0)
    return gbt9704.save_document(document, target)


def _put(cell: _Cell, text: str, *, bold: bool = False, left: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.line_spacing = LINE
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
    font = gbt9704.HEADING_FONT if bold else gbt9704.BODY_FONT
    gbt9704.run(paragraph, text, font, SIZE)


def _line(document: DocumentObject, text: str, *, right: bool = False) -> None:
    paragraph = gbt9704.body(document, text, indent=False, size=SIZE, line=LINE)[0]
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _record(
    document: DocumentObject, record: MemberYear, branch_name: str, today: date, *, new_page: bool
) -> None:
    gbt9704.title(document, record_title(record.year), new_page=new_page, space_after=Pt(6))
    _line(document, f"所在党支部：{branch_name}　　　　填表日期：{document_date(today)}")
    pairs = particulars(record)
    table = document.add_table(rows=len(pairs) // 3, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    gbt9704.fix_column_widths(table, PARTICULAR_WIDTHS)
    for index, (label, value) in enumerate(pairs):
        cells = table.rows[index // 3].cells
        _put(cells[2 * (index % 3)], label, bold=True)
        _put(cells[2 * (index % 3) + 1], value)
    for block in record_blocks(record):
        gbt9704.heading(document, block.heading, size=HEADING_SIZE, line=Pt(22))
        grid = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
        grid.style = "Table Grid"
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        gbt9704.fix_column_widths(grid, [Emu(gbt9704.TEXT_WIDTH * w // 100) for w in block.widths])
        for cell, text in zip(grid.rows[0].cells, block.header, strict=True):
            _put(cell, text, bold=True)
        gbt9704.repeat_header_row(grid.rows[0])
        for row, values in zip(grid.rows[1:], block.rows, strict=True):
            for column, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
                _put(cell, text, left=column == len(values) - 1 and len(values) > 1)
            gbt9704.keep_row_whole(row)
    gbt9704.signature_block(document, ("党员本人（签字）：", "支部书记（签字）："), SIZE, LINE)
