"""The branch's ledgers, each declaring what it offers (ledgers/base.py). A new ledger is a package
here, named in LEDGER_PACKAGES; its declaration is read only when first asked for, so that the
window's start loads none of it."""

from __future__ import annotations

import importlib
from functools import cache

from dangwu_desktop.ledgers.base import Export, ExportScope, Ledger, Sheet, Span

LEDGER_PACKAGES = ("roster", "meetings", "plans", "training", "reports")

__all__ = [
    "Export",
    "ExportScope",
    "Ledger",
    "Sheet",
    "Span",
    "all_exports",
    "export_named",
    "ledgers",
    "workbook_sheets",
]


@cache
def ledgers() -> tuple[Ledger, ...]:
    return tuple(importlib.import_module(f"{__name__}.{name}").LEDGER for name in LEDGER_PACKAGES)


def all_exports() -> tuple[Export, ...]:
    return tuple(export for ledger in ledgers() for export in ledger.exports)


def export_named(key: str) -> Export:
    for export in all_exports():
        if export.key == key:
            return export
    raise KeyError(key)


def workbook_sheets() -> tuple[Sheet, ...]:
    """The sheets of the period's workbook, from every ledger, in the township's order."""
    return tuple(
        sorted((sheet for ledger in ledgers() for sheet in ledger.sheets), key=lambda s: s.position)
    )
