"""The member dialog: add or edit one roster row, see its history, register a movement."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import add_years, format_date
from dangwu_desktop.core.glossary import (
    EDUCATION_LEVELS,
    ETHNICITIES,
    OCCUPATIONS,
    PARTY_POSTS,
    MemberCategory,
    MembershipStatus,
    MovementKind,
    Sex,
)
from dangwu_desktop.core.idnumber import IdNumberError, normalise, parse_id_number
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.member_fields import FieldType, MemberField, editable_fields, widget_names
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import DateField, first_invalid, show_date_errors
from dangwu_desktop.ui.dialogs import ERROR_STYLE, FindingsGate, GuardedDialog
from dangwu_desktop.ui.dialogs.receipt_dialog import ReceiptDialog, receipt_text
from dangwu_desktop.ui.forms.ui_member_dialog import Ui_MemberDialog

NO_GROUP = "（未分组）"
HISTORY_COLUMNS = (
    "日期",
    "变动类型",
    "支部党员大会",  # the meeting that decided a 转正, 延长预备期 or 取消预备党员资格
    "对方党组织",
    "介绍信编号",
    "回执",  # a 转出's 介绍信 回执: 已回 (its day) / 未回
    "流向地点",
    "原因 / 说明",
    "登记时间",
)


ARRIVAL_TAB = "变动记录（由外单位转入）"
ARRIVAL_HINT = (
    "从外单位转来组织关系的党员，请勾选“由外单位转入”并填写转入日期、原所在党组织和介绍信编号。"
)
NEW_MEMBER_MOBILE = "否（外出流动的，保存后在“变动记录”中登记）"


class MemberDialog(GuardedDialog):
    def __init__(
        self, context: AppContext, member_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.member_id = member_id
        self.saved_member_id: int | None = None
        self.read_version: int | None = None  # the row as it was read: another PC may save it
        self.changed = False  # something was written, even if the dialog is then cancelled
        self._auto_filled_from_id = False
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self._widgets = field_widgets(self)  # by field key, as the rules' findings name them
        self.gate = FindingsGate(self.ui.findingsLabel, self.save_button)
        self._fill_choices()
        self._connect()
        if member_id is None:
            self.setWindowTitle("新增党员")
            self.ui.addMovementButton.setEnabled(False)
            self.ui.addMovementButton.setToolTip("请先保存党员信息，再登记变动")
            # A new member is entered 在册 and not 流动; movements change that once saved.
            self.ui.statusValue.setText(MembershipStatus.ACTIVE.value)
            self.ui.mobileValue.setText(NEW_MEMBER_MOBILE)
            self.ui.receiptButton.setVisible(False)
            self.ui.historyHint.setText(ARRIVAL_HINT)
            # A new member has no history yet: the tab is where a 转入 from elsewhere is entered.
            tabs = self.ui.tabs
            tabs.setTabText(tabs.indexOf(self.ui.historyTab), ARRIVAL_TAB)
        else:
            self.ui.transferInBox.setVisible(False)
            self._load(member_id)
        self.mark_saved()
        self.ui.nameEdit.setFocus()

    @property
    def save_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def _fill_choices(self) -> None:
        ui, today = self.ui, self.context.today()
        ui.sexCombo.addItems(["", *(s.value for s in Sex)])
        ui.ethnicityCombo.addItems(list(ETHNICITIES))
        ui.educationCombo.addItems(["", *EDUCATION_LEVELS])
        ui.occupationCombo.addItems(["", *OCCUPATIONS])
        ui.partyPostCombo.addItems(list(PARTY_POSTS))
        ui.categoryCombo.addItems([c.value for c in MemberCategory])
        with self.context.database.read() as session:
            groups = [g.name for g in branch_service.list_groups(session)]
        ui.groupNameCombo.addItems([NO_GROUP, *groups])
        for field in self._date_fields():
            field.setToday(today)
        show_date_errors(ui.findingsLabel, self._date_fields())
        ui.historyTable.setColumnCount(len(HISTORY_COLUMNS))
        ui.historyTable.setHorizontalHeaderLabels(list(HISTORY_COLUMNS))
        ui.historyTable.horizontalHeader().setStretchLastSection(True)
        ui.historyTable.verticalHeader().setVisible(False)
        ui.transferInDateEdit.setToday(today)
        ui.transferInDateEdit.setMaximumDate(today)
        ui.receiptButton.setEnabled(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")

    def _connect(self) -> None:
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.idNumberEdit.textChanged.connect(self._id_number_changed)
        self.ui.addMovementButton.clicked.connect(self._add_movement)
        self.ui.receiptButton.clicked.connect(self._record_receipt)
        self.ui.historyTable.itemSelectionChanged.connect(self._history_selected)
        self.ui.birthDateEdit.textEdited.connect(self._birth_date_typed)
        self.ui.joinDateEdit.dateChanged.connect(self._join_date_changed)
        for edit in (self.ui.nameEdit, self.ui.idNumberEdit, self.ui.phoneEdit):
            edit.textChanged.connect(self.gate.reset)
        self.gate.watch(self._field_widgets())

    def snapshot(self) -> object:
        ui = self.ui
        arrival = (ui.transferInBox.isChecked(), ui.transferInOrgEdit.text(),
                   ui.transferInLetterEdit.text())  # fmt: skip
        return self.data(), arrival

    def _load(self, member_id: int) -> None:
        with self.context.database.read() as session:
            member = member_service.get_member(session, member_id)
            data, self.read_version = member_service.member_data(member), member.version
        self.setWindowTitle(f"党员信息 — {data.name}")
        self.set_data(data)
        self._load_history()

    def _load_history(self) -> None:
        """Status, 流动 and the movements: what a registered movement changes."""
        assert self.member_id is not None
        with self.context.database.read() as session:
            member = member_service.get_member(session, self.member_id)
            mobile = "否"
            if member.is_mobile:
                org = f"（{member.mobile_org}）" if member.mobile_org else ""
                mobile = f"是，{format_date(member.mobile_since)}起在{member.mobile_place}{org}"
            history = [
                (
                    format_date(m.date),
                    m.kind.value + (f"（{m.extension_months}个月）" if m.extension_months else ""),
                    format_date(m.decision_date),
                    m.other_org,
                    m.letter_number,
                    receipt_text(m.receipt_date) if m.kind is MovementKind.TRANSFER_OUT else "",
                    m.place,
                    m.reason,
                    m.recorded_at.strftime("%Y-%m-%d %H:%M") if m.recorded_at else "",
                )
                for m in member.movements
            ]
            self._history = [
                (
                    m.id,
                    m.kind,
                    m.receipt_date,
                    f"{member.name}于{format_date(m.date)}转往{m.other_org}",
                )
                for m in member.movements
            ]
            status, category, full_date = member.status, member.category, member.full_member_date
        self.ui.statusValue.setText(status.value)
        self.ui.mobileValue.setText(mobile)
        # 转正 is registered as a movement and sets these two fields.
        self.ui.categoryCombo.setCurrentText(category.value)
        self.ui.fullMemberDateEdit.setDate(full_date)
        table = self.ui.historyTable
        table.setRowCount(len(history))
        for row, values in enumerate(history):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def _selected_movement(self) -> tuple[int, MovementKind, date | None, str] | None:
        row = self.ui.historyTable.currentRow()
        rows = getattr(self, "_history", [])
        return rows[row] if 0 <= row < len(rows) else None

    def _history_selected(self) -> None:
        chosen = self._selected_movement()
        self.ui.receiptButton.setEnabled(
            chosen is not None and chosen[1] is MovementKind.TRANSFER_OUT
        )

    def _record_receipt(self) -> None:
        chosen = self._selected_movement()
        if chosen is None or chosen[1] is not MovementKind.TRANSFER_OUT:
            return
        movement_id, _kind, receipt, about = chosen
        if ReceiptDialog(self.context, movement_id, about, receipt, self).exec():
            self.changed = True
            untyped = not self.has_unsaved_changes()
            self._load_history()
            if untyped:
                self.mark_saved()

    def arrival(self) -> Movement | None:
        """The 转入 of a new member from another branch, when 由外单位转入 is ticked."""
        ui = self.ui
        if self.member_id is not None or not ui.transferInBox.isChecked():
            return None
        day = ui.transferInDateEdit.date()
        if day is None:
            return None
        return Movement(
            MovementKind.TRANSFER_IN, day, "由外单位转入", ui.transferInOrgEdit.text(),
            ui.transferInLetterEdit.text(),
        )  # fmt: skip

    def set_data(self, data: MemberData) -> None:
        for member_field in editable_fields():
            _put(self._widgets[member_field.key], _text_of(member_field, data))
        self._auto_filled_from_id = False

    def data(self) -> MemberData:
        values = {f.key: _value_of(f, _take(self._widgets[f.key])) for f in editable_fields()}
        return MemberData(**values)

    # The ID number fills birth date and sex as it is typed

    def _id_number_changed(self, text: str) -> None:
        number = normalise(text)
        hint = self.ui.idHintLabel
        if len(number) not in (15, 18):
            hint.setText("")
            return
        try:
            parsed = parse_id_number(number)
        except IdNumberError as exc:
            hint.setStyleSheet(ERROR_STYLE)
            hint.setText(str(exc))
            return
        birth_empty = not self.ui.birthDateEdit.text().strip()
        if birth_empty or self._auto_filled_from_id:
            self.ui.birthDateEdit.setDate(parsed.birth_date)
            self.ui.sexCombo.setCurrentText(parsed.sex.value)
            self._auto_filled_from_id = True
        hint.setStyleSheet("color:#15803d")
        converted = "（15位旧号码，保存时转换为18位）" if parsed.converted_from_15 else ""
        hint.setText(
            f"身份号码有效：出生日期 {format_date(parsed.birth_date)}，{parsed.sex.value}{converted}"
        )

    def _birth_date_typed(self) -> None:
        self._auto_filled_from_id = False  # a typed birth date is the user's, not the ID's

    def _join_date_changed(self, joined: date | None) -> None:
        # 转正 is due a year after 入党 (预备期一年): open the calendar there.
        self.ui.fullMemberDateEdit.setSuggestedDate(add_years(joined, 1) if joined else None)

    def _date_fields(self) -> tuple[DateField, ...]:
        return (
            self.ui.birthDateEdit, self.ui.joinDateEdit, self.ui.fullMemberDateEdit,
            self.ui.transferInDateEdit,
        )  # fmt: skip

    # Saving

    def save(self) -> None:
        unreadable = first_invalid(self._date_fields())
        if unreadable is not None:
            self.gate.show_error(f"无法保存。{unreadable.error()}")
            self._focus_widget(unreadable)
            return
        data = self.data()
        today = self.context.today()
        arrival = self.arrival()
        if self.ui.transferInBox.isChecked() and self.member_id is None and arrival is None:
            self.gate.show_error("无法保存。由外单位转入须填写转入日期")
            self.ui.tabs.setCurrentWidget(self.ui.historyTab)
            self.ui.transferInDateEdit.setFocus()
            return
        with self.context.database.read() as session:
            check = member_service.check_member_record(session, data, today, self.member_id)
        if not self.gate.allows(check.findings):
            if check.errors:
                self._focus(check.errors[0].attribute)
            return
        try:
            with self.context.database.transaction() as session:
                if self.member_id is None:
                    member = member_service.add_member(session, data, today, arrival)
                else:
                    member = member_service.update_member(
                        session, self.member_id, data, today, read_version=self.read_version
                    )
                self.saved_member_id = member.id
        except RecordInvalid as exc:
            self.gate.show(exc.findings, ())
            return
        except ServiceError as exc:
            self.gate.show_error(str(exc))
            return
        self.changed = True
        self.accept()

    def _focus(self, attribute: str) -> None:
        widget = self._widget_for(attribute)
        if widget is not None:
            self._focus_widget(widget)

    def _focus_widget(self, widget: QWidget) -> None:
        tab = self.ui.partyTab if self.ui.partyTab.isAncestorOf(widget) else self.ui.basicTab
        self.ui.tabs.setCurrentWidget(tab)
        widget.setFocus()

    def _widget_for(self, attribute: str) -> QWidget | None:
        return self._widgets.get(attribute)

    def _field_widgets(self) -> dict[str, QWidget]:
        return self._widgets

    def _add_movement(self) -> None:
        from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog

        assert self.member_id is not None
        dialog = MovementDialog(self.context, self.member_id, self)
        if dialog.exec():
            self.changed = True
            untyped = not self.has_unsaved_changes()
            self._load_history()  # the rest of the form may hold edits not yet saved
            if untyped:  # a 转正 just registered is saved, not typed
                self.mark_saved()
            self.ui.tabs.setCurrentWidget(self.ui.historyTab)


def field_widgets(dialog: QWidget) -> dict[str, QWidget]:
    """Each editable member field's widget, found by its name (core.member_fields.widget_names)."""
    found: dict[str, QWidget] = {}
    for member_field in editable_fields():
        names = widget_names(member_field.key)
        widget = next((w for n in names if (w := dialog.findChild(QWidget, n)) is not None), None)
        if widget is None:
            raise LookupError(f"forms/member_dialog.ui has no widget named {' or '.join(names)}")
        found[member_field.key] = widget
    return found


def _text_of(member_field: MemberField, data: MemberData) -> object:
    """What a field's widget shows of `data`: a date as a date, a choice as its word."""
    value = getattr(data, member_field.key)
    if member_field.key == "group_name":
        return value or NO_GROUP
    if member_field.type is FieldType.CHOICE:
        return value.value if value else ""
    return value


def _value_of(member_field: MemberField, shown: Any) -> Any:
    """The field's value from what its widget holds (the reverse of _text_of)."""
    if member_field.key == "group_name":
        return "" if shown == NO_GROUP else shown
    if member_field.type is FieldType.CHOICE and member_field.choices is not None:
        return member_field.choices(shown) if shown else None
    return shown


def _put(widget: QWidget, value: object) -> None:
    if isinstance(widget, DateField):
        widget.setDate(value if isinstance(value, date) else None)
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    else:
        raise TypeError(f"a member field cannot be shown in a {type(widget).__name__}")


def _take(widget: QWidget) -> object:
    if isinstance(widget, DateField):
        return widget.date()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    raise TypeError(f"a member field cannot be read from a {type(widget).__name__}")
