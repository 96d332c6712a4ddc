"""首页, as a secretary sees it on the day she starts using the program."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.pages.home import HomePage

pytestmark = pytest.mark.usefixtures("branch")


def test_a_new_branch_is_told_that_past_meetings_can_be_entered(
    qtbot: QtBot, context: AppContext
) -> None:
    page = HomePage(context)
    qtbot.addWidget(page)
    page.show()
    page.load()
    attention = page.ui.attentionList
    lines = [attention.item(i).text() for i in range(attention.count())]
    assert any(line.startswith("【逾期】") for line in lines)  # half a year with no records
    assert "补录" in lines[0] and "新建记录" in lines[0]  # read before the overdue lines
    hint = attention.item(0)
    rect = attention.visualItemRect(hint)
    with qtbot.waitSignal(page.open_page) as opened:
        qtbot.mouseClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["activities"]
