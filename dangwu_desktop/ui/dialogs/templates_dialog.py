"""Editing each kind's default agenda (议题), kept as a setting with the data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from dangwu_desktop.core.activity_templates import (
    reset_template,
    save_template_topics,
    template_topics,
)
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import GuardedDialog
from dangwu_desktop.ui.forms.ui_templates_dialog import Ui_TemplatesDialog


class TemplatesDialog(GuardedDialog):
    """Changes are saved as one leaves a kind; closing the dialog with an edited agenda asks
    保存 / 不保存 / 取消, the same for 关闭, Esc and the window's close button."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_TemplatesDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self._shown: ActivityKind | None = None
        self.ui.kindList.addItems(
            [kind.value for kind in ActivityKind if kind is not ActivityKind.OTHER]
        )
        self.ui.kindList.currentTextChanged.connect(self.show_kind)
        self.ui.resetButton.clicked.connect(self._reset)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.kindList.setCurrentRow(0)

    def show_kind(self, text: str) -> None:
        self._save_shown()
        self._shown = ActivityKind(text)
        with self.context.database.read() as session:
            self.ui.topicsEdit.setPlainText("\n".join(template_topics(session, self._shown)))
        self.mark_saved()

    def topics(self) -> list[str]:
        """The agenda as typed, one topic a line, blank lines dropped."""
        lines = self.ui.topicsEdit.toPlainText().splitlines()
        return [line.strip() for line in lines if line.strip()]

    def snapshot(self) -> object:
        return self.topics()

    def save_before_closing(self) -> None:
        self._save_shown()
        self.accept()

    def _save_shown(self) -> None:
        if self._shown is None:
            return
        topics = self.ui.topicsEdit.toPlainText().splitlines()
        try:
            with self.context.database.transaction() as session:
                if [t.strip() for t in topics if t.strip()] != template_topics(
                    session, self._shown
                ):
                    save_template_topics(session, self._shown, topics)
        except RecordInvalid as exc:
            QMessageBox.warning(self, "议题没有保存", f"{self._shown.value}的议题没有保存：{exc}")

    def _reset(self) -> None:
        if self._shown is None:
            return
        kind, self._shown = self._shown, None
        with self.context.database.transaction() as session:
            reset_template(session, kind)
        self.show_kind(kind.value)
