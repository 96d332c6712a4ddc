"""Meeting records as HTML pages shaped like a 会议记录本, for the print preview (one per page)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from dangwu_desktop.core.dates import document_date, format_date
from dangwu_desktop.core.services.activities import RecordSheet, SignInSheet
from dangwu_desktop.io.record_text import TALK_HEADER, header_rows, talk_rows, topic_lines

# Marks a block that must not start a page without the paragraph before it (ui/printing.py
# moves that paragraph over): the 落款.
KEEP_WITH_PREVIOUS = "keep-with-previous"
# A value longer than this (the names of a whole branch present) is set in 五号.
LONG_CELL = 90
# Headings are classed paragraphs: Qt's rich text sizes <h1>/<h2> by its own scale and ignores
# their font-size (an h1 styled 20 pt comes out 18 pt).
STYLE = """
body { font-family: '仿宋_GB2312', '仿宋', 'FangSong', 'Noto Serif CJK SC', serif; font-size: 14pt; }
p.title { font-family: '方正小标宋简体', '小标宋体', 'SimSun', '宋体', 'Noto Serif CJK SC', serif; font-size: 20pt;
     text-align: center; font-weight: normal; margin-bottom: 8pt; line-height: 100%; }
p.section { font-family: '黑体', 'SimHei', 'Noto Sans CJK SC', sans-serif; font-size: 14pt; font-weight: normal;
     margin-top: 6pt; margin-bottom: 2pt; }
table.head { border-collapse: collapse; width: 100%; }
table.head td { border: 1px solid black; padding: 4px; font-size: 12pt; }
td.label { font-family: '黑体', 'SimHei', 'Noto Sans CJK SC', sans-serif; text-align: center; width: 22%; }
td.long { font-size: 10.5pt; }
p { margin: 1pt 0; line-height: 125%; }
p.sign { text-align: right; margin-top: 0; text-indent: 0; }
p.note { color: #555; font-size: 11pt; }
"""


def records_html(records: Sequence[RecordSheet], branch_name: str) -> str:
    pages = [_page(record, branch_name, first=index == 0) for index, record in enumerate(records)]
    if not pages:
        pages = [
            f"<p class='title'>{escape(branch_name)}<br>组织生活记录</p><p>所选期间没有记录。</p>"
        ]
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(pages)}</body></html>"


CROWD = 30  # people present from which a record is set smaller, to keep to one page
CROWD_BODY_PT = 10.5  # 五号: the print preview sets its lines looser than Word
CROWD_NAMES_PT = 9  # 小五 for the run of names present


@dataclass(frozen=True, slots=True)
class _Look:
    """How a record's page is set: its paragraphs' style, its text's size (Qt's rich text passes
    no size down from a div, and an anchor's text keeps the body's size unless told), the head
    table's padding, and the size of the names present (None: as the other values)."""

    paragraph: str = "text-indent: 38px"  # two characters; Qt takes px only
    text: str = ""
    padding: int = 4
    names_pt: float | None = None


NORMAL = _Look()
CROWDED = _Look(
    f"text-indent: 32px; line-height: 115%; font-size: {CROWD_BODY_PT}pt",
    f"font-size: {CROWD_BODY_PT}pt",
    2,
    CROWD_NAMES_PT,
)


