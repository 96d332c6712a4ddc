"""整改事项销号清单 for the township (Word, GB/T 9704): the items 销号 in the period, each with what
was done, when, and who checked it (验收); then those done and waiting for their 验收; the branch
secretary's signature and room for the township's 审核意见 and seal. A4 landscape, as a form of
eight columns is printed (GB/T 9704 lets a table page be turned): a problem and what was done for
it read on a few lines, not a column of single characters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Mm, Pt
from docx.table import _Row

from dangwu_desktop.core.dates import document_date, month_day
from dangwu_desktop.io import gbt9704
from dangwu_desktop.ledgers.lists.book import ClosureList, ItemRow

# 五号 on 15-point lines in the tables: a problem's text and what was done side by side.
TABLE_SIZE, TABLE_LINE = Pt(10.5), Pt(15)
TEXT_WIDTH = Mm(243)  # A4 landscape less the margins
CLOSED_HEADER = ("序号", "问题（事项）", "来源", "整改完成情况", "责任人", "完成时间", "验收情况",
                 "销号时间")  # fmt: skip
CLOSED_WIDTHS = (Mm(10), Mm(58), Mm(22), Mm(55), Mm(16), Mm(20), Mm(42), Mm(20))
WAITING_HEADER = ("序号", "问题（事项）", "来源", "整改完成情况", "责任人", "完成时间",
                  "佐证材料")  # fmt: skip
WAITING_WIDTHS = (Mm(10), Mm(62), Mm(22), Mm(60), Mm(16), Mm(20), Mm(53))
LEFT_COLUMNS = frozenset({1, 3, 6})


def table_date(value: date | None) -> str:
    """A date in a narrow column: 2026年 above 3月5日 (the written form, as the rest of the
    document; never 2026-03-05 beside 2026年3月5日)."""
    return f"{value.year}年\n{value.month}月{value.day}日" if value is not None else ""


def _review(row: ItemRow) -> str:
    """Who checked the work (or the meeting that did, on its day) and what they said."""
    held = row.review_meeting.split(" ", 1)[-1]
    at = f"{month_day(row.review_meeting_on)}{held}验收" if row.review_meeting_on else ""
    return "\n".join(part for part in (row.reviewer, at, row.review_note) if part)


def _evidence(row: ItemRow) -> str:
    files = f"附件{len(row.files)}个" if row.files else ""
    return "\n".join(part for part in (row.evidence, files) if part) or "（未附）"


def _table(
    document: DocumentObject,
    header: Sequence[str],
    widths: Sequence[Length],
    rows: Sequence[Sequence[str]],
) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fill(table.rows[0], header, header=True)
    for values in rows:
        _fill(table.add_row(), values)
    gbt9704.fix_column_widths(table, widths)


def _fill(row: _Row, values: Sequence[str], *, header: bool = False) -> None:
    if header:
        gbt9704.repeat_header_row(row)
    else:
        gbt9704.keep_row_whole(row)
    for index, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.line_spacing = TABLE_LINE
        paragraph.paragraph_format.first_line_indent = Pt(0)
        left = index in LEFT_COLUMNS and not header
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
        font = gbt9704.HEADING_FONT if header else gbt9704.BODY_FONT
        for number, line in enumerate(text.split("\n")):
            run = gbt9704.run(paragraph, line, font, TABLE_SIZE)
            if number < text.count("\n"):
                run.add_break()


def _closed_rows(rows: Sequence[ItemRow]) -> list[list[str]]:
    return [
        [str(n), r.description, r.source, r.done_text, r.responsible, table_date(r.completed_on),
         _review(r), table_date(r.closed_on)]
        for n, r in enumerate(rows, start=1)
    ]  # fmt: skip


def _waiting_rows(rows: Sequence[ItemRow]) -> list[list[str]]:
    return [
        [str(n), r.description, r.source, r.done_text, r.responsible, table_date(r.completed_on),
         _evidence(r)]
        for n, r in enumerate(rows, start=1)
    ]  # fmt: skip


def export_closure_list(target: Path, gathered: ClosureList, branch_name: str, today: date) -> Path:
    document = gbt9704.new_document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    gbt9704.title(document, f"{branch_name}\n{gathered.title}整改事项销号清单")
    gbt9704.body(document, f"填报单位：{branch_name}　　填报日期：{document_date(today)}",
                 indent=False)  # fmt: skip
    closed, waiting = gathered.closed, gathered.waiting
    gbt9704.body(
        document,
        f"按照问题清单、任务清单的整改要求，本支部{gathered.title}经验收销号的事项{len(closed)}项，"
        f"已整改完成、待验收销号的事项{len(waiting)}项，具体如下。",
    )
    gbt9704.heading(document, "一、已验收销号的事项")
    if closed:
        _table(document, CLOSED_HEADER, CLOSED_WIDTHS, _closed_rows(closed))
    else:
        gbt9704.body(document, "本期没有验收销号的事项。")
    gbt9704.heading(document, "二、已整改完成、申请验收销号的事项")
    if waiting:
        _table(document, WAITING_HEADER, WAITING_WIDTHS, _waiting_rows(waiting))
        gbt9704.body(document, "以上事项已整改到位，佐证材料已整理归档，申请验收销号。")
    else:
        gbt9704.body(document, "没有待验收销号的事项。")
    gbt9704.signature_block(document, ["党支部书记（签字）：", "填报人："], text_width=TEXT_WIDTH)
    opinion = gbt9704.body(document, "乡镇党委审核意见：", indent=False)[0]
    opinion.paragraph_format.space_before = Pt(14)
    for _ in range(3):
        gbt9704.body(document, "")
    for text in ("（盖章）", "年　　月　　日"):
        paragraph = gbt9704.body(document, text, indent=False)[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = Pt(32)
    return gbt9704.save_document(document, target)
