"""统计: the roster statistics townships ask for, as charts, and exported with the roster."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.statistics import StatTable, roster_statistics
from dangwu_desktop.ui.bar_chart import BarChart
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.exports import export_roster_interactively
from dangwu_desktop.ui.forms.ui_statistics_page import Ui_StatisticsPage
from dangwu_desktop.ui.pages import Page, register_page

COLUMNS = 2


class StatisticsPage(Page):
    NAME = "statistics"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_StatisticsPage()
        self.ui.setupUi(self)
        self.tables: list[StatTable] = []
        self.ui.exportButton.clicked.connect(self._export)

    def load(self) -> None:
        today = self.context.today()
        with self.context.database.read() as session:
            rows = member_service.active_roster(session, today)
        self.tables = roster_statistics(rows, today)
        layout = self.ui.chartsLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item else None
            if widget:
                widget.deleteLater()
        for index, table in enumerate(self.tables):
            layout.addWidget(_card(table), index // COLUMNS, index % COLUMNS)
        layout.setRowStretch(len(self.tables) // COLUMNS + 1, 1)
        self.ui.summaryLabel.setText(f"在册党员{len(rows)}人，统计截至{document_date(today)}")

    def _export(self) -> None:
        export_roster_interactively(self, self.context)


def _card(table: StatTable) -> QFrame:
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    layout.addWidget(BarChart(table, card))
    layout.addStretch()  # charts of a row start level, whatever their heights
    return card


register_page(StatisticsPage)
