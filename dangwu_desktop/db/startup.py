"""Opening the program's database: migrate it and hand back a Database; and putting a good backup
in place of a damaged file. The checks around these steps are in db/safety.py."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from dangwu_desktop.db.backups import DAMAGED_LABEL, copy_pages
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.files import replace_with_retry
from dangwu_desktop.db.migrate import upgrade
from dangwu_desktop.db.paths import backup_dir


def open_database(path: Path) -> Database:
    """The database at `path`, created or migrated to the current schema (copied first)."""
    database = Database.for_file(path)
    upgrade(database)
    return database


def recover_from(backup: Path, path: Path) -> Path:
    """Put a good backup in place of a damaged database; the damaged files are kept aside (a
    backup of them through SQLite may be impossible, so they are copied byte for byte)."""
    folder = backup_dir(path)
    kept = folder / f"{path.stem}-{datetime.now():%Y%m%d-%H%M%S}-{DAMAGED_LABEL}.sqlite3"
    shutil.copy2(path, kept)
    fresh = path.with_name(f".{path.name}.recovering")
    copy_pages(backup, fresh)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if leftover.exists():
            shutil.copy2(leftover, folder / f"{kept.name}{leftover.name[len(path.name) :]}")
            leftover.unlink()
    replace_with_retry(fresh, path)
    return kept
