"""支部基本信息: asked for at first start, editable later from 设置."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.glossary import CommitteePost
from dangwu_desktop.core.rulebook import COMMITTEE_SEATS, Finding, Severity
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import first_invalid, show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    FindingsGate,
    GuardedDialog,
    message_html,
    show_refusal,
)
from dangwu_desktop.ui.forms.ui_branch_dialog import Ui_BranchDialog

SEAT_POSTS = [post.value for post in CommitteePost if post is not CommitteePost.SECRETARY]
# What a new seat offers first: the next of the usual posts not yet taken, then a plain 委员
# (副书记 is chosen on purpose, never by default).
USUAL_POSTS = (CommitteePost.ORGANISATION, CommitteePost.PROPAGANDA, CommitteePost.DISCIPLINE)
HOLDER = Qt.ItemDataRole.UserRole  # a seat's member id, on its name cell


class BranchDialog(GuardedDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_BranchDialog()
        self.ui.setupUi(self)
        self._secretary_id: int | None = None
        ui = self.ui
        for field in (ui.termStartEdit, ui.termEndEdit):
            field.setToday(context.today())
        show_date_errors(ui.errorLabel, (ui.termStartEdit, ui.termEndEdit))
        ui.termEndEdit.setToolTip(branch_service.TERM_CITATION)
        table = ui.committeeTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["姓名", "职务"])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(1, 140)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(34)  # room for the post combo boxes
        save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.gate = FindingsGate(ui.errorLabel, save_button)
        table.setToolTip(COMMITTEE_SEATS.citation)
        self._loading = True
        ui.addSeatButton.clicked.connect(lambda: self.add_seat("", self.free_post()))
        ui.removeSeatButton.clicked.connect(self._remove_seat)
        ui.termStartEdit.dateChanged.connect(self._term_start_changed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        with context.database.read() as session:
            info = branch_service.load_branch_info(session)
        if info is None:
            self.setWindowTitle("首次使用：填写支部基本信息")
        else:
            self.set_info(info)
        self._loading = False
        table.itemChanged.connect(lambda *_: self._preview())
        ui.secretaryEdit.textChanged.connect(lambda *_: self._preview())
        ui.termEndEdit.dateChanged.connect(lambda *_: self._preview())
        self._preview()
        self.mark_saved()

    def snapshot(self) -> object:
        return self.info()

    def set_info(self, info: branch_service.BranchInfo) -> None:
        ui = self.ui
        ui.nameEdit.setText(info.name)
        ui.parentOrgEdit.setText(info.parent_org)
        ui.secretaryEdit.setText(info.secretary)
        self._secretary_id = info.secretary_id
        ui.termStartEdit.setDate(info.term_start)
        ui.termEndEdit.setDate(info.term_end)
        ui.committeeTable.setRowCount(0)
        for seat in info.committee:
            self.add_seat(seat.name, seat.post, seat.member_id)

    def info(self) -> branch_service.BranchInfo:
        ui, table = self.ui, self.ui.committeeTable
        seats = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            combo = table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            seats.append(
                branch_service.Seat(
                    item.text() if item else "",
                    CommitteePost(combo.currentText()),
                    item.data(HOLDER) if item else None,
                )
            )
        return branch_service.BranchInfo(
            name=ui.nameEdit.text(),
            parent_org=ui.parentOrgEdit.text(),
            secretary=ui.secretaryEdit.text(),
            secretary_id=self._secretary_id,
            committee=seats,
            term_start=ui.termStartEdit.date(),
            term_end=ui.termEndEdit.date(),
        )

    def add_seat(self, name: str, post: CommitteePost, member_id: int | None = None) -> None:
        table = self.ui.committeeTable
        loading, self._loading = getattr(self, "_loading", True), True  # a row half built
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(HOLDER, member_id)
        table.setItem(row, 0, item)
        combo = QComboBox()
        combo.addItems(SEAT_POSTS)
        combo.setCurrentText(post.value)
        combo.currentTextChanged.connect(lambda *_: self._preview())
        table.setCellWidget(row, 1, combo)
        self._loading = loading
        self._preview()
        if not name:
            table.setCurrentCell(row, 0)
            table.editItem(cell(table, row, 0))

    def free_post(self) -> CommitteePost:
        """The post a new seat starts with: one nobody holds yet, else 委员."""
        table = self.ui.committeeTable
        combos = [table.cellWidget(row, 1) for row in range(table.rowCount())]
        taken = {c.currentText() for c in combos if isinstance(c, QComboBox)}
        return next((p for p in USUAL_POSTS if p.value not in taken), CommitteePost.MEMBER)

    def _remove_seat(self) -> None:
        row = self.ui.committeeTable.currentRow()
        if row >= 0:
            self.ui.committeeTable.removeRow(row)
            self._preview()

    def _findings(self) -> list[Finding]:
        with self.context.database.read() as session:
            return branch_service.check_branch_info(session, self.info())

    def _preview(self) -> None:
        """The committee as the rule book judges it, while it is filled in (what 保存 would
        refuse or point out): only the rules' findings, not a name still to be typed."""
        if getattr(self, "_loading", True):
            return
        if first_invalid((self.ui.termStartEdit, self.ui.termEndEdit)) is not None:
            return  # the label names the unreadable date; the rules wait for a readable one
        findings = [f for f in self._findings() if f.rule]
        self.gate.reset()
        errors = [f for f in findings if f.severity is Severity.ERROR]
        self.gate.show(errors, [f for f in findings if f.severity is not Severity.ERROR])

    def _term_start_changed(self) -> None:
        start = self.ui.termStartEdit.date()
        if start and not self.ui.termEndEdit.text().strip():
            self.ui.termEndEdit.setDate(branch_service.default_term_end(start))

    def save(self) -> None:
        unreadable = first_invalid((self.ui.termStartEdit, self.ui.termEndEdit))
        if unreadable is not None:
            self.ui.errorLabel.setText(
                message_html([f"无法保存。{unreadable.error()}"], ERROR_STYLE)
            )
            unreadable.setFocus()
            return
        if not self._term_end_filled():
            return
        info = self.info()
        if not self.gate.allows(self._findings()):
            return
        if not self._choose_namesakes(info):
            return
        info = self.info()
        try:
            with self.context.database.transaction() as session:
                branch_service.save_branch_info(session, info)
        except ServiceError as exc:
            show_refusal(self.ui.errorLabel, exc)
            return
        self.accept()

    def _term_end_filled(self) -> bool:
        """The term's end drives the 换届 reminder: with a start and no end, five years are
        filled in and the save waits for the user to check them."""
        start, end_field = self.ui.termStartEdit.date(), self.ui.termEndEdit
        if start is None or end_field.date() is not None:
            return True
        end = branch_service.default_term_end(start)
        end_field.setDate(end)
        end_field.setFocus()
        self.ui.errorLabel.setText(
            message_html(
                [
                    f"任期届满未填写，已按五年一届填为{end:%Y-%m-%d}（换届提醒要用）。"
                    "请核对后再点“保存”。"
                ],
                ERROR_STYLE,
            )
        )
        return False

    def _choose_namesakes(self, info: branch_service.BranchInfo) -> bool:
        """Where the roster has several members of a seat's name, ask which one holds it;
        False if the user declines to choose."""
        table = self.ui.committeeTable
        seats: list[tuple[str, CommitteePost, int | None, QTableWidgetItem | None]]
        seats = [(info.secretary, CommitteePost.SECRETARY, info.secretary_id, None)]
        seats += [
            (seat.name, seat.post, seat.member_id, table.item(row, 0))
            for row, seat in enumerate(info.committee)
        ]
        with self.context.database.read() as session:
            for name, post, member_id, item in seats:
                candidates = member_service.namesakes(session, name)
                if len(candidates) < 2 or member_id in {m.member_id for m in candidates}:
                    continue
                choices = [_described(m) for m in candidates]
                choice, chosen = QInputDialog.getItem(
                    self,
                    "同名党员",
                    f"花名册中有{len(candidates)}名党员叫“{name.strip()}”，"
                    f"请选定担任{post.value}的是哪一位：",
                    choices,
                    0,
                    False,
                )
                if not chosen:
                    return False
                holder = candidates[choices.index(choice)].member_id
                if item is None:
                    self._secretary_id = holder
                else:
                    item.setData(HOLDER, holder)
        return True


def _described(member: member_service.MemberSummary) -> str:
    """A member told apart from namesakes: group, birth year, the ID number's last four."""
    parts = [member.group_name or "未分组"]
    if member.birth_date:
        parts.append(f"{member.birth_date.year}年生")
    if member.id_number:
        parts.append(f"身份号码尾号{member.id_number[-4:]}")
    return f"{member.name}（{'，'.join(parts)}）"
