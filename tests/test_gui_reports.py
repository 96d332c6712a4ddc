"""The 报表 page: notes kept per period, the report and the workbook in one click each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.services.reports import ReportPeriod, load_notes
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.pages.reports import ReportsPage

pytestmark = pytest.mark.usefixtures("branch")


def test_notes_are_kept_per_period_and_reports_are_one_click(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.ui.periodCombo.setCurrentIndex(1)  # 第二季度
    page.load()
    assert "2026年第二季度" in page.ui.figuresLabel.text()
    page.ui.achievementsEdit.setPlainText("一是按期开展组织生活。")
    targets = iter([tmp_path / "报告.docx", tmp_path / "工作簿.xlsx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    monkeypatch.setattr("dangwu_desktop.ui.exports.show_saved", lambda *a: None)
    page.export_word()  # saves the notes first
    page.export_workbook()
    assert (tmp_path / "报告.docx").exists() and (tmp_path / "工作簿.xlsx").exists()
    with context.database.read() as session:
        assert load_notes(session, ReportPeriod(2026, 2)).achievements == "一是按期开展组织生活。"
    page.ui.periodCombo.setCurrentIndex(4)  # 全年: its own notes
    assert page.ui.achievementsEdit.toPlainText() == ""


def test_a_township_template_can_be_chosen_and_dropped(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.set_template(tmp_path / "乡镇模板.docx")
    assert (
        "乡镇提供的模板" in page.ui.templateLabel.text()
        and page.ui.defaultTemplateButton.isEnabled()
    )
    page.ui.defaultTemplateButton.click()
    assert page.template() is None and "程序自带的模板" in page.ui.templateLabel.text()
