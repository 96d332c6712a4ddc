"""按名单登记党费: a pasted bank or WeChat list, or a 名单 file, previewed row by row as it would be
recorded (the months each payment covers, its warnings, every fault with its row and reason),
then recorded whole with 登记. The 党费 page opens it with open_dues_list_dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from dangwu_desktop.core.money import yuan
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.db.backups import BackupError
from dangwu_desktop.db.safety import back_up_before_import
from dangwu_desktop.io.atomic import ExportError
from dangwu_desktop.io.dues_list import DuesList, read_dues_file, read_pasted
from dangwu_desktop.io.fault_report import save_faults
from dangwu_desktop.io.tables import TableFileError
from dangwu_desktop.ledgers.dues.payment_list import (
    DuesListCheck,
    DuesListRefused,
    check_dues_list,
    record_dues_list,
)
from dangwu_desktop.ledgers.dues.service import METHODS
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    WARNING_STYLE,
    GuardedDialog,
    message_html,
    show_saved,
)
from dangwu_desktop.ui.file_dialogs import IMPORT_FOLDER_KEY, ask_open_file, ask_save_file
from dangwu_desktop.ui.forms.ui_dues_list_dialog import Ui_DuesListDialog

FILE_FILTER = "党费名单 (*.xlsx *.xls *.ods *.csv *.txt)"
FAULT_COLOUR = QColor("#b91c1c")
WARNING_COLOUR = QColor("#b45309")
CHECK_DELAY_MS = 400  # after the last keystroke or paste, the preview follows


class DuesListDialog(GuardedDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DuesListDialog()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.dues_list: DuesList | None = None
        self.check: DuesListCheck | None = None
        self.recorded: DuesListCheck | None = None
        today = context.today()
        ui = self.ui
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        ui.methodCombo.addItems(METHODS)
        header = ui.previewTable.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("登记")
        self.save_button.setEnabled(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        ui.pasteEdit.textChanged.connect(self._typed)
        ui.dateEdit.textChanged.connect(self.timer.start)
        ui.methodCombo.currentIndexChanged.connect(self.timer.start)
        ui.checkButton.clicked.connect(self.refresh)
        ui.chooseFileButton.clicked.connect(self.choose_file)
        ui.faultReportButton.clicked.connect(self.save_fault_report)
        ui.pasteEdit.setFocus()
        self.mark_saved()

    def snapshot(self) -> object:
        return (self.ui.pasteEdit.toPlainText(), self.path)

    def _typed(self) -> None:
        """Typing or pasting into the box: the list is the box's again, not a file's."""
        if self.ui.pasteEdit.toPlainText().strip():
            self.path = None
            self.ui.fileLabel.setText("")
        self.timer.start()

    def choose_file(self) -> None:
        path = ask_open_file(self, self.context, IMPORT_FOLDER_KEY, "选择党费名单", FILE_FILTER)
        if path is None:
            return
        self.ui.pasteEdit.blockSignals(True)
        self.ui.pasteEdit.clear()
        self.ui.pasteEdit.blockSignals(False)
        self.open_file(path)

    def open_file(self, path: Path) -> None:
        self.path = path
        self.ui.fileLabel.setText(path.name)
        self.refresh()

    def _read(self) -> DuesList | None:
        if self.path is not None:
            return read_dues_file(self.path)
        text = self.ui.pasteEdit.toPlainText()
        return read_pasted(text) if text.strip() else None

    def refresh(self) -> None:
        """Read the list and check it as recording would, showing every row."""
        self.timer.stop()
        self.check = None
        self.ui.errorLabel.setText("")
        try:
            self.dues_list = self._read()
        except TableFileError as exc:
            self.dues_list = None
            self.ui.errorLabel.setText(message_html([str(exc)], ERROR_STYLE))
        paid_on = self.ui.dateEdit.date()
        if self.dues_list is not None and paid_on is not None:
            with self.context.database.read() as session:
                self.check = check_dues_list(
                    session,
                    self.dues_list,
                    self.context.today(),
                    paid_on,
                    self.ui.methodCombo.currentText(),
                )
        self._show()

    def _show(self) -> None:
        table, check = self.ui.previewTable, self.check
        table.setRowCount(0)
        ready = check is not None and bool(check.payments) and not check.faults
        self.save_button.setEnabled(ready)
        self.ui.faultReportButton.setEnabled(check is not None and bool(check.faults))
        if check is None:
            self.ui.summaryLabel.setText("")
            return
        rows: list[tuple[int, list[str], QColor | None]] = []
        for payment in check.payments:
            notes = "；".join(payment.warnings)
            if payment.paid_by:
                notes = "；".join(filter(None, (f"{payment.paid_by}代缴", notes)))
            rows.append(
                (
                    payment.row,
                    [str(payment.row), payment.name, yuan(payment.amount),
                     payment.months_text, f"{payment.paid_on:%Y-%m-%d}", notes],
                    WARNING_COLOUR if payment.warnings else None,
                )
            )  # fmt: skip
        for fault in check.faults:
            rows.append(
                (
                    fault.row,
                    [str(fault.row), "", "", "", "", f"{fault.column}“{fault.value}”：{fault.message}"],
                    FAULT_COLOUR,
                )
            )  # fmt: skip
        rows.sort(key=lambda r: r[0])
        table.setRowCount(len(rows))
        for index, (_row, texts, colour) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in (0, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if colour is not None:
                    item.setForeground(QBrush(colour))
                table.setItem(index, column, item)
        table.resizeRowsToContents()
        source = self.dues_list.source if self.dues_list is not None else ""
        skipped = f"，跳过{check.skipped}行（表尾或空行）" if check.skipped else ""
        self.ui.summaryLabel.setText(f"{source}：{check.summary}{skipped}")
        if check.faults:
            self.ui.errorLabel.setText(
                message_html(["请改正名单中标红的行后再登记；整份名单无误才会登记。"], ERROR_STYLE)
            )
        elif check.warnings:
            self.ui.errorLabel.setText(
                message_html(["标橙色的行请核对（不影响登记）。"], WARNING_STYLE)
            )

    def save(self) -> None:
        """Record the whole list, or nothing."""
        self.refresh()
        paid_on = self.ui.dateEdit.date()
        if self.dues_list is None or self.check is None or paid_on is None:
            message = self.ui.dateEdit.error() if paid_on is None else "请先粘贴名单或选择名单文件"
            self.ui.errorLabel.setText(message_html([f"无法登记。{message}"], ERROR_STYLE))
            return
        if self.check.faults or not self.check.payments:
            return
        try:
            back_up_before_import(self.context.database)
        except BackupError as exc:  # nothing recorded: the list waits until a backup can be made
            self.ui.errorLabel.setText(message_html([f"备份失败，没有登记：{exc}"], ERROR_STYLE))
            return
        try:
            with self.context.database.transaction() as session:
                self.recorded = record_dues_list(
                    session,
                    self.dues_list,
                    self.context.today(),
                    paid_on,
                    self.ui.methodCombo.currentText(),
                )
        except DuesListRefused as refusal:
            self.check = refusal.check
            self._show()
            return
        except ServiceError as exc:
            self.ui.errorLabel.setText(message_html([str(exc)], ERROR_STYLE))
            return
        self.mark_saved()
        self.accept()

    def save_fault_report(self) -> None:
        if self.check is None or self.dues_list is None:
            return
        name = Path(self.dues_list.source).stem
        target = ask_save_file(
            self, self.context, IMPORT_FOLDER_KEY, "保存错误清单", f"{name}的错误清单.xlsx",
            "Excel 工作簿 (*.xlsx)",
        )  # fmt: skip
        if target is None:
            return
        try:
            saved = save_faults(
                target, self.dues_list.source, self.check.faults, self.check.warnings,
                self.dues_list.skipped,
            )  # fmt: skip
        except ExportError as exc:
            self.ui.errorLabel.setText(message_html([str(exc)], ERROR_STYLE))
            return
        show_saved(self, saved, "错误清单已保存：")


def open_dues_list_dialog(parent: QWidget | None, context: AppContext) -> DuesListCheck | None:
    """按名单登记党费, for the 党费 page: what was recorded (its `summary` says how many and how
    much, for the page's status line), or None when the dialog was cancelled."""
    dialog = DuesListDialog(context, parent)
    dialog.exec()
    return dialog.recorded
