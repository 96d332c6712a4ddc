"""A small horizontal bar chart for one statistics table (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from dangwu_desktop.core.statistics import StatTable

BAR_COLOUR = QColor("#c0392b")
ROW_HEIGHT = 24
LABEL_WIDTH = 150
FIGURE_WIDTH = 96


class BarChart(QWidget):
    def __init__(
        self,
        table: StatTable,
        parent: QWidget | None = None,
        *,
        unit: str = "人",
        empty_text: str = "暂无数据",
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.unit = unit
        self.empty_text = empty_text  # said under the title when there is nothing to count
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(LABEL_WIDTH + FIGURE_WIDTH + 120)
        self.setToolTip(table.note)

    def sizeHint(self) -> QSize:
        return QSize(520, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + FIGURE_WIDTH + 120, self._height())

    def _height(self) -> int:
        return 34 + ROW_HEIGHT * max(len(self.table.counts), 1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(
            QRectF(0, 0, self.width(), 26), Qt.AlignmentFlag.AlignVCenter, f"按{self.table.title}"
        )
        painter.setFont(self.font())
        if not any(count for _label, count in self.table.counts):
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                QRectF(0, 30, self.width(), ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                self.empty_text,
            )
            painter.end()
            return
        biggest = max((count for _, count in self.table.counts), default=0) or 1
        bar_space = max(self.width() - LABEL_WIDTH - FIGURE_WIDTH - 12, 10)
        for index, (label, count) in enumerate(self.table.counts):
            top = 30 + index * ROW_HEIGHT
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, top, LABEL_WIDTH - 8, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            width = bar_space * count / biggest
            painter.fillRect(
                QRectF(LABEL_WIDTH, top + 4, max(width, 1), ROW_HEIGHT - 8), BAR_COLOUR
            )
            share = f"{count}{self.unit}  {self.table.share(count):.1%}"
            painter.drawText(
                QRectF(LABEL_WIDTH + width + 6, top, FIGURE_WIDTH + 40, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                share,
            )
        painter.end()
