"""The roster page: search box, filters, counts, columns remembered, double-click to edit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.glossary import MemberCategory, MovementKind
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.roster import COLUMN_INDEX
from dangwu_desktop.core.services import members as service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog
from dangwu_desktop.ui.pages.roster import RosterPage
from tests.conftest import TODAY, member, type_chinese

pytestmark = pytest.mark.usefixtures("branch")


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> RosterPage:
    with context.database.transaction() as session:
        service.add_member(session, member(group_name="第一党小组"), TODAY)
        service.add_member(session, member(name="曾国华", id_number="110101199003074477", phone="13912345678", group_name="第二党小组"), TODAY)  # fmt: skip
        probationer = member(name="李梅", id_number="110101199003074426", category=MemberCategory.PROBATIONARY,
                             join_date=date(2025, 3, 1), full_member_date=None)  # fmt: skip
        service.add_member(session, probationer, TODAY)
        gone = service.add_member(
            session, member(name="赵六", id_number="110101199003074397"), TODAY
        )
        service.record_movement(
            session, gone.id, Movement(MovementKind.DECEASED, date(2026, 1, 5)), TODAY
        )
    roster = RosterPage(context)
    qtbot.addWidget(roster)
    roster.load()
    roster.show()
    return roster


def shown_names(page: RosterPage) -> list[str]:
    model = page.model
    return [model.index(row, COLUMN_INDEX["name"]).data() for row in range(model.rowCount())]


def test_search_box_finds_by_pinyin_initials(qtbot: QtBot, page: RosterPage) -> None:
    qtbot.keyClicks(page.ui.searchEdit, "zs")
    assert shown_names(page) == ["张三"]
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Backspace)
    assert len(shown_names(page)) == 3  # the deceased member is not 在册


def test_search_box_finds_by_name_id_fragment_and_phone(qtbot: QtBot, page: RosterPage) -> None:
    type_chinese(page.ui.searchEdit, "李")
    assert shown_names(page) == ["李梅"]
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "074477")
    assert shown_names(page) == ["曾国华"]
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "139123")
    assert shown_names(page) == ["曾国华"]


def test_filters_and_status_line(page: RosterPage) -> None:
    assert (
        page.ui.countsLabel.text()
        == "正式党员 2 人　预备党员 1 人（其中待转正1人）　流动党员 0 人　总数 3 人"
    )
    page.ui.categoryFilter.setCurrentText("待转正")
    assert shown_names(page) == ["李梅"]
    page.ui.categoryFilter.setCurrentIndex(0)
    page.ui.groupFilter.setCurrentText("第二党小组")
    assert shown_names(page) == ["曾国华"]
    page.ui.groupFilter.setCurrentIndex(0)
    page.ui.statusFilter.setCurrentText("去世")
    assert shown_names(page) == ["赵六"]
    assert page.ui.countsLabel.text().endswith("总数 1 人")


def test_a_due_probationer_is_marked_with_the_rule(page: RosterPage) -> None:
    row = shown_names(page).index("李梅")
    index = page.model.index(row, COLUMN_INDEX["category"])
    assert index.data() == "预备党员（待转正）"
    assert "中国共产党章程》第七条" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_a_column_header(qtbot: QtBot, page: RosterPage) -> None:
    header = page.ui.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_center(header, COLUMN_INDEX["name"])
    )
    assert shown_names(page) == ["李梅", "曾国华", "张三"]


def _center(header: QHeaderView, section: int) -> QPoint:
    position = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(position, header.height() // 2)


def test_chosen_columns_and_widths_are_remembered(
    qtbot: QtBot, context: AppContext, page: RosterPage
) -> None:
    page.set_column_shown(COLUMN_INDEX["address"], True)
    page.set_column_shown(COLUMN_INDEX["ethnicity"], False)
    page.ui.table.horizontalHeader().resizeSection(COLUMN_INDEX["name"], 123)
    context.settings.sync()
    reopened = RosterPage(
        AppContext(
            context.database,
            QSettings(context.settings.fileName(), QSettings.Format.IniFormat),
            context.today,
        )
    )
    qtbot.addWidget(reopened)
    header = reopened.ui.table.horizontalHeader()
    assert not header.isSectionHidden(COLUMN_INDEX["address"])
    assert header.isSectionHidden(COLUMN_INDEX["ethnicity"])
    assert header.sectionSize(COLUMN_INDEX["name"]) == 123


def test_double_click_opens_the_member_dialog(
    qtbot: QtBot, page: RosterPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def fake_exec(dialog: MemberDialog) -> int:
        opened.append(dialog.ui.nameEdit.text())
        dialog.ui.phoneEdit.setText("13700000000")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    table = page.ui.table
    rect = table.visualRect(page.model.index(0, 0))
    # A real double-click starts with a press: the view only opens the row it saw pressed.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [shown_names(page)[0]]
    selected = page.model.row_of_member(page.selected_member_id() or 0)
    assert selected is not None
    assert page.model.index(selected, COLUMN_INDEX["phone"]).data() == "13700000000"


def test_sorting_keeps_the_selected_member_selected(page: RosterPage) -> None:
    page.ui.table.selectRow(shown_names(page).index("张三"))
    page.model.sort(COLUMN_INDEX["name"], Qt.SortOrder.DescendingOrder)
    page.model.sort(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
    selected = page.selected_member_id()
    assert selected is not None
    assert shown_names(page)[page.model.row_of_member(selected) or 0] == "张三"


def test_each_keystroke_shows_what_a_fresh_filter_would(page: RosterPage) -> None:
    from dangwu_desktop.core.roster import RosterFilter, load_roster
    from dangwu_desktop.ui.roster_model import RosterTableModel

    model = page.model
    steps = [
        RosterFilter(text="z"),
        RosterFilter(text="zg"),  # narrowing: only the rows still shown are searched
        RosterFilter(text="z"),  # widening: the boxes' rows are searched again
        RosterFilter(text="z", status=None),  # a box changed: everything is filtered again
        RosterFilter(text="曾"),
        RosterFilter(text="曾国华 z", status=None),
        RosterFilter(text="0307", category=MemberCategory.PROBATIONARY),
        RosterFilter(),
    ]
    with page.context.database.read() as session:
        everyone = load_roster(session, TODAY)
    for step in steps:
        model.set_filter(step)
        fresh = RosterTableModel()
        fresh.set_rows(list(everyone))
        fresh.set_filter(step)
        expected = [fresh.member_id(row) for row in range(fresh.rowCount())]
        assert [model.member_id(row) for row in range(model.rowCount())] == expected, step
