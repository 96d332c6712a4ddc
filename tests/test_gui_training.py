"""The 学习培训 page: who is short of hours and what was studied, in two clicks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.services import training
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from dangwu_desktop.ui.dialogs.credit_dialog import CreditDialog
from dangwu_desktop.ui.pages.training import TrainingPage

DEMO_TODAY = date(2026, 11, 25)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> TrainingPage:
    context.today = lambda: DEMO_TODAY
    with context.database.transaction() as session:
        build_demo_village(session, DEMO_TODAY)
    training_page = TrainingPage(context)
    qtbot.addWidget(training_page)
    training_page.load()
    return training_page


def test_who_is_short_of_hours_in_two_clicks(qtbot: QtBot, page: TrainingPage) -> None:
    page.ui.views.setCurrentWidget(page.ui.hoursTab)  # click one
    page.ui.behindCheck.setChecked(True)  # click two
    shown = page.ui.hoursTable.rowCount()
    assert 0 < shown < len(page.hours)
    behind = {row.name for row in page.hours if row.behind}
    names = {page.ui.hoursTable.item(r, 0).text() for r in range(shown)}
    assert names == behind
    assert "全国党员教育培训工作规划" in page.ui.hoursTable.item(0, 0).toolTip()


def test_drill_down_from_a_member_to_the_sessions(qtbot: QtBot, page: TrainingPage) -> None:
    table = page.ui.hoursTable
    page.show_member(int(table.item(0, 0).data(Qt.ItemDataRole.UserRole)))
    assert page.ui.detailTable.rowCount() > 0
    assert "参加学习" in page.ui.detailLabel.text()


def test_sessions_and_the_monthly_check(page: TrainingPage) -> None:
    kinds = {
        page.ui.sessionsTable.item(r, 1).text() for r in range(page.ui.sessionsTable.rowCount())
    }
    assert {"集中学习", "党课", "主题党日", "远程教育", "专题培训"} <= kinds
    months = [page.ui.monthsTable.item(0, m).text() for m in range(12)]
    assert "未开展" in months  # the demo's gap month
    assert "个月没有集中学习" in page.ui.summaryLabel.text()


def test_a_new_study_session_starts_with_hours(qtbot: QtBot, page: TrainingPage) -> None:
    dialog = ActivityDialog(page.context, None, ActivityKind.COLLECTIVE_STUDY)
    qtbot.addWidget(dialog)
    assert dialog.ui.hoursSpin.value() == 2.0
    dialog.ui.hoursSpin.setValue(0)
    dialog.save()
    assert "学习培训记录须填写学时" in dialog.ui.findingsLabel.text()


def test_crediting_hours_from_elsewhere(qtbot: QtBot, page: TrainingPage) -> None:
    dialog = CreditDialog(page.context)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "须注明学时来源" in dialog.ui.errorLabel.text()
    dialog.ui.sourceEdit.setText("义乌市稠城街道流动党员党支部")
    dialog.save()
    assert dialog.result() == CreditDialog.DialogCode.Accepted
    with page.context.database.read() as session:
        assert any(
            c.source == "义乌市稠城街道流动党员党支部"
            for c in training.credits_in_year(session, 2026)
        )


def test_exports_from_the_training_page(
    qtbot: QtBot, page: TrainingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    targets = iter([tmp_path / "台账.xlsx", tmp_path / "学时.xlsx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    monkeypatch.setattr("dangwu_desktop.ui.exports.show_saved", lambda *a: None)
    page.export_ledger()
    page.export_hours()
    assert (tmp_path / "台账.xlsx").exists() and (tmp_path / "学时.xlsx").exists()


def test_ledger_print_preview_lists_every_session(page: TrainingPage) -> None:
    from dangwu_desktop.ui.printing import a4_printer, html_document

    document = html_document(page.ledger_html(), a4_printer(landscape=True))
    text = document.toPlainText()
    assert "2026年党员教育培训台账" in text and "专题培训" in text and "合计" in text
    assert document.pageCount() >= 1


def test_sessions_are_listed_newest_first_like_the_meeting_records(
    qtbot: QtBot, page: TrainingPage
) -> None:
    from dangwu_desktop.ui.pages.activities import ActivitiesPage

    studied = [
        page.ui.sessionsTable.item(r, 0).text() for r in range(page.ui.sessionsTable.rowCount())
    ]
    meetings_page = ActivitiesPage(page.context)
    qtbot.addWidget(meetings_page)
    meetings_page.load()
    model = meetings_page.model
    met = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(studied) > 2 and len(met) > 2
    assert studied == sorted(studied, reverse=True)
    assert met == sorted(met, reverse=True)
    page.show_member(int(page.ui.hoursTable.item(0, 0).data(Qt.ItemDataRole.UserRole)))
    attended = [
        page.ui.detailTable.item(r, 0).text() for r in range(page.ui.detailTable.rowCount())
    ]
    assert attended == sorted(attended, reverse=True)
