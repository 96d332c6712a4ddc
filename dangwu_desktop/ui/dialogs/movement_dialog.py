"""Register a movement (人员变动) for one member: a dated, permanent history entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.movements import PROBATION_DECISIONS, RECORDABLE_KINDS, Movement
from dangwu_desktop.core.rulebook import (
    FULL_AFTER_ONE_YEAR,
    PROBATION_EXTENSION,
    Finding,
    Severity,
    confirmation_due_date,
    is_due_for_confirmation,
)
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import first_invalid, show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    WARNING_STYLE,
    GuardedDialog,
    finding_line,
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
# What the date field holds for each kind: for 转正 the day the probation ends (党龄 counts from
# it), its meeting asked apart; for the other two decisions the meeting's day itself.
MEETING_DATED = frozenset({MovementKind.PROBATION_EXTENDED, MovementKind.PROBATION_CANCELLED})
DATE_LABEL = {
    MovementKind.CONFIRMED: "转正日期",
    MovementKind.PROBATION_EXTENDED: "支部党员大会日期",
    MovementKind.PROBATION_CANCELLED: "支部党员大会日期",
}


def _likely_kind(member: member_service.MemberSummary, today: date) -> MovementKind:
    """The movement a secretary most probably means for this member, to preselect it: 转正 only
    once the year of probation is over (rulebook: member.full_after_one_year)."""
    if member.status is MembershipStatus.TRANSFERRED_OUT:
        return MovementKind.TRANSFER_IN
    if member.status is MembershipStatus.SUSPENDED:
        return MovementKind.RESTORED
    if member.is_mobile:
        return MovementKind.MOBILE_RETURN
    if is_due_for_confirmation(member.category, member.join_date, today, member.extension_months):
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
        self._filled: date | None = None  # a date the dialog put in the box, not the secretary
        self.ui.decisionEdit.setToday(today)
        self.ui.decisionEdit.setMaximumDate(today)
        self.ui.receiptEdit.setToday(today)
        self.ui.receiptEdit.setMaximumDate(today)
        self.ui.decisionEdit.setToolTip(PROBATION_EXTENSION.citation)
        self.ui.monthsSpin.setToolTip(PROBATION_EXTENSION.citation)
        show_date_errors(
            self.ui.errorLabel, (self.ui.dateEdit, self.ui.decisionEdit, self.ui.receiptEdit)
        )
        self._confirmed: tuple[Finding, ...] | None = None  # warnings the user chose to accept
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.kindCombo.currentTextChanged.connect(self._kind_changed)
        for signal in (
            self.ui.dateEdit.dateChanged,
            self.ui.decisionEdit.dateChanged,
            self.ui.monthsSpin.valueChanged,
        ):
            signal.connect(lambda *_: self._preview())
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
        for widget in (ui.receiptLabel, ui.receiptEdit):
            widget.setVisible(kind is MovementKind.TRANSFER_OUT)
        for widget in (ui.decisionLabel, ui.decisionEdit):
            widget.setVisible(kind is MovementKind.CONFIRMED)
        ui.monthsLabel.setVisible(kind is MovementKind.PROBATION_EXTENDED)
        ui.monthsSpin.setVisible(kind is MovementKind.PROBATION_EXTENDED)
        ui.dateLabel.setText(DATE_LABEL.get(kind, "变动日期"))
        due = self._due_date()
        if kind is MovementKind.CONFIRMED and due is not None and due <= self.context.today():
            ui.dateEdit.setDate(due)  # 转正 dates from the end of the probation, not from today
            self._filled = due
        elif kind in MEETING_DATED:
            # The date is the 支部党员大会's: nobody knows it but the secretary, so the box is
            # left empty to be typed rather than keeping a date the dialog put there itself.
            if ui.dateEdit.date() in (self._filled, self.context.today()):
                ui.dateEdit.setDate(None)
            self._filled = None
        elif ui.dateEdit.date() is None or ui.dateEdit.date() == self._filled:
            ui.dateEdit.setDate(self.context.today())
            self._filled = None
        self._preview()

    def _due_date(self) -> date | None:
        join_date = self.member.join_date
        if self.member.category is not MemberCategory.PROBATIONARY or join_date is None:
            return None
        return confirmation_due_date(join_date, self.member.extension_months)

    def _confirmation_note(self) -> str:
        """When this 预备党员's probation is over, in the rule book's words."""
        due = self._due_date()
        if due is None:
            return ""
        extension = self.member.extension_months
        rule = PROBATION_EXTENSION if extension else FULL_AFTER_ONE_YEAR
        lead = f"预备期已延长{extension}个月，期满日" if extension else "预备期满日"
        line = f"{lead}：{format_date(due)}（{rule.wording}）"
        style = WARNING_STYLE if due > self.context.today() else NOTE_STYLE
        return message_html([line], style)

    def movement(self) -> Movement | None:
        """The movement as the dialog holds it, or None while its date is unreadable or blank."""
        day = self.ui.dateEdit.date()
        if day is None:
            return None
        kind, reason, other_org, letter_number, place = self.draft()
        decision = None
        if kind is MovementKind.CONFIRMED:
            decision = self.ui.decisionEdit.date()
        elif kind in PROBATION_DECISIONS:
            decision = day  # the date asked is the meeting's
        months = self.ui.monthsSpin.value() if kind is MovementKind.PROBATION_EXTENDED else None
        receipt = self.ui.receiptEdit.date() if kind is MovementKind.TRANSFER_OUT else None
        return Movement(
            kind, day, reason, other_org, letter_number, place, decision, months, receipt
        )

    def _findings(self, movement: Movement) -> list[Finding]:
        with self.context.database.read() as session:
            return member_service.check_movement(
                session, self.member_id, movement, self.context.today()
            )

    def _preview(self) -> None:
        """What the rule book says of a 转正, 延长 or 取消 as it is filled in, before 登记."""
        self._confirmed = None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记")
        if first_invalid((self.ui.dateEdit, self.ui.decisionEdit, self.ui.receiptEdit)) is not None:
            return  # the label names the unreadable date; the rules wait for a readable one
        kind = self.kind()
        note = self._confirmation_note() if kind is MovementKind.CONFIRMED else ""
        movement = self.movement()
        findings = self._findings(movement) if movement and kind in PROBATION_DECISIONS else []
        # The meeting's day is asked for, not complained of, until the user has typed it.
        if kind is MovementKind.CONFIRMED and not self.ui.decisionEdit.text().strip():
            findings = [f for f in findings if f.attribute != "decision_date"]
        self.ui.errorLabel.setText(note + _findings_html(findings))

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
        return (*self.draft(), self.ui.decisionEdit.text(), self.ui.monthsSpin.value())

    def save(self) -> None:
        ui = self.ui
        movement = self.movement()
        if movement is None:  # blank or unreadable: the field is required
            ui.errorLabel.setText(message_html([f"无法登记。{ui.dateEdit.error()}"], ERROR_STYLE))
            ui.dateEdit.setFocus()
            return
        # A 回执 day typed but unreadable is not taken as 未回.
        unread = ui.receiptEdit.date() is None and ui.receiptEdit.text().strip()
        if movement.kind is MovementKind.TRANSFER_OUT and unread:
            ui.errorLabel.setText(
                message_html([f"无法登记。{ui.receiptEdit.error()}"], ERROR_STYLE)
            )
            ui.receiptEdit.setFocus()
            return
        if movement.kind in PROBATION_DECISIONS:
            findings = self._findings(movement)
            warnings = tuple(f for f in findings if f.severity is Severity.WARNING)
            if any(f.severity is Severity.ERROR for f in findings) or (
                warnings and warnings != self._confirmed
            ):
                ui.errorLabel.setText(_findings_html(findings))
                if not any(f.severity is Severity.ERROR for f in findings):
                    self._confirmed = warnings
                    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("仍然登记")
                return
        try:
            with self.context.database.transaction() as session:
                member_service.record_movement(
                    session, self.member_id, movement, self.context.today()
                )
        except ServiceError as exc:
            show_refusal(ui.errorLabel, exc)
            return
        self.accept()


def _findings_html(findings: list[Finding]) -> str:
    errors = [finding_line(f) for f in findings if f.severity is Severity.ERROR]
    warnings = [finding_line(f) for f in findings if f.severity is not Severity.ERROR]
    parts = []
    if errors:
        parts.append(f"<b style='{ERROR_STYLE}'>无法登记：</b>" + message_html(errors, ERROR_STYLE))
    if warnings:
        lead = "请核对（确认无误可点“仍然登记”）："
        parts.append(
            f"<b style='{WARNING_STYLE}'>{lead}</b>" + message_html(warnings, WARNING_STYLE)
        )
    return "".join(parts)
