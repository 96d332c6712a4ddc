"""The 换届 page as a secretary uses it in the spring of the election year: the term and what
the election still needs, each with its rule; the candidate list with its 差额 shown as it is
drawn up; the ballot of the 支部党员大会 typed from the 计票单 by keyboard, checked as it is
typed; the new committee taking office; the 选票 and 计票单 printed and exported."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.io.elections_docx import export_ballot, export_tally
from dangwu_desktop.io.elections_html import ballot_html, tally_html
from dangwu_desktop.ledgers.elections import book, service
from dangwu_desktop.ledgers.elections.page import ElectionsPage
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.election_dialogs import (
    CandidatesDialog,
    OfficeDialog,
    PrepareDialog,
    RoundDialog,
)
from dangwu_desktop.ui.main_window import MainWindow
from tests.conftest import type_date
from tests.modal import too_large
from tests.test_gui_dues import answer_next_box

VOTED = date(2026, 3, 25)  # the demo's 支部党员大会 of 20 March has elected; no approval yet
# The demo's list, as the 选票 prints it: 按姓氏笔画为序 (刘 6; 杜、沈、陈 7; 罗 8; 傅 12).
CANDIDATES = ("刘萍莲", "杜超林", "沈斌平", "陈静", "罗玲琴", "傅敏娟")


def demo_on(context: AppContext, day: date, *, undo_round: bool = False) -> None:
    context.today = lambda: day
    with context.database.transaction() as session:
        build_demo_village(session, day)
        if undo_round:  # the count is to be typed again, from the 计票单
            election = book.open_election(session)
            assert election is not None
            service.remove_last_round(session, election.id)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> ElectionsPage:
    demo_on(context, VOTED, undo_round=True)
    shown = ElectionsPage(context)
    qtbot.addWidget(shown)
    shown.load()
    return shown


def step_rows(page: ElectionsPage) -> dict[str, tuple[str, str, str]]:
    table = page.ui.stepsTable
    return {
        table.item(r, 1).text(): tuple(table.item(r, c).text() for c in (0, 2, 3))  # type: ignore[misc]
        for r in range(table.rowCount())
    }


def test_the_page_shows_the_term_what_is_done_and_what_is_still_needed_with_its_rule(
    page: ElectionsPage,
) -> None:
    assert page.ui.dueLabel.text().count("本届任期至2026年4月18日，还有24天") == 1
    assert "第11届支部委员会" in page.ui.termLabel.text()
    assert "2021年4月18日至2026年4月18日" in page.ui.termLabel.text()
    steps = step_rows(page)
    assert steps["换届请示"][:2] == ("已完成", "2026年1月8日　前溪支〔2026〕1号")
    assert steps["上级党组织批复"][:2] == ("已完成", "2026年1月20日　城关党〔2026〕12号")
    assert steps["候选人推荐和资格联审"][:2] == (
        "已完成",
        "应选5名，候选人6名，差额20%；资格联审通过6名",
    )
    assert steps["支部党员大会选举"][0] == "待办"
    assert "4/5" in steps["支部党员大会选举"][2]  # the rule's own words, cited
    assert steps["书记、副书记报上级党组织批准"][0] == "待办"
    assert "基层组织选举工作条例" in steps["书记、副书记报上级党组织批准"][2]
    assert page.ui.historyTable.rowCount() == 1
    assert page.ui.roundButton.isEnabled() and not page.ui.officeButton.isEnabled()


def test_the_line_on_top_counts_the_days_since_the_term_ran_out(
    qtbot: QtBot, context: AppContext
) -> None:
    demo_on(context, date(2026, 2, 25))  # prepared, candidates vetted, no meeting yet
    context.today = lambda: date(2026, 5, 1)
    page = ElectionsPage(context)
    qtbot.addWidget(page)
    page.load()
    assert "本届任期至2026年4月18日，已到期13天" in page.ui.dueLabel.text()


def figures(dialog: RoundDialog) -> list[QSpinBox]:
    ui = dialog.ui
    return [ui.dueSpin, ui.presentSpin, ui.issuedSpin, ui.returnedSpin, ui.validSpin, ui.voidSpin]


def type_by_keyboard(qtbot: QtBot, dialog: RoundDialog, values: list[int]) -> None:
    """From the 应到 box, each figure and then each candidate's votes, Tab between them."""
    if not dialog.isActiveWindow():
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.dueSpin.setFocus()
    for value in values:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(focused, str(value))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_a_round_typed_by_keyboard_is_checked_as_typed_and_recorded(
    qtbot: QtBot, page: ElectionsPage
) -> None:
    dialog = RoundDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.meetingCombo.currentText().startswith("2026-03-20 支部党员大会")
    assert too_large(dialog) is None
    # 应到 54 with a vote; 43 present is short of four fifths (44)
    type_by_keyboard(qtbot, dialog, [54, 43])
    assert "至少44人到会；实到43人，不足五分之四，选举无效" in dialog.ui.checkLabel.text()
    type_by_keyboard(qtbot, dialog, [54, 52, 52, 52, 50, 1, 18, 46, 46, 47, 45, 47])
    check = dialog.ui.checkLabel.text()
    assert "有效票与无效票之和应等于收回的选票" in check  # 50 + 1 is not 52
    type_by_keyboard(qtbot, dialog, [54, 52, 52, 52, 51, 1])
    check = dialog.ui.checkLabel.text()
    assert "会议有效" in check
    assert "得票至少28票（超过应到会人数的一半）当选：陈静、傅敏娟、杜超林、沈斌平、罗玲琴" in check
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == RoundDialog.DialogCode.Accepted
    page.load()
    assert step_rows(page)["计票"][:2] == ("已完成", "当选：陈静、傅敏娟、杜超林、沈斌平、罗玲琴")
    assert page.ui.officeButton.isEnabled() and not page.ui.roundButton.isEnabled()


