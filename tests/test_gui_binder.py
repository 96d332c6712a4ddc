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
from dangwu_desktop.ui.pages.roster import RosterPage
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

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        # Marked on the dialog itself: a later dialog may take a closed one's address.
        if dialog is None or dialog.property("answered") or not dialog.isVisible():
            return
        for kind, step in steps.items():
            if isinstance(dialog, kind):
                dialog.setProperty("answered", True)
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


def test_the_registers_are_exported_from_the_roster_pages_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """花名册 → 导出: a register (which one, then the year), and a member's 记实表 from the row's
    own menu — each written where the save dialog says, with the usual 已导出 message."""
    targets = iter([tmp_path / "转出.xlsx", tmp_path / "记实表.docx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    seen: list[str] = []
    choices = iter(["转出党员登记表", f"{TODAY.year}年", f"{TODAY.year}年"])

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(next(choices))
        dialog.accept()

    def close_message(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.accept()

    page = window.go_to("roster")
    assert isinstance(page, RosterPage)
    menu = page.ui.exportButton.menu()
    assert menu is not None
    timer = answering({QInputDialog: choose, QMessageBox: close_message}, seen)
    next(a for a in menu.actions() if a.text().startswith("导出年度登记表")).trigger()
    page.ui.table.selectRow(0)
    name = page.model.roster_row(0).name
    next(a for a in page.member_menu().actions() if "记实表" in a.text()).trigger()
    timer.stop()
    assert (tmp_path / "转出.xlsx").exists() and (tmp_path / "记实表.docx").exists()
    assert any(f"已导出{TODAY.year}年转出党员登记表（1名转出党员）" in s for s in seen), seen
    assert any(f"已生成{name}的{TODAY.year}年度党员日常管理记实表" in s for s in seen), seen
