"""The 三张清单 dialogs: an item (entered or corrected, with its completion and 佐证材料 files), a
progress note, 销号, and a 组织生活会's 查摆问题 turned into 整改 items. Each saves through the
三张清单 service in one transaction; refusals come back with their rule and are shown beside the
fields; Esc on typed work asks first (GuardedDialog)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import add_months, format_date
from dangwu_desktop.core.rulebook import Severity
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.settings import ATTACHMENT_LIMIT_MB, get_int
from dangwu_desktop.db.attachments import AttachmentError, attachments_folder, store_file
from dangwu_desktop.ledgers.lists import service
from dangwu_desktop.ledgers.lists.rules import (
    CATEGORIES,
    CLOSE_RULE,
    DUTY_RULE,
    LIFE_MEETING_MONTHS,
    LIFE_MEETING_RULE,
    CloseInput,
    EvidenceKind,
    ItemInput,
    ItemSource,
    ItemStatus,
    ListKind,
)
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import DateField, show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    FindingsGate,
    GuardedDialog,
    message_html,
    show_refusal,
)
from dangwu_desktop.ui.dialogs.dues_dialogs import NOTE_STYLE, FieldMarks, MemberChooser
from dangwu_desktop.ui.file_dialogs import ATTACHMENT_FOLDER_KEY, ask_open_files
from dangwu_desktop.ui.forms.ui_lists_close_dialog import Ui_ListsCloseDialog
from dangwu_desktop.ui.forms.ui_lists_item_dialog import Ui_ListsItemDialog
from dangwu_desktop.ui.forms.ui_lists_meeting_dialog import Ui_ListsMeetingDialog
from dangwu_desktop.ui.forms.ui_lists_progress_dialog import Ui_ListsProgressDialog

SAVE = QDialogButtonBox.StandardButton.Save
CANCEL = QDialogButtonBox.StandardButton.Cancel
FILE_ROLE = Qt.ItemDataRole.UserRole
MEETING_YEARS = 2  # how far back the meeting boxes reach
NO_MEETING = "（不关联会议记录）"
REVIEWERS = ("镇党委组织办", "镇党委", "镇纪委", "支部委员会", "支部党员大会")
# The 时限 a new item of a list starts with: a month for a problem, the year's end for a task.
FIRST_DEADLINE_MONTHS = {ListKind.PROBLEM: 1, ListKind.TASK: 3}


def _buttons(dialog: GuardedDialog, box: QDialogButtonBox, save_text: str) -> None:
    box.button(SAVE).setText(save_text)
    box.button(CANCEL).setText("取消")
    box.accepted.connect(dialog.save_before_closing)
    box.rejected.connect(dialog.reject)


def _unreadable(fields: dict[str, tuple[DateField, str]], marks: FieldMarks) -> bool:
    """A date typed that does not read as one (a blank optional date is fine)."""
    for attribute, (field, label) in fields.items():
        if field.text().strip() and field.date() is None:
            marks.refuse(attribute, field.error(), label)
            return True
    return False


def fill_meetings(combo: QComboBox, context: AppContext, chosen: int | None) -> None:
    """The meetings of the last two years, newest first, after 不关联; `chosen` shown even when
    older (it is the record's own link)."""
    today = context.today()
    with context.database.read() as session:
        choices = service.meeting_choices(session, today - timedelta(days=366 * MEETING_YEARS),
                                          today)  # fmt: skip
        if chosen is not None and all(c.activity_id != chosen for c in choices):
            linked = service.meeting_choice(session, chosen)
            if linked is not None:
                choices.append(linked)
    combo.addItem(NO_MEETING, None)
    for choice in choices:
        combo.addItem(choice.label, choice.activity_id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)


@dataclass(frozen=True, slots=True)
class FileRow:
    """A 佐证材料 file in the dialog's table: one stored with the item (its id), or one just
    copied into the attachments folder (to be recorded when the item is saved)."""

    attachment_id: int | None
    kind: str
    name: str
    size: int
    stored_name: str


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1048576 else f"{size / 1048576:.1f} MB"


class ItemDialog(GuardedDialog):
    """新增 or 修改 an item of a list: what it is, where it came from, who answers for it, by when;
    on the second tab what was done and the 佐证材料 files. A 销号 item opens read only."""

    def __init__(
        self,
        context: AppContext,
        item_id: int | None = None,
        kind: ListKind = ListKind.PROBLEM,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.item_id = context, item_id
        self.today = today = context.today()
        self.saved_id: int | None = None
        self.saved_text = ""
        self.ui = ui = Ui_ListsItemDialog()
        ui.setupUi(self)
        form: service.ItemForm | None = None
        with context.database.read() as session:
            members = member_service.active_members(session)
            if item_id is not None:
                form = service.item_form(session, item_id)
        self.kept_responsible: tuple[str, int | None] = ("", None)
        self.files: list[FileRow] = []
        self.new_files: list[service.NewEvidence] = []
        self.removed_files: list[int] = []
        for list_kind in ListKind:
            ui.listCombo.addItem(list_kind.value, list_kind.value)
        for source in ItemSource:
            ui.sourceCombo.addItem(source.value, source.value)
        for status in (ItemStatus.NOT_STARTED, ItemStatus.UNDER_WAY, ItemStatus.DONE):
            ui.statusCombo.addItem(status.value, status.value)
        for evidence in EvidenceKind:
            ui.attachmentKindCombo.addItem(evidence.value, evidence.value)
        self.responsible = MemberChooser(ui.responsibleCombo, members)
        line = ui.responsibleCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText("选择党员，或直接写村干部的姓名")
        for field in (ui.raisedEdit, ui.deadlineEdit, ui.completedEdit):
            field.setToday(today)
        ui.raisedEdit.setMaximumDate(today)
        ui.completedEdit.setMaximumDate(today)
        show_date_errors(ui.errorLabel, (ui.raisedEdit, ui.deadlineEdit, ui.completedEdit))
        table = ui.attachmentsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["类别", "文件名", "大小"])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(24)
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(
            self.gate,
            {"description": ui.descriptionEdit, "measures": ui.measuresEdit,
             "responsible": ui.responsibleCombo, "raised_on": ui.raisedEdit,
             "deadline": ui.deadlineEdit, "status": ui.statusCombo,
             "completed_on": ui.completedEdit, "result": ui.resultEdit,
             "evidence": ui.evidenceEdit, "category": ui.categoryCombo,
             "source_detail": ui.sourceDetailEdit, "meeting_id": ui.meetingCombo},
        )  # fmt: skip
        ui.buttonBox.button(SAVE).setText("保存")
        ui.buttonBox.button(CANCEL).setText("取消")
        ui.buttonBox.accepted.connect(self.save)  # a second click (仍然保存) accepts the 提示
        ui.buttonBox.rejected.connect(self.reject)
        ui.listCombo.currentIndexChanged.connect(self._list_changed)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        ui.addAttachmentButton.clicked.connect(self._add_files)
        ui.openAttachmentButton.clicked.connect(self._open_file)
        ui.removeAttachmentButton.clicked.connect(self._remove_file)
        ui.attachmentsTable.doubleClicked.connect(lambda _index: self._open_file())
        given = form.given if form is not None else None
        fill_meetings(ui.meetingCombo, context, given.meeting_id if given else None)
        if given is not None and form is not None:
            self.setWindowTitle(f"修改{given.kind.value}事项")
            self._fill(given)
            self.files = [FileRow(a.attachment_id, a.kind.value, a.original_name, a.size,
                                  a.stored_name) for a in form.attachments]  # fmt: skip
            if form.closed:
                self._read_only()
        else:
            self.setWindowTitle(f"新增{kind.value}事项")
            ui.listCombo.setCurrentIndex(ui.listCombo.findData(kind.value))
            ui.raisedEdit.setDate(today)
            self._list_changed()
            months = FIRST_DEADLINE_MONTHS.get(kind)
            ui.deadlineEdit.setDate(add_months(today, months) if months else None)
        self._fill_files()
        self._status_changed()
        self.mark_saved()
        ui.tabs.setCurrentIndex(0)
        ui.descriptionEdit.setFocus()

    def kind(self) -> ListKind:
        return ListKind(self.ui.listCombo.currentData())

    def _list_changed(self) -> None:
        """The 类型 a list's items are sorted under, and whether its 时限 may be left blank."""
        ui, kind = self.ui, self.kind()
        typed = ui.categoryCombo.currentText()
        ui.categoryCombo.clear()
        ui.categoryCombo.addItems(list(CATEGORIES[kind]))
        ui.categoryCombo.setCurrentText(typed if typed else "")
        if not typed:
            ui.categoryCombo.setCurrentIndex(-1)
        duty = kind is ListKind.DUTY
        ui.deadlineHint.setText("空着为长期" if duty else "")
        ui.deadlineHint.setToolTip(DUTY_RULE.wording if duty else "")
        if kind is ListKind.PROBLEM:
            ui.measuresEdit.setPlaceholderText("整改措施：针对问题做什么、怎么做、做到什么程度")
        elif kind is ListKind.TASK:
            ui.measuresEdit.setPlaceholderText("工作措施：分几步、怎么做")
        else:
            ui.measuresEdit.setPlaceholderText("履责措施：日常怎么履行这项责任")

    def _status_changed(self) -> None:
        done = self.ui.statusCombo.currentData() == ItemStatus.DONE.value
        self.ui.completedEdit.setEnabled(done)
        if done and self.ui.completedEdit.date() is None:
            self.ui.completedEdit.setDate(self.today)

    def _fill(self, given: ItemInput) -> None:
        ui = self.ui
        ui.listCombo.setCurrentIndex(ui.listCombo.findData(given.kind.value))
        self._list_changed()
        ui.categoryCombo.setCurrentText(given.category)
        ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(given.source.value))
        ui.sourceDetailEdit.setText(given.source_detail)
        ui.descriptionEdit.setPlainText(given.description)
        ui.measuresEdit.setPlainText(given.measures)
        if given.responsible_id is not None and given.responsible_id in self.responsible.members:
            self.responsible.choose(given.responsible_id)
        else:  # a cadre off the roster, or a member since moved out: kept as the item has them
            ui.responsibleCombo.setCurrentText(given.responsible)
            self.kept_responsible = (given.responsible, given.responsible_id)
        ui.raisedEdit.setDate(given.raised_on)
        ui.deadlineEdit.setDate(given.deadline)
        status = ItemStatus.DONE if given.status is ItemStatus.CLOSED else given.status
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(status.value))
        ui.completedEdit.setDate(given.completed_on)
        ui.resultEdit.setPlainText(given.result)
        ui.evidenceEdit.setText(given.evidence)

    def _read_only(self) -> None:
        """A 销号 item: shown, not changed (its 销号 is undone on the page first)."""
        ui = self.ui
        for widget in (ui.listCombo, ui.categoryCombo, ui.sourceCombo, ui.sourceDetailEdit,
                       ui.responsibleCombo, ui.raisedEdit, ui.deadlineEdit, ui.meetingCombo,
                       ui.statusCombo, ui.completedEdit, ui.evidenceEdit,
                       ui.attachmentKindCombo, ui.addAttachmentButton,
                       ui.removeAttachmentButton):  # fmt: skip
            widget.setEnabled(False)
        for text in (ui.descriptionEdit, ui.measuresEdit, ui.resultEdit):
            text.setReadOnly(True)
        ui.buttonBox.button(SAVE).setEnabled(False)
        ui.buttonBox.button(CANCEL).setText("关闭")
        ui.closedLabel.setText(
            message_html(["这一事项已销号，不能修改；确需修改，请先在清单页“更多 → 撤销销号”"],
                         NOTE_STYLE)
        )  # fmt: skip
        self.setWindowTitle(f"查看{self.kind().value}事项（已销号）")

    # 佐证材料 files: copied into the data folder as soon as they are chosen

    def _fill_files(self) -> None:
        table = self.ui.attachmentsTable
        table.setRowCount(0)
        for row, file in enumerate(self.files):
            table.insertRow(row)
            first = QTableWidgetItem(file.kind)
            first.setData(FILE_ROLE, row)
            table.setItem(row, 0, first)
            table.setItem(row, 1, QTableWidgetItem(file.name))
            table.setItem(row, 2, QTableWidgetItem(_size(file.size)))
        self.ui.attachmentsLabel.setText(f"佐证材料文件（{len(self.files)}个）")

    def _folder(self) -> Path:
        database_file = self.context.database.file_path
        if database_file is None:
            raise AttachmentError(
                "数据库在服务器上，附件暂不能保存；请在“佐证材料说明”中写明材料及存放处"
            )
        return attachments_folder(database_file)

    def _add_files(self) -> None:
        paths = ask_open_files(
            self, self.context, ATTACHMENT_FOLDER_KEY, "添加佐证材料",
            "图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)",
        )  # fmt: skip
        for path in paths:
            self.attach(path, EvidenceKind(self.ui.attachmentKindCombo.currentData()))

    def attach(self, path: Path, kind: EvidenceKind) -> bool:
        """Copy a file into the attachments folder, to be recorded with the item when saved."""
        with self.context.database.read() as session:
            limit = get_int(session, ATTACHMENT_LIMIT_MB) * 1048576
        try:
            stored = store_file(path, self._folder(), limit)
        except AttachmentError as exc:
            self.ui.errorLabel.setText(message_html([str(exc)], ERROR_STYLE))
            return False
        new = service.NewEvidence(kind, stored.original_name, stored.sha256, stored.size,
                                  stored.stored_name)  # fmt: skip
        self.new_files.append(new)
        self.files.append(FileRow(None, kind.value, new.original_name, new.size, new.stored_name))
        self._fill_files()
        return True

    def _chosen_file(self) -> FileRow | None:
        row = self.ui.attachmentsTable.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    def _open_file(self) -> None:
        file = self._chosen_file()
        if file is None:
            return
        try:
            path = self._folder() / file.stored_name
        except AttachmentError as exc:
            self.ui.errorLabel.setText(message_html([str(exc)], ERROR_STYLE))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _remove_file(self) -> None:
        file = self._chosen_file()
        if file is None:
            return
        if file.attachment_id is not None:
            self.removed_files.append(file.attachment_id)
        else:
            self.new_files = [f for f in self.new_files if f.stored_name != file.stored_name]
        self.files.remove(file)
        self._fill_files()

    # Saving

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.listCombo.currentIndex(), ui.categoryCombo.currentText(),
            ui.sourceCombo.currentIndex(), ui.sourceDetailEdit.text(),
            ui.descriptionEdit.toPlainText(), ui.measuresEdit.toPlainText(),
            ui.responsibleCombo.currentText(), ui.meetingCombo.currentIndex(),
            ui.statusCombo.currentIndex(), ui.resultEdit.toPlainText(), ui.evidenceEdit.text(),
            [f.stored_name for f in self.new_files], list(self.removed_files),
        )  # fmt: skip

    def given(self) -> ItemInput | None:
        """The form as an item, or None with the field that stops it marked."""
        ui, marks = self.ui, self.marks
        if ui.raisedEdit.date() is None:
            marks.refuse("raised_on", ui.raisedEdit.error() or "请填写提出日期", "提出日期")
            return None
        if _unreadable({"deadline": (ui.deadlineEdit, "完成时限"),
                        "completed_on": (ui.completedEdit, "完成日期")}, marks):  # fmt: skip
            return None
        status = ItemStatus(ui.statusCombo.currentData())
        text = ui.responsibleCombo.currentText().strip()
        member_id = self.responsible.member_id() if text else None
        name = self.responsible.members[member_id].name if member_id is not None else text
        if member_id is None and text == self.kept_responsible[0]:
            member_id = self.kept_responsible[1]  # still the member it was, though not 在册 now
        raised = ui.raisedEdit.date()
        assert raised is not None
        return ItemInput(
            self.kind(), ui.descriptionEdit.toPlainText(), raised,
            ItemSource(ui.sourceCombo.currentData()), ui.categoryCombo.currentText(),
            ui.sourceDetailEdit.text(), ui.measuresEdit.toPlainText(), name, member_id,
            ui.deadlineEdit.date(), status,
            ui.completedEdit.date() if status is ItemStatus.DONE else None,
            ui.resultEdit.toPlainText(), ui.evidenceEdit.text(), ui.meetingCombo.currentData(),
        )  # fmt: skip

    def save(self) -> None:
        given = self.given()
        if given is None:
            return
        with self.context.database.read() as session:
            findings = service.check_item(session, given, self.today, self.item_id)
        if any(f.severity is Severity.ERROR for f in findings):
            self.marks.show(findings)
            self._show_tab_of(findings[0].attribute)
            return
        if not self.gate.allows(findings):
            return
        try:
            with self.context.database.transaction() as session:
                item = service.save_item(
                    session, given, self.today, self.item_id,
                    attachments=self.new_files, removed_attachments=self.removed_files,
                )  # fmt: skip
                self.saved_id = item.id
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        done = "已修改" if self.item_id is not None else "已新增"
        self.saved_text = f"{done}{given.kind.value}事项：{given.description.strip()[:20]}"
        self.mark_saved()
        self.accept()

    def _show_tab_of(self, attribute: str) -> None:
        second = {"status", "completed_on", "result", "evidence"}
        self.ui.tabs.setCurrentIndex(1 if attribute in second else 0)

    def save_before_closing(self) -> None:
        # 保存 in the closing question shows warnings again: only 仍然保存 saves past them.
        self.gate.reset()
        self.save()


