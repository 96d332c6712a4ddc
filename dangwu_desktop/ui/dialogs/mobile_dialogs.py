"""The 流动党员 dialogs: 流出登记 (and its correction), 登记联系 (and its correction), 结束外出,
失联 and its outcome, 流入党员 and what they took part in here. Each saves through the 流动党员
service in one transaction; refusals come back with their rule and are shown beside the fields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.money import yuan
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ledgers.mobile import service
from dangwu_desktop.ledgers.mobile.book import away_rows
from dangwu_desktop.ledgers.mobile.rules import (
    TRANSFER_RULE,
    ContactWay,
    LostOutcome,
    MobileReason,
    StintInput,
)
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import DateField, show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    FindingsGate,
    GuardedDialog,
    message_html,
)
from dangwu_desktop.ui.dialogs.dues_dialogs import NOTE_STYLE, FieldMarks, MemberChooser, read_money
from dangwu_desktop.ui.forms.ui_mobile_contact_dialog import Ui_MobileContactDialog
from dangwu_desktop.ui.forms.ui_mobile_end_dialog import Ui_MobileEndDialog
from dangwu_desktop.ui.forms.ui_mobile_incoming_dialog import Ui_MobileIncomingDialog
from dangwu_desktop.ui.forms.ui_mobile_lost_dialog import Ui_MobileLostDialog
from dangwu_desktop.ui.forms.ui_mobile_outcome_dialog import Ui_MobileOutcomeDialog
from dangwu_desktop.ui.forms.ui_mobile_part_dialog import Ui_MobilePartDialog
from dangwu_desktop.ui.forms.ui_mobile_stint_dialog import Ui_MobileStintDialog

SAVE = QDialogButtonBox.StandardButton.Save
CANCEL = QDialogButtonBox.StandardButton.Cancel


def _buttons(dialog: GuardedDialog, box: QDialogButtonBox, save_text: str) -> None:
    box.button(SAVE).setText(save_text)
    box.button(CANCEL).setText("取消")
    box.accepted.connect(dialog.save_before_closing)
    box.rejected.connect(dialog.reject)


def _date_missing(field: DateField, marks: FieldMarks, attribute: str, label: str) -> bool:
    if field.date() is None:
        marks.refuse(attribute, field.error() or "请填写日期", label)
        return True
    return False


def _unreadable(fields: dict[str, tuple[DateField, str]], marks: FieldMarks) -> bool:
    """A date typed that does not read as one (a blank optional date is fine)."""
    for attribute, (field, label) in fields.items():
        if field.text().strip() and field.date() is None:
            marks.refuse(attribute, field.error(), label)
            return True
    return False


def read_hours(edit: QLineEdit) -> tuple[float | None, str]:
    """Hours typed (blank is 0), or None and why not."""
    text = edit.text().strip()
    if not text:
        return 0.0, ""
    try:
        hours = float(text)
    except ValueError:
        return None, f"“{text}”不是学时数，请填写数字，如 2 或 1.5"
    return (hours, "") if hours >= 0 else (None, "学时不能为负数")


class StintDialog(GuardedDialog):
    """流出登记: a member leaving (the roster's 流出 with the details the branch keeps), or — with
    `stint_id` — the correction of one. A member the roster already shows away has the roster's
    place, date and 流入地党组织 filled in; only the details are added."""

    def __init__(
        self,
        context: AppContext,
        member_id: int | None = None,
        stint_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.stint_id = context, stint_id
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_MobileStintDialog()
        ui.setupUi(self)
        current: StintInput | None = None
        with context.database.read() as session:
            members = member_service.active_members(session)
            if stint_id is not None:
                member_id, current = service.stint_form(session, stint_id)
        self.chooser = MemberChooser(ui.memberCombo, members)
        self.keeper = MemberChooser(ui.keeperCombo, members)
        for reason in MobileReason:
            ui.reasonCombo.addItem(reason.value, reason.value)
        for field in (ui.startEdit, ui.cardIssuedEdit, ui.cardExpiresEdit):
            field.setToday(today)
        ui.startEdit.setMaximumDate(today)
        ui.cardIssuedEdit.setMaximumDate(today)
        show_date_errors(ui.errorLabel, (ui.startEdit, ui.cardIssuedEdit, ui.cardExpiresEdit))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(
            self.gate,
            {"member": ui.memberCombo, "start": ui.startEdit, "place": ui.placeEdit,
             "org_there": ui.orgEdit, "org_contact": ui.orgContactEdit, "phone_there": ui.phoneEdit,
             "address_there": ui.addressEdit, "wechat": ui.wechatEdit, "card_number": ui.cardEdit,
             "card_issued_on": ui.cardIssuedEdit, "card_expires_on": ui.cardExpiresEdit,
             "contact_person_id": ui.keeperCombo, "note": ui.noteEdit},
        )  # fmt: skip
        _buttons(self, ui.buttonBox, "保存")
        ui.fixedCheck.setToolTip(TRANSFER_RULE.wording)
        self.chooser.choose(member_id)
        if current is not None:
            self.setWindowTitle("修改流出登记")
            ui.memberCombo.setEnabled(False)
            self._fill(current)
            ui.startEdit.setEnabled(False)
            ui.startEdit.setToolTip("外出时间是花名册人员变动的日期，请在花名册中更正")
        else:
            ui.startEdit.setDate(today)
            ui.memberCombo.currentIndexChanged.connect(self._member_changed)
            self._member_changed()
        self.mark_saved()

    def _fill(self, given: StintInput) -> None:
        ui = self.ui
        ui.startEdit.setDate(given.start)
        ui.placeEdit.setText(given.place)
        ui.reasonCombo.setCurrentIndex(ui.reasonCombo.findData(given.reason.value))
        ui.orgEdit.setText(given.org_there)
        ui.orgContactEdit.setText(given.org_contact)
        ui.fixedCheck.setChecked(given.fixed_place)
        ui.phoneEdit.setText(given.phone_there)
        ui.addressEdit.setText(given.address_there)
        ui.wechatEdit.setText(given.wechat)
        ui.cardEdit.setText(given.card_number)
        ui.cardIssuedEdit.setDate(given.card_issued_on)
        ui.cardExpiresEdit.setDate(given.card_expires_on)
        self.keeper.choose(given.contact_person_id)
        ui.noteEdit.setText(given.note)

    def _member_changed(self) -> None:
        """A member the roster already shows away: the roster's 流出 is filled in, fixed."""
        ui, member_id = self.ui, self.chooser.member_id()
        outflow = None
        if member_id is not None:
            with self.context.database.read() as session:
                found = service.open_outflow(session, member_id)
                if found is not None:
                    outflow = (found.date, found.place, found.other_org)
        for field in (ui.startEdit, ui.placeEdit, ui.orgEdit):
            field.setEnabled(outflow is None)
        if outflow is None:
            ui.planLabel.setText("")
            return
        ui.startEdit.setDate(outflow[0])
        ui.placeEdit.setText(outflow[1])
        ui.orgEdit.setText(outflow[2])
        ui.planLabel.setText(
            message_html(
                [f"花名册已登记该党员自{format_date(outflow[0])}起外出：这里补填这次外出的联系方式、"
                 "活动证等，去向和时间以花名册为准"],
                NOTE_STYLE,
            )
        )  # fmt: skip

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.memberCombo.currentText(), ui.placeEdit.text(), ui.reasonCombo.currentIndex(),
            ui.orgEdit.text(), ui.orgContactEdit.text(), ui.fixedCheck.isChecked(),
            ui.phoneEdit.text(), ui.addressEdit.text(), ui.wechatEdit.text(), ui.cardEdit.text(),
            ui.keeperCombo.currentText(), ui.noteEdit.text(),
        )  # fmt: skip

    def given(self) -> StintInput | None:
        ui, marks = self.ui, self.marks
        if _date_missing(ui.startEdit, marks, "start", "外出时间"):
            return None
        if _unreadable(
            {"card_issued_on": (ui.cardIssuedEdit, "活动证发证日期"),
             "card_expires_on": (ui.cardExpiresEdit, "活动证有效期至")}, marks,
        ):  # fmt: skip
            return None
        if not ui.placeEdit.text().strip():
            marks.refuse("place", "请填写外出地点（到哪个省市县）", "外出地点")
            return None
        keeper = None
        if ui.keeperCombo.currentText().strip():
            keeper = self.keeper.member_id()
            if keeper is None:
                marks.refuse("contact_person_id", "请从名单中选择支部联系人", "支部联系人")
                return None
        start = ui.startEdit.date()
        assert start is not None
        return StintInput(
            start, ui.placeEdit.text().strip(), MobileReason(ui.reasonCombo.currentData()),
            ui.orgEdit.text(), ui.orgContactEdit.text(), ui.fixedCheck.isChecked(),
            ui.phoneEdit.text(), ui.addressEdit.text(), ui.wechatEdit.text(), ui.cardEdit.text(),
            ui.cardIssuedEdit.date(), ui.cardExpiresEdit.date(), keeper, ui.noteEdit.text(),
        )  # fmt: skip

    def save_before_closing(self) -> None:
        member_id = self.chooser.member_id()
        if member_id is None:
            self.marks.refuse("member", "请从名单中选择党员", "党员")
            return
        given = self.given()
        if given is None:
            return
        try:
            with self.context.database.transaction() as session:
                if self.stint_id is None:
                    service.start_stint(session, member_id, given, self.today)
                else:
                    service.update_stint(session, self.stint_id, given, self.today)
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        name = self.chooser.members[member_id].name
        done = "已修改" if self.stint_id is not None else "已登记"
        self.saved_text = f"{done}{name}的流出登记（{given.place}）"
        self.mark_saved()
        self.accept()


