"""三张清单's section of the year's archive: the 问题清单 as the 整改台账, the 任务清单 and the
责任清单 of the year (as the Excel ledger lists them), and the year's 销号清单 with the 佐证材料
photos of each item 销号 bound after it; and, for the completeness sheet, the items past their
时限 still open and those done without 佐证材料 (销号 needs them: lists.close_after_review)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.io.lists_xlsx import (
    DUTY_HEADER,
    PROBLEM_HEADER,
    TASK_HEADER,
    _duty_row,
    _problem_row,
    _task_row,
    figure_lines,
)
from dangwu_desktop.io.record_html import STYLE, signature_html, table_html
from dangwu_desktop.ledgers.base import BinderCheck, BinderFile, BinderItem, ExportScope
from dangwu_desktop.ledgers.lists.book import ItemRow, ListsBook, closure_list, lists_book
from dangwu_desktop.ledgers.lists.models import ListAttachment
from dangwu_desktop.ledgers.lists.rules import ItemStatus, ListKind

TABLE = "<table width='100%' border='1' cellspacing='0' cellpadding='3'>"
# Across an A4 landscape page: a date (2026-01-18) on one line in 7 %, the texts share the rest.
PROBLEM_WIDTHS = (2, 5, 7, 10, 9, 4, 7, 7, 11, 8, 7, 5, 6, 7, 5)
TASK_WIDTHS = (3, 6, 8, 13, 12, 5, 7, 7, 13, 10, 7, 9)
DUTY_WIDTHS = (4, 8, 22, 22, 7, 8, 7, 16, 6)


def _year_book(session: Session, scope: ExportScope) -> ListsBook:
    return lists_book(session, *scope.bounds, scope.today, f"{scope.year}年")


def _cells(values: Sequence[object]) -> list[object]:
    """The Excel ledger's row as text, its lines (each progress note) parted by ；."""
    return ["" if v is None else "；".join(str(v).split("\n")) for v in values]


def _list_table(
    title: str,
    name: str,
    header: Sequence[str],
    widths: Sequence[int],
    rows: Sequence[Sequence[object]],
    scope: ExportScope,
    empty: str,
) -> str:
    shown = rows or [("", empty, *("" for _ in header[2:]))]
    return table_html(f"{name}{title}", f"填报单位（盖章）：{name}", header, shown, scope.today,
                      widths=widths, font_pt=7.5)  # fmt: skip


def list_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_name(session)
    book = _year_book(session, scope)
    problems = [_cells(_problem_row(n, r)) for n, r in enumerate(book.problems, start=1)]
    ledger = _list_table(f"{book.title}问题清单（整改台账）", name, PROBLEM_HEADER,
                         PROBLEM_WIDTHS, problems, scope, "本年度无问题清单事项")  # fmt: skip
    figures = "".join(f"<p style='font-size: 10.5pt'>{escape(line)}</p>" for line in
                      figure_lines(book))  # fmt: skip
    ledger = ledger.replace("<p class='sign'>", f"{figures}<p class='sign'>", 1)
    tasks = [_cells(_task_row(n, r)) for n, r in enumerate(book.of_kind(ListKind.TASK), start=1)]
    duties = [_cells(_duty_row(n, r)) for n, r in enumerate(book.of_kind(ListKind.DUTY), start=1)]
    return [
        BinderItem(f"{book.title}问题清单（整改台账）", ledger, landscape=True),
        BinderItem(
            f"{book.title}任务清单",
            _list_table(f"{book.title}任务清单", name, TASK_HEADER, TASK_WIDTHS, tasks, scope,
                        "本年度无任务清单事项"),
            landscape=True,
        ),
        BinderItem(
            f"{book.title}责任清单",
            _list_table(f"{book.title}责任清单", name, DUTY_HEADER, DUTY_WIDTHS, duties, scope,
                        "本年度无责任清单事项"),
            landscape=True,
        ),
        _closure_item(session, scope, name),
    ]  # fmt: skip


def _review(row: ItemRow) -> str:
    held = row.review_meeting.split(" ", 1)[-1]
    at = f"{document_date(row.review_meeting_on)}{held}验收" if row.review_meeting_on else ""
    return "；".join(part for part in (row.reviewer, at, row.review_note) if part)


def _evidence(row: ItemRow) -> str:
    files = f"附件{len(row.files)}个" if row.files else ""
    return "；".join(part for part in (row.evidence, files) if part) or "（未附）"


