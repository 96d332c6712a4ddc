"""Nothing typed is thrown away unasked: Esc, 取消 and the window's close button ask 保存 / 不保存 /
取消 when something was typed, and close silently when nothing was."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dangwu_desktop.app import ensure_branch
from dangwu_desktop.core.activity_templates import template_topics
from dangwu_desktop.core.glossary import ActivityKind, Grade, MovementKind
from dangwu_desktop.core.services import activities, appraisals, plans
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.members import add_member, get_member, namesakes
from dangwu_desktop.core.services.reports import ReportPeriod, load_notes
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from dangwu_desktop.ui.dialogs.appraisal_dialog import COMMENT, GRADE, AppraisalDialog
from dangwu_desktop.ui.dialogs.branch_dialog import BranchDialog
from dangwu_desktop.ui.dialogs.credit_dialog import CreditDialog
from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog
from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog
from dangwu_desktop.ui.dialogs.plan_dialog import DAY, TOPIC, PlanDialog
from dangwu_desktop.ui.dialogs.templates_dialog import TemplatesDialog
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.pages.reports import ReportsPage
from tests.conftest import TODAY, member, type_chinese

MINUTES = (
    "一、集中学习\n与会党员逐一发言，结合实际谈了学习体会，对村里近期工作提出了意见和建议。"
    "会议要求全体党员带头参与人居环境整治，按分工抓好落实。"
)


class Questions:
    """Answers each QMessageBox in turn by clicking the button with the scripted text, and keeps
    what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.answers: list[str] = []
        self.offered: list[list[str]] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._answer(box))

    def will_answer(self, *answers: str) -> Questions:
        self.answers += answers
        return self

    def _answer(self, box: QMessageBox) -> int:
        # No assert in here: an exception raised inside Qt's event handling would crash the process.
        buttons = {b.text(): b for b in box.buttons()}
        self.asked.append(box.text())
        self.offered.append(sorted(buttons))
        answer = self.answers.pop(0) if self.answers else "unexpected"
        buttons.get(answer, box.buttons()[-1]).click()
        return 0


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    return Questions(monkeypatch)


