"""党费 workbooks for the township: the 党费收缴登记簿 (a row a member, a column a month) and the
上缴 summary, laid out for A4 landscape printing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from dangwu_desktop.core.money import yuan
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
from dangwu_desktop.ledgers.dues.book import CellState, DuesSummary
from dangwu_desktop.ledgers.dues.registers import DuesRegister, RegisterRow

MONTH_WIDTH = 6.5
# What a month's cell says when nothing was paid for it (a paid month shows the amount).
UNPAID_WORDS = {
    CellState.NOT_HERE: "—",
    CellState.UNSET: "未核定",
    CellState.EXEMPT: "免交",
    CellState.UNPAID: "未交",
    CellState.PENDING: "",
}
REMITTANCE_HEADER = (
    "序号", "上缴日期", "所属月份", "上缴金额", "其间收到党费", "其间特殊党费", "应上缴",
    "差额", "凭证号", "备注",
)  # fmt: skip
REMITTANCE_WIDTHS = (5, 11, 18, 11, 13, 13, 11, 10, 26, 24)


def _counted_label(register: DuesRegister) -> str:
    """（截至11月）while the period runs; nothing once its last month is counted."""
    if register.counted_to is None:
        return "（尚未开始）"
    if register.counted_to == register.months[-1]:
        return ""
    return f"（截至{register.counted_to.month}月）"


def _cell(row: RegisterRow, index: int) -> object:
    cell = row.dues.cells[index]
    if cell.paid > 0:
        return cell.paid
    return UNPAID_WORDS.get(cell.state(row.dues.current), "")


def register_table(
    register: DuesRegister,
) -> tuple[tuple[str, ...], list[Sequence[object]]]:
    """The 登记簿's header and rows (the 合计 row last), for the sheet and the printed page."""
    months = register.months
    counted = _counted_label(register)
    header = (
        "序号", "姓名", "党小组", "类别", "每月应交",
        *(f"{m.month}月" for m in months),
        f"应交{counted}", "实交", "欠交", "特殊党费", "备注",
    )  # fmt: skip
    rows: list[Sequence[object]] = [
        (
            number, row.dues.name, row.dues.group_name, row.category,
            row.dues.monthly if row.dues.monthly is not None else "未核定",
            *(_cell(row, index) for index in range(len(months))),
            row.owed, row.paid, row.arrears or "", row.special or "", row.note,
        )
        for number, row in enumerate(register.rows, start=1)
    ]  # fmt: skip
    rows.append(
        (
            None, "合计", f"{len(register.rows)}人", "", "",
            *(register.month_total(m) for m in months),
            register.owed, register.paid, register.arrears, register.special,
            _total_note(register),
        )
    )  # fmt: skip
    return header, rows


def add_register_sheet(
    book: Book, register: DuesRegister, branch_name: str, today: date, sheet_name: str
) -> None:
    """党费收缴登记簿: a member a row and a month a column, the counted 应交/实交/欠交, a 合计 row,
    the period's figures under it (the work report's), and the signature lines. The header and
    the names stay in view; the header prints on every page; the table is one page wide."""
    header, rows = register_table(register)
    widths = (5, 8, 11, 8, 8, *(MONTH_WIDTH for _ in register.months), 9, 9, 8, 8, 30)
    sheet = book.sheet(sheet_name)
    table_sheet(sheet, widths, landscape=True)
    sheet.worksheet.freeze_panes(HEADER_ROWS, 2)  # 序号 and 姓名 stay beside the months
    title_rows(
        sheet, f"{branch_name}{register.title}党费收缴登记簿", branch_name, today, len(header)
    )
    append_table(sheet, header, rows, widths=widths, left_columns={len(header) - 1})
    text = Styled(sheet, Look(size=10.5))
    sheet.append([])
    for line in figure_lines(register.summary, register):
        sheet.append([text(line)])
    signature_line(sheet)