def _table(header: Sequence[tuple[str, int]], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th width='{w}%'>{escape(h)}</th>" for h, w in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"{TABLE}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


CLOSED_HEADER = (("序号", 4), ("问题（事项）", 20), ("来源", 9), ("整改完成情况", 20),
                 ("责任人", 7), ("完成时间", 12), ("验收情况", 16), ("销号时间", 12))  # fmt: skip
WAITING_HEADER = (("序号", 4), ("问题（事项）", 22), ("来源", 9), ("整改完成情况", 23),
                  ("责任人", 7), ("完成时间", 12), ("佐证材料", 23))  # fmt: skip


def _closure_item(session: Session, scope: ExportScope, name: str) -> BinderItem:
    """The year's 销号清单 as the Word one reads, then the 佐证材料 of each item 销号."""
    found = closure_list(session, *scope.bounds, scope.today, f"{scope.year}年")
    closed, waiting = found.closed, found.waiting
    html = (
        f"<html><head><style>{STYLE} th, td {{ font-size: 10.5pt; }}</style></head><body>"
        f"<p class='title'>{escape(name)}<br>{escape(found.title)}整改事项销号清单</p>"
        f"<p style='text-indent: 2em'>按照问题清单、任务清单的整改要求，本支部{escape(found.title)}"
        f"经验收销号的事项{len(closed)}项，已整改完成、待验收销号的事项{len(waiting)}项，具体如下。</p>"
        "<p class='section'>一、已验收销号的事项</p>"
    )
    if closed:
        html += _table(CLOSED_HEADER, [
            [str(n), r.description, r.source, r.done_text, r.responsible,
             document_date(r.completed_on), _review(r), document_date(r.closed_on)]
            for n, r in enumerate(closed, start=1)
        ])  # fmt: skip
    else:
        html += "<p style='text-indent: 2em'>本期没有验收销号的事项。</p>"
    html += "<p class='section'>二、已整改完成、申请验收销号的事项</p>"
    if waiting:
        html += _table(WAITING_HEADER, [
            [str(n), r.description, r.source, r.done_text, r.responsible,
             document_date(r.completed_on), _evidence(r)]
            for n, r in enumerate(waiting, start=1)
        ])  # fmt: skip
    else:
        html += "<p style='text-indent: 2em'>没有待验收销号的事项。</p>"
    html += f"{signature_html(('党支部书记（签字）：', '填报人：'))}</body></html>"
    return BinderItem(
        f"{found.title}整改事项销号清单",
        html,
        landscape=True,
        files=_evidence_files(session, closed),
    )


def _evidence_files(session: Session, rows: Sequence[ItemRow]) -> tuple[BinderFile, ...]:
    """Each item's 佐证材料 files in the order of the list, named by the item they prove."""
    if not rows:
        return ()
    position = {row.item_id: n for n, row in enumerate(rows, start=1)}
    query = select(ListAttachment).where(ListAttachment.item_id.in_(position))
    kept = sorted(session.scalars(query), key=lambda a: (position[a.item_id], a.id))
    return tuple(
        BinderFile(
            f"佐证材料（第{position[a.item_id]}项）：{a.original_name}", a.stored_name, a.size
        )
        for a in kept
    )


def _short(row: ItemRow) -> str:
    text = " ".join(row.description.split())
    return f"{row.kind.value}：{text[:24]}{'…' if len(text) > 24 else ''}（责任人{row.responsible or '未定'}）"


def list_checks(session: Session, scope: ExportScope) -> list[BinderCheck]:
    """Items past their 时限 on the archive's day and still not done (lists.deadline), and items
    done but without 佐证材料, which cannot be 销号 (lists.close_after_review)."""
    book = _year_book(session, scope)
    gaps: list[tuple[str, str]] = [
        ("逾期未完成",
         f"{_short(r)}，时限{document_date(r.deadline)}，{r.standing.text}")
        for r in book.overdue()
    ]  # fmt: skip
    gaps += [
        ("已完成未附佐证材料", _short(r))
        for r in book.rows
        if r.status is ItemStatus.DONE and not (r.evidence.strip() or r.files)
    ]
    counts = "、".join(f"{kind.value}{len(book.of_kind(kind))}项" for kind in ListKind)
    closed = len(book.closed_in())
    return [
        BinderCheck(
            "三张清单",
            "事项明确责任人和时限，按时限完成；完成后附佐证材料，经验收销号",
            f"{counts}，本年销号{closed}项",
            tuple(gaps),
        )
    ]
