"""What every page and dialog needs from the running program, handed down instead of global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from dangwu_desktop.db.database import Database


@dataclass
class AppContext:
    database: Database
    settings: QSettings
    today: Callable[[], date] = field(default=date.today)
    demo: bool = False  # the demo village: the window says so, so that nobody types real data in
