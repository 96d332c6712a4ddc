"""The sidebar's pages: the window's own and those the ledgers declare, in one catalogue; each
page's module is imported, and the page built, only when it is first shown (a start straight into
the roster builds one page). The sidebar's rows (SIDEBAR) are the catalogue's pages, except that
the pages of a group (the 专项台账) share a row and show as tabs."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from dangwu_desktop.ledgers import SidebarPage, sidebar_pages

if TYPE_CHECKING:  # the window's shell paints before SQLAlchemy and the services are loaded
    from dangwu_desktop.core.services import Operation
    from dangwu_desktop.ui.context import AppContext


# The window's own pages; the ledgers declare theirs (ledgers.sidebar_pages()).
SHELL_PAGES = (
    SidebarPage("home", "首页", 0, f"{__name__}.home"),
    SidebarPage("audit", "操作日志", 80, f"{__name__}.audit"),
    SidebarPage("settings", "设置", 90, f"{__name__}.settings"),
)
CATALOGUE: tuple[SidebarPage, ...] = tuple(
    sorted((*SHELL_PAGES, *sidebar_pages()), key=lambda page: page.position)
)


@dataclass(frozen=True, slots=True)
class SidebarEntry:
    """One row of the sidebar: a page, or a group of pages (SidebarPage.group) shown as tabs."""

    title: str
    pages: tuple[SidebarPage, ...]

    @property
    def grouped(self) -> bool:
        return bool(self.pages[0].group)


def sidebar_entries(pages: tuple[SidebarPage, ...]) -> tuple[SidebarEntry, ...]:
    """The sidebar's rows: each page on its own, except that the pages of a group share one row,
    named after the group, where its first page would be."""
    entries: list[SidebarEntry] = []
    rows: dict[str, int] = {}
    for page in pages:
        if not page.group:
            entries.append(SidebarEntry(page.title, (page,)))
        elif page.group in rows:
            row = rows[page.group]
            entries[row] = SidebarEntry(page.group, (*entries[row].pages, page))
        else:
            rows[page.group] = len(entries)
            entries.append(SidebarEntry(page.group, (page,)))
    return tuple(entries)


SIDEBAR = sidebar_entries(CATALOGUE)


def sidebar_row(name: str) -> int:
    """The sidebar row that shows the page of that CATALOGUE name."""
    return next(
        row for row, entry in enumerate(SIDEBAR) if any(p.name == name for p in entry.pages)
    )


_REGISTRY: dict[str, type[Page]] = {}


class Page(QWidget):
    """A sidebar page. `load()` refreshes it from the database each time it is shown stale."""

    NAME: ClassVar[str]  # its CATALOGUE entry's name

    data_changed = Signal()  # this page changed records other pages may show
    open_member = Signal(int)  # ask the main window to show a member in the roster
    open_page = Signal(str)  # ask the main window to show another page, by NAME
    open_item = Signal(str, int)  # … and on it one of its rows (show_item)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def load(self) -> None:
        raise NotImplementedError

    def show_item(self, item: int) -> None:
        """Show one of the page's rows selected (a 首页 reminder's `item`); a page without
        rows of its own to show is simply shown."""

    # What 文件 → 新建 (Ctrl+N) and 打印 (Ctrl+P) do on this page; a page that makes or prints
    # nothing leaves them out, and the window greys the actions out.
    def new_item(self) -> None:
        raise NotImplementedError

    def print_selection(self) -> None:
        raise NotImplementedError

    def offers(self, method: str) -> bool:
        """Whether this page implements `new_item` or `print_selection`."""
        return getattr(type(self), method) is not getattr(Page, method)

    def close_allowed(self) -> bool:
        """Asked before the window closes: a page holding typed text not yet saved asks
        保存 / 不保存 / 取消, and returns False for 取消 or a failed save."""
        return True

    def run_operation(self, operation: Operation) -> bool:
        """One user operation in one transaction; a refusal is shown, and False returned."""
        from dangwu_desktop.core.services import ServiceError
        from dangwu_desktop.ui.dialogs import refusal_lines

        try:
            with self.context.database.transaction() as session:
                operation(session)
        except ServiceError as exc:
            QMessageBox.warning(self, "无法完成", "\n".join(refusal_lines(exc)))
            return False
        return True


def drop_down(button: QPushButton) -> None:
    """Open a button's menu from the keyboard (Ctrl+N), its first entry active for Enter."""
    menu = button.menu()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    menu.setActiveAction(menu.actions()[0])


def register_page(page: type[Page]) -> type[Page]:
    _REGISTRY.setdefault(page.NAME, page)
    return page


def page_class(name: str) -> type[Page]:
    """The Page class for a CATALOGUE name, importing its module on first use."""
    if name not in _REGISTRY:
        importlib.import_module(next(page.module for page in CATALOGUE if page.name == name))
    return _REGISTRY[name]
