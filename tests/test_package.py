"""The 上报数据包 (issue 23): a village's records in one verified file for the township.

A package read back holds exactly what was written (counts and hash agree, the snapshot opens
with the normal Database and migrations), and a package that is not what its writer made is
refused with a Chinese reason and nothing left behind: a flipped byte in the data or the
manifest, a wrong or missing password, a newer program's package, a file that is no package."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from dangwu_desktop.core import security
from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.core.glossary import AttachmentKind, MovementKind
from dangwu_desktop.core.models import Activity, ActivityAttachment, Base, Member
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.migrate import REVISIONS, SCHEMA_REVISION, migrate_to
from dangwu_desktop.db.package import (
    MANIFEST,
    PLAIN_DATA,
    SEALED_DATA,
    PackageError,
    PackageProblem,
    manifest_digest,
    read_package,
    write_package,
)
from dangwu_desktop.db.package_changes import (
    KindChange,
    compare_manifests,
    compare_snapshots,
    record_tables,
    summary,
)
from dangwu_desktop.io.atomic import ExportError
from tests.conftest import TODAY, member

MADE = datetime(2026, 12, 1, 9, 30)
PASSWORD = "乡镇2026"


@pytest.fixture
def village(database: Database) -> Database:
    with database.transaction() as session:
        ensure_demo_village(session, TODAY)
    return database


def names(database: Database) -> list[str]:
    with database.read() as session:
        return sorted(session.scalars(select(Member.name)))


# Round trip


@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "with-password"])
def test_a_package_read_back_holds_what_was_written(
    village: Database, tmp_path: Path, password: str | None
) -> None:
    target = tmp_path / "上报数据包.dwpkg"
    written = write_package(village, target, password, now=MADE)
    with read_package(target, password) as package:
        manifest = package.manifest
        assert manifest == written
        assert manifest.made_at == MADE and manifest.period == "2026年第四季度"
        assert manifest.branch_name == "中共前溪村支部委员会"
        assert manifest.parent_org == "中共浦阳镇委员会"
        assert manifest.schema_revision == SCHEMA_REVISION and not manifest.is_older_schema
        assert manifest.encrypted is (password is not None)
        data = package.snapshot.read_bytes()
        assert hashlib.sha256(data).hexdigest() == manifest.data_sha256
        assert len(data) == manifest.data_size
        snapshot = package.open_database()
        try:
            assert names(snapshot) == names(village)
            with village.read() as session:
                assert manifest.tables["member"] == len(session.scalars(select(Member)).all())
                assert manifest.tables["activity"] == len(session.scalars(select(Activity)).all())
        finally:
            snapshot.dispose()
        folder = package.snapshot.parent
    assert not folder.exists()  # the verified snapshot goes with the package


def test_with_a_password_nothing_of_the_data_is_readable_in_the_file(
    village: Database, tmp_path: Path
) -> None:
    sealed, plain = tmp_path / "sealed.dwpkg", tmp_path / "plain.dwpkg"
    write_package(village, sealed, PASSWORD)
    write_package(village, plain)
    with zipfile.ZipFile(sealed) as archive:
        assert sorted(archive.namelist()) == sorted([MANIFEST, SEALED_DATA, "说明.txt"])
        stored = archive.read(SEALED_DATA)
    with zipfile.ZipFile(plain) as archive:
        clear = archive.read(PLAIN_DATA)
    member_name = names(village)[0].encode("utf-8")
    assert member_name in clear and member_name not in stored
    assert b"SQLite format 3" not in stored


def test_the_village_password_hash_stays_on_the_village_pc(
    village: Database, tmp_path: Path
) -> None:
    with village.transaction() as session:
        security.set_password(session, "dongao2026")
        stored_hash = security._get(session, security.PASSWORD)
    target = tmp_path / "p.dwpkg"
    write_package(village, target)
    with read_package(target) as package:
        with closing(sqlite3.connect(package.snapshot)) as connection:
            keys = [row[0] for row in connection.execute("SELECT key FROM setting")]
        assert not [key for key in keys if key.startswith("security/")]
        assert stored_hash.encode() not in package.snapshot.read_bytes()  # not in free pages
        assert package.manifest.database_id  # the branch's id goes: the same branch next time


def test_attachment_files_stay_in_the_village_and_the_manifest_says_so(
    village: Database, tmp_path: Path
) -> None:
    with village.transaction() as session:
        record = session.scalars(select(Activity)).first()
        assert record is not None
        session.add(
            ActivityAttachment(
                activity_id=record.id,
                kind=AttachmentKind.SIGN_IN,
                original_name="签到表.jpg",
                sha256="0" * 64,
                size=1000,
                stored_name="x.jpg",
            )
        )
    target = tmp_path / "p.dwpkg"
    manifest = write_package(village, target)
    assert manifest.attachments == 1 and manifest.raw["attachments"]["included"] is False
    assert any("1个附件文件留在村里" in line for line in manifest.lines())
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == sorted([MANIFEST, PLAIN_DATA, "说明.txt"])


def test_the_demo_villages_package_says_it_is_demo_data(village: Database, tmp_path: Path) -> None:
    manifest = write_package(village, tmp_path / "demo.dwpkg", demo=True)
    assert manifest.demo and manifest.lines()[0].startswith("演示数据")
    assert not write_package(village, tmp_path / "real.dwpkg").demo


def test_the_same_data_gives_the_same_hash(village: Database, tmp_path: Path) -> None:
    """The township's importer tells an unchanged branch by the hash: a second export of the
    same records, later and with a password, hashes the same."""
    first = write_package(village, tmp_path / "1.dwpkg", now=MADE)
    second = write_package(village, tmp_path / "2.dwpkg", PASSWORD, now=datetime(2026, 12, 2))
    assert first.data_sha256 == second.data_sha256


@pytest.mark.sqlite_only
def test_a_package_of_an_older_schema_is_read_and_upgraded_when_opened(tmp_path: Path) -> None:
    older = REVISIONS[-2]
    database = Database.for_file(tmp_path / "old.sqlite3")
    migrate_to(database, older)
    with database.transaction() as session:
        session.execute(
            Base.metadata.tables["branch"].insert().values(name="中共旧村支部委员会", parent_org="")
        )
    target = tmp_path / "old.dwpkg"
    write_package(database, target)
    database.dispose()
    with read_package(target) as package:
        assert package.manifest.schema_revision == older and package.manifest.is_older_schema
        assert any("导入时将自动升级" in line for line in package.manifest.lines())
        opened = package.open_database()
        try:
            with opened.engine.connect() as connection:
                revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
                assert revision.scalar() == SCHEMA_REVISION
        finally:
            opened.dispose()


# Writing safely


def test_a_failed_write_leaves_the_old_package_as_it_was(
    village: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "U盘").mkdir()
    target = tmp_path / "U盘" / "p.dwpkg"
    target.write_bytes(b"the package sent last quarter")

    def held(source: Path, destination: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("dangwu_desktop.io.atomic.replace_with_retry", held)
    with pytest.raises(ExportError, match="正被其他程序占用"):
        write_package(village, target)
    assert target.read_bytes() == b"the package sent last quarter"
    assert [p.name for p in target.parent.iterdir()] == ["p.dwpkg"]


def test_a_password_shorter_than_six_is_refused(village: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="数据包密码至少6位"):
        write_package(village, tmp_path / "p.dwpkg", "12345")
    assert not (tmp_path / "p.dwpkg").exists()


# Refusals


def refused(path: Path, password: str | None = None) -> PackageError:
    with pytest.raises(PackageError) as caught:
        read_package(path, password)
    return caught.value


def rewritten(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    """A copy of a package with some entries replaced, as a zip tool would save it (its CRCs
    right): what someone who edits a package by hand produces."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, change.get(info.filename, old.read(info)))
    return target


def flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def manifest_of(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        loaded: dict[str, object] = json.loads(archive.read(MANIFEST))
    return loaded


def resealed(manifest: dict[str, object]) -> bytes:
    """A manifest edited by someone who knows the format: its digest made right again."""
    manifest["digest"] = manifest_digest(manifest)
    return json.dumps(manifest, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "with-password"])
def test_one_flipped_byte_in_the_data_is_refused(
    village: Database, tmp_path: Path, password: str | None
) -> None:
    original = tmp_path / "p.dwpkg"
    write_package(village, original, password)
    entry = SEALED_DATA if password else PLAIN_DATA
    with zipfile.ZipFile(original) as archive:
        data = archive.read(entry)
    changed = rewritten(original, tmp_path / "changed.dwpkg", {entry: flipped(data, 5000)})
    refusal = refused(changed, password)
    assert refusal.problem is PackageProblem.TAMPERED
    assert "被改动过" in str(refusal) and "changed.dwpkg" in str(refusal)


def test_a_byte_flipped_in_the_file_itself_is_refused_as_damage(
    village: Database, tmp_path: Path
) -> None:
    """A bad USB stick: the byte changes under the zip's own checksum."""
    target = tmp_path / "p.dwpkg"
    write_package(village, target)
    raw = target.read_bytes()
    with zipfile.ZipFile(target) as archive:
        start = archive.getinfo(PLAIN_DATA).header_offset + 200
    target.write_bytes(flipped(raw, start))
    assert refused(target).problem in {PackageProblem.DAMAGED, PackageProblem.TAMPERED}


