"""Bring a database to the current schema with Alembic: in one transaction, copied first."""

from __future__ import annotations

import enum
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, create_engine, event, inspect, text
from sqlalchemy.pool import NullPool

from dangwu_desktop.db.backups import BackupError, backup_now, list_backups
from dangwu_desktop.db.database import BUSY_TIMEOUT_MS, Database
from dangwu_desktop.db.paths import backup_dir
from dangwu_desktop.db.sqlite_files import connect_read_only

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# Every revision in migrations/versions, oldest first (a test keeps the two in step). A database
# at the last one opens without importing Alembic, which costs a tenth of a second at every start;
# one at a revision not listed here was made by a newer program and is never touched.
REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
    "0017",
    "0018",
    "0019",
    "0020",
    "0021",
    "0022",
)
SCHEMA_REVISION = REVISIONS[-1]

NEWER_SCHEMA = "这个数据文件由更新版本的党务台账建立，请升级程序"


UPGRADE_LOCK = 0x64616E67  # "dang": the advisory lock one PC holds while upgrading a server
SERVER_UPGRADE_FAILED = "升级数据库服务器上的数据结构没有完成，数据保持原样。请联系乡镇管理员。"


class UpgradeError(Exception):
    """The database cannot be brought to this program's schema; the message is Chinese."""


class NewerSchema(UpgradeError):
    """The file was made by a newer program: nothing was copied or changed."""

    def __init__(self, revision: str) -> None:
        super().__init__(NEWER_SCHEMA)
        self.revision = revision


class UpgradeFailed(UpgradeError):
    """An upgrade that did not complete: the file is as it was before, and `copy_path` names the
    copy made before the upgrade (None when none could be made or none was needed)."""

    def __init__(self, message: str, copy_path: Path | None) -> None:
        super().__init__(message)
        self.copy_path = copy_path


class SchemaState(enum.Enum):
    NEW = "new"  # no file, or a file without tables of this program: created on opening
    OLDER = "older"  # an earlier revision of this program: upgraded (after a copy) on opening
    CURRENT = "current"
    NEWER = "newer"  # a revision this program does not know: made by a newer version


def known_revision(revision: str | None) -> bool:
    """Whether this program can open a database at `revision` (None: a new, empty database)."""
    return revision is None or revision in REVISIONS


def file_revision(path: Path) -> str | None:
    """The revision a database file records, read without changing anything in or beside it;
    None for a missing file or one without the version table."""
    if not path.exists():
        return None
    with closing(connect_read_only(path)) as connection:
        if not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone():
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def schema_state(path: Path) -> SchemaState:
    """Where a database file (the live one or a backup) stands against this program's schema."""
    return _state_of(file_revision(path))


def _state_of(revision: str | None) -> SchemaState:
    if revision is None:
        return SchemaState.NEW
    if revision == SCHEMA_REVISION:
        return SchemaState.CURRENT
    return SchemaState.OLDER if revision in REVISIONS else SchemaState.NEWER


