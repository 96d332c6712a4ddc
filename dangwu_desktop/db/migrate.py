"""Bring a database to the current schema with Alembic, copying the file first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from dangwu_desktop.db.backups import backup_now
from dangwu_desktop.db.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions (a test keeps the two in step). A database already
# there opens without importing Alembic, which costs a tenth of a second at every start.
SCHEMA_REVISION = "0007"


def alembic_config(database: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = database.engine
    return config


def current_revision(database: Database) -> str | None:
    """The revision the database records, None for a new one (read as Alembic stores it)."""
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision(database: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(database)).get_current_head()


def upgrade(database: Database) -> Path | None:
    """Apply pending migrations; returns the copy made of an existing SQLite file, if any."""
    current = current_revision(database)
    if current == SCHEMA_REVISION or current == head_revision(database):
        return None
    from alembic import command

    copy = None
    path = database.file_path
    if current is not None and path is not None and path.exists():
        copy = backup_now(path, f"before-migration-from-{current}")
    command.upgrade(alembic_config(database), "head")
    return copy
