"""The record dialog previews the rules the save applies (issue 17, items 6 and 8): who has a
vote at a 党员大会 and whether more than half came, the 支委会's half, a host listed as absent,
and the 党小组会's host taken from its 组长."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from stdnum.cn import ric

from dangwu_desktop.core.glossary import (
    ActivityKind,
    CommitteePost,
    ExcusalReason,
    MovementKind,
)
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import excusals
from dangwu_desktop.core.services.members import add_member, record_movement, update_member
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import PRESENT, ActivityDialog
from dangwu_desktop.ui.dialogs.excusal_dialog import ExcusalDialog
from dangwu_desktop.ui.pages.roster import RosterPage
from tests.conftest import TODAY, member, type_chinese, type_date

pytestmark = pytest.mark.usefixtures("branch")
POSTS = (CommitteePost.ORGANISATION, CommitteePost.PROPAGANDA, CommitteePost.DISCIPLINE)
NAMES = ("陈静", "林二", "林三", "林四", "周五", "周六", "周七", "周八", "吴九", "吴十")


def id_number(index: int) -> str:
    body = f"33072619800101{index + 1:03d}"
    return body + ric.calc_check_digit(body + "0")


@pytest.fixture
def village(context: AppContext) -> list[int]:
    """Ten full members in 第一党小组; six of them working away since March 2025."""
    with context.database.transaction() as session:
        ids = [
            add_member(
                session,
                member(name=name, id_number=id_number(i), group_name="第一党小组"),
                TODAY,
            ).id
            for i, name in enumerate(NAMES)
        ]
        for member_id in ids[4:]:
            away = Movement(MovementKind.MOBILE_OUT, date(2025, 3, 1), place="杭州")
            record_movement(session, member_id, away, TODAY)
    return ids


def open_dialog(qtbot: QtBot, context: AppContext, kind: ActivityKind) -> ActivityDialog:
    dialog = ActivityDialog(context, None, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.attendanceTab)
    return dialog


def tick(qtbot: QtBot, dialog: ActivityDialog, row: int) -> None:
    """Put the cursor on a row's 出席 box and press Space, as a user does with the keyboard."""
    table = dialog.ui.attendanceTable
    table.setCurrentCell(row, PRESENT)
    qtbot.keyClick(table, Qt.Key.Key_Space)


def test_a_general_meeting_previews_the_vote_count_with_the_branch_s_excusals(
    qtbot: QtBot, context: AppContext, village: list[int]
) -> None:
    with context.database.transaction() as session:
        for member_id in village[8:]:  # 吴九, 吴十: long away, relation not moved
            excusals.record_excusal(
                session, member_id, ExcusalReason.AWAY, date(2026, 1, 1), date(2026, 1, 10), TODAY
            )
    dialog = open_dialog(qtbot, context, ActivityKind.BRANCH_GENERAL)
    label = dialog.ui.quorumLabel
    assert label.isVisible()
    assert dialog.ui.countsLabel.text() == "应到 8 人，实到 4 人，缺席 4 人"
    assert label.text() == (
        "有表决权的党员应到 8 人，实到 4 人（未过半数，不能表决；表决须至少 5 人到会、5 票赞成）；"
        "经支部决定不计应到或无表决权：吴九（长期外出未转关系，2026年1月10日决定）、"
        "吴十（长期外出未转关系，2026年1月10日决定）"
    )
    dialog.ui.dateEdit.setDate(date(2026, 1, 5))  # before the decision: all ten are due
    assert dialog.ui.countsLabel.text() == "应到 10 人，实到 4 人，缺席 6 人"
    assert label.text() == (
        "有表决权的党员应到 10 人，实到 4 人（未过半数，不能表决；表决须至少 6 人到会、6 票赞成）"
    )
    dialog.ui.dateEdit.setDate(TODAY)
    rows = [dialog.ui.attendanceTable.item(r, 0).text() for r in range(8)]
    tick(qtbot, dialog, rows.index("周五（流动）"))  # came home for the meeting
    assert label.text().startswith("有表决权的党员应到 8 人，实到 5 人（已过半数；")


