"""The 组织生活 page and the record dialog, driven through their widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.glossary import (
    ORGANISATIONAL_LIFE,
    ActivityKind,
    AttachmentKind,
    MemberCategory,
    MovementKind,
)
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.core.services.members import add_member, namesakes, record_movement
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import NAME, PRESENT, REASON, ActivityDialog
from dangwu_desktop.ui.pages.activities import ActivitiesPage, Scope
from tests.conftest import TODAY, member, type_chinese, type_date

pytestmark = pytest.mark.usefixtures("branch")


@pytest.fixture
def roster(context: AppContext, branch: None) -> None:
    with context.database.transaction() as session:
        add_member(session, member(group_name="第一党小组"), TODAY)
        add_member(
            session,
            member(name="李梅", id_number="110101199003074426", group_name="第二党小组"),
            TODAY,
        )


def new_dialog(qtbot: QtBot, context: AppContext, kind: ActivityKind) -> ActivityDialog:
    dialog = ActivityDialog(context, None, kind)
    qtbot.addWidget(dialog)
    return dialog


def fill_record(dialog: ActivityDialog) -> None:
    type_chinese(dialog.ui.placeEdit, "村党群服务中心")
    type_chinese(dialog.ui.recorderEdit, "罗玲琴")
    dialog.ui.dateEdit.setDate(date(2026, 6, 10))
    dialog.ui.minutesEdit.setPlainText(
        "一、集中学习\n"
        + "与会党员逐一发言，结合实际谈了学习体会，对村里近期工作提出了意见和建议。" * 2
    )


@pytest.mark.usefixtures("roster")
def test_a_new_record_starts_from_the_template_and_the_roster(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = new_dialog(qtbot, context, ActivityKind.LIFE_MEETING)
    assert "对照检查" in dialog.ui.topicsEdit.toPlainText()
    assert dialog.ui.minutesEdit.toPlainText().startswith("一、")
    assert dialog.ui.attendanceTable.rowCount() == 2
    assert dialog.ui.countsLabel.text() == "应到 2 人，实到 2 人，缺席 0 人"
    assert dialog.ui.hostEdit.text() == "陈静"  # the secretary
    dialog.ui.kindCombo.setCurrentText(ActivityKind.GROUP.value)
    assert dialog.ui.groupCombo.isVisibleTo(dialog)
    assert dialog.ui.attendanceTable.rowCount() == 1  # only the first group's member
    assert "党员思想和工作情况汇报" in dialog.ui.topicsEdit.toPlainText()


@pytest.mark.usefixtures("roster")
def test_a_january_life_meeting_asks_its_year_and_offers_the_year_before(
    qtbot: QtBot, context: AppContext
) -> None:
    """Rule meeting.belongs_to_year in the dialog: a 组织生活会 held in January is offered as the
    year before's; a year the user picks stays when the date is corrected; other kinds are not
    asked."""
    dialog = new_dialog(qtbot, context, ActivityKind.LIFE_MEETING)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keyboard focus: Tab leaves the date as for the user
    year = dialog.ui.yearCombo
    assert year.isVisibleTo(dialog) and year.currentText() == "2026年度"  # today: 2026-06-30
    type_date(qtbot, dialog.ui.dateEdit, "2026-01-18")
    assert year.currentText() == "2025年度"
    assert dialog.ui.yearHint.text() == "1月召开的，一般计入上一年度"
    type_date(qtbot, dialog.ui.dateEdit, "2026-03-05")
    assert year.currentText() == "2026年度" and dialog.ui.yearHint.text() == ""
    year.setFocus()
    qtbot.keyClick(year, Qt.Key.Key_Down)  # held late for last year: the secretary says so
    assert year.currentText() == "2025年度"
    type_date(qtbot, dialog.ui.dateEdit, "2026-03-06")
    assert year.currentText() == "2025年度"  # kept
    type_chinese(dialog.ui.placeEdit, "村党群服务中心")
    type_chinese(dialog.ui.recorderEdit, "罗玲琴")
    dialog.ui.minutesEdit.setPlainText(
        "一、对照检查\n" + "与会党员逐一对照检查，开展批评和自我批评，明确了整改措施。" * 2
    )
    save = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    if dialog.result() != ActivityDialog.DialogCode.Accepted:  # a warning asked 仍然保存
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == ActivityDialog.DialogCode.Accepted
    with context.database.read() as session:
        [saved] = service.list_activities(session, 2026)
        rows = {r.label: r.cells[0].status for r in service.schedule_for_year(session, 2025, TODAY)}
    assert saved.belongs_to_year == 2025 and saved.year_note == "（2025年度）"
    assert rows["组织生活会"].value == "已开展"
    reopened = ActivityDialog(context, saved.activity_id)
    qtbot.addWidget(reopened)
    assert reopened.ui.yearCombo.currentText() == "2025年度"
    other = new_dialog(qtbot, context, ActivityKind.THEME_DAY)
    assert not other.ui.yearCombo.isVisibleTo(other)
    assert not other.ui.yearLabel.isVisibleTo(other)
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    page.load()
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2025))
    matrix = page.ui.scheduleTable
    labels = [matrix.verticalHeaderItem(i).text() for i in range(matrix.rowCount())]
    assert matrix.item(labels.index("组织生活会"), 0).text() == "2026/3/6"  # 2025's, held in 2026
    assert page.model.data(page.model.index(0, 1)) == "组织生活会（2025年度）"


@pytest.mark.usefixtures("roster")
def test_an_absentee_needs_a_reason(qtbot: QtBot, context: AppContext) -> None:
    dialog = new_dialog(qtbot, context, ActivityKind.THEME_DAY)
    fill_record(dialog)
    dialog.ui.attendanceTable.item(1, PRESENT).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ui.countsLabel.text() == "应到 2 人，实到 1 人，缺席 1 人"
    dialog.save()
    assert "缺席人员未写明原因：李梅共1人" in dialog.ui.findingsLabel.text()
    reason = dialog.ui.attendanceTable.cellWidget(1, REASON)
    assert isinstance(reason, QComboBox) and not reason.isHidden()  # shown once the box is unticked
    reason.setCurrentText("外出务工")
    dialog.save()
    assert dialog.result() == ActivityDialog.DialogCode.Accepted
    with context.database.read() as session:
        rows = service.list_activities(session, 2026)
    assert [(r.kind, r.present, r.absent) for r in rows] == [
        (ActivityKind.THEME_DAY, ("张三",), (("李梅", "外出务工"),))
    ]


@pytest.mark.usefixtures("roster")
def test_a_thin_record_is_questioned_once(qtbot: QtBot, context: AppContext) -> None:
    dialog = new_dialog(qtbot, context, ActivityKind.BRANCH_GENERAL)
    dialog.ui.dateEdit.setDate(date(2026, 6, 10))
    dialog.save()
    text = dialog.ui.findingsLabel.text()
    assert "没有决议" in text and "会议记录只有模板提纲" in text and "未填写地点" in text
    assert dialog.gate.save_button.text() == "仍然保存"
    dialog.save()
    assert dialog.result() == ActivityDialog.DialogCode.Accepted


@pytest.mark.usefixtures("roster")
def test_attachments_are_kept_with_the_record(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    photo = tmp_path / "活动照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    dialog = new_dialog(qtbot, context, ActivityKind.THEME_DAY)
    fill_record(dialog)
    assert dialog.attach(photo, AttachmentKind.PHOTO)
    too_big = tmp_path / "扫描件.pdf"
    too_big.write_bytes(b"0" * (21 * 1048576))
    assert not dialog.attach(too_big, AttachmentKind.SIGN_IN)
    assert "超过20 MB的上限" in dialog.ui.findingsLabel.text()
    dialog.save()
    dialog.save()  # past the completeness warnings, if any
    with context.database.read() as session:
        activity = service.get_activity(session, dialog.saved_id or 0)
        assert [a.original_name for a in activity.attachments] == ["活动照片.jpg"]
        stored = (
            context.database.file_path.parent / "attachments" / activity.attachments[0].stored_name
        )  # type: ignore[union-attr]
    assert stored.read_bytes() == b"\xff\xd8 photo"


@pytest.mark.usefixtures("roster")
def test_page_lists_records_shows_the_matrix_and_uses_the_bin(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = new_dialog(qtbot, context, ActivityKind.COMMITTEE)
    fill_record(dialog)
    dialog.ui.attendanceTable.setRowCount(0)
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    with context.database.transaction() as session:
        attendees = service.expected_attendees(
            session, ActivityKind.THEME_DAY, None, date(2026, 5, 10)
        )
        from dangwu_desktop.core.activity_rules import ActivityDraft

        service.save_activity(
            session,
            ActivityDraft(ActivityKind.THEME_DAY, date(2026, 5, 10), attendees=attendees),
            TODAY,
        )
    page.load()
    assert page.model.rowCount() == 1
    labels = [
        page.ui.scheduleTable.verticalHeaderItem(i).text()
        for i in range(page.ui.scheduleTable.rowCount())
    ]
    assert "党小组会（第一党小组）" in labels and "支部委员会会议" not in labels
    row = labels.index("主题党日")
    may = page.ui.scheduleTable.item(row, 4)
    assert (
        may.text() == "5/10"
        and "《中国共产党支部工作条例（试行）》第十六条：党支部每月相对固定1天开展主题党日"
        in may.toolTip()
    )
    assert page.ui.scheduleTable.item(row, 3).text() == "未开展"
    assert "未开展的有" in page.ui.summaryLabel.text()
    page.ui.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert page.model.rowCount() == 0
    page.ui.binCheck.setChecked(True)
    assert page.model.rowCount() == 1 and page.ui.restoreButton.isVisibleTo(page)
    page.ui.table.selectRow(0)
    page.restore_selected()
    page.ui.binCheck.setChecked(False)
    assert page.model.rowCount() == 1


def test_print_preview_has_one_page_per_record(
    qtbot: QtBot, context: AppContext, roster: None
) -> None:
    from dangwu_desktop.core.activity_rules import ActivityDraft
    from dangwu_desktop.io.record_html import records_html
    from dangwu_desktop.ui.printing import a4_printer, html_document

    with context.database.transaction() as session:
        for day in (date(2026, 3, 10), date(2026, 4, 10)):
            people = service.expected_attendees(session, ActivityKind.THEME_DAY, None, day)
            service.save_activity(
                session,
                ActivityDraft(ActivityKind.THEME_DAY, day, topics=["学习"], attendees=people),
                TODAY,
            )
    with context.database.read() as session:
        records = service.record_sheets(session, date(2026, 1, 1), date(2026, 12, 31))
    document = html_document(records_html(records, "中共东岙村支部委员会"), a4_printer())
    assert document.pageCount() == 2
    assert "主题党日记录" in document.toPlainText() and "主持人（签字）" in document.toPlainText()


def test_exports_from_the_page(
    qtbot: QtBot, context: AppContext, roster: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from dangwu_desktop.core.activity_rules import ActivityDraft

    with context.database.transaction() as session:
        people = service.expected_attendees(session, ActivityKind.COMMITTEE, None, date(2026, 5, 5))
        people = people or service.expected_attendees(
            session, ActivityKind.THEME_DAY, None, date(2026, 5, 5)
        )
        service.save_activity(
            session,
            ActivityDraft(ActivityKind.THEME_DAY, date(2026, 5, 10), attendees=people),
            TODAY,
        )
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    page.load()
    names = ("记录.docx", "台账.xlsx", "月报.xlsx", "五月.docx")
    targets = iter([tmp_path / name for name in names])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("5月", True))
    monkeypatch.setattr("dangwu_desktop.ui.exports.show_saved", lambda *a: None)
    page.export_word(Scope.YEAR)
    page.export_ledger()
    page.export_monthly()
    page.export_word(Scope.MONTH)  # the month asked for is May, which has the one record
    written = sorted(p.name for p in tmp_path.glob("*.*") if p.suffix in (".docx", ".xlsx"))
    assert written == ["五月.docx", "台账.xlsx", "月报.xlsx", "记录.docx"]


def test_appraisal_dialog_grades_everyone_within_the_third(
    qtbot: QtBot, context: AppContext, roster: None
) -> None:
    from dangwu_desktop.core.services import appraisals
    from dangwu_desktop.ui.dialogs.appraisal_dialog import GRADE, AppraisalDialog

    dialog = AppraisalDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.yearCombo.setCurrentIndex(dialog.ui.yearCombo.findData(2025))
    assert dialog.ui.gradesTable.rowCount() == 2
    assert (
        "按评定的人数计算" in dialog.ui.countsLabel.text()
    )  # not "现可评0人" before anyone is rated
    first = dialog.ui.gradesTable.cellWidget(0, GRADE)
    second = dialog.ui.gradesTable.cellWidget(1, GRADE)
    assert isinstance(first, QComboBox) and isinstance(second, QComboBox)
    first.setCurrentText("优秀")
    second.setCurrentText("优秀")
    dialog.save()
    assert "超过参评2人的三分之一" in dialog.ui.errorLabel.text()
    second.setCurrentText("（未评）")
    dialog.ui.allQualifiedButton.click()
    assert second.currentText() == "合格"
    first.setCurrentText("合格")
    dialog.save()
    assert dialog.result() == AppraisalDialog.DialogCode.Accepted
    with context.database.read() as session:
        assert [r.grade.value for r in appraisals.year_grades(session, 2025)] == ["合格", "合格"]


def test_appraisal_dialog_lists_the_years_members_and_leaves_a_probationer_ungraded(
    qtbot: QtBot, context: AppContext, roster: None
) -> None:
    """Rules appraisal.who and appraisal.probationary_not_graded, as the secretary sees them:
    2025's list has the 预备党员 admitted in October 2025 (不评等次) but not the one
    admitted in May 2026; “all 合格” grades the two full members only."""
    from dangwu_desktop.core.services import appraisals
    from dangwu_desktop.ui.dialogs.appraisal_dialog import GRADE, AppraisalDialog

    with context.database.transaction() as session:
        for name, number, joined in (
            ("王五", "110101199003074477", date(2025, 10, 8)),
            ("赵六", "110101199003074493", date(2026, 5, 20)),
        ):
            probationer = member(name=name, id_number=number, join_date=joined, full_member_date=None,
                                 category=MemberCategory.PROBATIONARY, group_name="第一党小组")  # fmt: skip
            add_member(session, probationer, TODAY)
    dialog = AppraisalDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.yearCombo.setCurrentIndex(dialog.ui.yearCombo.findData(2025))
    table = dialog.ui.gradesTable
    shown = [
        (table.item(row, 0).text(), table.item(row, GRADE).text() if table.item(row, GRADE) else "")
        for row in range(table.rowCount())
    ]
    assert shown == [("张三", ""), ("王五（预备）", "不评等次"), ("李梅", "")]
    assert dialog.ui.countsLabel.text().startswith(
        "参加评议3人（其中预备党员1人，参加评议、不评等次），已评0人"
    )
    qtbot.mouseClick(dialog.ui.allQualifiedButton, Qt.MouseButton.LeftButton)
    assert "已评2人" in dialog.ui.countsLabel.text()
    assert "参评2人，现可评0人" in dialog.ui.countsLabel.text()  # the third of 2, not of 3
    save = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == AppraisalDialog.DialogCode.Accepted
    with context.database.read() as session:
        assert [r.name for r in appraisals.year_grades(session, 2025)] == ["张三", "李梅"]


def test_plan_dialog_suggests_saves_and_exports(
    qtbot: QtBot, context: AppContext, roster: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from dangwu_desktop.core.services import plans
    from dangwu_desktop.ui.dialogs.plan_dialog import PlanDialog

    dialog = PlanDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.quarterCombo.setCurrentIndex(2)  # the third quarter
    assert dialog.ui.planTable.rowCount() == 0
    dialog.ui.suggestButton.click()
    suggested = dialog.ui.planTable.rowCount()
    assert suggested >= 3 + 3 * 2 + 1  # 主题党日 monthly, two groups monthly, a 党员大会
    target = tmp_path / "计划.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("dangwu_desktop.ui.exports.show_saved", lambda *a: None)
    dialog.ui.exportButton.click()
    assert target.exists()
    with context.database.read() as session:
        assert len(plans.load_plan(session, TODAY.year, 3)) == suggested


@pytest.mark.usefixtures("roster")
def test_every_kind_from_the_new_menu_shows_the_group_choice_it_needs(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    page.load()
    shown: dict[str, bool] = {}

    def as_first_shown(dialog: ActivityDialog) -> int:
        dialog.show()
        shown[dialog.kind().value] = dialog.ui.groupCombo.isVisible()
        if dialog.kind() is ActivityKind.GROUP:  # the secretary picks the second group
            assert dialog.ui.groupLabel.isVisible()
            dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findText("第二党小组"))
            assert dialog.attendees()[0].name == "李梅"
            fill_record(dialog)
            qtbot.mouseClick(dialog.gate.save_button, Qt.MouseButton.LeftButton)
            if dialog.isVisible():  # past the completeness warnings, if any
                qtbot.mouseClick(dialog.gate.save_button, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(ActivityDialog, "exec", as_first_shown)
    menu = page.ui.newButton.menu()
    for action in menu.actions():
        action.trigger()
    assert shown == {kind.value: kind is ActivityKind.GROUP for kind in ORGANISATIONAL_LIFE}
    with context.database.read() as session:
        [record] = service.list_activities(session, 2026)
    assert (record.kind, record.group_name, record.present) == (
        ActivityKind.GROUP,
        "第二党小组",
        ("李梅",),
    )


def test_the_attendance_list_marks_who_is_away_and_who_is_probationary(
    qtbot: QtBot, context: AppContext, roster: None
) -> None:
    with context.database.transaction() as session:
        li_mei = namesakes(session, "李梅")[0].member_id
        away = Movement(MovementKind.MOBILE_OUT, date(2026, 3, 1), "务工", place="杭州市萧山区")
        record_movement(session, li_mei, away, TODAY)
        probationer = member(name="王五", id_number="110101199003074477", group_name="第一党小组",
                             category=MemberCategory.PROBATIONARY, join_date=date(2026, 3, 1),
                             full_member_date=None)  # fmt: skip
        add_member(session, probationer, TODAY)
    dialog = new_dialog(qtbot, context, ActivityKind.THEME_DAY)
    dialog.show()
    table = dialog.ui.attendanceTable
    rows = {table.item(row, NAME).text(): row for row in range(table.rowCount())}
    assert set(rows) == {"张三", "王五（预备）", "李梅（流动）"}
    away_row = rows["李梅（流动）"]
    assert table.item(away_row, PRESENT).checkState() == Qt.CheckState.Unchecked
    reason = table.cellWidget(away_row, REASON)
    assert isinstance(reason, QComboBox) and not reason.isHidden()
    assert reason.currentText() == "流动在外"
    dialog.ui.tabs.setCurrentWidget(table.parentWidget())  # on screen: cell widgets laid out
    qtbot.waitUntil(table.isVisible)
    qtbot.wait(20)
    present_reason = table.cellWidget(rows["张三"], REASON)
    assert present_reason is None or not present_reason.isVisible()  # no reason box when present
    assert dialog.ui.countsLabel.text() == "应到 3 人，实到 2 人，缺席 1 人"
    reason.setCurrentText("外出务工")  # the default can be changed
    fill_record(dialog)
    dialog.save()
    if dialog.isVisible():
        dialog.save()  # past the completeness warnings, if any
    with context.database.read() as session:
        [record] = service.list_activities(session, 2026)
    assert record.absent == (("李梅", "外出务工"),)
    assert sorted(record.present) == ["张三", "王五"]  # names without the marks


@pytest.mark.usefixtures("roster")
def test_enter_in_a_field_does_not_save_a_template_record(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = new_dialog(qtbot, context, ActivityKind.BRANCH_GENERAL)
    dialog.show()
    dialog.ui.placeEdit.setFocus()
    type_chinese(dialog.ui.placeEdit, "村党群服务中心")
    qtbot.keyClick(dialog.ui.placeEdit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is not dialog.ui.placeEdit
    with context.database.read() as session:
        assert service.list_activities(session, 2026) == []
    qtbot.mouseClick(dialog.gate.save_button, Qt.MouseButton.LeftButton)
    assert "会议记录只有模板提纲" in dialog.ui.findingsLabel.text()
    assert dialog.gate.save_button.text() == "仍然保存"  # counted as held only when confirmed


def test_the_schedule_legend_shows_a_swatch_of_every_colour(
    qtbot: QtBot, context: AppContext
) -> None:
    from PySide6.QtGui import QColor

    from dangwu_desktop.ui.pages.activities import STATUS_COLOURS

    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.load()
    legend = page.ui.scheduleLegend.grab().toImage()
    shown = {
        legend.pixelColor(x, y).name()
        for x in range(legend.width())
        for y in range(legend.height())
    }
    for status, colour in STATUS_COLOURS.items():
        assert QColor(colour).name() in shown, f"no swatch for {status.value}"
        assert status.value in page.ui.scheduleLegend.text()


@pytest.mark.usefixtures("roster")
def test_the_red_line_about_an_absence_goes_once_the_reason_is_typed(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = new_dialog(qtbot, context, ActivityKind.THEME_DAY)
    dialog.show()
    fill_record(dialog)
    dialog.ui.attendanceTable.item(1, PRESENT).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.gate.save_button, Qt.MouseButton.LeftButton)
    assert "缺席人员未写明原因" in dialog.ui.findingsLabel.text()
    reason = dialog.ui.attendanceTable.cellWidget(1, REASON)
    assert isinstance(reason, QComboBox) and reason.lineEdit() is not None
    type_chinese(reason.lineEdit(), "外出务工")
    assert "缺席人员未写明原因" not in dialog.ui.findingsLabel.text()
    assert dialog.result() != ActivityDialog.DialogCode.Accepted  # only 保存 saves


@pytest.mark.usefixtures("roster")
def test_a_new_record_is_typed_and_saved_without_the_mouse(
    qtbot: QtBot, context: AppContext
) -> None:
    """The kind comes from the 新建 menu, so the date is what the keyboard types first, and
    Ctrl+S presses 保存 (a second time past the completeness warnings, as 仍然保存)."""
    dialog = new_dialog(qtbot, context, ActivityKind.BRANCH_GENERAL)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.focusWidget() is dialog.ui.dateEdit
    qtbot.keyClicks(dialog.ui.dateEdit, "2026.6.24")
    qtbot.keyClick(dialog.ui.dateEdit, Qt.Key.Key_Tab)
    assert dialog.ui.dateEdit.text() == "2026-06-24"
    type_chinese(dialog.ui.placeEdit, "村党群服务中心")
    dialog.ui.minutesEdit.setFocus()
    type_chinese(dialog.ui.minutesEdit, "一、集中学习\n" + "与会党员逐一发言，谈了学习体会。" * 4)
    for _press in range(2):
        if dialog.isVisible():
            qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.saved_id is not None
    with context.database.read() as session:
        [record] = service.list_activities(session, 2026)
    assert (record.kind, record.date, record.place) == (
        ActivityKind.BRANCH_GENERAL,
        date(2026, 6, 24),
        "村党群服务中心",
    )


@pytest.mark.usefixtures("roster")
def test_a_group_meeting_is_hosted_by_its_group_leader_unless_typed_otherwise(
    qtbot: QtBot, context: AppContext
) -> None:
    from dangwu_desktop.core.services import branch as branch_service

    with context.database.transaction() as session:
        first = branch_service.list_groups(session)[0]
        branch_service.update_group(session, first.id, first.name, "张三")
    dialog = new_dialog(qtbot, context, ActivityKind.GROUP)
    assert dialog.ui.hostEdit.text() == "张三"  # 第一党小组's leader
    dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findText("第二党小组"))
    assert dialog.ui.hostEdit.text() == "陈静"  # no leader given: the secretary
    dialog.ui.kindCombo.setCurrentText(ActivityKind.THEME_DAY.value)
    assert dialog.ui.hostEdit.text() == "陈静"
    dialog.ui.kindCombo.setCurrentText(ActivityKind.GROUP.value)
    dialog.ui.hostEdit.clear()
    type_chinese(dialog.ui.hostEdit, "李梅")  # the secretary types who hosted
    dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findText("第一党小组"))
    assert dialog.ui.hostEdit.text() == "李梅"


def test_someone_from_another_group_is_added_to_the_attendance(
    qtbot: QtBot, context: AppContext, roster: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    dialog = new_dialog(qtbot, context, ActivityKind.GROUP)
    dialog.ui.groupCombo.setCurrentText("第一党小组")
    offered: list[str] = []

    def choose(*args: object, **_kwargs: object) -> tuple[str, bool]:
        choices = args[3]
        assert isinstance(choices, list)
        offered.extend(choices)
        return choices[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    qtbot.mouseClick(dialog.ui.addPersonButton, Qt.MouseButton.LeftButton)
    assert offered == ["李梅（第二党小组）"]  # who is not listed yet
    table = dialog.ui.attendanceTable
    assert [table.item(row, NAME).text() for row in range(table.rowCount())] == ["张三", "李梅"]
    assert table.item(1, PRESENT).checkState() == Qt.CheckState.Checked
    assert dialog.ui.countsLabel.text() == "应到 2 人，实到 2 人，缺席 0 人"


def test_appraisal_dialog_previews_the_excellent_at_most_a_third_rule_in_the_rule_books_words(
    qtbot: QtBot, context: AppContext, roster: None
) -> None:
    """The dialog does not word the 1/3 rule itself: it shows the rule book's sentence, the one
    the service's refusal cites."""
    from dangwu_desktop.ui.dialogs.appraisal_dialog import GRADE, AppraisalDialog

    dialog = AppraisalDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.yearCombo.setCurrentIndex(dialog.ui.yearCombo.findData(2025))
    for row in range(2):
        combo = dialog.ui.gradesTable.cellWidget(row, GRADE)
        assert isinstance(combo, QComboBox)
        combo.setCurrentText("优秀")
    assert dialog.ui.countsLabel.text().endswith(
        "优秀一般不超过参评党员的三分之一（参评2人，现可评0人）。"
    )
    dialog.save()
    assert (
        "（依据：中组部有关规定（民主评议党员）：评定为“优秀”的比例" in dialog.ui.errorLabel.text()
    )
    assert dialog.result() != AppraisalDialog.DialogCode.Accepted  # refused, still open


