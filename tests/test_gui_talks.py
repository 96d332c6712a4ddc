"""谈心谈话 in the window: the conversations typed into the record dialog with the keyboard, and
the year's coverage on the 组织生活 page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.activity_rules import ActivityDraft, Talk
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from dangwu_desktop.ui.pages.activities import ActivitiesPage
from tests.conftest import TODAY, type_chinese
from tests.test_talks import seat_the_branch


@pytest.fixture
def branch_people(context: AppContext) -> dict[str, int]:
    return seat_the_branch(context.database)


def open_dialog(qtbot: QtBot, context: AppContext, kind: ActivityKind) -> ActivityDialog:
    """A new record's dialog, shown and active: the keys typed reach it."""
    dialog = ActivityDialog(context, None, kind)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def talks_tab_shown(dialog: ActivityDialog) -> bool:
    tabs = dialog.ui.tabs
    return tabs.isTabVisible(tabs.indexOf(dialog.ui.talksTab))


def type_cell(qtbot: QtBot, text: str) -> None:
    """Type into the cell being edited, then Tab to the next one, as a secretary does."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    for char in text:
        if char.isascii():
            qtbot.keyClicks(editor, char)
        else:
            type_chinese(editor, char)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


@pytest.mark.usefixtures("branch_people")
def test_conversations_are_typed_row_by_row_and_saved_with_the_record(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, context, ActivityKind.TALK)
    assert talks_tab_shown(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.talksTab)
    qtbot.mouseClick(dialog.ui.addTalkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    # A name is found from part of it (“陈” is only 陈静); the date starts as the record's.
    type_cell(qtbot, "陈")
    type_cell(qtbot, "赵一")
    assert dialog.ui.talksTable.item(0, 2).text() == "2026-06-30"
    type_cell(qtbot, "2026-6-2")
    type_cell(qtbot, "委员与党员")
    type_cell(qtbot, "谈了茶园收成和今年打算")
    type_cell(qtbot, "希望帮助联系销路")
    # Tab out of the last cell starts the next conversation at its 谈话人.
    qtbot.waitUntil(lambda: dialog.ui.talksTable.rowCount() == 2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    type_cell(qtbot, "王伟")
    type_cell(qtbot, "李红")
    type_cell(qtbot, "2026-6-3")
    type_cell(qtbot, "委员之间")
    type_cell(qtbot, "交流分工")
    assert dialog.ui.talksCount.text() == "共2次谈话"
    qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)
    if dialog.result() != ActivityDialog.DialogCode.Accepted:  # a warning asked 仍然保存
        qtbot.mouseClick(dialog.gate.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ActivityDialog.DialogCode.Accepted, dialog.ui.findingsLabel.text()
    with context.database.read() as session:
        draft = service.activity_draft(service.get_activity(session, dialog.saved_id or 0))
    assert [(t.talker, t.talkee, t.date, t.talk_type, t.content, t.suggestions) for t in draft.talks] == [
        ("陈静", "赵一", date(2026, 6, 2), "委员与党员", "谈了茶园收成和今年打算", "希望帮助联系销路"),
        ("王伟", "李红", date(2026, 6, 3), "委员之间", "交流分工", ""),
    ]  # fmt: skip


@pytest.mark.usefixtures("branch_people")
def test_a_name_not_on_the_roster_or_an_unreadable_date_is_refused(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, context, ActivityKind.TALK)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.talksTab)
    qtbot.mouseClick(dialog.ui.addTalkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    type_cell(qtbot, "陈静")
    type_cell(qtbot, "周五")
    type_cell(qtbot, "六月")
    save = dialog.ui.buttonBox.buttons()[0]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "第1行的日期无法识别" in dialog.ui.findingsLabel.text()
    dialog.ui.talksTable.item(0, 2).setText("2026-6-2")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "第1次谈话的谈话对象有误" in dialog.ui.findingsLabel.text()
    assert "“周五”不是花名册中的党员" in dialog.ui.findingsLabel.text()
    assert dialog.result() != ActivityDialog.DialogCode.Accepted


@pytest.mark.usefixtures("branch_people")
def test_only_a_talk_record_has_conversations(qtbot: QtBot, context: AppContext) -> None:
    dialog = ActivityDialog(context, None, ActivityKind.BRANCH_GENERAL)
    qtbot.addWidget(dialog)
    assert not talks_tab_shown(dialog)
    dialog.ui.kindCombo.setCurrentText(ActivityKind.TALK.value)
    assert talks_tab_shown(dialog)


def test_the_page_shows_the_years_coverage_with_those_not_yet_talked_with_first(
    qtbot: QtBot, context: AppContext, branch_people: dict[str, int]
) -> None:
    ids = branch_people
    one = Talk(ids["陈静"], "陈静", ids["赵一"], "赵一", date(2026, 3, 2), "谈茶园")
    with context.database.transaction() as session:
        service.save_activity(
            session, ActivityDraft(ActivityKind.TALK, date(2026, 3, 2), talks=[one]), TODAY
        )
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    page.load()
    page.ui.views.setCurrentWidget(page.ui.talksTab)
    page.show()
    assert (
        page.ui.talksSummary.text() == "2026年：委员之间3对，已谈0对；其他党员4人，已与委员谈话1人"
    )
    table = page.ui.talksTable
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert rows[0] == ["未谈", "委员之间", "陈静（书记）", "王伟（组织委员）", ""]
    assert rows[-1] == ["已谈", "委员与党员", "赵一", "陈静（书记）", "2026-03-02"]
    assert ["未谈", "委员与党员", "孙三", "（尚无委员与其谈话）", ""] in rows
    assert "第十九条" in page.ui.talksSummary.toolTip()
