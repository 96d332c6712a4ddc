"""发展党员: the people on their way into the party, the 25 steps of the 2014 细则 each dated and
documented, checked against its time rules, and the roster row made at admission (DOMAIN.md §6).

This package holds the core (tables, rules, services, 首页 reminders, the report's section and
the demo) and its sidebar page (page.py, Qt, imported when first shown); the exports are built on
its services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dangwu_desktop.ledgers.base import Ledger, ReportSection, SidebarPage, lazy

if TYPE_CHECKING:
    from dangwu_desktop.core.rulebook import Rule
    from dangwu_desktop.core.services.settings import SettingSpec


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.ledgers.development.service import ACTIVIST_AFTER_MONTHS, PUBLICITY_DAYS

    return (PUBLICITY_DAYS, ACTIVIST_AFTER_MONTHS)


def _rules() -> Sequence[Rule]:
    from dangwu_desktop.ledgers.development import service  # noqa: F401  (registers the settings)
    from dangwu_desktop.ledgers.development.rules import RULES

    return RULES


LEDGER = Ledger(
    "development",
    "发展党员",
    pages=(SidebarPage("development", "发展党员", 37, f"{__name__}.page"),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(ReportSection.named("development", "发展党员情况", 42, f"{__name__}.report"),),
    settings=_settings,
    rules=_rules,
    demo=lazy(f"{__name__}.demo:build_demo_development"),
)
