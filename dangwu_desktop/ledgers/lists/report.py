"""三张清单's section of the work report: 问题整改和任务落实情况 for the period — the problems on the
list (by source), how many were put right and 销号, what is still open and what is 逾期; the
tasks done; the 责任清单 in force."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.ledgers.base import SectionText
from dangwu_desktop.ledgers.lists.book import ListsBook, lists_book
from dangwu_desktop.ledgers.lists.rules import ItemStatus, ListKind


def lists(session: Session, period: YearPeriod, today: date) -> ListsBook:
    first, last = period.bounds
    return lists_book(session, first, last, today, period.title)


def _by_source(book: ListsBook) -> str:
    counts = Counter(row.source for row in book.raised_in(ListKind.PROBLEM))
    return "、".join(f"{source}{n}个" for source, n in counts.most_common())


def lists_text(book: ListsBook) -> SectionText:
    problems, tasks = book.of_kind(ListKind.PROBLEM), book.of_kind(ListKind.TASK)
    duties = book.of_kind(ListKind.DUTY)
    status = book.counts(ListKind.PROBLEM)
    open_problems = status[ItemStatus.NOT_STARTED] + status[ItemStatus.UNDER_WAY]
    overdue = book.overdue(ListKind.PROBLEM)
    raised = book.raised_in(ListKind.PROBLEM)
    closed = [r for r in book.closed_in() if r.kind is ListKind.PROBLEM]
    lines: list[str] = []
    if not book.rows:
        lines.append("本期问题清单、任务清单、责任清单中没有事项。")
    if problems:
        line = f"问题清单本期共{len(problems)}个问题"
        if raised:
            line += f"（本期新列入{len(raised)}个：{_by_source(book)}）"
        line += (
            f"，已整改完成{len(book.completed_in(ListKind.PROBLEM))}个，已销号{len(closed)}个；"
            f"期末尚在整改{open_problems}个"
        )
        line += f"，其中逾期{len(overdue)}个。" if overdue else "，没有逾期未完成的问题。"
        lines.append(line)
    if tasks:
        done = book.completed_in(ListKind.TASK)
        open_tasks = [r for r in tasks if r.open]
        late = book.overdue(ListKind.TASK)
        line = f"任务清单{len(tasks)}项，本期完成{len(done)}项，正在推进{len(open_tasks)}项"
        line += f"（逾期{len(late)}项）。" if late else "。"
        lines.append(line)
    if duties:
        people = "、".join(dict.fromkeys(r.responsible for r in duties if r.responsible))
        lines.append(f"责任清单明确{len(duties)}项责任，责任人为{people}。")
    placeholders = {
        "lists": {
            "problems": len(problems),
            "problems_raised": len(raised),
            "problems_by_source": _by_source(book),
            "problems_done": len(book.completed_in(ListKind.PROBLEM)),
            "problems_closed": len(closed),
            "problems_open": open_problems,
            "problems_overdue": len(overdue),
            "tasks": len(tasks),
            "tasks_done": len(book.completed_in(ListKind.TASK)),
            "tasks_overdue": len(book.overdue(ListKind.TASK)),
            "duties": len(duties),
        }
    }
    return SectionText(placeholders, lines)


def lists_summary(book: ListsBook) -> str:
    problems = book.of_kind(ListKind.PROBLEM)
    closed = [r for r in book.closed_in() if r.kind is ListKind.PROBLEM]
    return f"问题{len(problems)}个、销号{len(closed)}个、逾期{len(book.overdue())}项"
