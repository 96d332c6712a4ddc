"""The 党费 dialogs: 核定标准, 登记党费, 整月登记, 特殊党费, 上缴, the 欠缴名单 and one month's
payments. Each saves through the 党费 service; refusals come back with their rule and are shown
beside the fields they name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.money import ZERO, MoneyError, parse_money, yuan
from dangwu_desktop.core.rulebook import Finding, Rule, Severity
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ledgers.dues import book, rules, service
from dangwu_desktop.ledgers.dues.rules import DuesCategory, Month, StandardInput
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import DateField, show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    WARNING_STYLE,
    FindingsGate,
    GuardedDialog,
    message_html,
    show_refusal,
)
from dangwu_desktop.ui.forms.ui_dues_arrears_dialog import Ui_DuesArrearsDialog
from dangwu_desktop.ui.forms.ui_dues_cell_dialog import Ui_DuesCellDialog
from dangwu_desktop.ui.forms.ui_dues_month_dialog import Ui_DuesMonthDialog
from dangwu_desktop.ui.forms.ui_dues_payment_dialog import Ui_DuesPaymentDialog
from dangwu_desktop.ui.forms.ui_dues_remittance_dialog import Ui_DuesRemittanceDialog
from dangwu_desktop.ui.forms.ui_dues_special_dialog import Ui_DuesSpecialDialog
from dangwu_desktop.ui.forms.ui_dues_standard_dialog import Ui_DuesStandardDialog

ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_STYLE = "color:#475569"
FIELD_ERROR_STYLE = "border: 1px solid #b91c1c; background: #fef2f2; color: #1f2937;"
BEHIND = QColor("#b91c1c")
NOTICE = QColor("#b45309")

CATEGORY_RULES: dict[DuesCategory, Rule] = {
    DuesCategory.EMPLOYED: rules.WAGE_BANDS_RULE,
    DuesCategory.RETIRED: rules.PENSION_BANDS_RULE,
    DuesCategory.SELF_EMPLOYED: rules.SELF_EMPLOYED_RULE,
    DuesCategory.VILLAGE_CADRE: rules.LOCAL_BASE_RULE,
    DuesCategory.MIGRANT: rules.LOCAL_BASE_RULE,
    DuesCategory.FARMER: rules.FARMER_RULE,
    DuesCategory.LOW_INCOME: rules.LOW_INCOME_RULE,
    DuesCategory.REDUCED: rules.RELIEF_RULE,
}
# What a batch of members can be given at once: the categories without a base of their own.
BATCH_CATEGORIES = (DuesCategory.FARMER, DuesCategory.LOW_INCOME)


def months_between(first: Month, last: Month) -> list[Month]:
    return [Month.from_ordinal(i) for i in range(first.ordinal, last.ordinal + 1)]


def fill_months(combo: QComboBox, months: Sequence[Month], chosen: Month) -> None:
    for month in months:
        combo.addItem(month.label, month.ordinal)
    combo.setCurrentIndex(max(combo.findText(chosen.label), 0))


def chosen_month(combo: QComboBox) -> Month | None:
    """The month an item stands for (kept as its ordinal: Qt would turn a tuple into a list)."""
    value = combo.currentData()
    return Month.from_ordinal(int(value)) if value is not None else None


def read_money(edit: QLineEdit) -> tuple[Decimal | None, str]:
    """The amount typed, or None and why not (blank is None without a message)."""
    if not edit.text().strip():
        return None, ""
    try:
        return parse_money(edit.text()), ""
    except MoneyError as exc:
        return None, str(exc)


class MemberChooser:
    """An editable combo of the members 在册 that completes on any part of a name."""

    def __init__(self, combo: QComboBox, members: Sequence[member_service.MemberSummary]) -> None:
        self.combo = combo
        self.members = {m.member_id: m for m in members}
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for member in members:
            group = f"（{member.group_name}）" if member.group_name else ""
            combo.addItem(f"{member.name}{group}", member.member_id)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setCurrentIndex(-1)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("输入姓名中的字查找")

    def choose(self, member_id: int | None) -> None:
        self.combo.setCurrentIndex(self.combo.findData(member_id) if member_id else -1)

    def member_id(self) -> int | None:
        """The member named in the box: an entry's text, or a name only one member has."""
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.findText(text)
        if index >= 0:
            return int(self.combo.itemData(index))
        named = [m.member_id for m in self.members.values() if m.name == text]
        return named[0] if len(named) == 1 else None


