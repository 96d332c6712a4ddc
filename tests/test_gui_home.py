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


def test_a_year_without_records_says_so_under_the_chart(qtbot: QtBot, context: AppContext) -> None:
    """Not a lone 按类别 heading over nothing: the chart says there is nothing yet, and where
    to start."""
    page = HomePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.load()
    chart = page.chart
    assert chart is not None and not any(count for _label, count in chart.table.counts)
    assert "补录" in chart.empty_text
    image = chart.grab().toImage()
    background = image.pixelColor(image.width() - 1, image.height() - 1)
    below_title = [
        image.pixelColor(x, y)
        for y in range(32, min(image.height(), 52))
        for x in range(0, min(image.width(), 300))
    ]
    assert any(colour != background for colour in below_title)  # the sentence is drawn