@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "with-password"])
def test_one_flipped_byte_in_the_manifest_is_refused(
    village: Database, tmp_path: Path, password: str | None
) -> None:
    original = tmp_path / "p.dwpkg"
    write_package(village, original, password)
    with zipfile.ZipFile(original) as archive:
        text = archive.read(MANIFEST)
    at = text.index(b'"member": ') + len(b'"member": ')  # the roster's count: 61 → 71
    changed = rewritten(original, tmp_path / "changed.dwpkg", {MANIFEST: flipped(text, at)})
    refusal = refused(changed, password)
    assert refusal.problem is PackageProblem.TAMPERED and "说明部分" in str(refusal)


@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "with-password"])
def test_a_manifest_edited_with_its_digest_made_right_is_still_refused(
    village: Database, tmp_path: Path, password: str | None
) -> None:
    """Without a password the counts are checked against the data; with one, the manifest is
    bound to the data by the encryption itself."""
    original = tmp_path / "p.dwpkg"
    write_package(village, original, password)
    manifest = manifest_of(original)
    manifest["members_active"] = 99
    changed = rewritten(original, tmp_path / "changed.dwpkg", {MANIFEST: resealed(manifest)})
    assert refused(changed, password).problem is PackageProblem.TAMPERED


def test_a_wrong_password_is_refused(village: Database, tmp_path: Path) -> None:
    target = tmp_path / "p.dwpkg"
    write_package(village, target, PASSWORD)
    refusal = refused(target, "乡镇2025")
    assert refusal.problem is PackageProblem.PASSWORD_WRONG and "密码不正确" in str(refusal)


def test_a_missing_password_is_asked_for(village: Database, tmp_path: Path) -> None:
    target = tmp_path / "p.dwpkg"
    write_package(village, target, PASSWORD)
    refusal = refused(target)
    assert refusal.problem is PackageProblem.PASSWORD_MISSING and "设了密码" in str(refusal)


