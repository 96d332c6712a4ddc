"""The 三张清单 page as the secretary uses it: where each item stands said in words and colours
with a legend; an item entered from the keyboard; a refusal shown beside its field with its rule,
a 提示 accepted by 仍然保存; Esc on a half-filled form asks; a progress note, 销号 refused until the
work is done and then made, and undone; a 组织生活会's 查摆问题 turned into items in one step; a
佐证材料 file kept with its item; a 首页 reminder opens the page on its item."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.core.glossary import ActivityKind, Attendance
from dangwu_desktop.core.services.activities import save_activity
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.attachments import attachments_folder
from dangwu_desktop.ledgers.lists.models import ListAttachment, ListItem
from dangwu_desktop.ledgers.lists.page import STATUS_COLUMN, ListsPage, Tone
from dangwu_desktop.ledgers.lists.rules import EvidenceKind, ItemStatus, ListKind
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.lists_dialogs import (
    DEADLINE,
    OWNER,
    USE,
    CloseDialog,
    ItemDialog,
    MeetingDialog,
    ProgressDialog,
)
from dangwu_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY, member, type_chinese
from tests.modal import too_large


def answer_box(button: QMessageBox.StandardButton | str, said: list[str]) -> QTimer:
    """Press `button` (or the button of that text) on the next message box once it shows."""
    timer = QTimer()
    timer.setInterval(15)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            said.append(box.text())
            if isinstance(button, str):
                next(b for b in box.buttons() if b.text() == button).click()
            else:
                box.button(button).click()

    timer.timeout.connect(answer)
    timer.start()
    return timer


@pytest.fixture
def demo_page(qtbot: QtBot, context: AppContext) -> ListsPage:
    with context.database.transaction() as session:
        build_demo_village(session, TODAY)
    page = ListsPage(context)
    qtbot.addWidget(page)
    page.load()
    return page


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, branch: None) -> ListsPage:
    with context.database.transaction() as session:
        add_member(session, member(name="王伟"), TODAY)
    lists_page = ListsPage(context)
    qtbot.addWidget(lists_page)
    lists_page.load()
    return lists_page


def shown(page: ListsPage, row: int, column: int, role: Qt.ItemDataRole) -> object:
    return page.model.data(page.model.index(row, column), role)


def row_of(page: ListsPage, start: str) -> int:
    return next(
        r for r in range(page.model.rowCount()) if page.model.row(r).description.startswith(start)
    )


def test_where_each_item_stands_is_said_in_words_and_colours_with_a_legend(
    demo_page: ListsPage,
) -> None:
    page, display = demo_page, Qt.ItemDataRole.DisplayRole
    lamps = row_of(page, "3组至石塘")
    assert shown(page, lamps, STATUS_COLUMN, display) == "推进中（逾期45天）"
    background = shown(page, lamps, STATUS_COLUMN, Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == Tone.OVERDUE[0]  # type: ignore[attr-defined]
    assert "逾期" in page.ui.legendLabel.text() and "已销号" in page.ui.legendLabel.text()
    assert "逾期<b" in page.ui.summaryLabel.text()
    # 未销号 by default: no 销号 item listed; 全部 brings them back, in grey.
    assert all(page.model.row(r).status is not ItemStatus.CLOSED
               for r in range(page.model.rowCount()))  # fmt: skip
    page.ui.statusCombo.setCurrentText("全部")
    closed = next(
        r for r in range(page.model.rowCount()) if page.model.row(r).status is ItemStatus.CLOSED
    )
    foreground = shown(page, closed, 0, Qt.ItemDataRole.ForegroundRole)
    assert foreground.color().name() == Tone.CLOSED[1]  # type: ignore[attr-defined]
    # 只看逾期和即将到期: the lamps, and the task due within days.
    page.ui.overdueCheck.setChecked(True)
    assert [page.model.row(r).standing.text for r in range(page.model.rowCount())] == [
        "逾期45天", "5天后到期",
    ]  # fmt: skip
    page.ui.listCombo.setCurrentText(ListKind.TASK.value)
    assert page.model.rowCount() == 1
    assert page.ui.notesTable.rowCount() > 0  # the selection follows: its notes below


def test_an_item_entered_from_the_keyboard(qtbot: QtBot, page: ListsPage) -> None:
    dialog = ItemDialog(page.context, parent=page)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # Ctrl+S reaches the active window
        dialog.show()
        dialog.activateWindow()
    ui = dialog.ui
    assert dialog.windowTitle() == "新增问题清单事项" and dialog.focusWidget() is ui.descriptionEdit
    assert ui.raisedEdit.text() == "2026-06-30" and ui.deadlineEdit.text() == "2026-07-30"
    type_chinese(ui.descriptionEdit, "党员活动室没有悬挂入党誓词")
    qtbot.keyClick(ui.descriptionEdit, Qt.Key.Key_Tab)  # Tab leaves the text box
    assert dialog.focusWidget() is ui.measuresEdit
    type_chinese(ui.measuresEdit, "7月底前悬挂入党誓词和党旗")
    qtbot.keyClick(ui.measuresEdit, Qt.Key.Key_Tab)
    type_chinese(ui.responsibleCombo.lineEdit(), "王伟")
    ui.deadlineEdit.clear()
    qtbot.keyClicks(ui.deadlineEdit, "2026.7.31")
    qtbot.keyClick(ui.deadlineEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui.errorLabel.text() == ""
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    with page.context.database.read() as session:
        item = session.scalars(select(ListItem)).one()
        assert (item.description, item.responsible, item.deadline) == (
            "党员活动室没有悬挂入党誓词", "王伟", date(2026, 7, 31),
        )  # fmt: skip
        assert item.responsible_id is not None  # the roster's 王伟, linked
    page.load()
    assert page.model.rowCount() == 1 and page.selected() is not None


def test_lists_deadline_a_refusal_is_shown_beside_its_field_with_its_rule(
    qtbot: QtBot, page: ListsPage
) -> None:
    dialog = ItemDialog(page.context, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_chinese(dialog.ui.descriptionEdit, "党员活动室没有悬挂入党誓词")
    dialog.ui.responsibleCombo.setCurrentText("何永强")  # a cadre off the roster, by name
    dialog.ui.deadlineEdit.setDate(date(2026, 6, 1))  # before the day it was raised
    dialog.save()
    text = dialog.ui.errorLabel.text()
    assert "完成时限不能早于提出日期" in text and "依据：地方规定" in text
    assert dialog.ui.deadlineEdit.styleSheet()  # the field outlined
    assert dialog.isVisible()


def test_lists_deadline_a_warning_is_accepted_by_saving_again(
    qtbot: QtBot, page: ListsPage
) -> None:
    dialog = ItemDialog(page.context, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_chinese(dialog.ui.descriptionEdit, "党员活动室没有悬挂入党誓词")
    dialog.ui.responsibleCombo.setCurrentText("何永强")
    dialog.save()  # no 整改措施: pointed out, not refused
    assert "还没有填写整改措施" in dialog.ui.errorLabel.text()
    assert dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).text() == "仍然保存"
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    with page.context.database.read() as session:
        assert session.scalars(select(ListItem)).one().responsible == "何永强"


def test_esc_on_a_half_filled_item_asks_before_throwing_it_away(
    qtbot: QtBot, page: ListsPage
) -> None:
    dialog = ItemDialog(page.context, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_chinese(dialog.ui.descriptionEdit, "村务公开栏破损")
    asked: list[str] = []
    _timer = answer_box("不保存", asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["所填内容尚未保存。要保存吗？"] and not dialog.isVisible()
    with page.context.database.read() as session:
        assert session.scalars(select(ListItem)).all() == []
    untouched = ItemDialog(page.context, parent=page)  # nothing typed: Esc just closes
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()


def saved_item(page: ListsPage, qtbot: QtBot) -> int:
    dialog = ItemDialog(page.context, parent=page)
    qtbot.addWidget(dialog)
    type_chinese(dialog.ui.descriptionEdit, "村道路灯损坏6盏")
    type_chinese(dialog.ui.measuresEdit, "申请资金维修")
    dialog.ui.responsibleCombo.setCurrentText("何永强")
    dialog.save()
    assert dialog.saved_id is not None
    page.load()
    return dialog.saved_id


def test_lists_close_after_review_a_progress_note_then_the_closure_refused_until_done(
    qtbot: QtBot, page: ListsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = saved_item(page, qtbot)
    note = ProgressDialog(page.context, item_id, "村道路灯损坏6盏", parent=page)
    qtbot.addWidget(note)
    type_chinese(note.ui.noteEdit, "已报镇里申请资金")
    note.save_before_closing()
    assert note.result() == ProgressDialog.DialogCode.Accepted
    page.load()
    assert page.selected().status is ItemStatus.UNDER_WAY  # type: ignore[union-attr]
    assert page.ui.notesTable.item(0, 1).text() == "已报镇里申请资金"
    close = CloseDialog(page.context, item_id, "村道路灯损坏6盏", parent=page)
    qtbot.addWidget(close)
    close.ui.reviewerCombo.setCurrentText("镇党委组织办")
    close.save_before_closing()  # not done yet, no 佐证材料
    refused = close.ui.errorLabel.text()
    assert "尚未完成" in refused and "没有佐证材料" in refused and close.result() == 0
    edit = ItemDialog(page.context, item_id, parent=page)
    qtbot.addWidget(edit)
    edit.ui.statusCombo.setCurrentText("已完成")
    assert edit.ui.completedEdit.isEnabled() and edit.ui.completedEdit.text() == "2026-06-30"
    type_chinese(edit.ui.resultEdit, "6盏全部修好")
    type_chinese(edit.ui.evidenceEdit, "修好后的照片存支部档案盒")
    edit.save()
    assert edit.result() == ItemDialog.DialogCode.Accepted
    close = CloseDialog(page.context, item_id, "村道路灯损坏6盏", parent=page)
    qtbot.addWidget(close)
    assert close.ui.evidenceEdit.text() == "修好后的照片存支部档案盒"
    close.ui.reviewerCombo.setCurrentText("镇党委组织办")
    close.save_before_closing()
    assert close.result() == CloseDialog.DialogCode.Accepted
    page.load()
    page.select_item(item_id)
    row = page.selected()
    assert row is not None and row.status is ItemStatus.CLOSED
    assert not page.ui.closeButton.isEnabled() and not page.ui.progressButton.isEnabled()
    read_only = ItemDialog(page.context, item_id, parent=page)  # a 销号 item opens read only
    qtbot.addWidget(read_only)
    assert not read_only.ui.buttonBox.button(read_only.ui.buttonBox.StandardButton.Save).isEnabled()
    # 撤销销号 asks why, and the item is 已完成 again.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("镇党委验收未通过", True))
    page.reopen_item()
    page.select_item(item_id)
    assert page.selected().status is ItemStatus.DONE  # type: ignore[union-attr]
    assert "已撤销销号" in page.ui.messageLabel.text()


def test_a_deleted_item_is_asked_about_first(qtbot: QtBot, page: ListsPage) -> None:
    saved_item(page, qtbot)
    said: list[str] = []
    _timer = answer_box(QMessageBox.StandardButton.Yes, said)
    page.delete_item()
    assert said and said[0].startswith("删除问题清单事项“村道路灯损坏6盏”？")
    assert page.model.rowCount() == 0


@pytest.fixture
def life_meeting(page: ListsPage) -> int:
    """The 2025 组织生活会, held on 18 January 2026, two problems numbered under 对照检查."""
    minutes = "二、对照检查\n1. 理论学习不够深入。\n2. 三会一课记录不规范。\n四、整改措施\n1. 每月学习。\n2. 每月检查。"
    draft = ActivityDraft(
        ActivityKind.LIFE_MEETING, date(2026, 1, 18), start_time=time(19), host="陈静",
        topics=["对照检查", "整改措施"], minutes=minutes,
        attendees=[Attendee(1, "王伟", Attendance.PRESENT)],
    )  # fmt: skip
    with page.context.database.transaction() as session:
        return save_activity(session, draft, TODAY).id


def test_life_meeting_rectification_turns_its_problems_into_items_in_one_step(
    qtbot: QtBot, page: ListsPage, life_meeting: int
) -> None:
    dialog = MeetingDialog(page.context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.problemsTable
    assert table.rowCount() == 2 and "找到2个问题" in dialog.ui.foundLabel.text()
    assert table.item(0, 2).text() == "每月学习"  # the measures paired point by point
    assert "第十七条" in dialog.ui.ruleLabel.text()
    table.item(1, USE).setCheckState(Qt.CheckState.Unchecked)  # only the first, this time
    owner = table.cellWidget(0, OWNER)
    assert isinstance(owner, QComboBox)
    owner.setCurrentText("王伟")
    assert table.cellWidget(0, DEADLINE).text() == "2026-07-30"  # type: ignore[attr-defined]
    dialog.save_before_closing()
    assert dialog.result() == MeetingDialog.DialogCode.Accepted and len(dialog.made) == 1
    with page.context.database.read() as session:
        item = session.scalars(select(ListItem)).one()
        assert (item.meeting_id, item.source.value, item.responsible) == (
            life_meeting, "组织生活会查摆", "王伟",
        )  # fmt: skip
    again = MeetingDialog(page.context, page)  # the one listed is shown so, and not ticked
    qtbot.addWidget(again)
    assert again.ui.problemsTable.item(0, USE).text() == "已列入"
    assert "其中1个已列入问题清单" in again.ui.foundLabel.text()
    again.save_before_closing()  # nothing ticked that has an owner and a 时限: refused
    assert again.result() == 0 and "请填写责任人" in again.ui.errorLabel.text()


def test_a_meeting_without_numbered_problems_says_where_to_write_them(
    qtbot: QtBot, page: ListsPage
) -> None:
    draft = ActivityDraft(ActivityKind.LIFE_MEETING, date(2026, 3, 1), start_time=time(19),
                          minutes="大家作了发言。", attendees=[Attendee(1, "王伟", Attendance.PRESENT)])  # fmt: skip
    with page.context.database.transaction() as session:
        save_activity(session, draft, TODAY)
    dialog = MeetingDialog(page.context, page)
    qtbot.addWidget(dialog)
    assert dialog.ui.problemsTable.rowCount() == 0
    assert "没有“对照检查”" in dialog.ui.foundLabel.text()
    dialog.ui.addRowButton.click()
    assert dialog.ui.problemsTable.rowCount() == 1


def test_a_file_of_evidence_is_kept_with_its_item(
    qtbot: QtBot, page: ListsPage, tmp_path: Path
) -> None:
    photo = tmp_path / "修好后.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    item_id = saved_item(page, qtbot)
    dialog = ItemDialog(page.context, item_id, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.attach(photo, EvidenceKind.PHOTO)
    assert dialog.ui.attachmentsLabel.text() == "佐证材料文件（1个）"
    dialog.save()
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    with page.context.database.read() as session:
        kept = session.scalars(select(ListAttachment)).one()
        stored = kept.stored_name
    database_file = page.context.database.file_path
    assert database_file is not None
    assert (attachments_folder(database_file) / stored).read_bytes() == b"\xff\xd8photo"


def test_a_home_reminder_opens_the_page_on_its_item(qtbot: QtBot, context: AppContext) -> None:
    with context.database.transaction() as session:
        build_demo_village(session, TODAY)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    attention = home.ui.attentionList  # type: ignore[attr-defined]
    items = [attention.item(i) for i in range(attention.count())]
    card = next(i for i in items if "3组至石塘" in i.text())
    reminder = home.reminders[int(card.data(Qt.ItemDataRole.UserRole))]  # type: ignore[attr-defined]
    attention.scrollToItem(card)
    spot = attention.visualItemRect(card).center()
    qtbot.mouseClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    lists = window.shown_page()
    assert isinstance(lists, ListsPage)
    assert window.group_tab_titles() == ["流动党员", "换届", "三张清单"]
    chosen = lists.selected()
    assert chosen is not None and chosen.item_id == reminder.item
    assert "3组至石塘" in lists.ui.detailLabel.text()


def test_each_dialog_fits_a_small_screen(qtbot: QtBot, demo_page: ListsPage) -> None:
    item_id = demo_page.model.row(0).item_id
    context = demo_page.context
    for dialog in (ItemDialog(context, item_id, parent=demo_page),
                   ProgressDialog(context, item_id, "事项", parent=demo_page),
                   CloseDialog(context, item_id, "事项", demo_page),
                   MeetingDialog(context, demo_page)):  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.show()
        assert too_large(dialog) is None, type(dialog).__name__
