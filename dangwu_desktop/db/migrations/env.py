"""Alembic environment: runs on the connection or engine the program hands over, in batch mode
for SQLite. A connection handed over is inside the program's transaction, which commits or rolls
back every pending migration together (db/migrate.py); Alembic then leaves committing to it."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine, create_engine

from dangwu_desktop.core.models import Base
from dangwu_desktop.ledgers import load_models

load_models()  # the ledgers' own tables, for autogenerate
config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if engine is not None:
        return engine  # type: ignore[no-any-return]
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database given to the migrations")
    return create_engine(url)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    with _engine().connect() as connection:
        _run(connection)
        connection.commit()


run_migrations_online()