class FieldMarks:
    """Refusals shown field by field: the findings listed under the form (FindingsGate), and
    each field they name outlined in red until it is edited."""

    def __init__(self, gate: FindingsGate, fields: Mapping[str, QWidget]) -> None:
        self.gate, self.fields = gate, fields
        gate.watch(fields)
        for widget in fields.values():
            if isinstance(widget, QComboBox):
                widget.editTextChanged.connect(lambda *_, w=widget: w.setStyleSheet(""))
            elif isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda *_, w=widget: w.setStyleSheet(""))

    def show(self, findings: Sequence[Finding]) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
        first: QWidget | None = None
        for finding in findings:
            named = self.fields.get(finding.attribute)
            if named is not None:
                named.setStyleSheet(FIELD_ERROR_STYLE)
                first = first or named
        self.gate.allows(findings)
        if first is not None:
            first.setFocus()

    def refuse(self, attribute: str, message: str, label: str) -> None:
        self.show([Finding(attribute, message, Severity.ERROR, label=label)])

    def show_refusal(self, exc: ServiceError) -> None:
        if isinstance(exc, RecordInvalid):
            self.show(exc.findings)
        else:
            self.gate.show_error(str(exc))


def _date_missing(field: DateField, marks: FieldMarks, attribute: str, label: str) -> bool:
    if field.date() is None:
        marks.refuse(attribute, field.error() or "请填写日期", label)
        return True
    return False


def _member_day_amount(
    chooser: MemberChooser, day: DateField, amount_edit: QLineEdit, marks: FieldMarks
) -> tuple[int, date, Decimal] | None:
    """The member, day and amount of a payment form, or None after marking what is missing."""
    member_id = chooser.member_id()
    if member_id is None:
        marks.refuse("member", "请从名单中选择党员", "党员")
        return None
    if _date_missing(day, marks, "paid_on", "交纳日期"):
        return None
    paid_on = day.date()
    assert paid_on is not None
    amount, problem = read_money(amount_edit)
    if amount is None:
        marks.refuse("amount", problem or "请填写金额", "金额")
        return None
    return member_id, paid_on, amount


