"""Importing and exporting a 20,000-member roster, against the raw libraries doing the same I/O.

Two files are imported: the program's own export of the roster (every member 在册, none 流动),
and a mixed roster as villages keep it: about a tenth 流动党员 with 流出时间, 流入地 and 流入党组织,
a few 转出 and 去世, some 预备党员, and the dates in every form villages type them.

make bench      (or: .venv/bin/python bench/bench_import.py [N])
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter
from openpyxl import Workbook
from python_calamine import CalamineWorkbook
from ratios import print_ratios

if TYPE_CHECKING:
    from dangwu_desktop.core.roster import RosterRow

TODAY = date(2026, 11, 25)
MIXED_HEADER = ["序号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "入党时间",
                "转正时间", "人员类别", "工作岗位", "联系电话", "家庭住址", "是否流动党员",
                "流出时间", "流入地", "流入党组织", "党籍状态"]  # fmt: skip
PLACES = ("浙江省杭州市", "上海市浦东新区", "江苏省苏州市", "广东省深圳市", "福建省厦门市")
# Every form a village types a date in: a date cell, then text.
DATE_FORMS: tuple[Callable[[date], object], ...] = (
    lambda d: d,
    lambda d: f"{d:%Y-%m-%d}",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d:%Y.%m.%d}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d:%Y%m%d}",
)


def write_mixed_roster(path: Path, rows: Sequence[RosterRow]) -> dict[str, int]:
    """The members of `rows` as a village's roster: every tenth 流动 (with the date, place and
    organisation it went to), one in 97 转出, one in 101 去世, one in 20 a 预备党员 who joined within
    the year; dates in DATE_FORMS by turns, a birth date now and then only as 年月. Returns how
    many rows of each kind it wrote."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("花名册")
    day_format = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, MIXED_HEADER)
    counts = {"流动": 0, "转出": 0, "去世": 0, "预备党员": 0}

    def when(r: int, c: int, day: date | None, form: int) -> None:
        if day is None:
            return
        value = DATE_FORMS[form % len(DATE_FORMS)](day)
        if isinstance(value, date):
            sheet.write_datetime(r, c, value, day_format)  # type: ignore[arg-type]
        else:
            sheet.write_string(r, c, str(value))

    for i, row in enumerate(rows):
        r = i + 1
        joined, full, category = row.join_date, row.full_member_date, "正式党员"
        if i % 20 == 0:
            joined, full, category = TODAY - timedelta(days=30 + i % 300), None, "预备党员"
            counts["预备党员"] += 1
        mobile = i % 10 == 3
        status = "转出" if i % 97 == 5 else "去世" if i % 101 == 7 else "正常"
        counts["流动"] += mobile
        counts[status] = counts.get(status, 0) + 1
        cells = [str(r), row.name, row.sex.value, row.ethnicity, None, row.id_number,
                 row.education, None, None, category, row.occupation, row.phone, row.address,
                 "是" if mobile else "否", None, PLACES[i % len(PLACES)] if mobile else "",
                 f"{PLACES[i % len(PLACES)]}流动党员党支部" if mobile else "", status]  # fmt: skip
        for c, value in enumerate(cells):
            if value:
                sheet.write_string(r, c, value)
        born = row.birth_date
        if born is not None and i % 13 == 0:
            sheet.write_string(r, 4, f"{born.year}年{born.month}月")
        else:
            when(r, 4, born, i)
        when(r, 7, joined, i + 1)
        when(r, 8, full, i + 2)
        if mobile and joined is not None:
            when(r, 14, max(joined, TODAY - timedelta(days=40 + i % 2000)), i + 3)
    book.close()
    del counts["正常"]
    return counts


RUNS = 3  # each measurement, and its baseline, the fastest of this many: the machine is shared


def timed(action: Callable[[], object], runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


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
    # each import into a database of its own, empty as at the first (opened beforehand: untimed)
    imports = iter([open_database(folder / f"target-{i}.sqlite3") for i in range(RUNS)])

    def check() -> None:
        with target.read() as session:
            checked["result"] = check_roster_file(session, read_roster(roster_file), TODAY)

    def import_all() -> None:
        with next(imports).transaction() as session:
            result = check_roster_file(session, read_roster(roster_file), TODAY)
            apply_import(session, result, TODAY, update_existing=False, source=roster_file.name)

    check_time = timed(check)
    import_time = timed(import_all)
    assert not checked["result"].faults and len(checked["result"].accepted) == count

    mixed_file = folder / "mixed.xlsx"
    kinds = write_mixed_roster(mixed_file, rows)
    mixed_calamine_time = timed(
        lambda: CalamineWorkbook.from_path(str(mixed_file)).get_sheet_by_index(0).to_python()
    )
    mixed_target = open_database(folder / "mixed.sqlite3")
    mixed_imports = iter([open_database(folder / f"mixed-{i}.sqlite3") for i in range(RUNS)])

    def check_mixed() -> None:
        with mixed_target.read() as session:
            checked["mixed"] = check_roster_file(session, read_roster(mixed_file), TODAY)

    def import_mixed() -> None:
        with next(mixed_imports).transaction() as session:
            result = check_roster_file(session, read_roster(mixed_file), TODAY)
            apply_import(session, result, TODAY, update_existing=False, source=mixed_file.name)

    mixed_check_time = timed(check_mixed)
    mixed_import_time = timed(import_mixed)
    mixed = checked["mixed"]
    assert not mixed.faults and len(mixed.accepted) == count, mixed.first_fault_per_row()[:5]
    print("混合花名册：" + "，".join(f"{kind}{n}人" for kind, n in kinds.items()))

    table = [
        (f"检查{count}行xlsx（不写入）", check_time, "python-calamine 读同一文件", calamine_time),
        (
            f"导入{count}行xlsx（检查并提交）",
            import_time,
            "python-calamine 读同一文件",
            calamine_time,
        ),
        (
            f"检查{count}行混合花名册",
            mixed_check_time,
            "python-calamine 读同一文件",
            mixed_calamine_time,
        ),
        (
            f"导入{count}行混合花名册",
            mixed_import_time,
            "python-calamine 读同一文件",
            mixed_calamine_time,
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
