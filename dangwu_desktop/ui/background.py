"""Slow work off the GUI thread: run a function in a worker thread behind a progress dialog.

The function receives a `progress(done, total) -> bool` callback; it returns False once the user
pressed 取消, and the function is expected to stop (an import raises, and its transaction rolls
back). The caller waits in a local event loop, so the window keeps painting meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], bool]


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[Progress], Any], cancelled: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancelled = cancelled
        self.result: Any = None
        self.error: BaseException | None = None

    def report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            self.result = self._work(self.report)
        except BaseException as exc:  # handed to the GUI thread, which re-raises it
            self.error = exc


def run_in_background(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    """Run `work` in a worker thread with a cancellable progress dialog; return or raise its outcome."""
    cancelled = threading.Event()
    worker = _Worker(work, cancelled)
    dialog = QProgressDialog(label, "取消", 0, 0, parent)
    dialog.setWindowTitle("请稍候")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancelled.set)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    worker.progressed.connect(show_progress)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
