"""Which database a file is: a random id stored in it when it is first opened, shown with its branch
name, so that a backup is only ever offered to, and restored into, the database it was made from
(the demo village and the real one may sit in the same folder)."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.models import Setting
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.sqlite_files import connect_read_only

DATABASE_ID_KEY = "database/id"
NO_BRANCH = "未填写支部名称"


@dataclass(frozen=True, slots=True)
class Identity:
    """What a database file says about itself; empty where the file cannot say (made before ids
    existed, or damaged)."""

    database_id: str = ""
    branch: str = ""
    revision: str = ""
    members: int | None = None  # members 在册, as the 首页 counts them; None if unreadable
    branches: int = 1  # a township's file holds several: the label says so

    @property
    def branch_label(self) -> str:
        label = self.branch or NO_BRANCH
        return f"{label}等{self.branches}个党支部" if self.branches > 1 else label

    @property
    def members_label(self) -> str:
        return "不明" if self.members is None else f"{self.members}人"


def read_identity(path: Path, *, at_rest: bool = False) -> Identity:
    """The identity recorded in a database file, read without changing it; a damaged file gives
    what can still be read."""
    try:
        with closing(connect_read_only(path, at_rest=at_rest)) as connection:
            database_id = _first(
                connection, "SELECT value FROM setting WHERE key = ?", DATABASE_ID_KEY
            )
            # The file as a whole, every branch in it (plain SQL, no session's branch): a backup
            # and a restore are of the whole file. A village's holds one branch, which names it.
            branch = _first(connection, "SELECT name FROM branch ORDER BY id LIMIT 1")
            branches = _first(connection, "SELECT count(*) FROM branch")
            revision = _first(connection, "SELECT version_num FROM alembic_version")
            members = _first(
                connection,
                "SELECT count(*) FROM member WHERE status = ?",
                MembershipStatus.ACTIVE.value,
            )
    except sqlite3.Error:
        return Identity()
    return Identity(
        database_id=str(database_id or ""),
        branch=str(branch or ""),
        revision=str(revision or ""),
        members=members if isinstance(members, int) else None,
        branches=branches if isinstance(branches, int) and branches > 1 else 1,
    )


def _first(connection: sqlite3.Connection, sql: str, *parameters: object) -> object:
    """The first value the query gives, None where the file lacks the table or the page is damaged."""
    try:
        row = connection.execute(sql, parameters).fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def ensure_database_id(database: Database) -> str:
    """The database's id, given it now if it has none (a new database, or one made before ids)."""
    with database.transaction() as session:
        stored = session.get(Setting, DATABASE_ID_KEY)
        if stored is None:
            stored = Setting(key=DATABASE_ID_KEY, value=uuid.uuid4().hex)
            session.add(stored)
        return stored.value