def _page(record: RecordSheet, branch_name: str, *, first: bool) -> str:
    breaking = "" if first else " style='page-break-before: always'"
    look = CROWDED if len(record.present) >= CROWD else NORMAL
    rows = []
    for cells in header_rows(record):
        if len(cells) == 2:
            long = " class='long'" if len(cells[1]) > LONG_CELL else ""
            if look.names_pt is not None and (cells[0] == "实到人员" or long):
                long = f" style='font-size: {look.names_pt:g}pt'"
            rows.append(
                f"<tr><td class='label' width='22%'>{escape(cells[0])}</td>"
                f"<td colspan='3'{long}>{escape(cells[1])}</td></tr>"
            )
        else:
            label1, value1, label2, value2 = cells
            rows.append(
                f"<tr><td class='label'>{escape(label1)}</td><td>{escape(value1)}</td>"
                f"<td class='label'>{escape(label2)}</td><td>{escape(value2)}</td></tr>"
            )
    parts = [
        f"<p class='title'{breaking}>{escape(branch_name)}<br>{escape(record.heading)}记录</p>",
        # Qt's rich text honours table attributes rather than CSS widths and borders.
        f"<table class='head' width='100%' border='1' cellspacing='0'"
        f" cellpadding='{look.padding}'>{''.join(rows)}</table>",
        _section("议题", _section_text(topic_lines(record), look), look),
    ]
    if record.talks:  # a 谈心谈话: its conversations, and the record's own notes if any
        parts.append(_section("谈话记录", _talk_table(record), look))
    if record.minutes.strip() or not record.talks:
        parts.append(_section("会议记录", _section_text(_lines(record.minutes), look), look))
    if record.decisions:
        parts.append(_section("决议", _section_text(_lines(record.decisions), look), look))
    if record.late_entry:
        parts.append(f"<p class='note'>（本记录于{document_date(record.entered_at)}补录）</p>")
    parts.append(signature_html(("主持人（签字）：", "记录人（签字）：")))
    return "".join(parts)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _section(title: str, body: str, look: _Look) -> str:
    style = f" style='{look.text}'" if look.text else ""
    return f"<p class='section'{style}>{escape(title)}</p>{body}"


TALK_WIDTHS = (6, 10, 11, 17, 36, 20)  # percent of the line, in the order of TALK_HEADER


def _talk_table(record: RecordSheet) -> str:
    """The conversations in a bordered table, 五号: a line or two each."""
    head = "".join(
        f"<td class='label' width='{w}%'>{escape(h)}</td>"
        for h, w in zip(TALK_HEADER, TALK_WIDTHS, strict=True)
    )
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(text)}</td>" for text in row) + "</tr>"
        for row in talk_rows(record)
    )
    return (
        "<table class='head' width='100%' border='1' cellspacing='0' cellpadding='2'"
        f" style='font-size: 10.5pt'><tr>{head}</tr>{body}</table>"
    )


def signature_html(labels: Sequence[str]) -> str:
    """The 落款: each label with an underlined blank to sign on, in cells of a borderless table.
    Trailing full-width spaces, the usual blank, are dropped by Qt's layout (and by Word and
    WPS) at the end of a line; a cell keeps its width and shows its bottom rule."""
    width = 100 // len(labels)
    cells = "".join(
        f"<td width='{width * 3 // 5}%' align='right'>{escape(label)}</td>"
        f"<td width='{width * 2 // 5 - 2}%' style='border-bottom-style: solid; border-bottom-width: 1px; border-bottom-color: black'>&nbsp;</td>"
        for label in labels
    )
    return (
        f"<p class='sign'><a name='{KEEP_WITH_PREVIOUS}'>&nbsp;</a></p>"
        f"<table class='sign' width='100%' border='0' cellspacing='0' cellpadding='2'>"
        f"<tr>{cells}</tr></table>"
    )


def _section_text(lines: Sequence[str], look: _Look = NORMAL) -> str:
    """A section's paragraphs, the first kept with the heading above it."""
    return "".join(
        _paragraph(line, look, keep=index == 0)
        for index, line in enumerate(lines or ["（未填写）"])
    )


def _paragraph(text: str, look: _Look, *, keep: bool = False) -> str:
    """A paragraph indented two characters, as Chinese documents are (inline: Qt applies
    text-indent only from a paragraph's own style)."""
    shown = escape(text.strip())
    if keep:
        style = f" style='{look.text}'" if look.text else ""
        shown = f"<a name='{KEEP_WITH_PREVIOUS}'{style}>{shown}</a>"
    return f"<p style='{look.paragraph}'>{shown}</p>"


