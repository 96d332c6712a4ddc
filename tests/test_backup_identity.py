"""Backups that can only restore the right data (issue 14): every backup carries the identity of
its database, each database keeps its backups apart, and restore and start-up recovery offer and
accept only a database's own — so the demo village can never replace a real one."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.backups import BackupError, backup_now, list_backups, own_backups
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.identity import read_identity
from dangwu_desktop.db.safety import (
    Damaged,
    Opened,
    Refused,
    check_file,
    daily_backup,
    newest_good_backup,
    open_for_use,
    recover,
    restore_backup,
)
from tests.conftest import TODAY, member

MORNING = datetime(2026, 11, 24, 8, 0)


def open_village(path: Path, now: datetime = MORNING, members: int = 0) -> Opened:
    opened = open_for_use(path, now)
    with opened.database.transaction() as session:
        if branch_service.get_branch(session) is None:
            branch_service.save_branch_info(
                session, branch_service.BranchInfo(name="中共东岙村支部委员会", secretary="陈静")
            )
        for index in range(members):
            body = f"33072619800101{index:03d}"
            add_member(session, member(name=f"党员{index}", id_number=_with_check(body)), TODAY)
    return opened


def open_demo(path: Path, now: datetime = MORNING) -> Opened:
    opened = open_for_use(path, now)
    with opened.database.transaction() as session:
        ensure_demo_village(session, now.date())
    return opened


def _with_check(body: str) -> str:
    from stdnum.cn import ric

    return body + ric.calc_check_digit(body + "0")


def count_members(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Member)) or 0


def damage(path: Path) -> None:
    for journal in path.parent.glob(f"{path.name}-*"):
        journal.unlink()
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(3000))


def test_a_new_database_gets_an_id_that_its_backups_carry_with_the_branch_name(
    tmp_path: Path,
) -> None:
    opened = open_village(tmp_path / "dangwu.sqlite3")
    copy = backup_now(tmp_path / "dangwu.sqlite3", "manual")
    identity = read_identity(copy)
    assert len(opened.database_id) == 32 and identity.database_id == opened.database_id
    assert identity.branch == "中共东岙村支部委员会" and identity.revision
    assert list_backups(copy.parent)[0].identity.branch_label == "中共东岙村支部委员会"
    assert open_for_use(tmp_path / "dangwu.sqlite3", MORNING).database_id == opened.database_id


def test_a_backup_of_a_file_of_several_branches_says_so(tmp_path: Path) -> None:
    """A backup, and a restore, is of the whole file: its label counts the branches in it."""
    from dangwu_desktop.core.services.branch import add_branch

    opened = open_village(tmp_path / "dangwu.sqlite3")
    with opened.database.transaction() as session:
        add_branch(session, "中共南岙村支部委员会")
    opened.database.dispose()
    copy = backup_now(tmp_path / "dangwu.sqlite3", "manual")
    identity = read_identity(copy)
    assert identity.branch == "中共东岙村支部委员会"  # the file's first, as a backup is matched
    assert identity.branch_label == "中共东岙村支部委员会等2个党支部"


def test_the_demo_and_the_real_village_keep_their_backups_apart(tmp_path: Path) -> None:
    """The reported case: the demo's backup counted as the real village's daily backup."""
    real = tmp_path / "dangwu.sqlite3"
    open_village(real, MORNING - timedelta(days=1), members=3).database.dispose()
    demo = open_demo(tmp_path / "demo.sqlite3")
    demo.database.dispose()
    opened = open_for_use(real, MORNING + timedelta(hours=1))  # the same day as the demo's
    opened.database.dispose()
    real_backups = own_backups(real, opened.database_id)
    assert any(b.made.date() == MORNING.date() for b in real_backups)  # today's was made
    assert {b.identity.database_id for b in real_backups} == {opened.database_id}
    assert (tmp_path / "backups" / "dangwu") != (tmp_path / "backups" / "demo")
    assert all(
        b.identity.database_id == demo.database_id
        for b in list_backups(tmp_path / "backups" / "demo")
    )


def test_start_up_recovery_offers_only_the_damaged_databases_own_backup(tmp_path: Path) -> None:
    real = tmp_path / "dangwu.sqlite3"
    opened = open_village(real, members=5)
    own = backup_now(real, "manual", now=MORNING + timedelta(hours=1))
    opened.database.dispose()
    demo = open_demo(tmp_path / "demo.sqlite3", MORNING + timedelta(hours=2))
    newer_foreign = backup_now(
        tmp_path / "demo.sqlite3", "manual", now=MORNING + timedelta(hours=2)
    )
    demo.database.dispose()
    # someone copies the demo's newest backup in among the real village's backups
    planted = own.parent / newer_foreign.name.replace("demo-", "dangwu-")
    planted.write_bytes(newer_foreign.read_bytes())
    damage(real)
    with pytest.raises(Damaged) as damaged:
        check_file(real)
    assert damaged.value.backup is not None and damaged.value.backup.path == own


def test_recovery_knows_the_database_even_when_its_id_cannot_be_read(tmp_path: Path) -> None:
    real = tmp_path / "dangwu.sqlite3"
    opened = open_village(real)
    own = backup_now(real, "manual", now=MORNING + timedelta(hours=1))
    opened.database.dispose()
    other = open_village(tmp_path / "other" / "dangwu.sqlite3")
    stranger = backup_now(other.database.file_path, "manual", now=MORNING + timedelta(hours=3))  # type: ignore[arg-type]
    other.database.dispose()
    stranger.replace(own.parent / stranger.name)  # newer than the village's own
    real.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))  # nothing readable is left
    found = newest_good_backup(real)
    assert found is not None and found.path == own


def test_restoring_another_databases_backup_is_refused_and_nothing_changes(
    tmp_path: Path,
) -> None:
    real = open_village(tmp_path / "dangwu.sqlite3", members=4)
    demo = open_demo(tmp_path / "demo.sqlite3")
    backup_now(tmp_path / "demo.sqlite3", "manual")
    demo_backup = list_backups(tmp_path / "backups" / "demo")[0]
    demo.database.dispose()
    before = (tmp_path / "dangwu.sqlite3").read_bytes()
    with pytest.raises(BackupError, match="另一个数据库"):
        restore_backup(real.database, demo_backup)
    assert count_members(real.database) == 4
    assert (tmp_path / "dangwu.sqlite3").read_bytes() == before
    assert not any(
        "before-restore" in b.path.name for b in list_backups(tmp_path / "backups" / "dangwu")
    )


def test_restoring_the_databases_own_backup_works(tmp_path: Path) -> None:
    path = tmp_path / "dangwu.sqlite3"
    real = open_village(path, members=2)
    backup_now(path, "manual")
    snapshot = list_backups(tmp_path / "backups" / "dangwu")[0]
    with real.database.transaction() as session:
        add_member(session, member(name="李梅", id_number="110101199003074426"), TODAY)
    restore_backup(real.database, snapshot)
    assert count_members(real.database) == 2


def test_a_database_made_just_now_gets_no_daily_backup_until_its_next_start(
    tmp_path: Path,
) -> None:
    path = tmp_path / "dangwu.sqlite3"
    open_village(path).database.dispose()
    assert own_backups(path, read_identity(path).database_id) == []
    opened = open_for_use(path, MORNING + timedelta(days=1))
    assert [b.label for b in own_backups(path, opened.database_id)] == ["daily"]


def test_a_backup_from_before_ids_is_judged_by_its_branch_name(tmp_path: Path) -> None:
    real = open_village(tmp_path / "dangwu.sqlite3")
    demo = open_demo(tmp_path / "demo.sqlite3")
    legacy = backup_now(tmp_path / "demo.sqlite3", "manual")
    demo.database.dispose()
    with closing(sqlite3.connect(legacy)) as connection:
        connection.execute("DELETE FROM setting WHERE key = 'database/id'")
        connection.commit()
    backup = next(b for b in list_backups(legacy.parent) if b.path == legacy)
    with pytest.raises(BackupError, match="另一个数据库"):
        restore_backup(real.database, backup)


def test_backups_in_the_old_shared_folder_are_sorted_to_their_own_database(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "backups"
    shared.mkdir()
    source = open_village(tmp_path / "seed.sqlite3")
    made = backup_now(tmp_path / "seed.sqlite3", "manual")
    source.database.dispose()
    for stem in ("dangwu", "demo"):
        (shared / f"{stem}-20261101-080000-daily.sqlite3").write_bytes(made.read_bytes())
    open_village(tmp_path / "dangwu.sqlite3").database.dispose()
    assert (shared / "dangwu" / "dangwu-20261101-080000-daily.sqlite3").exists()
    assert (shared / "demo-20261101-080000-daily.sqlite3").exists()  # the demo's stays for the demo


def test_rotation_counts_and_deletes_only_the_databases_own_backups(tmp_path: Path) -> None:
    path = tmp_path / "dangwu.sqlite3"
    opened = open_village(path)
    folder = tmp_path / "backups" / "dangwu"
    other = open_village(tmp_path / "x" / "other.sqlite3")
    stranger = backup_now(tmp_path / "x" / "other.sqlite3", "manual")
    other.database.dispose()
    old = folder / "dangwu-20240101-080000-daily.sqlite3"
    stranger.replace(old)  # a foreign backup with an old stamp, planted in this folder
    daily_backup(path, opened.database_id, MORNING + timedelta(days=1))
    assert old.exists()
    assert all(
        b.identity.database_id == opened.database_id for b in own_backups(path, opened.database_id)
    )


def test_a_backup_stamped_in_the_future_does_not_stop_daily_backups(tmp_path: Path) -> None:
    """Old office PCs often have wrong clocks: one backup from 2031 must not end daily backups."""
    path = tmp_path / "dangwu.sqlite3"
    opened = open_village(path)
    made = backup_now(path, "manual")
    made.rename(made.with_name("dangwu-20310101-080000-daily.sqlite3"))
    later = MORNING + timedelta(days=3)
    os.utime(path, (later.timestamp(), later.timestamp()))  # changed since the last backup
    assert daily_backup(path, opened.database_id, later) is not None
    backups = own_backups(path, opened.database_id)
    assert backups[0].made_in_future(later) and not backups[1].made_in_future(later)


def test_restoring_a_backup_from_a_newer_program_is_refused_before_anything_changes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "dangwu.sqlite3"
    real = open_village(path, members=1)
    newer = backup_now(path, "manual")
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
        connection.commit()
    backup = next(b for b in list_backups(newer.parent) if b.path == newer)
    before = path.read_bytes()
    with pytest.raises(BackupError, match="更新版本的党务台账"):
        restore_backup(real.database, backup)
    assert path.read_bytes() == before and count_members(real.database) == 1


@pytest.mark.parametrize("folder", ["村 #1", "备份?资料", "50%进度", "资料%E5%85", "U盘 (E) #?%&"])
def test_a_folder_name_with_any_character_windows_allows_works(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "dangwu.sqlite3"
    opened = open_village(path, members=1)
    opened.database.dispose()
    check_file(path)  # a healthy database is not called broken
    reopened = open_for_use(path, MORNING)
    assert count_members(reopened.database) == 1 and reopened.database_id == opened.database_id
    reopened.database.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray file beside it


def test_reading_the_backup_list_leaves_nothing_beside_the_backups(tmp_path: Path) -> None:
    path = tmp_path / "dangwu.sqlite3"
    opened = open_village(path)
    backup_now(path, "manual")
    for _ in range(2):
        own_backups(path, opened.database_id)
        newest_good_backup(path)
    names = sorted(p.name for p in (tmp_path / "backups" / "dangwu").iterdir())
    assert all(name.endswith(".sqlite3") for name in names if name != "database-id.txt")


def test_a_file_from_a_newer_program_is_refused_at_open_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "dangwu.sqlite3"
    open_village(path).database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
        connection.commit()
    content = path.read_bytes()
    with pytest.raises(Refused, match="这个数据文件由更新版本的党务台账建立，请升级程序"):
        open_for_use(path, MORNING + timedelta(days=1))
    assert path.read_bytes() == content and list_backups(tmp_path / "backups" / "dangwu") == []


def test_a_restore_whose_upgrade_fails_puts_the_data_back_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop.db import safety
    from dangwu_desktop.db.migrate import UpgradeFailed

    path = tmp_path / "dangwu.sqlite3"
    real = open_village(path, members=1)
    empty = backup_now(path, "manual", now=MORNING)
    with real.database.transaction() as session:
        add_member(session, member(name="李梅", id_number="110101199003074426"), TODAY)

    def failing_upgrade(_database: Database) -> None:
        raise UpgradeFailed("升级数据文件的结构没有完成，数据保持原样。", None)

    monkeypatch.setattr(safety, "upgrade", failing_upgrade)
    backup = next(b for b in list_backups(empty.parent) if b.path == empty)
    with pytest.raises(BackupError, match="数据已回到恢复前的状态"):
        restore_backup(real.database, backup)
    assert count_members(real.database) == 2


def test_two_backups_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "dangwu.sqlite3"
    open_village(path).database.dispose()
    first = backup_now(path, "manual", now=MORNING)
    second = backup_now(path, "manual", now=MORNING)
    assert first != second and first.exists() and second.exists()
    assert [b.label for b in list_backups(first.parent)] == ["manual", "manual"]


def _without_id(backup: Path) -> None:
    """The backup as a version before database ids made it."""
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute("DELETE FROM setting WHERE key = 'database/id'")
        connection.commit()


def test_start_up_recovery_never_offers_another_villages_backup_from_before_ids(
    tmp_path: Path,
) -> None:
    """An old demo backup (no id) copied in among the real village's backups, newer than its own:
    the 设置 restore refuses it by its branch name, and so must the offer at start."""
    real = tmp_path / "dangwu.sqlite3"
    opened = open_village(real, members=5)
    own = backup_now(real, "manual", now=MORNING + timedelta(hours=1))
    opened.database.dispose()
    demo = open_demo(tmp_path / "demo.sqlite3", MORNING + timedelta(hours=2))
    legacy = backup_now(tmp_path / "demo.sqlite3", "manual", now=MORNING + timedelta(hours=2))
    demo.database.dispose()
    _without_id(legacy)
    legacy.replace(own.parent / legacy.name.replace("demo-", "dangwu-"))
    damage(real)
    with pytest.raises(Damaged) as damaged:
        check_file(real)
    assert damaged.value.backup is not None and damaged.value.backup.path == own
    real.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))  # not even the branch readable
    found = newest_good_backup(real)
    assert found is not None and found.path == own


def test_start_up_recovery_never_offers_a_backup_from_a_newer_program(tmp_path: Path) -> None:
    """Put in place, it could not be opened: the start would stop with the damaged file gone."""
    real = tmp_path / "dangwu.sqlite3"
    opened = open_village(real, members=2)
    own = backup_now(real, "manual", now=MORNING + timedelta(hours=1))
    newer = backup_now(real, "manual", now=MORNING + timedelta(hours=2))
    opened.database.dispose()
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
        connection.commit()
    damage(real)
    found = newest_good_backup(real)
    assert found is not None and found.path == own


def test_the_damaged_file_kept_at_recovery_is_not_a_backup_and_is_never_rotated_away(
    tmp_path: Path,
) -> None:
    """It cannot be restored, 设置's list showed it as 'damaged', and as the newest of its day
    it made rotation delete that day's good backup."""
    real = tmp_path / "dangwu.sqlite3"
    opened = open_village(real, members=2)
    backup_now(real, "manual", now=MORNING)
    opened.database.dispose()
    damage(real)
    with pytest.raises(Damaged) as damaged:
        check_file(real)
    assert damaged.value.backup is not None
    kept = recover(real, damaged.value.backup)
    that_day = datetime.strptime(kept.name.split("-", 1)[1][:15], "%Y%m%d-%H%M%S").replace(
        hour=0, minute=0, second=1
    )
    good = backup_now(real, "daily", now=that_day)  # earlier the same day as the damaged copy
    later = open_for_use(real, that_day + timedelta(days=5))
    later.database.dispose()
    listed = own_backups(real, later.database_id)
    assert kept not in [b.path for b in listed]
    assert all(b.description in {"每日自动备份", "手动备份"} for b in listed)
    assert kept.exists() and good.exists()