def test_a_committee_meeting_previews_more_than_half(
    qtbot: QtBot, context: AppContext, village: list[int]
) -> None:
    with context.database.transaction() as session:
        branch_service.save_branch_info(
            session,
            branch_service.BranchInfo(
                name="中共东岙村支部委员会",
                secretary="陈静",
                committee=[
                    branch_service.Seat(name, post)
                    for name, post in zip(NAMES[1:4], POSTS, strict=True)
                ],
            ),
        )
    dialog = open_dialog(qtbot, context, ActivityKind.COMMITTEE)
    assert dialog.ui.attendanceTable.rowCount() == 4
    assert dialog.ui.quorumLabel.text() == "到会委员已过半数（须至少 3 人）"
    for row in (0, 1):
        tick(qtbot, dialog, row)  # two of four: half, not more than half (第十二条)
    assert dialog.ui.quorumLabel.text() == "到会委员未过半数（须至少 3 人）"
    dialog.ui.kindCombo.setCurrentText(ActivityKind.THEME_DAY.value)
    assert not dialog.ui.quorumLabel.isVisible()  # no quorum for a 主题党日


def test_a_host_marked_absent_is_refused_on_save(
    qtbot: QtBot, context: AppContext, village: list[int]
) -> None:
    dialog = open_dialog(qtbot, context, ActivityKind.THEME_DAY)
    assert dialog.ui.hostEdit.text() == "陈静"
    type_chinese(dialog.ui.placeEdit, "村党群服务中心")
    type_chinese(dialog.ui.recorderEdit, "林二")
    tick(qtbot, dialog, 0)  # 陈静, the host, unticked
    dialog.save()
    assert dialog.result() == 0 and dialog.saved_id is None
    assert "主持人陈静在出席情况中为缺席" in dialog.ui.findingsLabel.text()


def test_a_group_meeting_is_hosted_by_the_group_leader_as_the_roster_names_her(
    qtbot: QtBot, context: AppContext, village: list[int]
) -> None:
    with context.database.transaction() as session:
        first = branch_service.list_groups(session)[0]
        branch_service.update_group(session, first.id, first.name, "林二")
        update_member(
            session,
            village[1],
            member(name="林二妹", id_number=id_number(1), group_name="第一党小组"),
            TODAY,
        )
    dialog = open_dialog(qtbot, context, ActivityKind.GROUP)
    assert (
        dialog.ui.hostEdit.text() == "林二妹"
    )  # the 组长 renamed on the roster, not the secretary


def test_the_secretary_records_a_decision_from_the_roster_and_ends_it(
    qtbot: QtBot, context: AppContext, village: list[int]
) -> None:
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.load()
    page.show_member(village[9])
    actions = [a.text() for a in page.member_menu().actions()]
    # The member's right-click menu begins with these (an export of their 记实表 follows).
    assert actions[:3] == ["编辑…", "登记变动…", "党员大会不计应到…"]
    dialog = ExcusalDialog(context, village[9], page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "吴十　流动党员" in dialog.ui.memberLabel.text()
    dialog.ui.reasonCombo.setCurrentText(ExcusalReason.AWAY.value)
    type_date(qtbot, dialog.ui.startEdit, "2026-05-01")
    type_date(qtbot, dialog.ui.decidedEdit, "2026-07-01")  # after today: refused
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "晚于今天" in dialog.ui.errorLabel.text() and not dialog.changed
    type_date(qtbot, dialog.ui.decidedEdit, "2026-05-01")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.changed and dialog.result() == 1
    with context.database.read() as session:
        assert [e.name for e in excusals.excused_on(session, date(2026, 6, 20))] == ["吴十"]

    again = ExcusalDialog(context, village[9], None)
    qtbot.addWidget(again)
    assert again.ui.decisionsTable.rowCount() == 1
    assert again.ui.decisionsTable.item(0, 1).text() == "2026-05-01 至 今"
    again.ui.decisionsTable.setCurrentCell(0, 0)
    type_date(qtbot, again.ui.endEdit, "2026-06-01")  # came home
    qtbot.mouseClick(again.ui.endButton, Qt.MouseButton.LeftButton)
    assert again.ui.decisionsTable.item(0, 1).text() == "2026-05-01 至 2026-06-01"
    with context.database.read() as session:
        assert excusals.excused_on(session, date(2026, 6, 20)) == []
