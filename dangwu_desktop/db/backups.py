"""Backups of the database file: made with SQLite's backup API, checked, rotated, restored.

A backup is a complete SQLite file beside the database (backups/<database name>/), named by time
and reason, and carrying the identity of the database it was made from (db/identity.py).
Rotation keeps today's and yesterday's, then one a day for 12 days, one a week for 10 weeks and
one a month for 9 months (as Anki does); a restore first backs up what it replaces.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from dangwu_desktop.db.files import discard, replace_with_retry
from dangwu_desktop.db.identity import Identity, read_identity
from dangwu_desktop.db.paths import backup_dir
from dangwu_desktop.db.single_writer import size_text
from dangwu_desktop.db.sqlite_files import connect_read_only

log = logging.getLogger(__name__)
STAMP = "%Y%m%d-%H%M%S"
NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[\w-]+)\.sqlite3$")
LABELS = {
    "daily": "每日自动备份",
    "manual": "手动备份",
    "before-import": "导入前",
    "before-restore": "恢复前",
}
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
WRONG_CLOCK = "（时间晚于现在，电脑时钟可能不准）"
# What a recovery keeps of the damaged file (db/startup.py): named like a backup, but none to list,
# count as today's, restore or rotate away (the recovery promises it is never deleted).
DAMAGED_LABEL = "damaged"


class BackupError(Exception):
    """A backup that could not be made, checked or restored; the message is Chinese."""


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made: datetime
    label: str
    size: int
    identity: Identity

    @property
    def description(self) -> str:
        if self.label.startswith("before-migration"):
            return "升级数据库结构前"
        return LABELS.get(self.label, self.label)

    @property
    def size_text(self) -> str:
        return size_text(self.size)

    def made_in_future(self, now: datetime) -> bool:
        """Stamped later than now: the PC's clock was (or is) wrong."""
        return self.made > now

    def clock_note(self, now: datetime) -> str:
        """What a list or a question adds to a backup stamped later than now."""
        return WRONG_CLOCK if self.made_in_future(now) else ""

    def belongs_to(self, database_id: str, branch: str = "") -> bool:
        """Made from that database. A backup from before databases had ids belongs to the database
        whose folder holds it (the old shared folder was sorted by file name) if it bears the
        database's branch name: an old demo backup copied among a village's is not the village's."""
        if self.identity.database_id:
            return self.identity.database_id == database_id
        return not branch or self.identity.branch == branch


def copy_pages(source: Path, target: Path) -> None:
    """SQLite's online backup from one file into another, both connections closed afterwards
    (an open handle would keep Windows from moving or deleting the file)."""
    with closing(sqlite3.connect(source)) as reader, closing(sqlite3.connect(target)) as writer:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode = DELETE")  # a copy complete in one file


def backup_now(
    database: Path, label: str, folder: Path | None = None, now: datetime | None = None
) -> Path:
    """A consistent copy of the live database (safe while it is open, WAL included)."""
    folder = folder or backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    made = now or datetime.now()
    target = folder / f"{database.stem}-{made:{STAMP}}-{label}.sqlite3"
    while target.exists():  # two backups within a second: the later one is named a second on
        made += timedelta(seconds=1)
        target = folder / f"{database.stem}-{made:{STAMP}}-{label}.sqlite3"
    temporary = folder / f".{uuid.uuid4().hex}.tmp"
    try:
        copy_pages(database, temporary)
        replace_with_retry(temporary, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            f"备份没有完成：{exc}。请检查磁盘空间和备份文件夹“{folder}”是否可写"
        ) from exc
    finally:
        discard(temporary)
    return target


def list_backups(folder: Path) -> list[Backup]:
    """Every backup in the folder, newest first, each with the identity it records."""
    found = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else ():
        match = NAME.match(path.name)
        if match and match["label"] != DAMAGED_LABEL:
            try:
                made = datetime.strptime(match["stamp"], STAMP)
            except ValueError:
                continue  # a name that only looks like a stamp
            size = path.stat().st_size
            identity = read_identity(path, at_rest=True)
            found.append(Backup(path, made, match["label"], size, identity))
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def own_backups(database: Path, database_id: str, branch: str | None = None) -> list[Backup]:
    """The database's own backups, newest first; another database's copied into its folder are
    never offered, rotated or counted. `branch`: the database's branch name, read from the file
    when not given; where the file cannot say, its newest backup that carries its id says."""
    return sorted_backups(database, database_id, branch)[0]


