"""登记回执: the day a 转出's 组织关系介绍信 回执 came back, entered when it comes (or cleared)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import DateField, show_date_errors
from dangwu_desktop.ui.dialogs import ERROR_STYLE, GuardedDialog, message_html, show_refusal


class ReceiptDialog(GuardedDialog):
    def __init__(
        self,
        context: AppContext,
        movement_id: int,
        about: str,
        receipt: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.movement_id = movement_id
        self.setWindowTitle("登记介绍信回执")
        layout = QVBoxLayout(self)
        intro = QLabel(f"{about}\n回执收回后登记收回日期；清空日期即为“未回”。")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.dateEdit = DateField(self)
        self.dateEdit.setObjectName("receiptDateEdit")
        self.dateEdit.setToday(context.today())
        self.dateEdit.setMaximumDate(context.today())
        self.dateEdit.setDate(receipt)
        form.addRow("回执收回日期", self.dateEdit)
        layout.addLayout(form)
        self.errorLabel = QLabel()
        self.errorLabel.setWordWrap(True)
        layout.addWidget(self.errorLabel)
        show_date_errors(self.errorLabel, (self.dateEdit,))
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.mark_saved()

    def snapshot(self) -> object:
        return self.dateEdit.text()

    def save_before_closing(self) -> None:
        self.save()

    def save(self) -> None:
        if self.dateEdit.text().strip() and self.dateEdit.date() is None:
            self.errorLabel.setText(
                message_html([f"无法保存。{self.dateEdit.error()}"], ERROR_STYLE)
            )
            return
        try:
            with self.context.database.transaction() as session:
                member_service.record_receipt(
                    session, self.movement_id, self.dateEdit.date(), self.context.today()
                )
        except ServiceError as exc:
            show_refusal(self.errorLabel, exc)
            return
        self.accept()


def receipt_text(receipt: date | None) -> str:
    """A 转出's 回执 as the history table shows it."""
    return f"已回（{format_date(receipt)}）" if receipt else "未回"