@pytest.mark.parametrize(
    ("key", "value"), [("schema_revision", "9999"), ("format_version", 2)], ids=["schema", "format"]
)
def test_a_package_from_a_newer_program_is_refused_with_upgrade_advice(
    village: Database, tmp_path: Path, key: str, value: object
) -> None:
    original = tmp_path / "p.dwpkg"
    write_package(village, original)
    manifest = manifest_of(original)
    manifest[key] = value
    manifest["program_version"] = "9.0.0"
    newer = rewritten(original, tmp_path / "newer.dwpkg", {MANIFEST: resealed(manifest)})
    refusal = refused(newer)
    assert refusal.problem is PackageProblem.NEWER_PROGRAM
    assert "更新版本的党务台账（9.0.0）" in str(refusal) and "请先升级党务台账" in str(refusal)


def test_files_that_are_no_package_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "花名册.xlsx"
    text.write_text("not a zip", encoding="utf-8")
    other_zip = tmp_path / "照片.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("a.jpg", b"jpeg")
    for path in (text, other_zip, tmp_path / "不存在.dwpkg"):
        refusal = refused(path)
        assert refusal.problem is PackageProblem.NOT_A_PACKAGE
        assert "不是党务台账的上报数据包" in str(refusal)


def test_a_refusal_leaves_no_temporary_snapshot(
    village: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    target = tmp_path / "p.dwpkg"
    write_package(village, target, PASSWORD)
    refused(target, "wrong-one")
    assert list(scratch.iterdir()) == []


# What changed since the last package


def test_every_table_is_summarised_as_a_kind_of_record_or_part_of_one() -> None:
    """A new ledger's tables show in the township's summary without a list kept here."""
    left_out = set(Base.metadata.tables) - set(record_tables())
    # package_import is a township's record of the packages it imported, no branch's record.
    assert left_out == {"setting", "audit_entry", "package_import"}
    kinds = {entry.kind for entry in record_tables().values()}
    assert {"党员", "组织生活与学习", "党费"} <= kinds
    assert record_tables()["activity_attendance"].parent == "activity"
    assert record_tables()["activity_topic"].parent == "activity"


def test_what_changed_between_two_packages_is_counted_by_kind(
    village: Database, tmp_path: Path
) -> None:
    before = tmp_path / "before.dwpkg"
    write_package(village, before)
    with village.transaction() as session:
        add_member(session, member(name="新甲", id_number="330726199001011238"), TODAY)
        add_member(session, member(name="新乙", id_number="330726199001011246"), TODAY)
        leaving = session.scalars(select(Member).where(Member.name == names(village)[0])).one()
        record_movement(
            session,
            leaving.id,
            Movement(MovementKind.TRANSFER_OUT, date(2026, 6, 1), other_org="中共某村支部"),
            TODAY,
        )
        record = session.scalars(select(Activity)).first()
        assert record is not None
        record.minutes += "（补记）"
    after = tmp_path / "after.dwpkg"
    write_package(village, after)
    with read_package(before) as old, read_package(after) as new:
        rows = {c.kind: c for c in compare_snapshots(old.snapshot, new.snapshot)}
        counts = {c.kind: c for c in compare_manifests(old.manifest, new.manifest)}
    assert rows["党员"] == KindChange("党员", added=2, removed=0, changed=1)
    assert rows["人员变动"] == KindChange("人员变动", added=1, removed=0, changed=0)
    assert rows["组织生活与学习"] == KindChange("组织生活与学习", 0, 0, changed=1)
    assert counts["党员"] == KindChange("党员", 2, 0)  # counts alone cannot see edits
    assert "组织生活与学习" not in counts
    text = summary(rows.values())
    assert text.startswith("党员 +2/−0，改动1；人员变动 +1/−0") and "组织生活与学习 改动1" in text


def test_two_packages_of_the_same_data_show_no_change(village: Database, tmp_path: Path) -> None:
    write_package(village, tmp_path / "1.dwpkg")
    write_package(village, tmp_path / "2.dwpkg", PASSWORD)
    with (
        read_package(tmp_path / "1.dwpkg") as one,
        read_package(tmp_path / "2.dwpkg", PASSWORD) as two,
    ):
        assert summary(compare_snapshots(one.snapshot, two.snapshot)) == "没有变化"
        assert compare_manifests(one.manifest, two.manifest) == []