def test_another_villages_backup_from_before_ids_is_neither_listed_nor_counted_as_todays(
    tmp_path: Path,
) -> None:
    """Seen in 设置: an old demo backup copied among the village's backups was listed as its own
    (前溪村, 61人), and, stamped today, stopped the village's daily backup."""
    real = tmp_path / "dangwu.sqlite3"
    open_village(real, MORNING - timedelta(days=2), members=3).database.dispose()
    demo = open_demo(tmp_path / "demo.sqlite3", MORNING)
    legacy = backup_now(tmp_path / "demo.sqlite3", "manual", now=MORNING)
    demo.database.dispose()
    _without_id(legacy)
    legacy.replace(real.parent / "backups" / "dangwu" / legacy.name.replace("demo-", "dangwu-"))
    os.utime(real, ((MORNING - timedelta(days=1)).timestamp(),) * 2)  # changed since
    opened = open_for_use(real, MORNING + timedelta(hours=1))
    opened.database.dispose()
    listed = own_backups(real, opened.database_id)
    assert {b.identity.branch for b in listed} == {"中共东岙村支部委员会"}
    assert [b.label for b in listed if b.made.date() == MORNING.date()] == ["daily"]


def test_a_backup_from_before_ids_with_the_villages_branch_name_is_still_its_own(
    tmp_path: Path,
) -> None:
    real = tmp_path / "dangwu.sqlite3"
    opened = open_village(real, members=1)
    legacy = backup_now(real, "manual", now=MORNING - timedelta(days=1))
    _without_id(legacy)
    assert [b.path for b in own_backups(real, opened.database_id)] == [legacy]
    opened.database.dispose()


