"""Bring a database to the current schema with Alembic, copying the file first."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dangwu_desktop.db.database import Database
from dangwu_desktop.db.paths import backup_dir

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(database: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = database.engine
    return config


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(database: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(database)).get_current_head()


def upgrade(database: Database) -> Path | None:
    """Apply pending migrations; returns the copy made of an existing SQLite file, if any."""
    current = current_revision(database)
    if current == head_revision(database):
        return None
    copy = None
    path = database.file_path
    if current is not None and path is not None and path.exists():
        copy = copy_database(path, backup_dir(path), f"before-migration-from-{current}")
    command.upgrade(alembic_config(database), "head")
    return copy


def copy_database(source: Path, folder: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file via the backup API (safe with WAL and readers)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-{stamp}-{label}.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target
