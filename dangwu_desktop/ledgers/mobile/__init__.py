"""流动党员: members away (流出, with the contact log and 失联 cases) and members of other branches
living in the village (流入党员), managed "流出地与流入地双重管理" (DOMAIN.md §9, issue 22)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.ledgers.base import (
    SPECIAL_LEDGERS,
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


def _book(session: Session, scope: ExportScope) -> Any:
    """The 台账 on the day of the export: everyone away now or during the year, and the 流入党员."""
    from dangwu_desktop.ledgers.mobile.book import mobile_book

    return mobile_book(session, scope.today, *scope.bounds, title=f"{scope.year}年")


def _period_book(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.mobile.book import mobile_book

    return mobile_book(session, scope.today, *scope.bounds, title=scope.period_title)


def _write_register(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.mobile_xlsx import export_register

    return export_register(target, gathered, branch, scope.today)


def _add_away(book: Any, gathered: Any, branch: str, scope: ExportScope, title: str) -> None:
    from dangwu_desktop.io.mobile_xlsx import add_away_sheet

    add_away_sheet(book, gathered, branch, scope.today, title)


REGISTER = Export(
    key="mobile-register",
    title="流动党员台账",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年流动党员台账.xlsx",
    gather=_book,
    write=_write_register,
    done=lambda book, scope: (
        f"已导出{scope.year}年流动党员台账（流出{len(book.rows)}人、流入{len(book.incoming)}人）："
    ),
)


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.ledgers.mobile.service import CONTACT_MONTHS, LOST_MONTHS

    return (CONTACT_MONTHS, LOST_MONTHS)


def _rules() -> Sequence[Rule]:
    from dangwu_desktop.ledgers.mobile import service  # noqa: F401  (registers the settings)
    from dangwu_desktop.ledgers.mobile.rules import RULES

    return RULES


LEDGER = Ledger(
    "mobile",
    "流动党员",
    exports=(REGISTER,),
    # The workbook's sheet lists those away; the 流入党员 are counted under it (the export
    # lists them on a sheet of their own).
    sheets=(Sheet("流动党员", 47, _period_book, _add_away),),
    pages=(SidebarPage("mobile", "流动党员", 38, f"{__name__}.page", group=SPECIAL_LEDGERS),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(ReportSection.named("mobile", "流动党员情况", 47, f"{__name__}.report"),),
    settings=_settings,
    rules=_rules,
    demo=lazy(f"{__name__}.demo:build_demo_mobile"),
    binder=(
        BinderSection(
            "流动党员", 80, lazy(f"{__name__}.binder:mobile_items"), ("mobile-register",)
        ),
    ),
)
