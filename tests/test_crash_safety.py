"""Crash safety, proven by killing: a child process imports or saves, is killed with SIGKILL at
a random moment, and the database must then pass integrity_check and hold all or nothing of the
interrupted operation. DANGWU_CRASH_TRIALS sets the number of trials (a larger run: 200)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook
from stdnum.cn import ric

TRIALS = int(os.environ.get("DANGWU_CRASH_TRIALS", "8"))
ROWS = 1500
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

IMPORT = """
import sys
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

SAVES = """
import sys
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


def _run_and_kill(script: str, args: list[str], after: float) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"  # the database is open and migrated
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    child.wait()


def _state(path: Path) -> tuple[str, int, int]:
    with closing(sqlite3.connect(path)) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        members = connection.execute("SELECT count(*) FROM member").fetchone()[0]
        movements = connection.execute("SELECT count(*) FROM member_movement").fetchone()[0]
    return integrity, members, movements


def test_a_killed_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    roster = _roster(tmp_path / "crash.xlsx")
    rng = random.Random(20261125)
    outcomes = []
    for trial in range(TRIALS):
        path = tmp_path / f"import-{trial}.sqlite3"
        _run_and_kill(IMPORT, [str(path), str(roster)], rng.uniform(0.0, 0.7))
        integrity, members, _ = _state(path)
        assert integrity == "ok"
        assert members in (0, ROWS), f"trial {trial}: {members} of {ROWS} rows survived"
        outcomes.append(members)
    print(
        f"{TRIALS} killed imports: {outcomes.count(0)} left nothing, {outcomes.count(ROWS)} completed"
    )


def test_a_killed_save_loses_at_most_the_operation_under_way(tmp_path: Path) -> None:
    rng = random.Random(7)
    for trial in range(TRIALS):
        path = tmp_path / f"saves-{trial}.sqlite3"
        _run_and_kill(SAVES, [str(path)], rng.uniform(0.05, 0.8))
        integrity, members, movements = _state(path)
        assert integrity == "ok"
        assert members == movements  # never a member without the movement saved with it
