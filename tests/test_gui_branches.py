"""Opening a database of several branches in the window (issue 23): the program asks which branch
to open and every page then shows that branch's records; a village database of one branch opens
as it always has, without the question."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.app import branch_chosen
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.pages.roster import RosterPage
from tests.conftest import TODAY, member

OWN = "中共东岙村支部委员会"
WEST = "中共南岙村支部委员会"


@pytest.fixture
def two_villages(context: AppContext, branch: None) -> int:
    """东岙 (the branch fixture's) with 张三, and 南岙 beside it with 李四; west's id."""
    database = context.database
    with database.transaction() as session:
        members.add_member(session, member(), TODAY)
        west = branch_service.add_branch(session, WEST).id
    with database.transaction(branch_id=west) as session:
        branch_service.save_branch_info(
            session, branch_service.BranchInfo(name=WEST, secretary="李四")
        )
        members.add_member(session, member(name="李四", id_number="330726199001011211"), TODAY)
    return west


def answer_the_question(act: Callable[[QInputDialog], None], seen: list[list[str]]) -> None:
    """When the question comes up: note its choices, then answer it with `act`."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.comboBoxItems())
        act(dialog)

    QTimer.singleShot(0, answer)


def test_the_window_asks_which_branch_and_its_pages_show_that_branch(
    qtbot: QtBot, context: AppContext, two_villages: int
) -> None:
    seen: list[list[str]] = []

    def pick_west(dialog: QInputDialog) -> None:
        dialog.setTextValue(WEST)
        dialog.accept()

    answer_the_question(pick_west, seen)
    assert branch_chosen(context, None)
    assert seen == [[OWN, WEST]] and context.database.branch_id == two_villages
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("roster")
    assert isinstance(page, RosterPage)
    assert [row.name for row in page.model.visible_rows()] == ["李四"]


def test_no_branch_picked_opens_nothing(context: AppContext, two_villages: int) -> None:
    seen: list[list[str]] = []
    answer_the_question(lambda dialog: dialog.reject(), seen)
    assert not branch_chosen(context, None)
    assert seen == [[OWN, WEST]] and context.database.branch_id is None


def test_the_branch_named_at_the_start_opens_without_the_question(
    context: AppContext, two_villages: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dangwu_desktop --branch 名称` (a shortcut on a township PC); a name not in the database
    is said, and nothing opens."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    assert branch_chosen(context, WEST) and context.database.branch_id == two_villages
    context.database.branch_id = None
    assert not branch_chosen(context, "中共北岙村支部委员会")
    assert told == [f"数据库中没有“中共北岙村支部委员会”（有：{OWN}、{WEST}）"]


def test_a_village_database_opens_without_the_question(
    context: AppContext, branch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_args: object) -> None:
        raise AssertionError("a village database asked which branch")

    monkeypatch.setattr(QInputDialog, "getItem", never)
    assert branch_chosen(context, None) and context.database.branch_id is None
