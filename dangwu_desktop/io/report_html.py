"""The 季度/年度工作报告 as HTML for the printed archive, laid out as the default Word template
(resources/templates/work_report.docx) lays it out from the same placeholders: the title, the
salutation, each section's paragraphs (the meetings as a table), the secretary's three parts and
the 落款."""

from __future__ import annotations

from html import escape
from typing import Any

from dangwu_desktop.io.record_html import STYLE

PARAGRAPH = "<p style='text-indent: 2em'>{}</p>"
HEADING = "<p class='section' style='text-indent: 2em'>{}</p>"


def report_html(context: dict[str, Any]) -> str:
    c = context
    parts = [
        f"<p class='title'>{escape(c['branch_name'])}<br>{escape(c['period_title'])}工作报告</p>",
        f"<p>{escape(c['parent_org'])}：</p>",
        PARAGRAPH.format(
            escape(
                f"{c['period_title']}，{c['branch_name']}认真落实“三会一课”等组织生活制度，"
                "加强党员教育管理，现将有关情况报告如下。"
            )
        ),
    ]
    for section in c["sections"]:
        parts.append(HEADING.format(escape(f"{section['number']}、{section['heading']}")))
        if section["key"] == "meetings":
            parts.append(_meetings(c))
        else:
            parts += [PARAGRAPH.format(escape(line)) for line in section["lines"] or ()]
    for key, heading in (
        ("achievements", "工作成效"),
        ("problems", "存在问题"),
        ("plans", "下步打算"),
    ):
        parts.append(HEADING.format(escape(f"{c['numbers'][key]}、{heading}")))
        parts += [PARAGRAPH.format(escape(line)) for line in c[key]]
    parts.append("<p>&nbsp;</p>")
    parts += [f"<p class='sign'>{escape(c['branch_name'])}</p>",
              f"<p class='sign'>{escape(c['generated'])}</p>"]  # fmt: skip
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def _meetings(c: dict[str, Any]) -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(str(m[k]))}</td>" for k in
                         ("kind", "required", "held", "dates", "status")) + "</tr>"
        for m in c.get("meetings", ())
    )  # fmt: skip
    table = (
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' style='font-size: 11pt'>"
        "<thead><tr><th width='20%'>项目</th><th width='16%'>应开展</th><th width='12%'>已开展</th>"
        f"<th width='32%'>开展日期</th><th width='20%'>情况</th></tr></thead><tbody>{rows}</tbody>"
        "</table>"
    )
    days = c.get("theme_days") or ()
    if days:
        table += PARAGRAPH.format("主题党日开展情况：")
        table += "".join(PARAGRAPH.format(escape(f"{d['date']}，{d['topic']}。")) for d in days)
    return table
