"""Date fields, typed into as a secretary types: the forms of DOMAIN §2, read by the one parser,
shown as understood when the field is left, named when unreadable, never silently blanked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dangwu_desktop.core.models import Member
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services import training
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from dangwu_desktop.ui.dialogs.branch_dialog import BranchDialog
from dangwu_desktop.ui.dialogs.credit_dialog import CreditDialog
from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog
from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog
from tests.conftest import TODAY, member, type_chinese, type_date


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keyboard focus: Tab leaves a field as for the user
    return dialog


def shown_text(field: QWidget) -> str:
    """What the field shows (QLineEdit and the old QDateEdit both have text())."""
    text = field.text()  # type: ignore[attr-defined]
    assert isinstance(text, str)
    return text


def stored_dates(context: AppContext) -> tuple[date | None, date | None]:
    """The one stored member's 入党时间 and 转正时间."""
    with context.database.read() as session:
        saved = session.scalars(select(Member)).one()
        return saved.join_date, saved.full_member_date


@pytest.mark.usefixtures("branch")
@pytest.mark.parametrize(
    "typed", ["2021-05-18", "2021.5.18", "20210518", "2021/5/18", "2021年5月18日", " 2021-5-18 "]
)
def test_a_typed_join_date_is_read_shown_and_saved(
    qtbot: QtBot, context: AppContext, typed: str
) -> None:
    dialog = shown(qtbot, MemberDialog(context))
    assert isinstance(dialog, MemberDialog)
    type_chinese(dialog.ui.nameEdit, "王小明")
    qtbot.keyClicks(dialog.ui.idNumberEdit, "330726199001011238")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.partyTab)
    type_date(qtbot, dialog.ui.joinDateEdit, typed)
    assert shown_text(dialog.ui.joinDateEdit) == "2021-05-18"  # what it understood
    type_date(qtbot, dialog.ui.fullMemberDateEdit, "2022.5.19")
    assert shown_text(dialog.ui.fullMemberDateEdit) == "2022-05-19"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert stored_dates(context) == (date(2021, 5, 18), date(2022, 5, 19))


@pytest.mark.usefixtures("branch")
def test_an_unreadable_date_is_named_kept_and_refused(qtbot: QtBot, context: AppContext) -> None:
    dialog = shown(qtbot, MemberDialog(context))
    assert isinstance(dialog, MemberDialog)
    type_chinese(dialog.ui.nameEdit, "王小明")
    type_date(qtbot, dialog.ui.birthDateEdit, "1990-13-45")
    assert shown_text(dialog.ui.birthDateEdit) == "1990-13-45"  # kept as typed, not blanked
    assert "出生日期：“1990-13-45”不是有效日期" in dialog.ui.findingsLabel.text()
    type_date(qtbot, dialog.ui.joinDateEdit, "2021.05")  # a month alone is not a day
    assert "入党时间：“2021.05”只有年月" in dialog.ui.findingsLabel.text()

    dialog.ui.tabs.setCurrentWidget(dialog.ui.partyTab)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = dialog.ui.findingsLabel.text()
    assert "无法保存" in text and "出生日期" in text
    assert dialog.ui.tabs.currentWidget() is dialog.ui.basicTab  # taken to the field at fault
    with context.database.read() as session:
        assert session.scalars(select(Member)).all() == []

    type_date(qtbot, dialog.ui.birthDateEdit, "1990-03-07")
    type_date(qtbot, dialog.ui.joinDateEdit, "2021-05-01")
    assert dialog.ui.findingsLabel.text() == ""  # fixed fields leave no red lines behind


@pytest.mark.usefixtures("branch")
def test_garbage_is_named_in_chinese(qtbot: QtBot, context: AppContext) -> None:
    dialog = shown(qtbot, MemberDialog(context))
    assert isinstance(dialog, MemberDialog)
    type_date(qtbot, dialog.ui.birthDateEdit, "abc")
    assert shown_text(dialog.ui.birthDateEdit) == "abc"
    assert "出生日期：“abc”不是可识别的日期" in dialog.ui.findingsLabel.text()
    assert dialog.ui.birthDateEdit.toolTip().startswith("出生日期：“abc”")  # on the field too
    type_date(qtbot, dialog.ui.birthDateEdit, "1990-1-1")
    assert "可直接输入日期" in dialog.ui.birthDateEdit.toolTip()


