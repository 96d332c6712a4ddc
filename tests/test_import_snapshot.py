"""Issue 19: making the import fast changed nothing it writes. A mixed roster (流动 with and without
their 流出时间, 转出, 去世, a 预备党员, dates in every form, birth months only) imports into exactly
the members, movements and 操作日志 entries it did before the import was reworked for speed: the
snapshot (tests/snapshots/mixed_import.json) was taken with the import as it stood then.

To take it again after a deliberate change of what an import writes:
    .venv/bin/python -m tests.test_import_snapshot
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date, datetime
from enum import Enum
from pathlib import Path

import pytest
from sqlalchemy import select

from dangwu_desktop.core.models import AuditEntry, Member, MemberMovement, PartyGroup
from dangwu_desktop.core.services.roster_import import apply_import
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from tests.conftest import TODAY
from tests.roster_files import varied_mixed_roster

SNAPSHOT = Path(__file__).parent / "snapshots" / "mixed_import.json"
SOURCE = "混合花名册.xlsx"
# Stamped by the clock or the computer's user, not by what the file says
NOT_FROM_THE_FILE = frozenset({"created_at", "updated_at", "recorded_at", "at", "operator"})
# Nor the branch (issue 23, after the snapshot): every row is the database's one branch's.
BRANCH = "branch_id"


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _rows(database: Database, model: type, order: object) -> list[dict[str, object]]:
    table = model.__table__  # type: ignore[attr-defined]
    columns = [c for c in table.columns if c.name not in NOT_FROM_THE_FILE | {BRANCH}]
    with database.read() as session:
        return [
            {c.name: _plain(value) for c, value in zip(columns, row, strict=True)}
            for row in session.execute(select(*columns).order_by(order))
        ]


def _branches(database: Database, model: type) -> set[object]:
    with database.read() as session:
        return set(session.scalars(select(model.__table__.c[BRANCH])))  # type: ignore[attr-defined]


def imported(folder: Path) -> dict[str, object]:
    """Everything an import of the varied mixed roster writes, as plain JSON values."""
    path = varied_mixed_roster(folder / SOURCE, 120)
    database = open_database(folder / "snapshot.sqlite3")
    try:
        with database.transaction() as session:
            result = check_roster_file(session, read_roster(path), TODAY)
            assert result.faults == []
            apply_import(session, result, TODAY, update_existing=False, source=SOURCE)
        warnings = [(w.row, w.column, w.value, w.reason, w.detail) for w in result.warnings]
        return {
            "warnings": [list(w) for w in warnings],
            "groups": _rows(database, PartyGroup, PartyGroup.id),
            "members": _rows(database, Member, Member.id),
            "movements": _rows(database, MemberMovement, MemberMovement.id),
            "audit": _rows(database, AuditEntry, AuditEntry.id),
            "branches": sorted(
                {
                    branch
                    for model in (PartyGroup, Member, MemberMovement, AuditEntry)
                    for branch in _branches(database, model)
                }
            ),
        }
    finally:
        database.dispose()


def test_a_mixed_import_writes_what_it_wrote_before_it_was_made_fast(tmp_path: Path) -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = imported(tmp_path)
    assert len(now["members"]) == 120  # type: ignore[arg-type]
    for part in ("warnings", "groups", "members", "movements", "audit"):
        assert now[part] == expected[part], part
    assert now["branches"] == [1]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        taken = imported(Path(folder))
        del taken["branches"]
    SNAPSHOT.write_text(
        json.dumps(taken, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {SNAPSHOT}", file=sys.stderr)


@pytest.mark.parametrize(
    ("paramstyle", "mark"),
    [("qmark", "?, ?"), ("format", "%s, %s"), ("pyformat", "%(name)s, %(sex)s")],
)
def test_the_bulk_insert_speaks_each_drivers_parameter_style(paramstyle: str, mark: str) -> None:
    """The bulk writes stay portable SQL: a PostgreSQL driver (pyformat) gets its own marks."""
    from dangwu_desktop.core.bulk import _placeholder

    assert (
        ", ".join(_placeholder(paramstyle, k, n) for n, k in enumerate(("name", "sex"), 1)) == mark
    )
