"""A toolbar that keeps its filters and buttons on one row where the screen is wide enough, and
puts the buttons on a second row where it is not (1366×768 at 125 % leaves a page 957 px)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLayout, QWidget


class TwoRowsWhenNarrow(QObject):
    """Arranges `second` beside `first` in `grid`, or below it when the room the page is given
    (its scroll area's viewport, or the page itself) is narrower than one row needs."""

    def __init__(self, page: QWidget, grid: QGridLayout, first: QLayout, second: QLayout) -> None:
        super().__init__(page)
        self.page, self.grid, self.first, self.second = page, grid, first, second
        self.one_row: bool | None = None
        grid.setColumnStretch(0, 1)  # the filters take the spare width; the buttons keep theirs
        if isinstance(second, QBoxLayout):
            second.addStretch()  # on a row of their own the buttons stay together at the left
        page.installEventFilter(self)
        self._watched: QWidget = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.page:
            room = self.page.parentWidget()
            if room is not None and room is not self._watched:  # the viewport, once placed
                room.installEventFilter(self)
                self._watched = room
            self.arrange(self._watched.width())
        elif event.type() == QEvent.Type.Resize and watched is self._watched:
            self.arrange(self._watched.width())
        return False

    def row_width(self) -> int:
        """What the page needs to hold both on one row."""
        layout = self.page.layout()
        margins = layout.contentsMargins() if layout else None
        edges = margins.left() + margins.right() if margins else 0
        return (
            self.first.minimumSize().width()
            + self.second.minimumSize().width()
            + max(self.grid.horizontalSpacing(), 0)
            + edges
        )

    def arrange(self, width: int) -> None:
        one_row = width >= self.row_width()
        if one_row == self.one_row:
            return
        self.one_row = one_row
        self.grid.removeItem(self.second)
        self.grid.addLayout(self.second, 0 if one_row else 1, 1 if one_row else 0)
