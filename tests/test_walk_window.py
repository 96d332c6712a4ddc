"""The walk: the real main window on the demo village, every page chosen in the sidebar, every
action of every menu, toolbar and page button used, each dialog it opens answered cautiously
(tests/modal.py: questions No, dialogs 取消, print previews rendered and closed).

It fails on a crash, on a Python exception (pytest-qt fails a test whose slots raised), on a
dialog that does not close when cancelled, and on any window or dialog that cannot be shown
whole on a 1280×720 screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.main_window import GROUP_PAGE_INDENT, PAGE_DIGITS, MainWindow
from dangwu_desktop.ui.pages import CATALOGUE, SIDEBAR, sidebar_row
from tests.conftest import TODAY
from tests.modal import Answerer, too_large

LEAVES = {"退出"}  # the walk stays in the program


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    # A file chooser cancelled at once (the native ones cannot be answered from a test);
    # folders are not opened in a file manager.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: True)
    main = MainWindow(context)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):  # the page shortcuts reach the active window
        main.show()
        main.activateWindow()
    return main


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def window_actions(window: MainWindow) -> list[QAction]:
    actions = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            actions += menu_actions(top.menu())
    for toolbar in window.findChildren(QToolBar):
        actions += [a for a in toolbar.actions() if not a.isSeparator()]
    return list(dict.fromkeys(actions))


def page_controls(page: QWidget) -> list[QAction | QAbstractButton]:
    """What a user can press on the page as it stands: its visible, enabled buttons (a button
    with a menu stands for the menu's actions) and the actions of its toolbars."""
    controls: list[QAction | QAbstractButton] = []
    for button in page.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QToolButton):
            continue
        if not (button.isVisibleTo(page) and button.isEnabled()):
            continue
        if button.menu() is not None:
            controls += menu_actions(button.menu())
        elif isinstance(button, QToolButton) and button.defaultAction() is not None:
            controls.append(button.defaultAction())
        else:
            controls.append(button)
    for toolbar in page.findChildren(QToolBar):
        controls += [a for a in toolbar.actions() if not a.isSeparator()]
    return list(dict.fromkeys(controls))


def select_first_rows(page: QWidget) -> None:
    """Pick the first row of every list and table the page shows, as a user picks a record
    before 打开, 删除 or 打印所选记录."""
    for view in page.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or part_of_a_box(view, page):
            continue  # a header shares its table's selection; a box's list is its own affair
        model = view.model()
        if model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            if isinstance(view, QTableView):
                view.selectRow(0)