@pytest.mark.usefixtures("roster")
def test_a_record_entered_late_says_it_is_a_late_entry_in_the_rule_books_words(
    qtbot: QtBot, context: AppContext
) -> None:
    from datetime import datetime

    from dangwu_desktop.core.activity_rules import ActivityDraft

    day = date(2026, 6, 1)
    with context.database.transaction() as session:
        people = service.expected_attendees(session, ActivityKind.THEME_DAY, None, day)
        record = ActivityDraft(ActivityKind.THEME_DAY, day, topics=["学习"], attendees=people)
        saved = service.save_activity(session, record, TODAY, now=datetime(2026, 6, 9, 8, 30))
    dialog = ActivityDialog(context, saved.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.enteredLabel.text() == (
        "补录：本记录于2026-06-09 08:30录入（会后8天；会后超过3天录入的记录为补录）"
    )
    assert dialog.ui.enteredLabel.toolTip().startswith("地方规定")


def test_the_years_list_says_which_records_count_for_the_year_before(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """The 首页's 今年组织生活 counts by 所属年度 while the list counts by date: the list says
    how many of its records (January's 组织生活会 and 民主评议) count for the year before."""
    from dataclasses import replace

    from dangwu_desktop.core.demo import build_demo_village
    from dangwu_desktop.db.startup import open_database

    demo = open_database(tmp_path / "demo.sqlite3")
    with demo.transaction() as session:
        build_demo_village(session, date(2026, 11, 25))
    page = ActivitiesPage(replace(context, database=demo, today=lambda: date(2026, 11, 25)))
    qtbot.addWidget(page)
    page.load()
    assert "（其中2条计入2025年度）" in page.ui.summaryLabel.text()
    demo.dispose()


@pytest.mark.usefixtures("roster")
def test_a_general_meetings_topic_is_put_to_a_vote_in_the_topics_tab(
    qtbot: QtBot, context: AppContext
) -> None:
    """Ticking 表决 on a 议题 fills in the attendance's voters, all in favour; the counts are
    typed over, the result follows 第十一条, and the vote is saved with its topic."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from dangwu_desktop.core.rulebook import TopicVote
    from dangwu_desktop.ui.cells import cell
    from dangwu_desktop.ui.dialogs.activity_dialog import AGAINST, FOR, RESULT, TOPIC, VOTED

    dialog = new_dialog(qtbot, context, ActivityKind.BRANCH_GENERAL)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    fill_record(dialog)
    dialog.ui.topicsEdit.setPlainText("")
    type_chinese(dialog.ui.topicsEdit, "学习党章\n讨论村集体经济分红方案")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.recordTab)
    table = dialog.ui.votesTable
    assert table.isVisible()
    assert [cell(table, r, TOPIC).text() for r in range(table.rowCount())] == [
        "学习党章",
        "讨论村集体经济分红方案",
    ]
    box = table.visualItemRect(cell(table, 1, VOTED))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(box.left() + 10, box.center().y())
    )
    assert [table.item(1, c).text() for c in range(2, 8)] == ["2", "2", "2", "0", "0", "通过"]

    for column, typed in ((FOR, "1"), (AGAINST, "1")):
        table.setCurrentCell(1, column)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()  # type: ignore[union-attr]
        qtbot.keyClicks(editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.item(1, column).text() == typed)  # noqa: B023 (committed later)
    assert cell(table, 1, RESULT).text() == "未通过"  # 1 of 2 due is not more than half

    for _press in range(2):
        if dialog.isVisible():
            qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_id is not None
    with context.database.read() as session:
        draft = service.activity_draft(service.get_activity(session, dialog.saved_id))
    assert draft.votes == {1: TopicVote(2, 2, 1, 1, 0)}


@pytest.mark.usefixtures("roster")
def test_only_a_general_meeting_shows_the_votes(qtbot: QtBot, context: AppContext) -> None:
    dialog = new_dialog(qtbot, context, ActivityKind.COMMITTEE)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.recordTab)
    assert not dialog.ui.votesTable.isVisibleTo(dialog)
    dialog.ui.kindCombo.setCurrentText(ActivityKind.BRANCH_GENERAL.value)
    assert dialog.ui.votesTable.isVisibleTo(dialog)
