"""Meeting records as a Word document for the archive box: one record per page, GB/T 9704 type."""

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
from dangwu_desktop.io.record_text import header_rows

TABLE_SIZE = Pt(14)


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
    gbt9704.title(document, f"{branch_name}\n{record.heading}记录", new_page=new_page)
    rows = header_rows(record)
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Mm(30), Mm(48), Mm(30), Mm(48))
    for row, cells in zip(table.rows, rows, strict=True):
        if len(cells) == 2:  # a label and a value across the rest of the row
            merged = row.cells[1].merge(row.cells[3])
            _cell(row.cells[0], cells[0], label=True)
            _cell(merged, cells[1])
        else:
            for cell, text, is_label in zip(
                row.cells, cells, (True, False, True, False), strict=True
            ):
                _cell(cell, text, label=is_label)
    gbt9704.fix_column_widths(table, widths)
    gbt9704.heading(document, "议题")
    gbt9704.body(
        document,
        "\n".join(f"{i}. {topic}" for i, topic in enumerate(record.topics, start=1))
        or "（未填写）",
    )
    gbt9704.heading(document, "会议记录")
    gbt9704.body(document, record.minutes or "（未填写）")
    if record.decisions or record.kind.value in ("支部党员大会", "支部委员会会议"):
        gbt9704.heading(document, "决议")
        gbt9704.body(document, record.decisions or "（未填写）")
    if record.late_entry:
        note = document.add_paragraph()
        note.paragraph_format.first_line_indent = gbt9704.INDENT
        gbt9704.run(note, f"（本记录于{document_date(record.entered_at)}补录）", size=TABLE_SIZE)
    signature = document.add_paragraph()
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    signature.paragraph_format.space_before = gbt9704.LINE
    gbt9704.run(signature, "主持人（签字）：　　　　　　记录人（签字）：　　　　　　")


def _cell(cell: object, text: str, *, label: bool = False) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(22)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if label else WD_ALIGN_PARAGRAPH.LEFT
    gbt9704.run(paragraph, text, gbt9704.HEADING_FONT if label else gbt9704.BODY_FONT, TABLE_SIZE)