def part_of_a_box(widget: QWidget, page: QWidget) -> bool:
    """Whether `widget` is the inner list of a combo box or date box on `page`."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QComboBox | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def tabs_of(page: QWidget) -> Iterator[str]:
    """Show each tab of the page in turn (its controls are pressed while it shows)."""
    yield ""
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isVisibleTo(page) and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"（{tabs.tabText(index)}）"


def name_of(control: QAction | QAbstractButton) -> str:
    return control.text().replace("&", "") or control.objectName()


def use(control: QAction | QAbstractButton) -> None:
    if isinstance(control, QAction):
        control.trigger()
    else:
        control.click()
    QApplication.processEvents()
    while (popup := QApplication.activePopupWidget()) is not None:  # a calendar or menu opened
        popup.close()  # as Esc closes it
        QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def choose_by_shortcut(qtbot: QtBot, window: MainWindow, row: int) -> QWidget:
    """Ctrl+1 … Ctrl+9, Ctrl+0, in sidebar order, as the 页面 menu lists them; a page after
    those, or a tab of a sidebar group (the 专项台账), from the 页面 menu, where it is listed by
    name under its group."""
    window.activateWindow()  # back from the last dialog
    qtbot.waitUntil(window.isActiveWindow)
    entry = CATALOGUE[row]
    place = sidebar_row(entry.name)
    if place < len(PAGE_DIGITS) and not SIDEBAR[place].grouped:
        key = getattr(Qt.Key, f"Key_{PAGE_DIGITS[place]}")
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    else:
        title = f"{GROUP_PAGE_INDENT}{entry.title}" if SIDEBAR[place].grouped else entry.title
        next(a for a in window.ui.viewMenu.actions() if a.text() == title).trigger()
    page = window.shown_page()
    assert page is window.page(entry.name), entry.title
    return page


def windows_too_large() -> list[str]:
    return [
        problem
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and (problem := too_large(widget)) is not None
    ]


def test_walking_every_page_and_every_action_of_the_demo_village(
    qtbot: QtBot, window: MainWindow
) -> None:
    used: list[str] = []
    shown: list[str] = []  # every tab of every page, as it was shown
    done: set[QAction | QAbstractButton] = set()
    oversized: dict[str, str] = {}  # each problem, with the step that first showed it

    def measure(step: str) -> None:
        for problem in windows_too_large():
            oversized.setdefault(problem, step)

    with Answerer() as answerer:
        for row, entry in enumerate(CATALOGUE):
            page = choose_by_shortcut(qtbot, window, row)
            measure(entry.title)
            for tab in tabs_of(page):
                shown.append(f"{entry.title}{tab}")
                measure(shown[-1])
                for control in page_controls(page):
                    if name_of(control) in LEAVES or control in done:
                        continue
                    done.add(control)
                    select_first_rows(page)
                    used.append(f"{entry.title}{tab} → {name_of(control)}")
                    use(control)
                    measure(used[-1])
        for action in window_actions(window):
            if name_of(action) in LEAVES:
                continue
            used.append(f"菜单 → {name_of(action)}")
            use(action)
            measure(used[-1])

    assert not answerer.stuck, f"dialogs that did not close when cancelled: {answerer.stuck}"
    # The walk reached what it was meant to: every page, the print previews, the menus.
    assert len(answerer.previews) == 7, (
        answerer.previews
    )  # 所选记录, 某月, 本年, 培训台账, 党费登记簿, 选票, 计票单
    assert all(pages >= 1 for _title, pages in answerer.previews), answerer.previews
    assert any(u.startswith("菜单 → ") for u in used) and len(used) > 40, used
    assert "没有可输出的记录" not in str(answerer.seen), answerer.seen
    assert "组织生活（谈心谈话覆盖）" in shown, shown
    assert "ActivityDialog: 新建谈心谈话记录" in answerer.seen, answerer.seen  # with its 谈话记录
    # 发展党员: 新增, 编辑档案, 登记步骤 (for the first person), 步骤设置. (删除步骤 is enabled
    # only with a recorded step chosen below; tests/test_gui_development.py asks it.)
    for dialog in ("PersonDialog: 新增入党申请人", "PersonDialog: 编辑发展党员档案",
                   "StepsDialog: 发展党员步骤设置"):  # fmt: skip
        assert dialog in answerer.seen, answerer.seen
    assert any(seen.startswith("StepDialog: ") for seen in answerer.seen), answerer.seen
    # 生成年度台账档案 asks its year (then no folder is given); the roster's registers theirs.
    for asked in ("生成年度台账档案", "导出年度登记表", "党员日常管理记实表"):
        assert f"QInputDialog: {asked}" in answerer.seen, (asked, answerer.seen)
    # The 流动党员 page: both tabs, and every dialog its buttons open.
    assert any(s.startswith("流动党员（流入党员（") for s in shown), shown
    for dialog in ("ContactDialog: 登记联系", "ContactDialog: 修改联系记录", "StintDialog: 流出登记",
                   "StintDialog: 修改流出登记", "EndDialog: 结束外出", "LostDialog: 登记失联",
                   "IncomingDialog: 流入党员登记", "PartDialog: 流入党员参加活动",
                   "EndDialog: 流入党员离开"):  # fmt: skip
        assert dialog in answerer.seen, (dialog, answerer.seen)
    # The 三张清单 page: every dialog its buttons open (销号 refuses an item not yet done, in its
    # dialog; 撤销销号 is asked only of a 销号 item, tests/test_gui_lists.py asks it).
    for dialog in ("ItemDialog: 新增问题清单事项", "ItemDialog: 修改问题清单事项",
                   "ProgressDialog: 登记进展", "CloseDialog: 销号",
                   "MeetingDialog: 从组织生活会生成整改事项"):  # fmt: skip
        assert dialog in answerer.seen, (dialog, answerer.seen)
    assert "PackageDialog: 导出上报数据包" in answerer.seen, answerer.seen  # 文件 menu
    assert "ImportPackageDialog: 导入上报数据包" in answerer.seen, answerer.seen
    for problem in answerer.oversized:
        oversized.setdefault(problem, "(a dialog)")
    assert not oversized, "larger than a 1280×720 screen:\n" + "\n".join(
        f"{problem} (after {step})" for problem, step in oversized.items()
    )
