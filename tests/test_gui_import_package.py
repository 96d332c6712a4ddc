"""文件 → 导入上报数据包…: the township adds the villages' packages, reads what each holds and what
changed (or why it is refused), is asked a sealed package's password, and imports; a message says
what was done, and the window goes on showing the branch it showed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.core.models import Branch, Member
from dangwu_desktop.core.services.branch import add_branch
from dangwu_desktop.db.package import PLAIN_DATA, write_package
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import import_package_dialog
from dangwu_desktop.ui.dialogs.import_package_dialog import ImportPackageDialog
from dangwu_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.modal import too_large

EAST, WEST = "中共前溪村支部委员会", "中共后山村支部委员会"
PASSWORD = "乡镇2026"


@pytest.fixture
def township(context: AppContext) -> AppContext:
    """A township's database after its first start: its own branch, no roster."""
    with context.database.transaction() as session:
        add_branch(session, "中共浦阳镇机关支部委员会", "中共浦阳镇委员会")
    return context


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("packages")
    made: dict[str, Path] = {}
    for seed, name, password in ((1, EAST, None), (2, WEST, PASSWORD)):
        database = open_database(folder / f"{seed}.sqlite3")
        try:
            with database.transaction() as session:
                build_demo_village(session, TODAY, seed=seed, name=name)
            made[name] = folder / f"{seed}.dwpkg"
            write_package(database, made[name], password, now=datetime(2026, 11, 30, 9, 0))
        finally:
            database.dispose()
    broken = folder / "改过.dwpkg"
    import zipfile

    with zipfile.ZipFile(made[EAST]) as old, zipfile.ZipFile(broken, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == PLAIN_DATA:
                data = data[:5000] + bytes([data[5000] ^ 1]) + data[5001:]
            new.writestr(info, data)
    made["broken"] = broken
    return made


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *_: shown.append(text))
    return shown


def test_the_file_menu_opens_the_import_dialog(
    qtbot: QtBot, township: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ImportPackageDialog] = []
    monkeypatch.setattr(ImportPackageDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(township)
    qtbot.addWidget(window)
    assert "导入上报数据包(&I)…" in [a.text() for a in window.ui.fileMenu.actions()]
    window.ui.importPackageAction.trigger()
    assert len(opened) == 1 and opened[0].windowTitle() == "导入上报数据包"
    assert too_large(opened[0]) is None


def test_each_package_is_listed_refusals_said_and_the_rest_imported(
    qtbot: QtBot,
    township: AppContext,
    packages: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    asked: list[tuple[str, bool]] = []

    def ask(_parent: object, name: str, wrong: bool) -> str:
        asked.append((name, wrong))
        return "错的密码123" if not asked[:-1] else PASSWORD

    monkeypatch.setattr(import_package_dialog, "ask_password", ask)
    dialog = ImportPackageDialog(township)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([packages[EAST], packages[WEST], packages["broken"]])
    # The sealed package's password was asked, asked again when wrong, then taken.
    assert asked == [("2.dwpkg", False), ("2.dwpkg", True)]
    table = dialog.ui.packageTable
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(3)]
    assert rows[0][:4] == ["1.dwpkg", EAST, "2026-11-30 09:00", rows[0][3]]
    assert rows[0][4:] == ["首次导入", "待导入"] and rows[1][1] == WEST
    assert rows[2][5].startswith("拒绝：“改过.dwpkg”被改动过")
    assert dialog.ui.messageLabel.text() == "共3个数据包：可导入2个，拒绝1个（原因见“状态”）"
    table.setCurrentCell(0, 0)
    assert "在册党员" in dialog.ui.detailText.toPlainText()
    assert too_large(dialog) is None

    dialog.import_button.click()
    assert dialog.imported_any and messages == [
        f"已导入“{EAST}”的数据包：首次导入\n\n已导入“{WEST}”的数据包：首次导入\n\n"
        + import_package_dialog.SEE_THE_BRANCH
    ]
    with township.database.engine.connect() as connection:
        by_branch = dict(
            connection.execute(
                select(Branch.name, func.count(Member.id))
                .join(Member, Member.branch_id == Branch.id)
                .group_by(Branch.name)
            ).all()
        )
    assert by_branch[EAST] > 50 and by_branch[WEST] > 50


def test_the_same_packages_again_are_listed_as_already_imported(
    qtbot: QtBot,
    township: AppContext,
    packages: dict[str, Path],
    messages: list[str],
) -> None:
    first = ImportPackageDialog(township)
    qtbot.addWidget(first)
    first.add_paths([packages[EAST]])
    first.import_button.click()
    again = ImportPackageDialog(township)
    qtbot.addWidget(again)
    again.add_paths([packages[EAST]])
    assert again.ui.packageTable.item(0, 5).text() == "已导入过，不再导入"
    assert again.ui.packageTable.item(0, 4).text() == "与上次导入的是同一个数据包，没有变化"
    assert not again.import_button.isEnabled()


def test_the_window_goes_on_showing_its_branch_after_an_import(
    qtbot: QtBot,
    township: AppContext,
    packages: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    def exec_adding(self: ImportPackageDialog) -> int:
        self.add_paths([packages[EAST]])
        self.import_all()
        return 1

    monkeypatch.setattr(ImportPackageDialog, "exec", exec_adding)
    window = MainWindow(township)
    qtbot.addWidget(window)
    window.show()
    window.ui.importPackageAction.trigger()
    assert messages == [
        f"已导入“{EAST}”的数据包：首次导入\n\n{import_package_dialog.SEE_THE_BRANCH}"
    ]
    with township.database.read() as session:  # no longer one branch: the window names its own
        assert session.get(Branch, township.database.branch_id).name == "中共浦阳镇机关支部委员会"  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(Member)) == 0
