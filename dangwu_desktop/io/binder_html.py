"""The year's archive's own pages as HTML for the printed binder: the cover, the completeness
sheet and the 目录 (the ledgers' pages come from their own print paths, io/record_html.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from dangwu_desktop.io.record_html import STYLE, table_html
from dangwu_desktop.ledgers.base import BinderCheck

# A binder item's number stands at the top right of its first page: an inspector asks for
# "3-12", and the 目录 gives the page it starts on.
NUMBER_STYLE = "text-align: right; font-size: 10.5pt; color: #333; margin: 0"


@dataclass(frozen=True, slots=True)
class Entry:
    """A line of the 目录: a section (level 1) or a document in it (level 2)."""

    number: str  # 三 for a section, 3-12 for its twelfth document
    title: str
    page: int
    level: int = 1

    @property
    def mark(self) -> str:
        """What stands on the entry's first page, to be found there: the heading or 〔3-12〕."""
        return (
            section_heading_text(self.number, self.title)
            if self.level == 1
            else f"〔{self.number}〕"
        )


def section_heading_text(number: str, title: str) -> str:
    return f"{number}、{title}"


def section_heading(number: str, title: str) -> str:
    """A section's heading, in 黑体 三号, above its first document."""
    return (
        "<p style=\"font-family: '黑体', 'SimHei', 'Noto Sans CJK SC', sans-serif;"
        f' font-size: 16pt; margin-bottom: 6pt">{escape(section_heading_text(number, title))}</p>'
    )


def numbered(html: str, number: str, heading: str = "") -> str:
    """An item's HTML with its number (and its section's heading, for the section's first)
    placed at the top of its first page."""
    mark = f"<p style='{NUMBER_STYLE}'>〔{escape(number)}〕</p>" if number else ""
    top = f"{heading}{mark}"
    start = html.find("<body>")
    if start < 0:
        return f"<html><head><style>{STYLE}</style></head><body>{top}{html}</body></html>"
    at = start + len("<body>")
    return html[:at] + top + html[at:]


def cover_html(branch: str, year: int, parent_org: str, made: str) -> str:
    """The cover: the branch, the year, and the text for the 档案盒's spine label."""
    label = f"{branch}　{year}年度　党建工作台账"
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        "<p style='font-size: 14pt'>&nbsp;</p>"
        * 6
        + f"<p class='title' style='font-size: 26pt'>{escape(branch)}</p>"
        f"<p class='title' style='font-size: 26pt'>{year}年度党建工作台账</p>"
        "<p class='title' style='font-size: 16pt'>（年度档案汇编）</p>"
        + "<p>&nbsp;</p>"
        * 8
        + f"<p style='text-align: center'>上级党组织：{escape(parent_org or '　')}</p>"
        f"<p style='text-align: center'>整理日期：{escape(made)}</p>"
        "<p>&nbsp;</p><p>&nbsp;</p>"
        "<table width='100%' border='1' cellspacing='0' cellpadding='6'>"
        "<tr><td align='center' style=\"font-family: '黑体', 'SimHei', sans-serif\">档案盒标签</td></tr>"
        f"<tr><td align='center'>{escape(label)}</td></tr>"
        f"<tr><td align='center'>保管期限：长期　　年度：{year}　　盒号：______</td></tr>"
        "</table></body></html>"
    )


def toc_html(entries: Sequence[Entry]) -> str:
    """The 目录: each section and each document with the page it starts on."""
    rows = []
    for entry in entries:
        if entry.level == 1:
            text = f"<b>{escape(section_heading_text(entry.number, entry.title))}</b>"
            number = ""
        else:
            text = escape(entry.title)
            number = escape(entry.number)
        rows.append(
            f"<tr><td width='12%'>{number}</td><td width='76%'>{text}</td>"
            f"<td width='12%' align='right'>{entry.page}</td></tr>"
        )
    return (
        f"<html><head><style>{STYLE} td {{ font-size: 12pt; }}</style></head><body>"
        "<p class='title'>目　录</p>"
        "<table width='100%' border='0' cellspacing='0' cellpadding='2'>"
        "<tr><td width='12%'>编号</td><td width='76%'>名称</td>"
        "<td width='12%' align='right'>页码</td></tr>"
        f"{''.join(rows)}</table></body></html>"
    )


def completeness_html(
    branch: str,
    year: int,
    as_of: str,
    checks: Sequence[BinderCheck],
    gaps: Sequence[tuple[str, str]],
) -> str:
    """The completeness sheet: the rules' requirements against the records, then every gap
    found (meetings not held, records without attendance or minutes, members without a
    民主评议 grade, dues owed, files that cannot be bound), each on a line of its own."""
    rows = [
        (c.subject, c.required, c.on_record, f"{len(c.gaps)}项，见下" if c.gaps else "齐全")
        for c in checks
    ]
    table = table_html(
        f"{branch}\n{year}年度台账完整性核对表",  # on one line it wraps mid-word on A4
        f"核对至{as_of}",
        ("项目", "规定要求", "在案情况", "缺漏"),
        rows,
        widths=(24, 26, 20, 30),
        font_pt=10.5,
    )
    listed = "".join(
        f"<tr><td>{n}</td><td>{escape(kind)}</td><td>{escape(text)}</td></tr>"
        for n, (kind, text) in enumerate(gaps, start=1)
    )
    if gaps:
        detail = (
            f"<p class='section'>需要补齐或说明的事项（{len(gaps)}项）</p>"
            "<table width='100%' border='1' cellspacing='0' cellpadding='3'>"
            "<thead><tr><th width='6%'>序号</th><th width='20%'>类别</th><th width='74%'>事项</th>"
            f"</tr></thead><tbody>{listed}</tbody></table>"
        )
    else:
        detail = "<p class='section'>未发现缺漏。</p>"
    # The sheet's signature lines go after the gaps, not between the two tables.
    end = table.rfind("<p class='sign'>")
    return table[:end] + detail + table[end:]
