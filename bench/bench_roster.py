"""Roster at scale: cold start and search keystrokes with 100,000 members, against bare Qt.

    make bench            (or: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_roster.py [N])

Prints one table: each measurement beside its raw baseline from the same run, and the ratio.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from ratios import print_ratios

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 25)
KEYSTROKES = ["z", "zh", "zha", "zhan", "zhang", "zhan", "zha", "13", "139", "3307", "张", "张伟"]

# The program's own start-up path: the shell paints, then the database opens and fills it.
FIRST_PAINT = """
import sys, time
t0 = time.perf_counter()
import dangwu_desktop.cli  # what the program's entry point imports first
from PySide6.QtCore import QSettings
from dangwu_desktop.app import create_application
from dangwu_desktop.ui.main_window import MainWindow
app = create_application(["bench"])
window = MainWindow(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
print(time.perf_counter() - t0)
"""

COLD_START = FIRST_PAINT.replace(
    "print(time.perf_counter() - t0)",
    """from dangwu_desktop.db.startup import open_database
from dangwu_desktop.ui.context import AppContext
database = open_database(__import__("pathlib").Path(sys.argv[1]))
window.ui.navigationList.setCurrentRow(1)  # a start straight into the roster: no 首页 built
window.attach(AppContext(database, QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show_page("roster")
app.processEvents()
assert window.page("roster").model.rowCount() > 0
print(time.perf_counter() - t0)""",
)

BARE_PAINT = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bench"])
window = QMainWindow()
window.show()
app.processEvents()
print(time.perf_counter() - t0)
"""

BARE_START = """
import sqlite3, sys, time
t0 = time.perf_counter()
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtCore import QAbstractTableModel, Qt
rows = sqlite3.connect(sys.argv[1]).execute("SELECT name, sex, id_number, phone FROM member").fetchall()
class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return len(rows)
    def columnCount(self, parent=None): return 4
    def data(self, index, role=0):
        return rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None
app = QApplication(["bench"])
window = QMainWindow()
view = QTableView()
view.setModel(Model())
window.setCentralWidget(view)
window.show()
app.processEvents()
print(time.perf_counter() - t0)
"""


def best_of(runs: int, command: list[str]) -> float:
    times = [
        float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return min(times)


# Peak resident memory of the measuring process itself. On Linux ru_maxrss survives exec, so a
# child started by this (large) process would report this process's peak: VmHWM does not.
PEAK_MB = """
def peak_mb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

MEMORY = (
    PEAK_MB
    + """
import sys
from pathlib import Path
import dangwu_desktop.cli  # what the program's entry point imports first
from PySide6.QtCore import QSettings
from dangwu_desktop.app import create_application
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.main_window import MainWindow
app = create_application(["bench"])
context = AppContext(open_database(Path(sys.argv[1])), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(context)
window.show_page("roster")
app.processEvents()
print(peak_mb())
"""
)

# The floor any program on SQLAlchemy starts from: the bare window, plus importing the ORM.
BARE_WITH_ORM = BARE_START.replace(
    "t0 = time.perf_counter()\n", "t0 = time.perf_counter()\nimport sqlalchemy.orm\n"
)

BARE_MEMORY = PEAK_MB + BARE_START.replace("print(time.perf_counter() - t0)", "print(peak_mb())")


def generated(folder: Path, count: int) -> Path:
    from dangwu_desktop.core.demo import generate_bulk_members
    from dangwu_desktop.db.startup import open_database

    path = folder / f"roster-{count}.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        generate_bulk_members(session, count, today=TODAY)
    database.dispose()
    return path


def main() -> None:
    """Cold start at 5,000 members (goal: 1.5× bare Qt), search and memory at 100,000."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from dangwu_desktop.core.roster import RosterFilter, load_roster
    from dangwu_desktop.db.startup import open_database

    # An installed program runs from compiled bytecode; a checkout may not have it yet.
    compileall.compile_dir(Path(__file__).parents[1] / "dangwu_desktop", quiet=1)
    folder = Path(tempfile.mkdtemp(prefix="dangwu-bench-"))
    small, large = generated(folder, 5_000), generated(folder, count)
    ini = str(folder / "ui.ini")
    rows_table: list[tuple[str, float, str, float]] = []
    painted = best_of(3, [sys.executable, "-c", FIRST_PAINT, str(small), ini])
    bare_paint = best_of(3, [sys.executable, "-c", BARE_PAINT])
    rows_table.append(
        (
            "窗口首次绘出（标题、侧栏、正在打开…）",
            painted,
            "PySide6 空 QMainWindow 绘出",
            bare_paint,
        )
    )
    ours = best_of(3, [sys.executable, "-c", COLD_START, str(small), ini])
    bare = best_of(3, [sys.executable, "-c", BARE_START, str(small)])
    floor = best_of(3, [sys.executable, "-c", BARE_WITH_ORM, str(small)])
    rows_table.append(
        ("冷启动到花名册可用（5000人）", ours, "PySide6 QMainWindow+QTableView 读同一表", bare)
    )
    rows_table.append(
        ("冷启动到花名册可用（5000人）", ours, "同上，另加 import sqlalchemy.orm（下限）", floor)
    )

    from PySide6.QtWidgets import QApplication

    from dangwu_desktop.ui.roster_model import RosterTableModel

    QApplication.instance() or QApplication(["bench"])
    database = open_database(large)
    with database.read() as session:
        rows = load_roster(session, TODAY)
    model = RosterTableModel()
    model.set_rows(rows)
    keystroke_times = []
    for text in KEYSTROKES:
        start = time.perf_counter()
        model.set_filter(RosterFilter(text=text))
        model.rowCount()
        keystroke_times.append(time.perf_counter() - start)
    baseline_times = []
    haystacks = [row.haystack for row in rows]
    for text in KEYSTROKES:
        start = time.perf_counter()
        [i for i, hay in enumerate(haystacks) if text in hay]
        baseline_times.append(time.perf_counter() - start)
    rows_table.append((f"搜索按键到视图更新（{count}人，中位数）", statistics.median(keystroke_times),
                       "纯 Python 子串扫描同样的行", statistics.median(baseline_times)))  # fmt: skip
    rows_table.append(
        (
            "搜索按键到视图更新（最慢一次）",
            max(keystroke_times),
            "纯 Python 子串扫描（最慢一次）",
            max(baseline_times),
        )
    )
    database.dispose()
    print_ratios(rows_table)
    ours_mb = float(
        subprocess.run(
            [sys.executable, "-c", MEMORY, str(large), ini],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    bare_mb = float(
        subprocess.run(
            [sys.executable, "-c", BARE_MEMORY, str(large)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    print(
        f"峰值内存（{count}人的花名册已载入）：{ours_mb:.0f} MB；裸 QMainWindow+QTableView：{bare_mb:.0f} MB；倍数 {ours_mb / bare_mb:.2f}"
    )


if __name__ == "__main__":
    main()
