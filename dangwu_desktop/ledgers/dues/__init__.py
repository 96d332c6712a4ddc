"""党费: each member's standard, the monthly payments and the months they cover, who is behind,
特殊党费 and 上缴 (DOMAIN.md §5)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dangwu_desktop.ledgers.base import Ledger, ReportSection, SidebarPage, lazy

if TYPE_CHECKING:
    from dangwu_desktop.core.rulebook import Rule
    from dangwu_desktop.core.services.settings import SettingSpec


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
    pages=(SidebarPage("dues", "党费", 35, f"{__name__}.page"),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(ReportSection.named("dues", "党费收缴情况", 45, f"{__name__}.report"),),
    settings=_settings,
    rules=_rules,
    demo=lazy(f"{__name__}.demo:build_demo_dues"),
)
