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
    gbt9704.heading(document, "一、基本情况")
    gbt9704.body(
        document,
        "截至{{ generated }}，支部共有在册党员{{ counts.total }}名，其中正式党员{{ counts.full }}名、"
        "预备党员{{ counts.probationary }}名；流动党员{{ counts.mobile }}名。",
    )
    gbt9704.heading(document, "二、组织生活开展情况")
    table = document.add_table(rows=4, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    gbt9704.fix_column_widths(table, (Mm(42), Mm(18), Mm(18), Mm(52), Mm(26)))
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
    gbt9704.heading(document, "三、党员教育培训情况")
    gbt9704.body(
        document,
        "本期共组织学习培训{{ training.sessions }}次，累计{{ training.hours }}学时；今年全体党员人均{{ training.average }}学时。"
        "{% if training.short_count %}学时进度不足的党员{{ training.short_count }}名：{{ training.short_names }}，支部将督促补学。"
        "{% else %}全体党员学时进度符合要求。{% endif %}",
    )
    gbt9704.heading(document, "四、党员队伍变化情况")
    gbt9704.body(document, "{%p if changes %}")
    gbt9704.body(document, "{%p for c in changes %}")
    gbt9704.body(
        document,
        "{{ c.date }}，{{ c.name }}{{ c.kind }}{% if c.detail %}（{{ c.detail }}）{% endif %}。",
    )
    gbt9704.body(document, "{%p endfor %}")
    gbt9704.body(document, "{%p else %}")
    gbt9704.body(document, "本期党员队伍无变化。")
    gbt9704.body(document, "{%p endif %}")
    gbt9704.body(document, "{%p if annual %}")
    gbt9704.heading(document, "五、民主评议党员情况")
    gbt9704.body(document, "{{ appraisal_text }}")
    gbt9704.body(document, "{%p endif %}")
    for key, name in (
        ("achievements", "工作成效"),
        ("problems", "存在问题"),
        ("plans", "下步打算"),
    ):
        gbt9704.heading(document, f"{{{{ numbers.{key} }}}}、{name}")
        gbt9704.body(document, f"{{%p for line in {key} %}}")
        gbt9704.body(document, "{{ line }}")
        gbt9704.body(document, "{%p endfor %}")
    for text in ("{{ branch_name }}", "{{ generated }}"):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = Pt(32)
        gbt9704.run(paragraph, text)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    gbt9704.save_document(document, TARGET)
    print(TARGET)


if __name__ == "__main__":
    main()
