"""The 上报数据包: writing and reading (verifying) the demo village's and a 2,000-member village's
package, with and without a password, against a raw `sqlite3` backup zipped (and unzipped); and
importing it into a new township database (verified, every row under a new key) against unzip and a
plain `INSERT … SELECT` of the same rows with their own keys through `sqlite3`.

.venv/bin/python bench/bench_package.py
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

from ratios import Row, print_ratios

TODAY = date(2026, 11, 25)
PASSWORD = "bench-2026"
RUNS = 3


def best(work: Callable[[], object]) -> float:
    """The fastest of a few runs: what the code costs, less the machine's other load."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def raw_write(database: Path, target: Path) -> None:
    snapshot = target.with_suffix(".raw.sqlite3")
    with closing(sqlite3.connect(database)) as source, closing(sqlite3.connect(snapshot)) as out:
        source.backup(out)
    with zipfile.ZipFile(target, "w") as archive:
        archive.write(snapshot, "data.sqlite3", zipfile.ZIP_DEFLATED)
    snapshot.unlink()


def raw_read(package: Path, folder: Path) -> None:
    with zipfile.ZipFile(package) as archive:
        archive.extract("data.sqlite3", folder)
    (folder / "data.sqlite3").unlink()


def empty_township(folder: Path) -> Path:
    """A new database at the current schema, copied for each run of an import."""
    from dangwu_desktop.db.startup import open_database

    path = folder / "township-template.sqlite3"
    if not path.exists():
        open_database(path).dispose()
    return path


def program_import(template: Path, package: Path, folder: Path) -> None:
    from dangwu_desktop.db.database import Database
    from dangwu_desktop.db.package_import import import_file

    target = folder / "township.sqlite3"
    shutil.copyfile(template, target)
    database = Database.for_file(target)
    try:
        assert import_file(database, package).imported
    finally:
        database.dispose()
    target.unlink()


def raw_import(template: Path, package: Path, folder: Path) -> None:
    from dangwu_desktop.core.models import Base
    from dangwu_desktop.db.package_import import branch_tables

    target = folder / "township.sqlite3"
    shutil.copyfile(template, target)
    with zipfile.ZipFile(package) as archive:
        archive.extract("data.sqlite3", folder)
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("ATTACH DATABASE ? AS village", (str(folder / "data.sqlite3"),))
        with connection:
            connection.execute("INSERT INTO branch SELECT * FROM village.branch")
            owned = {table.name for table in branch_tables()}
            for table in Base.metadata.sorted_tables:
                if table.name in owned:
                    connection.execute(
                        f'INSERT INTO "{table.name}" SELECT * FROM village."{table.name}"'
                    )
        connection.execute("DETACH DATABASE village")
    (folder / "data.sqlite3").unlink()
    target.unlink()


def village(folder: Path, extra_members: int) -> Path:
    from dangwu_desktop.core.demo import build_demo_village, generate_bulk_members
    from dangwu_desktop.db.startup import open_database

    path = folder / f"village-{extra_members}.sqlite3"
    database = open_database(path)
    with database.transaction() as session:
        if extra_members:
            generate_bulk_members(session, extra_members, seed=11, today=TODAY)
        build_demo_village(session, TODAY)  # a year of meetings and study everyone attends
    database.dispose()
    return path


def measure(label: str, path: Path, folder: Path) -> list[Row]:
    from dangwu_desktop.db.database import Database
    from dangwu_desktop.db.package import read_package, write_package

    database = Database.for_file(path)
    plain, sealed, raw = folder / "plain.dwpkg", folder / "sealed.dwpkg", folder / "raw.zip"
    try:
        rows: list[Row] = []
        baseline = best(lambda: raw_write(path, raw))
        rows.append((f"{label}：导出", best(lambda: write_package(database, plain)),
                     "sqlite3 备份 + zip", baseline))  # fmt: skip
        rows.append((f"{label}：导出（有密码）", best(lambda: write_package(database, sealed, PASSWORD)),
                     "sqlite3 备份 + zip", baseline))  # fmt: skip
        baseline = best(lambda: raw_read(raw, folder))
        rows.append((f"{label}：读取并核验", best(lambda: read_package(plain).close()),
                     "unzip", baseline))  # fmt: skip
        rows.append((f"{label}：读取并核验（有密码）",
                     best(lambda: read_package(sealed, PASSWORD).close()), "unzip", baseline))  # fmt: skip
        template = empty_township(folder)
        baseline = best(lambda: raw_import(template, plain, folder))
        rows.append((f"{label}：导入新的乡镇数据库", best(lambda: program_import(template, plain, folder)),
                     "unzip + INSERT…SELECT（原主键）", baseline))  # fmt: skip
        sizes = {p.name: p.stat().st_size for p in (path, plain, sealed, raw)}
        print(f"{label}：数据库 {sizes[path.name] / 1e6:.1f} MB，数据包 {sizes['plain.dwpkg'] / 1e6:.2f} MB，"
              f"有密码 {sizes['sealed.dwpkg'] / 1e6:.2f} MB，基准 zip {sizes['raw.zip'] / 1e6:.2f} MB")  # fmt: skip
    finally:
        database.dispose()
    return rows


def scrypt_cost() -> float:
    """What a password costs by itself: one scrypt derivation (paid once on export, once on read)."""
    from dangwu_desktop.db.package import SCRYPT_N, SCRYPT_P, SCRYPT_R, _derive

    return statistics.median(
        best(lambda: _derive(PASSWORD, b"0" * 16, SCRYPT_N, SCRYPT_R, SCRYPT_P)) for _ in range(2)
    )


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="dangwu-bench-package-"))
    rows = measure("演示村（61名党员）", village(folder, 0), folder)
    rows += measure("2000名党员的村", village(folder, 1939), folder)
    print(f"其中 scrypt 生成密钥一次：{scrypt_cost() * 1000:.0f} ms")
    print_ratios(rows)


if __name__ == "__main__":
    main()
