"""Reading a SQLite file without changing it: the one way the program looks into the live
database before opening it, and into its backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote


def file_uri(path: Path) -> str:
    """SQLite's URI of a file: #, ?, % and the rest escaped, so they stay part of the name; a drive
    letter or a Windows share (//server/share, which Path.as_uri would turn into an authority
    SQLite refuses) kept."""
    posix = path.resolve().as_posix()
    return "file://" + quote(posix if posix.startswith("/") else "/" + posix, safe="/:")


def connect_read_only(path: Path, *, at_rest: bool = False) -> sqlite3.Connection:
    """A connection that only reads. A file at rest (a backup: complete in itself, written by no
    one) is read as immutable, which needs no -wal or -shm file and works on read-only media. The
    live database is opened read-write with writes refused (not mode=ro: a read-only connection
    to a WAL database cannot remove the -wal and -shm files it creates; this one, closing last,
    removes them), so that what a crash left in its -wal is read too."""
    if at_rest:
        return sqlite3.connect(f"{file_uri(path)}?mode=ro&immutable=1", uri=True)
    connection = sqlite3.connect(f"{file_uri(path)}?mode=rw", uri=True)
    connection.execute("PRAGMA query_only = ON")
    return connection
