"""换届: the branch's terms (届次) and the election that ends each — 请示 and 批复, a postponement
or advance approved, the candidates and their 资格联审, the ballot and each round's votes, and
the new committee taking office (DOMAIN.md §1, §10). Core only for now: no page or exports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dangwu_desktop.ledgers.base import Ledger, ReportSection, lazy

if TYPE_CHECKING:
    from dangwu_desktop.core.rulebook import Rule


def _rules() -> Sequence[Rule]:
    from dangwu_desktop.ledgers.elections.rules import RULES

    return RULES


LEDGER = Ledger(
    "elections",
    "换届",
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(
        ReportSection.named(
            "elections", "换届选举情况", 48, f"{__name__}.report", annual_only=True
        ),
    ),
    rules=_rules,
    demo=lazy(f"{__name__}.demo:build_demo_election"),
)