def table_html(
    title: str,
    subtitle: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    today: date | None = None,
    *,
    widths: Sequence[int] | None = None,
    font_pt: float = 10,
    compact: bool = False,
) -> str:
    """A printable ledger: a title (a line break in it breaks the printed title), a line under it (with the 填报日期, given `today`), a
    bordered table, and the 填表人 / 审核人 lines the Excel ledgers end with. `widths` (percent
    of the line, a column each) shares out a wide table; `font_pt` sets its cells' size; a
    `compact` table keeps every column but the last (备注) on one line, with less padding."""
    if today is not None:
        subtitle = f"{subtitle}　　填报日期：{format_date(today)}"
    sized = [f" width='{w}%'" for w in widths] if widths else ["" for _ in header]
    head = "".join(f"<th{w}>{escape(str(h))}</th>" for h, w in zip(header, sized, strict=True))
    last = len(header) - 1
    cell = [
        "<td style='white-space: nowrap'>" if compact and i < last else "<td>"
        for i in range(len(header))
    ]
    body = "".join(
        "<tr>"
        + "".join(f"{cell[i]}{escape('' if v is None else str(v))}</td>" for i, v in enumerate(row))
        + "</tr>"
        for row in rows
    )
    padding = 1 if compact else 3
    return (
        f"<html><head><style>{STYLE} th {{ background-color: #e7e6e6; font-size: {font_pt:g}pt; }}"
        f" td {{ font-size: {font_pt:g}pt; }}</style></head><body>"
        f"<p class='title'>{'<br>'.join(escape(line) for line in title.split(chr(10)))}</p>"
        f"<p style='text-indent: 0'>{escape(subtitle)}</p>"
        f"<table width='100%' border='1' cellspacing='0' cellpadding='{padding}'>"
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
        f"{signature_html(('填表人：', '审核人：', '联系电话：'))}</body></html>"
    )


def sign_in_html(sheet: SignInSheet, branch_name: str) -> str:
    """A blank 签到表 to take to a planned meeting: its heading, and a row to sign for each
    member due (name printed, the 签到 cell empty and tall enough for a signature)."""
    # Room to write the hour in: no-break spaces, as Qt collapses full-width ones.
    room = "&nbsp;" * 6
    facts = [
        ("时间", f"{escape(document_date(sheet.day))}{room}时{room}分"),
        ("地点", escape(sheet.place)),
        ("主题", escape(sheet.topic)),
        ("主持人", escape(sheet.host)),
    ]
    head = "".join(
        f"<tr><td class='label' width='22%'>{label}</td><td>{value}</td></tr>"
        for label, value in facts
    )
    rows = "".join(
        f"<tr><td align='center'>{number}</td><td>{escape(name)}</td><td>&nbsp;</td>"
        f"<td>{escape(note)}</td></tr>"
        for number, (name, note) in enumerate(sheet.names, start=1)
    )
    blank = "<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>" * 3
    return (
        f"<html><head><style>{STYLE} table.sign-in td {{ font-size: 12pt; padding: 6px; }}"
        f" table.sign-in th {{ font-size: 12pt; font-weight: normal; }}</style></head><body>"
        f"<p class='title'>{escape(branch_name)}<br>{escape(sheet.heading)}签到表</p>"
        f"<table class='head' width='100%' border='1' cellspacing='0' cellpadding='4'>{head}</table>"
        "<p>&nbsp;</p>"
        "<table class='sign-in' width='100%' border='1' cellspacing='0' cellpadding='6'>"
        "<thead><tr><th width='10%'>序号</th><th width='25%'>姓名</th><th width='40%'>本人签名</th>"
        f"<th width='25%'>备注</th></tr></thead><tbody>{rows}{blank}</tbody></table>"
        f"<p>应到{len(sheet.names)}人，实到{room}人（由记录人会后填写）</p></body></html>"
    )