class ProgressDialog(GuardedDialog):
    """登记进展 on an item (or, with `note_id`, the correction of a note): the day, what was done,
    and the meeting that heard it where one did."""

    def __init__(
        self,
        context: AppContext,
        item_id: int,
        item_text: str,
        note_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.item_id, self.note_id = context, item_id, note_id
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_ListsProgressDialog()
        ui.setupUi(self)
        current: service.ProgressInput | None = None
        if note_id is not None:
            with context.database.read() as session:
                _item_id, current = service.progress_input(session, note_id)
        ui.itemLabel.setText(message_html([f"事项：{item_text}"], NOTE_STYLE))
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        show_date_errors(ui.errorLabel, (ui.dateEdit,))
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(
            self.gate, {"date": ui.dateEdit, "note": ui.noteEdit, "meeting_id": ui.meetingCombo}
        )
        fill_meetings(ui.meetingCombo, context, current.meeting_id if current else None)
        if current is not None:
            self.setWindowTitle("修改进展")
            ui.dateEdit.setDate(current.date)
            ui.noteEdit.setPlainText(current.note)
        else:
            ui.dateEdit.setDate(today)
        _buttons(self, ui.buttonBox, "保存" if current else "登记")
        self.mark_saved()
        ui.noteEdit.setFocus()

    def snapshot(self) -> object:
        ui = self.ui
        return ui.noteEdit.toPlainText(), ui.meetingCombo.currentIndex()

    def save_before_closing(self) -> None:
        ui, marks = self.ui, self.marks
        day = ui.dateEdit.date()
        if day is None:
            marks.refuse("date", ui.dateEdit.error() or "请填写日期", "日期")
            return
        given = service.ProgressInput(day, ui.noteEdit.toPlainText(), ui.meetingCombo.currentData())
        try:
            with self.context.database.transaction() as session:
                if self.note_id is None:
                    service.add_progress(session, self.item_id, given, self.today)
                else:
                    service.update_progress(session, self.note_id, given, self.today)
        except ServiceError as exc:
            marks.show_refusal(exc)
            return
        self.saved_text = (
            f"已登记{format_date(day)}的进展" if self.note_id is None else "已修改进展"
        )
        self.mark_saved()
        self.accept()


class CloseDialog(GuardedDialog):
    """销号: the day, who checked the work (or the meeting that did), what they said, and the
    佐证材料 — refused, with the rule, until the item is 已完成 with its 佐证材料."""

    def __init__(
        self,
        context: AppContext,
        item_id: int,
        item_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.item_id = context, item_id
        self.today = today = context.today()
        self.saved_text = ""
        self.ui = ui = Ui_ListsCloseDialog()
        ui.setupUi(self)
        with context.database.read() as session:
            form = service.item_form(session, item_id)
        given = form.given
        ui.itemLabel.setText(message_html([f"事项：{item_text}"], NOTE_STYLE))
        ui.closedEdit.setToday(today)
        ui.closedEdit.setMaximumDate(today)
        ui.closedEdit.setDate(today)
        show_date_errors(ui.errorLabel, (ui.closedEdit,))
        ui.reviewerCombo.addItems(list(REVIEWERS))
        ui.reviewerCombo.setCurrentIndex(-1)
        line = ui.reviewerCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText("验收的单位或人，如 镇党委组织办")
        fill_meetings(ui.reviewMeetingCombo, context, None)
        ui.evidenceEdit.setText(given.evidence)
        files = len(form.attachments)
        done = (
            f"已于{format_date(given.completed_on)}完成" if given.completed_on else "尚未登记完成"
        )
        ui.filesLabel.setText(
            message_html([f"{done}；已附佐证材料文件{files}个（在“修改”的第二页添加）"], NOTE_STYLE)
        )
        ui.ruleLabel.setText(message_html([f"依据：{CLOSE_RULE.wording}（{CLOSE_RULE.citation}）"],
                                          NOTE_STYLE))  # fmt: skip
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        self.marks = FieldMarks(
            self.gate,
            {"closed_on": ui.closedEdit, "reviewer": ui.reviewerCombo,
             "review_meeting_id": ui.reviewMeetingCombo, "review_note": ui.reviewNoteEdit,
             "evidence": ui.evidenceEdit},
        )  # fmt: skip
        _buttons(self, ui.buttonBox, "销号")
        self.mark_saved()
        ui.reviewerCombo.setFocus()

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.reviewerCombo.currentText(), ui.reviewMeetingCombo.currentIndex(),
            ui.reviewNoteEdit.toPlainText(), ui.evidenceEdit.text(),
        )  # fmt: skip

    def given(self) -> CloseInput | None:
        ui = self.ui
        day = ui.closedEdit.date()
        if day is None:
            self.marks.refuse("closed_on", ui.closedEdit.error() or "请填写销号日期", "销号日期")
            return None
        return CloseInput(
            day, ui.reviewerCombo.currentText(), ui.reviewNoteEdit.toPlainText(),
            ui.evidenceEdit.text(), ui.reviewMeetingCombo.currentData(),
        )  # fmt: skip

    def save_before_closing(self) -> None:
        given = self.given()
        if given is None:
            return
        try:
            with self.context.database.transaction() as session:
                service.close_item(session, self.item_id, given, self.today)
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        self.saved_text = f"已于{format_date(given.closed_on)}销号"
        self.mark_saved()
        self.accept()


# The 查摆问题 table's columns
USE, PROBLEM, MEASURES, OWNER, DEADLINE = range(5)
PROBLEM_HEADER = ("生成", "问题", "整改措施", "责任人", "整改时限")


class MeetingDialog(GuardedDialog):
    """从组织生活会查摆问题生成整改事项: the 组织生活会 chosen, its 查摆问题 read from the minutes
    (meeting_problems: each numbered point under 对照检查) for the secretary to correct, tick, give
    an owner and a 时限 — then all made 问题清单 items in one step. A problem already on the list
    from that meeting is shown unticked, marked 已列入."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today = context.today()
        self.saved_text = ""
        self.made: list[int] = []  # the items made, once saved
        self.meeting: service.MeetingChoice | None = None
        self.ui = ui = Ui_ListsMeetingDialog()
        ui.setupUi(self)
        with context.database.read() as session:
            self.members = member_service.active_members(session)
            meetings = service.life_meetings(session)
        for meeting in meetings:
            ui.meetingCombo.addItem(meeting.label, meeting.activity_id)
        table = ui.problemsTable
        table.setColumnCount(len(PROBLEM_HEADER))
        table.setHorizontalHeaderLabels(list(PROBLEM_HEADER))
        header = table.horizontalHeader()
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEASURES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(USE, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(OWNER, 130)
        table.setColumnWidth(DEADLINE, 130)
        table.verticalHeader().setDefaultSectionSize(30)
        table.setWordWrap(True)
        ui.deadlineAllEdit.setToday(today)
        ui.ruleLabel.setText(message_html(
            [f"依据：{LIFE_MEETING_RULE.citation}。生成后列入问题清单，来源为“组织生活会查摆”，"
             "关联这次组织生活会的记录"], NOTE_STYLE,
        ))  # fmt: skip
        self.gate = FindingsGate(ui.errorLabel, ui.buttonBox.button(SAVE))
        _buttons(self, ui.buttonBox, "生成整改事项")
        ui.addRowButton.clicked.connect(lambda: self._add_row("", "", True))
        ui.removeRowButton.clicked.connect(self._remove_row)
        ui.deadlineAllButton.clicked.connect(self._deadline_for_all)
        ui.meetingCombo.currentIndexChanged.connect(self._meeting_changed)
        self._meeting_changed()
        self.mark_saved()

    def _meeting_changed(self) -> None:
        """The chosen meeting's problems, read from its minutes, a row each."""
        ui = self.ui
        ui.problemsTable.setRowCount(0)
        activity_id = ui.meetingCombo.currentData()
        if activity_id is None:
            ui.foundLabel.setText(message_html(
                ["还没有组织生活会的记录：请先在“组织生活”中记录组织生活会（会议记录的“对照检查”下"
                 "逐条写明查摆的问题），或在下表中直接填写"], NOTE_STYLE,
            ))  # fmt: skip
            ui.buttonBox.button(SAVE).setEnabled(False)
            return
        ui.buttonBox.button(SAVE).setEnabled(True)
        with self.context.database.read() as session:
            found = service.meeting_problems(session, int(activity_id))
        self.meeting = found.meeting
        # Three months from the meeting; a meeting's problems listed late get a month from today.
        ui.deadlineAllEdit.setDate(
            max(add_months(found.meeting.date, LIFE_MEETING_MONTHS), add_months(self.today, 1))
        )
        proposals = found.found.proposals
        for proposal in proposals:
            listed = "".join(proposal.problem.split()) in found.already
            self._add_row(proposal.problem, proposal.measures, not listed, listed)
        self._fit_rows()
        if not proposals:
            where = (f"“{found.found.heading}”下没有找到逐条写出的问题" if found.found.heading
                     else "会议记录中没有“对照检查”（或“查摆问题”“存在问题”）的标题")  # fmt: skip
            text = f"{where}：请在下表中点“添加一行”逐条填写，或先在会议记录中逐条写明（1. 2. 3.）"
        else:
            already = sum("".join(p.problem.split()) in found.already for p in proposals)
            text = (
                f"从会议记录“{found.found.heading}”下找到{len(proposals)}个问题"
                + (f"，其中{already}个已列入问题清单" if already else "")
                + "：请核对文字，勾选要生成的，填写责任人和整改时限"
            )
        ui.foundLabel.setText(message_html([text], NOTE_STYLE))

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped text, once the columns have their widths."""
        QTimer.singleShot(0, self.ui.problemsTable.resizeRowsToContents)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _add_row(self, problem: str, measures: str, use: bool, listed: bool = False) -> None:
        table = self.ui.problemsTable
        row = table.rowCount()
        table.insertRow(row)
        tick = QTableWidgetItem("已列入" if listed else "")
        if listed:  # on the list already: shown for the count, not made twice
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tick.setToolTip("这个问题已从这次组织生活会列入问题清单")
        else:
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if use else Qt.CheckState.Unchecked)
        table.setItem(row, USE, tick)
        for column, text in ((PROBLEM, problem), (MEASURES, measures)):
            written = QTableWidgetItem(text)
            written.setToolTip(text)
            table.setItem(row, column, written)
        owner = QComboBox(table)
        owner.setEditable(True)
        MemberChooser(owner, self.members)
        table.setCellWidget(row, OWNER, owner)
        deadline = DateField(table)
        deadline.setToday(self.today)
        deadline.setDate(self.ui.deadlineAllEdit.date())
        table.setCellWidget(row, DEADLINE, deadline)
        for widget in (owner, deadline):
            widget.setEnabled(not listed)
        if not problem:
            table.setCurrentCell(row, PROBLEM)
            table.editItem(cell(table, row, PROBLEM))

    def _remove_row(self) -> None:
        row = self.ui.problemsTable.currentRow()
        if row >= 0:
            self.ui.problemsTable.removeRow(row)

    def _deadline_for_all(self) -> None:
        day = self.ui.deadlineAllEdit.date()
        table = self.ui.problemsTable
        for row in range(table.rowCount()):
            field = table.cellWidget(row, DEADLINE)
            if isinstance(field, DateField):
                field.setDate(day)

    def _owner(self, row: int) -> tuple[str, int | None]:
        combo = self.ui.problemsTable.cellWidget(row, OWNER)
        assert isinstance(combo, QComboBox)
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0 and combo.itemData(index) is not None:
            member_id = int(combo.itemData(index))
            return next(m.name for m in self.members if m.member_id == member_id), member_id
        named = [m for m in self.members if m.name == text]
        return (text, named[0].member_id) if len(named) == 1 else (text, None)

    def drafts(self) -> list[service.ProblemDraft] | None:
        """The ticked rows as drafts; None (with the row named) when a 时限 does not read."""
        table, drafts = self.ui.problemsTable, []
        for row in range(table.rowCount()):
            if cell(table, row, USE).checkState() != Qt.CheckState.Checked:
                continue
            field = table.cellWidget(row, DEADLINE)
            assert isinstance(field, DateField)
            if field.text().strip() and field.date() is None:
                self.gate.show_error(f"第{row + 1}行的整改时限无法识别，请写成 2026-4-18")
                return None
            name, member_id = self._owner(row)
            drafts.append(service.ProblemDraft(
                cell(table, row, PROBLEM).text(), cell(table, row, MEASURES).text(), name,
                member_id, field.date(),
            ))  # fmt: skip
        return drafts

    def snapshot(self) -> object:
        table = self.ui.problemsTable
        rows = []
        for row in range(table.rowCount()):
            owner = table.cellWidget(row, OWNER)
            rows.append((
                cell(table, row, USE).checkState() == Qt.CheckState.Checked,
                cell(table, row, PROBLEM).text(), cell(table, row, MEASURES).text(),
                owner.currentText() if isinstance(owner, QComboBox) else "",
            ))  # fmt: skip
        return self.ui.meetingCombo.currentIndex(), rows

    def save_before_closing(self) -> None:
        activity_id = self.ui.meetingCombo.currentData()
        drafts = self.drafts()
        if drafts is None or activity_id is None:
            return
        try:
            with self.context.database.transaction() as session:
                made = service.create_from_meeting(session, int(activity_id), drafts, self.today)
        except ServiceError as exc:
            show_refusal(self.ui.errorLabel, exc)
            return
        self.made = [item.id for item in made]
        where = self.meeting.label if self.meeting is not None else "组织生活会"
        self.saved_text = f"已从{where}生成{len(made)}个整改事项，列入问题清单"
        self.mark_saved()
        self.accept()
