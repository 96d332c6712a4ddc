"""The member dialog, driven through its widgets as a secretary would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dangwu_desktop.core.glossary import MovementKind
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import members as service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog
from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog
from tests.conftest import TODAY, member, type_chinese, type_date

pytestmark = pytest.mark.usefixtures("branch")


def open_dialog(qtbot: QtBot, context: AppContext, member_id: int | None = None) -> MemberDialog:
    dialog = MemberDialog(context, member_id)
    qtbot.addWidget(dialog)
    return dialog


def fill_valid(qtbot: QtBot, dialog: MemberDialog) -> None:
    type_chinese(dialog.ui.nameEdit, "王小明")
    qtbot.keyClicks(dialog.ui.idNumberEdit, "330726199001011238")
    type_date(qtbot, dialog.ui.joinDateEdit, "2015-07-01")
    type_date(qtbot, dialog.ui.fullMemberDateEdit, "2016.7.2")
    dialog.ui.groupNameCombo.setCurrentText("第一党小组")


def stored_names(context: AppContext) -> list[str]:
    with context.database.read() as session:
        return list(session.scalars(select(Member.name)))


def test_typing_an_id_number_fills_birth_date_and_sex(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    assert dialog.ui.birthDateEdit.text() == ""  # optional dates start blank
    qtbot.keyClicks(dialog.ui.idNumberEdit, "110101199003074426")
    assert dialog.ui.birthDateEdit.text() == "1990-03-07"
    assert dialog.ui.sexCombo.currentText() == "女"
    assert "身份号码有效" in dialog.ui.idHintLabel.text()


def test_a_wrong_check_digit_is_named_as_it_is_typed(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    qtbot.keyClicks(dialog.ui.idNumberEdit, "330726199001011234")
    assert (
        dialog.ui.idHintLabel.text()
        == "身份号码校验位错误：按GB 11643-1999校验不通过，多为某一位录错或两位颠倒，请核对号码"
    )


def test_saving_a_valid_member(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    fill_valid(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    assert stored_names(context) == ["王小明"]


def test_errors_are_listed_in_chinese_and_nothing_is_saved(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, context)
    fill_valid(qtbot, dialog)
    type_date(qtbot, dialog.ui.joinDateEdit, "2005-07-01")  # aged 15
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = dialog.ui.findingsLabel.text()
    assert "无法保存" in text and "入党时未满18周岁" in text and "中国共产党章程" in text
    assert dialog.ui.tabs.currentWidget() is dialog.ui.partyTab  # taken to the field at fault
    assert stored_names(context) == []


def test_warnings_need_a_second_click(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    fill_valid(qtbot, dialog)
    dialog.ui.fullMemberDateEdit.clear()  # a full member whose 转正 date is not known
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "正式党员未填转正时间" in dialog.ui.findingsLabel.text()
    assert dialog.save_button.text() == "仍然保存" and stored_names(context) == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert stored_names(context) == ["王小明"]


def test_member_full_after_one_year_a_short_probation_on_the_roster_is_refused(
    qtbot: QtBot, context: AppContext
) -> None:
    """member.full_after_one_year: 转正 half a year after 入党 was only a warning that a second
    click on 保存 accepted; it is refused like the 转正 movement, with the 党章's article."""
    dialog = open_dialog(qtbot, context)
    fill_valid(qtbot, dialog)
    type_date(qtbot, dialog.ui.fullMemberDateEdit, "2016-01-01")  # probation under a year
    for _ in range(2):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        text = dialog.ui.findingsLabel.text()
        assert "无法保存" in text and "预备期不足一年" in text and "第七条" in text
    assert stored_names(context) == []


