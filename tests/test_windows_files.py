"""Files another program holds for a moment, as on a Windows PC (issue 15, items 4–6).

On Windows, antivirus, the search indexer or a viewer opening a file makes renaming or deleting it
fail with PermissionError (WinError 5 or 32) until it lets go. Linux never refuses, so these tests
make os.replace and Path.unlink refuse the way Windows does.
"""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from dangwu_desktop.db import files
from dangwu_desktop.db.backups import (
    BackupError,
    backup_now,
    check,
    copy_to,
    list_backups,
    own_backups,
    rotate,
)
from dangwu_desktop.db.safety import open_for_use
from dangwu_desktop.db.startup import recover_from
from dangwu_desktop.io.atomic import ExportError, atomic_save

REAL_REPLACE = os.replace
REAL_UNLINK = Path.unlink
MORNING = datetime(2026, 11, 24, 8, 0)


def sharing_violation(path: object) -> PermissionError:
    """What Python raises on Windows for a file another program has open (WinError 32)."""
    error = PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。", str(path))
    setattr(error, "winerror", 32)  # noqa: B010 (the attribute exists only on Windows)
    return error


@pytest.fixture(autouse=True)
def no_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """The retries keep their count but not their second of waiting."""
    monkeypatch.setattr(files, "PAUSE_SECONDS", 0)


def replace_held(monkeypatch: pytest.MonkeyPatch, times: int) -> list[str]:
    """os.replace refuses the first `times` calls, as while antivirus reads the new file; returns
    the list of attempts."""
    attempts: list[str] = []

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        attempts.append(str(target))
        if len(attempts) <= times:
            raise sharing_violation(target)
        REAL_REPLACE(source, target)

    monkeypatch.setattr(os, "replace", replace)
    return attempts


def unlink_refused(monkeypatch: pytest.MonkeyPatch, refuse: Callable[[Path], bool]) -> None:
    def unlink(self: Path, missing_ok: bool = False) -> None:
        if refuse(self):
            raise sharing_violation(self)
        REAL_UNLINK(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)


# Item 4: a locked old backup


