"""The import wizard, the export actions and the statistics page, driven through their widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dangwu_desktop.core.models import Member
from dangwu_desktop.core.roster import load_roster
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.io.roster_export import export_roster
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.import_wizard import ImportWizard
from dangwu_desktop.ui.pages.roster import RosterPage
from dangwu_desktop.ui.pages.statistics import StatisticsPage
from tests.conftest import TODAY, member
from tests.roster_files import messy_roster, standard_roster

pytestmark = pytest.mark.usefixtures("branch")


def members(context: AppContext) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(Member)) or 0


def open_wizard(qtbot: QtBot, context: AppContext, roster_file: Path) -> ImportWizard:
    context.today = lambda: date(2026, 11, 25)  # the files' members joined up to August 2026
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(roster_file)
    return wizard


def next_page(wizard: ImportWizard) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()


def test_import_the_messy_legacy_file_shows_faults_and_blocks(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, context, messy_roster(tmp_path / "西岙村.xls"))
    assert "找到表头（第2–3行），数据16行" in wizard.ui.fileMessage.text()
    next_page(wizard)
    assert wizard.currentPage() is wizard.ui.mappingPage
    table = wizard.ui.mappingTable
    titles = [table.item(i, 0).text() for i in range(table.rowCount())]
    assert "入党情况/转正时间" in titles
    next_page(wizard)
    assert wizard.currentPage() is wizard.ui.checkPage
    assert "3行有错误" in wizard.ui.summaryLabel.text()
    assert wizard.ui.faultsTable.rowCount() == 3
    assert [wizard.ui.faultsTable.item(i, 0).text() for i in range(3)] == ["7", "11", "17"]
    assert wizard.ui.faultsTable.item(0, 3).text().startswith("身份号码被存成数字，末位已丢失")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert members(context) == 0


def test_import_the_standard_file_end_to_end(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, context, standard_roster(tmp_path / "花名册.xlsx", count=36))
    next_page(wizard)
    next_page(wizard)
    assert "可导入36行" in wizard.ui.summaryLabel.text()
    summary = wizard.ui.summaryLabel.text()
    assert "将新建党小组：第三党小组、第四党小组" in summary  # the fixture made 第一、第二
    next_page(wizard)
    assert wizard.currentPage() is wizard.ui.confirmPage
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.imported is not None and wizard.imported.added == 36
    assert members(context) == 36


def test_correcting_the_column_mapping(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, context, standard_roster(tmp_path / "花名册.xlsx"))
    next_page(wizard)
    name_row = next(
        i
        for i in range(wizard.ui.mappingTable.rowCount())
        if wizard.ui.mappingTable.item(i, 0).text() == "姓名"
    )
    combo = wizard.ui.mappingTable.cellWidget(name_row, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(0)  # （不导入）
    assert "请指定哪一列是“姓名”" in wizard.ui.mappingPage.subTitle()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    combo.setCurrentText("姓名")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_that_is_not_a_roster(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    bogus = tmp_path / "照片.xlsx"
    bogus.write_bytes(b"\x89PNG not a spreadsheet")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(bogus)
    assert "无法打开“照片.xlsx”" in wizard.ui.fileMessage.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_cancelled_import_answers_like_any_dialog(qtbot: QtBot, context: AppContext) -> None:
    """QDialog.result() says how the wizard ended; no attribute of the wizard may hide it."""
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == ImportWizard.DialogCode.Rejected
    assert wizard.imported is None


def test_export_from_the_roster_page(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(qtbot, context, standard_roster(tmp_path / "花名册.xlsx"))
    next_page(wizard)
    next_page(wizard)
    next_page(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.load()
    page.ui.groupFilter.setCurrentText("第一党小组")
    target = tmp_path / "第一党小组.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(
        "dangwu_desktop.ui.exports.show_saved", lambda _p, path, lead: shown.append(f"{lead}{path}")
    )
    page.export_shown()
    sheet = load_workbook(target)["花名册"]
    exported = sum(isinstance(row[0], int) for row in sheet.iter_rows(min_row=4, values_only=True))
    assert exported == page.model.rowCount() > 0
    assert shown and str(target) in shown[0]


def test_export_to_a_file_open_in_wps_says_so(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")  # as Windows refuses while WPS has it

    monkeypatch.setattr(os, "replace", locked)
    monkeypatch.setattr("dangwu_desktop.db.files.PAUSE_SECONDS", 0)
    target = tmp_path / "花名册.xlsx"
    (tmp_path / "~$花名册.xlsx").write_bytes(b"")
    page = RosterPage(context)
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    page.export_all()
    assert warnings == ["“花名册.xlsx”正在WPS或Excel中打开，请先关闭它，再重新导出"]
    assert not target.exists()


def test_statistics_page_draws_a_chart_per_table(qtbot: QtBot, context: AppContext) -> None:
    from dangwu_desktop.core.services.members import add_member
    from tests.conftest import TODAY, member

    with context.database.transaction() as session:
        add_member(session, member(), TODAY)
    page = StatisticsPage(context)
    qtbot.addWidget(page)
    page.load()
    assert [t.title for t in page.tables][:3] == ["人员类别", "性别", "民族"]
    assert page.ui.chartsLayout.count() == len(page.tables)
    assert page.ui.summaryLabel.text().startswith("在册党员1人")


def test_the_masking_setting_applies_to_the_roster_export(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop.core.services.members import add_member
    from dangwu_desktop.core.services.settings import MASK_EXPORTS, set_setting
    from tests.conftest import TODAY, member

    with context.database.transaction() as session:
        add_member(session, member(), TODAY)
        set_setting(session, MASK_EXPORTS, "是")
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.load()
    target = tmp_path / "花名册.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("dangwu_desktop.ui.exports.show_saved", lambda *a: None)
    page.export_all()
    assert load_workbook(target)["花名册"]["G4"].value == "3307**********1238"


def test_the_confirmation_speaks_of_people_added_to_the_roster_not_of_new_members(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    source = open_database(tmp_path / "other.sqlite3")
    with source.transaction() as session:
        add_member(session, member(), TODAY)  # 张三 is already in this roster too
        add_member(session, member(name="李梅", id_number="110101199003074426"), TODAY)
        rows = load_roster(session, TODAY)
    source.dispose()
    file = export_roster(tmp_path / "花名册.xlsx", rows, "中共东岙村支部委员会", TODAY)
    with context.database.transaction() as session:
        add_member(session, member(), TODAY)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(file)
    for _ in range(3):
        next_page(wizard)
    assert wizard.currentPage() is wizard.ui.confirmPage
    summary = wizard.ui.confirmSummary.text()
    assert summary.startswith("将新增1人到花名册。") and "另有1人已在花名册中" in summary
    assert "新党员" not in summary  # they are not newly admitted, only new to this roster
