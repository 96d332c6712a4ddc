"""设置 → 数据库 → 乡镇服务器: the shared PostgreSQL server this PC opens at its next start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from dangwu_desktop.db.server import (
    ServerRefused,
    describe_server,
    save_server,
    saved_server,
    shown_location,
)
from dangwu_desktop.ui.background import run_in_background
from dangwu_desktop.ui.dialogs import ERROR_STYLE, GuardedDialog
from dangwu_desktop.ui.forms.ui_server_dialog import Ui_ServerDialog

SAVED = "已保存。下次启动党务台账时将打开服务器上的数据：\n{url}"
BACK_TO_FILE = "已改回本机的数据文件，下次启动党务台账时生效。"


class ServerDialog(GuardedDialog):
    """A server is saved only after it answered: a wrong address would otherwise stop the next
    start. An empty address goes back to the file on this PC."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerDialog()
        self.ui.setupUi(self)
        self.ui.urlEdit.setText(saved_server())
        self.ui.testButton.clicked.connect(self.test)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(
            self.save_before_closing
        )
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.urlEdit.textEdited.connect(lambda _text: self.ui.messageLabel.clear())
        self.mark_saved()

    def snapshot(self) -> object:
        return self.ui.urlEdit.text().strip()

    def _answer(self) -> str | None:
        """What the server says about itself, or None with the reason shown."""
        given = self.ui.urlEdit.text().strip()
        try:
            answer = run_in_background(self, "正在连接服务器…", lambda _p: describe_server(given))
        except ServerRefused as refusal:
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.setText(str(refusal))
            self.adjustSize()  # the reason's lines shown whole
            return None
        self.ui.messageLabel.setStyleSheet("")
        self.ui.messageLabel.setText(answer)
        self.adjustSize()
        return answer

    def test(self) -> None:
        if self.ui.urlEdit.text().strip():
            self._answer()

    def save_before_closing(self) -> None:
        given = self.ui.urlEdit.text().strip()
        if given and self._answer() is None:
            return
        save_server(given)
        self.mark_saved()
        shown = shown_location(given) if given else ""
        QMessageBox.information(
            self, "党务台账", SAVED.format(url=shown) if given else BACK_TO_FILE
        )
        self.accept()