class StandardDialog(GuardedDialog):
    """核定标准: a member's category and base, the monthly amount worked out live; a 减免 with its
    decision. With several members chosen, the same standard for each (农民 for a whole group)."""

    def __init__(
        self,
        context: AppContext,
        member_ids: Sequence[int],
        effective: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_DuesStandardDialog()
        ui.setupUi(self)
        today = context.today()
        with context.database.read() as session:
            members = member_service.active_members(session, by_group=True)
            self.farmer = service.farmer_amount(session)
            current = (
                service.standard_in_force(session, member_ids[0], effective)
                if len(member_ids) == 1
                else None
            )
        self.chooser = MemberChooser(ui.memberCombo, members)
        self.batch = [m for m in members if m.member_id in set(member_ids)]
        batch = len(member_ids) > 1
        categories = BATCH_CATEGORIES if batch else tuple(DuesCategory)
        for category in categories:
            ui.categoryCombo.addItem(category.value, category.value)
        if batch:
            ui.memberLabel.hide()
            ui.memberCombo.hide()
            names = "、".join(m.name for m in self.batch)
            ui.membersLabel.setText(f"为所选{len(self.batch)}名党员核定同一标准：{names}")
        else:
            ui.membersLabel.hide()
            self.chooser.choose(member_ids[0] if member_ids else None)
        fill_months(ui.monthCombo, months_between(Month(today.year - 1, 1), Month(today.year + 1, 12)), effective)  # fmt: skip
        ui.decidedEdit.setToday(today)
        ui.decidedEdit.setMaximumDate(today)
        show_date_errors(ui.errorLabel, (ui.decidedEdit,))
        if current is not None:
            ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(current.category.value))
            ui.baseEdit.setText(yuan(current.base) if current.base is not None else "")
            ui.amountEdit.setText(
                yuan(current.fixed_amount) if current.fixed_amount is not None else ""
            )
            ui.decidedEdit.setDate(current.decided_on)
            ui.approvalEdit.setText(current.approval_ref)
            ui.noteEdit.setText(current.note)
        elif not batch:
            ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(DuesCategory.FARMER.value))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))  # fmt: skip
        self.marks = FieldMarks(
            self.gate,
            {"member": ui.memberCombo, "base": ui.baseEdit, "fixed_amount": ui.amountEdit,
             "decided_on": ui.decidedEdit, "approval_ref": ui.approvalEdit,
             "effective_from": ui.monthCombo, "note": ui.noteEdit},
        )  # fmt: skip
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.categoryCombo.currentIndexChanged.connect(self._category_changed)
        ui.baseEdit.textChanged.connect(self._update_summary)
        ui.amountEdit.textChanged.connect(self._update_summary)
        self._category_changed()
        self.mark_saved()

    def category(self) -> DuesCategory:
        return DuesCategory(self.ui.categoryCombo.currentData())

    def _category_changed(self) -> None:
        ui, category = self.ui, self.category()
        base = rules.needs_base(category)
        ui.baseLabel.setVisible(base)
        ui.baseEdit.setVisible(base)
        if base:
            ui.baseLabel.setText(rules.BASE_LABELS[category])
        relief = category is DuesCategory.REDUCED
        for widget in (ui.amountLabel, ui.amountEdit, ui.decidedLabel, ui.decidedEdit,
                       ui.approvalLabel, ui.approvalEdit):  # fmt: skip
            widget.setVisible(relief)
        rule = CATEGORY_RULES[category]
        ui.ruleLabel.setText(message_html([rule.wording], NOTE_STYLE))
        ui.ruleLabel.setToolTip(rule.citation)
        self._update_summary()

    def monthly(self) -> Decimal | None:
        """The monthly amount the form gives, or None while it is incomplete."""
        category = self.category()
        base, _ = read_money(self.ui.baseEdit)
        fixed, _ = read_money(self.ui.amountEdit)
        if rules.needs_base(category) and (base is None or base <= 0):
            return None
        if category is DuesCategory.REDUCED and fixed is None:
            return None
        return rules.monthly_amount(category, base, self.farmer, fixed)

    def _update_summary(self) -> None:
        category, amount = self.category(), self.monthly()
        if amount is None:
            ask = (
                f"请填写{rules.BASE_LABELS[category]}"
                if rules.needs_base(category)
                else "请填写减免后的每月金额（免交填0）"
            )
            self.ui.summaryLabel.setText(f"<b>{ask}</b>")
            return
        base, _ = read_money(self.ui.baseEdit)
        text = rules.standard_summary(
            category, base if rules.needs_base(category) else None, amount
        )
        self.ui.summaryLabel.setText(f"<b>{text}</b>")

    def given(self) -> StandardInput | None:
        ui, category = self.ui, self.category()
        month = chosen_month(ui.monthCombo)
        assert month is not None
        base = fixed = None
        if rules.needs_base(category):
            base, problem = read_money(ui.baseEdit)
            if problem:
                self.marks.refuse("base", problem, rules.BASE_LABELS[category])
                return None
        if category is DuesCategory.REDUCED:
            fixed, problem = read_money(ui.amountEdit)
            if problem:
                self.marks.refuse("fixed_amount", problem, "减免后每月金额")
                return None
            if ui.decidedEdit.text().strip() and ui.decidedEdit.date() is None:
                self.marks.refuse("decided_on", ui.decidedEdit.error(), "支部研究日期")
                return None
        return StandardInput(
            category, month.first_day, base, fixed,
            ui.decidedEdit.date() if category is DuesCategory.REDUCED else None,
            ui.approvalEdit.text() if category is DuesCategory.REDUCED else "",
            ui.noteEdit.text(),
        )  # fmt: skip

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.memberCombo.currentText(), ui.categoryCombo.currentData(), ui.baseEdit.text(),
            ui.amountEdit.text(), ui.approvalEdit.text(), ui.monthCombo.currentIndex(),
            ui.noteEdit.text(),
        )  # fmt: skip

    def save(self) -> None:
        if self.batch and len(self.batch) > 1:
            targets = [(m.member_id, m.name) for m in self.batch]
        else:
            member_id = self.chooser.member_id()
            if member_id is None:
                self.marks.refuse("member", "请从名单中选择党员", "党员")
                return
            targets = [(member_id, self.chooser.members[member_id].name)]
        given = self.given()
        if given is None:
            return
        today = self.context.today()
        try:
            with self.context.database.transaction() as session:
                for member_id, name in targets:
                    try:
                        service.set_standard(session, member_id, given, today)
                    except RecordInvalid as exc:
                        if len(targets) == 1:
                            raise
                        raise RecordInvalid(
                            [replace(f, reason=f"{name}：{f.reason}") for f in exc.findings]
                        ) from None
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        self.saved_text = f"已为{'、'.join(n for _, n in targets)}核定党费标准"
        self.mark_saved()
        self.accept()


