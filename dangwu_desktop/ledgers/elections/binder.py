"""换届's section of the year's archive: the terms and the committee in office, and each election
the branch worked on in the year with its steps as the 换届 page lists them (请示, 批复, the
candidates, the meeting, the count, 备案 and 报批); and a term run out without an election."""

from __future__ import annotations

from datetime import date
from html import escape

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.io.record_html import STYLE
from dangwu_desktop.ledgers.base import BinderCheck, BinderItem, ExportScope
from dangwu_desktop.ledgers.elections.book import ElectionView, open_election, terms, view_of
from dangwu_desktop.ledgers.elections.checklist import steps
from dangwu_desktop.ledgers.elections.models import Election
from dangwu_desktop.ledgers.elections.report import elections, elections_text

TABLE = "<table width='100%' border='1' cellspacing='0' cellpadding='3'>"


def _worked_on(session: Session, first: date, last: date) -> list[ElectionView]:
    """The elections with a step dated in the year, and the one under way."""
    dated = (
        Election.request_on.between(first, last),
        Election.reply_on.between(first, last),
        Election.held_on.between(first, last),
        Election.approved_on.between(first, last),
    )
    found = {e.id: e for e in session.scalars(select(Election).where(or_(*dated)))}
    under_way = open_election(session)
    if under_way is not None:
        found.setdefault(under_way.id, under_way)
    return [view_of(found[key]) for key in sorted(found)]


def election_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_name(session)
    first, last = scope.bounds
    lines = elections_text(elections(session, YearPeriod(scope.year), scope.as_of)).lines or []
    paragraphs = "".join(f"<p style='text-indent: 2em'>{escape(line)}</p>" for line in lines)
    term_rows = (
        "".join(
            f"<tr><td>{escape(t.title)}</td>"
            f"<td>{escape(_span(t.start, t.end))}</td>"
            f"<td>{escape(document_date(t.handed_over_on) if t.handed_over_on else '在任')}</td>"
            f"<td>{escape('、'.join(f'{s.name}（{s.post.value}）' for s in t.seats))}</td></tr>"
            for t in terms(session)
        )
        or "<tr><td colspan='4'>尚未登记支部委员会的任期</td></tr>"
    )
    html = (
        f"<html><head><style>{STYLE} td, th {{ font-size: 11pt; }}</style></head><body>"
        f"<p class='title'>{escape(name)}<br>{scope.year}年换届选举情况</p>{paragraphs}"
        f"<p class='section'>历届支部委员会</p>{TABLE}"
        "<thead><tr><th width='12%'>届次</th><th width='30%'>任期</th><th width='14%'>交接</th>"
        f"<th width='44%'>委员</th></tr></thead><tbody>{term_rows}</tbody></table>"
    )
    for view in _worked_on(session, first, last):
        rows = "".join(
            f"<tr><td>{escape(step.title)}</td><td align='center'>{'已办' if step.done else '未办'}"
            f"</td><td>{escape(step.detail)}</td><td>{escape(step.citation)}</td></tr>"
            for step in steps(view)
        )
        when = document_date(view.held_on) if view.held_on else "尚未召开选举大会"
        html += (
            f"<p class='section'>换届选举程序（{escape(when)}）</p>{TABLE}"
            "<thead><tr><th width='16%'>步骤</th><th width='8%'>情况</th><th width='46%'>登记内容"
            f"</th><th width='30%'>依据</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    html += "</body></html>"
    return [BinderItem(f"{scope.year}年换届选举情况", html)]


def _span(start: date | None, end: date | None) -> str:
    if start is None:
        return "未登记"
    return f"{document_date(start)}至{document_date(end) if end else '—'}"


def election_checks(session: Session, scope: ExportScope) -> list[BinderCheck]:
    """A term run out by the archive's day with no committee elected since, and the steps of
    the year's elections still to do."""
    part = elections(session, YearPeriod(scope.year), scope.as_of)
    term = part.term
    gaps: list[tuple[str, str]] = []
    if term is not None and term.due is not None and term.due <= scope.as_of and not part.held:
        gaps.append(("任期届满未换届", f"本届任期至{document_date(term.due)}，尚未换届"))
    first, last = scope.bounds
    for view in _worked_on(session, first, last):
        gaps += [("换届程序未完成", f"{s.title}：{s.detail}") for s in steps(view) if not s.done]
    required = (
        f"任期届满按期换届（本届至{document_date(term.due)}）"
        if term is not None and term.due is not None
        else "任期届满按期换届（任期未登记）"
    )
    held = f"本年换届{len(part.held)}次" if part.held else "本年未换届"
    return [BinderCheck("换届选举", required, held, tuple(gaps))]
