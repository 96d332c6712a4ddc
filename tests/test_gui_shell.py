"""The main window as a secretary meets it: it paints before the data loads, every page is
reached from the keyboard, long pages scroll inside a window that fits the screen, and the demo
village says what it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.main_window import (
    DEMO_TITLE,
    GROUP_PAGE_INDENT,
    OPENING,
    PAGE_DIGITS,
    MainWindow,
)
from dangwu_desktop.ui.pages import CATALOGUE, SIDEBAR
from tests.conftest import TODAY, member

SMALL_SCREEN = (1280, 720)


def window_on(context: AppContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach the active window
        window.show()
        window.activateWindow()
    return window


def test_the_shell_paints_before_the_database_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert window.shown_page() is None and window.built_pages() == []
    assert window.ui.pageStack.currentWidget().text() == OPENING  # type: ignore[attr-defined]
    assert [window.ui.navigationList.item(i).text() for i in range(len(SIDEBAR))] == [
        entry.title for entry in SIDEBAR
    ]
    assert not window.ui.navigationList.isEnabled()  # nothing to switch to yet
    assert not window.ui.newAction.isEnabled() and not window.ui.printAction.isEnabled()


def test_the_shell_is_filled_when_the_data_is_attached(
    qtbot: QtBot, context: AppContext, branch: None, tmp_path: Path
) -> None:
    window = MainWindow(settings=context.settings)
    qtbot.addWidget(window)
    window.show()
    window.attach(context)
    assert window.shown_page() is window.page("home")
    assert window.ui.navigationList.isEnabled()


def test_the_program_shows_its_window_before_it_opens_the_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop import app
    from dangwu_desktop.db import safety

    seen: list[bool] = []

    def open_database(path: Path) -> object:
        seen.extend(
            isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
        raise OSError("stop here")

    monkeypatch.setattr(safety, "open_database", open_database)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: QMessageBox.StandardButton.Ok)
    assert app.run_gui(tmp_path / "db.sqlite3") == 1
    assert True in seen


def test_the_window_paints_before_the_single_writer_lock_loads(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """filelock costs some 20 ms to import: it is taken after the first paint, not before."""
    from dangwu_desktop import app
    from dangwu_desktop.db import single_writer

    seen: list[bool] = []

    def one_writer(path: Path) -> object:
        seen.extend(
            isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
        raise single_writer.AlreadyOpen(single_writer.ALREADY_OPEN)

    monkeypatch.setattr(single_writer, "one_writer", one_writer)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Ok)
    assert app.run_gui(tmp_path / "db.sqlite3") == 1
    assert True in seen


def test_the_shell_needs_neither_sqlalchemy_nor_the_services(tmp_path: Path) -> None:
    """What the first paint waits for: Qt and the window's own modules, nothing of the data."""
    code = f"""
import sys
import dangwu_desktop.cli
from PySide6.QtCore import QSettings
from dangwu_desktop.app import create_application
from dangwu_desktop.ui.main_window import MainWindow
app = create_application(["test"])
window = MainWindow(settings=QSettings({str(tmp_path / "ui.ini")!r}, QSettings.Format.IniFormat))
window.show()
app.processEvents()
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")
      or m.startswith(("dangwu_desktop.core.services", "dangwu_desktop.db.database",
                       "dangwu_desktop.core.idnumber", "filelock"))))
"""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_modules_imported_after_pyside_are_not_read_as_source() -> None:
    """PySide6 reads every later module's source to look for `__feature__`; the window's
    start-up replaces that scan by a look at what the module imported."""
    import inspect

    import dangwu_desktop.ui  # noqa: F401  (installs the replacement)
    from dangwu_desktop.ui.pyside_imports import FEATURE_MODULE, uses_pyside

    feature = sys.modules[FEATURE_MODULE]
    assert feature._mod_uses_pyside is uses_pyside  # type: ignore[attr-defined]
    assert uses_pyside(sys.modules["dangwu_desktop.ui.main_window"])
    assert not uses_pyside(inspect)


@pytest.mark.parametrize("row", range(min(len(SIDEBAR), 9)))
def test_ctrl_and_a_digit_opens_the_page_in_sidebar_order(
    qtbot: QtBot, context: AppContext, branch: None, row: int
) -> None:
    window = window_on(context, qtbot)
    key = getattr(Qt.Key, f"Key_{PAGE_DIGITS[row]}")
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.shown_page() is window.page(SIDEBAR[row].pages[0].name)
    assert window.ui.navigationList.hasFocus()  # arrows go on from here, Tab enters the page


