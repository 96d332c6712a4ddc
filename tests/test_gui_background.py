"""Slow work in a worker thread: results come back, errors come back, 取消 reaches the work."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from dangwu_desktop.ui.background import Progress, run_in_background


def test_the_result_comes_back_and_progress_is_reported(qtbot: QtBot) -> None:
    def work(progress: Progress) -> str:
        assert threading.current_thread() is not threading.main_thread()
        for done in range(1, 4):
            assert progress(done, 3)
        return "完成"

    assert run_in_background(None, "测试", work) == "完成"


def test_an_error_in_the_work_is_raised_in_the_window_thread(qtbot: QtBot) -> None:
    def work(_progress: Progress) -> None:
        raise ValueError("文件损坏")

    with pytest.raises(ValueError, match="文件损坏"):
        run_in_background(None, "测试", work)


def test_cancel_tells_the_work_to_stop(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        for button in dialogs[-1].findChildren(QPushButton):
            if button.text() == "取消":
                button.click()

    answers: list[bool] = []

    def work(progress: Progress) -> int:
        for done in range(1, 400):
            answers.append(progress(done, 400))
            if not answers[-1]:
                return done
            threading.Event().wait(0.005)
        return 400

    QTimer.singleShot(100, press_cancel)  # the user presses 取消 while the work runs
    stopped_at = run_in_background(None, "测试", work)
    assert stopped_at < 400 and answers[-1] is False
