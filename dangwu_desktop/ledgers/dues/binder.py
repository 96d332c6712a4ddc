"""党费's section of the year's archive: the year's 党费收缴登记簿, as the page prints it."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.io.dues_xlsx import register_table
from dangwu_desktop.io.record_html import table_html
from dangwu_desktop.ledgers.base import BinderCheck, BinderItem, ExportScope
from dangwu_desktop.ledgers.dues.registers import DuesRegister, register


def year_register(session: Session, scope: ExportScope) -> DuesRegister:
    year = scope.year
    return register(session, date(year, 1, 1), date(year, 12, 31), scope.today, f"{year}年")


def register_html(found: DuesRegister, name: str, year: int, today: date) -> str:
    """The year's 登记簿 as the Excel one has it (the same rows and 合计)."""
    header, rows = register_table(found)
    shown = [tuple("" if v is None else v for v in row) for row in rows]
    # 序号 姓名 党小组 类别 每月应交, twelve months, 应交 实交 欠交 特殊党费 备注
    widths = (3, 5, 7, 6, 5, *(4 for _ in found.months), 5, 5, 4, 4, 8)
    return table_html(
        f"{name}{year}年党费收缴登记簿", f"填报单位（盖章）：{name}　　金额单位：元",
        header, shown, today, widths=widths, font_pt=7.5, compact=True,
    )  # fmt: skip


def dues_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_name(session)
    html = register_html(year_register(session, scope), name, scope.year, scope.today)
    return [BinderItem(f"{scope.year}年党费收缴登记簿", html, landscape=True)]


def dues_checks(session: Session, scope: ExportScope) -> list[BinderCheck]:
    found = year_register(session, scope)
    behind = tuple(
        ("欠交党费", f"{row.dues.name}（{row.dues.group_name or '未分组'}）欠交{row.owed - row.paid}元")
        for row in found.rows
        if row.owed > row.paid
    )  # fmt: skip
    return [
        BinderCheck(
            "党费收缴",
            f"按月交纳，{len(found.rows)}名党员",
            f"应交{found.summary.owed}元，实交{found.summary.paid}元，收缴率{found.summary.rate_text}",
            behind,
        )
    ]
