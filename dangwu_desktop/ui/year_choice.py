"""Asking which year a yearly file is for: this year and the five before (an inspection looks
back over a term); in January the year just ended is offered first, as that is the one filed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QWidget

YEARS_OFFERED = 6


def ask_year(parent: QWidget, title: str, label: str, today: date) -> int | None:
    years = [f"{today.year - n}年" for n in range(YEARS_OFFERED)]
    chosen, accepted = QInputDialog.getItem(
        parent, title, label, years, 1 if today.month == 1 else 0, False
    )
    return int(chosen.removesuffix("年")) if accepted else None
