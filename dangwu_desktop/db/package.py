"""The 上报数据包: one file a village branch sends the township by USB stick or chat, holding a
consistent snapshot of its records, described by a manifest, optionally sealed with a password.

File format, version 1 (a ZIP archive; `.dwpkg`):

- ``manifest.json`` (UTF-8 JSON object):
  ``format`` "dangwu-report-package"; ``format_version`` 1; ``program_version`` (the writer's
  党务台账 version); ``schema_revision`` (the Alembic revision of the data, e.g. "0017");
  ``made_at`` (local time, ISO 8601, seconds) and ``period`` (its quarter, 2026年第四季度);
  ``demo`` (true for the program's 演示村, whose data no township should take for a branch's);
  ``database_id`` (the village database's random id, db/identity.py: the same branch across
  packages, whatever its name becomes); ``branch`` {``name``, ``parent_org``};
  ``members_active`` (在册党员); ``tables`` {table: rows} for every table but the version table;
  ``data`` {``name`` of the data entry, ``size`` and ``sha256`` of the SQLite snapshot, before
  any compression or encryption}; ``attachments`` {``included``: false, ``count``}: the files
  attached to records (photos, sign-in sheets) stay on the village PC, their rows travel;
  ``encryption``: null, or {``cipher`` "AES-256-GCM", ``kdf`` "scrypt", ``salt``, ``n``, ``r``,
  ``p``, ``nonce``, ``password_check``}; and last ``digest``: SHA-256 of the manifest's other
  keys as canonical JSON (sorted keys, no spaces, UTF-8), so that an edited manifest is noticed.
- The data: ``data.sqlite3`` (the snapshot, deflated) without a password; with one,
  ``data.sqlite3.aes``: AES-256-GCM (the `cryptography` package) of the zlib-compressed
  snapshot, the exact bytes of manifest.json as associated data, so that changing either is
  detected. The key is the first 32 bytes of scrypt(password, salt, 64 bytes); the SHA-256 of
  the other 32 is ``password_check``, which tells a wrong password from a changed file.
- ``说明.txt``: a line for whoever opens the archive by hand.

A reader accepts any ``format_version`` up to its own and any ``schema_revision`` it knows; a
snapshot of an older revision is upgraded with the normal migrations when opened.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import os
import shutil
import tempfile
import unicodedata
import zipfile
import zlib
from base64 import b64decode, b64encode
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from dangwu_desktop import __version__
from dangwu_desktop.core.periods import quarter_name, quarter_of
from dangwu_desktop.core.security import MINIMUM_LENGTH
from dangwu_desktop.db.backups import check
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.identity import ensure_database_id
from dangwu_desktop.db.migrate import REVISIONS, SCHEMA_REVISION, migrate_to
from dangwu_desktop.db.package_snapshot import SnapshotError, make_snapshot, read_facts
from dangwu_desktop.io.atomic import ExportError, atomic_save

FORMAT = "dangwu-report-package"
FORMAT_VERSION = 1
SUFFIX = ".dwpkg"
MANIFEST = "manifest.json"
PLAIN_DATA = "data.sqlite3"
SEALED_DATA = "data.sqlite3.aes"
README = "说明.txt"
README_TEXT = (
    "这是党务台账的上报数据包，由村党支部导出，交乡镇党委用党务台账导入。\n"
    "请不要解压后修改里面的文件：改动过的数据包会被拒绝导入。\n"
)
CIPHER, KDF = "AES-256-GCM", "scrypt"
# scrypt at n=2^15, r=8: 32 MB and a fraction of a second on an old PC, per try of a password.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
LARGEST_SCRYPT_N = 2**20  # a manifest asking more would make reading it a way to stall the PC
MANIFEST_LIMIT = 1 << 20
DATA_LIMIT = 1 << 30  # a village's snapshot is a few MB; this only stops a runaway file
CHUNK = 1 << 20
PASSWORD_MINIMUM = MINIMUM_LENGTH  # as for the program's own password


class PackageProblem(enum.Enum):
    NOT_A_PACKAGE = "不是上报数据包"
    DAMAGED = "已损坏"
    TAMPERED = "被改动过"
    PASSWORD_MISSING = "需要密码"
    PASSWORD_WRONG = "密码不正确"
    NEWER_PROGRAM = "由更新版本的程序制作"


class PackageError(Exception):
    """A package refused; the message is Chinese and names the reason and what to do."""

    def __init__(self, problem: PackageProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Manifest:
    """A package's manifest as read (or written), its fields checked for their types."""

    program_version: str
    schema_revision: str
    made_at: datetime
    period: str
    database_id: str
    branch_name: str
    parent_org: str
    members_active: int
    tables: dict[str, int]
    data_name: str
    data_size: int
    data_sha256: str
    attachments: int
    encrypted: bool
    demo: bool = False
    format_version: int = FORMAT_VERSION
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_older_schema(self) -> bool:
        return self.schema_revision != SCHEMA_REVISION

    def brief_lines(self) -> list[str]:
        """What the package holds, as the secretary who made it reads it."""
        from dangwu_desktop.db.package_changes import table_counts_text

        return [
            *(["演示数据：这是党务台账演示村的数据包，不是真实支部的数据"] if self.demo else []),
            f"支部：{self.branch_name or '（未填写支部名称）'}",
            f"在册党员：{self.members_active}人",
            f"内容：{table_counts_text(self.tables)}",
            f"附件：{self.attachments}个附件文件留在村里，不在数据包中（记录中注明有附件）"
            if self.attachments
            else "附件：无",
            f"密码：{'有（已加密）' if self.encrypted else '无'}",
        ]

    def lines(self) -> list[str]:
        """The manifest as the township reads it, one fact a line."""
        brief = self.brief_lines()
        at = next(i for i, line in enumerate(brief) if line.startswith("支部：")) + 1
        lines = [
            *brief[:at],
            f"上级党组织：{self.parent_org or '（未填写）'}",
            f"导出时间：{self.made_at:%Y-%m-%d %H:%M}（{self.period}）",
            *brief[at:],
            f"制作程序：党务台账 {self.program_version}，数据结构 {self.schema_revision}",
            f"数据校验值（SHA-256）：{self.data_sha256}",
        ]
        if self.is_older_schema:
            lines.append(
                f"数据结构较旧（{self.schema_revision}，本程序为{SCHEMA_REVISION}），"
                "导入时将自动升级，数据不变"
            )
        return lines


