"""The 党费 page: the year's 登记簿 as the secretary sees it, a whole month entered from the
keyboard, one payment shown before it is saved, a standard worked out as it is typed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.ledgers.dues import book
from dangwu_desktop.ledgers.dues.page import FIRST_MONTH_COLUMN, DuesPage
from dangwu_desktop.ledgers.dues.rules import DuesCategory, Month
from dangwu_desktop.ledgers.dues.service import PaymentInput, record_payment
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.dues_dialogs import (
    ArrearsDialog,
    CellDialog,
    MonthDialog,
    PaymentDialog,
    RemittanceDialog,
    SpecialDialog,
    StandardDialog,
)
from tests.conftest import type_chinese
from tests.modal import too_large

DEMO_TODAY = date(2026, 11, 30)
D = Decimal


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> DuesPage:
    context.today = lambda: DEMO_TODAY
    with context.database.transaction() as session:
        build_demo_village(session, DEMO_TODAY)
    dues_page = DuesPage(context)
    qtbot.addWidget(dues_page)
    dues_page.load()
    return dues_page


def answer_next_box(qtbot: QtBot, button: str, said: list[str]) -> QTimer:
    """Press `button` on the next message box once it shows, noting its text in `said`."""
    timer = QTimer()
    timer.setInterval(15)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            said.append(box.text())
            next(b for b in box.buttons() if b.text().replace("&", "") == button).click()

    timer.timeout.connect(answer)
    timer.start()
    return timer


def shown(page: DuesPage, name: str, column: int) -> str:
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.row(r).name == name)
    return str(model.data(model.index(row, column)))


def behind_names(page: DuesPage) -> set[str]:
    with page.context.database.read() as session:
        return {a.name for a in book.arrears(session, DEMO_TODAY)}


def test_the_book_says_each_month_in_words_and_colours_with_a_legend(page: DuesPage) -> None:
    model = page.model
    assert (
        model.columnCount() == 18
        and model.headerData(FIRST_MONTH_COLUMN, Qt.Orientation.Horizontal) == "1月"
    )
    texts = {
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(FIRST_MONTH_COLUMN, FIRST_MONTH_COLUMN + 12)
    }
    assert {"未交", "待交", "0.50", "流入地"} <= texts
    unpaid = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(FIRST_MONTH_COLUMN, FIRST_MONTH_COLUMN + 12)
        if model.data(model.index(r, c)) == "未交"
    )
    assert model.data(unpaid, Qt.ItemDataRole.BackgroundRole) is not None  # coloured …
    assert "未交" in page.ui.legendLabel.text()  # … and explained, not by colour alone
    assert "应交" in str(model.data(unpaid, Qt.ItemDataRole.ToolTipRole))
    summary = page.ui.summaryLabel.text()
    assert all(w in summary for w in ("截至10月应交", "实交", "收缴率", "欠交", "未上缴"))


def test_finding_a_name_and_only_those_behind(qtbot: QtBot, page: DuesPage) -> None:
    qtbot.mouseClick(page.ui.behindCheck, Qt.MouseButton.LeftButton)
    names = {page.model.row(r).name for r in range(page.model.rowCount())}
    assert names == behind_names(page) and names
    page.ui.behindCheck.setChecked(False)
    first = page.model.row(0).name
    type_chinese(page.ui.searchEdit, first[-1])
    assert 0 < page.model.rowCount() < 59
    assert all(first[-1] in page.model.row(r).name for r in range(page.model.rowCount()))


def test_a_whole_month_by_keyboard_with_exceptions(qtbot: QtBot, page: DuesPage) -> None:
    """整月登记: Alt+M, ↓ and space to uncheck who did not pay, Enter: the rest paid at standard."""
    dialog = MonthDialog(page.context, Month(2026, 11), page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    members = dialog.ui.membersList
    count = members.count()
    assert count > 50 and dialog.focusWidget() is members  # the keys go to the list at once
    # Who is behind, or pays at the 流入地, is listed unticked: rarely paying this month here.
    items = [members.item(i) for i in range(count)]
    unticked = {i.text() for i in items if i.checkState() != Qt.CheckState.Checked}
    assert "曾建\u3000第一党小组\u30000.50元\u3000（已欠交5个月）" in unticked
    assert any(t.startswith("冯春斌") and t.endswith("（在流入地交纳）") for t in unticked)
    ticked = count - len(unticked)
    assert f"将登记{ticked}人" in dialog.ui.totalLabel.text()
    exception = members.item(1).text().split("\u3000")[0]
    qtbot.keyClick(members, Qt.Key.Key_Down)
    qtbot.keyClick(members, Qt.Key.Key_Space)
    assert f"将登记{ticked - 1}人" in dialog.ui.totalLabel.text()
    assert f"不登记{len(unticked) + 1}人" in dialog.ui.totalLabel.text()
    qtbot.keyClick(members, Qt.Key.Key_Return)
    assert dialog.result() == MonthDialog.DialogCode.Accepted
    assert dialog.outcome is not None and len(dialog.outcome.paid) == ticked - 1
    assert exception in dialog.outcome.skipped
    assert "已登记2026年11月党费" in dialog.saved_text
    page.load()
    assert shown(page, exception, FIRST_MONTH_COLUMN + 10) == "待交"
    other = next(n for n in dialog.outcome.paid if n != exception)
    assert shown(page, other, FIRST_MONTH_COLUMN + 10) not in {"待交", "未交"}


def test_esc_after_unchecking_asks_before_throwing_the_choice_away(
    qtbot: QtBot, page: DuesPage
) -> None:
    dialog = MonthDialog(page.context, Month(2026, 11), page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.ui.membersList, Qt.Key.Key_Space)
    asked: list[str] = []
    _timer = answer_next_box(qtbot, "取消", asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["所填内容尚未保存。要保存吗？"] and dialog.isVisible()


def test_a_payment_shows_its_months_before_saving(qtbot: QtBot, page: DuesPage) -> None:
    """登记党费: the months it covers appear as the amount is typed, from the earliest unpaid."""
    with page.context.database.read() as session:
        behind = book.arrears(session, DEMO_TODAY)[0]
    dialog = PaymentDialog(page.context, behind.member_id, parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.amountEdit, "1")
    first = behind.months[0]  # the earliest unpaid month, 0.50 a month: 1 yuan covers two
    assert f"将记入{book.months_text(behind.months[:2])}，共2个月" in dialog.ui.planLabel.text()
    assert first.label in dialog.ui.firstMonthCombo.itemText(0)
    dialog.ui.dateEdit.setDate(date(2026, 11, 30))
    dialog.save()
    assert dialog.result() == PaymentDialog.DialogCode.Accepted
    assert f"已登记{behind.name}交纳的党费1.00元" in dialog.saved_text


def test_back_pay_over_six_months_is_announced_after_saving(
    qtbot: QtBot, context: AppContext
) -> None:
    from dangwu_desktop.core.services.members import add_member
    from dangwu_desktop.ledgers.dues.rules import StandardInput
    from dangwu_desktop.ledgers.dues.service import set_standard
    from tests.conftest import member

    context.today = lambda: DEMO_TODAY
    with context.database.transaction() as session:
        member_id = add_member(session, member(name="王五"), DEMO_TODAY).id
        set_standard(session, member_id, StandardInput(DuesCategory.FARMER, date(2026, 1, 1)), DEMO_TODAY)  # fmt: skip
    dialog = PaymentDialog(context, member_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.amountEdit, "5.5")
    assert "补交超过6个月" in dialog.ui.planLabel.text()
    said: list[str] = []
    _timer = answer_next_box(qtbot, "OK", said)
    dialog.save()
    assert said and "补交了2026年1—4月的党费，超过6个月" in said[0]
    assert dialog.result() == PaymentDialog.DialogCode.Accepted


def test_a_refused_payment_is_shown_at_its_fields(qtbot: QtBot, page: DuesPage) -> None:
    """dues.receipt_once: a receipt number used before is refused, the field outlined."""
    member_id = page.model.row(0).member_id
    with page.context.database.transaction() as session:
        record_payment(
            session,
            PaymentInput(member_id, date(2026, 11, 2), D("1"), receipt_no="R-77"),
            DEMO_TODAY,
        )
    dialog = PaymentDialog(page.context, member_id, parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.amountEdit, "1")
    qtbot.keyClicks(dialog.ui.receiptEdit, "R-77")
    dialog.save()
    assert dialog.result() != PaymentDialog.DialogCode.Accepted
    assert "收据号：收据号“R-77”已经用过" in dialog.ui.errorLabel.text()
    assert "b91c1c" in dialog.ui.receiptEdit.styleSheet()
    assert dialog.ui.amountEdit.styleSheet() == ""
    qtbot.keyClicks(dialog.ui.receiptEdit, "8")  # editing the field answers its line
    assert dialog.ui.receiptEdit.styleSheet() == ""
    dialog.ui.amountEdit.clear()
    qtbot.keyClicks(dialog.ui.amountEdit, "-2")
    dialog.save()
    assert "金额不能为负数" in dialog.ui.errorLabel.text()


def test_a_standard_is_worked_out_as_it_is_typed(qtbot: QtBot, page: DuesPage) -> None:
    member_id = page.model.row(2).member_id
    dialog = StandardDialog(page.context, [member_id], Month(2026, 11), page)
    qtbot.addWidget(dialog)
    combo = dialog.ui.categoryCombo
    combo.setCurrentIndex(combo.findData(DuesCategory.EMPLOYED.value))
    assert dialog.ui.baseLabel.text() == "月工资收入（税后）" and dialog.ui.baseEdit.isVisibleTo(
        dialog
    )
    dialog.ui.baseEdit.clear()
    qtbot.keyClicks(dialog.ui.baseEdit, "4200")
    assert "在职，月工资收入（税后）4200.00元×1%，每月42.00元" in dialog.ui.summaryLabel.text()
    combo.setCurrentIndex(combo.findData(DuesCategory.REDUCED.value))
    assert not dialog.ui.baseEdit.isVisibleTo(dialog)
    assert dialog.ui.decidedEdit.isVisibleTo(dialog) and dialog.ui.approvalEdit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.ui.amountEdit, "0")
    dialog.save()  # no 支部研究 date, no 上级批准: refused, each at its field
    text = dialog.ui.errorLabel.text()
    assert "减免须经党支部研究" in text and "减免须报上一级党委批准" in text
    assert "b91c1c" in dialog.ui.approvalEdit.styleSheet()
    dialog.ui.decidedEdit.setDate(date(2026, 11, 20))
    type_chinese(dialog.ui.approvalEdit, "浦阳镇党委2026-11-25批复")
    dialog.save()
    assert dialog.result() == StandardDialog.DialogCode.Accepted
    page.load()
    assert shown(page, page.model.row(2).name, FIRST_MONTH_COLUMN + 10) == "免交"


def test_farmers_for_several_members_at_once(qtbot: QtBot, page: DuesPage) -> None:
    chosen = [page.model.row(r).member_id for r in (0, 1)]  # 在职 and 村干部 in the demo
    dialog = StandardDialog(page.context, chosen, Month(2026, 12), page)
    qtbot.addWidget(dialog)
    assert "为所选2名党员核定" in dialog.ui.membersLabel.text()
    assert dialog.ui.categoryCombo.currentData() == DuesCategory.FARMER.value
    dialog.save()
    assert dialog.result() == StandardDialog.DialogCode.Accepted
    page.load()
    with page.context.database.read() as session:
        row = {r.member_id: r for r in book.year_book(session, 2026, DEMO_TODAY)}
    assert all(row[m].cells[11].owed == D("0.50") for m in chosen)


def test_a_month_cell_opens_its_payments_and_one_can_be_deleted(
    qtbot: QtBot, page: DuesPage
) -> None:
    row = page.model.row(2)
    dialog = CellDialog(page.context, row.member_id, row.name, Month(2026, 3), page)
    qtbot.addWidget(dialog)
    assert dialog.ui.paymentsTable.rowCount() >= 1
    assert "3月" in dialog.ui.paymentsTable.item(0, 2).text()
    asked: list[str] = []
    _timer = answer_next_box(qtbot, "Yes", asked)
    dialog.delete_selected()
    assert asked and "删除" in asked[0]
    assert dialog.changed and "已删除" in dialog.ui.errorLabel.text()
    page.load()
    assert shown(page, row.name, FIRST_MONTH_COLUMN + 2) == "未交"


def test_double_clicking_an_unpaid_month_starts_a_payment_from_it(
    qtbot: QtBot, page: DuesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[int | None, Month | None]] = []
    monkeypatch.setattr(PaymentDialog, "exec", lambda self: opened.append((self.chooser.member_id(), self.ui.firstMonthCombo.currentText())) or 0)  # type: ignore[func-returns-value]  # fmt: skip
    model = page.model
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(FIRST_MONTH_COLUMN, FIRST_MONTH_COLUMN + 12)
        if model.data(model.index(r, c)) == "未交"
    )
    page.open_cell(index)
    assert opened == [
        (model.row(index.row()).member_id, f"2026年{index.column() - FIRST_MONTH_COLUMN + 1}月")
    ]


def test_special_dues_remittance_and_the_arrears_list(qtbot: QtBot, page: DuesPage) -> None:
    special = SpecialDialog(page.context, page.model.row(0).member_id, page)
    qtbot.addWidget(special)
    qtbot.keyClicks(special.ui.amountEdit, "100")
    special.save()
    assert "请填写用途" in special.ui.errorLabel.text()
    type_chinese(special.ui.purposeEdit, "支援抗洪救灾")
    special.save()
    assert special.result() == SpecialDialog.DialogCode.Accepted

    remit = RemittanceDialog(page.context, 2026, page)
    qtbot.addWidget(remit)
    assert "未上缴" in remit.ui.balanceLabel.text()
    qtbot.keyClicks(remit.ui.amountEdit, "100")
    remit.save()
    assert remit.result() == RemittanceDialog.DialogCode.Accepted
    page.load()
    assert "已上缴" in page.ui.summaryLabel.text()

    arrears = ArrearsDialog(page.context, page)
    qtbot.addWidget(arrears)
    table = arrears.ui.arrearsTable
    assert table.rowCount() == len(behind_names(page)) > 0
    assert table.horizontalHeaderItem(3).text() == "连续欠缴"
    assert "第九条" in arrears.ui.ruleLabel.text()


def test_every_dues_dialog_fits_a_small_screen(qtbot: QtBot, page: DuesPage) -> None:
    """The walk opens the page's buttons; these are also reached by double-click and selection."""
    row = page.model.row(2)
    dialogs = [
        MonthDialog(page.context, Month(2026, 11), page),
        PaymentDialog(page.context, row.member_id, Month(2026, 3), page),
        StandardDialog(page.context, [row.member_id], Month(2026, 11), page),
        StandardDialog(
            page.context, [page.model.row(0).member_id, row.member_id], Month(2026, 11), page
        ),
        SpecialDialog(page.context, None, page),
        RemittanceDialog(page.context, 2026, page),
        ArrearsDialog(page.context, page),
        CellDialog(page.context, row.member_id, row.name, Month(2026, 3), page),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert too_large(dialog) is None, too_large(dialog)
        dialog.reject()
        assert not dialog.isVisible()  # nothing typed: closes without asking


def test_the_book_prints_as_the_excel_register_with_its_totals(page: DuesPage) -> None:
    """打印 / 导出 → 打印预览: the 登记簿 on A4 landscape, one page wide, with the same 合计 as
    the Excel 登记簿 and the 填表人 / 审核人 lines."""
    from dangwu_desktop.ui.printing import a4_printer, html_document

    document = html_document(page.book_html(), a4_printer(landscape=True))
    text = document.toPlainText()
    assert "2026年党费收缴登记簿" in text and "填报日期：2026-11-30" in text
    assert "应交（截至10月）" in text and "合计" in text and "填表人：" in text
    with page.context.database.read() as session:
        part = book.summary(session, date(2026, 1, 1), date(2026, 12, 31), DEMO_TODAY, "")
    assert f"{part.owed:.2f}" in text and f"{part.paid:.2f}" in text
    assert document.pageCount() <= 4  # 61 members, each on one line but for a long 备注
    assert [a.text() for a in page.ui.outputButton.menu().actions()] == [
        "打印预览党费收缴登记簿…",
        "导出党费收缴登记簿（Excel）…",
        "导出党费收缴公示（Word）…",
        "导出党费上缴情况汇总表（Excel）…",
    ]


def test_a_list_recorded_from_the_page_shows_in_the_book(
    qtbot: QtBot, page: DuesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """按名单登记: what the dialog recorded is said on the page and shows in the grid."""
    from dangwu_desktop.ledgers.dues import page as page_module

    def record(parent: object, context: AppContext) -> object:
        with context.database.transaction() as session:
            member = next(r for r in book.year_book(session, 2026, DEMO_TODAY) if r.name == "曾建")
            record_payment(
                session, PaymentInput(member.member_id, DEMO_TODAY, D("2.50")), DEMO_TODAY
            )
        return type("Recorded", (), {"summary": "共1笔，2.50元"})()

    monkeypatch.setattr(page_module, "open_dues_list_dialog", record)
    assert "曾建" in behind_names(page) and shown(page, "曾建", FIRST_MONTH_COLUMN + 9) == "未交"
    qtbot.mouseClick(page.ui.listButton, Qt.MouseButton.LeftButton)
    assert page.ui.messageLabel.text() == "已按名单登记党费：共1笔，2.50元"
    assert "曾建" not in behind_names(page)
    assert shown(page, "曾建", FIRST_MONTH_COLUMN + 9) == "0.50"  # October, paid now, in the grid