def test_a_tie_for_the_last_seat_is_shown_and_goes_to_a_second_round(
    qtbot: QtBot, page: ElectionsPage
) -> None:
    dialog = RoundDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    type_by_keyboard(qtbot, dialog, [54, 52, 52, 52, 52, 0, 30, 49, 30, 50, 48, 47])
    assert "刘萍莲、沈斌平票数相等，应就1个名额再次投票" in dialog.ui.checkLabel.text()
    dialog.save()
    page.load()
    assert step_rows(page)["计票"][0] == "待办"
    assert page.ui.roundButton.isEnabled()
    second = RoundDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(second)
    assert second.windowTitle() == "选举结果（第2轮）"
    assert [s.text() for s in second.ui.votesBox.findChildren(type(second.ui.introLabel))] == [
        "刘萍莲",
        "沈斌平",
    ]
    assert "第2轮" in page.sheet.title if page.sheet else False  # the next 选票 lists the two


def test_the_service_refusal_shows_its_rule_beside_the_fields(
    qtbot: QtBot, page: ElectionsPage
) -> None:
    dialog = RoundDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    type_by_keyboard(qtbot, dialog, [54, 40, 40, 40, 40, 0, 30])
    dialog.save()
    assert dialog.isVisible()
    error = dialog.ui.errorLabel.text()
    assert "到会人数不足五分之四，选举无效" in error and "依据" in error
    assert "b91c1c" in dialog.ui.presentSpin.styleSheet()  # the field named is marked


def test_esc_on_a_half_filled_count_asks_before_throwing_it_away(
    qtbot: QtBot, page: ElectionsPage
) -> None:
    dialog = RoundDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    type_by_keyboard(qtbot, dialog, [54, 52])
    said: list[str] = []
    answer_next_box(qtbot, "取消", said)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert said == ["所填内容尚未保存。要保存吗？"] and dialog.isVisible()
    answer_next_box(qtbot, "不保存", said)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with page.context.database.read() as session:
        assert book.latest_election(session).rounds == ()  # type: ignore[union-attr]


