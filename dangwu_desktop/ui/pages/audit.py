"""操作日志: every change to the records, to browse and filter; nothing here can change it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from dangwu_desktop.core.services import audit_log
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.forms.ui_audit_page import Ui_AuditPage
from dangwu_desktop.ui.pages import Page, register_page

HEADER = ("时间", "对象", "操作", "记录", "修改内容", "操作人")


class AuditPage(Page):
    NAME = "audit"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        table = self.ui.table
        table.setColumnCount(len(HEADER))
        table.setHorizontalHeaderLabels(list(HEADER))
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        today = context.today()
        start = today - timedelta(days=90)
        for field, name, day in (
            (self.ui.fromEdit, "起始日期", start),
            (self.ui.toEdit, "截止日期", today),
        ):
            field.setAccessibleName(name)  # named in its error message
            field.setToday(today)
            field.setDate(day)
            field.setToolTip(f"{name}；留空表示不限。{field.toolTip()}")
        self.ui.subjectFilter.currentIndexChanged.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(self.refresh)
        self.ui.fromEdit.dateChanged.connect(self.refresh)
        self.ui.toEdit.dateChanged.connect(self.refresh)

    def load(self) -> None:
        with self.context.database.read() as session:
            subjects = audit_log.subjects(session)
        combo = self.ui.subjectFilter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部对象", None)
        for subject in subjects:
            combo.addItem(subject, subject)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        # An unreadable bound is marked on its field and leaves the list unfiltered by it.
        first: date | None = self.ui.fromEdit.date()
        last: date | None = self.ui.toEdit.date()
        with self.context.database.read() as session:
            rows = [
                (
                    e.at.strftime("%Y-%m-%d %H:%M:%S"),
                    e.subject,
                    e.action,
                    e.record,
                    e.changes,
                    e.operator or "—",
                )
                for e in audit_log.entries(
                    session,
                    subject=self.ui.subjectFilter.currentData(),
                    text=self.ui.searchEdit.text(),
                    first=first,
                    last=last,
                )
            ]
        table = self.ui.table
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        self.ui.summaryLabel.setText(
            f"共{len(rows)}条（最多显示{audit_log.SHOWN}条）。操作日志由程序在每次修改时自动记录，不能修改或删除。"
        )


register_page(AuditPage)