@dataclass(frozen=True, slots=True)
class AwayChoice:
    stint_id: int
    member_id: int
    name: str
    place: str
    org: str
    start: date


def away_choices(context: AppContext) -> list[AwayChoice]:
    """Members away now with a 流出 record: whom a contact can be logged for."""
    today = context.today()
    with context.database.read() as session:
        rows = away_rows(session, today, today, today)
    return [
        AwayChoice(r.stint.stint_id, r.member_id, r.name, r.place, r.org_there or r.place, r.start)
        for r in rows
        if r.away and r.stint is not None
    ]


class ContactDialog(GuardedDialog):
    """登记联系: one contact with a member away. What it will record — the contact, hours
    credited as 学时, dues recorded in the 党费 book — is said before saving. With `contact_id`,
    the correction of one (the hours and dues follow it: see service.update_contact)."""

    def __init__(
        self,
        context: AppContext,
        member_id: int | None = None,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.contact_id = context, contact_id
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_MobileContactDialog()
        ui.setupUi(self)
        current: service.ContactInput | None = None
        with context.database.read() as session:
            members = member_service.active_members(session)
            if contact_id is not None:
                form = service.contact_form(session, contact_id)
                current = form.given
                self.choices = [
                    AwayChoice(current.stint_id, form.member_id, form.name, form.place, form.org,
                               form.start)
                ]  # fmt: skip
        if current is None:
            self.choices = away_choices(context)
        for choice in self.choices:
            ui.memberCombo.addItem(f"{choice.name}（{choice.place}）", choice.stint_id)
        self.by = MemberChooser(ui.byCombo, members)
        for way in ContactWay:
            ui.wayCombo.addItem(way.value, way.value)
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.nextEdit.setToday(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit, ui.nextEdit))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(
            self.gate,
            {"member": ui.memberCombo, "date": ui.dateEdit, "by": ui.byCombo,
             "said": ui.saidEdit, "study": ui.studyEdit, "study_hours": ui.hoursEdit,
             "paid_amount": ui.paidEdit, "next_planned": ui.nextEdit},
        )  # fmt: skip
        _buttons(self, ui.buttonBox, "保存" if current else "登记")
        if current is not None:
            self.setWindowTitle("修改联系记录")
            ui.memberCombo.setEnabled(False)
            ui.dateEdit.setDate(current.date)
            ui.wayCombo.setCurrentIndex(ui.wayCombo.findData(current.way.value))
            self.by.choose(current.by_id)
            ui.saidEdit.setPlainText(current.said)
            ui.studyEdit.setText(current.study)
            ui.hoursEdit.setText(f"{current.study_hours:g}" if current.study_hours else "")
            ui.paidEdit.setText(yuan(current.paid_amount) if current.paid_amount else "")
            ui.nextEdit.setDate(current.next_planned)
            self.before = current
        else:
            ui.dateEdit.setDate(today)
            chosen = next((c for c in self.choices if c.member_id == member_id), None)
            if chosen is not None:
                ui.memberCombo.setCurrentIndex(ui.memberCombo.findData(chosen.stint_id))
        for signal in (ui.memberCombo.currentIndexChanged, ui.dateEdit.dateChanged,
                       ui.wayCombo.currentIndexChanged, ui.hoursEdit.textChanged,
                       ui.paidEdit.textChanged, ui.studyEdit.textChanged):  # fmt: skip
            signal.connect(self._update_plan)
        self._update_plan()
        self.mark_saved()
        # The cursor starts where a typed contact starts: the date (today), then Tab on.
        (
            ui.dateEdit if current or ui.memberCombo.currentIndex() >= 0 else ui.memberCombo
        ).setFocus()

    def choice(self) -> AwayChoice | None:
        stint_id = self.ui.memberCombo.currentData()
        return next((c for c in self.choices if c.stint_id == stint_id), None)

    def _update_plan(self) -> None:
        """What 保存 will record, in words, as the form stands."""
        ui, choice, day = self.ui, self.choice(), self.ui.dateEdit.date()
        if choice is None:
            text = "没有外出中的流动党员：请先做流出登记" if not self.choices else "请选择流动党员"
            ui.planLabel.setText(message_html([text], NOTE_STYLE))
            return
        hours, hours_problem = read_hours(ui.hoursEdit)
        paid, paid_problem = read_money(ui.paidEdit)
        when = format_date(day) if day else "（日期）"
        lines = [f"保存后将记录：{when}与{choice.name}{ui.wayCombo.currentText()}联系一次"]
        if hours:
            lines.append(
                f"计入{choice.name}外出学习{hours:g}学时（来源：流入地党组织 {choice.org}），"
                "培训页和学时统计中可见"
            )
        if paid is not None:
            lines.append(
                f"党费{yuan(paid)}元记入党费收缴登记簿（在流入地党组织 {choice.org} 交纳），"
                "按未交清的月份依次记入"
            )
        if self.contact_id is not None:
            lines.append("修改了日期、学时或党费的，原来的学时和党费记录会按修改后的重新记入")
        problems = [p for p in (hours_problem, paid_problem) if p]
        ui.planLabel.setText(
            message_html(problems, ERROR_STYLE) if problems else message_html(lines, NOTE_STYLE)
        )

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.memberCombo.currentIndex(), ui.wayCombo.currentIndex(), ui.byCombo.currentText(),
            ui.saidEdit.toPlainText(), ui.studyEdit.text(), ui.hoursEdit.text(),
            ui.paidEdit.text(),
        )  # fmt: skip

    def given(self) -> service.ContactInput | None:
        ui, marks, choice = self.ui, self.marks, self.choice()
        if choice is None:
            marks.refuse("member", "请选择流动党员（没有的请先做流出登记）", "流动党员")
            return None
        if _date_missing(ui.dateEdit, marks, "date", "联系日期"):
            return None
        if _unreadable({"next_planned": (ui.nextEdit, "计划下次联系")}, marks):
            return None
        hours, problem = read_hours(ui.hoursEdit)
        if hours is None:
            marks.refuse("study_hours", problem, "计入学时")
            return None
        paid, problem = read_money(ui.paidEdit)
        if problem:
            marks.refuse("paid_amount", problem, "在流入地交纳党费")
            return None
        by = None
        if ui.byCombo.currentText().strip():
            by = self.by.member_id()
            if by is None:
                marks.refuse("by", "请从名单中选择联系人，或空着", "联系人")
                return None
        day = ui.dateEdit.date()
        assert day is not None
        return service.ContactInput(
            choice.stint_id, day, ContactWay(ui.wayCombo.currentData()),
            ui.saidEdit.toPlainText(), by, ui.studyEdit.text(), hours, paid, ui.nextEdit.date(),
        )  # fmt: skip

    def save_before_closing(self) -> None:
        given = self.given()
        if given is None:
            return
        try:
            with self.context.database.transaction() as session:
                if self.contact_id is None:
                    service.log_contact(session, given, self.today)
                else:
                    service.update_contact(session, self.contact_id, given, self.today)
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        choice = self.choice()
        assert choice is not None
        extra = []
        if given.study_hours:
            extra.append(f"计入{given.study_hours:g}学时")
        if given.paid_amount is not None:
            extra.append(f"党费{yuan(given.paid_amount)}元")
        more = f"（{'，'.join(extra)}）" if extra else ""
        done = "已修改" if self.contact_id is not None else "已登记"
        self.saved_text = f"{done}{format_date(given.date)}与{choice.name}的联系{more}"
        self.mark_saved()
        self.accept()