def _fake_backups(folder: Path, days: list[date]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for day in days:
        (folder / f"db-{day:%Y%m%d}-120000-daily.sqlite3").write_bytes(b"x")


def test_rotation_leaves_a_locked_backup_logs_it_and_deletes_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    today = date(2026, 11, 25)
    _fake_backups(tmp_path, [today - timedelta(days=n) for n in range(400)])
    locked = tmp_path / "db-20251201-120000-daily.sqlite3"  # one the schedule no longer keeps
    unlink_refused(monkeypatch, lambda path: path == locked)
    with caplog.at_level(logging.WARNING):
        deleted = rotate(list_backups(tmp_path), today)
    assert locked.exists() and locked not in deleted
    assert len(deleted) > 300 and not any(path.exists() for path in deleted)
    assert locked.name in caplog.text


def test_the_program_starts_when_an_old_backup_is_held_by_a_viewer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dangwu.sqlite3"
    open_for_use(path, MORNING).database.dispose()
    made = backup_now(path, "manual", now=MORNING)
    database_id = list_backups(made.parent)[0].identity.database_id
    months = [date(2024, 7, 1) + timedelta(days=31 * n) for n in range(20)]
    old = [made.with_name(f"dangwu-{day:%Y%m}01-080000-daily.sqlite3") for day in months]
    for copy in old:
        copy.write_bytes(made.read_bytes())  # the database's own: one a month for 20 months
    unlink_refused(monkeypatch, lambda p: p == old[1])
    later = MORNING + timedelta(days=2)
    os.utime(path, (later.timestamp(), later.timestamp()))  # changed: today's backup is due
    opened = open_for_use(path, later)
    opened.database.dispose()
    assert opened.warnings == []
    # kept: the twelve newest days with a backup (the manual one and eleven of these); the held
    # one stays for the next start, and the other old ones are gone all the same
    assert [p.exists() for p in old] == [n == 1 or n >= 9 for n in range(20)]
    assert any(b.made == later for b in own_backups(path, database_id))


# Item 5: the file just written is held for a moment


def test_an_export_held_for_a_moment_by_antivirus_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "花名册.xlsx"
    target.write_bytes(b"old")
    attempts = replace_held(monkeypatch, times=3)
    assert atomic_save(target, lambda path: path.write_bytes(b"new")) == target
    assert target.read_bytes() == b"new" and len(attempts) == 4
    assert list(tmp_path.iterdir()) == [target]


def test_an_export_held_for_good_names_another_program_not_wps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "花名册.xlsx"
    target.write_bytes(b"old")
    attempts = replace_held(monkeypatch, times=1000)
    with pytest.raises(ExportError) as raised:
        atomic_save(target, lambda path: path.write_bytes(b"new"))
    message = str(raised.value)
    assert "正被其他程序占用" in message and "WPS" not in message
    assert "另一个程序正在使用此文件" in message  # what Windows said, for whoever helps her
    assert len(attempts) == files.ATTEMPTS == 10
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_retrying_takes_about_a_second_at_most(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(files, "PAUSE_SECONDS", 0.1)
    monkeypatch.setattr(files.time, "sleep", pauses.append)
    replace_held(monkeypatch, times=1000)
    with pytest.raises(PermissionError):
        files.replace_with_retry(tmp_path / "a", tmp_path / "b")
    assert pauses == [0.1] * 9


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (sharing_violation("x"), True),
        (PermissionError(errno.EACCES, "Access is denied"), True),
        (OSError(errno.ENOSPC, "No space left on device"), False),
        (FileNotFoundError(errno.ENOENT, "No such file"), False),
    ],
)
def test_only_a_held_file_is_tried_again(
    error: OSError, retried: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[int] = []

    def replace(_source: object, _target: object) -> None:
        attempts.append(1)
        raise error

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(type(error)):
        files.replace_with_retry(tmp_path / "a", tmp_path / "b")
    assert len(attempts) == (files.ATTEMPTS if retried else 1)


def test_a_temporary_that_cannot_be_deleted_does_not_hide_the_real_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "花名册.xlsx"

    def full_disk(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    unlink_refused(monkeypatch, lambda path: path.name.startswith("."))
    with pytest.raises(ExportError, match="磁盘空间不足"):
        atomic_save(target, full_disk)


def test_a_folder_that_refuses_new_files_is_named_as_the_cause(tmp_path: Path) -> None:
    def refused(_path: Path) -> None:
        raise PermissionError(errno.EACCES, "拒绝访问。")

    with pytest.raises(ExportError, match="没有写入权限") as raised:
        atomic_save(tmp_path / "花名册.xlsx", refused)
    assert "WPS" not in str(raised.value)


def test_a_backup_held_for_a_moment_is_made(
    database_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = replace_held(monkeypatch, times=2)
    made = backup_now(database_file, "manual")
    assert check(made, at_rest=True) is None and len(attempts) == 3
    assert [p.name for p in made.parent.iterdir() if p.name.startswith(".")] == []


def test_a_failed_backup_reports_its_cause_even_when_the_temporary_is_held(
    database_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replace_held(monkeypatch, times=1000)
    unlink_refused(monkeypatch, lambda path: path.name.endswith(".tmp"))
    with pytest.raises(BackupError, match="另一个程序正在使用此文件"):
        backup_now(database_file, "manual")


def test_a_copy_to_a_usb_stick_held_for_a_moment_is_made(
    database_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backup_now(database_file, "manual")
    stick = tmp_path / "U盘"
    stick.mkdir()
    replace_held(monkeypatch, times=2)
    assert copy_to(made, stick) == stick / made.name


def test_recovery_waits_for_the_file_it_puts_in_place(
    database_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup_now(database_file, "manual")
    replace_held(monkeypatch, times=3)
    recover_from(good, database_file)
    assert check(database_file) is None


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    path = tmp_path / "dangwu.sqlite3"
    open_for_use(path, MORNING).database.dispose()
    return path


# Item 6: a `~$` owner file left after WPS crashed


def test_an_owner_file_left_by_a_crash_does_not_block_the_export(tmp_path: Path) -> None:
    target = tmp_path / "花名册.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$花名册.xlsx").write_bytes(b"")  # WPS crashed last week
    assert atomic_save(target, lambda path: path.write_bytes(b"new")) == target
    assert target.read_bytes() == b"new"


def test_wps_is_named_when_the_file_beside_its_owner_file_cannot_be_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "花名册.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$花名册.xlsx").write_bytes(b"")
    replace_held(monkeypatch, times=1000)  # WPS has it open: Windows refuses the rename
    with pytest.raises(ExportError) as raised:
        atomic_save(target, lambda path: path.write_bytes(b"new"))
    assert str(raised.value) == "“花名册.xlsx”正在WPS或Excel中打开，请先关闭它，再重新导出"
    assert target.read_bytes() == b"old"
