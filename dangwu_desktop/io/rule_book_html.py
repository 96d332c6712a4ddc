"""The 依据 list as an HTML page for the print preview: every rule, its figure, its citation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.services.rule_book import COLUMNS, RuleEntry
from dangwu_desktop.io.record_html import STYLE

TABLE_STYLE = """
table.rules { border-collapse: collapse; width: 100%; }
table.rules th, table.rules td { border: 1px solid black; padding: 3px; font-size: 10.5pt;
    line-height: 130%; vertical-align: top; }
table.rules th { font-family: '黑体', 'SimHei', 'Noto Sans CJK SC', sans-serif; font-weight: normal; }
"""
# width in %, for 序号 then COLUMNS
HEADER = tuple(zip(("序号", *COLUMNS), (5, 24, 15, 38, 18), strict=True))


def rule_book_html(entries: Sequence[RuleEntry], branch_name: str, today: date) -> str:
    head = "".join(f"<th width='{width}%'>{title}</th>" for title, width in HEADER)
    rows = "".join(
        "<tr>"
        + "".join(f"<td>{escape(text)}</td>" for text in (str(number), *entry.cells))
        + "</tr>"
        for number, entry in enumerate(entries, start=1)
    )
    return (
        f"<html><head><style>{STYLE}{TABLE_STYLE}</style></head><body>"
        f"<p class='title'>{escape(branch_name)}<br>党务工作规则与依据</p>"
        # The date under the title: at the foot it could stand alone on a last page.
        f"<p class='sign'>打印日期：{document_date(today)}</p>"
        f"<table class='rules'><tr>{head}</tr>{rows}</table></body></html>"
    )
