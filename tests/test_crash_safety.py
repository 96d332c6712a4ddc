"""Crash safety, proven by killing: a child process imports or saves and is killed with SIGKILL
in the middle of writing, and the database must then pass integrity_check and hold all or nothing
of the interrupted operation. The kills are aimed: SQLite reports each statement it starts to a
trace callback in the child (each row of an executemany too), and the child kills itself when the
chosen one starts, so every trial lands inside the write (a kill at a random time mostly fell
before or after it). DANGWU_CRASH_TRIALS sets the number of trials (a larger run: 200)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook
from stdnum.cn import ric

TRIALS = int(os.environ.get("DANGWU_CRASH_TRIALS", "8"))
ROWS = 1500
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

# Kill this process when the SQLite statement starting with PREFIX starts for the COUNT-th time
# (argv[-2], argv[-1]); set on every connection the program opens.
AIM = """
import os, signal, sys
from sqlalchemy import Engine, event
PREFIX, COUNT, seen = sys.argv[-2], int(sys.argv[-1]), 0
def trace(statement):
    global seen
    if statement.startswith(PREFIX):
        seen += 1
        if seen == COUNT:
            os.kill(os.getpid(), signal.SIGKILL)
event.listen(Engine, "connect", lambda dbapi, _record: dbapi.set_trace_callback(trace))
"""

IMPORT = (
    AIM
    + """
from datetime import date
from pathlib import Path
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from dangwu_desktop.core.services.roster_import import apply_import
database = open_database(Path(sys.argv[1]))
print("ready", flush=True)
with database.transaction() as session:
    result = check_roster_file(session, read_roster(Path(sys.argv[2])), date(2026, 11, 25))
    apply_import(session, result, date(2026, 11, 25), update_existing=False, source="crash.xlsx")
print("done", flush=True)
"""
)

SAVES = (
    AIM
    + """
from datetime import date
from pathlib import Path
from stdnum.cn import ric
from dangwu_desktop.core.glossary import MovementKind
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.db.startup import open_database
database = open_database(Path(sys.argv[1]))
print("ready", flush=True)
for index in range(100000):
    body = f"3307261980{1 + index // 1000:02d}01{index % 1000:03d}"
    data = MemberData(name=f"党员{index}", id_number=body + ric.calc_check_digit(body + "0"),
                      join_date=date(2010, 1, 1), full_member_date=date(2011, 1, 1))
    with database.transaction() as session:  # one user operation: a member and their movement
        member = add_member(session, data, date(2026, 11, 25))
        record_movement(session, member.id, Movement(MovementKind.MOBILE_OUT, date(2026, 1, 1), place="杭州"),
                        date(2026, 11, 25))
"""
)


def _roster(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["姓名", "公民身份号码", "入党时间", "转正时间", "人员类别"])
    for index in range(ROWS):
        body = f"3307261980{1 + index // 1000:02d}01{index % 1000:03d}"
        sheet.append(
            [
                f"党员{index}",
                body + ric.calc_check_digit(body + "0"),
                "2010-01-01",
                "2011-01-01",
                "正式党员",
            ]
        )
    workbook.save(path)
    return path


def _run_aimed(script: str, args: list[str], prefix: str, count: int) -> str:
    """Run the child until the `count`-th statement starting with `prefix` starts; "killed", or
    "completed" when it finished first."""
    child = subprocess.run(
        [sys.executable, "-c", script, *args, prefix, str(count)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if child.returncode == -signal.SIGKILL:
        return "killed"
    assert child.returncode == 0, child.stderr
    return "completed"


def _state(path: Path) -> tuple[str, int, int]:
    with closing(sqlite3.connect(path)) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        members = connection.execute("SELECT count(*) FROM member").fetchone()[0]
        movements = connection.execute("SELECT count(*) FROM member_movement").fetchone()[0]
    return integrity, members, movements


def test_a_killed_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    """Killed as row N of the roster is being inserted, N spread over the whole file, and once
    as the import's COMMIT starts: never a part of the roster."""
    roster = _roster(tmp_path / "crash.xlsx")
    points = [("INSERT INTO member ", 1 + trial * ROWS // TRIALS) for trial in range(TRIALS)]
    points[0] = ("COMMIT", 2)  # the first COMMIT is the migration's, on a new file
    outcomes = []
    for trial, (prefix, count) in enumerate(points):
        path = tmp_path / f"import-{trial}.sqlite3"
        outcomes.append(_run_aimed(IMPORT, [str(path), str(roster)], prefix, count))
        integrity, members, _ = _state(path)
        assert integrity == "ok"
        assert members in (0, ROWS), f"trial {trial}: {members} of {ROWS} rows survived"
        assert members == 0, f"trial {trial}: the import was killed before it committed"
    assert outcomes == ["killed"] * TRIALS  # each kill landed inside the import


def test_a_killed_save_loses_at_most_the_operation_under_way(tmp_path: Path) -> None:
    """Killed after a member is inserted and before the movement saved with it."""
    for trial in range(TRIALS):
        path = tmp_path / f"saves-{trial}.sqlite3"
        count = 1 + trial * 3
        outcome = _run_aimed(SAVES, [str(path)], "INSERT INTO member_movement ", count)
        assert outcome == "killed"
        integrity, members, movements = _state(path)
        assert integrity == "ok"
        assert members == movements == count - 1  # never a member without their movement