class EndDialog(GuardedDialog):
    """结束外出: back home (返回), or the 组织关系 transferred to the 流入地 (转出); both are
    the roster's movements. With `incoming`, a 流入党员 leaving the village (离开)."""

    def __init__(
        self,
        context: AppContext,
        record_id: int,
        name: str,
        start: date,
        parent: QWidget | None = None,
        *,
        incoming: bool = False,
        org_there: str = "",
    ) -> None:
        super().__init__(parent)
        self.context, self.record_id, self.name, self.incoming = context, record_id, name, incoming
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_MobileEndDialog()
        ui.setupUi(self)
        ui.memberLabel.setText(f"{name}（{format_date(start)}起）")
        ui.kindCombo.addItems(["返回", "转移组织关系到流入地（转出）"])
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        ui.transferEdit.setText(org_there)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(self.gate, {"date": ui.dateEdit, "to": ui.transferEdit})
        _buttons(self, ui.buttonBox, "保存")
        if incoming:
            self.setWindowTitle("流入党员离开")
            ui.memberCaption.setText("流入党员")
            for widget in (ui.kindLabel, ui.kindCombo, ui.transferLabel, ui.transferEdit):
                widget.hide()
            ui.dateLabel.setText("离开时间")
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.mark_saved()

    def transfer(self) -> bool:
        return not self.incoming and self.ui.kindCombo.currentIndex() == 1

    def _kind_changed(self) -> None:
        ui, transfer = self.ui, self.transfer()
        ui.transferLabel.setVisible(transfer)
        ui.transferEdit.setVisible(transfer)
        if self.incoming:
            text = "离开后不再列为在本村的流入党员，参加活动的记录保留"
        elif transfer:
            text = "保存后花名册登记“转出”：该党员不再是本支部党员，组织关系转往上面的党组织"
        else:
            text = "保存后花名册登记“返回”：不再是流动党员；请收回流动党员活动证"
        ui.planLabel.setText(message_html([text], NOTE_STYLE))

    def snapshot(self) -> object:
        return self.ui.kindCombo.currentIndex(), self.ui.transferEdit.text()

    def save_before_closing(self) -> None:
        ui = self.ui
        if _date_missing(ui.dateEdit, self.marks, "date", ui.dateLabel.text()):
            return
        day = ui.dateEdit.date()
        assert day is not None
        if self.transfer() and not ui.transferEdit.text().strip():
            self.marks.refuse("to", "请填写组织关系转往的党组织", "转入党组织")
            return
        try:
            with self.context.database.transaction() as session:
                if self.incoming:
                    service.end_incoming(session, self.record_id, day, self.today)
                else:
                    service.end_stint(
                        session, self.record_id, day, self.today,
                        transferred_to=ui.transferEdit.text() if self.transfer() else "",
                    )  # fmt: skip
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        what = "离开" if self.incoming else ("转出" if self.transfer() else "返回")
        self.saved_text = f"已登记{self.name}于{format_date(day)}{what}"
        self.mark_saved()
        self.accept()


