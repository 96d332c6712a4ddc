"""Answering the program's modal dialogs in GUI tests, as a careful user would: every print
preview is rendered and closed, every question is answered No (or 取消), every other dialog is
cancelled; and every window seen is measured against a 1280×720 screen."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

SCREEN = QSize(1280, 720)
CAUTIOUS = (
    QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.Cancel,
    QMessageBox.StandardButton.Abort,
    QMessageBox.StandardButton.Close,
)


def too_large(widget: QWidget) -> str | None:
    """Why `widget` cannot be shown whole on a 1280×720 screen, or None."""
    minimum = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    for what, size in (("minimum size", minimum), ("size", widget.size())):
        if size.width() > SCREEN.width() or size.height() > SCREEN.height():
            name = widget.windowTitle() or type(widget).__name__
            return f"{name}: {what} {size.width()}×{size.height()} exceeds 1280×720"
    return None


@dataclass
class Answerer:
    """While running, answers each modal dialog shortly after it opens.

    `on_preview` is called with each print preview after its pages were rendered (the
    printer's Python object collected first, if nothing else holds it)."""

    on_preview: Callable[[QPrintPreviewDialog, QPrintPreviewWidget], None] | None = None
    seen: list[str] = field(default_factory=list)
    previews: list[tuple[str, int]] = field(default_factory=list)
    oversized: list[str] = field(default_factory=list)
    stuck: list[str] = field(default_factory=list)
    _tries: dict[int, int] = field(default_factory=dict)
    _held: list[QWidget] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self._answer)

    def __enter__(self) -> Answerer:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        name = f"{type(dialog).__name__}: {dialog.windowTitle()}"
        tries = self._tries[id(dialog)] = self._tries.get(id(dialog), 0) + 1
        if tries == 1:
            self._held.append(dialog)  # its id is not reused for another dialog while held
            self.seen.append(name)
            problem = too_large(dialog)
            if problem is not None:
                self.oversized.append(problem)
        if tries > 100:  # answered again and again for 1.5 s and still open: say so, then end it
            self.stuck.append(name)
            dialog.hide()
            if isinstance(dialog, QDialog):
                dialog.done(0)
            return
        if isinstance(dialog, QPrintPreviewDialog):
            try:
                self._render(dialog)
            finally:
                dialog.reject()
        elif isinstance(dialog, QMessageBox):
            cautious = next((b for b in CAUTIOUS if dialog.button(b) is not None), None)
            if cautious is not None:
                dialog.button(cautious).click()
            else:
                dialog.reject()  # a message with only 确定: nothing to decide
        elif (
            isinstance(dialog, QInputDialog)
            and dialog.comboBoxItems()
            and not dialog.isComboBoxEditable()
        ):
            dialog.accept()  # a choice among listed items (which month to print) decides nothing
        elif isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    def _render(self, dialog: QPrintPreviewDialog) -> None:
        gc.collect()  # a printer only Python held is gone now, as it would be some time later
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.updatePreview()
        QApplication.processEvents()
        preview.grab()  # paint the pages as the screen would
        self.previews.append((dialog.windowTitle(), preview.pageCount()))
        if self.on_preview is not None:
            self.on_preview(dialog, preview)