def test_a_duplicate_id_number_is_refused(qtbot: QtBot, context: AppContext) -> None:
    with context.database.transaction() as session:
        service.add_member(session, member(), TODAY)
    dialog = open_dialog(qtbot, context)
    fill_valid(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "身份号码与党员张三重复" in dialog.ui.findingsLabel.text()
    assert stored_names(context) == ["张三"]


def test_editing_shows_status_and_history(qtbot: QtBot, context: AppContext) -> None:
    with context.database.transaction() as session:
        member_id = service.add_member(session, member(), TODAY).id
        movement = Movement(MovementKind.MOBILE_OUT, date(2026, 3, 1), "务工", "", "", "杭州市")
        service.record_movement(session, member_id, movement, TODAY)
    dialog = open_dialog(qtbot, context, member_id)
    assert dialog.ui.nameEdit.text() == "张三"
    assert dialog.ui.statusValue.text() == "在册"
    assert dialog.ui.mobileValue.text().startswith("是，2026-03-01起在杭州市")
    assert dialog.ui.historyTable.rowCount() == 1
    assert dialog.ui.historyTable.item(0, 1).text() == "流出"
    qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_End)
    dialog.ui.phoneEdit.setText("13911112222")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        assert service.get_member(session, member_id).phone == "13911112222"


