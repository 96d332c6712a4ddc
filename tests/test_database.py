"""The database: migrations, pragmas, the copy made before migrating, the data folder."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dangwu_desktop.core.models import Base
from dangwu_desktop.db import database as database_module
from dangwu_desktop.db import paths
from dangwu_desktop.db.backups import backup_now
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.migrate import (
    SCHEMA_REVISION,
    NewerSchema,
    SchemaState,
    current_revision,
    head_revision,
    known_revision,
    schema_state,
    upgrade,
)
from dangwu_desktop.db.paths import database_path
from dangwu_desktop.db.startup import open_database


def test_migrations_build_exactly_the_models(database: Database) -> None:
    assert current_revision(database) == head_revision(database)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_schema_revision_names_the_newest_migration(database: Database) -> None:
    """Start-up skips Alembic when the database is at SCHEMA_REVISION: a new migration must
    move it on, or databases would stay at the old schema."""
    assert head_revision(database) == SCHEMA_REVISION, "更新 db/migrate.py 的 SCHEMA_REVISION"


@pytest.mark.sqlite_only
def test_connection_pragmas(database: Database) -> None:
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
        assert pragma("journal_mode") == "truncate"
        assert pragma("synchronous") == 2  # FULL


@pytest.mark.sqlite_only
def test_a_copy_of_the_file_alone_holds_every_commit_while_the_program_is_open(
    database: Database, branch: None, tmp_path: Path
) -> None:
    """Secretaries copy dangwu.sqlite3 with Explorer while the program runs: after each commit the
    file itself must hold the data (in WAL mode it sat in the -wal file beside it)."""
    import shutil

    from dangwu_desktop.core.services.members import add_member
    from tests.conftest import TODAY, member

    path = database.file_path
    assert path is not None
    with database.transaction() as session:
        add_member(session, member(), TODAY)
    copy = tmp_path / "U盘" / "dangwu.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # the file only, as Explorer copies it, the engine still open
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT name FROM member").fetchall() == [(member().name,)]
        assert connection.execute("SELECT name FROM branch").fetchone() is not None
    connection.close()


def test_a_database_made_in_wal_mode_by_an_earlier_version_is_switched_over(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    database = open_database(path)
    assert database.journal_mode() == "truncate"
    database.dispose()
    assert not path.with_name("old.sqlite3-wal").exists()


def test_a_database_on_a_network_share_avoids_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "is_on_network_share", lambda _path: True)
    database = Database.for_file(tmp_path / "share.sqlite3")
    assert database.journal_mode() == "delete"
    database.dispose()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks the drive, not a mount table")
def test_network_filesystems_are_recognised_from_the_mount_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mounts = "/dev/sda1 / ext4 rw 0 0\n//nas/party /mnt/nas cifs rw 0 0\n"
    monkeypatch.setattr(paths.Path, "read_text", lambda self, encoding=None: mounts)
    assert paths.is_on_network_share(Path("/mnt/nas/data"))
    assert not paths.is_on_network_share(Path("/home/secretary"))


def test_an_up_to_date_database_is_not_copied(database: Database) -> None:
    assert upgrade(database) is None


def test_a_database_from_a_newer_program_is_refused_before_anything_is_copied_or_changed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:  # what a later version of the program would leave
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    folder = sorted(p.name for p in tmp_path.iterdir())
    content = path.read_bytes()
    for _attempt in range(3):
        with pytest.raises(NewerSchema) as refused:
            open_database(path)
        assert str(refused.value) == "这个数据文件由更新版本的党务台账建立，请升级程序"
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == folder  # no copy, no stray file
    assert schema_state(path) is SchemaState.NEWER  # what a restore asks before replacing anything
    assert not known_revision("0099") and known_revision(SCHEMA_REVISION)


@pytest.mark.sqlite_only
def test_a_copy_is_a_consistent_database(database: Database, tmp_path: Path) -> None:
    source = database.file_path
    assert source is not None
    copy = backup_now(source, "test", tmp_path)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_data_lives_in_the_user_data_folder_unless_told_otherwise(
    data_dir: Path, tmp_path: Path
) -> None:
    assert database_path(None, demo=False) == data_dir / "dangwu.sqlite3"
    assert database_path(None, demo=True) == data_dir / "demo.sqlite3"
    assert database_path(tmp_path / "x.sqlite3", demo=True) == tmp_path / "x.sqlite3"


def test_opening_creates_a_fresh_database(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new" / "fresh.sqlite3")
    assert database.file_path is not None and database.file_path.exists()
    assert current_revision(database) == head_revision(database)
    database.dispose()


def test_upgrading_a_roster_database_keeps_its_members_and_copies_it_first(tmp_path: Path) -> None:
    from alembic import command

    from dangwu_desktop.db.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    database = Database.for_file(path)
    command.upgrade(alembic_config(database), "0001")  # a database from before organisational life
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO member (name, sex, ethnicity, native_place, education, category, occupation, phone,"
            " address, party_post, remarks, status, is_mobile, mobile_place, mobile_org, search_key)"
            " VALUES ('张三', '男', '汉族', '', '', '正式党员', '', '', '', '', '', '在册', 0, '', '', 'zhangsan zs')"
        )
    copy = upgrade(database)
    assert copy is not None and copy.name.endswith("before-migration-from-0001.sqlite3")
    assert current_revision(database) == head_revision(database)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM member").scalars().all() == ["张三"]
        assert connection.exec_driver_sql("SELECT count(*) FROM activity").scalar() == 0
    with sqlite3.connect(copy) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    database.dispose()
