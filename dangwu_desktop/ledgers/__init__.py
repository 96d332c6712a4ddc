"""The branch's ledgers, each declaring what it offers (ledgers/base.py). A new ledger is a package
here, named in LEDGER_PACKAGES; the window, the command line, the reports and the self-test ask
this module, never a list of their own. Declarations are cheap to read (the sidebar is drawn from
them before the first paint); what they name is imported when used."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from dangwu_desktop.ledgers.base import (
    SPECIAL_LEDGERS,
    BinderCheck,
    BinderFile,
    BinderItem,
    BinderSection,
    Export,
    ExportScope,
    Ledger,
    PersonRef,
    ReportSection,
    SectionText,
    Sheet,
    SidebarPage,
    Span,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.core.reminders import Reminder
    from dangwu_desktop.core.rulebook import Rule
    from dangwu_desktop.core.services.settings import SettingSpec

LEDGER_PACKAGES = (
    "roster",
    "meetings",
    "plans",
    "training",
    "dues",
    "mobile",
    "development",
    "elections",
    "lists",
    "registers",
    "reports",
)

__all__ = [
    "SPECIAL_LEDGERS",
    "BinderCheck",
    "BinderFile",
    "BinderItem",
    "BinderSection",
    "Export",
    "ExportScope",
    "Ledger",
    "PersonRef",
    "ReportSection",
    "SectionText",
    "Sheet",
    "SidebarPage",
    "Span",
    "all_exports",
    "binder_sections",
    "export_named",
    "ledger_rules",
    "ledgers",
    "load_models",
    "reminders",
    "report_sections",
    "settings",
    "sidebar_pages",
    "workbook_sheets",
    "year_scopes",
]


def _package(name: str) -> str:
    """A package named in LEDGER_PACKAGES: one of ours by its short name, or a full module path."""
    return name if "." in name else f"{__name__}.{name}"


@cache
def ledgers() -> tuple[Ledger, ...]:
    return tuple(importlib.import_module(_package(name)).LEDGER for name in LEDGER_PACKAGES)


def all_exports() -> tuple[Export, ...]:
    return tuple(export for ledger in ledgers() for export in ledger.exports)


def export_named(key: str) -> Export:
    for export in all_exports():
        if export.key == key:
            return export
    raise KeyError(key)


def year_scopes(export: Export, year: int, today: date) -> tuple[ExportScope, ...]:
    """Every stretch of `year` an export covers, for 导出全部: the year itself (and the state on
    the day for the roster), each month or quarter that has begun by `today`, and for a report or
    workbook the whole year and each begun quarter."""
    begun = 12 if year < today.year else (today.month if year == today.year else 0)
    quarters = tuple(q for q in range(1, 5) if (q - 1) * 3 < begun)
    if export.span is Span.MONTH:
        return tuple(ExportScope(today, year, month=m) for m in range(1, begun + 1))
    if export.span is Span.QUARTER:
        return tuple(ExportScope(today, year, quarter=q) for q in quarters)
    if export.span is Span.PERIOD:
        return (
            ExportScope(today, year),
            *(ExportScope(today, year, quarter=q) for q in quarters),
        )
    return (ExportScope(today, year),)


def workbook_sheets() -> tuple[Sheet, ...]:
    """The sheets of the period's workbook, from every ledger, in the township's order."""
    return tuple(
        sorted((sheet for ledger in ledgers() for sheet in ledger.sheets), key=lambda s: s.position)
    )


def binder_sections() -> tuple[BinderSection, ...]:
    """The sections of the year's archive from every ledger, in the township's order."""
    return tuple(
        sorted((s for ledger in ledgers() for s in ledger.binder), key=lambda s: s.position)
    )


def load_models() -> None:
    """Import each ledger's own tables (its `models` module, where it has one), so that the
    metadata the migrations and the audit log read is complete."""
    for package in map(_package, LEDGER_PACKAGES):
        if importlib.util.find_spec(f"{package}.models") is not None:
            importlib.import_module(f"{package}.models")


def sidebar_pages() -> tuple[SidebarPage, ...]:
    """The ledgers' pages, in sidebar order (the window adds its own 首页, 日志 and 设置)."""
    return tuple(
        sorted((page for ledger in ledgers() for page in ledger.pages), key=lambda p: p.position)
    )


def reminders(session: Session, today: date) -> list[Reminder]:
    """Everything every ledger reminds of on the day, in the order the 首页 lists them."""
    from dangwu_desktop.core.reminders import ordered

    return ordered(
        reminder
        for ledger in ledgers()
        if ledger.reminders is not None
        for reminder in ledger.reminders(session, today)
    )


def report_sections(annual: bool) -> tuple[ReportSection, ...]:
    """The work report's sections from every ledger, in the report's order."""
    return tuple(
        sorted(
            (
                section
                for ledger in ledgers()
                for section in ledger.sections
                if annual or not section.annual_only
            ),
            key=lambda s: s.position,
        )
    )


def settings() -> tuple[tuple[Ledger, Sequence[SettingSpec]], ...]:
    """Each ledger with the settings it declares, for the 设置 page."""
    return tuple((ledger, ledger.settings()) for ledger in ledgers() if ledger.settings is not None)


def ledger_rules() -> tuple[Rule, ...]:
    """The rules the ledgers bring beside the core's rule book, in the ledgers' order."""
    return tuple(
        rule for ledger in ledgers() if ledger.rules is not None for rule in ledger.rules()
    )
