"""Register a movement (人员变动) for one member: a dated, permanent history entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.movements import RECORDABLE_KINDS, Movement
from dangwu_desktop.core.rulebook import (
    FULL_AFTER_ONE_YEAR,
    confirmation_due_date,
    is_due_for_confirmation,
)
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    WARNING_STYLE,
    GuardedDialog,
    message_html,
    show_refusal,
)
from dangwu_desktop.ui.forms.ui_movement_dialog import Ui_MovementDialog

# Which extra fields each kind asks for, and what the organisation field is called for it.
ORG_LABEL = {
    MovementKind.TRANSFER_IN: "转入前所在党组织",
    MovementKind.TRANSFER_OUT: "转往党组织",
    MovementKind.MOBILE_OUT: "流入地党组织",
}
WITH_LETTER = frozenset({MovementKind.TRANSFER_IN, MovementKind.TRANSFER_OUT})
WITH_PLACE = frozenset({MovementKind.MOBILE_OUT})
NOTE_STYLE = "color:#475569"


def _likely_kind(member: member_service.MemberSummary, today: date) -> MovementKind:
    """The movement a secretary most probably means for this member, to preselect it: 转正 only
    once the year of probation is over (rulebook: member.full_after_one_year)."""
    if member.status is MembershipStatus.TRANSFERRED_OUT:
        return MovementKind.TRANSFER_IN
    if member.status is MembershipStatus.SUSPENDED:
        return MovementKind.RESTORED
    if member.is_mobile:
        return MovementKind.MOBILE_RETURN
    if is_due_for_confirmation(member.category, member.join_date, today):
        return MovementKind.CONFIRMED
    return MovementKind.MOBILE_OUT


class MovementDialog(GuardedDialog):
    def __init__(self, context: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.member_id = member_id
        self.ui = Ui_MovementDialog()
        self.ui.setupUi(self)
        with context.database.read() as session:
            member = member_service.member_summary(session, member_id)
        self.ui.memberLabel.setText(
            f"党员：{member.name}　当前党籍状态：{member.status.value}"
            + ("　流动党员" if member.is_mobile else "")
        )
        self.member = member
        likely = _likely_kind(member, context.today())
        self.ui.kindCombo.addItems([kind.value for kind in RECORDABLE_KINDS])
        self.ui.kindCombo.setCurrentText(likely.value)
        today = context.today()
        self.ui.dateEdit.setToday(today)
        self.ui.dateEdit.setMaximumDate(today)
        self.ui.dateEdit.setDate(today)
        show_date_errors(self.ui.errorLabel, (self.ui.dateEdit,))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.kindCombo.currentTextChanged.connect(self._kind_changed)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._kind_changed(self.ui.kindCombo.currentText())
        self.mark_saved()

    def kind(self) -> MovementKind:
        return MovementKind(self.ui.kindCombo.currentText())

    def _kind_changed(self, _text: str) -> None:
        kind, ui = self.kind(), self.ui
        org_label = ORG_LABEL.get(kind)
        for widget in (ui.otherOrgLabel, ui.otherOrgEdit):
            widget.setVisible(org_label is not None)
        ui.otherOrgLabel.setText(org_label or "")
        for widget in (ui.letterNumberLabel, ui.letterNumberEdit):
            widget.setVisible(kind in WITH_LETTER)
        for widget in (ui.placeLabel, ui.placeEdit):
            widget.setVisible(kind in WITH_PLACE)
        ui.errorLabel.setText(self._confirmation_note() if kind is MovementKind.CONFIRMED else "")

    def _confirmation_note(self) -> str:
        """When this 预备党员's year is over, in the rule book's words, before she registers 转正."""
        join_date = self.member.join_date
        if self.member.category is not MemberCategory.PROBATIONARY or join_date is None:
            return ""
        due = confirmation_due_date(join_date)
        line = f"预备期满日：{format_date(due)}（{FULL_AFTER_ONE_YEAR.wording}）"
        style = WARNING_STYLE if due > self.context.today() else NOTE_STYLE
        return message_html([line], style)

    def draft(self) -> tuple[MovementKind, str, str, str, str]:
        """What the dialog holds as typed, but its date (a guarded dialog compares date boxes
        as typed, readable or not)."""
        ui, kind = self.ui, self.kind()
        return (
            kind,
            ui.reasonEdit.toPlainText(),
            ui.otherOrgEdit.text() if kind in ORG_LABEL else "",
            ui.letterNumberEdit.text() if kind in WITH_LETTER else "",
            ui.placeEdit.text() if kind in WITH_PLACE else "",
        )

    def snapshot(self) -> object:
        return self.draft()

    def save_before_closing(self) -> None:
        self.save()

    def save(self) -> None:
        ui = self.ui
        day = ui.dateEdit.date()
        if day is None:  # blank or unreadable: the field is required
            ui.errorLabel.setText(message_html([f"无法登记。{ui.dateEdit.error()}"], ERROR_STYLE))
            ui.dateEdit.setFocus()
            return
        kind, reason, other_org, letter_number, place = self.draft()
        movement = Movement(
            kind=kind,
            date=day,
            reason=reason,
            other_org=other_org,
            letter_number=letter_number,
            place=place,
        )
        try:
            with self.context.database.transaction() as session:
                member_service.record_movement(
                    session, self.member_id, movement, self.context.today()
                )
        except ServiceError as exc:
            show_refusal(ui.errorLabel, exc)
            return
        self.accept()
