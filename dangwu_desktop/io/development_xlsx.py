"""发展党员工作台账: the branch's year, a row a person with the key dates of their file, where
they stand, what is overdue and what was late, and the year's 发展 against the township's 指标;
A4 landscape, one page wide, the header on every page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dangwu_desktop.io.xlsx_layout import (
    HEADER_ROWS,
    Book,
    Look,
    Styled,
    append_table,
    save_book,
    signature_line,
    table_sheet,
    title_rows,
)
from dangwu_desktop.ledgers.development.files import DevelopmentBook, PersonFile, cited
from dangwu_desktop.ledgers.development.rules import ADMISSION, APPROVAL_STEP

# (column, the step whose date it shows); 公示 and 转正 are worked out below.
DATE_COLUMNS = (
    ("申请", "application"),
    ("谈话", "talk"),
    ("确定积极分子", "activist"),
    ("确定发展对象", "candidate"),
    ("政治审查", "political_review"),
    ("集中培训", "training"),
    ("公示", ""),
    ("支部大会接收", ADMISSION),
    ("上级党委审批", APPROVAL_STEP),
    ("入党宣誓", "oath"),
    ("转正", ""),
)
HEADER = (
    "序号", "姓名", "性别", *(title for title, _ in DATE_COLUMNS), "所处阶段", "下一步及期限",
    "超期和提示",
)  # fmt: skip
DATE_WIDTH = 11
WIDTHS = (5, 8, 5, *(DATE_WIDTH for _ in DATE_COLUMNS), 13, 27, 34)
NOTE = (
    "说明：日期为各步骤登记的日期；公示为起止日期；转正为花名册登记的转正时间（预备期满之日）。"
    "“超期”为已过期限尚未办理的步骤，“提示”为已办步骤晚办、早办或先后颠倒，均注明依据。"
)


def _span(days: tuple[date, date] | None) -> str:
    return f"{days[0]:%Y-%m-%d}至\n{days[1]:%Y-%m-%d}" if days else ""


def _row(number: int, file: PersonFile) -> Sequence[object]:
    stand = file.timeline.stand
    dates: list[object] = []
    for title, code in DATE_COLUMNS:
        if title == "公示":
            dates.append(_span(file.publicity))
        elif title == "转正":
            dates.append(file.full_member_date)
        else:
            dates.append(file.day(code))
    overdue = file.overdue
    waiting = [d.text for d in stand.dues if not d.overdue(file.today)]
    flags = [f"超期：{d.text}" for d in overdue]
    flags += [f"提示：{f.reason}（{cited(f)}）" for f in file.timeline.stand.late]
    where = stand.stage_name if stand.current else "尚未登记"
    if stand.finished:
        where, waiting = "已转正", []
    return (
        number, file.ref.name, file.timeline.person.sex.value if file.timeline.person.sex else "", *dates, where,
        "\n".join(waiting), "\n".join(flags),
    )  # fmt: skip


def add_ledger_sheet(
    book: Book, gathered: DevelopmentBook, branch_name: str, today: date, sheet_name: str
) -> None:
    """The 台账 on a sheet of `book` (its own file, or the period's workbook)."""
    sheet = book.sheet(sheet_name)
    table_sheet(sheet, WIDTHS, landscape=True)
    sheet.worksheet.freeze_panes(HEADER_ROWS, 2)  # 序号 and 姓名 stay beside the dates
    title_rows(
        sheet, f"{branch_name}{gathered.year}年发展党员工作台账", branch_name, today, len(HEADER)
    )
    rows = [_row(number, file) for number, file in enumerate(gathered.files, start=1)]
    append_table(sheet, HEADER, rows, widths=WIDTHS, left_columns={len(HEADER) - 2,
                                                                   len(HEADER) - 1})  # fmt: skip
    text = Styled(sheet, Look(size=10.5))
    sheet.append([])
    overdue = sum(1 for f in gathered.files if f.overdue)
    sheet.append([text(gathered.quota_line)])
    sheet.append([text(f"本台账共{len(gathered.files)}人，其中有步骤超期的{overdue}人。")])
    sheet.append([text(NOTE)])
    signature_line(sheet)


def export_ledger(target: Path, gathered: DevelopmentBook, branch_name: str, today: date) -> Path:
    return save_book(
        target,
        lambda book: add_ledger_sheet(
            book, gathered, branch_name, today, f"{gathered.year}年发展党员台账"
        ),
    )
