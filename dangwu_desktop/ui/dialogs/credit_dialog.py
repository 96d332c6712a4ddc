"""Hours a 流动党员 studied elsewhere, credited with their source."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy import select

from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.services import ServiceError, training
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import ERROR_STYLE, message_html
from dangwu_desktop.ui.forms.ui_credit_dialog import Ui_CreditDialog


class CreditDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CreditDialog()
        self.ui.setupUi(self)
        today = context.today()
        with context.database.read() as session:
            members = session.scalars(
                select(Member)
                .where(Member.status == MembershipStatus.ACTIVE)
                .order_by(Member.is_mobile.desc(), Member.id)
            )
            for member in members:
                mobile = f"（流动在{member.mobile_place}）" if member.is_mobile else ""
                self.ui.memberCombo.addItem(f"{member.name}{mobile}", member.id)
        self.ui.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.hoursSpin.setValue(2.0)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        chosen = self.ui.dateEdit.date()
        try:
            with self.context.database.transaction() as session:
                training.credit_hours(
                    session,
                    int(self.ui.memberCombo.currentData()),
                    date(chosen.year(), chosen.month(), chosen.day()),
                    self.ui.hoursSpin.value(),
                    self.ui.topicEdit.text(),
                    self.ui.sourceEdit.text(),
                    self.context.today(),
                )
        except ServiceError as exc:
            self.ui.errorLabel.setText(message_html(str(exc).split("；"), ERROR_STYLE))
            return
        self.accept()
