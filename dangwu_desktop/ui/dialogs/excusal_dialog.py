"""The branch's decisions about one member at a 党员大会: not counted as due (long away, bedridden
…) or without a vote (留党察看), each from a date and decided on a date; opened from the roster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.glossary import ExcusalReason
from dangwu_desktop.core.rulebook import EXCUSED_FROM_COUNT, NO_VOTE_ON_PROBATION
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services import excusals as service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import show_date_errors
from dangwu_desktop.ui.dialogs import ERROR_STYLE, message_html, show_refusal
from dangwu_desktop.ui.forms.ui_excusal_dialog import Ui_ExcusalDialog

ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_STYLE = "color:#475569"


class ExcusalDialog(QDialog):
    def __init__(self, context: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.member_id, self.changed = context, member_id, False
        self.ui = ui = Ui_ExcusalDialog()
        ui.setupUi(self)
        with context.database.read() as session:
            member = member_service.member_summary(session, member_id)
        ui.memberLabel.setText(
            f"党员：{member.name}" + ("　流动党员" if member.is_mobile else "")
            + "　已登记的决定："
        )  # fmt: skip
        ui.reasonCombo.addItems([reason.value for reason in ExcusalReason])
        today = context.today()
        for field in (ui.startEdit, ui.decidedEdit, ui.endEdit):
            field.setToday(today)
            field.setDate(today)
        ui.decidedEdit.setMaximumDate(today)
        show_date_errors(ui.errorLabel, (ui.startEdit, ui.decidedEdit, ui.endEdit))
        ui.ruleLabel.setText(
            message_html([EXCUSED_FROM_COUNT.wording, NO_VOTE_ON_PROBATION.wording], NOTE_STYLE)
        )
        ui.ruleLabel.setToolTip(f"{EXCUSED_FROM_COUNT.citation}\n{NO_VOTE_ON_PROBATION.citation}")
        table = ui.decisionsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["情形", "期间", "决定日期", "决定机构"])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记决定")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.endButton.clicked.connect(self.end_selected)
        self._load()

    def _load(self) -> None:
        with self.context.database.read() as session:
            rows = service.list_excusals(session, self.member_id)
        table = self.ui.decisionsTable
        table.setRowCount(0)
        for row in rows:
            index = table.rowCount()
            table.insertRow(index)
            values = (row.reason.value, row.period, f"{row.decided_on:%Y-%m-%d}", row.decided_by)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.excusal_id)
                table.setItem(index, column, item)
        has_rows = bool(rows)
        for widget in (self.ui.endLabel, self.ui.endEdit, self.ui.endButton):
            widget.setEnabled(has_rows)

    def save(self) -> None:
        ui = self.ui
        start, decided = ui.startEdit.date(), ui.decidedEdit.date()
        if start is None or decided is None:
            field = ui.startEdit if start is None else ui.decidedEdit
            ui.errorLabel.setText(message_html([f"无法登记。{field.error()}"], ERROR_STYLE))
            field.setFocus()
            return
        try:
            with self.context.database.transaction() as session:
                service.record_excusal(
                    session,
                    self.member_id,
                    ExcusalReason(ui.reasonCombo.currentText()),
                    start,
                    decided,
                    self.context.today(),
                    decided_by=ui.decidedByEdit.text(),
                )
        except ServiceError as exc:
            show_refusal(ui.errorLabel, exc)
            return
        self.changed = True
        self.accept()

    def end_selected(self) -> None:
        ui = self.ui
        row, end = ui.decisionsTable.currentRow(), ui.endEdit.date()
        if row < 0 or end is None:
            ui.errorLabel.setText(message_html(["请先选择一条决定，并填写截止日期"], ERROR_STYLE))
            return
        excusal_id = int(cell(ui.decisionsTable, row, 0).data(ID_ROLE))
        try:
            with self.context.database.transaction() as session:
                service.end_excusal(session, excusal_id, end)
        except ServiceError as exc:
            show_refusal(ui.errorLabel, exc)
            return
        self.changed = True
        ui.errorLabel.clear()
        self._load()