def press_escape(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


def click_cancel(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel) or box.button(
        QDialogButtonBox.StandardButton.Close
    )
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


def close_window(_qtbot: QtBot, dialog: QDialog) -> None:
    dialog.close()  # the title bar's close button


CLOSE_PATHS: dict[str, Callable[[QtBot, QDialog], None]] = {
    "Esc": press_escape,
    "取消": click_cancel,
    "关闭按钮": close_window,
}


@pytest.fixture(params=list(CLOSE_PATHS))
def close(request: pytest.FixtureRequest) -> Callable[[QtBot, QDialog], None]:
    return CLOSE_PATHS[request.param]


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.usefixtures("branch")
def test_a_half_typed_member_is_kept_until_the_secretary_says(
    qtbot: QtBot, context: AppContext, questions: Questions, close: Callable[[QtBot, QDialog], None]
) -> None:
    dialog = shown(qtbot, MemberDialog(context))
    assert isinstance(dialog, MemberDialog)
    type_chinese(dialog.ui.nameEdit, "王小红")
    qtbot.keyClicks(dialog.ui.phoneEdit, "13900002222")
    questions.will_answer("取消")
    close(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.nameEdit.text() == "王小红"
    questions.will_answer("保存")  # the record is incomplete: the save refuses, the dialog stays
    close(qtbot, dialog)
    assert dialog.isVisible() and "无法保存" in dialog.ui.findingsLabel.text()
    questions.will_answer("不保存")
    close(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert len(questions.asked) == 3 and "尚未保存" in questions.asked[0]
    assert questions.offered[0] == sorted(["保存", "不保存", "取消"])
    with context.database.read() as session:
        assert namesakes(session, "王小红") == []


@pytest.fixture
def roster(context: AppContext, branch: None) -> int:
    with context.database.transaction() as session:
        return add_member(session, member(group_name="第一党小组"), TODAY).id


@pytest.mark.usefixtures("roster")
def test_a_meeting_record_with_long_minutes_is_saved_when_the_secretary_says_so(
    qtbot: QtBot, context: AppContext, questions: Questions, close: Callable[[QtBot, QDialog], None]
) -> None:
    dialog = shown(qtbot, ActivityDialog(context, None, ActivityKind.THEME_DAY))
    assert isinstance(dialog, ActivityDialog)
    type_chinese(dialog.ui.placeEdit, "村党群服务中心")
    type_chinese(dialog.ui.recorderEdit, "罗玲琴")
    dialog.ui.minutesEdit.setFocus()
    dialog.ui.minutesEdit.selectAll()
    type_chinese(dialog.ui.minutesEdit, MINUTES)
    questions.will_answer("保存")
    close(qtbot, dialog)
    assert questions.asked and not dialog.isVisible(), dialog.ui.findingsLabel.text()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.database.read() as session:
        [record] = activities.list_activities(session, 2026)
    assert record.minutes == MINUTES.strip() and record.place == "村党群服务中心"


@pytest.mark.usefixtures("roster")
def test_saving_from_the_closing_question_does_not_pass_the_warnings(
    qtbot: QtBot, context: AppContext, questions: Questions
) -> None:
    """A record with only the template's outline: 保存 in the question shows the warnings, every
    time; only the dialog's own 仍然保存 keeps it as a held meeting."""
    dialog = shown(qtbot, ActivityDialog(context, None, ActivityKind.BRANCH_GENERAL))
    assert isinstance(dialog, ActivityDialog)
    type_chinese(dialog.ui.placeEdit, "村党群服务中心")
    for _try in range(2):
        questions.will_answer("保存")
        press_escape(qtbot, dialog)
        assert dialog.isVisible() and "仍然保存" in dialog.ui.findingsLabel.text()
    with context.database.read() as session:
        assert activities.list_activities(session, 2026) == []
    qtbot.mouseClick(dialog.gate.save_button, Qt.MouseButton.LeftButton)  # 仍然保存
    assert not dialog.isVisible()
    with context.database.read() as session:
        assert len(activities.list_activities(session, 2026)) == 1


@pytest.mark.usefixtures("branch")
def test_untouched_dialogs_close_without_a_question(
    qtbot: QtBot, context: AppContext, questions: Questions, close: Callable[[QtBot, QDialog], None]
) -> None:
    for dialog in (
        MemberDialog(context),
        ActivityDialog(context, None, ActivityKind.GROUP),
        ActivityDialog(context, None, ActivityKind.COLLECTIVE_STUDY),
        PlanDialog(context),
        BranchDialog(context),
    ):
        shown(qtbot, dialog)
        close(qtbot, dialog)  # type: ignore[arg-type]
        assert not dialog.isVisible(), type(dialog).__name__
    assert questions.asked == []


@pytest.mark.usefixtures("branch")
def test_a_quarter_plan_is_not_dropped_by_closing_or_by_another_quarter(
    qtbot: QtBot, context: AppContext, questions: Questions, close: Callable[[QtBot, QDialog], None]
) -> None:
    dialog = shown(qtbot, PlanDialog(context))
    assert isinstance(dialog, PlanDialog)
    assert dialog.period() == (2026, 2)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    dialog.ui.planTable.item(0, TOPIC).setText("学习党的二十届四中全会精神")
    questions.will_answer("取消")
    dialog.ui.quarterCombo.setCurrentIndex(2)  # 第三季度: the typed plan is asked about first
    assert dialog.period() == (2026, 2) and dialog.ui.planTable.rowCount() == 1
    questions.will_answer("不保存")
    close(qtbot, dialog)
    assert not dialog.isVisible()
    with context.database.read() as session:
        assert plans.load_plan(session, 2026, 2) == []

    again = shown(qtbot, PlanDialog(context))
    assert isinstance(again, PlanDialog)
    qtbot.mouseClick(again.ui.addButton, Qt.MouseButton.LeftButton)
    again.ui.planTable.item(0, TOPIC).setText("重温入党誓词")
    questions.will_answer("保存")
    again.ui.quarterCombo.setCurrentIndex(2)
    assert again.period() == (2026, 3) and again.ui.planTable.rowCount() == 0
    with context.database.read() as session:
        assert [i.topic for i in plans.load_plan(session, 2026, 2)] == ["重温入党誓词"]
    close(qtbot, again)  # nothing typed in 第三季度
    assert not again.isVisible() and len(questions.asked) == 3


@pytest.mark.usefixtures("branch")
def test_an_unreadable_typed_date_is_typed_work_too(
    qtbot: QtBot, context: AppContext, questions: Questions, close: Callable[[QtBot, QDialog], None]
) -> None:
    """A date box holding text that is no date yet (no date in the record) is still asked about;
    a plan row's unreadable date did not even let the dialog close."""
    member_dialog = shown(qtbot, MemberDialog(context))
    assert isinstance(member_dialog, MemberDialog)
    qtbot.keyClicks(member_dialog.ui.birthDateEdit, "1990.13")
    questions.will_answer("取消")
    close(qtbot, member_dialog)
    assert member_dialog.isVisible() and member_dialog.ui.birthDateEdit.text() == "1990.13"

    plan = shown(qtbot, PlanDialog(context))
    assert isinstance(plan, PlanDialog)
    qtbot.mouseClick(plan.ui.addButton, Qt.MouseButton.LeftButton)
    plan.save()
    day = plan.ui.planTable.cellWidget(0, DAY)
    day.clear()
    type_chinese(day, "五月")
    questions.will_answer("不保存")
    close(qtbot, plan)
    assert not plan.isVisible()
    assert questions.asked == ["所填内容尚未保存。要保存吗？"] * 2
    member_dialog.mark_saved()


@pytest.mark.usefixtures("branch")
def test_the_quarter_plan_names_quarters_as_the_reports_do(
    qtbot: QtBot, context: AppContext, questions: Questions
) -> None:
    dialog = shown(qtbot, PlanDialog(context))
    assert isinstance(dialog, PlanDialog)
    combo = dialog.ui.quarterCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
    ]
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    questions.will_answer("取消")
    combo.setCurrentIndex(3)
    assert questions.asked == ["2026年第二季度的计划尚未保存。要保存吗？"]


def test_the_first_start_dialog_keeps_what_was_typed_and_does_not_quit_silently(
    qtbot: QtBot, context: AppContext, questions: Questions, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: Iterator[Callable[[BranchDialog], None]] = iter(
        [
            lambda dialog: type_chinese(dialog.ui.nameEdit, "中共东岙村支部委员会"),
            lambda dialog: None,  # shown again: the name is still there
            lambda dialog: type_chinese(dialog.ui.secretaryEdit, "陈静"),
        ]
    )
    names: list[str] = []

    def exec_pressing_escape(dialog: BranchDialog) -> int:
        """The modal loop: the secretary does the next step and presses Esc, until it closes."""
        shown(qtbot, dialog)
        while dialog.isVisible():
            next(steps)(dialog)
            names.append(dialog.ui.nameEdit.text())
            press_escape(qtbot, dialog)
        return int(dialog.result())

    monkeypatch.setattr(BranchDialog, "exec", exec_pressing_escape)
    # Esc → 不保存 → told the program needs the branch → 返回填写 → Esc → 取消 → Esc → 保存
    questions.will_answer("不保存", "返回填写", "取消", "保存")
    assert ensure_branch(context)
    assert names == ["中共东岙村支部委员会"] * 3
    assert "还没有填写支部基本信息" in questions.asked[1]
    with context.database.read() as session:
        info = branch_service.load_branch_info(session)
    assert info is not None and (info.name, info.secretary) == ("中共东岙村支部委员会", "陈静")


def test_quitting_at_first_start_is_a_choice_not_a_silence(
    qtbot: QtBot, context: AppContext, questions: Questions, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_with_escape(dialog: BranchDialog) -> int:
        shown(qtbot, dialog)
        press_escape(qtbot, dialog)
        return int(dialog.result())

    monkeypatch.setattr(BranchDialog, "exec", exec_with_escape)
    questions.will_answer("返回填写", "退出程序")
    assert not ensure_branch(context)
    assert len(questions.asked) == 2 and "退出程序" in questions.asked[0]


def reports_in_window(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, ReportsPage]:
    window = shown(qtbot, MainWindow(context))
    assert isinstance(window, MainWindow)
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    return window, page


@pytest.mark.usefixtures("branch")
def test_report_texts_are_kept_per_quarter_and_asked_about_when_the_window_closes(
    qtbot: QtBot, context: AppContext, questions: Questions
) -> None:
    window, page = reports_in_window(qtbot, context)
    combo = page.ui.periodCombo
    combo.setCurrentIndex(1)  # 第二季度
    page.ui.achievementsEdit.setFocus()
    type_chinese(page.ui.achievementsEdit, "一是按期开展组织生活。")
    combo.setCurrentIndex(0)  # 第一季度: its own, empty texts
    assert page.ui.achievementsEdit.toPlainText() == ""
    type_chinese(page.ui.problemsEdit, "学习形式单一。")
    combo.setCurrentIndex(1)  # back: what was typed is still there
    assert page.ui.achievementsEdit.toPlainText() == "一是按期开展组织生活。"
    with context.database.read() as session:
        assert load_notes(session, ReportPeriod(2026, 2)).achievements == ""  # not saved yet
    questions.will_answer("取消")
    window.close()
    assert window.isVisible()
    assert "2026年第一季度" in questions.asked[0] and "2026年第二季度" in questions.asked[0]
    questions.will_answer("保存")
    window.close()
    assert not window.isVisible()
    with context.database.read() as session:
        assert load_notes(session, ReportPeriod(2026, 2)).achievements == "一是按期开展组织生活。"
        assert load_notes(session, ReportPeriod(2026, 1)).problems == "学习形式单一。"


@pytest.mark.usefixtures("branch")
def test_a_saved_report_text_closes_the_window_without_a_question(
    qtbot: QtBot, context: AppContext, questions: Questions
) -> None:
    window, page = reports_in_window(qtbot, context)
    type_chinese(page.ui.plansEdit, "下季度开展党员积分管理。")
    qtbot.mouseClick(page.ui.saveNotesButton, Qt.MouseButton.LeftButton)
    window.close()
    assert not window.isVisible() and questions.asked == []
    with context.database.read() as session:
        assert load_notes(session, ReportPeriod(2026, 2)).plans == "下季度开展党员积分管理。"


def test_untouched_small_dialogs_close_without_a_question(
    qtbot: QtBot,
    context: AppContext,
    roster: int,
    questions: Questions,
    close: Callable[[QtBot, QDialog], None],
) -> None:
    for dialog in (
        MovementDialog(context, roster),
        AppraisalDialog(context),
        CreditDialog(context),
        TemplatesDialog(context),
    ):
        shown(qtbot, dialog)
        close(qtbot, dialog)  # type: ignore[arg-type]
        assert not dialog.isVisible(), type(dialog).__name__
        assert dialog.result() == QDialog.DialogCode.Rejected
    assert questions.asked == []


def test_a_movement_being_registered_is_kept_until_the_secretary_says(
    qtbot: QtBot,
    context: AppContext,
    roster: int,
    questions: Questions,
    close: Callable[[QtBot, QDialog], None],
) -> None:
    dialog = shown(qtbot, MovementDialog(context, roster))
    assert isinstance(dialog, MovementDialog)
    assert dialog.kind() is MovementKind.MOBILE_OUT
    type_chinese(dialog.ui.otherOrgEdit, "萧山区新塘街道流动党员党支部")
    type_chinese(dialog.ui.placeEdit, "浙江省杭州市萧山区")
    dialog.ui.reasonEdit.setFocus()
    type_chinese(dialog.ui.reasonEdit, "外出务工")
    questions.will_answer("取消")
    close(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.otherOrgEdit.text() == "萧山区新塘街道流动党员党支部"
    questions.will_answer("保存")
    close(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert len(questions.asked) == 2 and "尚未保存" in questions.asked[0]
    with context.database.read() as session:
        saved = get_member(session, roster)
        assert saved.is_mobile and saved.mobile_org == "萧山区新塘街道流动党员党支部"


def type_comment(qtbot: QtBot, dialog: AppraisalDialog, row: int, text: str) -> None:
    """Double-click into the 评议意见 cell, type, and press Enter to finish the cell."""
    table = dialog.ui.gradesTable
    table.setFocus()
    table.setCurrentCell(row, COMMENT)
    table.editItem(table.item(row, COMMENT))
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    type_chinese(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table takes the text when events next run
    qtbot.waitUntil(lambda: table.item(row, COMMENT).text() == text)


def test_appraisal_comments_are_not_dropped_by_closing_or_by_another_year(
    qtbot: QtBot,
    context: AppContext,
    roster: int,
    questions: Questions,
    close: Callable[[QtBot, QDialog], None],
) -> None:
    dialog = shown(qtbot, AppraisalDialog(context))
    assert isinstance(dialog, AppraisalDialog)
    grade = dialog.ui.gradesTable.cellWidget(0, GRADE)
    assert isinstance(grade, QComboBox)
    type_comment(qtbot, dialog, 0, "带头参与人居环境整治")
    questions.will_answer("保存")  # a comment without a grade is not dropped by the save
    close(qtbot, dialog)
    assert dialog.isVisible() and "未评等次" in dialog.ui.errorLabel.text()
    grade.setCurrentText(Grade.QUALIFIED.value)
    assert dialog.ui.gradesTable.item(0, COMMENT).text() == "带头参与人居环境整治"
    year = dialog.year()
    questions.will_answer("取消")
    dialog.ui.yearCombo.setCurrentIndex(dialog.ui.yearCombo.findData(year - 1))
    assert dialog.year() == year
    assert dialog.ui.gradesTable.item(0, COMMENT).text() == "带头参与人居环境整治"
    questions.will_answer("取消")
    close(qtbot, dialog)
    assert dialog.isVisible()
    questions.will_answer("保存")
    close(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert len(questions.asked) == 4
    with context.database.read() as session:
        [row] = appraisals.year_grades(session, year)
    assert (row.grade, row.comment) == (Grade.QUALIFIED, "带头参与人居环境整治")


def test_hours_studied_elsewhere_are_asked_about_before_they_go(
    qtbot: QtBot,
    context: AppContext,
    roster: int,
    questions: Questions,
    close: Callable[[QtBot, QDialog], None],
) -> None:
    dialog = shown(qtbot, CreditDialog(context))
    assert isinstance(dialog, CreditDialog)
    type_chinese(dialog.ui.topicEdit, "学习党的二十届四中全会精神")
    questions.will_answer("取消")
    close(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.topicEdit.text() == "学习党的二十届四中全会精神"
    questions.will_answer("不保存")
    close(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert len(questions.asked) == 2 and questions.offered[0] == sorted(["保存", "不保存", "取消"])


@pytest.mark.usefixtures("branch")
def test_an_edited_default_agenda_is_asked_about_on_every_way_out(
    qtbot: QtBot, context: AppContext, questions: Questions, close: Callable[[QtBot, QDialog], None]
) -> None:
    dialog = shown(qtbot, TemplatesDialog(context))
    assert isinstance(dialog, TemplatesDialog)
    dialog.ui.kindList.setCurrentRow(1)  # 支部委员会会议
    dialog.ui.topicsEdit.setFocus()
    dialog.ui.topicsEdit.selectAll()
    type_chinese(dialog.ui.topicsEdit, "传达学习\n研究村级事务")
    questions.will_answer("不保存")
    close(qtbot, dialog)
    assert not dialog.isVisible() and len(questions.asked) == 1
    with context.database.read() as session:
        assert template_topics(session, ActivityKind.COMMITTEE)[1] == "研究事项"

    again = shown(qtbot, TemplatesDialog(context))
    assert isinstance(again, TemplatesDialog)
    again.ui.kindList.setCurrentRow(1)
    again.ui.topicsEdit.setFocus()
    again.ui.topicsEdit.selectAll()
    type_chinese(again.ui.topicsEdit, "传达学习\n研究村级事务")
    questions.will_answer("保存")
    close(qtbot, again)
    assert not again.isVisible() and len(questions.asked) == 2
    with context.database.read() as session:
        assert template_topics(session, ActivityKind.COMMITTEE) == ["传达学习", "研究村级事务"]


@pytest.mark.usefixtures("branch")
def test_looking_through_a_members_tabs_is_not_typed_work(
    qtbot: QtBot, context: AppContext, questions: Questions, close: Callable[[QtBot, QDialog], None]
) -> None:
    with context.database.transaction() as session:
        member_id = add_member(session, member(group_name="第一党小组"), TODAY).id
    dialog = shown(qtbot, MemberDialog(context, member_id))
    assert isinstance(dialog, MemberDialog)
    bar = dialog.ui.tabs.tabBar()
    for tab in range(bar.count()):  # 基本信息, 党籍信息, 变动记录: a tab shown is raised
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    close(qtbot, dialog)
    assert not dialog.isVisible()
    assert questions.asked == []
