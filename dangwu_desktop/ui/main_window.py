"""The main window: a sidebar of the registered pages and the page shown beside it (the pages of a
sidebar group, the 专项台账, as tabs above it).

The window is built in two steps so that it paints before the database and its libraries load:
`MainWindow(settings=..., demo=...)` is the shell (title, sidebar, menus, 正在打开…), and
`attach(context)` fills it. `MainWindow(context)` does both at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from dangwu_desktop import __version__
from dangwu_desktop.ui.forms.ui_main_window import Ui_MainWindow
from dangwu_desktop.ui.pages import CATALOGUE, SIDEBAR, Page, page_class, sidebar_row
from dangwu_desktop.ui.screen_fit import TITLE_BAR, fitted_size

if TYPE_CHECKING:
    from dangwu_desktop.ui.context import AppContext

GEOMETRY_KEY = "main/geometry"
TITLE = "党务台账"
DEMO_TITLE = "党务台账 — 演示数据（请勿录入真实数据）"
OPENING = "正在打开…"
NAVIGATION_STYLE = """
QListWidget#navigationList { background: #a61b1b; color: #ffffff; font-size: 15px; padding-top: 8px;
    border: none; outline: 0; }
QListWidget#navigationList::item { padding: 8px 18px; }
QListWidget#navigationList::item:selected { background: #ffffff; color: #a61b1b; }
QListWidget#navigationList:focus { border-right: 3px solid #fbbf24; }
"""
GROUP_TABS_STYLE = "QTabBar::tab { padding: 6px 18px; font-size: 14px; }"


# The keys of the sidebar's rows, in order: the digit row from left to right.
PAGE_DIGITS = "1234567890"
GROUP_PAGE_INDENT = "　"  # a grouped page's entry in the 页面 menu, under its group's


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        navigation = self.ui.navigationList
        navigation.setStyleSheet(NAVIGATION_STYLE)
        navigation.setIconSize(QSize(0, 0))
        navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._built: dict[str, Page] = {}
        self._frames: dict[str, QScrollArea] = {}
        self._stale: set[str] = set()
        self._chosen: dict[int, str] = {}  # a group's row: the page of it shown last
        for entry in SIDEBAR:
            QListWidgetItem(entry.title, navigation)
        self._add_group_tabs()
        self._opening = QLabel(OPENING)
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._opening.setStyleSheet("color:#666; font-size:18px")
        self.ui.pageStack.addWidget(self._opening)
        self._add_page_actions()
        self._add_file_actions()
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self._about)
        self.ui.ruleBookAction.triggered.connect(self._rule_book)
        self.ui.openDataFolderAction.triggered.connect(self._open_data_folder)
        self.ui.exportPackageAction.triggered.connect(self._export_package)
        self.ui.importPackageAction.triggered.connect(self._import_packages)
        self.ui.newAction.triggered.connect(lambda: self.current_page().new_item())
        self.ui.printAction.triggered.connect(lambda: self.current_page().print_selection())
        self.ui.refreshAction.triggered.connect(self.refresh)
        self._mark_demo(demo or bool(context and context.demo))
        self._place(context.settings if context else settings)
        # Until the data is open there is nothing to show or act on.
        self._set_usable(False)
        # The first page is built when the window is shown, unless another is chosen before that:
        # a start straight into the roster does not pay for the 首页.
        navigation.blockSignals(True)
        navigation.setCurrentRow(0)
        navigation.blockSignals(False)
        navigation.currentRowChanged.connect(self._show_row)
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """Fill the shell with the branch's data; the current page loads at once if shown."""
        self.context = context
        self._mark_demo(context.demo or self.ui.demoBanner.isVisibleTo(self))
        self.ui.statusBar.showMessage(f"数据库：{context.database.location}")
        self._set_usable(True)
        if self.isVisible():
            self._show_row(self.ui.navigationList.currentRow())

    def _set_usable(self, usable: bool) -> None:
        self.ui.navigationList.setEnabled(usable)
        for action in self._page_actions:
            action.setEnabled(usable)
        for action in (
            self.ui.refreshAction,
            self.ui.openDataFolderAction,
            self.ui.exportPackageAction,
            self.ui.importPackageAction,
            *self._file_actions,
        ):
            action.setEnabled(usable)
        self._update_page_actions()

    def _mark_demo(self, demo: bool) -> None:
        self.setWindowTitle(DEMO_TITLE if demo else TITLE)
        self.ui.demoBanner.setVisible(demo)

    def _place(self, settings: QSettings | None) -> None:
        """Where the window last was; on a first start a size that fits the screen."""
        geometry = settings.value(GEOMETRY_KEY) if settings is not None else None
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        width, height = fitted_size(self, self.width(), self.height())
        self.resize(width, height)
        self.move(
            available.x() + (available.width() - width) // 2,
            available.y() + max((available.height() - height - TITLE_BAR) // 2, 0),
        )

    # Menus and shortcuts

    def _add_group_tabs(self) -> None:
        """The tabs of a sidebar group's pages, above the page shown (hidden for other pages)."""
        stack, layout = self.ui.pageStack, self.ui.centralLayout
        index = layout.indexOf(stack)
        layout.removeWidget(stack)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.setContentsMargins(0, 0, 0, 0)
        self.groupTabs = QTabBar(self)
        self.groupTabs.setObjectName("groupTabs")
        self.groupTabs.setStyleSheet(GROUP_TABS_STYLE)
        self.groupTabs.setExpanding(False)
        self.groupTabs.setVisible(False)
        column.addWidget(self.groupTabs)
        column.addWidget(stack)
        layout.insertLayout(index, column)
        self._tabs_row = -1  # the sidebar row whose pages the tabs show
        self.groupTabs.currentChanged.connect(self._tab_chosen)

    def _add_page_actions(self) -> None:
        """页面 menu: each sidebar row by Ctrl+1 … Ctrl+9, then Ctrl+0, in order (the digits as
        they lie on the keyboard), a group's pages listed under it; the sidebar takes focus."""
        menu, first = self.ui.viewMenu, self.ui.viewMenu.actions()[0]
        self._page_actions: list[QAction] = []

        def add(text: str, go: Callable[[], object], row: int | None = None) -> None:
            action = QAction(text, self)
            if row is not None and row < len(PAGE_DIGITS):
                action.setShortcut(f"Ctrl+{PAGE_DIGITS[row]}")
            action.triggered.connect(lambda _checked=False: go())
            menu.insertAction(first, action)
            self._page_actions.append(action)

        for row, entry in enumerate(SIDEBAR):
            if not entry.grouped:
                add(entry.title, partial(self.go_to, entry.pages[0].name), row)
                continue
            add(entry.title, partial(self._go_to_row, row), row)
            for page in entry.pages:
                add(f"{GROUP_PAGE_INDENT}{page.title}", partial(self.go_to, page.name))
        menu.insertSeparator(first)

    def _add_file_actions(self) -> None:
        menu = self.ui.fileMenu
        first = self.ui.exportPackageAction
        self._file_actions: list[QAction] = []
        for entry in CATALOGUE:
            for text, method in entry.file_actions:
                action = QAction(text, self)
                action.triggered.connect(
                    lambda _checked=False, n=entry.name, m=method: getattr(self.show_page(n), m)()
                )
                menu.insertAction(first, action)
                self._file_actions.append(action)
        if self._file_actions:
            menu.insertSeparator(first)
        binder = QAction("生成年度台账档案…", self)
        binder.triggered.connect(self._make_binder)
        menu.insertAction(first, binder)
        menu.insertSeparator(first)
        self._file_actions.append(binder)

    def _update_page_actions(self) -> None:
        page = self._built.get(self._current_name()) if self.context else None
        for action, method in (
            (self.ui.newAction, "new_item"),
            (self.ui.printAction, "print_selection"),
        ):
            action.setEnabled(page is not None and page.offers(method))

    def _go_to_row(self, row: int) -> Page:
        """A group's sidebar row: the page of it shown last."""
        return self.go_to(self._chosen_in(row))

    def go_to(self, name: str) -> Page:
        """Show a page and put the keyboard on the sidebar, from where Tab enters the page."""
        page = self.show_page(name)
        self.ui.navigationList.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return page

    def refresh(self) -> None:
        """F5: read the current page again from the database."""
        if self.context is not None:
            self.current_page().load()
            self._stale.discard(self._current_name())

    # Pages

    def page(self, name: str) -> Page:
        """The page of that CATALOGUE name, built (but not loaded) on first use."""
        page = self._built.get(name)
        if page is None:
            if self.context is None:
                raise RuntimeError("the window's data is not open yet")
            page = page_class(name)(self.context, self)
            self._built[name] = page
            self._stale.add(name)
            # A page taller or wider than the screen scrolls instead of growing the window.
            frame = QScrollArea(self)
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            frame.setWidget(page)
            self._frames[name] = frame
            self.ui.pageStack.addWidget(frame)
            page.data_changed.connect(lambda source=name: self._mark_others_stale(source))
            page.open_member.connect(self.show_member)
            page.open_page.connect(self.show_page)
            page.open_item.connect(self.show_item)
        return page

    def current_page(self) -> Page:
        return self.page(self._current_name())

    def shown_page(self) -> Page | None:
        """The page on screen; None while the shell still says 正在打开…."""
        frame = self.ui.pageStack.currentWidget()
        return next((self._built[n] for n, f in self._frames.items() if f is frame), None)

    def built_pages(self) -> list[str]:
        """The pages built so far (each is built when first shown)."""
        return list(self._built)

    def _chosen_in(self, row: int) -> str:
        """The page a sidebar row shows: its page, or the one of its group shown last."""
        return self._chosen.get(row, SIDEBAR[row].pages[0].name)

    def _current_name(self) -> str:
        return self._chosen_in(max(self.ui.navigationList.currentRow(), 0))

    def show_page(self, name: str) -> Page:
        row = sidebar_row(name)
        if SIDEBAR[row].grouped:
            self._chosen[row] = name
        if self.ui.navigationList.currentRow() == row:
            self._display(name)  # the first page before the window is shown, or another tab
        else:
            self.ui.navigationList.setCurrentRow(row)
        return self._built[name]

    def show_item(self, name: str, item: int) -> None:
        """Show a page with one of its rows selected (a 发展党员 file from the 首页)."""
        self.show_page(name).show_item(item)

    def _show_row(self, row: int) -> None:
        if row >= 0 and self.context is not None:
            self._display(self._chosen_in(row))

    def _display(self, name: str) -> None:
        page = self.page(name)
        if name in self._stale:
            page.load()
            self._stale.discard(name)
        self.ui.pageStack.setCurrentWidget(self._frames[name])
        self._show_group_tabs(name)
        self._update_page_actions()

    def _show_group_tabs(self, name: str) -> None:
        """The tabs of the group `name` belongs to, on its tab (none for a page of its own)."""
        row = sidebar_row(name)
        entry = SIDEBAR[row]
        tabs = self.groupTabs
        tabs.blockSignals(True)
        if row != self._tabs_row:
            while tabs.count():
                tabs.removeTab(0)
            if entry.grouped:
                for page in entry.pages:
                    tabs.addTab(page.title)
            self._tabs_row = row
        if entry.grouped:
            tabs.setCurrentIndex(next(i for i, p in enumerate(entry.pages) if p.name == name))
        tabs.blockSignals(False)
        tabs.setVisible(entry.grouped)

    def _tab_chosen(self, index: int) -> None:
        if self._tabs_row >= 0 and index >= 0 and self.context is not None:
            self.show_page(SIDEBAR[self._tabs_row].pages[index].name)

    def group_tab_titles(self) -> list[str]:
        """The tabs shown above the page (a sidebar group's pages), for tests and screenshots."""
        if not self.groupTabs.isVisibleTo(self):
            return []
        return [self.groupTabs.tabText(i) for i in range(self.groupTabs.count())]

    def showEvent(self, event: QShowEvent) -> None:
        self._show_row(self.ui.navigationList.currentRow())
        super().showEvent(event)

    def _mark_others_stale(self, source: str) -> None:
        self._stale |= self._built.keys() - {source}

    def show_member(self, member_id: int) -> None:
        from dangwu_desktop.ui.pages.roster import RosterPage

        roster = self.show_page("roster")
        assert isinstance(roster, RosterPage)
        roster.show_member(member_id)
        roster.edit_member(member_id)

    def _make_binder(self) -> None:
        """文件 → 生成年度台账档案: the year's archive for an inspection (迎检)."""
        if self.context is None:
            return
        from dangwu_desktop.ui.binder_action import make_year_binder

        make_year_binder(self, self.context)

    def _rule_book(self) -> None:
        if self.context is None:
            return  # the data is still being opened
        from dangwu_desktop.ui.dialogs.rule_book_dialog import RuleBookDialog

        RuleBookDialog(self.context, self).exec()

    def _about(self) -> None:
        database = self.context.database if self.context else None
        where = (
            f"数据在{database.location}。"
            if database is not None and database.file_path is None
            else f"离线使用，数据保存在本机：<br>{database.location if database else ''}"
        )
        QMessageBox.about(
            self,
            "关于党务台账",
            f"<b>党务台账</b> {__version__}<br>村党支部党员花名册、组织生活与学习培训记录。<br>"
            + where,
        )

    def _export_package(self) -> None:
        if self.context is None:
            return  # the data is still being opened
        from dangwu_desktop.ui.dialogs.package_dialog import PackageDialog

        PackageDialog(self.context, self).exec()

    def _import_packages(self) -> None:
        if self.context is None:
            return
        from dangwu_desktop.ui.dialogs.import_package_dialog import (
            ImportPackageDialog,
            keep_window_on_its_branch,
        )

        keep_window_on_its_branch(self.context)
        dialog = ImportPackageDialog(self.context, self)
        dialog.exec()
        if dialog.imported_any:
            self.refresh()

    def _open_data_folder(self) -> None:
        path = self.context.database.file_path if self.context else None
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.close_allowed() for page in self._built.values()):
            event.ignore()
            return
        if self.context is not None:
            self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self.context.settings.sync()
        super().closeEvent(event)
