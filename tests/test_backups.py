"""Backups: made while the database is open, checked, rotated on Anki's schedule, restored, and
used to recover a damaged file at start — each database only ever from its own backups."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dangwu_desktop.core.models import Member
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db import backups
from dangwu_desktop.db.backups import BackupError, backup_now, check, list_backups, restore, rotate
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.identity import ensure_database_id
from dangwu_desktop.db.safety import daily_backup, newest_good_backup
from dangwu_desktop.db.startup import open_database, recover_from
from tests.conftest import TODAY, member

pytestmark = pytest.mark.sqlite_only  # the SQLite file's own backups (a server's are pg_dump's)


def members(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Member)) or 0


def test_a_backup_of_an_open_database_holds_what_was_committed(
    database: Database, branch: None
) -> None:
    path = database.file_path
    assert path is not None
    with database.transaction() as session:
        add_member(session, member(), TODAY)
    copy = backup_now(path, "manual")  # the engine still holds its connection (WAL)
    assert check(copy, thorough=True) is None
    assert open_database(copy).file_path == copy and members(Database.for_file(copy)) == 1
    assert [b.description for b in list_backups(copy.parent)] == ["手动备份"]


def test_damaged_and_foreign_files_are_recognised(tmp_path: Path) -> None:
    garbage = tmp_path / "x.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    assert check(garbage) is not None
    empty = tmp_path / "other.sqlite3"
    import sqlite3

    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.commit()
    assert check(empty) == "不是党务台账的数据文件"


def _fake_backups(folder: Path, days: list[date]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for day in days:
        (folder / f"db-{day:%Y%m%d}-120000-daily.sqlite3").write_bytes(b"x")


def test_rotation_keeps_today_yesterday_12_daily_10_weekly_9_monthly(tmp_path: Path) -> None:
    today = date(2026, 11, 25)
    every_day = [today - timedelta(days=n) for n in range(0, 400)]
    _fake_backups(tmp_path, every_day)
    rotate(list_backups(tmp_path), today)
    kept = sorted({b.made.date() for b in list_backups(tmp_path)}, reverse=True)
    assert kept[:2] == [today, today - timedelta(days=1)]
    older = [d for d in kept if d < today - timedelta(days=1)]
    assert older[:12] == [today - timedelta(days=n) for n in range(2, 14)]  # 12 daily
    weeks = {tuple(d.isocalendar())[:2] for d in older}
    assert len(weeks) >= 10
    months = {(d.year, d.month) for d in older}
    assert len(months) >= 9  # the newest of nine months at least
    assert len(kept) <= 2 + 12 + 10 + 9
    assert min(kept) >= today - timedelta(days=9 * 31 + 31)


def test_rotation_never_deletes_today(tmp_path: Path) -> None:
    today = date(2026, 11, 25)
    _fake_backups(tmp_path, [today] * 1)
    (tmp_path / f"db-{today:%Y%m%d}-080000-before-import.sqlite3").write_bytes(b"x")
    assert rotate(list_backups(tmp_path), today) == []


def test_daily_backup_once_a_day_and_only_after_a_change(database: Database, branch: None) -> None:
    path = database.file_path
    assert path is not None
    own = ensure_database_id(database)
    now = datetime.now()
    assert daily_backup(path, own, now) is not None
    assert daily_backup(path, own, now) is None  # already today
    tomorrow = now + timedelta(days=1)
    old = (now - timedelta(days=1)).timestamp()
    for file in path.parent.glob(f"{path.name}*"):
        os.utime(file, (old, old))  # nothing changed since the backup
    assert daily_backup(path, own, tomorrow) is None


def test_restore_backs_up_first_and_replaces_the_content(database: Database, branch: None) -> None:
    path = database.file_path
    assert path is not None
    with database.transaction() as session:
        add_member(session, member(), TODAY)
    snapshot = backup_now(path, "manual")
    with database.transaction() as session:
        add_member(session, member(name="李梅", id_number="110101199003074426"), TODAY)
    database.dispose()
    before = restore(snapshot, path)
    assert members(database) == 1
    assert "before-restore" in before.name and members(Database.for_file(before)) == 2


def test_a_damaged_backup_is_not_restored(database: Database, tmp_path: Path) -> None:
    path = database.file_path
    assert path is not None
    bad = tmp_path / "db-20260101-000000-manual.sqlite3"
    bad.write_bytes(b"not a database at all")
    with pytest.raises(BackupError, match="不能用"):
        restore(bad, path)


def test_a_damaged_database_is_recovered_from_the_newest_good_backup(
    tmp_path: Path, branch: None, database: Database
) -> None:
    path = database.file_path
    assert path is not None
    with database.transaction() as session:
        add_member(session, member(), TODAY)
    good = backup_now(path, "daily")
    database.dispose()
    bad_later = (
        good.parent
        / f"{path.stem}-{datetime.now() + timedelta(hours=1):%Y%m%d-%H%M%S}-manual.sqlite3"
    )
    bad_later.write_bytes(b"broken")
    for journal in path.parent.glob(f"{path.name}-*"):
        journal.unlink()  # so that only the damaged main file speaks for the database
    with path.open("r+b") as handle:  # damage the live file: its schema page, past the header
        handle.seek(100)
        handle.write(os.urandom(3000))
    assert check(path, thorough=True) is not None
    assert newest_good_backup(path) is not None and newest_good_backup(path).path == good  # type: ignore[union-attr]
    kept = recover_from(good, path)
    assert kept.exists() and check(path, thorough=True) is None
    assert members(Database.for_file(path)) == 1


def test_copy_to_another_folder_is_checked(database: Database, tmp_path: Path) -> None:
    path = database.file_path
    assert path is not None
    stick = tmp_path / "U盘"
    stick.mkdir()
    copied = backups.copy_to(backup_now(path, "manual"), stick)
    assert copied.parent == stick and check(copied) is None
    with pytest.raises(BackupError, match="没有能复制到"):
        backups.copy_to(backup_now(path, "manual"), tmp_path / "不存在的文件夹")