class VerifiedPackage:
    """A package read and verified: its manifest and its snapshot, a SQLite file in a temporary
    folder that is deleted by `close()` (or on leaving a `with` block). An importer opens it
    with `open_database()` and copies rows: the checks are done."""

    def __init__(self, manifest: Manifest, snapshot: Path, folder: Path) -> None:
        self.manifest = manifest
        self.snapshot = snapshot
        self._folder = folder

    def open_database(self) -> Database:
        """The snapshot as a Database, upgraded first to this program's schema if it is older
        (the snapshot is a private copy: no backup of it is needed)."""
        database = Database.for_file(self.snapshot)
        if self.manifest.is_older_schema:
            migrate_to(database, "head")
        return database

    def close(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> VerifiedPackage:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def password_problem(password: str) -> str | None:
    """Why a package password will not do (None: it will, or there is none)."""
    if password and len(password) < PASSWORD_MINIMUM:
        return f"数据包密码至少{PASSWORD_MINIMUM}位"
    return None


def default_file_name(branch: str, made: datetime) -> str:
    """上报数据包-<支部>-2026-12-01.dwpkg (cleaned for Windows by the caller's file helpers)."""
    return f"上报数据包-{branch or '支部'}-{made:%Y-%m-%d}{SUFFIX}"


# Writing


def write_package(
    database: Database,
    target: Path,
    password: str | None = None,
    *,
    demo: bool = False,
    now: datetime | None = None,
) -> Manifest:
    """Write the package of `database` to `target` in one step (temporary file, then renamed):
    a locked or unwritable target raises ExportError with the usual Chinese message and leaves
    any old file as it was. An empty password is no password."""
    problem = password_problem(password or "")
    if problem:
        raise ExportError(problem)
    made = (now or datetime.now()).replace(microsecond=0)
    ensure_database_id(database)  # how the township knows the branch again (the program's start
    # gives every database one; a database opened otherwise may not have it yet)
    with tempfile.TemporaryDirectory(prefix="dangwu-package-") as folder:
        snapshot = Path(folder) / PLAIN_DATA
        try:
            make_snapshot(database, snapshot)
        except SnapshotError as exc:
            raise ExportError(str(exc)) from exc
        data = snapshot.read_bytes()
        manifest, sealed = _manifest_for(snapshot, data, made, password or None, demo)
        manifest_bytes = _manifest_bytes(manifest)

        def write(path: Path) -> None:
            with zipfile.ZipFile(path, "w") as archive:
                archive.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
                if sealed is None:
                    archive.write(snapshot, PLAIN_DATA, zipfile.ZIP_DEFLATED)
                else:
                    archive.writestr(SEALED_DATA, sealed(manifest_bytes), zipfile.ZIP_STORED)
                archive.writestr(README, README_TEXT.encode("utf-8"), zipfile.ZIP_DEFLATED)

        atomic_save(target, write)
    return _parse_manifest(json.loads(manifest_bytes), target.name)


def _manifest_for(
    snapshot: Path, data: bytes, made: datetime, password: str | None, demo: bool
) -> tuple[dict[str, Any], Callable[[bytes], bytes] | None]:
    """The manifest of a snapshot, and for a password the function that seals the data with the
    manifest's final bytes as associated data."""
    facts = read_facts(snapshot)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program_version": __version__,
        "schema_revision": facts.schema_revision,
        "made_at": made.isoformat(timespec="seconds"),
        "period": f"{made.year}年{quarter_name(quarter_of(made.month))}",
        "demo": demo,
        "database_id": facts.database_id,
        "branch": {"name": facts.branch_name, "parent_org": facts.parent_org},
        "members_active": facts.members_active,
        "tables": facts.tables,
        "data": {
            "name": PLAIN_DATA if password is None else SEALED_DATA,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        },
        "attachments": {"included": False, "count": facts.attachments},
        "encryption": None,
    }
    if password is None:
        return manifest, None
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    key, check_value = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    manifest["encryption"] = {
        "cipher": CIPHER,
        "kdf": KDF,
        "salt": b64encode(salt).decode(),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "nonce": b64encode(nonce).decode(),
        "password_check": check_value,
    }

    def seal(manifest_bytes: bytes) -> bytes:
        return AESGCM(key).encrypt(nonce, zlib.compress(data, 6), manifest_bytes)

    return manifest, seal


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, str]:
    """The AES key, and the check value that tells a wrong password (NFC: the same password
    typed with another input method gives the same bytes)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(
        unicodedata.normalize("NFC", password).encode("utf-8")
    )
    return material[:32], hashlib.sha256(material[32:]).hexdigest()


def manifest_digest(manifest: dict[str, Any]) -> str:
    """SHA-256 of the manifest's keys other than `digest`, as canonical JSON."""
    body = {key: value for key, value in manifest.items() if key != "digest"}
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _manifest_bytes(manifest: dict[str, Any]) -> bytes:
    sealed = {**manifest, "digest": manifest_digest(manifest)}
    return json.dumps(sealed, ensure_ascii=False, indent=2).encode("utf-8")


