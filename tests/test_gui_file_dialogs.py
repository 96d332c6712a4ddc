"""File dialogs open in 文档 or where she last went, with a file name Windows accepts (issue 15,
cosmetic items): a branch named “中共A/B村支部委员会” must not suggest a name Windows refuses, and no
dialog may open in the profile folder (C:\\Users\\<name>) that a secretary never browses."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.io.atomic import safe_file_name
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from dangwu_desktop.ui.dialogs.import_wizard import ImportWizard
from dangwu_desktop.ui.pages.reports import ReportsPage
from dangwu_desktop.ui.pages.roster import RosterPage
from tests.conftest import TODAY

PACKAGE = Path(__file__).resolve().parents[1] / "dangwu_desktop"


@pytest.mark.parametrize(
    ("built", "safe"),
    [
        ("中共东岙村支部委员会花名册.xlsx", "中共东岙村支部委员会花名册.xlsx"),
        ("中共A/B村支部委员会党员花名册.xlsx", "中共A_B村支部委员会党员花名册.xlsx"),
        ('x\\y:z*?"<>|报备单.docx', "x_y_z______报备单.docx"),
        ("第一\t党小组.xlsx", "第一_党小组.xlsx"),
        ("支部. .xlsx", "支部.xlsx"),  # Windows drops trailing dots and spaces
        ("  .xlsx", "导出.xlsx"),
        ("CON.xlsx", "_CON.xlsx"),  # device names cannot be files
        ("nul.docx", "_nul.docx"),
        ("com1.工作报告.docx", "_com1.工作报告.docx"),
        ("CONTRA.xlsx", "CONTRA.xlsx"),
        ("村" * 300 + ".xlsx", "村" * 120 + ".xlsx"),
    ],
)
def test_safe_file_name(built: str, safe: str) -> None:
    assert safe_file_name(built) == safe


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The PC's 文档 folder (Windows: the user's Documents, wherever it was moved)."""
    folder = tmp_path / "文档"
    folder.mkdir()
    real = QStandardPaths.writableLocation

    def location(kind: QStandardPaths.StandardLocation) -> str:
        if kind == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(folder)
        return real(kind)

    monkeypatch.setattr(QStandardPaths, "writableLocation", location)
    return folder


def offered(monkeypatch: pytest.MonkeyPatch, method: str, answer: object) -> list[str]:
    """Answer QFileDialog.<method> with `answer`; returns the start paths it was given."""
    starts: list[str] = []

    def dialog(_parent: object, _title: str, start: str = "", *_rest: object) -> object:
        starts.append(start)
        return answer

    monkeypatch.setattr(QFileDialog, method, dialog)
    return starts


def test_a_roster_export_suggests_a_windows_name_in_documents_then_the_folder_used(
    qtbot: QtBot,
    context: AppContext,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with context.database.transaction() as session:
        branch_service.save_branch_info(
            session, branch_service.BranchInfo(name="中共A/B村:支部委员会", secretary="陈静")
        )
    page = RosterPage(context)
    qtbot.addWidget(page)
    monkeypatch.setattr("dangwu_desktop.ui.exports.show_saved", lambda *_args: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: pytest.fail(text))
    stick = tmp_path / "U盘"
    stick.mkdir()
    starts = offered(monkeypatch, "getSaveFileName", (str(stick / "花名册.xlsx"), ""))
    page.export_all()
    assert starts == [str(documents / f"中共A_B村_支部委员会党员花名册{TODAY:%Y%m%d}.xlsx")]
    assert (stick / "花名册.xlsx").exists()
    page.export_all()
    assert Path(starts[1]).parent == stick  # where she saved last time
    shutil.rmtree(stick)  # the USB stick was taken out
    starts_now = offered(monkeypatch, "getSaveFileName", ("", ""))  # she cancels this time
    page.export_all()
    assert Path(starts_now[0]).parent == documents


def test_the_import_wizard_looks_for_a_roster_in_documents_first(
    qtbot: QtBot, context: AppContext, documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts = offered(monkeypatch, "getOpenFileName", ("", ""))
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.ui.browseButton, Qt.MouseButton.LeftButton)
    assert starts == [str(documents)]


def test_attachments_are_looked_for_in_documents_first(
    qtbot: QtBot,
    context: AppContext,
    branch: None,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    starts = offered(monkeypatch, "getOpenFileNames", ([], ""))
    dialog = ActivityDialog(context)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert starts == [str(documents)]


def test_a_report_template_is_looked_for_in_documents_not_in_the_program_folder(
    qtbot: QtBot,
    context: AppContext,
    branch: None,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    starts = offered(monkeypatch, "getOpenFileName", ("", ""))
    page = ReportsPage(context)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.ui.chooseTemplateButton, Qt.MouseButton.LeftButton)
    assert starts == [str(documents)]


def test_every_file_dialog_goes_through_the_one_helper() -> None:
    """ui/file_dialogs.py picks the start folder and cleans the suggested name; a dialog opened
    elsewhere would open in the profile folder again."""
    users = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if re.search(r"\bQFileDialog\b", path.read_text(encoding="utf-8"))
        and "forms" not in path.parts
    )
    assert users == ["ui/file_dialogs.py"]
