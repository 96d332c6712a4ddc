"""The main window: a sidebar of the registered pages and the page shown beside it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from dangwu_desktop import __version__
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.forms.ui_main_window import Ui_MainWindow
from dangwu_desktop.ui.pages import CATALOGUE, Page, page_class

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
        self._built: dict[str, Page] = {}
        self._stale: set[str] = set()
        for entry in CATALOGUE:
            QListWidgetItem(entry.title, self.ui.navigationList)
        self._add_file_actions()
        self.ui.navigationList.currentRowChanged.connect(self._show_row)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self._about)
        self.ui.openDataFolderAction.triggered.connect(self._open_data_folder)
        self.ui.statusBar.showMessage(f"数据库：{context.database.location}")
        geometry = context.settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        # The first page is built when the window is shown, unless another is chosen before that:
        # a start straight into the roster does not pay for the 首页.
        self.ui.navigationList.blockSignals(True)
        self.ui.navigationList.setCurrentRow(0)
        self.ui.navigationList.blockSignals(False)

    def _add_file_actions(self) -> None:
        menu = self.ui.fileMenu
        first = menu.actions()[0] if menu.actions() else None
        for entry in CATALOGUE:
            for text, method in entry.file_actions:
                action = QAction(text, self)
                action.triggered.connect(
                    lambda _checked=False, n=entry.name, m=method: getattr(self.show_page(n), m)()
                )
                menu.insertAction(first, action)
        if first is not None and any(entry.file_actions for entry in CATALOGUE):
            menu.insertSeparator(first)

    def page(self, name: str) -> Page:
        """The page of that CATALOGUE name, built (but not loaded) on first use."""
        page = self._built.get(name)
        if page is None:
            page = page_class(name)(self.context, self)
            self._built[name] = page
            self._stale.add(name)
            self.ui.pageStack.addWidget(page)
            page.data_changed.connect(lambda source=name: self._mark_others_stale(source))
            page.open_member.connect(self.show_member)
            page.open_page.connect(self.show_page)
        return page

    def show_page(self, name: str) -> Page:
        row = next(row for row, entry in enumerate(CATALOGUE) if entry.name == name)
        if self.ui.navigationList.currentRow() == row:
            self._display(name)  # the first page before the window is shown
        else:
            self.ui.navigationList.setCurrentRow(row)
        return self._built[name]

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self._display(CATALOGUE[row].name)

    def _display(self, name: str) -> None:
        page = self.page(name)
        if name in self._stale:
            page.load()
            self._stale.discard(name)
        self.ui.pageStack.setCurrentWidget(page)

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
        if not all(page.close_allowed() for page in self._built.values()):
            event.ignore()
            return
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.context.settings.sync()
        super().closeEvent(event)
