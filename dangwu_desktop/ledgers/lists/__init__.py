"""三张清单: the 问题清单, 任务清单 and 责任清单 (DOMAIN.md §8) — each item with its type, source (上级督查,
巡察, 明察暗访, 组织生活会查摆, 群众反映 …), 措施, 责任人, 时限 and status, dated progress notes, 佐证材料
files and the meeting that decided or reviewed it; a 组织生活会's 查摆问题 turned into 整改 items in
one step; overdue and due items on the 首页; the 整改台账 (Excel, also a sheet of the workbook) and
the 销号清单 for the township (Word); its section of the work report. Its page is a tab of the
sidebar's 专项台账."""

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


def _year_book(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.lists.book import lists_book

    whole_year = ExportScope(scope.today, scope.year)
    return lists_book(session, *whole_year.bounds, scope.today, f"{scope.year}年")


def _period_book(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.lists.book import lists_book

    return lists_book(session, *scope.bounds, scope.today, scope.period_title)


def _closures(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.lists.book import closure_list

    return closure_list(session, *scope.bounds, scope.today, scope.period_title)


def _write_lists(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.lists_xlsx import export_lists

    return export_lists(target, gathered, branch, scope.today)


def _add_problems(book: Any, gathered: Any, branch: str, scope: ExportScope, title: str) -> None:
    from dangwu_desktop.io.lists_xlsx import add_problem_sheet

    add_problem_sheet(book, gathered, branch, scope.today, title)


def _write_closures(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.lists_docx import export_closure_list

    return export_closure_list(target, gathered, branch, scope.today)


def _lists_done(book: Any, scope: ExportScope) -> str:
    from dangwu_desktop.ledgers.lists.rules import ListKind

    counts = "、".join(f"{kind.value}{len(book.of_kind(kind))}项" for kind in ListKind)
    return f"已导出{scope.year}年三张清单及整改台账（{counts}）："


LISTS_EXPORT = Export(
    key="lists-ledger",
    title="三张清单及整改台账",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年三张清单及整改台账.xlsx",
    gather=_year_book,
    write=_write_lists,
    done=_lists_done,
)
CLOSURE_EXPORT = Export(
    key="closure-list",
    title="整改事项销号清单",
    suffix=".docx",
    span=Span.PERIOD,
    file_name=lambda branch, scope: f"{branch}{scope.period_title}整改事项销号清单.docx",
    gather=_closures,
    write=_write_closures,
    done=lambda found, scope: (
        f"已生成{scope.period_title}整改事项销号清单（已销号{len(found.closed)}项、"
        f"待验收{len(found.waiting)}项）："
    ),
)


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.ledgers.lists.service import WARN_DAYS

    return (WARN_DAYS,)


def _rules() -> Sequence[Rule]:
    from dangwu_desktop.ledgers.lists import service  # noqa: F401  (registers the settings)
    from dangwu_desktop.ledgers.lists.rules import RULES

    return RULES


LEDGER = Ledger(
    "lists",
    "三张清单",
    exports=(LISTS_EXPORT, CLOSURE_EXPORT),
    sheets=(Sheet("整改台账", 55, _period_book, _add_problems),),
    # After the other ledgers, a tab of the sidebar's 专项台账.
    pages=(SidebarPage("lists", "三张清单", 39.5, f"{__name__}.page", group=SPECIAL_LEDGERS),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(ReportSection.named("lists", "问题整改和任务落实情况", 49, f"{__name__}.report"),),
    settings=_settings,
    rules=_rules,
    demo=lazy(f"{__name__}.demo:build_demo_lists"),
    # After 流动党员, before the work reports: the lists, then the 销号清单 and its 佐证材料.
    binder=(
        BinderSection(
            "三张清单及整改销号",
            85,
            lazy(f"{__name__}.binder:list_items"),
            ("lists-ledger", "closure-list"),
            checks=lazy(f"{__name__}.binder:list_checks"),
        ),
    ),
)
