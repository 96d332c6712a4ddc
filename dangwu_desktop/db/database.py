"""The one engine and session factory; one transaction per user operation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from dangwu_desktop.core.branch_scope import set_session_branch
from dangwu_desktop.db.paths import is_on_network_share

BUSY_TIMEOUT_MS = 5000


class Database:
    """An open database: `transaction()` for each user operation, `read()` for queries. Each
    session works for one branch (core.branch_scope): the one it is opened for, else the one the
    program chose when it opened the database (`branch_id`), else the database's only branch."""

    def __init__(self, url: str | URL) -> None:
        self.url = make_url(url)
        # The branch every session works for unless told otherwise: set once the program has
        # chosen it in a database of several (the window asks, a command takes --branch); None
        # in a village database, whose sessions find their one branch.
        self.branch_id: int | None = None
        # Imports and exports run in a worker thread, each with its own session.
        connect_args = (
            {"check_same_thread": False} if self.url.get_backend_name() == "sqlite" else {}
        )
        self.engine: Engine = create_engine(self.url, connect_args=connect_args)
        if self.is_sqlite:
            # A rollback journal, not WAL: after every commit the .sqlite3 file holds all the data,
            # so a secretary who copies it with Explorer while the program is open copies
            # everything (in WAL mode most of it sat in the -wal file beside it). TRUNCATE spares
            # a local disk the delete of the journal after each commit, which antivirus makes
            # slow on Windows; on a network share DELETE is the mode every SMB server handles.
            journal = "DELETE" if self._on_network_share() else "TRUNCATE"
            event.listen(self.engine, "connect", _sqlite_pragmas(journal))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def for_file(cls, path: Path) -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Built, not parsed: a # ? % or space in a folder name stays part of the file name.
        return cls(URL.create("sqlite", database=str(path)))

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def file_path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @property
    def location(self) -> str:
        """Where the data is, as shown to the user (never the password of a server URL)."""
        path = self.file_path
        return str(path) if path else server_location(self.url)

    def _on_network_share(self) -> bool:
        path = self.file_path
        return path is not None and is_on_network_share(path.parent)

    @contextmanager
    def transaction(self, branch_id: int | None = None) -> Iterator[Session]:
        """One user operation: everything inside commits together or not at all. `branch_id`
        names the branch (else the database's `branch_id`; a village database's session finds its
        own)."""
        with self._sessions.begin() as session:
            self._work_for(session, branch_id)
            yield session

    @contextmanager
    def read(self, branch_id: int | None = None) -> Iterator[Session]:
        """A session for queries; anything written by mistake is rolled back."""
        session = self._sessions()
        self._work_for(session, branch_id)
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def _work_for(self, session: Session, branch_id: int | None) -> None:
        chosen = branch_id if branch_id is not None else self.branch_id
        if chosen is not None:
            set_session_branch(session, chosen)

    def journal_mode(self) -> str:
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA journal_mode").scalar())

    def dispose(self) -> None:
        self.engine.dispose()


def server_location(url: URL) -> str:
    """A server database as a user reads it: 服务器 192.168.1.10:5432 上的数据库 township（用户 dangwu）."""
    socket = url.query.get("host")
    host = url.host or (socket if isinstance(socket, str) else "") or "本机"
    port = f":{url.port}" if url.port else ""
    user = f"（用户 {url.username}）" if url.username else ""
    return f"服务器 {host}{port} 上的数据库 {url.database}{user}"


def _sqlite_pragmas(journal_mode: str) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode = {journal_mode}")
        # FULL: a committed operation survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    return on_connect
