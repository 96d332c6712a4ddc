"""Hours a 流动党员 studied elsewhere, credited with their source."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from dangwu_desktop.core.services import ServiceError, training
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import show_date_errors
from dangwu_desktop.ui.dialogs import ERROR_STYLE, GuardedDialog, message_html, show_refusal
from dangwu_desktop.ui.forms.ui_credit_dialog import Ui_CreditDialog


class CreditDialog(GuardedDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CreditDialog()
        self.ui.setupUi(self)
        today = context.today()
        with context.database.read() as session:
            members = member_service.active_members(session)
        # 流动党员 first: theirs are the hours studied elsewhere that need crediting
        for member in sorted(members, key=lambda m: not m.is_mobile):
            mobile = f"（流动在{member.mobile_place}）" if member.is_mobile else ""
            self.ui.memberCombo.addItem(f"{member.name}{mobile}", member.member_id)
        self.ui.dateEdit.setToday(today)
        self.ui.dateEdit.setMaximumDate(today)
        self.ui.dateEdit.setDate(today)
        show_date_errors(self.ui.errorLabel, (self.ui.dateEdit,))
        self.ui.hoursSpin.setValue(2.0)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.mark_saved()

    def draft(self) -> tuple[object, float, str, str]:
        """What the dialog holds as typed: member, hours, 学习内容, 来源 (the date box is compared
        as typed by GuardedDialog itself)."""
        ui = self.ui
        return (
            ui.memberCombo.currentData(),
            ui.hoursSpin.value(),
            ui.topicEdit.text(),
            ui.sourceEdit.text(),
        )

    def snapshot(self) -> object:
        return self.draft()

    def save(self) -> None:
        chosen = self.ui.dateEdit.date()
        if chosen is None:  # blank or unreadable: the field is required
            message = f"无法登记。{self.ui.dateEdit.error()}"
            self.ui.errorLabel.setText(message_html([message], ERROR_STYLE))
            self.ui.dateEdit.setFocus()
            return
        try:
            with self.context.database.transaction() as session:
                training.credit_hours(
                    session,
                    int(self.ui.memberCombo.currentData()),
                    chosen,
                    self.ui.hoursSpin.value(),
                    self.ui.topicEdit.text(),
                    self.ui.sourceEdit.text(),
                    self.context.today(),
                )
        except ServiceError as exc:
            show_refusal(self.ui.errorLabel, exc)
            return
        self.accept()
