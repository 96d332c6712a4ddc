"""文件 → 导入上报数据包…: the township chooses the villages' packages; each is verified and listed
(branch, 报送时间, members, what changed since the branch's last import, or why it is refused);
导入 takes in every package that can be, each in its own transaction, then says what was done."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.branch_scope import session_branch_id
from dangwu_desktop.db.package import SUFFIX, PackageError, PackageProblem
from dangwu_desktop.db.package_import import (
    ImportPlan,
    ImportRefused,
    ImportResult,
    check_file,
    import_file,
)
from dangwu_desktop.ui.background import run_in_background
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import ERROR_STYLE
from dangwu_desktop.ui.file_dialogs import PACKAGE_FOLDER_KEY, ask_open_files
from dangwu_desktop.ui.forms.ui_import_package_dialog import Ui_ImportPackageDialog

FILE_FILTER = f"上报数据包 (*{SUFFIX})"
CHANGES_WIDTH = 260
COLUMNS = ("文件", "支部", "报送时间", "在册党员", "自上次导入以来的变化", "状态")
READY, SAME, OLDER = "待导入", "已导入过，不再导入", "比上次导入的旧"
# The window works for one branch, chosen when the program starts.
SEE_THE_BRANCH = "要查看导入的支部，请重新打开党务台账，启动时选择该支部。"


@dataclass
class Entry:
    path: Path
    password: str | None = None
    plan: ImportPlan | None = None
    refusal: str = ""

    @property
    def status(self) -> str:
        if self.plan is None:
            return f"拒绝：{self.refusal}"
        if self.plan.same_as_last:
            return SAME
        return OLDER if self.plan.older_than_last else READY

    @property
    def to_import(self) -> bool:
        return self.plan is not None and not self.plan.same_as_last


def ask_password(parent: QWidget, file_name: str, wrong: bool) -> str | None:
    """The package's password from the township's user; None when they cancel."""
    lead = "密码不正确，请重新输入。\n" if wrong else ""
    text, accepted = QInputDialog.getText(
        parent,
        "数据包密码",
        f"{lead}“{file_name}”设了密码，请输入支部告诉您的数据包密码：",
        QLineEdit.EchoMode.Password,
    )
    return text if accepted and text else None


class ImportPackageDialog(QDialog):
    """Nothing typed to lose: Esc or 取消 close it at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ImportPackageDialog()
        self.ui.setupUi(self)
        table = self.ui.packageTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A refusal or a long list of changes is elided here, read whole below and in the tip.
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, CHANGES_WIDTH)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self.ui.addButton.clicked.connect(self.add_files)
        self.import_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("导入")
        self.import_button.setEnabled(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.import_button.clicked.connect(self.import_all)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.entries: list[Entry] = []
        self.results: list[tuple[Entry, ImportResult | None, str]] = []
        self._last_password: str | None = None  # a township often has one password for all

    def add_files(self) -> None:
        paths = ask_open_files(
            self, self.context, PACKAGE_FOLDER_KEY, "选择上报数据包", FILE_FILTER
        )
        self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        known = {entry.path for entry in self.entries}
        for path in paths:
            if path not in known:
                self.entries.append(self._checked(Entry(path, self._last_password)))
        self._fill()

    def _checked(self, entry: Entry) -> Entry:
        """The entry verified and planned, its password asked while it is needed and given."""
        while True:
            try:
                entry.plan = check_file(self.context.database, entry.path, entry.password)
                entry.refusal = ""
                if entry.password:
                    self._last_password = entry.password
                return entry
            except PackageError as refusal:
                entry.refusal = str(refusal)
                asked = refusal.problem in (
                    PackageProblem.PASSWORD_MISSING,
                    PackageProblem.PASSWORD_WRONG,
                )
                if not asked:
                    return entry
                wrong = refusal.problem is PackageProblem.PASSWORD_WRONG
                password = ask_password(self, entry.path.name, wrong)
                if password is None:
                    return entry
                entry.password = password
            except ImportRefused as refusal:
                entry.refusal = str(refusal)
                return entry

    def _fill(self) -> None:
        table = self.ui.packageTable
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            plan = entry.plan
            cells = (
                entry.path.name,
                plan.manifest.branch_name if plan else "",
                f"{plan.manifest.made_at:%Y-%m-%d %H:%M}" if plan else "",
                f"{plan.manifest.members_active}人" if plan else "",
                plan.changes_text if plan else "",
                entry.status,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        if self.entries:
            table.setCurrentCell(len(self.entries) - 1, 0)
        ready = sum(entry.to_import for entry in self.entries)
        refused = sum(entry.plan is None for entry in self.entries)
        self.import_button.setEnabled(ready > 0)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if refused else "")
        self.ui.messageLabel.setText(
            f"共{len(self.entries)}个数据包：可导入{ready}个"
            + (f"，拒绝{refused}个（原因见“状态”）" if refused else "")
        )

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            self.ui.detailText.clear()
            return
        entry = self.entries[row]
        lines = entry.plan.lines() if entry.plan else [entry.refusal]
        self.ui.detailText.setPlainText("\n".join([f"【{entry.path.name}】", *lines]))

    def import_all(self) -> None:
        chosen = [entry for entry in self.entries if entry.to_import]
        forced = {
            entry.path
            for entry in chosen
            if entry.plan is not None and entry.plan.older_than_last and self._force(entry)
        }
        chosen = [
            e for e in chosen if e.plan is None or not e.plan.older_than_last or e.path in forced
        ]
        if not chosen:
            return
        database = self.context.database

        def work(_progress: object) -> list[tuple[Entry, ImportResult | None, str]]:
            done: list[tuple[Entry, ImportResult | None, str]] = []
            for entry in chosen:
                try:
                    result = import_file(
                        database, entry.path, entry.password, force=entry.path in forced
                    )
                    done.append((entry, result, ""))
                except (PackageError, ImportRefused) as refusal:
                    done.append((entry, None, str(refusal)))
            return done

        self.results = run_in_background(self, "正在导入上报数据包…", work)
        self.accept()
        lines = [
            result.message if result else f"“{entry.path.name}”未导入：{refusal}"
            for entry, result, refusal in self.results
        ]
        if self.imported_any:
            lines.append(SEE_THE_BRANCH)
        failed = any(result is None for _entry, result, _refusal in self.results)
        box = QMessageBox.warning if failed else QMessageBox.information
        box(self.parentWidget() or self, "导入上报数据包", "\n\n".join(lines))

    def _force(self, entry: Entry) -> bool:
        plan = entry.plan
        assert plan is not None and plan.previous is not None
        answer = QMessageBox.question(
            self,
            "数据包比上次导入的旧",
            f"“{entry.path.name}”的报送时间（{plan.manifest.made_at:%Y-%m-%d %H:%M}）早于上次"
            f"导入的数据包（{plan.previous.made_at:%Y-%m-%d %H:%M}）。导入会用旧数据覆盖新数据。"
            "仍要导入它吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @property
    def imported_any(self) -> bool:
        return any(result is not None and result.imported for _e, result, _r in self.results)


def keep_window_on_its_branch(context: AppContext) -> None:
    """A database of one branch becomes one of several by an import: the window goes on working
    for the branch it shows."""
    database = context.database
    if database.branch_id is None:
        with database.read() as session:
            database.branch_id = session_branch_id(session)
