"""The safety steps every door takes (the window, the command line, the tests): one writer at a
time, room on the disk, the file checked before it is opened and recovered only from its own
backups, a daily backup, a backup before an import, and the structure upgraded after a restore."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dangwu_desktop.core import audit
from dangwu_desktop.db.backups import (
    Backup,
    BackupError,
    backup_now,
    check,
    copy_pages,
    daily_backup_due,
    list_backups,
    own_backups,
    restore,
    rotate,
)
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.identity import Identity, ensure_database_id, read_identity
from dangwu_desktop.db.migrate import UpgradeError, known_revision, upgrade
from dangwu_desktop.db.paths import backup_dir, shared_backup_dir
from dangwu_desktop.db.single_writer import Refused, ensure_room
from dangwu_desktop.db.startup import open_database, recover_from

if TYPE_CHECKING:
    from dangwu_desktop.core.services.roster_import import ImportCheck, ImportResult

THOROUGH_CHECK_LIMIT = 50 * 1024 * 1024  # a full integrity check below this size, a quick one above
DAMAGED = "数据文件检查未通过：{problem}。"
FOREIGN_BACKUP = (
    "这个备份属于另一个数据库（{theirs}），不能用来恢复当前的数据（{ours}）。\n"
    "请选择本数据库自己的备份。"
)
NEWER_BACKUP = "这个备份由更新版本的党务台账建立，请先升级程序再恢复。"
REMEMBERED_ID = "database-id.txt"


class Damaged(Refused):
    """The file failed its check; `backup` is the newest good backup of the same database."""

    def __init__(self, problem: str, backup: Backup | None) -> None:
        super().__init__(DAMAGED.format(problem=problem))
        self.problem = problem
        self.backup = backup


@dataclass
class Opened:
    database: Database
    database_id: str
    warnings: list[str] = field(default_factory=list)


def check_file(path: Path, now: datetime | None = None) -> None:
    """Raise Damaged (with the backup that can recover it) if the file fails its check."""
    problem = check(path, thorough=path.stat().st_size < THOROUGH_CHECK_LIMIT)
    if problem is not None:
        raise Damaged(problem, newest_good_backup(path, now or datetime.now()))


def open_for_use(path: Path, now: datetime) -> Opened:
    """Check, open (upgrading the structure, copied first) and back up the database at `path`.
    Raises Refused (Damaged with its recovery) before anything is changed."""
    ensure_room(path.parent)
    adopt_shared_backups(path)
    existed = path.exists()
    if existed:
        check_file(path, now)
    try:
        database = open_database(path)
    except UpgradeError as exc:  # a newer program's file, or an upgrade that did not complete
        raise Refused(str(exc)) from exc
    database_id = ensure_database_id(database)
    (backup_dir(path) / REMEMBERED_ID).write_text(database_id, encoding="ascii")
    opened = Opened(database, database_id)
    try:
        if existed:  # a database made just now has nothing to keep yet
            daily_backup(path, database_id, now)
    except BackupError as exc:
        opened.warnings.append(f"今天的自动备份没有完成，数据不受影响。\n{exc}")
    return opened


def daily_backup(path: Path, database_id: str, now: datetime) -> Path | None:
    """Once a day at start, when something changed; then thin the database's own ones out."""
    backups = own_backups(path, database_id)
    made = backup_now(path, "daily", now=now) if daily_backup_due(path, backups, now) else None
    rotate(backups, now.date())  # today's, just made, is kept whatever the older ones are
    return made


