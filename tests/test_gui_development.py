"""The 发展党员 page as the secretary uses it: who stands where and what is due (late and due-soon
said in words and colours with a legend), a person's 25 steps with the rule behind each 提示, a new
file refused field by field, a step recorded from the keyboard with its findings shown before
saving, admission said before it changes the roster, a step deleted after a question, a step
renamed, and the 首页 reminder that opens the page on its person."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.core.glossary import Sex
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.rulebook import TopicVote
from dangwu_desktop.ledgers.development import service
from dangwu_desktop.ledgers.development.files import quota
from dangwu_desktop.ledgers.development.page import BY, NAME, STATE, DevelopmentPage
from dangwu_desktop.ledgers.development.service import PersonInput, StepInput
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.development_dialogs import PersonDialog, StepDialog, StepsDialog
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.pages.home import REMINDER_ROLE, HomePage
from tests.conftest import type_chinese
from tests.modal import too_large

DEMO_TODAY = date(2026, 11, 30)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> DevelopmentPage:
    context.today = lambda: DEMO_TODAY
    with context.database.transaction() as session:
        build_demo_village(session, DEMO_TODAY)
    shown = DevelopmentPage(context)
    qtbot.addWidget(shown)
    shown.resize(1000, 560)
    shown.show()
    shown.load()
    return shown


def row_of(page: DevelopmentPage, name: str) -> int:
    model = page.model
    return next(r for r in range(model.rowCount()) if model.row(r).name == name)


def shown(page: DevelopmentPage, name: str, column: int, role: int = 0) -> object:
    return page.model.data(page.model.index(row_of(page, name), column), role)


def pick(page: DevelopmentPage, name: str) -> None:
    page.ui.pipelineTable.selectRow(row_of(page, name))


def answer_next_box(button: str, said: list[str]) -> QTimer:
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


def new_applicant(page: DevelopmentPage, name: str = "周晓", applied: str = "2026-03-02") -> int:
    with page.context.database.transaction() as session:
        given = PersonInput(name, Sex.FEMALE, date(1998, 4, 6))
        person = service.add_person(session, given, DEMO_TODAY)
        day = date.fromisoformat(applied)
        service.record_step(session, StepInput(person.id, "application", day), DEMO_TODAY)
        return person.id


def test_each_person_stands_in_a_row_late_and_due_soon_said_in_words_and_colours(
    page: DevelopmentPage,
) -> None:
    assert page.model.rowCount() == 4
    # 吴佳怡 applied on 2026-10-11: the talk was due within a month (第七条).
    assert shown(page, "吴佳怡", STATE) == "逾期19天"
    assert shown(page, "吴佳怡", BY) == "2026-11-11"
    assert "第七条" in str(shown(page, "吴佳怡", BY, Qt.ItemDataRole.ToolTipRole))
    assert shown(page, "吴子豪", STATE) == "9天内到期"
    late = shown(page, "吴佳怡", STATE, Qt.ItemDataRole.BackgroundRole)
    soon = shown(page, "吴子豪", STATE, Qt.ItemDataRole.BackgroundRole)
    assert late is not None and soon is not None and late != soon
    legend = page.ui.legendLabel.text()
    assert "逾期N天" in legend and "N天内到期" in legend
    assert "1人有步骤逾期" in page.ui.messageLabel.text()


def test_the_list_is_filtered_by_name_stage_and_late_only(
    qtbot: QtBot, page: DevelopmentPage
) -> None:
    page.ui.overdueCheck.click()
    assert [page.model.row(r).name for r in range(page.model.rowCount())] == ["吴佳怡"]
    page.ui.overdueCheck.click()
    page.ui.stageCombo.setCurrentIndex(page.ui.stageCombo.findText("发展对象"))
    assert [page.model.row(r).name for r in range(page.model.rowCount())] == ["黄俊杰"]
    page.ui.stageCombo.setCurrentIndex(0)
    type_chinese(page.ui.searchEdit, "子豪")
    assert [page.model.row(r).name for r in range(page.model.rowCount())] == ["吴子豪"]
    assert "吴子豪" in page.ui.personLabel.text()  # the timeline follows the one shown


def test_the_timeline_shows_the_25_steps_and_each_finding_with_its_rule(
    page: DevelopmentPage,
) -> None:
    person = new_applicant(page)
    with page.context.database.transaction() as session:
        service.record_step(session, StepInput(person, "talk", date(2026, 5, 10)), DEMO_TODAY)
    page.load()
    pick(page, "周晓")
    table = page.ui.timelineTable
    assert table.rowCount() == 25
    assert table.item(1, 0).text() == "②党组织派人谈话" and table.item(1, 1).text() == "2026-05-10"
    assert table.item(1, 5).text() == "谈话晚于收到入党申请书后一个月"
    assert table.item(1, 4).text() == "缺：谈话记录"
    assert table.item(2, 1).text() == "未登记"
    table.setCurrentCell(1, 0)
    detail = page.ui.detailView.toPlainText()
    assert "实际2026-05-10（晚了38天）" in detail
    assert "依据：《中国共产党发展党员工作细则》" in detail and "第七条" in detail


def test_a_new_file_is_refused_field_by_field_and_an_applicant_under_18_by_the_rule(
    qtbot: QtBot, page: DevelopmentPage
) -> None:
    dialog = PersonDialog(page.context, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    type_chinese(ui.nameEdit, "钱多")
    qtbot.keyClicks(ui.idEdit, "330726199804061230")  # a wrong check digit
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "身份号码" in ui.errorLabel.text() and ui.idEdit.styleSheet()
    assert not ui.nameEdit.styleSheet()
    ui.idEdit.clear()
    ui.sexCombo.setCurrentText("男")
    qtbot.keyClicks(ui.birthEdit, "2010-05-01")
    qtbot.keyClicks(ui.appliedEdit, "2026-03-02")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    said = ui.errorLabel.text()
    assert "递交入党申请书：递交入党申请书时未满十八周岁" in said and "第五条" in said
    assert ui.appliedEdit.styleSheet() and dialog.isVisible()
    with page.context.database.read() as session:
        assert [s.name for s in service.pipeline(session, DEMO_TODAY)].count("钱多") == 0
    ui.appliedEdit.clear()  # the application entered later, with its own step
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert dialog.saved_text == "已新建钱多的发展党员档案"


def test_a_step_is_recorded_from_the_keyboard_its_findings_shown_before_saving(
    qtbot: QtBot, page: DevelopmentPage
) -> None:
    pick(page, "吴佳怡")
    opened: list[StepDialog] = []
    previews: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StepDialog)
        opened.append(dialog)
        ui = dialog.ui
        try:
            assert ui.stepCombo.currentData() == "talk"  # the next one due
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            assert ui.dateEdit.hasFocus()  # the step is right: the date is typed first
            qtbot.keyClicks(ui.dateEdit, "2026.11.28")
            qtbot.keyClick(ui.dateEdit, Qt.Key.Key_Tab)
            previews.append(ui.errorLabel.text())
            qtbot.keyClick(ui.conclusionEdit, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # a failed step leaves no dialog waiting for a user
                dialog.done(0)

    QTimer.singleShot(50, fill)
    qtbot.keyClick(page.ui.stepButton, Qt.Key.Key_Space)
    assert opened and not opened[0].isVisible()
    assert "可以登记，记录将带有以下提示" in previews[0] and "晚了17天" in previews[0]
    assert "已登记吴佳怡的②党组织派人谈话（2026-11-28）；有1条提示" in page.ui.messageLabel.text()
    assert shown(page, "吴佳怡", STATE) == "有提示"
    assert page.ui.timelineTable.item(1, 1).text() == "2026-11-28"


def test_a_step_that_cannot_be_is_refused_at_its_field(qtbot: QtBot, page: DevelopmentPage) -> None:
    pick(page, "吴佳怡")
    person = page.selected_person()
    assert person is not None
    dialog = StepDialog(page.context, person, "activist", None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.dateEdit, "2025-01-01")  # before the application of 2026-10-11
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    said = dialog.ui.errorLabel.text()
    assert "无法保存" in said and "先后矛盾" in said
    assert dialog.ui.dateEdit.styleSheet()


def test_approval_says_it_will_add_the_probationer_to_the_roster_before_saving(
    qtbot: QtBot, page: DevelopmentPage
) -> None:
    person = new_applicant(page, "周晓", "2024-03-02")
    with page.context.database.transaction() as session:
        service.record_step(
            session,
            StepInput(person, "admission", date(2026, 9, 20), vote=TopicVote(4, 4, 4)),
            DEMO_TODAY,
        )
    page.load()
    pick(page, "周晓")
    dialog = StepDialog(page.context, person, "approval", None, page)
    qtbot.addWidget(dialog)
    roster = dialog.ui.rosterLabel.text()
    assert "将在花名册中新增预备党员周晓，入党时间为支部大会讨论的日期2026-09-20" in roster
    qtbot.keyClicks(dialog.ui.dateEdit, "2026-10-20")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "周晓已列入党员花名册（预备党员）" in dialog.saved_text
    with page.context.database.read() as session:
        assert session.scalars(select(Member.name).where(Member.name == "周晓")).all() == ["周晓"]


def test_the_admission_step_asks_for_the_vote_and_the_meeting_of_its_kind(
    qtbot: QtBot, page: DevelopmentPage
) -> None:
    pick(page, "黄俊杰")
    person = page.selected_person()
    assert person is not None
    dialog = StepDialog(page.context, person, "admission", None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.dueSpin.isVisible() and ui.meetingCombo.isVisible()
    assert not ui.firstPersonCombo.isVisible() and not ui.hoursSpin.isVisible()
    items = [ui.meetingCombo.itemText(i) for i in range(1, ui.meetingCombo.count())]
    assert items and all("支部党员大会" in text for text in items)
    ui.stepCombo.setCurrentIndex(ui.stepCombo.findData("introducers"))
    assert ui.firstPersonCombo.isVisible() and ui.secondPersonCombo.isVisible()
    assert ui.firstPersonLabel.text() == "入党介绍人"
    assert not ui.dueSpin.isVisible()


def test_a_half_filled_step_is_not_thrown_away_by_esc(qtbot: QtBot, page: DevelopmentPage) -> None:
    pick(page, "吴佳怡")
    person = page.selected_person()
    assert person is not None
    dialog = StepDialog(page.context, person, None, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.dateEdit, "2026-11-20")
    said: list[str] = []
    _timer = answer_next_box("取消", said)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert said == ["所填内容尚未保存。要保存吗？"] and dialog.isVisible()


def test_a_step_record_is_deleted_only_after_a_question(
    qtbot: QtBot, page: DevelopmentPage
) -> None:
    pick(page, "吴佳怡")
    page.ui.timelineTable.setCurrentCell(0, 0)  # ①, recorded
    assert page.ui.deleteButton.isEnabled()
    said: list[str] = []
    _timer = answer_next_box("No", said)
    page.ui.deleteButton.click()
    assert said and "删除吴佳怡的①递交入党申请书（2026-10-11）这条记录" in said[0]
    assert page.ui.timelineTable.item(0, 1).text() == "2026-10-11"
    _timer = answer_next_box("Yes", said)
    page.ui.deleteButton.click()
    assert page.ui.messageLabel.text() == "已删除吴佳怡的①递交入党申请书（2026-10-11）"
    assert shown(page, "吴佳怡", NAME) == "吴佳怡"
    page.ui.timelineTable.setCurrentCell(0, 0)
    assert page.ui.timelineTable.item(0, 1).text() == "未登记"
    assert not page.ui.deleteButton.isEnabled()


def test_a_step_is_renamed_and_given_its_documents_in_the_step_settings(
    qtbot: QtBot, page: DevelopmentPage
) -> None:
    dialog = StepsDialog(page.context, page)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.stepList.setCurrentRow(1)
    assert ui.nameEdit.text() == "党组织派人谈话"
    ui.nameEdit.clear()
    ui.applyButton.click()
    assert "步骤名称为空" in ui.errorLabel.text() and ui.nameEdit.styleSheet()
    type_chinese(ui.nameEdit, "党组织派人谈话（乡镇）")
    ui.documentsEdit.setPlainText("谈话记录\n谈话提纲")
    ui.applyButton.click()
    assert "已保存②党组织派人谈话（乡镇）" in ui.errorLabel.text()
    dialog.reject()
    assert dialog.changed and not dialog.isVisible()
    with page.context.database.read() as session:
        talk = service.steps(session)[1]
    assert (talk.name, talk.documents) == ("党组织派人谈话（乡镇）", ("谈话记录", "谈话提纲"))


def test_every_development_dialog_fits_a_small_screen(qtbot: QtBot, page: DevelopmentPage) -> None:
    pick(page, "黄俊杰")
    person = page.selected_person()
    assert person is not None
    dialogs = [
        PersonDialog(page.context, None, page),
        PersonDialog(page.context, person, page),
        StepDialog(page.context, person, None, None, page),
        StepDialog(page.context, person, "training", None, page),
        StepDialog(page.context, person, "admission", None, page),
        StepsDialog(page.context, page),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert too_large(dialog) is None, too_large(dialog)
        dialog.reject()
        assert not dialog.isVisible()  # nothing typed: closes without asking


def test_a_development_reminder_on_the_home_page_opens_the_page_on_its_person(
    qtbot: QtBot, context: AppContext
) -> None:
    context.today = lambda: DEMO_TODAY
    with context.database.transaction() as session:
        build_demo_village(session, DEMO_TODAY)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.show_page("home")
    assert isinstance(home, HomePage)
    attention = home.ui.attentionList
    item = next(
        attention.item(i)
        for i in range(attention.count())
        if "吴佳怡：②党组织派人谈话已超期" in attention.item(i).text()
    )
    assert item.data(REMINDER_ROLE) is not None
    home._open_item(item)  # as a double-click does
    development = window.shown_page()
    assert isinstance(development, DevelopmentPage)
    chosen = development.selected_person()
    assert (
        chosen is not None
        and development.model.row(row_of(development, "吴佳怡")).person_id == chosen
    )
    assert "吴佳怡" in development.ui.personLabel.text()
    # Its step due is the one shown, with its deadline and the rule.
    assert development.ui.timelineTable.currentRow() == 1
    assert "第七条" in development.ui.timelineTable.item(1, 5).toolTip()


def test_choosing_another_step_keeps_the_day_typed(qtbot: QtBot, page: DevelopmentPage) -> None:
    pick(page, "黄俊杰")
    person = page.selected_person()
    assert person is not None
    dialog = StepDialog(page.context, person, None, None, page)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.stepCombo.currentData() == "committee_review"
    ui.dateEdit.setText("2026-11-20")
    ui.stepCombo.setCurrentIndex(ui.stepCombo.findData("admission"))
    assert ui.dateEdit.text() == "2026-11-20"
    ui.stepCombo.setCurrentIndex(ui.stepCombo.findData("training"))  # recorded: its own day
    training = next(r for r in dialog.rows if r.step.code == "training")
    assert training.date is not None and ui.dateEdit.date() == training.date != date(2026, 11, 20)


def test_the_selected_persons_file_is_exported_from_the_page_menu(
    page: DevelopmentPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """打印 / 导出 → 导出所选人员的全程纪实表: the file of the person selected, named after them."""
    pick(page, "吴佳怡")
    offered: list[str] = []

    def save_as(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(tmp_path / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr("dangwu_desktop.ui.exports.show_saved", lambda *a: None)
    menu = page.ui.outputButton.menu()
    action = next(
        a for a in menu.actions() if a.text() == "导出所选人员的发展党员工作全程纪实表（Word）…"
    )
    assert action.isEnabled()
    action.trigger()
    assert offered == ["中共前溪村支部委员会吴佳怡发展党员工作全程纪实表.docx"]
    text = "\n".join(c.text for t in Document(str(tmp_path / offered[0])).tables for r in t.rows for c in r.cells)  # fmt: skip
    assert "吴佳怡" in text and "卢凤" not in text


def test_the_townships_quota_is_entered_on_the_page(
    page: DevelopmentPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (3, True))
    menu = page.ui.outputButton.menu()
    next(a for a in menu.actions() if a.text() == "本年发展党员指标…").trigger()
    with page.context.database.read() as session:
        assert quota(session, DEMO_TODAY.year) == 3
    assert "2026年发展党员指标3名" in page.ui.messageLabel.text()