def test_a_sidebar_group_shows_its_pages_as_tabs_and_comes_back_to_the_last(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    """The 专项台账: one sidebar row, its ledgers as tabs above the page; a page of it opened by
    name (a 首页 reminder) is shown on its tab, and the row opens on the tab shown last."""
    window = window_on(context, qtbot)
    row = next(r for r, entry in enumerate(SIDEBAR) if entry.grouped)
    group = SIDEBAR[row]
    assert group.title == "专项台账" and [p.title for p in group.pages] == [
        "流动党员", "换届", "三张清单",
    ]  # fmt: skip
    window.show_page("roster")
    assert window.group_tab_titles() == []  # a page of its own: no tabs
    window.show_page("lists")
    assert window.ui.navigationList.currentRow() == row
    assert window.group_tab_titles() == ["流动党员", "换届", "三张清单"]
    assert window.groupTabs.currentIndex() == 2 and window.shown_page() is window.page("lists")
    window.groupTabs.setCurrentIndex(1)  # a click on 换届
    assert window.shown_page() is window.page("elections")
    window.show_page("home")
    key = getattr(Qt.Key, f"Key_{PAGE_DIGITS[row]}")
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.shown_page() is window.page("elections")  # where the secretary left it


def test_the_page_menu_lists_every_page_with_its_shortcut(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    window = window_on(context, qtbot)
    listed = [
        (action.text(), action.shortcut().toString())
        for action in window.ui.viewMenu.actions()
        if not action.isSeparator()
    ]
    expected = []
    for row, entry in enumerate(SIDEBAR):
        expected.append((entry.title, f"Ctrl+{PAGE_DIGITS[row]}" if row < len(PAGE_DIGITS) else ""))
        if entry.grouped:  # its pages under it, each by name
            expected += [(f"{GROUP_PAGE_INDENT}{page.title}", "") for page in entry.pages]
    assert listed == [*expected, ("刷新(&R)", "F5")]
    assert {title.strip() for title, _ in listed} >= {entry.title for entry in CATALOGUE}
    assert window.ui.newAction.shortcut().toString() == "Ctrl+N"
    assert window.ui.printAction.shortcut().toString() == "Ctrl+P"


def test_ctrl_n_on_the_roster_opens_a_new_member(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    window = window_on(context, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    opened: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(100, answer)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened and "党员" in opened[0]


def test_ctrl_p_prints_the_selected_record_and_is_off_where_nothing_prints(
    qtbot: QtBot, context: AppContext, branch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop.ui.pages.activities import ActivitiesPage, Scope

    printed: list[Scope] = []
    monkeypatch.setattr(ActivitiesPage, "print_records", lambda page, scope: printed.append(scope))
    window = window_on(context, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert not window.ui.printAction.isEnabled()  # the roster has no print
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.printAction.isEnabled() and window.ui.newAction.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [Scope.SELECTED]


def test_f5_reads_the_page_again(qtbot: QtBot, context: AppContext, branch: None) -> None:
    window = window_on(context, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    roster = window.page("roster")
    before = roster.model.rowCount()  # type: ignore[attr-defined]
    with context.database.transaction() as session:  # as from the command line meanwhile
        member_service.add_member(session, member(), TODAY)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert roster.model.rowCount() == before + 1  # type: ignore[attr-defined]


def test_every_page_fits_a_1280_by_720_screen(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    """A page taller or wider than the screen scrolls; it never forces the window to grow."""
    from dangwu_desktop.core.demo import ensure_demo_village

    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    window = window_on(context, qtbot)
    for entry in CATALOGUE:
        window.show_page(entry.name)
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert minimum.width() <= SMALL_SCREEN[0] and minimum.height() <= SMALL_SCREEN[1], (
            entry.name
        )
    window.resize(*SMALL_SCREEN)  # and the window can still be made small after 设置 was shown
    assert window.size().toTuple() == SMALL_SCREEN


def test_a_first_start_window_fits_the_screen(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height() - 30


def test_the_demo_village_says_so_in_the_title_and_a_strip(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    context.demo = True
    window = window_on(context, qtbot)
    assert window.windowTitle() == DEMO_TITLE and "演示数据" in DEMO_TITLE
    assert window.ui.demoBanner.isVisible() and "演示" in window.ui.demoBanner.text()


def test_a_village_s_own_data_is_not_marked_as_demo(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    window = window_on(context, qtbot)
    assert "演示" not in window.windowTitle()
    assert not window.ui.demoBanner.isVisible()


def test_the_demo_start_marks_the_window_from_the_first_paint(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == DEMO_TITLE and window.ui.demoBanner.isVisible()


def test_the_roster_toolbar_takes_two_rows_where_one_does_not_fit(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    """1366×768 at 125 % leaves the page about 957 px: the buttons move below the filters,
    instead of off the screen's edge."""
    window = window_on(context, qtbot)
    roster = window.show_page("roster")
    window.resize(1280, 720)
    qtbot.wait(10)
    assert roster.ui.addButton.visibleRegion().boundingRect().width() > 0  # type: ignore[attr-defined]
    one_row_y = roster.ui.addButton.y()  # type: ignore[attr-defined]
    assert one_row_y == roster.ui.searchEdit.y()  # type: ignore[attr-defined]
    window.resize(1093, 614)
    qtbot.waitUntil(lambda: roster.ui.addButton.y() > roster.ui.searchEdit.y())  # type: ignore[attr-defined]
    assert roster.width() <= window.width()  # nothing reaches past the window's edge
    movement = roster.ui.movementButton  # type: ignore[attr-defined]
    assert movement.mapTo(window, movement.rect().bottomRight()).x() <= window.width()


def test_a_dialog_larger_than_the_screen_is_fitted_onto_it(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog

    from dangwu_desktop.ui.screen_fit import TITLE_BAR, fit_to_screen

    available = QGuiApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(available.width() + 300, available.height() + 300)
    dialog.move(available.x() + 200, available.y() + 200)
    dialog.show()
    fit_to_screen(dialog)
    assert dialog.height() + TITLE_BAR <= available.height()
    assert dialog.width() <= available.width()
    assert available.contains(dialog.frameGeometry().topLeft())
    assert dialog.frameGeometry().right() <= available.right()


def test_ctrl_n_on_organisational_life_offers_the_kinds_ready_for_enter(
    qtbot: QtBot, context: AppContext, branch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop.core.glossary import ActivityKind
    from dangwu_desktop.ui.pages.activities import ActivitiesPage

    made: list[ActivityKind] = []
    monkeypatch.setattr(ActivitiesPage, "new_record", lambda page, kind: made.append(kind))
    window = window_on(context, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    menu = window.page("activities").ui.newButton.menu()  # type: ignore[attr-defined]
    qtbot.waitUntil(menu.isVisible)
    assert menu.activeAction().text() == ActivityKind.BRANCH_GENERAL.value
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert made == [ActivityKind.BRANCH_GENERAL]


def widgets_in_forms_without(classes: tuple[str, ...], name: str, value: str) -> list[str]:
    """The widgets of those classes in forms/*.ui that do not set property `name` to `value`."""
    import xml.etree.ElementTree as ElementTree

    forms = Path(__file__).resolve().parents[1] / "forms"
    return [
        f"{form.name}: {widget.get('name')}"
        for form in sorted(forms.glob("*.ui"))
        for widget in ElementTree.parse(form).iter("widget")
        if widget.get("class") in classes
        and not any(
            prop.get("name") == name and prop.findtext("bool") == value
            for prop in widget.findall("property")
        )
    ]


def test_tab_leaves_every_text_box_of_every_form() -> None:
    """A secretary moves through a form with Tab; a tab character in minutes is never wanted."""
    keeping_tab = widgets_in_forms_without(
        ("QPlainTextEdit", "QTextEdit"), "tabChangesFocus", "true"
    )
    assert keeping_tab == []


def test_tab_in_the_minutes_moves_on_to_the_decisions(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    from dangwu_desktop.core.glossary import ActivityKind
    from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog

    dialog = ActivityDialog(context, None, ActivityKind.BRANCH_GENERAL)
    qtbot.addWidget(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.minutesEdit.parentWidget())
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.ui.minutesEdit.setFocus()
    before = dialog.ui.minutesEdit.toPlainText()
    qtbot.keyClick(dialog.ui.minutesEdit, Qt.Key.Key_Tab)
    assert dialog.ui.minutesEdit.toPlainText() == before
    assert dialog.ui.decisionsEdit.hasFocus()
    dialog.mark_saved()


def test_tab_leaves_every_table_of_every_form() -> None:
    """Tab goes on to the next control (arrow keys move between cells): a table that kept Tab
    for its cells trapped the keyboard in a meeting's 59-row attendance list."""
    keeping_tab = widgets_in_forms_without(
        ("QTableWidget", "QTableView"), "tabKeyNavigation", "false"
    )
    assert keeping_tab == []


def test_the_keyboard_gets_out_of_the_attendance_list(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    from dangwu_desktop.core.glossary import ActivityKind
    from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog

    with context.database.transaction() as session:
        member_service.add_member(session, member(), TODAY)
    dialog = ActivityDialog(context, None, ActivityKind.BRANCH_GENERAL)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    table = dialog.ui.attendanceTable
    dialog.ui.tabs.setCurrentWidget(table.parentWidget())
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()  # on to the next control
    table.setFocus()
    attendance_tab = dialog.ui.tabs.currentIndex()
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.tabs.currentIndex() == attendance_tab + 1  # Ctrl+Tab: the next tab


def test_a_record_just_made_is_selected_with_the_keyboard_on_it(
    qtbot: QtBot, context: AppContext, branch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After 保存 the list holds the keyboard, on the new record: Ctrl+P prints it."""
    from dangwu_desktop.core.activity_rules import ActivityDraft
    from dangwu_desktop.core.glossary import ActivityKind
    from dangwu_desktop.core.services import activities
    from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog

    def saved_at_once(dialog: ActivityDialog) -> int:
        draft: ActivityDraft = dialog.draft()
        with context.database.transaction() as session:
            dialog.saved_id = activities.save_activity(session, draft, TODAY).id
        return 1

    monkeypatch.setattr(ActivityDialog, "exec", saved_at_once)
    with context.database.transaction() as session:
        member_service.add_member(session, member(), TODAY)
    window = window_on(context, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page("activities")
    page.ui.views.setCurrentIndex(1)  # type: ignore[attr-defined]  # on 年度完成情况
    page.new_record(ActivityKind.THEME_DAY)  # type: ignore[attr-defined]
    table = page.ui.table  # type: ignore[attr-defined]
    assert table.isVisible() and table.hasFocus()
    assert page.selected_id() is not None  # type: ignore[attr-defined]
