"""Importing and exporting a 20,000-member roster, against the raw libraries doing the same I/O.

make bench      (or: .venv/bin/python bench/bench_import.py [N])
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook
from ratios import print_ratios

TODAY = date(2026, 11, 25)


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    from dangwu_desktop.core.demo import generate_bulk_members
    from dangwu_desktop.core.roster import COLUMNS, load_roster
    from dangwu_desktop.core.services.roster_import import apply_import
    from dangwu_desktop.db.startup import open_database
    from dangwu_desktop.io.roster_export import export_roster
    from dangwu_desktop.io.roster_reader import check_roster_file, read_roster

    folder = Path(tempfile.mkdtemp(prefix="dangwu-bench-"))
    source = open_database(folder / "source.sqlite3")
    with source.transaction() as session:
        generate_bulk_members(session, count, today=TODAY)
    with source.read() as session:
        rows = load_roster(session, TODAY)
    roster_file = folder / "roster.xlsx"

    export_time = timed(lambda: export_roster(roster_file, rows, "基准测试党支部", TODAY))

    def raw_write() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("花名册")
        for row in rows:
            sheet.append([str(column.value(row)) for column in COLUMNS])
        workbook.save(folder / "raw.xlsx")

    raw_write_time = timed(raw_write)
    calamine_time = timed(
        lambda: CalamineWorkbook.from_path(str(roster_file)).get_sheet_by_index(0).to_python()
    )

    target = open_database(folder / "target.sqlite3")
    checked = {}

    def check() -> None:
        with target.read() as session:
            checked["result"] = check_roster_file(session, read_roster(roster_file), TODAY)

    def import_all() -> None:
        with target.transaction() as session:
            result = check_roster_file(session, read_roster(roster_file), TODAY)
            apply_import(session, result, TODAY, update_existing=False, source=roster_file.name)

    check_time = timed(check)
    import_time = timed(import_all)
    assert not checked["result"].faults and len(checked["result"].accepted) == count

    table = [
        (f"检查{count}行xlsx（不写入）", check_time, "python-calamine 读同一文件", calamine_time),
        (
            f"导入{count}行xlsx（检查并提交）",
            import_time,
            "python-calamine 读同一文件",
            calamine_time,
        ),
        (
            f"导出{count}人花名册（含统计）",
            export_time,
            "openpyxl 只写模式写同样的单元格",
            raw_write_time,
        ),
    ]
    print_ratios(table)


if __name__ == "__main__":
    main()
