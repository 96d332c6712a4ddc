"""Fixtures: every test gets its own data folder and a database built by `alembic upgrade head`."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL

from dangwu_desktop.core.glossary import MemberCategory
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.ledgers import load_models
from tests.server_database import fresh_database, make_template, server_url

TODAY = date(2026, 6, 30)
# Real villages' roster files, in the project's shared/ folder beside the clone where there is one.
# Only the optional check on real-world files reads them; every other test builds its own files
# (tests/roster_files.py), so the suite passes without them.
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"

load_models()  # every ledger's tables, as the migrations and the audit log see them


@pytest.fixture(scope="session")
def qapp_args(pytestconfig: pytest.Config) -> list[str]:
    """Offscreen GUI tests run on a 1280×720 screen, the smallest the program must fit
    (Qt's offscreen screen is otherwise 800×800)."""
    name = str(pytestconfig.getini("qt_qapp_name"))
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return [name]
    screen = Path(__file__).with_name("offscreen_1280x720.json")
    return [name, "-platform", f"offscreen:configfile={screen}"]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test's own data folder; a log the test's program opened there is closed after it."""
    folder = tmp_path / "data"
    monkeypatch.setenv("DANGWU_DATA_DIR", str(folder))
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(folder)):
            root.removeHandler(handler)
            handler.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a server run, only the tests whose data lives on the server (the `database` or `server`
    fixture; the rest would repeat their SQLite run), and none about the SQLite file itself."""
    if server_url() is None:
        return
    kept, left = [], []
    for item in items:
        on_server = {"database", "server"} & set(getattr(item, "fixturenames", ()))
        (kept if on_server and not item.get_closest_marker("sqlite_only") else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(scope="session")
def server() -> URL | None:
    """The PostgreSQL server the suite also runs on (DANGWU_TEST_SERVER), its template made."""
    url = server_url()
    if url is not None:
        make_template(url)
    return url


@pytest.fixture
def database(tmp_path: Path, server: URL | None) -> Iterator[Database]:
    if server is not None:
        with fresh_database(server) as db:
            yield db
        return
    db = open_database(tmp_path / "test.sqlite3")
    yield db
    db.dispose()


def place_args(database: Database) -> list[str]:
    """The command line's arguments naming this database: its file, or its server."""
    path = database.file_path
    if path is not None:
        return ["--db", str(path)]
    return ["--db-url", database.url.render_as_string(hide_password=False)]


@pytest.fixture
def branch(database: Database) -> None:
    """A branch with two party groups, as after the first-start dialog."""
    with database.transaction() as session:
        branch_service.save_branch_info(
            session, branch_service.BranchInfo(name="中共东岙村支部委员会", secretary="陈静")
        )
        branch_service.add_group(session, "第一党小组")
        branch_service.add_group(session, "第二党小组")


def member(**overrides: object) -> MemberData:
    """A valid member (张三, born 1990-01-01, male), changed by `overrides`."""
    values: dict[str, object] = {
        "name": "张三",
        "id_number": "330726199001011238",
        "join_date": date(2015, 7, 1),
        "full_member_date": date(2016, 7, 1),
        "category": MemberCategory.FULL,
        "phone": "13800001111",
        "group_name": "",
    }
    values.update(overrides)
    return MemberData(**values)  # type: ignore[arg-type]


@pytest.fixture
def context(database: Database, tmp_path: Path, qapp: object) -> object:
    """What the window hands its pages: the test database, private settings, a fixed today."""
    from PySide6.QtCore import QSettings

    from dangwu_desktop.ui.context import AppContext

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return AppContext(database=database, settings=settings, today=lambda: TODAY)


def type_chinese(widget: object, text: str) -> None:
    """Type Chinese the way an input method does: as a committed string (QTest types ASCII only)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def type_date(qtbot: Any, field: Any, text: str) -> None:
    """Click into the field, select what is there, type over it and Tab out, as a user does.
    Chinese characters come through the input method, digits from the keyboard."""
    from PySide6.QtCore import Qt

    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
        else:
            type_chinese(field, char)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Dialogs a test leaves with typed changes close at teardown without the 保存/不保存 question
    (which would wait for an answer nobody gives); tests of the question answer it themselves."""
    import sys

    dialogs = sys.modules.get("dangwu_desktop.ui.dialogs")
    if dialogs is not None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialogs.GuardedDialog):
                widget.mark_saved()
    yield
