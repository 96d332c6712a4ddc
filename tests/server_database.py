"""Tests on a PostgreSQL server as well as SQLite: with DANGWU_TEST_SERVER set to a server URL
(`make test` starts a throwaway cluster and sets it), each test's database is a fresh copy of one
migrated template database on that server, so every test starts from `alembic upgrade head` as on
SQLite without running the migrations again."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from dangwu_desktop.db.database import Database
from dangwu_desktop.db.migrate import upgrade

SERVER_VARIABLE = "DANGWU_TEST_SERVER"
TEMPLATE = "dangwu_test_template"
_numbers = itertools.count(1)


def server_url() -> URL | None:
    """The server the tests also run on, or None to run on SQLite only."""
    given = os.environ.get(SERVER_VARIABLE, "").strip()
    return make_url(given) if given else None


@contextmanager
def _maintenance(server: URL) -> Iterator[object]:
    # CREATE/DROP DATABASE cannot run inside a transaction.
    engine = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def make_template(server: URL) -> None:
    """The template every test copies: the schema at head, made once per test run."""
    with _maintenance(server) as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE}"))  # type: ignore[attr-defined]
        connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))  # type: ignore[attr-defined]
    template = Database(server.set(database=TEMPLATE))
    try:
        upgrade(template)
    finally:
        template.dispose()


@contextmanager
def empty_database(server: URL) -> Iterator[URL]:
    """An empty database of its own for one test (the URL), dropped afterwards."""
    name = f"dangwu_test_{os.getpid()}_{next(_numbers)}"
    with _maintenance(server) as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))  # type: ignore[attr-defined]
    try:
        yield server.set(database=name)
    finally:
        _drop(server, name)


@contextmanager
def fresh_database(server: URL) -> Iterator[Database]:
    """A database of its own at head for one test, dropped afterwards."""
    name = f"dangwu_test_{os.getpid()}_{next(_numbers)}"
    with _maintenance(server) as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))  # type: ignore[attr-defined]
    database = Database(server.set(database=name))
    try:
        yield database
    finally:
        database.dispose()
        _drop(server, name)


def _drop(server: URL, name: str) -> None:
    with _maintenance(server) as connection:
        # A connection the test left open (another thread's pool) must not keep it alive.
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))  # type: ignore[attr-defined]