def sorted_backups(
    database: Path, database_id: str, branch: str | None = None
) -> tuple[list[Backup], list[Backup]]:
    """The backups in the database's folder: its own, and those of other databases put there."""
    backups = list_backups(backup_dir(database))
    if branch is None:
        branch = read_identity(database).branch
    if not branch:
        branch = next(
            (b.identity.branch for b in backups if b.identity.database_id == database_id), ""
        )
    own: list[Backup] = []
    foreign: list[Backup] = []
    for backup in backups:
        (own if backup.belongs_to(database_id, branch) else foreign).append(backup)
    return own, foreign


def check(path: Path, *, thorough: bool = False, at_rest: bool = False) -> str | None:
    """None when the file is a sound database of this program, else the reason in Chinese (what
    SQLite said goes to the log, for support). `at_rest`: a backup, complete in itself (see
    connect_read_only)."""
    try:
        with closing(connect_read_only(path, at_rest=at_rest)) as connection:
            findings = [
                row[0]
                for row in connection.execute(
                    "PRAGMA integrity_check" if thorough else "PRAGMA quick_check"
                )
            ]
            if findings != ["ok"]:
                log.warning("%s 检查未通过：%s", path, "; ".join(findings[:20]))
                return f"文件已损坏（完整性检查发现{len(findings)}处问题）"
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
    except sqlite3.DatabaseError as exc:
        log.warning("%s 无法作为数据库读取：%s", path, exc)
        return "不是可用的数据库文件（文件头或数据页已损坏，或者根本不是数据库）"
    if "alembic_version" not in tables or "member" not in tables:
        return "不是党务台账的数据文件"
    return None


def daily_backup_due(database: Path, backups: list[Backup], now: datetime) -> bool:
    """At most one automatic backup a day, and none when nothing changed since the last one. A
    backup stamped in the future (a wrong clock) is no reason to skip today's."""
    if not database.exists():
        return False
    past = [backup for backup in backups if not backup.made_in_future(now)]
    if not past:
        return True
    newest = past[0]
    if newest.made.date() == now.date():
        return False
    changed = max(
        p.stat().st_mtime
        for p in (database, database.with_name(database.name + "-wal"))
        if p.exists()
    )
    return datetime.fromtimestamp(changed) > newest.made


def rotate(backups: list[Backup], today: date) -> list[Path]:
    """Delete the backups the schedule no longer keeps, of those given (one database's own, newest
    first); returns what was deleted. Today's, yesterday's and any stamped in the future stay.
    Best effort: one that cannot be deleted now (a viewer or antivirus holds it) is logged and
    left for the next start, and never stops the program from starting."""
    keep: set[Path] = set()
    daily: dict[date, Path] = {}
    weekly: dict[tuple[int, int], Path] = {}
    monthly: dict[tuple[int, int], Path] = {}
    for backup in backups:  # newest first: the first seen of a day, week or month wins
        day = backup.made.date()
        if day >= today - timedelta(days=1):
            keep.add(backup.path)
            continue
        daily.setdefault(day, backup.path)
        weekly.setdefault(tuple(day.isocalendar())[:2], backup.path)  # type: ignore[arg-type]
        monthly.setdefault((day.year, day.month), backup.path)
    keep |= set(list(daily.values())[:KEEP_DAILY])
    keep |= set(list(weekly.values())[:KEEP_WEEKLY])
    keep |= set(list(monthly.values())[:KEEP_MONTHLY])
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink(missing_ok=True)
            except OSError as exc:  # held by antivirus or a viewer: gone at a later start
                log.warning("旧备份“%s”暂时不能删除，下次启动时再删：%s", backup.path.name, exc)
                continue
            deleted.append(backup.path)
    return deleted


def restore(backup: Path, database: Path) -> Path:
    """Replace the live database's content with a checked backup; returns the copy of what was
    there before. The program's own connections must be closed first. Whether the backup may
    replace this database is decided before (db/safety.py: restore_backup)."""
    problem = check(backup, thorough=True, at_rest=True)
    if problem:
        raise BackupError(f"不能用“{backup.name}”恢复：{problem}")
    before = backup_now(database, "before-restore") if database.exists() else None
    try:
        copy_pages(backup, database)
    except sqlite3.Error as exc:
        raise BackupError(f"恢复没有完成，数据保持原样：{exc}") from exc
    return before or backup


def copy_to(backup: Path, folder: Path) -> Path:
    """A copy on a USB stick or elsewhere, checked after writing."""
    target = folder / backup.name
    temporary = folder / f".{uuid.uuid4().hex}.tmp"
    try:
        copy_pages(backup, temporary)
        replace_with_retry(temporary, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"没有能复制到“{folder}”：{exc}。请检查U盘是否插好、是否有空间") from exc
    finally:
        discard(temporary)
    problem = check(target, at_rest=True)
    if problem:
        raise BackupError(f"复制到“{folder}”的备份检查未通过：{problem}")
    return target