def test_recovery_prefers_a_backup_made_before_now_to_one_stamped_in_the_future(
    tmp_path: Path,
) -> None:
    """A stamp from a clock that was once set years ahead says nothing of how new the backup is:
    the offer at start was the stale 2028 copy over last night's."""
    real = tmp_path / "dangwu.sqlite3"
    opened = open_village(real, members=1)
    stale = backup_now(real, "daily", now=MORNING + timedelta(days=400))
    with opened.database.transaction() as session:
        add_member(
            session, member(name="新党员", id_number=_with_check("33072619800202001")), TODAY
        )
    last_night = backup_now(real, "daily", now=MORNING - timedelta(hours=10))
    opened.database.dispose()
    damage(real)
    found = newest_good_backup(real, MORNING)
    assert found is not None and found.path == last_night
    os.unlink(last_night)
    found = newest_good_backup(real, MORNING)  # the only one left is still offered
    assert found is not None and found.path == stale


def test_a_backup_counts_the_members_in_the_register_as_the_home_page_does(tmp_path: Path) -> None:
    """The 设置 page listed a backup of 61 people beside a 首页 of 59 在册: members who died or
    transferred out are on the roster's history, not in the register."""
    from dangwu_desktop.core.glossary import MovementKind
    from dangwu_desktop.core.movements import Movement
    from dangwu_desktop.core.services.members import record_movement

    path = tmp_path / "dangwu.sqlite3"
    database = open_village(path, MORNING, members=3).database
    with database.transaction() as session:
        first = session.scalars(select(Member.id)).first()
        assert first is not None
        record_movement(session, first, Movement(MovementKind.DECEASED, TODAY, "病故"), TODAY)
    database.dispose()
    assert read_identity(path).members_label == "2人"
