"""党费收缴公示: the year's dues, member by member, for the notice board (Word, GB/T 9704)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docx.table import Table

from dangwu_desktop.core.dates import document_date, month_day
from dangwu_desktop.core.money import ZERO, yuan
from dangwu_desktop.io import gbt9704
from dangwu_desktop.ledgers.dues.book import months_text
from dangwu_desktop.ledgers.dues.registers import DuesRegister, RegisterRow
from dangwu_desktop.ledgers.dues.rules import DUES_RULES

# 小四 on 20-point lines in the table: sixty members on two pages of a notice board.
TABLE_SIZE, TABLE_LINE = Pt(12), Pt(20)
HEADER = ("序号", "姓名", "每月应交", "已交月份", "交纳金额", "特殊党费", "备注")
WIDTHS = (Mm(14), Mm(20), Mm(22), Mm(34), Mm(22), Mm(22), Mm(22))
NOTICE_DAYS = 7


def _months_paid(row: RegisterRow, year: int) -> str:
    paid = row.months_paid()
    if not paid:
        return "—"
    return months_text(paid).removeprefix(f"{year}年")


def _remark(row: RegisterRow) -> str:
    if row.category == "免交":
        return "免交"
    if row.arrears > 0:
        behind = len(row.dues.behind_months)
        return f"欠交{behind}个月{yuan(row.arrears)}元"
    return ""


def export_notice(target: Path, register: DuesRegister, branch_name: str, today: date) -> Path:
    """Title, the opening sentence, a row a member (months paid, amount, 特殊党费), the totals,
    上缴, where to object, and the branch's name and date at the foot."""
    document = gbt9704.new_document()
    year = register.months[0].year
    gbt9704.title(document, f"{branch_name}\n{register.title}党费收缴情况公示")
    summary = register.summary
    span = (
        f"{register.counted_to.month}月"
        if register.counted_to is not None and register.counted_to != register.months[-1]
        else ""
    )
    opening = (
        f"根据{DUES_RULES}，现将本支部{register.title}"
        + (f"（截至{span}）" if span else "")
        + "党员交纳党费情况公示如下："
    )
    gbt9704.body(document, opening)
    unit = gbt9704.body(document, "金额单位：元", indent=False, size=TABLE_SIZE, line=TABLE_LINE)[0]
    unit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table = document.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [
        (str(n), row.dues.name,
         yuan(row.dues.monthly) if row.dues.monthly is not None else "未核定",
         _months_paid(row, year), yuan(row.handed_in), yuan(row.special) if row.special else "",
         _remark(row))
        for n, row in enumerate(register.rows, start=1)
    ]  # fmt: skip
    rows.append(
        ("", "合计", "", f"{len(register.rows)}人", yuan(register.handed_in),
         yuan(register.special) if register.special else "", "")
    )  # fmt: skip
    _fill(table, HEADER, bold=True, header=True)
    for values in rows:
        _fill(table, values)
    gbt9704.fix_column_widths(table, WIDTHS)
    gbt9704.body(document, "")
    paid_line = (
        f"{register.title}"
        + (f"（截至{span}）" if span else "")
        + f"全支部{summary.members}名党员应交党费{yuan(summary.owed)}元，"
        f"实交{yuan(summary.paid)}元，收缴率{summary.rate_text}"
    )
    paid_line += (
        f"；{summary.behind}名党员欠交，共{yuan(summary.arrears)}元。"
        if summary.behind
        else "，没有欠交党费的党员。"
    )
    extra = register.handed_in - register.paid
    if extra > 0:
        paid_line += f"表中交纳金额含预交以后月份和自愿多交的{yuan(extra)}元，不计入实交。"
    gbt9704.body(document, paid_line)
    if register.specials:
        purposes = "、".join(dict.fromkeys(s.purpose for s in register.specials))
        gbt9704.body(
            document,
            f"党员自愿交纳特殊党费{len(register.specials)}笔，共{yuan(summary.special)}元"
            f"（用于{purposes}）。",
        )
    remitted = register.remittances
    if remitted:
        days = "、".join(f"{month_day(r.remitted_on)}上缴{yuan(r.amount)}元" for r in remitted)
        gbt9704.body(
            document,
            f"支部已向上级党委上缴党费{yuan(summary.remitted)}元（{days}），"
            f"尚未上缴{yuan(max(summary.not_remitted, ZERO))}元。",
        )
    else:
        gbt9704.body(document, "本期尚未向上级党委上缴党费。")
    gbt9704.body(
        document,
        f"公示期{NOTICE_DAYS}天。党员对本人交纳情况有异议的，请在公示期内向党支部反映。",
    )
    gbt9704.body(document, "")
    gbt9704.body(document, "")
    for text in (branch_name, document_date(today)):
        paragraph = gbt9704.body(document, text, indent=False)[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = Pt(32)  # 右空二字, as the work report
        paragraph.paragraph_format.keep_with_next = True
    return gbt9704.save_document(document, target)


def _fill(
    table: Table, values: tuple[str, ...], *, bold: bool = False, header: bool = False
) -> None:
    row = table.rows[0] if header else table.add_row()  # type: ignore[no-untyped-call]
    if header:
        gbt9704.repeat_header_row(row)
    for index, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.line_spacing = TABLE_LINE
        paragraph.paragraph_format.first_line_indent = Pt(0)
        paragraph.alignment = (
            WD_ALIGN_PARAGRAPH.LEFT if index in (3, 6) and not header else WD_ALIGN_PARAGRAPH.CENTER
        )
        font = gbt9704.HEADING_FONT if bold else gbt9704.BODY_FONT
        gbt9704.run(paragraph, text, font, TABLE_SIZE)
