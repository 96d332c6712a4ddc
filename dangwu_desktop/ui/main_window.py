"""The main window: a sidebar of the registered pages and the page shown beside it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from dangwu_desktop import __version__
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.forms.ui_main_window import Ui_MainWindow
from dangwu_desktop.ui.pages import Page, page_classes

GEOMETRY_KEY = "main/geometry"
NAVIGATION_STYLE = """
QListWidget#navigationList { background: #a61b1b; color: #ffffff; font-size: 15px; padding-top: 8px;
    border: none; outline: 0; }
QListWidget#navigationList::item { padding: 12px 18px; }
QListWidget#navigationList::item:selected { background: #ffffff; color: #a61b1b; }
"""


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.navigationList.setStyleSheet(NAVIGATION_STYLE)
        self.ui.navigationList.setIconSize(QSize(0, 0))
        self.ui.navigationList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages: list[Page] = []
        self._stale: set[str] = set()
        for page_class in page_classes():
            self._add_page(page_class(context, self))
        first = self.ui.fileMenu.actions()[0] if self.ui.fileMenu.actions() else None
        for page in self.pages:
            for action in page.file_actions():
                action.triggered.connect(lambda _checked=False, p=page: self.show_page(p.NAME))
                self.ui.fileMenu.insertAction(first, action)
        if first is not None and any(page.file_actions() for page in self.pages):
            self.ui.fileMenu.insertSeparator(first)
        self.ui.navigationList.currentRowChanged.connect(self._show_page)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self._about)
        self.ui.openDataFolderAction.triggered.connect(self._open_data_folder)
        self.ui.statusBar.showMessage(f"数据库：{context.database.location}")
        geometry = context.settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._stale = {page.NAME for page in self.pages}
        # The first page is loaded when the window is shown (or another page is chosen before
        # that): a start straight into the roster does not pay for the 首页's figures.
        self.ui.navigationList.blockSignals(True)
        self.ui.navigationList.setCurrentRow(0)
        self.ui.navigationList.blockSignals(False)
        self.ui.pageStack.setCurrentWidget(self.pages[0])

    def _add_page(self, page: Page) -> None:
        self.pages.append(page)
        self.ui.pageStack.addWidget(page)
        QListWidgetItem(page.TITLE, self.ui.navigationList)
        page.data_changed.connect(lambda source=page: self._mark_others_stale(source))
        page.open_member.connect(self.show_member)
        page.open_page.connect(self.show_page)

    def page(self, name: str) -> Page:
        return next(page for page in self.pages if name == page.NAME)

    def show_page(self, name: str) -> Page:
        page = self.page(name)
        self.ui.navigationList.setCurrentRow(self.pages.index(page))
        self._load_if_stale(page)  # already the current row (the first page before showing)
        return page

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[row]
        self._load_if_stale(page)
        self.ui.pageStack.setCurrentWidget(page)

    def _load_if_stale(self, page: Page) -> None:
        if page.NAME in self._stale:
            page.load()
            self._stale.discard(page.NAME)

    def showEvent(self, event: QShowEvent) -> None:
        current = self.ui.pageStack.currentWidget()
        if isinstance(current, Page):
            self._load_if_stale(current)
        super().showEvent(event)

    def _mark_others_stale(self, source: Page) -> None:
        self._stale |= {page.NAME for page in self.pages if page is not source}

    def show_member(self, member_id: int) -> None:
        from dangwu_desktop.ui.pages.roster import RosterPage

        roster = self.show_page(RosterPage.NAME)
        assert isinstance(roster, RosterPage)
        roster.show_member(member_id)
        roster.edit_member(member_id)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "关于党务台账",
            f"<b>党务台账</b> {__version__}<br>村党支部党员花名册、组织生活与学习培训记录。<br>"
            f"离线使用，数据保存在本机：<br>{self.context.database.location}",
        )

    def _open_data_folder(self) -> None:
        path = self.context.database.file_path
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.context.settings.sync()
        super().closeEvent(event)
