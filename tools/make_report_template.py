"""Writes resources/templates/work_report.docx: the default 季度/年度工作报告 template.

The template is a Word document with docxtpl (Jinja) placeholders, typeset by the same GB/T 9704
helpers as every other document. Run after changing the layout:

    .venv/bin/python tools/make_report_template.py

A township may instead give the program its own .docx using the placeholders listed in the
README; this file is only the default.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from dangwu_desktop.io import gbt9704

TARGET = Path(__file__).resolve().parents[1] / "resources" / "templates" / "work_report.docx"
TABLE = Pt(12)


def main() -> None:
    document = gbt9704.new_document()
    gbt9704.title(document, "{{ branch_name }}\n{{ period_title }}工作报告")
    addressee = document.add_paragraph()
    gbt9704.run(addressee, "{{ parent_org }}：")
    gbt9704.body(
        document,
        "{{ period_title }}，{{ branch_name }}认真落实“三会一课”等组织生活制度，"
        "加强党员教育管理，现将有关情况报告如下。",
    )
    # Each ledger's section, numbered; the meetings table is laid out here, the others print
    # their lines (a new ledger's section appears without a new template).
    gbt9704.body(document, "{%p for s in sections %}")
    gbt9704.heading(document, "{{ s.number }}、{{ s.heading }}")
    gbt9704.body(document, '{%p if s.key == "meetings" %}')
    table = document.add_table(rows=4, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    gbt9704.fix_column_widths(table, (Mm(36), Mm(17), Mm(17), Mm(48), Mm(38)))
    rows = (
        ("项目", "应开展", "已开展", "开展日期", "情况"),
        ("{%tr for m in meetings %}", "", "", "", ""),
        ("{{ m.kind }}", "{{ m.required }}", "{{ m.held }}", "{{ m.dates }}", "{{ m.status }}"),
        ("{%tr endfor %}", "", "", "", ""),
    )
    for row, values in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.line_spacing = Pt(20)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font = gbt9704.HEADING_FONT if row is table.rows[0] else gbt9704.BODY_FONT
            gbt9704.run(paragraph, text, font, TABLE)
    gbt9704.body(document, "{%p if theme_days %}")
    gbt9704.body(document, "主题党日开展情况：")
    gbt9704.body(document, "{%p for d in theme_days %}")
    gbt9704.body(document, "{{ d.date }}，{{ d.topic }}。")
    gbt9704.body(document, "{%p endfor %}")
    gbt9704.body(document, "{%p endif %}")
    gbt9704.body(document, "{%p else %}")
    gbt9704.body(document, "{%p for line in s.lines %}")
    gbt9704.body(document, "{{ line }}")
    gbt9704.body(document, "{%p endfor %}")
    gbt9704.body(document, "{%p endif %}")
    gbt9704.body(document, "{%p endfor %}")
    for key, name in (
        ("achievements", "工作成效"),
        ("problems", "存在问题"),
        ("plans", "下步打算"),
    ):
        gbt9704.heading(document, f"{{{{ numbers.{key} }}}}、{name}")
        gbt9704.body(document, f"{{%p for line in {key} %}}")
        gbt9704.body(document, "{{ line }}")
        gbt9704.body(document, "{%p endfor %}")
    # The 落款: a blank line above it (GB/T 9704), and the unit's name kept on the page of its
    # date, so that neither prints alone on a last page.
    blank = document.add_paragraph()
    blank.paragraph_format.keep_with_next = True
    for text in ("{{ branch_name }}", "{{ generated }}"):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = Pt(32)
        paragraph.paragraph_format.keep_with_next = text == "{{ branch_name }}"
        gbt9704.run(paragraph, text)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    gbt9704.save_document(document, TARGET)
    print(TARGET)


if __name__ == "__main__":
    main()
