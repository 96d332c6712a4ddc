"""The 换届 选票 and 计票单 for the print preview (Qt rich text), laid out as the Word files are."""

from __future__ import annotations

from html import escape

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.io.elections_forms import (
    PER_ROW,
    TALLY_FIGURES,
    TALLY_SIGNERS,
    ballot_title,
    instructions,
    name_rows,
    seats_text,
    tally_title,
    write_ins,
)
from dangwu_desktop.io.record_html import STYLE, signature_html
from dangwu_desktop.ledgers.elections.book import BallotSheet

BOX = "&nbsp;<br>&nbsp;<br>&nbsp;"  # room to mark: Qt sizes a cell by its lines
CELL = f"width='{100 // PER_ROW}%' align='center'"


def _title(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def _grid(rows: list[list[str]]) -> str:
    body = ""
    for names in rows:
        body += (
            "<tr>" + "".join(f"<td {CELL}>{escape(n) or '&nbsp;'}</td>" for n in names) + "</tr>"
        )
        body += "<tr>" + "".join(f"<td {CELL}>{BOX}</td>" for _ in names) + "</tr>"
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='6' class='ballot'>"
        f"{body}</table>"
    )


def ballot_html(sheet: BallotSheet) -> str:
    """A 选票: title, 填写说明, the names each over a box, the 另选他人 places."""
    notes = "".join(
        f"<p class='note' style='text-indent: 0'>{escape(line)}</p>" for line in instructions(sheet)
    )
    places = write_ins(sheet)
    place = f"width='{88 // places}%' align='center'"  # beside the 12 % of its label
    blank = "".join(f"<td {place}>&nbsp;</td>" for _ in range(places))
    marks = "".join(f"<td {place}>{BOX}</td>" for _ in range(places))
    other = (
        "<table width='100%' border='1' cellspacing='0' cellpadding='6'>"
        f"<tr><td rowspan='2' width='12%' align='center'>另选他人</td>{blank}</tr>"
        f"<tr>{marks}</tr></table>"
    )
    return (
        f"<html><head><style>{STYLE} table.ballot td {{ font-size: 16pt; }}</style></head><body>"
        f"<p class='title'>{_title(ballot_title(sheet))}</p>{notes}<p>&nbsp;</p>"
        f"{_grid(name_rows(sheet.names))}<p>&nbsp;</p>{other}</body></html>"
    )


def tally_html(sheet: BallotSheet) -> str:
    """A 计票单: the figures to fill, a row for each name (正字 counted in the wide cell), the
    另选他人 rows, and the 监票人 and 计票人's signatures."""
    room = "&nbsp;" * 8
    figures = "".join(
        "<p style='text-indent: 0'>"
        + "　".join(f"{escape(f)}：<u>{room}</u>" for f in TALLY_FIGURES[i : i + 2])
        + "</p>"
        for i in range(0, len(TALLY_FIGURES), 2)
    )
    held = (
        f"选举日期：{document_date(sheet.held_on)}"
        if sheet.held_on
        else f"选举日期：{room}年{room}月{room}日"
    )
    rows = "".join(
        f"<tr><td align='center'>{n}</td><td align='center'>{escape(name)}</td>"
        f"<td>&nbsp;<br>&nbsp;</td><td>&nbsp;</td></tr>"
        for n, name in enumerate(sheet.names, start=1)
    )
    start = len(sheet.names) + 1
    rows += "".join(
        f"<tr><td align='center'>{n}</td><td align='center'>（另选他人）</td>"
        f"<td>&nbsp;<br>&nbsp;</td><td>&nbsp;</td></tr>"
        for n in range(start, start + write_ins(sheet))
    )
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"<p class='title'>{_title(tally_title(sheet))}</p>"
        f"<p style='text-indent: 0'>{held}　　{seats_text(sheet)}</p>"
        f"{figures}"
        "<table width='100%' border='1' cellspacing='0' cellpadding='5'>"
        "<thead><tr><th width='8%'>序号</th><th width='18%'>姓名</th>"
        "<th width='58%'>计票（画“正”字）</th><th width='16%'>得票数</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"{signature_html(TALLY_SIGNERS)}</body></html>"
    )