def _total_note(register: DuesRegister) -> str:
    extra = register.handed_in - register.paid
    if extra > 0:
        return f"另收当月、预交和多交的{yuan(extra)}元，未计入实交"
    return ""


def figure_lines(summary: DuesSummary, register: DuesRegister | None = None) -> list[str]:
    """The period's 党费收缴情况 as the work report counts it, and what the columns count."""
    lines = [
        f"{summary.title}收缴情况：应交党费{yuan(summary.owed)}元，实交{yuan(summary.paid)}元，"
        f"收缴率{summary.rate_text}；欠交{summary.behind}人，共{yuan(summary.arrears)}元。",
        f"收到党费{yuan(summary.collected)}元"
        + (f"（另有流动党员在流入地交纳{yuan(summary.elsewhere)}元）" if summary.elsewhere else "")
        + f"，特殊党费{yuan(summary.special)}元，上缴{yuan(summary.remitted)}元，"
        f"未上缴{yuan(summary.not_remitted)}元。",
    ]
    if register is not None and register.counted_to is not None:
        lines.append(
            f"说明：金额单位为元。应交、实交计至{register.counted_to.label}（当月党费尚在收缴，"
            "不计入应交），实交按各月应交额计，应交减实交即欠交；"
            "月份栏为各月实收金额，“—”为不在本支部，空白为待交。"
        )
    if summary.unset:
        lines.append(f"尚有{summary.unset}名党员未核定党费标准。")
    return lines


def export_register(target: Path, register: DuesRegister, branch_name: str, today: date) -> Path:
    return save_book(
        target,
        lambda book: add_register_sheet(
            book, register, branch_name, today, f"{register.title}党费登记簿"
        ),
    )


def add_remittance_sheet(
    book: Book, register: DuesRegister, branch_name: str, today: date, sheet_name: str
) -> None:
    """党费上缴情况: each 上缴 with the months it covers and what those months brought in."""
    sheet = book.sheet(sheet_name)
    table_sheet(sheet, REMITTANCE_WIDTHS, landscape=True)
    title_rows(
        sheet,
        f"{branch_name}{register.title}党费上缴情况汇总表",
        branch_name,
        today,
        len(REMITTANCE_HEADER),
    )
    lines = register.remittances
    rows: list[Sequence[object]] = [
        (n, line.remitted_on, line.months, line.amount, line.collected, line.special, line.due,
         line.difference, line.reference, line.note)
        for n, line in enumerate(lines, start=1)
    ]  # fmt: skip
    total = sum((line.amount for line in lines), Decimal(0))
    rows.append(
        (None, "合计", f"共{len(lines)}次", total,
         sum((line.collected for line in lines), Decimal(0)),
         sum((line.special for line in lines), Decimal(0)),
         sum((line.due for line in lines), Decimal(0)),
         sum((line.difference for line in lines), Decimal(0)), "", "")
    )  # fmt: skip
    append_table(sheet, REMITTANCE_HEADER, rows, widths=REMITTANCE_WIDTHS, left_columns={2, 8, 9})
    text = Styled(sheet, Look(size=10.5))
    summary = register.summary
    sheet.append([])
    for line in (
        f"{summary.title}收到党费{yuan(summary.collected)}元、特殊党费{yuan(summary.special)}元，"
        f"共{yuan(summary.collected + summary.special)}元；上缴{yuan(summary.remitted)}元；"
        f"未上缴{yuan(summary.not_remitted)}元。",
        "说明：金额单位为元。“其间收到党费”“其间特殊党费”为所属月份内本支部收到的党费"
        "（含预交、补交，不含流动党员在流入地交纳的）；差额为上缴金额减应上缴，0为已全部上缴。",
    ):
        sheet.append([text(line)])
    signature_line(sheet)


def export_remittances(target: Path, register: DuesRegister, branch_name: str, today: date) -> Path:
    return save_book(
        target,
        lambda book: add_remittance_sheet(
            book, register, branch_name, today, f"{register.title}党费上缴"
        ),
    )
