"""Pastel backgrounds stay readable in Windows 11's dark mode (issue 15, cosmetic items).

In dark mode Qt draws text light; a cell, calendar day or field that sets a pastel background
without setting its text colour shows light text on a light colour. Wherever the program sets a
background it sets the text colour too.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QWidget
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import DateField
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.pages import CATALOGUE
from tests.conftest import TODAY


def coloured_cells(view: QAbstractItemView) -> dict[str, bool]:
    """Every cell given a background, and whether it is given a text colour too (the program has
    tables and lists only, no trees)."""
    model = view.model()
    try:
        columns = model.columnCount()
    except TypeError:  # a list's model, whose columnCount PySide keeps private
        columns = 1
    found: dict[str, bool] = {}
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column)
            if model.data(index, Qt.ItemDataRole.BackgroundRole) is not None:
                label = f"{view.objectName()}[{row},{column}] {model.data(index)!r}"
                found[label] = model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    return found


def days_without_text_colour(calendar: QCalendarWidget) -> list[str]:
    return [
        f"{calendar.objectName()} {day.toString('yyyy-MM-dd')}"
        for day, text_format in calendar.dateTextFormat().items()
        if text_format.hasProperty(QTextFormat.Property.BackgroundBrush)
        and not text_format.hasProperty(QTextFormat.Property.ForegroundBrush)
    ]


def rules_without_text_colour(widget: QWidget) -> list[str]:
    """Style sheet rules that give a background but no text colour."""
    return [
        f"{widget.objectName() or type(widget).__name__}: {rule.strip()}"
        for rule in re.findall(r"\{([^}]*)\}", widget.styleSheet())
        if re.search(r"background(-color)?\s*:", rule)
        and not re.search(r"(^|[;\s])color\s*:", rule)
    ]


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    return main


def test_every_coloured_cell_of_the_demo_village_sets_its_text_colour(window: MainWindow) -> None:
    unreadable: list[str] = []
    coloured = 0
    for entry in CATALOGUE:
        page = window.go_to(entry.name)
        for view in page.findChildren(QAbstractItemView):
            cells = coloured_cells(view)
            coloured += len(cells)
            unreadable += [label for label, readable in cells.items() if not readable]
        for calendar in page.findChildren(QCalendarWidget):
            unreadable += days_without_text_colour(calendar)
    for widget in window.findChildren(QWidget):
        unreadable += rules_without_text_colour(widget)
    assert coloured > 12  # the 三会一课 matrix and the training months at least
    assert unreadable == []


def test_an_invalid_date_keeps_its_text_readable(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "2026-13-45")
    field.clearFocus()
    field.editingFinished.emit()
    assert field.styleSheet()  # shown as wrong
    assert rules_without_text_colour(field) == []
