"""The 流动党员 page as the secretary uses it: who is away and who must be contacted, said in
words and colours with a legend; a contact logged from the keyboard, said before saving what it
will record; Esc on a half-filled form asks; a 首页 reminder opens the page on its member; a
contact deleted with the hours and dues it recorded."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.core.models import ExternalStudy
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.mobile.models import MobileContact
from dangwu_desktop.ledgers.mobile.page import HINT_COLUMN, INTERVAL_COLUMN, MobilePage, Tone
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.mobile_dialogs import ContactDialog
from dangwu_desktop.ui.main_window import MainWindow
from tests.conftest import type_chinese
from tests.modal import too_large

DEMO_TODAY = date(2026, 11, 30)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> MobilePage:
    context.today = lambda: DEMO_TODAY
    with context.database.transaction() as session:
        build_demo_village(session, DEMO_TODAY)
    mobile_page = MobilePage(context)
    qtbot.addWidget(mobile_page)
    mobile_page.load()
    return mobile_page


def row_of(page: MobilePage, place: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.row(r).place == place)


def shown(page: MobilePage, row: int, column: int, role: Qt.ItemDataRole) -> object:
    return page.model.data(page.model.index(row, column), role)


def answer_box(button: QMessageBox.StandardButton, said: list[str]) -> QTimer:
    """Press `button` on the next message box once it shows, noting its text."""
    timer = QTimer()
    timer.setInterval(15)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            said.append(box.text())
            found = box.button(button)
            (found or next(b for b in box.buttons() if b.text() == "不保存")).click()

    timer.timeout.connect(answer)
    timer.start()
    return timer


def test_who_must_be_contacted_is_said_in_words_and_colours_with_a_legend(
    page: MobilePage,
) -> None:
    display = Qt.ItemDataRole.DisplayRole
    silent = row_of(page, "江苏省苏州市昆山市")  # not heard from for five months
    assert shown(page, silent, INTERVAL_COLUMN, display) == "超期（5个月未联系）"
    assert "请联系" in str(shown(page, silent, HINT_COLUMN, display))
    background = shown(page, silent, INTERVAL_COLUMN, Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == Tone.LATE[0]  # type: ignore[attr-defined]
    expired = row_of(page, "浙江省义乌市")  # its card ran out last month
    assert "活动证已过期" in str(shown(page, expired, HINT_COLUMN, display))
    assert "超期" in page.ui.legendLabel.text() and "转移组织关系" in page.ui.legendLabel.text()
    # 只看需要联系 leaves those the branch is late with.
    page.ui.needCheck.setChecked(True)
    assert [page.model.row(r).place for r in range(page.model.rowCount())] == ["江苏省苏州市昆山市"]
    assert page.ui.contactTable.rowCount() > 0  # the selection follows: its contacts below


def test_a_contact_logged_from_the_keyboard_says_what_it_will_record(
    qtbot: QtBot, page: MobilePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ContactDialog] = []
    monkeypatch.setattr(ContactDialog, "exec", lambda self: opened.append(self) or 0)
    page.ui.awayTable.selectRow(row_of(page, "江苏省苏州市昆山市"))
    name = page.selected().name  # type: ignore[union-attr]
    page.ui.awayTable.setFocus()
    qtbot.keyClick(page.ui.awayTable, Qt.Key.Key_Return)  # Enter on the row: 登记联系
    (dialog,) = opened
    monkeypatch.undo()
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # Ctrl+S reaches the active window
        dialog.show()
        dialog.activateWindow()
    ui = dialog.ui
    assert ui.memberCombo.currentText().startswith(name)
    assert dialog.focusWidget() is ui.dateEdit and ui.dateEdit.text() == "2026-11-30"
    qtbot.keyClick(ui.dateEdit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # 电话 → 微信
    assert ui.wayCombo.currentText() == "微信"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to 联系人 (left blank)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is ui.saidEdit
    type_chinese(ui.saidEdit, "了解近况，工作稳定")
    qtbot.keyClick(ui.saidEdit, Qt.Key.Key_Tab)  # Tab leaves the text box
    type_chinese(ui.studyEdit, "参加流入地支部主题党日")
    qtbot.keyClick(ui.studyEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.hoursEdit, "2")
    qtbot.keyClick(ui.hoursEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.paidEdit, "3")
    plan = ui.planLabel.text()
    assert f"2026-11-30与{name}微信联系一次" in plan
    assert "外出学习2学时" in plan and "党费3.00元记入党费收缴登记簿" in plan
    qtbot.keyClick(ui.paidEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui.errorLabel.text() == ""
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert dialog.saved_text == f"已登记2026-11-30与{name}的联系（计入2学时，党费3.00元）"
    with page.context.database.read() as session:
        contact = session.scalars(select(MobileContact).order_by(MobileContact.id.desc())).first()
        assert contact is not None and contact.said == "了解近况，工作稳定"
        assert contact.credit is not None and contact.credit.hours == 2.0
        assert contact.payment is not None and contact.payment.paid_at_org
    page.load()
    row = row_of(page, "江苏省苏州市昆山市")
    assert shown(page, row, INTERVAL_COLUMN, Qt.ItemDataRole.DisplayRole) == "按期"
    assert page.ui.contactTable.item(0, 0).text() == "2026-11-30"


def test_esc_on_a_half_filled_contact_asks_before_throwing_it_away(
    qtbot: QtBot, page: MobilePage
) -> None:
    dialog = ContactDialog(page.context, page.model.row(0).member_id, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_chinese(dialog.ui.saidEdit, "电话没人接")
    asked: list[str] = []
    _timer = answer_box(QMessageBox.StandardButton.NoButton, asked)  # 不保存
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["所填内容尚未保存。要保存吗？"] and not dialog.isVisible()
    with page.context.database.read() as session:
        assert not any(c.said == "电话没人接" for c in session.scalars(select(MobileContact)))


def test_deleting_a_contact_says_and_removes_the_hours_it_credited(
    qtbot: QtBot, page: MobilePage
) -> None:
    row = next(
        r for r in range(page.model.rowCount()) if any(c.hours for c in page.model.row(r).contacts)
    )
    page.ui.awayTable.selectRow(row)
    line = next(c for c in reversed(page.model.row(row).contacts))
    page.ui.contactTable.selectRow(0)
    with page.context.database.read() as session:
        credits = len(session.scalars(select(ExternalStudy)).all())
        payments = len(session.scalars(select(DuesPayment)).all())
    said: list[str] = []
    _timer = answer_box(QMessageBox.StandardButton.Yes, said)
    qtbot.mouseClick(page.ui.deleteContactButton, Qt.MouseButton.LeftButton)
    assert said and said[0].startswith(f"删除{line.date:%Y-%m-%d}与")
    assert ("计入的2学时" in said[0]) == bool(line.hours)
    with page.context.database.read() as session:
        assert len(session.scalars(select(ExternalStudy)).all()) == credits - bool(line.hours)
        assert len(session.scalars(select(DuesPayment)).all()) == payments
    assert "已删除" in page.ui.messageLabel.text()


def test_a_home_reminder_opens_the_page_on_its_member(qtbot: QtBot, context: AppContext) -> None:
    context.today = lambda: DEMO_TODAY
    with context.database.transaction() as session:
        build_demo_village(session, DEMO_TODAY)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    attention = home.ui.attentionList  # type: ignore[attr-defined]
    items = [attention.item(i) for i in range(attention.count())]
    card = next(i for i in items if "流动党员活动证已于" in i.text())
    reminder = home.reminders[int(card.data(Qt.ItemDataRole.UserRole))]  # type: ignore[attr-defined]
    attention.scrollToItem(card)
    spot = attention.visualItemRect(card).center()
    qtbot.mouseClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    mobile = window.shown_page()
    assert isinstance(mobile, MobilePage)
    chosen = mobile.selected()
    assert chosen is not None and chosen.member_id == reminder.member_id
    assert chosen.name in mobile.ui.contactsLabel.text()


def test_each_dialog_fits_a_small_screen(qtbot: QtBot, page: MobilePage) -> None:
    dialog = ContactDialog(page.context, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert too_large(dialog) is None