def test_the_candidate_list_says_its_margin_as_it_is_drawn_up(
    qtbot: QtBot, page: ElectionsPage
) -> None:
    dialog = CandidatesDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert too_large(dialog) is None
    assert "应选5名，候选人6名，差额20%" in dialog.ui.marginLabel.text()
    dialog.ui.candidatesTable.setCurrentCell(0, 0)  # 刘萍莲 taken off
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    margin = dialog.ui.marginLabel.text()
    assert "应选5名，候选人5名，差额0%" in margin and "候选人差额不足" in margin
    dialog.ui.memberCombo.setCurrentText("刘萍莲")
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert "差额20%" in dialog.ui.marginLabel.text()
    dialog.ui.candidatesTable.setCurrentCell(5, 0)
    qtbot.mouseClick(dialog.ui.upButton, Qt.MouseButton.LeftButton)  # the 选票's order
    assert dialog.names()[4] == "刘萍莲"
    dialog.save()
    assert not dialog.isVisible()
    with page.context.database.read() as session:
        sheet = book.ballot_sheet(session)
    assert sheet is not None and sheet.names[4:] == ("刘萍莲", "傅敏娟")


def test_the_request_form_refuses_a_reply_before_its_request(
    qtbot: QtBot, page: ElectionsPage
) -> None:
    dialog = PrepareDialog(page.context, page.view)
    qtbot.addWidget(dialog)
    dialog.show()
    type_date(qtbot, dialog.ui.replyOnEdit, "2026-01-02")
    dialog.save()
    assert "批复日期早于请示日期" in dialog.ui.errorLabel.text()
    assert "b91c1c" in dialog.ui.replyOnEdit.styleSheet()