class PaymentDialog(GuardedDialog):
    """登记党费: one payment by one member, shown before saving as the months it will cover."""

    def __init__(
        self,
        context: AppContext,
        member_id: int | None = None,
        first_month: Month | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_DuesPaymentDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        with context.database.read() as session:
            members = member_service.active_members(session, by_group=True)
        self.chooser = MemberChooser(ui.memberCombo, members)
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        ui.firstMonthCombo.addItem("最早未交清的月份", None)
        for month in months_between(Month(today.year - 2, 1), Month(today.year + 1, 12)):
            ui.firstMonthCombo.addItem(month.label, month.ordinal)
        if first_month is not None:
            ui.firstMonthCombo.setCurrentIndex(ui.firstMonthCombo.findText(first_month.label))
        ui.methodCombo.addItems(list(service.METHODS))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))  # fmt: skip
        self.marks = FieldMarks(
            self.gate,
            {"member": ui.memberCombo, "paid_on": ui.dateEdit, "amount": ui.amountEdit,
             "first_month": ui.firstMonthCombo, "receipt_no": ui.receiptEdit,
             "paid_by": ui.paidByEdit, "paid_at_org": ui.orgEdit, "note": ui.noteEdit},
        )  # fmt: skip
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.memberCombo.currentIndexChanged.connect(self._member_changed)
        ui.memberCombo.editTextChanged.connect(self._update_plan)
        ui.amountEdit.textChanged.connect(self._update_plan)
        ui.dateEdit.dateChanged.connect(self._update_plan)
        ui.firstMonthCombo.currentIndexChanged.connect(self._update_plan)
        self.chooser.choose(member_id)
        self._member_changed()
        self.mark_saved()

    def _member_changed(self) -> None:
        member_id = self.chooser.member_id()
        member = self.chooser.members.get(member_id) if member_id else None
        mobile = bool(member and member.is_mobile)
        self.ui.orgEdit.setEnabled(mobile)
        self.ui.orgEdit.setToolTip(
            f"{member.name}是流动党员（{member.mobile_place}），在流入地党组织交纳时填写该组织"
            if member and mobile
            else "只有流动党员可以向流入地党组织交纳党费"
        )
        self._update_plan()

    def _update_plan(self) -> None:
        """Which months the payment would cover, as it stands (nothing is written)."""
        ui = self.ui
        member_id, paid_on = self.chooser.member_id(), ui.dateEdit.date()
        amount, problem = read_money(ui.amountEdit)
        if member_id is None or paid_on is None:
            ui.planLabel.setText(message_html(["选择党员、填写日期和金额后，这里显示所交的月份"], NOTE_STYLE))  # fmt: skip
            return
        first = chosen_month(ui.firstMonthCombo)
        with self.context.database.read() as session:
            row = service.standard_in_force(session, member_id, Month.of(paid_on))
            plan = service.plan_payment(session, member_id, paid_on, amount or ZERO, first)
            monthly = (
                rules.monthly_amount(row.category, row.base, service.farmer_amount(session), row.fixed_amount)
                if row is not None
                else None
            )  # fmt: skip
        lines = [f"每月应交{yuan(monthly)}元" if monthly is not None else "还没有核定党费标准"]
        if ui.firstMonthCombo.currentIndex() == 0:
            ui.firstMonthCombo.setItemText(0, f"最早未交清的月份（{plan.first.label}）")
        style = NOTE_STYLE
        if problem:
            lines.append(problem)
            style = ERROR_STYLE
        elif not plan.owes:
            lines.append(f"{plan.first.label}起的党费已交清")
        elif amount:
            last_month, last_share = plan.shares[-1]
            lines.append(f"将记入{plan.text}，共{len(plan.shares)}个月")
            if monthly is not None and last_share < monthly and plan.extra == 0:
                lines.append(f"{last_month.label}只交了{yuan(last_share)}元（少交）")
            late = rules.back_pay_months(paid_on, plan.months)
            if late:
                lines.append(f"其中{book.months_text(late)}是补交超过6个月的党费，保存后会提示")
                style = WARNING_STYLE
        ui.planLabel.setText(message_html(lines, style))

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.memberCombo.currentText(), ui.amountEdit.text(), ui.firstMonthCombo.currentIndex(),
            ui.receiptEdit.text(), ui.paidByEdit.text(), ui.methodCombo.currentIndex(),
            ui.orgEdit.text(), ui.noteEdit.text(),
        )  # fmt: skip

    def save(self) -> None:
        ui = self.ui
        read = _member_day_amount(self.chooser, ui.dateEdit, ui.amountEdit, self.marks)
        if read is None:
            return
        member_id, paid_on, amount = read
        given = service.PaymentInput(
            member_id, paid_on, amount, chosen_month(ui.firstMonthCombo), ui.receiptEdit.text(),
            ui.paidByEdit.text(), ui.methodCombo.currentText(),
            ui.orgEdit.text() if ui.orgEdit.isEnabled() else "", ui.noteEdit.text(),
        )  # fmt: skip
        try:
            with self.context.database.transaction() as session:
                result = service.record_payment(session, given, self.today)
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        name = self.chooser.members[member_id].name
        self.saved_text = (
            f"已登记{name}交纳的党费{yuan(amount)}元，记入{book.months_text(result.months)}"
        )
        self.mark_saved()
        if result.warnings:
            QMessageBox.information(self, "已登记，请注意", "\n".join(result.warnings))
        self.accept()


