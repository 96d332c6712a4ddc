"""设置: the branch's basic information, its party groups, and where the data lives."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop import ledgers
from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.services import (
    Operation,
    training,  # noqa: F401  (declares its settings)
)
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.settings import (
    YES_NO,
    SettingSpec,
    get_setting,
    set_settings,
)
from dangwu_desktop.db.backups import Backup, BackupError, backup_now, copy_to, sorted_backups
from dangwu_desktop.db.identity import ensure_database_id
from dangwu_desktop.db.safety import restore_backup
from dangwu_desktop.db.server import BACKUP_NOTE as SERVER_BACKUP_NOTE
from dangwu_desktop.ui.background import run_in_background
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.branch_dialog import BranchDialog
from dangwu_desktop.ui.dialogs.password_dialogs import PasswordDialog
from dangwu_desktop.ui.dialogs.server_dialog import ServerDialog
from dangwu_desktop.ui.dialogs.templates_dialog import TemplatesDialog
from dangwu_desktop.ui.file_dialogs import BACKUP_COPY_FOLDER_KEY, ask_folder
from dangwu_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from dangwu_desktop.ui.pages import Page, register_page

FOREIGN_BACKUPS = "备份文件夹里另有{count}份其他数据库的备份（{branches}），不属于这个数据库，不能用来恢复，没有列出。"
JOURNAL_DESCRIPTION = {
    "truncate": "本机磁盘：每次保存后，数据都完整地在这一个文件里，可直接复制",
    "wal": "本机磁盘：先写日志再并入数据文件",
    "delete": "网络共享文件夹：按兼容方式保存，每次保存后数据都完整地在这一个文件里",
}


class SettingsPage(Page):
    NAME = "settings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        table = self.ui.groupsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["党小组", "党小组长", "党员人数"])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self._group_ids: list[int] = []
        self.ui.editBranchButton.clicked.connect(self.edit_branch)
        self.ui.addGroupButton.clicked.connect(self.add_group)
        self.ui.editGroupButton.clicked.connect(self.edit_group)
        self.ui.removeGroupButton.clicked.connect(self.remove_group)
        self.ui.openFolderButton.clicked.connect(self._open_folder)
        self.ui.serverButton.clicked.connect(self.choose_server)
        self.setting_widgets = self._setting_rows()
        self.ui.saveRulesButton.clicked.connect(self.save_rules)
        self.ui.passwordButton.clicked.connect(lambda: PasswordDialog(self.context, self).exec())
        backups = self.ui.backupTable
        backups.setColumnCount(5)
        backups.setHorizontalHeaderLabels(["备份时间", "说明", "支部", "在册党员", "大小"])
        backups.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        backups.verticalHeader().setVisible(False)
        self.backups: list[Backup] = []
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.copyBackupButton.clicked.connect(self.copy_backup)
        self.ui.restoreButton.clicked.connect(self.restore_backup)
        self.ui.templatesButton.clicked.connect(lambda: TemplatesDialog(self.context, self).exec())

    def load(self) -> None:
        database = self.context.database
        with database.read() as session:
            info = branch_service.load_branch_info(session)
            groups = branch_service.list_groups(session)
            counts = branch_service.group_member_counts(session)
            group_rows = [(g.id, g.name, g.leader, counts.get(g.id, 0)) for g in groups]
        self.ui.branchSummary.setText(_branch_summary(info))
        table = self.ui.groupsTable
        table.setRowCount(len(group_rows))
        self._group_ids = [row[0] for row in group_rows]
        for row, (_gid, name, leader, count) in enumerate(group_rows):
            for column, value in enumerate((name, leader, str(count))):
                table.setItem(row, column, QTableWidgetItem(value))
        with database.read() as session:
            for spec, widget in self.setting_widgets.items():
                _show(widget, get_setting(session, spec))
        self.ui.databaseLabel.setText("数据库文件" if database.file_path else "数据库服务器")
        self.ui.databaseValue.setText(database.location)
        mode = database.journal_mode().lower() if database.is_sqlite else ""
        self.ui.journalValue.setText(JOURNAL_DESCRIPTION.get(mode, mode or "数据库服务器"))
        self.ui.openFolderButton.setEnabled(database.file_path is not None)
        self._show_backups()

    def save_rules(self) -> None:
        values = [(spec, _value(widget)) for spec, widget in self.setting_widgets.items()]
        self._run(lambda session: set_settings(session, values))

    def _setting_rows(self) -> dict[SettingSpec, QWidget]:
        """A row for each setting a ledger declares (ledgers.settings()): a choice as a list,
        是/否 as a box to tick, a whole number with its unit; its note as the tip."""
        layout = self.ui.rulesLayout
        declared = [spec for _ledger, specs in ledgers.settings() for spec in specs]
        specs = sorted(declared, key=lambda spec: spec.yes_or_no)  # ticks last
        widgets: dict[SettingSpec, QWidget] = {}
        for row, spec in enumerate(specs):
            widget: QWidget
            if spec.yes_or_no:
                widget = QCheckBox(spec.label)
                layout.insertRow(row, "", widget)
            else:
                if spec.choices:
                    widget = QComboBox()
                    widget.addItems(list(spec.choices))
                else:
                    widget = QSpinBox()
                    widget.setRange(1, spec.maximum)
                    widget.setSuffix(f" {spec.unit}" if spec.unit else "")
                layout.insertRow(row, spec.label, widget)
            widget.setObjectName(spec.key.replace("/", "_"))
            widget.setToolTip(spec.note)
            widgets[spec] = widget
        previous: QWidget = self.ui.removeGroupButton  # Tab runs down the rows to 保存以上设置
        for widget in [*widgets.values(), self.ui.saveRulesButton]:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        return widgets

    def choose_server(self) -> None:
        """The server this PC opens from its next start (or back to the file on this PC)."""
        ServerDialog(self).exec()

    def _show_backups(self) -> None:
        path = self.context.database.file_path
        database_id = ensure_database_id(self.context.database) if path else ""
        self.backups, foreign = sorted_backups(path, database_id) if path else ([], [])
        branches = "、".join(sorted({b.identity.branch_label for b in foreign}))
        note = FOREIGN_BACKUPS.format(count=len(foreign), branches=branches) if foreign else ""
        self.ui.foreignBackupsLabel.setText(note if path else SERVER_BACKUP_NOTE)
        self.ui.foreignBackupsLabel.setVisible(bool(note) or path is None)
        now = datetime.now()
        table = self.ui.backupTable
        table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            texts = (
                backup.made.strftime("%Y-%m-%d %H:%M:%S"),
                backup.description + backup.clock_note(now),
                backup.identity.branch_label,
                backup.identity.members_label,
                backup.size_text,
            )
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 1, 3, 4):
            table.resizeColumnToContents(column)
        for button in (self.ui.backupNowButton, self.ui.copyBackupButton, self.ui.restoreButton):
            button.setEnabled(path is not None)

    def _selected_backup(self) -> Backup | None:
        row = self.ui.backupTable.currentRow()
        if 0 <= row < len(self.backups):
            return self.backups[row]
        QMessageBox.information(self, "备份", "请先在列表中选中一个备份。")
        return None

    def backup_now(self) -> None:
        path = self.context.database.file_path
        if path is None:
            return
        try:
            made = run_in_background(
                self, "正在备份…", lambda _progress: backup_now(path, "manual")
            )
        except BackupError as exc:
            QMessageBox.warning(self, "备份没有完成", str(exc))
            return
        self._show_backups()
        QMessageBox.information(self, "备份完成", f"已备份到：\n{made}")

    def copy_backup(self) -> None:
        backup = self._selected_backup()
        if backup is None:
            return
        folder = ask_folder(self, self.context, BACKUP_COPY_FOLDER_KEY, "选择U盘或其他文件夹")
        if folder is None:
            return
        try:
            copied = run_in_background(
                self, "正在复制备份…", lambda _progress: copy_to(backup.path, folder)
            )
        except BackupError as exc:
            QMessageBox.warning(self, "没有复制", str(exc))
            return
        QMessageBox.information(self, "已复制", f"备份已复制并检查完好：\n{copied}")

    def restore_backup(self) -> None:
        backup = self._selected_backup()
        path = self.context.database.file_path
        if backup is None or path is None:
            return
        when = backup.made.strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            "用备份恢复",
            f"把全部数据恢复到 {when} 的状态吗？（{backup.identity.branch_label}，"
            f"在册党员{backup.identity.members_label}）\n"
            "此后的修改会丢失；恢复前会先把现在的数据另存一份备份。",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter does not replace everything
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restore_backup(self.context.database, backup)
        except BackupError as exc:
            QMessageBox.warning(self, "没有恢复", str(exc))
            return
        self.load()
        self.data_changed.emit()
        QMessageBox.information(self, "已恢复", f"数据已恢复到 {when} 的状态。")

    def edit_branch(self) -> None:
        if BranchDialog(self.context, self).exec():
            self.load()
            self.data_changed.emit()

    def _selected_group(self) -> tuple[int, str, str] | None:
        row = self.ui.groupsTable.currentRow()
        if row < 0 or row >= len(self._group_ids):
            return None
        table = self.ui.groupsTable
        return self._group_ids[row], cell(table, row, 0).text(), cell(table, row, 1).text()

    def add_group(self) -> None:
        name, ok = QInputDialog.getText(self, "新建党小组", "党小组名称：")
        if ok:
            self._run(lambda session: branch_service.add_group(session, name))

    def edit_group(self) -> None:
        selected = self._selected_group()
        if selected is None:
            QMessageBox.information(self, "修改党小组", "请先在列表中选中一个党小组。")
            return
        group_id, old_name, old_leader = selected
        name, ok = QInputDialog.getText(self, "修改党小组", "党小组名称：", text=old_name)
        if not ok:
            return
        leader, ok = QInputDialog.getText(self, "修改党小组", "党小组长：", text=old_leader)
        if ok:
            self._run(lambda session: branch_service.update_group(session, group_id, name, leader))

    def remove_group(self) -> None:
        selected = self._selected_group()
        if selected is None:
            QMessageBox.information(self, "删除党小组", "请先在列表中选中一个党小组。")
            return
        group_id, name, _leader = selected
        answer = QMessageBox.question(self, "删除党小组", f"确定删除“{name}”吗？")
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda session: branch_service.remove_group(session, group_id))

    def _run(self, operation: Operation) -> None:
        if self.run_operation(operation):
            self.load()
            self.data_changed.emit()

    def _open_folder(self) -> None:
        path = self.context.database.file_path
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _branch_summary(info: branch_service.BranchInfo | None) -> str:
    if info is None:
        return "尚未填写支部基本信息。"
    committee = (
        "、".join(f"{s.post.value}{s.name}{_unlinked(s.member_id)}" for s in info.committee)
        or "未设支部委员会"
    )
    term = (
        f"{format_date(info.term_start)} 至 {format_date(info.term_end)}"
        if info.term_start or info.term_end
        else "未填写"
    )
    return (
        f"<b>{info.name}</b><br>所属上级党组织：{info.parent_org or '未填写'}<br>"
        f"支部书记：{info.secretary}{_unlinked(info.secretary_id)}<br>"
        f"支部委员会：{committee}<br>本届任期：{term}"
    )


def _unlinked(member_id: int | None) -> str:
    # Not (yet) matched to one member (not on the roster, or namesakes not told apart): their
    # 学时 requirement and 支委会 attendance wait for it; 修改… asks which namesake it is.
    return "" if member_id is not None else "（未与花名册对应）"


register_page(SettingsPage)


def _show(widget: QWidget, value: str) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(value == YES_NO[0])
    elif isinstance(widget, QComboBox):
        widget.setCurrentText(value)
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value) if value.isdigit() else widget.minimum())


def _value(widget: QWidget) -> str:
    if isinstance(widget, QCheckBox):
        return YES_NO[0] if widget.isChecked() else YES_NO[1]
    if isinstance(widget, QComboBox):
        return widget.currentText()
    assert isinstance(widget, QSpinBox)
    return str(widget.value())