def test_the_new_committee_takes_office_and_the_old_goes_into_the_history(
    qtbot: QtBot, context: AppContext
) -> None:
    demo_on(context, VOTED)
    context.today = lambda: date(2026, 3, 30)
    page = ElectionsPage(context)
    qtbot.addWidget(page)
    page.load()
    dialog = OfficeDialog(context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert "请填写上级党组织批准书记、副书记的日期" in dialog.ui.errorLabel.text()
    type_date(qtbot, dialog.ui.submittedOnEdit, "2026-03-22")
    type_date(qtbot, dialog.ui.approvedOnEdit, "2026-03-28")
    type_date(qtbot, dialog.ui.filedOnEdit, "2026-03-28")
    dialog.save()
    assert not dialog.isVisible()
    page.load()
    assert "第12届支部委员会" in page.ui.termLabel.text()
    # Each re-elected member keeps the post they held: 傅敏娟, second by votes, is not made
    # 副书记 over 杜超林.
    assert "书记陈静、副书记杜超林、组织委员罗玲琴、宣传委员傅敏娟、纪检委员沈斌平" in (
        page.ui.termLabel.text()
    )
    assert step_rows(page)["书记、副书记报上级党组织批准"][1] == (
        "2026年3月22日报批，2026年3月28日批准"
    )
    assert page.ui.historyTable.rowCount() == 2
    assert page.ui.historyTable.item(1, 0).text() == "第11届"  # type: ignore[union-attr]
    assert "上次换届选举" in page.ui.checklistTitle.text()
    assert not page.ui.roundButton.isEnabled()


def test_the_ballot_and_tally_sheet_print_and_export(page: ElectionsPage, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet = page.sheet
    assert sheet is not None and sheet.names == CANDIDATES and sheet.seats == 5
    assert sheet.title == "中共前溪村支部委员会第12届委员会委员选举"
    ballot = ballot_html(sheet)
    assert all(name in ballot for name in CANDIDATES) and "另选他人" in ballot
    assert "应选5名，候选人6名" in ballot and "候选人按姓氏笔画为序排列" in ballot
    tally = tally_html(sheet)
    assert "监票人（签字）" in tally and "计票人（签字）" in tally and "正" in tally
    path = export_ballot(tmp_path / "选票.docx", sheet, "中共前溪村支部委员会", VOTED)
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert [n for n in CANDIDATES if n in cells] == list(CANDIDATES) and "另选他人" in cells
    path = export_tally(tmp_path / "计票单.docx", sheet, "中共前溪村支部委员会", VOTED)
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert "选举日期：　　　年　　　月　　　日　　应选5名" in texts  # not yet held: filled by hand
    assert any("监票人（签字）" in t for t in texts)


def test_double_clicking_the_election_reminder_on_the_home_page_opens_this_page(
    qtbot: QtBot, context: AppContext
) -> None:
    demo_on(context, date(2026, 2, 25))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.go_to("home")
    attention = home.ui.attentionList  # type: ignore[attr-defined]
    row = next(
        r for r in range(attention.count()) if "支部委员会任期将于" in attention.item(r).text()
    )
    assert "换届还需召开支部党员大会选举" in attention.item(row).text()
    attention.scrollToItem(attention.item(row))
    rect = attention.visualItemRect(attention.item(row))
    qtbot.mouseClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(window.shown_page(), ElectionsPage)


def test_before_any_candidate_list_the_exports_write_blank_forms(
    context: AppContext,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    """`export all` and the menu write them for every branch: without candidates, a form to
    fill in by hand rather than a refusal."""
    from dangwu_desktop.ledgers import ExportScope, export_named

    scope = ExportScope(date(2025, 12, 1), 2025)
    for key in ("election-ballot", "election-tally"):
        export = export_named(key)
        with context.database.read() as session:
            sheet = export.gather(session, scope)
        assert sheet.names == () and export.done(sheet, scope).startswith("还没有候选人名单")
        path = export.write(tmp_path / f"{key}.docx", sheet, sheet.branch, scope)
        texts = [p.text for p in Document(str(path)).paragraphs]
        assert any("应选　　名" in t for t in texts), texts


def test_the_new_committee_is_offered_the_posts_its_members_held(
    qtbot: QtBot, context: AppContext
) -> None:
    """The votes put 傅敏娟 second; the outgoing 副书记 is 杜超林, re-elected: he is offered
    副书记, she her 宣传委员."""
    demo_on(context, VOTED)
    page = ElectionsPage(context)
    qtbot.addWidget(page)
    page.load()
    dialog = OfficeDialog(context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    layout = dialog.ui.postsLayout
    offered = {
        layout.itemAt(row, layout.ItemRole.LabelRole).widget().text(): (  # type: ignore[union-attr]
            layout.itemAt(row, layout.ItemRole.FieldRole).widget().currentText()  # type: ignore[union-attr]
        )
        for row in range(layout.rowCount())
    }
    assert offered == {
        "陈静": "书记", "傅敏娟": "宣传委员", "杜超林": "副书记", "沈斌平": "纪检委员",
        "罗玲琴": "组织委员",
    }  # fmt: skip


def test_seats_left_empty_go_to_a_further_election_typed_as_the_first(
    qtbot: QtBot, page: ElectionsPage
) -> None:
    dialog = RoundDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    # 沈斌平 20 and 刘萍莲 18 are short of the 28 votes that elect: four elected for five seats.
    type_by_keyboard(qtbot, dialog, [54, 52, 52, 52, 51, 1, 18, 46, 20, 47, 45, 47])
    assert "少1名，不足的名额另行选举" in dialog.ui.checkLabel.text()
    dialog.save()
    page.load()
    steps = step_rows(page)
    assert steps["计票"][:2] == (
        "已完成",
        "当选：陈静、傅敏娟、杜超林、罗玲琴；少1名，不足的名额应另行选举",
    )
    assert steps["另行选举"][0] == "待办"
    assert page.ui.candidatesButton.text() == "另行选举候选人…"
    assert not page.ui.roundButton.isEnabled() and not page.ui.officeButton.isEnabled()
    # The list starts from the candidates not elected; 刘萍莲 is taken off.
    listing = CandidatesDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(listing)
    listing.show()
    assert listing.windowTitle() == "另行选举候选人" and listing.names() == ["刘萍莲", "沈斌平"]
    assert "不足1名，候选人2名" in listing.ui.marginLabel.text()
    listing.ui.candidatesTable.setCurrentCell(0, 0)
    qtbot.mouseClick(listing.ui.removeButton, Qt.MouseButton.LeftButton)
    listing.save()
    assert not listing.isVisible()
    page.load()
    assert page.ui.roundButton.isEnabled() and page.ui.roundButton.text() == "另行选举结果…"
    assert page.sheet is not None and page.sheet.names == ("沈斌平",)
    assert page.sheet.title.endswith("委员会委员另行选举") and page.sheet.seats == 1
    further = RoundDialog(page.context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(further)
    further.show()
    assert further.windowTitle() == "另行选举结果（第1轮）"
    assert further.ui.meetingCombo.isEnabled()  # the same meeting, or a later one
    assert further.ui.meetingCombo.currentText().startswith("2026-03-20 支部党员大会")
    type_by_keyboard(qtbot, further, [54, 50, 50, 50, 50, 0, 40])
    assert "当选：沈斌平" in further.ui.checkLabel.text()
    qtbot.keyClick(further, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert further.result() == RoundDialog.DialogCode.Accepted
    page.load()
    assert step_rows(page)["另行选举"][:2] == ("已完成", "2026年3月20日，应选1名，当选：沈斌平")
    assert page.ui.officeButton.isEnabled() and not page.ui.roundButton.isEnabled()


def test_before_any_candidate_list_the_page_prints_and_exports_blank_forms(
    qtbot: QtBot, context: AppContext
) -> None:
    """As the command line's export does: a blank 选票 and 计票单 to fill in by hand."""
    demo_on(context, date(2026, 2, 1))  # the 请示 and 批复 recorded, no candidates yet
    page = ElectionsPage(context)
    qtbot.addWidget(page)
    page.load()
    assert page.ui.outputButton.isEnabled()
    assert page.sheet is not None and page.sheet.names == () and page.sheet.seats == 0
    assert "应选　　名" in ballot_html(page.sheet) and "应选　　名" in tally_html(page.sheet)
    actions = [a.text() for a in page.ui.outputButton.menu().actions()]
    assert actions == [
        "打印预览选票…",
        "打印预览计票单…",
        "导出选票（Word）…",
        "导出计票单（Word）…",
    ]


def test_the_candidate_list_is_put_in_surname_stroke_order_for_the_ballot(
    qtbot: QtBot, context: AppContext
) -> None:
    demo_on(context, date(2026, 2, 25))  # the list drawn up, no vote yet
    page = ElectionsPage(context)
    qtbot.addWidget(page)
    page.load()
    dialog = CandidatesDialog(context, page.view)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.names() == list(CANDIDATES)
    dialog.ui.candidatesTable.setCurrentCell(0, 0)  # 刘萍莲 moved down two places by mistake
    qtbot.mouseClick(dialog.ui.downButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.downButton, Qt.MouseButton.LeftButton)
    assert dialog.names()[:3] == ["杜超林", "沈斌平", "刘萍莲"]
    assert "刘（6画）应在沈（7画）之前" in dialog.ui.marginLabel.text()
    qtbot.mouseClick(dialog.ui.sortButton, Qt.MouseButton.LeftButton)
    # 刘 6 strokes; 杜、沈、陈 7; 罗 8; 傅 12 — each keeps its 推荐 and 联审.
    assert dialog.names() == ["刘萍莲", "杜超林", "沈斌平", "陈静", "罗玲琴", "傅敏娟"]
    given = dialog.given()
    assert given is not None and all(g.vetting.value == "通过" for g in given)
    dialog.save()
    assert not dialog.isVisible()
    with context.database.read() as session:
        sheet = book.ballot_sheet(session)
    assert sheet is not None and sheet.names == ("刘萍莲", "杜超林", "沈斌平", "陈静", "罗玲琴", "傅敏娟")  # fmt: skip
