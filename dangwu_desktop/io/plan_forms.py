"""Forms for the township: the quarterly plan (Excel) and a meeting's 报备单 (Word)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services.activities import RecordSheet
from dangwu_desktop.core.services.plans import PlanItem
from dangwu_desktop.io import gbt9704
from dangwu_desktop.io.record_text import absent_text, time_text
from dangwu_desktop.io.xlsx_layout import (
    Book,
    append_table,
    save_book,
    signature_line,
    table_sheet,
    title_rows,
)

PLAN_HEADER = ("序号", "活动类别", "计划日期", "主题 / 议题", "地点", "主持人 / 负责人", "备注")
PLAN_WIDTHS = (5, 26, 12, 40, 20, 14, 12)
SUMMARY_CHARACTERS = 300


def add_plan_sheet(
    book: Book,
    items: Sequence[PlanItem],
    group_names: dict[int, str],
    branch_name: str,
    year: int,
    quarter: int,
    today: date,
) -> None:
    sheet = book.sheet(f"{YearPeriod(year, quarter).title}")
    table_sheet(sheet, PLAN_WIDTHS, landscape=True)  # header frozen and printed on every page
    title_rows(
        sheet,
        f"{branch_name}{YearPeriod(year, quarter).title}“三会一课”计划报备表",
        branch_name,
        today,
        len(PLAN_HEADER),
    )
    rows = (
        (
            number,
            f"{item.kind.value}（{group_names[item.group_id]}）"
            if item.group_id in group_names
            else item.kind.value,
            item.planned_date,
            item.topic,
            item.place,
            item.host,
            "",
        )
        for number, item in enumerate(items, start=1)
    )
    append_table(sheet, PLAN_HEADER, rows, widths=PLAN_WIDTHS, left_columns={1, 3, 4})
    signature_line(sheet, "填表人：　　　　　　　　支部书记（签字）：　　　　　　　　报送日期：")


def export_plan(
    target: Path,
    items: Sequence[PlanItem],
    group_names: dict[int, str],
    branch_name: str,
    year: int,
    quarter: int,
    today: date,
) -> Path:
    return save_book(
        target,
        lambda book: add_plan_sheet(book, items, group_names, branch_name, year, quarter, today),
    )


REVIEW = "镇党委（党建办）审核意见"
# 小四 on 20-point lines: the 报备单 and its review box on one page, as the township files it.
SLIP_SIZE, SLIP_LINE = Pt(12), Pt(20)


def export_report_slip(target: Path, record: RecordSheet, branch_name: str, today: date) -> Path:
    """会议报备单: one page telling the township that a meeting was held, and what it did."""
    document = gbt9704.new_document()
    gbt9704.title(document, f"{branch_name}\n组织生活会议报备单")
    summary = "".join(
        line if line.endswith(("。", "；", "！", "？")) else f"{line}："
        for line in (raw.strip() for raw in record.minutes.splitlines())
        if line
    ).rstrip("：")
    if len(summary) > SUMMARY_CHARACTERS:
        summary = summary[:SUMMARY_CHARACTERS] + "……（详见会议记录）"
    rows = (
        ("支部名称", branch_name),
        ("会议类型", record.heading),
        ("时间", time_text(record)),
        ("地点", record.place or "—"),
        ("主持人", f"{record.host or '—'}　　记录人：{record.recorder or '—'}"),
        (
            "参会情况",
            f"应到{record.expected}人，实到{len(record.present)}人；缺席：{absent_text(record)}",
        ),
        ("议题", "；".join(record.topics) or "—"),
        ("主要内容", summary or "—"),
        ("决议", record.decisions or "—"),
        ("报备日期", format_date(today)),
        (REVIEW, ""),  # left for the township to write in
    )
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    gbt9704.fix_column_widths(table, (Mm(30), Mm(126)))
    for row, (label, value) in zip(table.rows, rows, strict=True):
        for cell, text, font in (
            (row.cells[0], label, gbt9704.HEADING_FONT),
            (row.cells[1], value, gbt9704.BODY_FONT),
        ):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.line_spacing = SLIP_LINE
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER
                if font == gbt9704.HEADING_FONT
                else WD_ALIGN_PARAGRAPH.LEFT
            )
            gbt9704.run(paragraph, text, font, SLIP_SIZE)
        if label == REVIEW:
            row.height, row.height_rule = Mm(28), WD_ROW_HEIGHT_RULE.AT_LEAST
    gbt9704.signature_block(
        document, ("支部书记（签字）：", "党支部（盖章）："), size=Pt(14), line=Pt(24)
    )
    return gbt9704.save_document(document, target)
