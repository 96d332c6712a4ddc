"""Asking for the password at start, and setting, changing or removing it in 设置."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dangwu_desktop.core import security
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import ERROR_STYLE
from dangwu_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog
from dangwu_desktop.ui.forms.ui_password_dialog import Ui_PasswordDialog


class LoginDialog(QDialog):
    """Wrong tries are counted with the data; after three, each try waits longer."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("进入")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("退出")
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._count_down)
        self._count_down()

    def _wait(self) -> int:
        with self.context.database.read() as session:
            return security.seconds_to_wait(session, datetime.now())

    def _count_down(self) -> None:
        wait = self._wait()
        self.ok_button.setEnabled(wait == 0)
        if wait:
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.setText(f"密码错误次数过多，请等{wait}秒后再试。")
            self.timer.start()
        else:
            self.timer.stop()
            if self.ui.messageLabel.text().startswith("密码错误次数过多"):
                self.ui.messageLabel.setText("")

    def submit(self) -> None:
        with self.context.database.transaction() as session:
            ok = security.try_password(session, self.ui.passwordEdit.text(), datetime.now())
            tries = security.failures(session)
        if ok:
            self.accept()
            return
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.setText(f"密码不正确（已连续错{tries}次）。")
        self._count_down()


class PasswordDialog(QDialog):
    """Set a password, change it, or (with an empty new one) remove it; the current one first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        with context.database.read() as session:
            self.has_password = security.has_password(session)
        for widget in (self.ui.currentLabel, self.ui.currentEdit):
            widget.setVisible(self.has_password)
        if self.has_password:
            self.setWindowTitle("修改或取消密码")
            self.ui.newEdit.setPlaceholderText("至少6位；不填则取消密码")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        new, repeat = self.ui.newEdit.text(), self.ui.repeatEdit.text()
        if new != repeat:
            self._refuse("两次输入的新密码不一致")
            return
        try:
            with self.context.database.transaction() as session:
                if self.has_password and not new:
                    security.clear_password(session, self.ui.currentEdit.text())
                else:
                    security.set_password(session, new, self.ui.currentEdit.text())
        except ServiceError as exc:
            self._refuse(str(exc))
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.setText(message)
