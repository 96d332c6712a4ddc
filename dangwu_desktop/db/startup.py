"""Opening the program's database: choose the file, migrate it, and hand back a Database."""

from __future__ import annotations

from pathlib import Path

from dangwu_desktop.db.database import Database
from dangwu_desktop.db.migrate import upgrade
from dangwu_desktop.db.paths import default_database_path


def database_path(explicit: Path | None, *, demo: bool) -> Path:
    """`--db PATH` wins; otherwise the user data folder's main or demo file."""
    return explicit.expanduser().resolve() if explicit else default_database_path(demo=demo)


def open_database(path: Path) -> Database:
    """The database at `path`, created or migrated to the current schema (copied first)."""
    database = Database.for_file(path)
    upgrade(database)
    return database