# Reading


def read_package(path: Path, password: str | None = None) -> VerifiedPackage:
    """Verify a package and return its manifest and snapshot; PackageError names what is wrong.
    Nothing outside a temporary folder is written, and that folder is gone after a refusal."""
    if not path.is_file() or not zipfile.is_zipfile(path):
        raise _not_a_package(path)
    folder = Path(tempfile.mkdtemp(prefix="dangwu-package-"))
    try:
        with zipfile.ZipFile(path) as archive:
            manifest_bytes = _member_bytes(archive, MANIFEST, MANIFEST_LIMIT, path)
            manifest = _checked_manifest(manifest_bytes, path)
            snapshot = folder / PLAIN_DATA
            if manifest.encrypted:
                _unseal(archive, manifest, manifest_bytes, password, snapshot, path)
            else:
                _extract(archive, manifest, snapshot, path)
        _check_snapshot(snapshot, manifest, path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return VerifiedPackage(manifest, snapshot, folder)


def _not_a_package(path: Path) -> PackageError:
    return PackageError(
        PackageProblem.NOT_A_PACKAGE,
        f"“{path.name}”不是党务台账的上报数据包。请选择支部用“导出上报数据包”生成的 {SUFFIX} 文件",
    )


def _damaged(path: Path, detail: str) -> PackageError:
    return PackageError(
        PackageProblem.DAMAGED,
        f"“{path.name}”已损坏，无法读取（{detail}）。请支部重新导出一份，或重新拷贝",
    )


def _tampered(path: Path, detail: str) -> PackageError:
    return PackageError(
        PackageProblem.TAMPERED,
        f"“{path.name}”被改动过或已损坏：{detail}。为免数据出错，不予读取，请支部重新导出一份",
    )


def _member_bytes(archive: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _not_a_package(path) from None
    if info.file_size > limit:
        raise _damaged(path, f"{name} 过大")
    try:
        with archive.open(info) as member:
            return member.read(limit + 1)[:limit]
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise _damaged(path, f"{name} 读不出来") from exc


def _checked_manifest(manifest_bytes: bytes, path: Path) -> Manifest:
    try:
        raw = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _tampered(path, "说明部分（manifest.json）不是完整的JSON") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _not_a_package(path)
    version = raw.get("format_version")
    if not isinstance(version, int):
        raise _tampered(path, "说明部分缺少格式版本")
    if version > FORMAT_VERSION:
        raise _newer(path, raw)
    if not hmac.compare_digest(str(raw.get("digest", "")), manifest_digest(raw)):
        raise _tampered(path, "说明部分（manifest.json）的内容与其校验值不符")
    manifest = _parse_manifest(raw, path.name)
    if manifest.schema_revision not in REVISIONS:
        raise _newer(path, raw)
    return manifest


def _newer(path: Path, raw: dict[str, Any]) -> PackageError:
    made_by = raw.get("program_version")
    by = f"（{made_by}）" if isinstance(made_by, str) and made_by else ""
    return PackageError(
        PackageProblem.NEWER_PROGRAM,
        f"“{path.name}”由更新版本的党务台账{by}制作，本程序（{__version__}）读不了它。"
        "请先升级党务台账，再读取这个数据包",
    )


def manifest_from_json(text: str, name: str) -> Manifest:
    """A manifest kept as JSON (a township's record of an import) read back."""
    return _parse_manifest(json.loads(text), name)


def _parse_manifest(raw: dict[str, Any], name: str) -> Manifest:
    """The manifest's fields, each of the type the format says; a missing or mistyped one means
    the manifest was not written by the program."""
    try:
        branch, data, attachments = raw["branch"], raw["data"], raw["attachments"]
        tables = raw["tables"]
        if not all(isinstance(k, str) and isinstance(v, int) for k, v in tables.items()):
            raise TypeError("tables")
        encryption = raw["encryption"]
        if encryption is not None and not isinstance(encryption, dict):
            raise TypeError("encryption")
        manifest = Manifest(
            program_version=_typed(raw["program_version"], str),
            schema_revision=_typed(raw["schema_revision"], str),
            made_at=datetime.fromisoformat(_typed(raw["made_at"], str)),
            period=_typed(raw["period"], str),
            database_id=_typed(raw["database_id"], str),
            branch_name=_typed(branch["name"], str),
            parent_org=_typed(branch["parent_org"], str),
            members_active=_typed(raw["members_active"], int),
            tables=dict(tables),
            data_name=_typed(data["name"], str),
            data_size=_typed(data["size"], int),
            data_sha256=_typed(data["sha256"], str),
            attachments=_typed(attachments["count"], int),
            encrypted=encryption is not None,
            demo=_typed(raw["demo"], bool),
            format_version=_typed(raw["format_version"], int),
            raw=raw,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PackageError(
            PackageProblem.TAMPERED, f"“{name}”的说明部分缺少或写错了“{exc}”，不是本程序写的"
        ) from exc
    return manifest


def _typed(value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(repr(value))
    return value


def _unseal(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    manifest_bytes: bytes,
    password: str | None,
    snapshot: Path,
    path: Path,
) -> None:
    if not password:
        raise PackageError(
            PackageProblem.PASSWORD_MISSING,
            f"“{path.name}”设了密码，请输入支部告诉您的数据包密码",
        )
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        sealing = manifest.raw["encryption"]
        if sealing["cipher"] != CIPHER or sealing["kdf"] != KDF:
            raise ValueError("cipher")
        n, r, p = (_typed(sealing[k], int) for k in ("n", "r", "p"))
        if not (2 <= n <= LARGEST_SCRYPT_N and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError("scrypt")
        salt, nonce = b64decode(sealing["salt"]), b64decode(sealing["nonce"])
        expected_check = _typed(sealing["password_check"], str)
    except (KeyError, TypeError, ValueError) as exc:
        raise _tampered(path, "说明部分的加密参数不对") from exc
    key, check_value = _derive(password, salt, n, r, p)
    if not hmac.compare_digest(check_value, expected_check):
        raise PackageError(
            PackageProblem.PASSWORD_WRONG,
            f"“{path.name}”的密码不正确。请向支部核实密码（区分大小写）",
        )
    sealed = _member_bytes(archive, SEALED_DATA, DATA_LIMIT, path)
    try:
        compressed = AESGCM(key).decrypt(nonce, sealed, manifest_bytes)
    except (InvalidTag, ValueError) as exc:
        raise _tampered(path, "加密的数据或说明部分与加密时不一致") from exc
    try:
        expander = zlib.decompressobj()
        data = expander.decompress(compressed, manifest.data_size + 1)
    except zlib.error as exc:
        raise _damaged(path, "数据解压失败") from exc
    _check_data(hashlib.sha256(data).hexdigest(), len(data), manifest, path)
    snapshot.write_bytes(data)


def _extract(archive: zipfile.ZipFile, manifest: Manifest, snapshot: Path, path: Path) -> None:
    """The plain snapshot, hashed as it is written out (never more than the manifest says)."""
    if manifest.data_name != PLAIN_DATA:
        raise _tampered(path, "说明部分写的数据名称不对")
    try:
        info = archive.getinfo(PLAIN_DATA)
    except KeyError:
        raise _damaged(path, "缺少数据部分") from None
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(info) as source, snapshot.open("wb") as out:
            while size <= manifest.data_size and (block := source.read(CHUNK)):
                digest.update(block)
                size += len(block)
                out.write(block)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _damaged(path, "数据部分读不出来") from exc
    _check_data(digest.hexdigest(), size, manifest, path)


def _check_data(sha256: str, size: int, manifest: Manifest, path: Path) -> None:
    if size != manifest.data_size or not hmac.compare_digest(sha256, manifest.data_sha256):
        raise _tampered(path, "数据与说明部分记下的校验值（SHA-256）不符")


def _check_snapshot(snapshot: Path, manifest: Manifest, path: Path) -> None:
    """The snapshot is a sound database of this program, and the manifest tells its truth."""
    problem = check(snapshot, thorough=True, at_rest=True)
    if problem:
        raise _damaged(path, problem)
    facts = read_facts(snapshot)
    described = (
        manifest.schema_revision,
        manifest.database_id,
        manifest.branch_name,
        manifest.parent_org,
        manifest.members_active,
        manifest.attachments,
        manifest.tables,
    )
    found = (
        facts.schema_revision,
        facts.database_id,
        facts.branch_name,
        facts.parent_org,
        facts.members_active,
        facts.attachments,
        facts.tables,
    )
    if described != found:
        raise _tampered(path, "说明部分写的支部、人数或记录条数与数据不符")
