"""The items of table cells the program filled itself, typed as present."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at (row, column) of a table whose rows this program built with an item in that
    column; a missing one is a fault in the program, said at once rather than as None later."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.objectName()}: no item at row {row}, column {column}")
    return item
