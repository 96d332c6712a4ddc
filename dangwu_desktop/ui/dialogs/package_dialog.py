"""文件 → 导出上报数据包…: where the package goes, an optional password typed twice, then what
was written and where."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.db.package import (
    SUFFIX,
    Manifest,
    default_file_name,
    password_problem,
    write_package,
)
from dangwu_desktop.io.atomic import ExportError, safe_file_name
from dangwu_desktop.ui.background import run_in_background
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import ERROR_STYLE, show_saved
from dangwu_desktop.ui.file_dialogs import (
    PACKAGE_FOLDER_KEY,
    ask_save_file,
    remember_folder,
    start_folder,
)
from dangwu_desktop.ui.forms.ui_package_dialog import Ui_PackageDialog

FILE_FILTER = f"上报数据包 (*{SUFFIX})"


class PackageDialog(QDialog):
    """Not a GuardedDialog: a password half typed is no work to keep, so Esc or 取消 close the
    dialog without a question (as the password dialogs do)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PackageDialog()
        self.ui.setupUi(self)
        with context.database.read() as session:
            branch = branch_name(session)
        made = datetime.combine(context.today(), time())
        suggested = safe_file_name(default_file_name(branch, made))
        self.ui.fileEdit.setText(str(start_folder(context, PACKAGE_FOLDER_KEY) / suggested))
        self.ui.browseButton.clicked.connect(self.browse)
        self.export_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText("导出")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.export_button.clicked.connect(self.export)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.written: Manifest | None = None

    def target(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def browse(self) -> None:
        current = self.target()
        suggested = current.name if current else SUFFIX
        folder = current.parent if current and current.parent.is_dir() else None
        chosen = ask_save_file(
            self,
            self.context,
            PACKAGE_FOLDER_KEY,
            "导出上报数据包",
            suggested,
            FILE_FILTER,
            folder,
        )
        if chosen is not None:
            self.ui.fileEdit.setText(str(chosen))

    def problem(self) -> str | None:
        """Why the package cannot be written as filled in, or None."""
        target = self.target()
        if target is None:
            return "请填写数据包保存到哪里"
        if not target.parent.is_dir():
            return f"文件夹“{target.parent}”不存在，请点“选择位置”另选"
        password, repeat = self.ui.passwordEdit.text(), self.ui.repeatEdit.text()
        if password != repeat:
            return "两次输入的密码不一致，请重新输入"
        return password_problem(password)

    def export(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._refuse(problem)
            return
        target = self.target()
        assert target is not None
        if target.exists() and not self._replace(target):
            return
        password = self.ui.passwordEdit.text() or None
        database, demo = self.context.database, self.context.demo
        try:
            self.written = run_in_background(
                self,
                "正在导出上报数据包…",
                lambda _progress: write_package(database, target, password, demo=demo),
            )
        except ExportError as refusal:
            self._refuse(str(refusal))
            return
        remember_folder(self.context, PACKAGE_FOLDER_KEY, target.parent)
        self.accept()
        lead = "\n".join(["已导出上报数据包。", *self.written.brief_lines(), "", "文件保存在："])
        show_saved(self.parentWidget() or self, target, lead)

    def _replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self,
            "已有同名文件",
            f"“{target.name}”已经存在。要用这次导出的数据包替换它吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refuse(self, message: str) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.setText(message)
