"""帮助 → 规则与依据: every rule the program applies, its figure (with this branch's setting),
its citation and where it is used, read from the rule book so it cannot drift; printable."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.rule_book import COLUMNS, RuleEntry, rule_book
from dangwu_desktop.io.rule_book_html import rule_book_html
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.forms.ui_rule_book_dialog import Ui_RuleBookDialog
from dangwu_desktop.ui.printing import preview_html

WIDTHS = (260, 200, 420)  # the last column takes the rest


class RuleBookDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RuleBookDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.printButton.clicked.connect(self.print_list)
        with context.database.read() as session:
            self.entries: list[RuleEntry] = rule_book(session)
            self.branch_name = branch_service.branch_name(session)
        self._fill()

    def _fill(self) -> None:
        table = self.ui.rulesTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(entry.cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        # Rows follow their text as the last column takes its width (when shown, and resized).
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.rulesTable.resizeRowsToContents()

    def print_list(self) -> None:
        html = rule_book_html(self.entries, self.branch_name, self.context.today())
        preview_html(self, "打印规则与依据", html, landscape=True).exec()
