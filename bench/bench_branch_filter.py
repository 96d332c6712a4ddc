"""The cost of keeping branches apart on the roster page's load: the roster of a village database
(its one branch: every row matches) and of a township database (the same village among others),
each timed as the page loads it, against the same query without the branch condition.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_branch_filter.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ratios import print_ratios

TODAY = date(2026, 11, 25)


def best_of(
    runs: int, work: Callable[[], object], baseline: Callable[[], object]
) -> tuple[float, float]:
    """The best time of each, run in turns: on a shared machine a busy spell then slows both,
    not only the one measured during it."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for measured, job in zip(times, (work, baseline), strict=True):
            start = time.perf_counter()
            job()
            measured.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    from sqlalchemy import select

    from dangwu_desktop.core import branch_scope
    from dangwu_desktop.core.demo import generate_bulk_members
    from dangwu_desktop.core.models import Member
    from dangwu_desktop.core.roster import load_roster
    from dangwu_desktop.core.services.branch import add_branch
    from dangwu_desktop.db.startup import open_database

    database = open_database(Path(tempfile.mkdtemp(prefix="dangwu-bench-")) / "t.sqlite3")
    with database.transaction() as session:
        generate_bulk_members(session, count, today=TODAY)

    def roster(branch_id: int | None = None) -> Callable[[], object]:
        def work() -> object:
            with database.read(branch_id) as session:
                return load_roster(session, TODAY)

        return work

    def unfiltered() -> object:
        # The same load with the branch condition taken out (as before issue 23).
        real = branch_scope.session_branch_id
        roster_module = sys.modules["dangwu_desktop.core.roster"]
        roster_module.session_branch_id = lambda _session: None  # type: ignore[attr-defined]
        try:
            return roster()()
        finally:
            roster_module.session_branch_id = real  # type: ignore[attr-defined]

    def orm_members(**options: object) -> Callable[[], object]:
        def work() -> object:
            with database.read(1) as session:
                return session.scalars(select(Member).execution_options(**options)).all()

        return work

    rows: list[tuple[str, float, str, float]] = []
    village, plain = best_of(7, roster(), unfiltered)
    rows.append((f"花名册载入（村库，{count}人）", village, "同一查询，不加支部条件", plain))
    orm, orm_plain = best_of(5, orm_members(), orm_members(all_branches=True))
    rows.append((f"ORM 读全部党员（{count}人）", orm, "同上，跳过支部过滤", orm_plain))
    with database.transaction() as session:
        others = add_branch(session, "中共另一村支部委员会").id
    with database.transaction(branch_id=others) as session:
        generate_bulk_members(session, count, today=TODAY)
    # Unfiltered, this database's roster would be both villages': the village's time stands.
    township = min(best_of(4, roster(1), roster(1)))
    rows.append(
        (f"花名册载入（乡镇库两支部，本支部{count}人）", township, "村库不加支部条件", plain)
    )
    database.dispose()
    print_ratios(rows)


if __name__ == "__main__":
    main()
