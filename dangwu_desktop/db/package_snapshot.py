"""The data a 上报数据包 carries: a consistent SQLite snapshot of the open database, without what
is the village PC's own business (its login password), and what the snapshot holds, counted.

A village's data is a SQLite file: the snapshot is SQLite's online backup taken through the
program's own open connection (never a copy of a file that may be half-written). A township
server (PostgreSQL) has no such API; there the snapshot is a new SQLite file with the current
schema's tables, filled table by table (in key order) in one REPEATABLE READ transaction, which sees the
server as it stood at one instant. Either way the township reads the same kind of file.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.identity import DATABASE_ID_KEY
from dangwu_desktop.db.migrate import SCHEMA_REVISION, alembic_config, current_revision
from dangwu_desktop.db.sqlite_files import connect_read_only

# Settings that stay on the village PC: the hash of its login password and the count of wrong
# tries (core/security.py). The township has no use for them, and a hash is better not spread.
PRIVATE_SETTINGS = "security/%"
VERSION_TABLE = "alembic_version"
COPY_CHUNK = 2000  # rows per INSERT when a server's tables are copied


class SnapshotError(Exception):
    """The snapshot could not be made; the message is Chinese."""


@dataclass(frozen=True, slots=True)
class SnapshotFacts:
    """What a snapshot holds, read from the snapshot itself (never from the live database, so the
    manifest describes exactly the data beside it)."""

    schema_revision: str
    database_id: str
    branch_name: str
    parent_org: str
    members_active: int
    attachments: int
    tables: dict[str, int]


def make_snapshot(database: Database, target: Path) -> None:
    """Write a consistent snapshot of `database` to the new file `target`, less its private
    settings and with no trace of them left in free pages."""
    if database.is_sqlite:
        _backup_sqlite(database, target)
    else:
        _copy_from_server(database, target)
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("DELETE FROM setting WHERE key LIKE ?", (PRIVATE_SETTINGS,))
        connection.commit()
        # VACUUM rewrites the file: deleted rows leave no bytes behind, and the file is compact.
        connection.execute("VACUUM")
        connection.execute("PRAGMA journal_mode = DELETE")  # complete in one file


def _backup_sqlite(database: Database, target: Path) -> None:
    """SQLite's backup API from the program's own connection: it copies the pages as one
    consistent state, even if another connection wrote meanwhile (it starts over then)."""
    with database.engine.connect() as connection:
        source = connection.connection.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with closing(sqlite3.connect(target)) as writer:
            source.backup(writer)


def _copy_from_server(database: Database, target: Path) -> None:
    from dangwu_desktop.core.models import Base
    from dangwu_desktop.ledgers import load_models

    load_models()
    revision = current_revision(database)
    if revision != SCHEMA_REVISION:
        raise SnapshotError(
            f"服务器上的数据结构（{revision}）与本程序（{SCHEMA_REVISION}）不一致，"
            "请先重新启动党务台账，让它升级服务器上的数据结构"
        )
    _create_tables(target)
    _indexes_in_name_order(target)
    tables = Base.metadata.sorted_tables
    # No foreign-key pragma on this engine: rows go in table by table, checked once at the end.
    writer = create_engine(URL.create("sqlite", database=str(target)), poolclass=NullPool)
    reader = database.engine.connect().execution_options(isolation_level="REPEATABLE READ")
    try:
        with reader, reader.begin(), writer.begin() as out:
            reader.execute(text("SET TRANSACTION READ ONLY"))
            for table in tables:
                # In key order: a server returns rows in whatever order they lie on its disk,
                # and the snapshot's bytes (its SHA-256) must not depend on that.
                rows = select(table).order_by(*table.primary_key.columns)
                for chunk in reader.execute(rows).mappings().partitions(COPY_CHUNK):
                    out.execute(insert(table), [dict(row) for row in chunk])
            violations = out.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise SnapshotError(
                    f"服务器上的数据有{len(violations)}处引用不到的记录，没有生成数据包"
                )
    finally:
        writer.dispose()


def _create_tables(target: Path) -> None:
    """The tables of the current schema, made from the models and stamped with its revision.
    Not by running the migrations: Alembic's batch mode rebuilds a table with its constraints
    in an order that varies from one run to the next, so two snapshots of the same data would
    differ in bytes (and SHA-256). The models give one order every time."""
    from alembic import command

    from dangwu_desktop.core.models import Base

    shell = Database.for_file(target)
    try:
        Base.metadata.create_all(shell.engine)
        command.stamp(alembic_config(shell), SCHEMA_REVISION)
    finally:
        shell.dispose()


def _indexes_in_name_order(path: Path) -> None:
    """SQLAlchemy creates a table's indexes from a set, in an order that varies from one run to
    the next; recreated by name, two snapshots of the same data are the same bytes (and the same
    SHA-256), as a village's are."""
    with closing(sqlite3.connect(path)) as connection, connection:
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "ORDER BY name"
        ).fetchall()
        for name, _sql in indexes:
            connection.execute(f'DROP INDEX "{name}"')
        for _name, sql in indexes:
            connection.execute(sql)


def read_facts(snapshot: Path) -> SnapshotFacts:
    """Count and name what a snapshot file holds, reading it as a file at rest."""
    with closing(connect_read_only(snapshot, at_rest=True)) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        tables = {
            name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names
            if name != VERSION_TABLE
        }
        revision = _value(connection, f"SELECT version_num FROM {VERSION_TABLE}")
        branch = connection.execute(
            "SELECT name, parent_org FROM branch ORDER BY id LIMIT 1"
        ).fetchone()
        database_id = _value(connection, "SELECT value FROM setting WHERE key = ?", DATABASE_ID_KEY)
        active = _value(
            connection,
            "SELECT count(*) FROM member WHERE status = ?",
            MembershipStatus.ACTIVE.value,
        )
    return SnapshotFacts(
        schema_revision=str(revision or ""),
        database_id=str(database_id or ""),
        branch_name=str(branch[0]) if branch else "",
        parent_org=str(branch[1] or "") if branch else "",
        members_active=int(active or 0),  # type: ignore[call-overload]
        attachments=tables.get("activity_attachment", 0),
        tables=tables,
    )


def _value(connection: sqlite3.Connection, sql: str, *parameters: object) -> object:
    row = connection.execute(sql, parameters).fetchone()
    return row[0] if row else None
