"""Many rows into one table in one statement: the bulk writes of an import (its members, their
movements, the movements' 操作日志 entries). SQLAlchemy's own executemany of dictionaries processes
each row's parameters one by one, which cost twice SQLite's insert of 20,000 members; here each
column is converted whole, with SQLAlchemy's converters for the column's type, and the one
statement handed to the driver."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Date, Table
from sqlalchemy.orm import Session

from dangwu_desktop.core.branch_scope import branch_id_for_insert, branch_id_or_none

_A_DAY = date(2001, 7, 1)


def insert_columns(session: Session, table: Table, columns: Mapping[str, list[Any]]) -> None:
    """One executemany of the rows these columns make up, all of one length. Only these columns
    are written: a model's Python-side defaults are not applied, so every column that has one is
    given (a server default, such as a timestamp's, still applies). A column's converter runs
    once for each distinct value (a column holds values of one type, so equal values convert
    alike): the enums, flags and empty dates of 20,000 rows are a few values. The rows of a
    branch-owned table are the session's branch's unless the columns name the branch."""
    if "branch_id" in table.c and "branch_id" not in columns:
        count = len(next(iter(columns.values()), []))
        branch = None
        if count:
            nullable = table.c.branch_id.nullable
            branch = branch_id_or_none(session) if nullable else branch_id_for_insert(session)
        columns = {**columns, "branch_id": [branch] * count}
    dialect = session.get_bind().dialect
    converted = []
    for key, values in columns.items():
        convert = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is None:
            converted.append(values)
        elif isinstance(table.c[key].type, Date) and convert(_A_DAY) == _A_DAY.isoformat():
            # SQLite keeps a date as its ISO text: date.isoformat gives it at C speed, where the
            # processor is a Python call a cell (a third of converting 20,000 members)
            converted.append([v.isoformat() if type(v) is date else convert(v) for v in values])
        else:
            once = {value: convert(value) for value in set(values)}
            converted.append(list(map(once.__getitem__, values)))
    # Only these columns, each with the driver's own parameter style (? for SQLite, %(name)s
    # for PostgreSQL's psycopg), so the statement is the same SQL on either database.
    quote = dialect.identifier_preparer.quote
    keys = list(columns)
    marks = ", ".join(_placeholder(dialect.paramstyle, key, n) for n, key in enumerate(keys, 1))
    rows = zip(*converted, strict=True)
    parameters: list[Any] = (
        list(rows) if dialect.positional else [dict(zip(keys, row, strict=True)) for row in rows]
    )
    session.connection().exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, keys))}) VALUES ({marks})",
        parameters,
    )


def _placeholder(paramstyle: str, key: str, number: int) -> str:
    """A parameter's mark in the DB-API's style (PEP 249)."""
    return {
        "qmark": "?",
        "format": "%s",
        "numeric": f":{number}",
        "named": f":{key}",
        "pyformat": f"%({key})s",
    }[paramstyle]


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, object]]) -> None:
    """insert_columns for rows given as dictionaries, each with the same keys."""
    if rows:
        insert_columns(session, table, {key: [row[key] for row in rows] for key in rows[0]})
