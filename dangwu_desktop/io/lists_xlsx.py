"""三张清单及整改台账 for the township: the 问题清单 as the 整改台账 (a row a problem: where it came
from, the 整改措施, who answers for it, the 时限, each progress note, what was done, its 验收 and
销号), the 任务清单, the 责任清单 and every progress note — A4 landscape, the header in view and
printed on every page, the figures under the 整改台账."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dangwu_desktop.io.xlsx_layout import (
    Book,
    Look,
    Styled,
    append_table,
    ledger_sheet,
    save_book,
    signature_line,
    table_sheet,
    title_rows,
)
from dangwu_desktop.ledgers.lists.book import ItemRow, ListsBook
from dangwu_desktop.ledgers.lists.rules import ItemStatus, ListKind

PROBLEM_HEADER = (
    "序号", "类型", "问题来源", "问题描述", "整改措施", "责任人", "提出日期", "整改时限",
    "整改进展", "完成情况", "完成日期", "状态", "验收情况", "销号日期", "佐证材料",
)  # fmt: skip
PROBLEM_WIDTHS = (5, 9, 14, 30, 30, 8, 11, 11, 34, 24, 11, 16, 20, 11, 18)
TASK_HEADER = (
    "序号", "类型", "来源", "任务内容", "工作措施", "责任人", "交办日期", "完成时限",
    "进展情况", "完成情况", "完成日期", "状态",
)  # fmt: skip
TASK_WIDTHS = (5, 9, 12, 32, 32, 8, 11, 11, 36, 26, 11, 16)
DUTY_HEADER = ("序号", "类型", "责任内容", "履责措施", "责任人", "明确日期", "时限",
               "履责情况", "状态")  # fmt: skip
DUTY_WIDTHS = (5, 10, 36, 36, 10, 11, 9, 40, 10)
NOTE_HEADER = ("序号", "清单", "事项", "责任人", "日期", "进展情况", "听取或研究的会议")
NOTE_WIDTHS = (5, 10, 36, 8, 11, 50, 20)
PROBLEM_SHEET = "整改台账"


def _source(row: ItemRow) -> str:
    return "\n".join(part for part in (row.source, row.source_detail) if part)


def _progress(row: ItemRow) -> str:
    """Each note on a line of its own, dated as the table's dates are (2026-03-05)."""
    return "\n".join(f"{n.date:%Y-%m-%d} {n.note}" for n in row.notes)


def _review(row: ItemRow) -> str:
    if row.status is not ItemStatus.CLOSED:
        return ""
    parts = [row.reviewer, row.review_meeting and f"{row.review_meeting}验收", row.review_note]
    return "\n".join(part for part in parts if part)


def _evidence(row: ItemRow) -> str:
    files = f"附件{len(row.files)}个" if row.files else ""
    return "\n".join(part for part in (row.evidence, files) if part)


def _problem_row(number: int, row: ItemRow) -> Sequence[object]:
    return (
        number, row.category, _source(row), row.description, row.measures, row.responsible,
        row.raised_on, row.deadline or "长期", _progress(row), row.result,
        row.completed_on or "", row.status_text, _review(row), row.closed_on or "",
        _evidence(row),
    )  # fmt: skip


def figure_lines(book: ListsBook) -> list[str]:
    problems = book.problems
    counts = book.counts(ListKind.PROBLEM)
    overdue = book.overdue(ListKind.PROBLEM)
    line = (
        f"{book.title}问题清单共{len(problems)}个问题：已销号{counts[ItemStatus.CLOSED]}个，"
        f"已完成待销号{counts[ItemStatus.DONE]}个，推进中{counts[ItemStatus.UNDER_WAY]}个，"
        f"未开始{counts[ItemStatus.NOT_STARTED]}个"
    )
    line += f"；其中逾期未完成{len(overdue)}个。" if overdue else "；没有逾期未完成的问题。"
    return [
        line,
        f"说明：整改时限为完成整改的最后一天，超过时限仍未完成的为逾期；状态截至{book.as_of:%Y-%m-%d}。"
        "销号须整改完成、附佐证材料并经验收。",
    ]


def add_problem_sheet(
    book: Book, gathered: ListsBook, branch_name: str, today: date, sheet_name: str
) -> None:
    """整改台账: a row a problem of the stretch, the figures under it, the signature lines."""
    sheet = book.sheet(sheet_name)
    table_sheet(sheet, PROBLEM_WIDTHS, landscape=True)
    title_rows(sheet, f"{branch_name}{gathered.title}问题清单（整改台账）", branch_name, today,
               len(PROBLEM_HEADER))  # fmt: skip
    rows = [_problem_row(n, r) for n, r in enumerate(gathered.problems, start=1)]
    append_table(sheet, PROBLEM_HEADER, rows, widths=PROBLEM_WIDTHS,
                 left_columns={2, 3, 4, 8, 9, 12, 14})  # fmt: skip
    text = Styled(sheet, Look(size=10.5))
    sheet.append([])
    for line in figure_lines(gathered):
        sheet.append([text(line)])
    signature_line(sheet)


def _task_row(number: int, row: ItemRow) -> Sequence[object]:
    return (
        number, row.category, _source(row), row.description, row.measures, row.responsible,
        row.raised_on, row.deadline or "长期", _progress(row), row.result,
        row.completed_on or "", row.status_text,
    )  # fmt: skip


def _duty_row(number: int, row: ItemRow) -> Sequence[object]:
    return (
        number, row.category, row.description, row.measures, row.responsible, row.raised_on,
        row.deadline or "长期", _progress(row) or row.result, row.status_text,
    )  # fmt: skip


def export_lists(target: Path, gathered: ListsBook, branch_name: str, today: date) -> Path:
    """三张清单及整改台账.xlsx: the 整改台账 (问题清单), the 任务清单, the 责任清单 and the progress notes."""

    def fill(book: Book) -> None:
        add_problem_sheet(book, gathered, branch_name, today, PROBLEM_SHEET)
        tasks = gathered.of_kind(ListKind.TASK)
        ledger_sheet(
            book, "任务清单", f"{branch_name}{gathered.title}任务清单", branch_name, today,
            TASK_HEADER, TASK_WIDTHS, [_task_row(n, r) for n, r in enumerate(tasks, start=1)],
            left_columns={2, 3, 4, 8, 9},
        )  # fmt: skip
        duties = gathered.of_kind(ListKind.DUTY)
        ledger_sheet(
            book, "责任清单", f"{branch_name}{gathered.title}责任清单", branch_name, today,
            DUTY_HEADER, DUTY_WIDTHS, [_duty_row(n, r) for n, r in enumerate(duties, start=1)],
            left_columns={2, 3, 7},
        )  # fmt: skip
        notes = sorted(
            ((row, note) for row in gathered.rows for note in row.notes
             if gathered.first <= note.date <= gathered.last),
            key=lambda pair: (pair[1].date, pair[1].note_id),
        )  # fmt: skip
        ledger_sheet(
            book, "进展记录", f"{branch_name}{gathered.title}清单事项进展记录", branch_name, today,
            NOTE_HEADER, NOTE_WIDTHS,
            [(n, row.kind.value, row.description, row.responsible, note.date, note.note,
              note.meeting) for n, (row, note) in enumerate(notes, start=1)],
            left_columns={2, 5},
        )  # fmt: skip

    return save_book(target, fill)
