"""文件 → 生成年度台账档案… in the real window on the demo village: the year chosen, a folder
given, the archive made behind a progress bar — and, once, 取消 pressed while it runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def window(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> MainWindow:
    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    # The folder chooser is the system's: answered with the folder a secretary would pick.
    (tmp_path / "迎检").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "迎检"))
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    return main


def answering(steps: dict[type, Callable[[QWidget], None]], seen: list[str]) -> QTimer:
    """Answer each modal dialog by its type as it opens, noting its title and text."""
    timer = QTimer()
    timer.setInterval(20)
    answered: set[int] = set()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or id(dialog) in answered or not dialog.isVisible():
            return
        for kind, step in steps.items():
            if isinstance(dialog, kind):
                answered.add(id(dialog))
                text = dialog.text() if isinstance(dialog, QMessageBox) else ""
                seen.append(f"{dialog.windowTitle()}：{text}")
                step(dialog)
                return

    timer.timeout.connect(answer)
    timer.start()
    return timer


def binder_action(window: MainWindow) -> None:
    action = next(a for a in window.ui.fileMenu.actions() if a.text() == "生成年度台账档案…")
    assert action.isEnabled()
    action.trigger()


def test_the_years_archive_is_made_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[str] = []
    years: list[list[str]] = []

    def choose_year(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        years.append(dialog.comboBoxItems())
        assert dialog.textValue() == f"{TODAY.year}年"
        dialog.accept()

    def close_message(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "确定").click()

    timer = answering({QInputDialog: choose_year, QMessageBox: close_message}, seen)
    binder_action(window)  # returns once the last message is closed
    timer.stop()
    assert years[0][:2] == [f"{TODAY.year}年", f"{TODAY.year - 1}年"]
    (archive,) = (tmp_path / "迎检").iterdir()
    assert archive.name == f"中共前溪村支部委员会{TODAY.year}年度台账档案"
    assert [p.name for p in archive.glob("*.pdf")] == [f"{archive.name}.pdf"]
    assert any(f"已生成{TODAY.year}年度台账档案：PDF共" in s for s in seen), seen


def test_cancelling_while_it_runs_leaves_no_folder_behind(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[str] = []

    def press_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QProgressDialog)
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消").click()

    def close_message(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.accept()

    timer = answering(
        {QInputDialog: lambda d: d.accept() if isinstance(d, QInputDialog) else None,
         QProgressDialog: press_cancel, QMessageBox: close_message},
        seen,
    )  # fmt: skip
    binder_action(window)
    timer.stop()
    assert seen[-1] == "生成年度台账档案：已取消，没有留下未完成的文件。", seen
    assert list((tmp_path / "迎检").iterdir()) == []
