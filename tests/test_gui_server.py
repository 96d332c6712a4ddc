"""设置 → 乡镇数据库服务器…: a server is saved only after it answered, an empty address goes back
to the file on this PC, and a typed address is not thrown away unasked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.db.server import save_server, saved_server
from dangwu_desktop.ui.dialogs.server_dialog import ServerDialog
from tests.test_gui_unsaved import Questions, shown
from tests.test_gui_unsaved import questions as questions  # the fixture


def save(qtbot: QtBot, dialog: ServerDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("data_dir")
def test_an_address_that_is_no_server_is_explained_and_not_saved(qtbot: QtBot) -> None:
    dialog = shown(qtbot, ServerDialog())
    assert isinstance(dialog, ServerDialog)
    qtbot.keyClicks(dialog.ui.urlEdit, "mysql://zhang@10.0.0.5/township")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "只支持 PostgreSQL 服务器的地址" in dialog.ui.messageLabel.text()
    assert saved_server() == ""
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)  # 测试连接 says the same
    assert "只支持 PostgreSQL" in dialog.ui.messageLabel.text()


@pytest.mark.usefixtures("data_dir")
def test_esc_on_a_typed_address_asks_before_throwing_it_away(
    qtbot: QtBot, questions: Questions
) -> None:
    dialog = shown(qtbot, ServerDialog())
    assert isinstance(dialog, ServerDialog)
    qtbot.keyClicks(dialog.ui.urlEdit, "postgresql://zhang@10.0.0.5/township")
    questions.will_answer("取消")
    qtbot.keyClick(dialog.ui.urlEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "尚未保存" in questions.asked[0]
    questions.will_answer("不保存")
    qtbot.keyClick(dialog.ui.urlEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and saved_server() == ""


def test_an_empty_address_goes_back_to_the_file_on_this_pc(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    save_server("postgresql://zhang@10.0.0.5/township")
    dialog = shown(qtbot, ServerDialog())
    assert isinstance(dialog, ServerDialog)
    assert dialog.ui.urlEdit.text() == "postgresql://zhang@10.0.0.5/township"
    dialog.ui.urlEdit.clear()
    save(qtbot, dialog)
    assert not dialog.isVisible() and saved_server() == ""
    assert told == ["已改回本机的数据文件，下次启动党务台账时生效。"]
