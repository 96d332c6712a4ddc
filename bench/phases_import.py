"""Where the time of importing the mixed 20,000-row roster goes, phase by phase, in µs a row.

.venv/bin/python bench/phases_import.py [N] [--profile PHASE [tottime|cumulative]]

The phases are the import's own functions called in turn, as `import-roster` calls them: the
sheet read (calamine, through the program's table reader), the rows found (header, blanks, foot),
the cells converted (candidates), the rules (check_candidates), and the writing (apply_import,
rolled back; the 操作日志 entries of the movements timed within it). Each is the least CPU time
of five runs (the machine is shared: CPU time, not the clock); PHASE profiles one run of that
phase instead. The last two lines are the whole check and import as `make bench` runs them.
"""

from __future__ import annotations

import cProfile
import gc
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_import import TODAY, write_mixed_roster
from python_calamine import CalamineWorkbook

RUNS = 5


def main() -> None:
    args = sys.argv[1:]
    profile = args[args.index("--profile") + 1] if "--profile" in args else None
    order = "cumulative" if "cumulative" in args else "tottime"
    count = next((int(a) for a in args if a.isdigit()), 20_000)

    from dangwu_desktop.core import audit
    from dangwu_desktop.core.demo import generate_bulk_members
    from dangwu_desktop.core.roster import load_roster
    from dangwu_desktop.core.services import members as member_service
    from dangwu_desktop.core.services.roster_import import apply_import, check_candidates
    from dangwu_desktop.db.startup import open_database
    from dangwu_desktop.io.roster_reader import check_roster_file, read_roster, to_candidates
    from dangwu_desktop.io.tables import read_table

    folder = Path(tempfile.mkdtemp(prefix="dangwu-phases-"))
    with open_database(folder / "source.sqlite3").transaction() as session:
        generate_bulk_members(session, count, today=TODAY)
        rows = load_roster(session, TODAY)
    mixed = folder / "mixed.xlsx"
    write_mixed_roster(mixed, rows)
    database = open_database(folder / "target.sqlite3")
    times: dict[str, float] = {}

    def timed(name: str, action: Callable[[], Any]) -> Any:
        best, result = float("inf"), None
        for _ in range(1 if profile == name else RUNS):
            gc.collect()
            gc.disable()
            profiler = cProfile.Profile() if profile == name else None
            if profiler:
                profiler.enable()
            start = time.process_time()
            result = action()
            best = min(best, time.process_time() - start)
            if profiler:
                profiler.disable()
                pstats.Stats(profiler).sort_stats(order).print_stats(25)
            gc.enable()
        times[name] = best
        return result

    def judged() -> Any:
        with database.read() as session:
            return check_candidates(session, to_candidates(roster), TODAY)

    def written() -> None:
        with database.transaction() as session:
            apply_import(session, check, TODAY, update_existing=False, source=mixed.name)
            session.rollback()

    def whole(check_only: bool) -> None:
        with database.transaction() as session:
            result = check_roster_file(session, read_roster(mixed), TODAY)
            if not check_only:
                apply_import(session, result, TODAY, update_existing=False, source=mixed.name)
            session.rollback()

    sheet = CalamineWorkbook.from_path
    timed("calamine", lambda: sheet(str(mixed)).get_sheet_by_index(0).to_python())
    timed("read cells", lambda: read_table(mixed))
    roster = timed("rows found", lambda: read_roster(mixed))
    timed("conversion", lambda: to_candidates(roster))
    check = timed("rules", judged)
    logged = [0.0]
    record_many = audit.record_many

    def timed_record_many(*args: Any) -> None:
        start = time.process_time()
        record_many(*args)
        logged[0] = time.process_time() - start

    member_service.audit.record_many = timed_record_many  # type: ignore[assignment]
    timed("writing (apply_import)", written)
    member_service.audit.record_many = record_many  # type: ignore[assignment]
    times["  of which 操作日志 of movements"] = logged[0]
    times["rows found"] -= times["read cells"]
    times["rules"] -= times["conversion"]
    timed("whole --check", lambda: whole(True))
    timed("whole import (no commit)", lambda: whole(False))
    base = times["calamine"]
    for name, seconds in times.items():
        per_row, ms = seconds * 1e6 / count, seconds * 1000
        print(f"{name:<34}{per_row:>6.1f} µs/row {ms:>8.1f} ms {seconds / base:>6.2f}×")


if __name__ == "__main__":
    main()
