"""Which database a file is: a random id stored in it when it is first opened, shown with its branch
name, so that a backup is only ever offered to, and restored into, the database it was made from
(the demo village and the real one may sit in the same folder)."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from dangwu_desktop.core.models import Setting
from dangwu_desktop.db.database import Database

DATABASE_ID_KEY = "database/id"
NO_BRANCH = "（未填写支部名称）"


@dataclass(frozen=True, slots=True)
class Identity:
    """What a database file says about itself; empty where the file cannot say (made before ids
    existed, or damaged)."""

    database_id: str = ""
    branch: str = ""
    revision: str = ""

    @property
    def branch_label(self) -> str:
        return self.branch or NO_BRANCH


def read_only_uri(path: Path) -> str:
    """A `file:` URI SQLite reads read-only; the path is percent-encoded, so a # ? % or space in a
    folder name is part of the name, not of the URI."""
    return path.resolve().as_uri() + "?mode=ro"


def read_identity(path: Path) -> Identity:
    """The identity recorded in a database file, read without changing it; a damaged file gives
    what can still be read."""
    values = {"database_id": "", "branch": "", "revision": ""}
    queries = {
        "database_id": ("SELECT value FROM setting WHERE key = ?", (DATABASE_ID_KEY,)),
        "branch": ("SELECT name FROM branch ORDER BY id LIMIT 1", ()),
        "revision": ("SELECT version_num FROM alembic_version", ()),
    }
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            for field, (sql, parameters) in queries.items():
                try:
                    row = connection.execute(sql, parameters).fetchone()
                except sqlite3.DatabaseError:
                    continue  # a table the file does not have, or a damaged page
                if row and row[0]:
                    values[field] = str(row[0])
    except sqlite3.Error:
        pass
    return Identity(**values)


def ensure_database_id(database: Database) -> str:
    """The database's id, given it now if it has none (a new database, or one made before ids)."""
    with database.transaction() as session:
        stored = session.get(Setting, DATABASE_ID_KEY)
        if stored is None:
            stored = Setting(key=DATABASE_ID_KEY, value=uuid.uuid4().hex)
            session.add(stored)
        return stored.value
