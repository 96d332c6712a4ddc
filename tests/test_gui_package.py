"""文件 → 导出上报数据包…: a target with a sensible name, an optional password typed twice, then a
message saying where the package went and what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.db.package import read_package
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import package_dialog
from dangwu_desktop.ui.dialogs.package_dialog import PackageDialog
from dangwu_desktop.ui.file_dialogs import PACKAGE_FOLDER_KEY
from dangwu_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.modal import too_large


@pytest.fixture
def village(context: AppContext) -> AppContext:
    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    return context


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str]]:
    """The result message, as the secretary would read it."""
    shown: list[tuple[Path, str]] = []
    monkeypatch.setattr(
        package_dialog, "show_saved", lambda _parent, path, lead: shown.append((path, lead))
    )
    return shown


def dialog_on(qtbot: QtBot, context: AppContext, folder: Path) -> PackageDialog:
    context.settings.setValue(PACKAGE_FOLDER_KEY, str(folder))
    dialog = PackageDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_menu_opens_the_dialog(
    qtbot: QtBot, village: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[PackageDialog] = []
    monkeypatch.setattr(PackageDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(village)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.ui.fileMenu.actions()]
    assert "导出上报数据包(&U)…" in texts
    window.ui.exportPackageAction.trigger()
    assert len(opened) == 1 and opened[0].windowTitle() == "导出上报数据包"


def test_the_suggested_file_names_the_branch_and_the_day(
    qtbot: QtBot, village: AppContext, tmp_path: Path
) -> None:
    dialog = dialog_on(qtbot, village, tmp_path)
    expected = tmp_path / "上报数据包-中共前溪村支部委员会-2026-06-30.dwpkg"
    assert dialog.ui.fileEdit.text() == str(expected)
    assert too_large(dialog) is None


def test_exporting_with_a_password_writes_a_sealed_package_and_says_what_it_holds(
    qtbot: QtBot, village: AppContext, tmp_path: Path, saved: list[tuple[Path, str]]
) -> None:
    dialog = dialog_on(qtbot, village, tmp_path)
    dialog.ui.fileEdit.setText(str(tmp_path / "第四季度"))  # the suffix is added
    qtbot.keyClicks(dialog.ui.passwordEdit, "xiang2026")
    qtbot.keyClicks(dialog.ui.repeatEdit, "xiang2026")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "第四季度.dwpkg"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [(path, lead)] = saved
    assert path == target
    assert "支部：中共前溪村支部委员会" in lead and "密码：有（已加密）" in lead
    assert "在册党员：" in lead and lead.endswith("文件保存在：")
    with read_package(target, "xiang2026") as package:
        assert package.manifest.encrypted and package.manifest.demo is False
    assert village.settings.value(PACKAGE_FOLDER_KEY) == str(tmp_path)


def test_without_a_password_the_package_is_plain(
    qtbot: QtBot, village: AppContext, tmp_path: Path, saved: list[tuple[Path, str]]
) -> None:
    dialog = dialog_on(qtbot, village, tmp_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved))
    [(path, lead)] = saved
    assert "密码：无" in lead
    with read_package(path) as package:
        assert not package.manifest.encrypted


@pytest.mark.parametrize(
    ("password", "repeat", "message"),
    [
        ("xiang2026", "xiang2025", "两次输入的密码不一致"),
        ("12345", "12345", "数据包密码至少6位"),
    ],
    ids=["mismatch", "short"],
)
def test_a_password_that_will_not_do_is_said_and_nothing_is_written(
    qtbot: QtBot,
    village: AppContext,
    tmp_path: Path,
    saved: list[tuple[Path, str]],
    password: str,
    repeat: str,
    message: str,
) -> None:
    dialog = dialog_on(qtbot, village, tmp_path)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClicks(dialog.ui.repeatEdit, repeat)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert message in dialog.ui.messageLabel.text() and dialog.isVisible()
    assert saved == [] and list(tmp_path.glob("*.dwpkg")) == []


def test_a_folder_that_is_not_there_is_said(
    qtbot: QtBot, village: AppContext, tmp_path: Path, saved: list[tuple[Path, str]]
) -> None:
    dialog = dialog_on(qtbot, village, tmp_path)
    dialog.ui.fileEdit.setText(str(tmp_path / "拔掉的U盘" / "包.dwpkg"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "不存在" in dialog.ui.messageLabel.text() and saved == []


def test_an_existing_file_is_replaced_only_when_the_secretary_says_so(
    qtbot: QtBot,
    village: AppContext,
    tmp_path: Path,
    saved: list[tuple[Path, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "包.dwpkg"
    target.write_bytes(b"last quarter's")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog = dialog_on(qtbot, village, tmp_path)
    dialog.ui.fileEdit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"last quarter's" and dialog.isVisible()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved))
    with read_package(target) as package:
        assert package.manifest.branch_name == "中共前溪村支部委员会"


def test_esc_with_a_typed_password_closes_without_asking(
    qtbot: QtBot, village: AppContext, tmp_path: Path
) -> None:
    """A password is not work to keep: no 保存/不保存 question."""
    dialog = dialog_on(qtbot, village, tmp_path)
    qtbot.keyClicks(dialog.ui.passwordEdit, "xiang2026")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None
    assert list(tmp_path.glob("*.dwpkg")) == []


def test_choosing_a_place_keeps_the_package_suffix(
    qtbot: QtBot, village: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    stick = tmp_path / "U盘"
    stick.mkdir()
    offered: list[str] = []

    def choose(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(stick / "第四季度"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = dialog_on(qtbot, village, tmp_path)
    qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
    assert offered == [str(tmp_path / "上报数据包-中共前溪村支部委员会-2026-06-30.dwpkg")]
    assert dialog.ui.fileEdit.text() == str(stick / "第四季度.dwpkg")