class MonthDialog(GuardedDialog):
    """整月登记: everyone who still owes the month, checked; uncheck who did not pay; Enter."""

    def __init__(self, context: AppContext, month: Month, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_DuesMonthDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.outcome: service.MonthCollection | None = None
        current = Month.of(today)
        fill_months(ui.monthCombo, months_between(Month(today.year - 1, 1), current), min(month, current))  # fmt: skip
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        ui.methodCombo.addItems(list(service.METHODS))
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("全部登记")
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.monthCombo.currentIndexChanged.connect(self._load)
        ui.membersList.itemChanged.connect(self._update_total)
        self._load()

    def month(self) -> Month:
        month = chosen_month(self.ui.monthCombo)
        assert month is not None
        return month

    def _load(self) -> None:
        ui = self.ui
        with self.context.database.read() as session:
            owing, self.unset = service.month_owing(session, self.month())
        self.owed = {member.member_id: member.owed for member in owing}
        ui.membersList.blockSignals(True)
        ui.membersList.clear()
        for member in owing:
            group = f"　{member.group_name}" if member.group_name else ""
            why = (
                f"　（已欠交{member.behind}个月）" if member.behind
                else "　（在流入地交纳）" if member.elsewhere else ""
            )  # fmt: skip
            item = QListWidgetItem(f"{member.name}{group}　{yuan(member.owed)}元{why}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = Qt.CheckState.Checked if member.usually_paid else Qt.CheckState.Unchecked
            item.setCheckState(ticked)
            item.setData(ID_ROLE, member.member_id)
            ui.membersList.addItem(item)
        ui.membersList.blockSignals(False)
        if owing:
            ui.membersList.setCurrentRow(0)
        ui.membersList.setFocus()
        self._update_total()
        self.mark_saved()

    def items(self) -> list[QListWidgetItem]:
        return [self.ui.membersList.item(i) for i in range(self.ui.membersList.count())]

    def unchecked_ids(self) -> list[int]:
        return [
            int(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() != Qt.CheckState.Checked
        ]

    def _update_total(self) -> None:
        checked = [i for i in self.items() if i.checkState() == Qt.CheckState.Checked]
        total = sum((self.owed[int(i.data(ID_ROLE))] for i in checked), ZERO)
        left = len(self.items()) - len(checked)
        lines = [
            f"<b>将登记{len(checked)}人，共{yuan(total)}元</b>"
            + (f"；不登记{left}人" if left else "")
        ]
        if not self.items():
            lines = [f"<b>{self.month().label}的党费都已交清，没有要登记的</b>"]
        if self.unset:
            lines.append(f"未核定标准、不在此登记：{'、'.join(self.unset)}")
        self.ui.totalLabel.setText("<br>".join(lines))

    def snapshot(self) -> object:
        return (self.ui.monthCombo.currentIndex(), tuple(self.unchecked_ids()))

    def save(self) -> None:
        ui = self.ui
        paid_on = ui.dateEdit.date()
        if paid_on is None:
            ui.errorLabel.setText(message_html([f"无法登记。{ui.dateEdit.error()}"], ERROR_STYLE))
            ui.dateEdit.setFocus()
            return
        if not self.items():
            ui.errorLabel.setText(message_html(["没有要登记的党员"], ERROR_STYLE))
            return
        try:
            with self.context.database.transaction() as session:
                self.outcome = service.collect_month(
                    session, self.month(), paid_on, self.today,
                    except_ids=self.unchecked_ids(), method=ui.methodCombo.currentText(),
                )  # fmt: skip
        except ServiceError as exc:
            show_refusal(ui.errorLabel, exc)
            return
        self.mark_saved()
        self.accept()

    @property
    def saved_text(self) -> str:
        done = self.outcome
        if done is None:
            return ""
        skipped = f"；未登记：{'、'.join(done.skipped)}" if done.skipped else ""
        return f"已登记{done.month.label}党费：{len(done.paid)}人，共{yuan(done.total)}元{skipped}"


class SpecialDialog(GuardedDialog):
    """特殊党费: a voluntary payment for a purpose, kept apart from the monthly dues."""

    def __init__(
        self, context: AppContext, member_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_DuesSpecialDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        with context.database.read() as session:
            members = member_service.active_members(session, by_group=True)
        self.chooser = MemberChooser(ui.memberCombo, members)
        self.chooser.choose(member_id)
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        ui.ruleLabel.setText(message_html([rules.SPECIAL_RULE.wording], NOTE_STYLE))
        ui.ruleLabel.setToolTip(rules.SPECIAL_RULE.citation)
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))  # fmt: skip
        self.marks = FieldMarks(
            self.gate,
            {"member": ui.memberCombo, "paid_on": ui.dateEdit, "amount": ui.amountEdit,
             "purpose": ui.purposeEdit, "receipt_no": ui.receiptEdit, "note": ui.noteEdit},
        )  # fmt: skip
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.mark_saved()

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.memberCombo.currentText(), ui.amountEdit.text(), ui.purposeEdit.text(),
            ui.receiptEdit.text(), ui.noteEdit.text(),
        )  # fmt: skip

    def save(self) -> None:
        ui = self.ui
        read = _member_day_amount(self.chooser, ui.dateEdit, ui.amountEdit, self.marks)
        if read is None:
            return
        member_id, paid_on, amount = read
        given = service.SpecialInput(
            member_id, paid_on, amount, ui.purposeEdit.text(), ui.receiptEdit.text(),
            ui.noteEdit.text(),
        )  # fmt: skip
        try:
            with self.context.database.transaction() as session:
                service.record_special(session, given, self.today)
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        name = self.chooser.members[member_id].name
        self.saved_text = f"已登记{name}的特殊党费{yuan(amount)}元（{given.purpose.strip()}）"
        self.mark_saved()
        self.accept()


class RemittanceDialog(GuardedDialog):
    """上缴: dues handed up to the township, beside what was collected and not yet handed up."""

    def __init__(self, context: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_DuesRemittanceDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        with context.database.read() as session:
            figures = book.summary(
                session, date(year, 1, 1), date(year, 12, 31), today, f"{year}年"
            )
        special = f"（另有特殊党费{yuan(figures.special)}元）" if figures.special else ""
        ui.balanceLabel.setText(
            f"{year}年收缴党费{yuan(figures.collected)}元{special}，已上缴{yuan(figures.remitted)}元，"
            f"<b>未上缴{yuan(figures.not_remitted)}元</b>"
        )
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        months = months_between(Month(year - 1, 1), Month(year, 12))
        last = min(Month.of(today), Month(year, 12))
        fill_months(ui.firstMonthCombo, months, Month(year, 1))
        fill_months(ui.lastMonthCombo, months, last)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("登记")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.mark_saved()

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.amountEdit.text(), ui.firstMonthCombo.currentIndex(),
            ui.lastMonthCombo.currentIndex(), ui.referenceEdit.text(), ui.noteEdit.text(),
        )  # fmt: skip

    def save(self) -> None:
        ui = self.ui
        remitted_on = ui.dateEdit.date()
        amount, problem = read_money(ui.amountEdit)
        problems = []
        if remitted_on is None:
            problems.append(f"上缴日期：{ui.dateEdit.error()}")
        if amount is None:
            problems.append(f"金额：{problem or '请填写上缴金额'}")
        if problems:
            ui.errorLabel.setText(message_html(problems, ERROR_STYLE))
            return
        assert remitted_on is not None and amount is not None
        first, last = chosen_month(ui.firstMonthCombo), chosen_month(ui.lastMonthCombo)
        assert first is not None and last is not None
        given = service.RemittanceInput(
            remitted_on, amount, first, last, ui.referenceEdit.text(), ui.noteEdit.text()
        )
        try:
            with self.context.database.transaction() as session:
                service.record_remittance(session, given, self.today)
        except ServiceError as exc:
            show_refusal(ui.errorLabel, exc)
            return
        self.saved_text = f"已登记上缴党费{yuan(amount)}元（{first.label}—{last.label}）"
        self.mark_saved()
        self.accept()


class ArrearsDialog(QDialog):
    """欠缴名单: who is behind today, for how many months in a row and how much."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_DuesArrearsDialog()
        ui.setupUi(self)
        today = context.today()
        with context.database.read() as session:
            self.rows = book.arrears(session, today)
        total = sum((a.amount for a in self.rows), ZERO)
        ui.headingLabel.setText(
            f"截至{format_date(today)}（算到上月），{len(self.rows)}名党员欠缴党费，共{yuan(total)}元"
            if self.rows
            else f"截至{format_date(today)}（算到上月），没有党员欠缴党费"
        )
        table = ui.arrearsTable
        header = ("姓名", "欠缴月份", "欠缴金额（元）", "连续欠缴")
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(list(header))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            run = f"{row.run}个月" + (
                "（已满6个月）" if row.run >= rules.UNPAID_MONTHS_LIMIT else ""
            )
            values = (row.name, row.months_text, yuan(row.amount), run)
            severity = rules.arrears_severity(row.run)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if severity is Severity.ERROR:
                    item.setForeground(BEHIND)
                elif severity is Severity.WARNING:
                    item.setForeground(NOTICE)
                table.setItem(index, column, item)
        table.resizeColumnToContents(0)
        ui.ruleLabel.setText(
            message_html(
                [rules.UNPAID_RULE.wording, f"依据：{rules.UNPAID_RULE.citation}"], NOTE_STYLE
            )
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.buttonBox.rejected.connect(self.reject)


class CellDialog(QDialog):
    """The payments that cover one member's month, each with the months it covers; 删除."""

    def __init__(
        self,
        context: AppContext,
        member_id: int,
        name: str,
        month: Month,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.member_id, self.month = context, member_id, month
        self.changed = False
        self.ui = ui = Ui_DuesCellDialog()
        ui.setupUi(self)
        ui.headingLabel.setText(f"{name}交纳{month.label}党费的记录：")
        header = ("交纳日期", "金额（元）", "所交月份", "收据号", "代缴人", "方式", "流入地党组织")
        table = ui.paymentsTable
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(list(header))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.buttonBox.rejected.connect(self.reject)
        self._load()

    def _load(self) -> None:
        with self.context.database.read() as session:
            lines = [
                (p.id, format_date(p.paid_on), yuan(p.amount), months, p.receipt_no or "",
                 p.paid_by, p.method, p.paid_at_org)
                for p, months in service.payment_lines(
                    session, self.member_id, self.month.year, self.month.month
                )
            ]  # fmt: skip
        table = self.ui.paymentsTable
        table.setRowCount(len(lines))
        for index, (payment_id, *values) in enumerate(lines):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, payment_id)
                table.setItem(index, column, item)
        if lines:
            table.selectRow(0)
        self.ui.deleteButton.setEnabled(bool(lines))

    def delete_selected(self) -> None:
        table = self.ui.paymentsTable
        row = table.currentRow()
        if row < 0:
            self.ui.errorLabel.setText(message_html(["请先选择一条记录"], ERROR_STYLE))
            return
        what = f"{cell(table, row, 0).text()}交纳的{cell(table, row, 1).text()}元（{cell(table, row, 2).text()}）"
        answer = QMessageBox.question(
            self, "删除党费记录", f"删除{what}这笔党费记录？它所交的月份将重新算作未交。",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.database.transaction() as session:
                service.delete_payment(session, int(cell(table, row, 0).data(ID_ROLE)))
        except ServiceError as exc:
            show_refusal(self.ui.errorLabel, exc)
            return
        self.changed = True
        self.ui.errorLabel.setText(message_html([f"已删除{what}"], NOTE_STYLE))
        self._load()


__all__ = [
    "ArrearsDialog",
    "CellDialog",
    "MonthDialog",
    "PaymentDialog",
    "RemittanceDialog",
    "SpecialDialog",
    "StandardDialog",
]
