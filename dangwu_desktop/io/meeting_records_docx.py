"""Meeting records as a Word document for the archive box: one record per page, GB/T 9704 type.

A record is a page of the 会议记录本, not a 公文: its title is the 公文's (2号小标宋) but its text is
set like the header table, 4号仿宋 on 20-point lines, so that an ordinary meeting's record fits
its A4 page (at 3号 on the 公文 grid of 22 lines, nearly every record ran onto a second page that
held only its last lines and the signatures)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.services.activities import RecordSheet
from dangwu_desktop.io import gbt9704
from dangwu_desktop.io.record_text import TALK_HEADER, header_rows, talk_rows, topic_lines

TABLE_SIZE = gbt9704.SMALL_SIZE  # 4号
LABEL_SIZE = Pt(12)  # 小四
# A long value (the names of a whole branch present) in 五号 on 16-point lines: a 党员大会 of 50
# names took eight lines of the page at 4号.
LONG_CELL = 90
SMALL_SIZE = Pt(10.5)  # 五号
SMALL_LINE = Pt(16)
RECORD_LINE = Pt(20)
# A meeting of the whole branch (a 支部党员大会, a 党课) lists some fifty names present, and its
# header grows by the 正式/预备 counts and the voters: set in 小四 on 16-point lines, with the
# names run on in 小五, it keeps its one page where at 4号 the names alone pushed the record's
# last lines and signatures onto a second page that held nothing else.
CROWD = 30  # names present from which a record is set so
CROWD_SIZE = Pt(12)  # 小四
CROWD_LINE = Pt(16)
NAMES_SIZE = Pt(9)  # 小五
NAMES_LINE = Pt(12)
CROWD_LONG_CELL = 45  # and its long values (absences, excusals) in 五号 on 14-point lines
CROWD_SMALL_LINE = Pt(14)
SIGNATURES = ("主持人（签字）：", "记录人（签字）：")


def build_document(records: Sequence[RecordSheet], branch_name: str) -> DocumentObject:
    document = gbt9704.new_document()
    if not records:
        gbt9704.title(document, f"{branch_name}\n组织生活记录")
        gbt9704.body(document, "所选期间没有记录。")
    for index, record in enumerate(records):
        _record(document, record, branch_name, new_page=index > 0)
    return document


def export_records(target: Path, records: Sequence[RecordSheet], branch_name: str) -> Path:
    return gbt9704.save_document(build_document(records, branch_name), target)


def _record(
    document: DocumentObject, record: RecordSheet, branch_name: str, *, new_page: bool
) -> None:
    gbt9704.title(
        document, f"{branch_name}\n{record.heading}记录", new_page=new_page, space_after=Pt(14)
    )
    crowded = len(record.present) >= CROWD
    size, line = (CROWD_SIZE, CROWD_LINE) if crowded else (TABLE_SIZE, RECORD_LINE)
    rows = header_rows(record)
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Mm(35), Mm(43), Mm(35), Mm(43))
    for row, cells in zip(table.rows, rows, strict=True):
        if len(cells) == 2:  # a label and a value across the rest of the row
            merged = row.cells[1].merge(row.cells[3])
            _cell(row.cells[0], cells[0], label=True, line=line)
            if crowded and cells[0] == "实到人员":
                _cell(merged, cells[1], small=True, size=NAMES_SIZE, line=NAMES_LINE)
            else:
                long = len(cells[1]) > (CROWD_LONG_CELL if crowded else LONG_CELL)
                small_line = CROWD_SMALL_LINE if crowded else SMALL_LINE
                _cell(merged, cells[1], small=long, size=size, line=small_line if long else line)
        else:
            for cell, text, is_label in zip(
                row.cells, cells, (True, False, True, False), strict=True
            ):
                _cell(cell, text, label=is_label, size=size, line=line)
    gbt9704.fix_column_widths(table, widths)
    gbt9704.heading(document, "议题", size, line)
    gbt9704.body(document, "\n".join(topic_lines(record)) or "（未填写）", size=size, line=line)
    if record.talks:  # a 谈心谈话: its conversations, and the record's own notes if any
        gbt9704.heading(document, "谈话记录", size, line)
        _talk_table(document, record)
    if record.minutes or not record.talks:
        gbt9704.heading(document, "会议记录", size, line)
        gbt9704.body(document, record.minutes or "（未填写）", size=size, line=line)
    if record.decisions or record.kind.value in ("支部党员大会", "支部委员会会议"):
        gbt9704.heading(document, "决议", size, line)
        gbt9704.body(document, record.decisions or "（未填写）", size=size, line=line)
    if record.late_entry:  # part of the 落款: it goes over to a new page with the text before
        last = gbt9704.last_paragraph(document)
        if last is not None:
            last.paragraph_format.keep_with_next = True
        note = document.add_paragraph()
        note.paragraph_format.first_line_indent = Pt(size.pt * 2)
        note.paragraph_format.line_spacing = line
        gbt9704.run(note, f"（本记录于{document_date(record.entered_at)}补录）", size=size)
    gbt9704.signature_block(document, SIGNATURES, size, line)


TALK_WIDTHS = (Mm(13), Mm(19), Mm(17), Mm(25), Mm(52), Mm(30))  # the text width, 156 mm


def _talk_table(document: DocumentObject, record: RecordSheet) -> None:
    """The conversations in a table, 五号: a line or two each."""
    rows = talk_rows(record)
    table = document.add_table(rows=len(rows) + 1, cols=len(TALK_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, TALK_HEADER, strict=True):
        _cell(cell, text, label=True, line=SMALL_LINE)
    gbt9704.repeat_header_row(table.rows[0])
    for row, texts in zip(table.rows[1:], rows, strict=True):
        gbt9704.keep_row_whole(row)
        for cell, text in zip(row.cells, texts, strict=True):
            _cell(cell, text, small=True, line=SMALL_LINE)
    gbt9704.fix_column_widths(table, TALK_WIDTHS)


def _cell(
    cell: object,
    text: str,
    *,
    label: bool = False,
    small: bool = False,
    size: Pt = TABLE_SIZE,
    line: Pt = RECORD_LINE,
) -> None:
    """A header cell: a label in 小四黑体, a value in the record's size; `small`, a long value
    in 五号 (or `size`, where the caller gives a smaller one)."""
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.paragraph_format.line_spacing = line
    if small:
        gbt9704.run(paragraph, text, gbt9704.BODY_FONT, min(size, SMALL_SIZE))
        return
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if label else WD_ALIGN_PARAGRAPH.LEFT
    # Labels in 小四: “缺席人员及原因” on one line, not two, in a column that leaves room to write.
    if label:
        gbt9704.run(paragraph, text, gbt9704.HEADING_FONT, LABEL_SIZE)
    else:
        gbt9704.run(paragraph, text, gbt9704.BODY_FONT, size)
