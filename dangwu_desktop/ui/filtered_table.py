"""The table model behind a ledger page's list: every row the page loaded, the ones its filters
let through, columns from a fixed header and rows numbered down the side."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


class FilteredTableModel(QAbstractTableModel, Generic[Row]):
    """A subclass names its `header` (and `header_tips`), says in `shows` which rows its filters
    let through, calls `refilter` when a filter changes, and answers `data`."""

    header: ClassVar[Sequence[str]] = ()
    header_tips: ClassVar[Mapping[int, str]] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._visible: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self._rows = rows
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        self._visible = [row for row in self._rows if self.shows(row)]
        self.endResetModel()

    def shows(self, row: Row) -> bool:
        return True

    def row(self, index: int) -> Row:
        return self._visible[index]

    def rows(self) -> list[Row]:
        """The rows shown, in order."""
        return list(self._visible)

    def all_rows(self) -> list[Row]:
        return list(self._rows)

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips.get(section)
        elif role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None
