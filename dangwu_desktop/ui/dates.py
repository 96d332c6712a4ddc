"""QDateEdit helpers: optional dates shown as blank, and conversion to and from datetime.date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

NO_DATE = QDate(1900, 1, 1)


def make_optional(edit: QDateEdit, today: date) -> None:
    """Let a date edit hold "no date": its minimum shows as a blank, and the calendar opens on today."""
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setSpecialValueText(" ")
    edit.setDate(NO_DATE)
    # Show today's month when the calendar opens on a blank date; selecting a day would fill it.
    edit.calendarWidget().setCurrentPage(today.year, today.month)


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def get_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate() and edit.specialValueText():
        return None
    return date(value.year(), value.month(), value.day())