def newest_good_backup(path: Path, now: datetime | None = None) -> Backup | None:
    """The newest backup of this same database that passes a full integrity check. The id is read
    from the damaged file if it still can be, else from what the last good start remembered. One
    stamped later than `now` comes after all the others: a clock once set ahead made it, and its
    stamp says nothing of how new it is."""
    now = now or datetime.now()
    live = read_identity(path)
    known = live.database_id or _remembered_id(path)
    candidates = own_backups(path, known) if known else list_backups(backup_dir(path))
    # A backup from before ids is judged by its branch name, as a restore from 设置 is; where the
    # damaged file no longer says its branch, its newest backup that carries its id does.
    branch = live.branch or next(
        (b.identity.branch for b in candidates if b.identity.database_id), ""
    )
    judge = Identity(database_id=known, branch=branch)
    candidates.sort(key=lambda b: b.made_in_future(now))  # stable: newest first within each
    return next(
        (
            b
            for b in candidates
            if restore_refusal(b.identity, judge) is None
            and check(b.path, thorough=True, at_rest=True) is None
        ),
        None,
    )


def recover(path: Path, backup: Backup) -> Path:
    """Put the backup in place of the damaged file; returns where the damaged file was kept."""
    return recover_from(backup.path, path)


def restore_refusal(backup: Identity, live: Identity) -> str | None:
    """Why this backup must not replace the live database, or None. A backup from before ids
    existed is judged by its branch name."""
    if backup.database_id and live.database_id:
        foreign = backup.database_id != live.database_id
    else:
        foreign = bool(live.branch) and backup.branch != live.branch
    if foreign:
        return FOREIGN_BACKUP.format(theirs=backup.branch_label, ours=live.branch_label)
    if not known_revision(backup.revision or None):
        return NEWER_BACKUP
    return None


def restore_backup(database: Database, backup: Backup) -> Path:
    """Restore the database from one of its own backups, then bring it to the current structure;
    returns the copy made of what it replaced. Nothing is touched when the backup is refused."""
    path = database.file_path
    if path is None:
        raise BackupError("服务器上的数据库不能在这里恢复，请联系管理员")
    refusal = restore_refusal(read_identity(backup.path, at_rest=True), read_identity(path))
    if refusal:
        raise BackupError(refusal)
    database.dispose()  # the program's own connections let go of the file first
    before = restore(backup.path, path)
    try:
        upgrade(database)  # a backup from before an upgrade gets the current structure
    except UpgradeError as exc:
        copy_pages(before, path)  # never leave the secretary with data the program cannot open
        raise BackupError(
            f"这个备份恢复后没能升级到现在的结构，数据已回到恢复前的状态。\n{exc}"
        ) from exc
    # Written into the restored data: the entries made after the backup went with what it
    # replaced, which stays in the copy named here.
    with database.transaction() as session:
        audit.record(
            session,
            "数据备份",
            "恢复备份",
            f"{backup.made:%Y-%m-%d %H:%M} {backup.description}",
            [f"备份文件：{backup.path.name}", f"恢复前的数据另存为：{before.name}"],
        )
    return before


def import_roster(
    database: Database,
    check: ImportCheck,
    today: date,
    *,
    update_existing: bool,
    source: str,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportResult:
    """Back the database up, then add the checked rows in one transaction: a whole import can be
    undone from 设置, and a failed one leaves nothing."""
    from dangwu_desktop.core.services.roster_import import apply_import

    back_up_before_import(database)
    with database.transaction() as session:
        return apply_import(
            session, check, today, update_existing=update_existing, source=source, progress=progress
        )


def back_up_before_import(database: Database) -> None:
    """A backup before a whole file or list is written (a roster, a dues list): the import can
    be undone from 设置 → 备份."""
    if database.file_path is not None:
        backup_now(database.file_path, "before-import")


def adopt_shared_backups(path: Path) -> None:
    """Move this database's backups out of the folder all databases once shared (named by the
    database's file name) into its own."""
    shared, own = shared_backup_dir(path), backup_dir(path)
    for backup in list_backups(shared):
        if backup.path.name.startswith(f"{path.stem}-"):
            backup.path.replace(own / backup.path.name)


def _remembered_id(path: Path) -> str:
    try:
        return (backup_dir(path) / REMEMBERED_ID).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
