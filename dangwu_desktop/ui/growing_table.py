"""A table typed row after row, as a paper form is filled in: Tab out of the last cell asks for
a new row, and the typing goes on in its first cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableWidget


class GrowingTable(QTableWidget):
    # Emitted on Tab out of the last cell; a slot that appends a row has the typing go on there.
    wants_row = Signal()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        rows = self.rowCount()
        if (
            cursorAction == QAbstractItemView.CursorAction.MoveNext
            and current.isValid()
            and current.row() == rows - 1
            and current.column() == self.columnCount() - 1
        ):
            self.wants_row.emit()
            if self.rowCount() > rows:
                return self.model().index(self.rowCount() - 1, 0)
        return super().moveCursor(cursorAction, modifiers)
