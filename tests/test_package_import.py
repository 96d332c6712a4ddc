"""导入上报数据包 (issue 23): a township database takes in each village's package, replacing that
branch's records with the package's under new keys, in one transaction per file.

Two demo villages of different names are exported and imported into a fresh database: each
branch holds exactly its village's records, every foreign key points into its own branch (出席 to
the right members), the same file twice changes nothing, a newer package replaces its branch and
leaves the other as it was, and a package refused (tampered, wrong password, newer schema, older
than the last, a village's own database) or a failure midway leaves the database as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, delete, func, select

from dangwu_desktop.cli import main
from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.core.models import (
    Activity,
    ActivityAttendance,
    Base,
    Branch,
    Member,
    PackageImport,
    Setting,
)
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db import package_import
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.package import (
    MANIFEST,
    PLAIN_DATA,
    PackageError,
    PackageProblem,
    manifest_digest,
    write_package,
)
from dangwu_desktop.db.package_import import (
    ImportRefused,
    branch_tables,
    check_file,
    import_file,
)
from dangwu_desktop.db.startup import open_database
from tests.conftest import member, place_args

TODAY = date(2026, 12, 1)
EAST, WEST = "中共前溪村支部委员会", "中共后山村支部委员会"
PASSWORD = "乡镇2026"


@dataclass(frozen=True)
class Village:
    name: str
    file: Path  # the village's own database
    package: Path  # its package of 2026-11-30 09:00
    sealed: Path  # the same, with PASSWORD


def _village(folder: Path, name: str, seed: int) -> Village:
    database = open_database(folder / f"{seed}.sqlite3")
    try:
        with database.transaction() as session:
            build_demo_village(session, TODAY, seed=seed, name=name)
        package, sealed = folder / f"{seed}.dwpkg", folder / f"{seed}-密码.dwpkg"
        write_package(database, package, now=datetime(2026, 11, 30, 9, 0))
        write_package(database, sealed, PASSWORD, now=datetime(2026, 11, 30, 9, 0))
    finally:
        database.dispose()
    return Village(name, folder / f"{seed}.sqlite3", package, sealed)


@pytest.fixture(scope="module")
def villages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Village, Village]:
    folder = tmp_path_factory.mktemp("villages")
    return _village(folder, EAST, 1), _village(folder, WEST, 2)


@pytest.fixture
def township(database: Database, villages: tuple[Village, Village]) -> Database:
    for village in villages:
        import_file(database, village.package, now=datetime(2026, 12, 1, 10, 0))
    return database


def branch_id(database: Database, name: str) -> int:
    with database.read() as session:
        found = session.scalar(select(Branch.id).where(Branch.name == name))
    assert found is not None
    return found


def digest(database: Database, but: tuple[str, ...] = ()) -> str:
    """Every row of every table (`but` those), keys included: equal digests, unchanged data."""
    hashed = hashlib.sha256()
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in but:
                continue
            rows = connection.execute(select(table).order_by(*table.primary_key.columns))
            hashed.update(f"{table.name}:{[tuple(row) for row in rows]}".encode())
    return hashed.hexdigest()


def counts(connection: Connection, branch: int | None = None) -> dict[str, int]:
    """Rows of each branch table: of one branch, or (None) of the only branch there is."""
    found = {}
    for table in branch_tables():
        query = select(func.count()).select_from(table)
        if branch is not None:
            query = query.where(table.c.branch_id == branch)
        found[table.name] = int(connection.scalar(query) or 0)
    return found


def attendance(connection: Connection, branch: int | None = None) -> set[tuple[Any, ...]]:
    """Who attended what, told by names and ID numbers (never by ids)."""
    query = (
        select(Activity.date, Activity.title, Member.id_number, ActivityAttendance.attendance)
        .join(Activity, Activity.id == ActivityAttendance.activity_id)
        .join(Member, Member.id == ActivityAttendance.member_id)
    )
    if branch is not None:
        query = query.where(ActivityAttendance.branch_id == branch)
    return {tuple(row) for row in connection.execute(query)}


# Importing


def test_each_branch_holds_exactly_its_villages_records(
    township: Database, villages: tuple[Village, Village]
) -> None:
    for village in villages:
        source = Database.for_file(village.file)
        try:
            with source.engine.connect() as connection:
                expected, expected_attendance = counts(connection), attendance(connection)
        finally:
            source.dispose()
        branch = branch_id(township, village.name)
        with township.engine.connect() as connection:
            assert counts(connection, branch) == expected
            assert attendance(connection, branch) == expected_attendance
    with township.read(branch_id(township, WEST)) as session:
        branch = session.get(Branch, branch_id(township, WEST))
        assert branch is not None and branch.parent_org == "中共浦阳镇委员会"


def test_every_foreign_key_points_into_its_own_branch(township: Database) -> None:
    with township.engine.connect() as connection:
        for table in branch_tables():
            for column in table.columns:
                for key in column.foreign_keys:
                    referred = key.column.table
                    if "branch_id" not in referred.c or column.name == "branch_id":
                        continue
                    crossing = (
                        select(func.count())
                        .select_from(table.join(referred, column == key.column))
                        .where(table.c.branch_id != referred.c.branch_id)
                    )
                    assert connection.scalar(crossing) == 0, f"{table.name}.{column.name}"
                    dangling = (
                        select(func.count())
                        .select_from(table.outerjoin(referred, column == key.column))
                        .where(column.is_not(None), key.column.is_(None))
                    )
                    assert connection.scalar(dangling) == 0, f"{table.name}.{column.name}"


def test_the_same_package_imported_twice_changes_nothing(
    township: Database, villages: tuple[Village, Village]
) -> None:
    before = digest(township)
    result = import_file(township, villages[0].package)
    assert not result.imported
    assert result.message == f"“{EAST}”的这个数据包上次已导入，没有改动任何数据"
    assert digest(township) == before


def newer_package(village: Village, folder: Path, made: datetime) -> Path:
    """The village adds a member and sends its package again (in a copy of its database)."""
    copy = folder / f"村-{made:%H%M}.sqlite3"
    copy.write_bytes(village.file.read_bytes())
    database = open_database(copy)
    try:
        with database.transaction() as session:
            add_member(session, member(name="新党员甲"), TODAY)
        target = folder / f"新-{made:%H%M}.dwpkg"
        write_package(database, target, now=made)
    finally:
        database.dispose()
    return target


def test_a_newer_package_replaces_its_branch_and_leaves_the_other_as_it_was(
    township: Database, villages: tuple[Village, Village], tmp_path: Path
) -> None:
    east, west = branch_id(township, EAST), branch_id(township, WEST)
    with township.engine.connect() as connection:
        members_before = counts(connection, east)["member"]
    west_before = rows_of_branch(township, west)
    newer = newer_package(villages[0], tmp_path, datetime(2026, 12, 1, 8, 0))
    plan = check_file(township, newer)
    assert plan.changes_text == "党员 +1/−0"
    result = import_file(township, newer)
    assert result.imported and result.branch_id == east
    with township.engine.connect() as connection:
        assert counts(connection, east)["member"] == members_before + 1
    assert rows_of_branch(township, west) == west_before
    with township.read() as session:
        record = session.scalars(
            select(PackageImport).order_by(PackageImport.id.desc()).limit(1)
        ).one()
        assert (record.branch_id, record.changes) == (east, "党员 +1/−0")
        assert json.loads(record.manifest)["data"]["sha256"] == plan.manifest.data_sha256


def rows_of_branch(database: Database, branch: int) -> dict[str, list[tuple[Any, ...]]]:
    with database.engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(
                    select(table)
                    .where(table.c.branch_id == branch)
                    .order_by(*table.primary_key.columns)
                )
            ]
            for table in branch_tables()
        }


def test_a_package_older_than_the_last_imported_is_refused_unless_forced(
    township: Database, villages: tuple[Village, Village], tmp_path: Path
) -> None:
    older = newer_package(villages[1], tmp_path, datetime(2026, 11, 1, 9, 0))
    before = digest(township)
    with pytest.raises(ImportRefused, match=r"早于上次导入的数据包.*已拒绝"):
        import_file(township, older)
    assert digest(township) == before
    assert import_file(township, older, force=True).imported


# Refusals leave the database as it was


def _rewritten(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, change.get(info.filename, old.read(info)))
    return target


def _tampered(village: Village, folder: Path) -> Path:
    with zipfile.ZipFile(village.package) as archive:
        data = bytearray(archive.read(PLAIN_DATA))
    data[5000] ^= 0x01
    return _rewritten(village.package, folder / "改过.dwpkg", {PLAIN_DATA: bytes(data)})


def _newer_schema(village: Village, folder: Path) -> Path:
    with zipfile.ZipFile(village.package) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    manifest["schema_revision"] = "9999"
    manifest["digest"] = manifest_digest(manifest)
    changed = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    return _rewritten(village.package, folder / "新版.dwpkg", {MANIFEST: changed})


@pytest.mark.parametrize(
    ("make", "password", "problem"),
    [
        (_tampered, None, PackageProblem.TAMPERED),
        (lambda village, _folder: village.sealed, "错误的密码123", PackageProblem.PASSWORD_WRONG),
        (lambda village, _folder: village.sealed, None, PackageProblem.PASSWORD_MISSING),
        (_newer_schema, None, PackageProblem.NEWER_PROGRAM),
    ],
    ids=["tampered", "wrong-password", "no-password", "newer-schema"],
)
def test_a_package_refused_changes_nothing(
    township: Database,
    villages: tuple[Village, Village],
    tmp_path: Path,
    make: Any,
    password: str | None,
    problem: PackageProblem,
) -> None:
    before = digest(township)
    with pytest.raises(PackageError) as caught:
        import_file(township, make(villages[0], tmp_path), password)
    assert caught.value.problem is problem
    assert digest(township) == before


def test_a_sealed_package_with_its_password_is_imported(
    database: Database, villages: tuple[Village, Village]
) -> None:
    result = import_file(database, villages[1].sealed, PASSWORD)
    assert result.imported and result.plan.manifest.branch_name == WEST


def test_a_failure_midway_leaves_the_last_committed_state(
    township: Database,
    villages: tuple[Village, Village],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    newer = newer_package(villages[0], tmp_path, datetime(2026, 12, 1, 8, 0))
    before = digest(township)
    real_insert = package_import.insert

    def failing(table: Any) -> Any:
        if getattr(table, "name", "") == "activity_attendance":
            raise OSError("磁盘已满")
        return real_insert(table)

    monkeypatch.setattr(package_import, "insert", failing)
    with pytest.raises(OSError, match="磁盘已满"):
        import_file(township, newer)
    assert digest(township) == before


# Which database is a township's


def test_a_package_into_the_database_it_was_made_from_is_refused(
    database: Database, tmp_path: Path
) -> None:
    with database.transaction() as session:
        build_demo_village(session, TODAY, name=EAST)
    own = tmp_path / "自己.dwpkg"
    write_package(database, own)
    before = digest(database)
    with pytest.raises(ImportRefused, match="本数据库自己导出的数据包"):
        import_file(database, own)
    assert digest(database) == before


def test_a_villages_own_database_takes_no_other_villages_package(
    database: Database, villages: tuple[Village, Village]
) -> None:
    with database.transaction() as session:
        build_demo_village(session, TODAY, seed=7, name="中共东岙村支部委员会")
    before = digest(database)
    with pytest.raises(ImportRefused, match=r"自己的台账.*请新建一个数据库"):
        import_file(database, villages[0].package)
    assert digest(database) == before


def test_records_a_township_entered_by_hand_are_never_replaced(
    township: Database, villages: tuple[Village, Village], tmp_path: Path
) -> None:
    with township.transaction() as session:
        from dangwu_desktop.core.services.branch import add_branch

        hand = add_branch(session, "中共城关村支部委员会", "中共浦阳镇委员会").id
    with township.transaction(branch_id=hand) as session:
        add_member(session, member(name="手录党员"), TODAY)
    renamed = _renamed(villages[0], tmp_path, "中共城关村支部委员会")
    with pytest.raises(ImportRefused, match=r"在本数据库中录入的.*会覆盖"):
        import_file(township, renamed)


def test_a_village_that_renamed_its_branch_is_noticed(
    township: Database, villages: tuple[Village, Village], tmp_path: Path
) -> None:
    renamed = _renamed(villages[1], tmp_path, "中共后山村党支部", keep_id=True)
    plan = check_file(township, renamed)
    assert plan.branch_id is None and plan.renamed_from == WEST
    assert f"注意：同一个村的数据库以前是以“{WEST}”导入的" in "\n".join(plan.lines())


def _renamed(village: Village, folder: Path, name: str, keep_id: bool = False) -> Path:
    """The village's package with its branch renamed: by the village itself (`keep_id`), or as
    if made by another village (its database copied, given an id of its own)."""
    copy = folder / "改名.sqlite3"
    copy.write_bytes(village.file.read_bytes())
    database = open_database(copy)
    try:
        with database.transaction() as session:
            branch = session.scalars(select(Branch)).one()
            branch.name = name
            if not keep_id:
                session.execute(delete(Setting).where(Setting.key == "database/id"))
        target = folder / "改名.dwpkg"
        write_package(database, target)
    finally:
        database.dispose()
    return target


def test_the_townships_development_quota_is_taken_only_where_it_set_none(
    database: Database, tmp_path: Path
) -> None:
    village = open_database(tmp_path / "v.sqlite3")
    try:
        with village.transaction() as session:
            build_demo_village(session, TODAY, seed=3, name=EAST)
            session.merge(Setting(key="development/quota/1/2026", value="2"))
        write_package(village, tmp_path / "v.dwpkg", now=datetime(2026, 11, 1, 9, 0))
        branch = import_file(database, tmp_path / "v.dwpkg").branch_id
        key = f"development/quota/{branch}/2026"
        with database.transaction() as session:
            quota = session.get(Setting, key)
            assert quota is not None and quota.value == "2"
            quota.value = "5"  # the township's own figure for the branch
        with village.transaction() as session:
            add_member(session, member(name="新党员乙"), TODAY)
        write_package(village, tmp_path / "v2.dwpkg", now=datetime(2026, 12, 1, 9, 0))
    finally:
        village.dispose()
    assert import_file(database, tmp_path / "v2.dwpkg").imported
    with database.read() as session:
        quota = session.get(Setting, key)
        assert quota is not None and quota.value == "5"


# The command line


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def no_input(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import sys

    monkeypatch.setattr(sys, "stdin", None)
    yield


def test_import_package_imports_each_file_and_says_which_were_refused(
    database: Database,
    villages: tuple[Village, Village],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_input: None,
) -> None:
    tampered = _tampered(villages[0], tmp_path)
    place = place_args(database)
    files = [str(villages[0].package), str(tampered), str(villages[1].package)]
    code, out, err = run(capsys, *place, "import-package", *files)
    assert code == 1
    blocks = out.split("\n\n")
    assert blocks[0].startswith(f"【{villages[0].package.name}】\n")
    assert f"已导入“{EAST}”的数据包：首次导入" in blocks[0]
    assert blocks[1].startswith("【改过.dwpkg】\n未导入：“改过.dwpkg”被改动过")
    assert f"已导入“{WEST}”的数据包：首次导入" in blocks[2]
    assert blocks[3] == "共3个数据包：导入2个，已导入过0个，拒绝1个\n"
    assert "“改过.dwpkg”未导入" in err
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(PackageImport)) == 2


def test_import_package_check_shows_the_changes_and_imports_nothing(
    database: Database,
    villages: tuple[Village, Village],
    capsys: pytest.CaptureFixture[str],
    no_input: None,
) -> None:
    # Opening a database from the command line gives it its id (a setting) the first time.
    before = digest(database, but=("setting",))
    code, out, _err = run(
        capsys, *place_args(database), "import-package", "--check", str(villages[0].package)
    )
    assert code == 0
    assert f"支部：{EAST}（新支部）" in out and "变化：首次导入" in out
    assert out.endswith("（只检查，未导入）\n")
    assert digest(database, but=("setting",)) == before
