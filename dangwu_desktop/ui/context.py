"""What every page and dialog needs from the running program, handed down instead of global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QSettings

from dangwu_desktop.db.database import Database


@dataclass
class AppContext:
    database: Database
    settings: QSettings
    today: Callable[[], date] = field(default=date.today)
