"""What changed between two 上报数据包 of one branch, in the words of the 操作日志: each table that
declares an AUDIT_SUBJECT is a kind of record (党员, 组织生活与学习, 党费 …); a table without one
(出席, 议题) is part of its parent record, so an edited attendance list is a changed record.

From two manifests only net counts can be told (党员 +2); from two snapshots, rows are matched
by their primary key: added, removed and changed (党员 +2/−1，改动3).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.db.sqlite_files import connect_read_only

if TYPE_CHECKING:
    from dangwu_desktop.db.package import Manifest

NOT_RECORDS = frozenset({"setting"})  # settings travel with the data but are no records
SAME = "没有变化"


@dataclass(frozen=True, slots=True)
class KindChange:
    kind: str
    added: int
    removed: int
    changed: int | None = None  # None: compared by counts, edits cannot be seen

    @property
    def text(self) -> str:
        parts = []
        if self.added or self.removed:
            parts.append(f"+{self.added}/−{self.removed}")
        if self.changed:
            parts.append(f"改动{self.changed}")
        return f"{self.kind} {'，'.join(parts)}"

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True, slots=True)
class _Table:
    kind: str
    parent: str | None  # a table without a subject: the table whose records its rows belong to
    parent_column: str | None


# Every table of a branch's data names its branch (core.models.BranchOwned): which branch, not
# which record the row is part of.
OWNING_BRANCH = "branch_id"


@cache
def record_tables() -> dict[str, _Table]:
    """Every table of the program named by its kind, in the order the models declare them."""
    from dangwu_desktop.core.models import Base
    from dangwu_desktop.ledgers import load_models

    load_models()
    subjects = {
        mapper.class_.__tablename__: mapper.class_.AUDIT_SUBJECT
        for mapper in Base.registry.mappers
        if mapper.class_.AUDIT_SUBJECT
    }
    found: dict[str, _Table] = {}
    for table in Base.metadata.tables.values():  # as declared: the roster first, then the ledgers
        if table.name in NOT_RECORDS:
            continue
        if table.name in subjects:
            found[table.name] = _Table(subjects[table.name], None, None)
            continue
        parents = [
            (column.name, key.column.table.name)
            for column in table.columns
            for key in column.foreign_keys
            if key.column.table.name in subjects and column.name != OWNING_BRANCH
        ]
        # activity_topic belongs to activity (its name says so) more than to the member it names.
        parents.sort(key=lambda pair: not table.name.startswith(pair[1] + "_"))
        if parents:
            column, parent = parents[0]
            found[table.name] = _Table(subjects[parent], parent, column)
    return found


def table_counts_text(tables: dict[str, int]) -> str:
    """The records a package holds, by kind: 党员 62、人员变动 80、组织生活与学习 140 …"""
    known = record_tables()
    parts = [
        f"{known[name].kind} {count}"
        for name, count in sorted(tables.items(), key=lambda item: _order(item[0]))
        if name in known and known[name].parent is None and count
    ]
    return "、".join(parts) or "没有记录"


def _order(name: str) -> int:
    names = list(record_tables())
    return names.index(name) if name in names else len(names)


def compare_manifests(old: Manifest, new: Manifest) -> list[KindChange]:
    """Net changes of each kind's count: what two manifests can tell."""
    known = record_tables()
    changes = []
    for name, entry in known.items():
        if entry.parent is not None:
            continue
        delta = new.tables.get(name, 0) - old.tables.get(name, 0)
        if delta:
            changes.append(KindChange(entry.kind, max(delta, 0), max(-delta, 0)))
    return changes


def compare_snapshots(old: Path, new: Path) -> list[KindChange]:
    """Rows added, removed and changed of each kind between two snapshot files (rows matched by
    primary key, compared on the columns both have: an older snapshot may lack newer ones)."""
    known = record_tables()
    added: dict[str, set[Any]] = {}
    removed: dict[str, set[Any]] = {}
    changed: dict[str, set[Any]] = {name: set() for name in known}
    with (
        closing(connect_read_only(old, at_rest=True)) as before,
        closing(connect_read_only(new, at_rest=True)) as after,
    ):
        for name, entry in known.items():
            old_rows, new_rows = _rows_of_both(before, after, name, entry.parent_column)
            if entry.parent is None:
                added[name] = new_rows.keys() - old_rows.keys()
                removed[name] = old_rows.keys() - new_rows.keys()
                changed[name] |= {
                    key
                    for key in old_rows.keys() & new_rows.keys()
                    if old_rows[key] != new_rows[key]
                }
                continue
            # A detail row (出席, 议题) added, removed or edited changes the record it belongs to.
            for rows, other in ((old_rows, new_rows), (new_rows, old_rows)):
                for key, (values, parent_key) in rows.items():
                    if other.get(key, (None, None))[0] != values:
                        changed[entry.parent].add((parent_key,))
    changes = []
    for name, entry in known.items():
        if entry.parent is None:
            edits = len(changed[name] - added[name] - removed[name])
            change = KindChange(entry.kind, len(added[name]), len(removed[name]), edits)
            if change.any:
                changes.append(change)
    return changes


def summary(changes: Iterable[KindChange]) -> str:
    """One line for the township's import dialog: 党员 +2/−1，改动3；组织生活与学习 +5 …"""
    texts = [change.text for change in changes if change.any]
    return "；".join(texts) if texts else SAME


Rows = dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]]


def _rows_of_both(
    before: sqlite3.Connection, after: sqlite3.Connection, name: str, parent_column: str | None
) -> tuple[Rows, Rows]:
    old_columns, new_columns = _columns(before, name), _columns(after, name)
    shared = [column for column in old_columns if column in new_columns]
    keys = tuple(c for c in shared if old_columns[c] and new_columns[c]) or ("rowid",)
    return (
        _rows(before, name, keys, shared, parent_column) if old_columns else {},
        _rows(after, name, keys, shared, parent_column) if new_columns else {},
    )


def _rows(
    connection: sqlite3.Connection,
    name: str,
    keys: tuple[str, ...],
    columns: list[str],
    parent_column: str | None,
) -> Rows:
    """Each row by its key: its values on `columns`, and the parent record's key."""
    selected = ", ".join(f'"{c}"' if c != "rowid" else c for c in (*keys, *columns))
    where = len(keys) + columns.index(parent_column) if parent_column in columns else None
    return {
        values[: len(keys)]: (values[len(keys) :], values[where] if where is not None else None)
        for values in connection.execute(f'SELECT {selected} FROM "{name}"')
    }


def _columns(connection: sqlite3.Connection, name: str) -> dict[str, bool]:
    """A table's columns by name, each with whether it is part of the primary key; empty when
    the snapshot has no such table."""
    info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
    return {str(row[1]): bool(row[5]) for row in sorted(info, key=lambda row: str(row[1]))}