@pytest.mark.usefixtures("branch")
def test_the_id_number_still_fills_the_birth_date(qtbot: QtBot, context: AppContext) -> None:
    dialog = shown(qtbot, MemberDialog(context))
    assert isinstance(dialog, MemberDialog)
    assert shown_text(dialog.ui.birthDateEdit) == ""  # optional dates start blank
    qtbot.keyClicks(dialog.ui.idNumberEdit, "110101199003074426")
    assert shown_text(dialog.ui.birthDateEdit) == "1990-03-07"
    type_date(qtbot, dialog.ui.birthDateEdit, "1990.3.8")  # the user's own date wins ...
    qtbot.keyClick(dialog.ui.idNumberEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.ui.idNumberEdit, "6")
    assert shown_text(dialog.ui.birthDateEdit) == "1990-03-08"  # ... over a retyped ID number


@pytest.mark.usefixtures("branch")
def test_the_calendar_opens_near_a_sensible_date_and_fills_the_field(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = shown(qtbot, MemberDialog(context))
    assert isinstance(dialog, MemberDialog)
    pages = {}
    for field in (dialog.ui.birthDateEdit, dialog.ui.joinDateEdit):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        calendar = field.calendar
        pages[field.objectName()] = (calendar.yearShown(), calendar.monthShown())
        calendar.parentWidget().hide()
    assert pages == {"birthDateEdit": (1970, 1), "joinDateEdit": (2000, 1)}
    type_date(qtbot, dialog.ui.joinDateEdit, "2021.5.18")
    dialog.ui.fullMemberDateEdit.calendar_action.trigger()
    full_calendar = dialog.ui.fullMemberDateEdit.calendar
    assert (full_calendar.yearShown(), full_calendar.monthShown()) == (2022, 5)  # 预备期一年
    full_calendar.parentWidget().hide()

    birth = dialog.ui.birthDateEdit
    type_date(qtbot, birth, "1988.10.2")
    birth.calendar_action.trigger()
    assert (birth.calendar.yearShown(), birth.calendar.monthShown()) == (1988, 10)
    birth.calendar.clicked.emit(QDate(1988, 10, 12))  # a day clicked in the calendar
    assert shown_text(birth) == "1988-10-12" and not birth.calendar.isVisible()


def test_first_start_term_is_typed_and_its_end_follows(qtbot: QtBot, context: AppContext) -> None:
    dialog = shown(qtbot, BranchDialog(context))
    assert isinstance(dialog, BranchDialog)
    start = dialog.ui.termStartEdit
    start.calendar_action.trigger()
    assert (start.calendar.yearShown(), start.calendar.monthShown()) == (TODAY.year, TODAY.month)
    start.calendar.parentWidget().hide()

    type_chinese(dialog.ui.nameEdit, "中共东岙村支部委员会")
    type_chinese(dialog.ui.secretaryEdit, "陈静")
    type_date(qtbot, start, "2024.4.18")
    assert shown_text(start) == "2024-04-18"
    assert shown_text(dialog.ui.termEndEdit) == "2029-04-18"  # 五年一届
    type_date(qtbot, dialog.ui.termEndEdit, "2029.4.31")
    assert "任期届满：“2029.4.31”不是有效日期" in dialog.ui.errorLabel.text()
    dialog.save()
    assert "无法保存" in dialog.ui.errorLabel.text() and dialog.result() == 0
    type_date(qtbot, dialog.ui.termEndEdit, "20290417")
    dialog.save()
    with context.database.read() as session:
        info = branch_service.load_branch_info(session)
    assert info is not None and (info.term_start, info.term_end) == (
        date(2024, 4, 18),
        date(2029, 4, 17),
    )


def test_a_term_without_its_end_is_not_saved_but_given_five_years_to_check(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = shown(qtbot, BranchDialog(context))
    assert isinstance(dialog, BranchDialog)
    type_chinese(dialog.ui.nameEdit, "中共东岙村支部委员会")
    type_chinese(dialog.ui.secretaryEdit, "陈静")
    type_date(qtbot, dialog.ui.termStartEdit, "2024.4.18")
    type_date(qtbot, dialog.ui.termEndEdit, "")  # the suggested end wiped out
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and shown_text(dialog.ui.termEndEdit) == "2029-04-18"
    assert "任期届满未填写" in dialog.ui.errorLabel.text()
    with context.database.read() as session:
        assert branch_service.load_branch_info(session) is None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # checked: saved as shown
    assert not dialog.isVisible()
    with context.database.read() as session:
        info = branch_service.load_branch_info(session)
    assert info is not None and info.term_end == date(2029, 4, 18)


@pytest.mark.usefixtures("branch")
def test_a_movement_date_is_typed_and_must_not_be_blank_or_future(
    qtbot: QtBot, context: AppContext
) -> None:
    with context.database.transaction() as session:
        member_id = member_service.add_member(session, member(), TODAY).id
    dialog = shown(qtbot, MovementDialog(context, member_id))
    assert isinstance(dialog, MovementDialog)
    field = dialog.ui.dateEdit
    assert shown_text(field) == "2026-06-30"  # today, ready to change
    type_date(qtbot, field, "")
    assert "日期：请填写日期" in dialog.ui.errorLabel.text()
    type_date(qtbot, field, "2026.7.1")
    assert "晚于今天" in dialog.ui.errorLabel.text()
    dialog.save()
    assert dialog.result() == 0
    type_date(qtbot, field, "2026.5.8")
    assert shown_text(field) == "2026-05-08" and dialog.ui.errorLabel.text() == ""
    type_chinese(dialog.ui.placeEdit, "杭州市")  # 流出 asks where to
    dialog.save()
    assert dialog.ui.errorLabel.text() == ""
    with context.database.read() as session:
        movements = member_service.get_member(session, member_id).movements
        assert [m.date for m in movements] == [date(2026, 5, 8)]


@pytest.mark.usefixtures("branch")
def test_a_credited_day_is_typed(qtbot: QtBot, context: AppContext) -> None:
    with context.database.transaction() as session:
        member_service.add_member(session, member(), TODAY)
    dialog = shown(qtbot, CreditDialog(context))
    assert isinstance(dialog, CreditDialog)
    type_date(qtbot, dialog.ui.dateEdit, "2026年6月3日")
    assert shown_text(dialog.ui.dateEdit) == "2026-06-03"
    type_chinese(dialog.ui.topicEdit, "党课")
    type_chinese(dialog.ui.sourceEdit, "杭州市某社区党委")
    dialog.save()
    with context.database.read() as session:
        credits = training.credits_in_year(session, 2026)
    assert [c.date for c in credits] == [date(2026, 6, 3)]


@pytest.mark.usefixtures("branch")
def test_a_meeting_date_is_typed(qtbot: QtBot, context: AppContext) -> None:
    dialog = shown(qtbot, ActivityDialog(context))
    assert isinstance(dialog, ActivityDialog)
    type_date(qtbot, dialog.ui.dateEdit, "2026.6.10")
    assert shown_text(dialog.ui.dateEdit) == "2026-06-10"
    assert dialog.draft().date == date(2026, 6, 10)
    type_date(qtbot, dialog.ui.dateEdit, "2026.6.")
    dialog.save()
    assert "无法保存" in dialog.ui.findingsLabel.text() and "日期：" in (
        dialog.ui.findingsLabel.text()
    )


@pytest.mark.usefixtures("branch")
def test_a_planned_day_is_typed_in_the_quarter_plan(qtbot: QtBot, context: AppContext) -> None:
    from dangwu_desktop.core.services import plans
    from dangwu_desktop.ui.dialogs.plan_dialog import DAY, PlanDialog

    dialog = shown(qtbot, PlanDialog(context))
    assert isinstance(dialog, PlanDialog)
    dialog.ui.quarterCombo.setCurrentIndex(2)  # the third quarter
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    field = dialog.ui.planTable.cellWidget(0, DAY)
    assert shown_text(field) == "2026-07-01"  # the quarter's first day, ready to change
    type_date(qtbot, field, "2026.8.32")
    qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)
    assert "第1行计划日期：“2026.8.32”不是有效日期" in dialog.ui.errorLabel.text()
    with context.database.read() as session:
        assert plans.load_plan(session, 2026, 3) == []
    type_date(qtbot, field, "20260805")
    assert shown_text(field) == "2026-08-05"
    dialog.save()
    with context.database.read() as session:
        assert [item.planned_date for item in plans.load_plan(session, 2026, 3)] == [
            date(2026, 8, 5)
        ]
