"""The 换届 选票 and 计票单 as Word files (GB/T 9704 type: 2号小标宋 title, 仿宋 text), to print
as many as there are voters and take to the 支部党员大会."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Mm, Pt
from docx.table import Table

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.io import gbt9704
from dangwu_desktop.io.elections_forms import (
    TALLY_FIGURES,
    TALLY_SIGNERS,
    ballot_title,
    instructions,
    name_rows,
    seats_text,
    tally_title,
    write_ins,
)
from dangwu_desktop.ledgers.elections.book import BallotSheet

NAME_SIZE = gbt9704.BODY_SIZE  # 3号: the names read at a glance
NOTE_SIZE, NOTE_LINE = Pt(12), Pt(20)  # 小四 for the 说明 and the 计票单's table
MARK_HEIGHT = Mm(14)  # room for a ○ or × drawn by hand
NAME_HEIGHT = Mm(10)
TALLY_HEIGHT = Mm(12)  # room for a few 正 in a row
TALLY_WIDTHS = (Mm(14), Mm(28), Mm(88), Mm(26))


def _cell_text(table: Table, row: int, column: int, text: str, size: Pt = NAME_SIZE) -> None:
    cell = table.cell(row, column)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(size.pt * 1.25)
    gbt9704.run(paragraph, text, size=size)


def _height(table: Table, row: int, height: Length) -> None:
    table.rows[row].height = height
    table.rows[row].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    gbt9704.keep_row_whole(table.rows[row])


def _grid(document: DocumentObject, rows: Sequence[Sequence[str]], lead: str = "") -> None:
    """Names over boxes, PER_ROW across; with `lead`, a first column naming the rows."""
    columns = len(rows[0]) + (1 if lead else 0)
    table = document.add_table(rows=len(rows) * 2, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    offset = 1 if lead else 0
    for index, names in enumerate(rows):
        for column, name in enumerate(names):
            _cell_text(table, index * 2, column + offset, name)
        _height(table, index * 2, NAME_HEIGHT)
        _height(table, index * 2 + 1, MARK_HEIGHT)
    if lead:
        merged = table.cell(0, 0).merge(table.cell(len(rows) * 2 - 1, 0))
        merged.text = ""
        _cell_text(table, 0, 0, lead, NOTE_SIZE)
    width = gbt9704.TEXT_WIDTH - (Mm(22) if lead else Mm(0))
    widths = ([Mm(22)] if lead else []) + [Length(width // (columns - offset))] * (columns - offset)
    gbt9704.fix_column_widths(table, widths)


def export_ballot(target: Path, sheet: BallotSheet, branch_name: str, today: date) -> Path:
    """A 选票: title, 填写说明, the candidates each over a box to mark, the 另选他人 places."""
    document = gbt9704.new_document()
    gbt9704.title(document, ballot_title(sheet), space_after=Pt(12))
    for line in instructions(sheet):
        gbt9704.body(document, line, indent=False, size=NOTE_SIZE, line=NOTE_LINE)
    gbt9704.body(document, "", size=NOTE_SIZE, line=NOTE_LINE)
    _grid(document, name_rows(sheet.names))
    gbt9704.body(document, "", size=NOTE_SIZE, line=NOTE_LINE)
    _grid(document, [[""] * write_ins(sheet)], lead="另选他人")
    return gbt9704.save_document(document, target)


def export_tally(target: Path, sheet: BallotSheet, branch_name: str, today: date) -> Path:
    """A 计票单: the figures to fill in, a row a name with room to count in 正 strokes and the
    total, the 另选他人 rows, and the 监票人 and 计票人's signatures."""
    document = gbt9704.new_document()
    gbt9704.title(document, tally_title(sheet), space_after=Pt(12))
    room = "\u3000" * 3
    held = document_date(sheet.held_on) if sheet.held_on else f"{room}年{room}月{room}日"
    units = ("人", "人", "张", "张", "张", "张")
    lines = [f"选举日期：{held}　　{seats_text(sheet)}"] + [
        "　　".join(
            f"{f}：{room}{u}"
            for f, u in zip(TALLY_FIGURES[i : i + 2], units[i : i + 2], strict=True)
        )
        for i in range(0, len(TALLY_FIGURES), 2)
    ]
    for line in lines:
        gbt9704.body(document, line, indent=False, size=NOTE_SIZE, line=NOTE_LINE)
    header = ("序号", "姓名", "计票（画“正”字）", "得票数")
    names = [*sheet.names, *([""] * write_ins(sheet))]  # blank: a name written in
    table = document.add_table(rows=1 + len(names), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, text in enumerate(header):
        _cell_text(table, 0, column, text, NOTE_SIZE)
    gbt9704.repeat_header_row(table.rows[0])
    for number, name in enumerate(names, start=1):
        _cell_text(table, number, 0, str(number), NOTE_SIZE)
        _cell_text(table, number, 1, name, NOTE_SIZE)
        _height(table, number, TALLY_HEIGHT)
    gbt9704.fix_column_widths(table, TALLY_WIDTHS)
    gbt9704.body(
        document,
        "另选他人的，在空白的姓名栏写上其姓名，同样计票。",
        indent=False,
        size=NOTE_SIZE,
        line=NOTE_LINE,
    )
    gbt9704.signature_block(document, TALLY_SIGNERS, size=NOTE_SIZE, line=NOTE_LINE)
    return gbt9704.save_document(document, target)