def test_movement_dialog_asks_for_what_each_kind_needs(qtbot: QtBot, context: AppContext) -> None:
    with context.database.transaction() as session:
        member_id = service.add_member(session, member(), TODAY).id
    dialog = MovementDialog(context, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kindCombo.setCurrentText(MovementKind.TRANSFER_OUT.value)
    assert dialog.ui.letterNumberEdit.isVisible() and not dialog.ui.placeEdit.isVisible()
    assert dialog.ui.otherOrgLabel.text() == "转往党组织"
    dialog.save()
    assert "须填写转往的党组织名称" in dialog.ui.errorLabel.text()
    type_chinese(dialog.ui.otherOrgEdit, "中共城南社区委员会")
    type_chinese(dialog.ui.letterNumberEdit, "浙组转字〔2026〕3号")
    dialog.save()
    assert dialog.result() == MovementDialog.DialogCode.Accepted
    with context.database.read() as session:
        stored = service.get_member(session, member_id)
        assert stored.status.value == "转出"
        assert stored.movements[0].letter_number == "浙组转字〔2026〕3号"


def test_registering_a_movement_keeps_unsaved_edits(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop.core.glossary import MemberCategory

    with context.database.transaction() as session:
        data = member(
            category=MemberCategory.PROBATIONARY, join_date=date(2025, 5, 1), full_member_date=None
        )
        member_id = service.add_member(session, data, TODAY).id
    dialog = open_dialog(qtbot, context, member_id)
    dialog.ui.phoneEdit.setText("13511112222")  # not yet saved

    def confirm(movement_dialog: MovementDialog) -> int:
        assert movement_dialog.kind() is MovementKind.CONFIRMED  # preselected for a 预备党员
        assert movement_dialog.ui.dateEdit.text() == "2026-05-01"  # the probation's end
        type_date(qtbot, movement_dialog.ui.decisionEdit, "2026.5.8")  # the meeting
        movement_dialog.save()
        return int(movement_dialog.result())

    monkeypatch.setattr(MovementDialog, "exec", confirm)
    qtbot.mouseClick(dialog.ui.addMovementButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.phoneEdit.text() == "13511112222"
    assert dialog.ui.categoryCombo.currentText() == "正式党员"
    assert dialog.ui.fullMemberDateEdit.text() == "2026-05-01"  # 党龄 counts from here
    assert dialog.ui.historyTable.item(0, 1).text() == "转正"
    assert dialog.ui.historyTable.item(0, 2).text() == "2026-05-08"  # the meeting, shown apart


def test_a_red_line_goes_once_its_field_is_edited(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    fill_valid(qtbot, dialog)
    dialog.ui.nameEdit.clear()
    dialog.ui.idNumberEdit.clear()
    qtbot.keyClicks(dialog.ui.idNumberEdit, "330726199001011234")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = dialog.ui.findingsLabel.text()
    assert "姓名" in shown and "身份号码校验位错误" in shown
    dialog.ui.idNumberEdit.selectAll()
    qtbot.keyClicks(dialog.ui.idNumberEdit, "330726199001011238")
    shown = dialog.ui.findingsLabel.text()
    assert "身份号码校验位错误" not in shown and "姓名" in shown  # the name is still missing
    type_chinese(dialog.ui.nameEdit, "王小明")
    assert dialog.ui.findingsLabel.text() == ""
    assert stored_names(context) == []  # nothing saved until 保存 is pressed again


def test_tab_from_join_date_goes_to_full_member_date(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.partyTab)
    type_date(qtbot, dialog.ui.joinDateEdit, "2015-07-01")  # typed, then Tab
    focused = dialog.focusWidget()
    assert focused is dialog.ui.fullMemberDateEdit
    qtbot.keyClicks(focused, "2016-07-01")
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert dialog.ui.fullMemberDateEdit.date() == date(2016, 7, 1)
    assert dialog.focusWidget() is dialog.ui.categoryCombo


def test_a_new_member_shows_status_and_mobility_instead_of_blanks(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, context)
    assert dialog.ui.statusValue.text() == "在册"
    assert dialog.ui.mobileValue.text().startswith("否")
    assert "变动记录" in dialog.ui.mobileValue.text()


@pytest.mark.parametrize("how", ["typed", "pasted"])
def test_a_name_with_a_direction_override_is_refused_in_the_dialog(
    qtbot: QtBot, context: AppContext, how: str
) -> None:
    """U+202E makes 王小明 show as 明小王; it arrives by an input method or by pasting."""
    from PySide6.QtGui import QGuiApplication, QKeySequence

    dialog = open_dialog(qtbot, context)
    fill_valid(qtbot, dialog)
    dialog.ui.nameEdit.clear()
    if how == "typed":
        type_chinese(dialog.ui.nameEdit, "王\u202e小明")
    else:
        QGuiApplication.clipboard().setText("王\u202e小明")
        dialog.ui.nameEdit.setFocus()
        qtbot.keySequence(dialog.ui.nameEdit, QKeySequence.StandardKey.Paste)
    assert dialog.ui.nameEdit.text() == "王\u202e小明"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = dialog.ui.findingsLabel.text()
    assert "无法保存" in text
    assert "姓名：含有文字方向控制符：第2个字符是看不见的U+202E" in text
    assert "\u202e" not in text  # named, not obeyed
    assert dialog.ui.tabs.currentWidget() is dialog.ui.basicTab
    assert stored_names(context) == []


def test_member_full_after_one_year_the_movement_dialog_previews_when_probation_ends(
    qtbot: QtBot, context: AppContext
) -> None:
    """The rule book's member.full_after_one_year: 转正 is offered first only once the year is
    over; before that, choosing it shows the day the year ends instead of waiting for a refusal."""
    from dangwu_desktop.core.glossary import MemberCategory

    probationary = {"category": MemberCategory.PROBATIONARY, "full_member_date": None}
    with context.database.transaction() as session:
        not_yet = service.add_member(
            session, member(join_date=date(2026, 3, 1), **probationary), TODAY
        ).id
        due = service.add_member(
            session,
            member(
                name="李梅",
                id_number="110101199003074426",
                join_date=date(2025, 3, 1),
                **probationary,
            ),
            TODAY,
        ).id
    early = MovementDialog(context, not_yet)
    qtbot.addWidget(early)
    assert early.kind() is not MovementKind.CONFIRMED
    early.ui.kindCombo.setCurrentText(MovementKind.CONFIRMED.value)
    assert "预备期满日：2027-03-01" in early.ui.errorLabel.text()
    assert "预备党员的预备期为一年，期满方可转正" in early.ui.errorLabel.text()
    ready = MovementDialog(context, due)
    qtbot.addWidget(ready)
    assert ready.kind() is MovementKind.CONFIRMED
    assert "预备期满日：2026-03-01" in ready.ui.errorLabel.text()


def test_a_transfer_outs_receipt_is_entered_with_it_or_when_it_comes_back(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 转出 asks for the day its 介绍信 回执 came back (blank: not yet); the member's history
    shows 未回 and, through 登记回执…, takes the day when the 回执 arrives."""
    from dangwu_desktop.ui.dialogs.receipt_dialog import ReceiptDialog

    with context.database.transaction() as session:
        member_id = service.add_member(session, member(), TODAY).id
    moving = MovementDialog(context, member_id)
    qtbot.addWidget(moving)
    moving.show()
    moving.ui.kindCombo.setCurrentText(MovementKind.TRANSFER_OUT.value)
    assert moving.ui.receiptEdit.isVisible() and moving.ui.receiptEdit.text() == ""
    type_date(qtbot, moving.ui.dateEdit, "2026-04-01")
    type_chinese(moving.ui.otherOrgEdit, "中共城南社区委员会")
    type_chinese(moving.ui.letterNumberEdit, "浙组转字〔2026〕3号")
    moving.save()
    assert moving.result() == MovementDialog.DialogCode.Accepted
    dialog = open_dialog(qtbot, context, member_id)
    receipt_column = 5
    assert dialog.ui.historyTable.horizontalHeaderItem(receipt_column).text() == "回执"
    assert dialog.ui.historyTable.item(0, receipt_column).text() == "未回"
    assert not dialog.ui.receiptButton.isEnabled()  # nothing chosen yet
    dialog.ui.historyTable.selectRow(0)
    assert dialog.ui.receiptButton.isEnabled()

    def came_back(receipt: ReceiptDialog) -> int:
        type_date(qtbot, receipt.dateEdit, "2026-03-01")  # before the letter was written
        receipt.save()
        assert "回执收回日期不能早于转出日期" in receipt.errorLabel.text()
        type_date(qtbot, receipt.dateEdit, "2026-04-20")
        receipt.save()
        return int(receipt.result())

    monkeypatch.setattr(ReceiptDialog, "exec", came_back)
    qtbot.mouseClick(dialog.ui.receiptButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.historyTable.item(0, receipt_column).text() == "已回（2026-04-20）"
    with context.database.read() as session:
        assert service.get_member(session, member_id).movements[0].receipt_date == date(2026, 4, 20)


def test_a_new_member_from_another_branch_is_added_with_the_transfer_in(
    qtbot: QtBot, context: AppContext
) -> None:
    """由外单位转入: the add-member dialog records the 转入 (date, 原组织, 介绍信编号) with the
    member, so the 转入党员登记表 lists them; ticked without a date, nothing is saved."""
    dialog = open_dialog(qtbot, context)
    assert not dialog.ui.transferInBox.isHidden() and dialog.ui.receiptButton.isHidden()
    tabs = dialog.ui.tabs
    assert tabs.tabText(tabs.indexOf(dialog.ui.historyTab)) == "变动记录（由外单位转入）"
    fill_valid(qtbot, dialog)
    dialog.ui.transferInBox.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "由外单位转入须填写转入日期" in dialog.ui.findingsLabel.text()
    assert stored_names(context) == []
    type_date(qtbot, dialog.ui.transferInDateEdit, "2026-05-10")
    type_chinese(dialog.ui.transferInOrgEdit, "中共某镇某村支部委员会")
    type_chinese(dialog.ui.transferInLetterEdit, "浙组转字〔2026〕8号")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MemberDialog.DialogCode.Accepted
    with context.database.read() as session:
        (stored,) = session.scalars(select(Member)).all()
        (arrival,) = stored.movements
        assert stored.status.value == "在册"
        assert (arrival.kind, arrival.date, arrival.other_org, arrival.letter_number) == (
            MovementKind.TRANSFER_IN, date(2026, 5, 10), "中共某镇某村支部委员会", "浙组转字〔2026〕8号",
        )  # fmt: skip
    edit = open_dialog(qtbot, context, dialog.saved_member_id)
    assert edit.ui.transferInBox.isHidden()
