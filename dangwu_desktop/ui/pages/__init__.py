"""Sidebar pages declare themselves: each module registers its Page subclass at its end."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.ui.context import AppContext

_REGISTRY: list[type[Page]] = []


class Page(QWidget):
    """A sidebar page. `load()` refreshes it from the database each time it is shown stale."""

    NAME: ClassVar[str]
    TITLE: ClassVar[str]
    SORT_ORDER: ClassVar[int]

    data_changed = Signal()  # this page changed records other pages may show
    open_member = Signal(int)  # ask the main window to show a member in the roster
    open_page = Signal(str)  # ask the main window to show another page, by NAME

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def load(self) -> None:
        raise NotImplementedError

    def run_operation(self, operation: Callable[[Session], object]) -> bool:
        """One user operation in one transaction; a refusal is shown, and False returned."""
        try:
            with self.context.database.transaction() as session:
                operation(session)
        except ServiceError as exc:
            QMessageBox.warning(self, "无法完成", str(exc))
            return False
        return True

    def file_actions(self) -> list[QAction]:
        """Actions this page adds to the 文件 menu (import, export …)."""
        return []


def register_page(page: type[Page]) -> type[Page]:
    if all(existing.NAME != page.NAME for existing in _REGISTRY):
        _REGISTRY.append(page)
    return page


def page_classes() -> list[type[Page]]:
    """Every page in this package, in sidebar order."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return sorted(_REGISTRY, key=lambda page: page.SORT_ORDER)
