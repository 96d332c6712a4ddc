"""The sidebar's pages: one catalogue of names and titles; each page's module is imported, and the
page built, only when it is first shown (a start straight into the roster builds one page)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:  # the window's shell paints before SQLAlchemy and the services are loaded
    from dangwu_desktop.core.services import Operation
    from dangwu_desktop.ui.context import AppContext


@dataclass(frozen=True)
class PageEntry:
    """A sidebar page: `name` is also its module in this package, which registers the Page class."""

    name: str
    title: str
    file_actions: tuple[tuple[str, str], ...] = ()  # (文件 menu text, Page method it runs)


CATALOGUE: tuple[PageEntry, ...] = (
    PageEntry("home", "首页"),
    PageEntry(
        "roster",
        "花名册",
        (
            ("导入花名册…", "import_roster"),
            ("导出花名册（全部在册党员）…", "export_all"),
            ("导出当前列表（按当前查找和筛选）…", "export_shown"),
        ),
    ),
    PageEntry("activities", "组织生活"),
    PageEntry("training", "学习培训"),
    PageEntry("statistics", "统计"),
    PageEntry("reports", "报表"),
    PageEntry("audit", "操作日志"),
    PageEntry("settings", "设置"),
)
_REGISTRY: dict[str, type[Page]] = {}


class Page(QWidget):
    """A sidebar page. `load()` refreshes it from the database each time it is shown stale."""

    NAME: ClassVar[str]  # its CATALOGUE entry's name

    data_changed = Signal()  # this page changed records other pages may show
    open_member = Signal(int)  # ask the main window to show a member in the roster
    open_page = Signal(str)  # ask the main window to show another page, by NAME

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def load(self) -> None:
        raise NotImplementedError

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
        importlib.import_module(f"{__name__}.{name}")
    return _REGISTRY[name]
