"""Bring a database to the current schema with Alembic, copying the file first."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dangwu_desktop.db.backups import backup_now
from dangwu_desktop.db.database import Database

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
        copy = backup_now(path, f"before-migration-from-{current}")
    command.upgrade(alembic_config(database), "head")
    return copy