class LostDialog(GuardedDialog):
    """登记失联: a member away the branch cannot reach, with the steps taken to find them."""

    def __init__(
        self, context: AppContext, stint_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.stint_id, self.name = context, stint_id, name
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_MobileLostDialog()
        ui.setupUi(self)
        ui.memberLabel.setText(name)
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        ui.planLabel.setText(
            message_html(
                ["失去联系6个月以上、通过各种方式查找仍然没有取得联系的，由党支部研究作出停止党籍的决定"
                 "（《中国共产党党员教育管理工作条例》第二十四条）"],
                NOTE_STYLE,
            )
        )  # fmt: skip
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(
            self.gate, {"date": ui.dateEdit, "steps": ui.stepsEdit, "note": ui.noteEdit}
        )
        _buttons(self, ui.buttonBox, "登记")
        self.mark_saved()

    def snapshot(self) -> object:
        return self.ui.stepsEdit.toPlainText(), self.ui.noteEdit.text()

    def save_before_closing(self) -> None:
        ui = self.ui
        if _date_missing(ui.dateEdit, self.marks, "date", "登记失联日期"):
            return
        day = ui.dateEdit.date()
        assert day is not None
        try:
            with self.context.database.transaction() as session:
                service.mark_lost(
                    session, self.stint_id, day, ui.stepsEdit.toPlainText(), self.today,
                    ui.noteEdit.text(),
                )  # fmt: skip
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        self.saved_text = f"已将{self.name}登记为失联党员，请继续查找"
        self.mark_saved()
        self.accept()


class OutcomeDialog(GuardedDialog):
    """失联处理结果: reached again, or the branch's decision to stop the membership."""

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        name: str,
        marked_on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.case_id, self.name = context, case_id, name
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_MobileOutcomeDialog()
        ui.setupUi(self)
        ui.memberLabel.setText(f"{name}（{format_date(marked_on)}登记失联）")
        for outcome in (LostOutcome.FOUND, LostOutcome.STOPPED):
            ui.outcomeCombo.addItem(outcome.value, outcome.value)
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(self.gate, {"date": ui.dateEdit, "decision_ref": ui.decisionEdit})
        _buttons(self, ui.buttonBox, "保存")
        ui.outcomeCombo.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.mark_saved()

    def outcome(self) -> LostOutcome:
        return LostOutcome(self.ui.outcomeCombo.currentData())

    def _outcome_changed(self) -> None:
        ui, stopped = self.ui, self.outcome() is LostOutcome.STOPPED
        ui.decisionLabel.setVisible(stopped)
        ui.decisionEdit.setVisible(stopped)
        text = (
            "停止党籍的决定由党支部（或上级党组织）按规定作出；停止党籍后请在花名册登记相应变动"
            if stopped
            else "已取得联系：失联登记结束，请在“登记联系”中记下这次联系"
        )
        ui.planLabel.setText(message_html([text], NOTE_STYLE))

    def snapshot(self) -> object:
        return self.ui.outcomeCombo.currentIndex(), self.ui.decisionEdit.text()

    def save_before_closing(self) -> None:
        ui = self.ui
        if _date_missing(ui.dateEdit, self.marks, "date", "结果日期"):
            return
        day = ui.dateEdit.date()
        assert day is not None
        outcome = self.outcome()
        try:
            with self.context.database.transaction() as session:
                service.close_lost(
                    session, self.case_id, outcome, day, self.today,
                    decision_ref=ui.decisionEdit.text() if outcome is LostOutcome.STOPPED else "",
                )  # fmt: skip
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        self.saved_text = f"已登记{self.name}失联的处理结果：{outcome.value}"
        self.mark_saved()
        self.accept()


class IncomingDialog(GuardedDialog):
    """流入党员登记: a member of another branch living in the village (not on the roster)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_MobileIncomingDialog()
        ui.setupUi(self)
        ui.sinceEdit.setToday(today)
        ui.sinceEdit.setMaximumDate(today)
        ui.cardExpiresEdit.setToday(today)
        show_date_errors(ui.errorLabel, (ui.sinceEdit, ui.cardExpiresEdit))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(
            self.gate,
            {"name": ui.nameEdit, "home_branch": ui.homeBranchEdit,
             "home_contact": ui.homeContactEdit, "since": ui.sinceEdit, "id_number": ui.idEdit,
             "phone": ui.phoneEdit, "address": ui.addressEdit, "card_number": ui.cardEdit,
             "card_expires_on": ui.cardExpiresEdit, "note": ui.noteEdit},
        )  # fmt: skip
        _buttons(self, ui.buttonBox, "登记")
        self.mark_saved()

    def snapshot(self) -> object:
        ui = self.ui
        return tuple(
            edit.text()
            for edit in (ui.nameEdit, ui.homeBranchEdit, ui.homeContactEdit, ui.idEdit,
                         ui.phoneEdit, ui.addressEdit, ui.cardEdit, ui.noteEdit)
        )  # fmt: skip

    def save_before_closing(self) -> None:
        ui = self.ui
        if _date_missing(ui.sinceEdit, self.marks, "since", "流入时间"):
            return
        if _unreadable({"card_expires_on": (ui.cardExpiresEdit, "活动证有效期至")}, self.marks):
            return
        since = ui.sinceEdit.date()
        assert since is not None
        given = service.IncomingInput(
            ui.nameEdit.text(), ui.homeBranchEdit.text(), since, ui.idEdit.text(),
            ui.phoneEdit.text(), ui.addressEdit.text(), ui.homeContactEdit.text(),
            ui.cardEdit.text(), ui.cardExpiresEdit.date(), ui.noteEdit.text(),
        )  # fmt: skip
        try:
            with self.context.database.transaction() as session:
                service.register_incoming(session, given, self.today)
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        self.saved_text = f"已登记流入党员{given.name.strip()}（不计入本支部党员人数）"
        self.mark_saved()
        self.accept()


class PartDialog(GuardedDialog):
    """参加活动: a meeting or study here a 流入党员 took part in."""

    def __init__(
        self, context: AppContext, incoming_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.incoming_id, self.name = context, incoming_id, name
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_MobilePartDialog()
        ui.setupUi(self)
        ui.personLabel.setText(name)
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(
            self.gate, {"date": ui.dateEdit, "what": ui.whatEdit, "hours": ui.hoursEdit}
        )
        _buttons(self, ui.buttonBox, "登记")
        self.mark_saved()

    def snapshot(self) -> object:
        return self.ui.whatEdit.text(), self.ui.hoursEdit.text()

    def save_before_closing(self) -> None:
        ui = self.ui
        if _date_missing(ui.dateEdit, self.marks, "date", "日期"):
            return
        hours, problem = read_hours(ui.hoursEdit)
        if hours is None:
            self.marks.refuse("hours", problem, "学时")
            return
        day = ui.dateEdit.date()
        assert day is not None
        try:
            with self.context.database.transaction() as session:
                service.record_taking_part(
                    session, self.incoming_id, day, ui.whatEdit.text(), self.today, hours or None
                )
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        self.saved_text = f"已登记{self.name}于{format_date(day)}参加{ui.whatEdit.text().strip()}"
        self.mark_saved()
        self.accept()


def paid_text(amount: Decimal | None) -> str:
    return yuan(amount) if amount is not None else ""
