"""The roster table model: the rows the core loaded, and which of them the current filter shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.roster import (
    COLUMN_INDEX,
    COLUMNS,
    CONFIRMATION_TOOLTIP,
    RosterCounts,
    RosterFilter,
    RosterRow,
    count_rows,
    sort_rows,
)

AnyIndex = QModelIndex | QPersistentModelIndex
_INACTIVE = QBrush(QColor("#8a8a8a"))
_DUE = QBrush(QColor("#b45309"))
_CATEGORY = COLUMN_INDEX["category"]


class RosterTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self._visible: list[int] = []
        self._filter = RosterFilter()
        self._boxed: list[int] = []  # the rows the filter boxes accept, whatever the search text
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # Data in

    def set_rows(self, rows: list[RosterRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._sort_rows()
        self._refilter()
        self.endResetModel()

    def put_row(self, row: RosterRow) -> None:
        """Show a member's new or changed row without reloading the whole roster."""
        self.beginResetModel()
        for index, existing in enumerate(self._rows):
            if existing.member_id == row.member_id:
                self._rows[index] = row
                break
        else:
            self._rows.append(row)
            self._sort_rows()
        self._refilter()
        self.endResetModel()

    def set_filter(self, roster_filter: RosterFilter) -> None:
        if roster_filter == self._filter:
            return
        old, self._filter = self._filter, roster_filter
        self.beginResetModel()
        if old.without_text() == roster_filter.without_text():  # only the search text changed
            # Typing one more character only ever removes rows: search just those still shown.
            narrowing = roster_filter.needle.startswith(old.needle)
            searched = self._visible if narrowing else self._boxed
            self._visible = roster_filter.matching_text(self._rows, searched)
        else:
            self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        self._boxed = self._filter.boxed(self._rows, range(len(self._rows)))
        self._visible = self._filter.matching_text(self._rows, self._boxed)

    # Data out

    def member_id(self, row: int) -> int:
        return self._rows[self._visible[row]].member_id

    def roster_row(self, row: int) -> RosterRow:
        return self._rows[self._visible[row]]

    def row_of_member(self, member_id: int) -> int | None:
        for position, index in enumerate(self._visible):
            if self._rows[index].member_id == member_id:
                return position
        return None

    def visible_rows(self) -> list[RosterRow]:
        return [self._rows[i] for i in self._visible]

    def visible_counts(self) -> RosterCounts:
        return count_rows([self._rows[i] for i in self._visible])

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].value(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is not MembershipStatus.ACTIVE:
                return _INACTIVE
            if index.column() == _CATEGORY and row.due_for_confirmation:
                return _DUE
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == _CATEGORY:
            return CONFIRMATION_TOOLTIP if row.due_for_confirmation else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return  # no sort column chosen: keep the roster's own order (by group)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        followed = [(self.member_id(index.row()), index.column()) for index in persistent]
        self._sort = (column, order)
        self._sort_rows()
        self._refilter()
        # Keep the selection (and any other persistent index) on the same member.
        rows = {self._rows[i].member_id: position for position, i in enumerate(self._visible)}
        moved = [self.index(rows[member], col) for member, col in followed]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is not None:
            column, order = self._sort
            descending = order == Qt.SortOrder.DescendingOrder
            sort_rows(self._rows, COLUMNS[column].key, descending)