def alembic_config(database: Database, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = database.engine
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(database: Database) -> str | None:
    """The revision the database records, None for a new one (read as Alembic stores it)."""
    with database.engine.connect() as connection:
        return _revision_on(connection)


def head_revision(database: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(database)).get_current_head()


def upgrade(database: Database) -> Path | None:
    """Apply pending migrations, all of them or none; returns the copy made of an existing file
    before upgrading it (an earlier copy of the same content is reused, not made again)."""
    path = database.file_path
    current = file_revision(path) if path is not None else current_revision(database)
    state = _state_of(current)
    if state is SchemaState.NEWER:
        raise NewerSchema(str(current))
    if state is SchemaState.CURRENT:
        return None
    copy = None
    if current is not None and path is not None:
        try:
            copy = _copy_before_upgrade(path, current)
        except (BackupError, sqlite3.Error) as exc:
            raise UpgradeFailed(
                f"升级数据文件前没能先复制一份，所以没有升级，数据保持原样。\n{exc}", None
            ) from exc
    try:
        migrate_to(database, "head")
    except Exception as exc:
        if path is None:
            raise UpgradeFailed(SERVER_UPGRADE_FAILED, None) from exc
        if current is None:
            raise UpgradeFailed(
                "建立数据文件没有完成，请检查磁盘空间和文件夹是否可写。", None
            ) from exc
        where = f"\n升级前的数据另存在：{copy}" if copy else ""
        raise UpgradeFailed(f"升级数据文件的结构没有完成，数据保持原样。{where}", copy) from exc
    return copy


def migrate_to(database: Database, target: str = "head") -> None:
    """Upgrade or downgrade to `target` (a revision, "head" or "base") in one transaction; no copy.
    pysqlite on its own commits before or around DDL, so each CREATE/DROP/ALTER would stand alone
    and a kill between two of them leaves a half-built schema (`_alembic_tmp_…` tables) that no
    later start gets past. Here the driver's own transaction handling is switched off and BEGIN
    is ours (SQLAlchemy's recipe for transactional DDL on pysqlite): a kill or a failure anywhere
    rolls every step back."""
    if database.file_path is None:  # a server database: its DDL is transactional already
        with database.engine.connect() as connection, connection.begin():
            # Several PCs may start a newer program at once: one upgrades, the others wait
            # here and then find the structure current.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
            current = _revision_on(connection)
            if target != "head" or current != SCHEMA_REVISION:
                _step(alembic_config(database, connection), current, target)
        return
    database.journal_mode()  # the program's own connection chooses WAL or not for a new file
    engine = create_engine(database.url, poolclass=NullPool)
    event.listen(engine, "connect", _connect_for_migrations)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with engine.connect() as connection, connection.begin():
            dangling = _foreign_key_violations(connection)
            _step(alembic_config(database, connection), _revision_on(connection), target)
            added = _foreign_key_violations(connection) - dangling
            if added:
                raise RuntimeError(f"foreign key violations after migrating: {sorted(added)[:5]}")
    finally:
        engine.dispose()


def _step(config: Config, current: str | None, target: str) -> None:
    from alembic import command

    order = ("base", *REVISIONS, "head")
    if target != "head" and order.index(target) < order.index(current or "base"):
        command.downgrade(config, target)
    else:
        command.upgrade(config, target)


def _revision_on(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _connect_for_migrations(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # no implicit BEGIN or COMMIT by the driver
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous = FULL")
    # Batch migrations rebuild tables (copy, drop, rename); with foreign keys on, dropping a
    # parent table would delete or refuse its children. Checked before COMMIT instead. The
    # pragma is ignored inside a transaction, so it is set here, before BEGIN.
    cursor.execute("PRAGMA foreign_keys = OFF")
    cursor.close()


def _foreign_key_violations(connection: Connection) -> set[tuple[Any, ...]]:
    return {tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")}


def _copy_before_upgrade(path: Path, revision: str) -> Path:
    """The copy to go back to. A retried upgrade (after a failure or a kill, which leave the file
    as it was) finds the copy it made last time and uses it rather than adding another."""
    label = f"before-migration-from-{revision}"
    earlier = [
        backup.path
        for backup in list_backups(backup_dir(path))
        if backup.label == label and backup.path.name.startswith(f"{path.stem}-")
    ]
    if earlier:
        content = _content_digest(path)
        for copy in earlier:
            if _content_digest(copy, missing="") == content:
                return copy
    return backup_now(path, label)


def _content_digest(path: Path, missing: str | None = None) -> str:
    """A digest of every table's definition and rows. `missing` is returned for a file that
    cannot be read; otherwise the error is raised."""
    digest = hashlib.sha256()
    try:
        with closing(connect_read_only(path)) as connection:
            tables = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).fetchall()
            for name, sql in tables:
                digest.update(repr((name, sql)).encode())
                quoted = '"' + name.replace('"', '""') + '"'
                for row in connection.execute(f"SELECT * FROM {quoted}"):
                    digest.update(repr(row).encode())
    except sqlite3.Error:
        if missing is None:
            raise
        return missing
    return digest.hexdigest()
