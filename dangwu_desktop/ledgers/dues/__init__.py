"""党费: each member's standard, the monthly payments and the months they cover, who is behind,
特殊党费 and 上缴 (DOMAIN.md §5)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.ledgers.base import (
    BinderSection,
    Export,
    ExportScope,
    Ledger,
    ReportSection,
    Sheet,
    SidebarPage,
    Span,
    lazy,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.core.rulebook import Rule
    from dangwu_desktop.core.services.settings import SettingSpec


def _year(session: Session, scope: ExportScope) -> Any:
    """The year's 登记簿, counted up to the day, with its 特殊党费 and 上缴."""
    from dangwu_desktop.ledgers.dues.registers import register

    return register(
        session, date(scope.year, 1, 1), date(scope.year, 12, 31), scope.today, f"{scope.year}年"
    )


def _write_register(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.dues_xlsx import export_register

    return export_register(target, gathered, branch, scope.today)


def _write_notice(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.dues_docx import export_notice

    return export_notice(target, gathered, branch, scope.today)


def _write_remittances(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.dues_xlsx import export_remittances

    return export_remittances(target, gathered, branch, scope.today)


REGISTER = Export(
    key="dues-register",
    title="党费收缴登记簿",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年党费收缴登记簿.xlsx",
    gather=_year,
    write=_write_register,
    done=lambda book, scope: f"已导出{scope.year}年党费收缴登记簿（{len(book.rows)}名党员）：",
)
NOTICE = Export(
    key="dues-notice",
    title="党费收缴公示",
    suffix=".docx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年党费收缴情况公示.docx",
    gather=_year,
    write=_write_notice,
    done=lambda book, scope: f"已生成{scope.year}年党费收缴情况公示（{len(book.rows)}名党员）：",
)
REMITTANCES = Export(
    key="dues-remittances",
    title="党费上缴情况汇总表",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年党费上缴情况汇总表.xlsx",
    gather=_year,
    write=_write_remittances,
    done=lambda book, scope: f"已导出{scope.year}年党费上缴情况（{len(book.remittances)}次上缴）：",
)


def _period(session: Session, scope: ExportScope) -> Any:
    """The period's months, with the same figures as the work report's 党费收缴情况."""
    from dangwu_desktop.ledgers.dues.registers import register

    return register(session, *scope.bounds, scope.today, scope.period_title)


def _add_register(book: Any, gathered: Any, branch: str, scope: ExportScope, title: str) -> None:
    from dangwu_desktop.io.dues_xlsx import add_register_sheet

    add_register_sheet(book, gathered, branch, scope.today, title)


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.ledgers.dues.service import FARMER_AMOUNT

    return (FARMER_AMOUNT,)


def _rules() -> Sequence[Rule]:
    from dangwu_desktop.ledgers.dues import service  # noqa: F401  (registers the farmer setting)
    from dangwu_desktop.ledgers.dues.rules import RULES

    return RULES


LEDGER = Ledger(
    "dues",
    "党费",
    exports=(REGISTER, NOTICE, REMITTANCES),
    sheets=(Sheet("党费收缴", 45, _period, _add_register),),
    pages=(SidebarPage("dues", "党费", 35, f"{__name__}.page"),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(ReportSection.named("dues", "党费收缴情况", 45, f"{__name__}.report"),),
    settings=_settings,
    rules=_rules,
    demo=lazy(f"{__name__}.demo:build_demo_dues"),
    binder=(
        BinderSection(
            "党费收缴",
            60,
            lazy(f"{__name__}.binder:dues_items"),
            ("dues-register", "dues-remittances", "dues-notice"),
            lazy(f"{__name__}.binder:dues_checks"),
        ),
    ),
)
