"""Attachments kept with the data: copied into a folder beside the database, named by content.

A record never links to a path that may vanish (a USB stick, a Downloads folder); the copy is
named by its SHA-256, so the same photo added twice is stored once and a file can be checked.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from dangwu_desktop.db.files import discard, replace_with_retry

FOLDER = "attachments"
CHUNK = 1 << 20


class AttachmentError(ValueError):
    """A file that cannot be attached; the message is Chinese and names the file."""


@dataclass(frozen=True, slots=True)
class StoredFile:
    original_name: str
    sha256: str
    size: int
    stored_name: str  # relative to the attachments folder


def attachments_folder(database_file: Path) -> Path:
    return database_file.parent / FOLDER


def store_file(source: Path, folder: Path, limit_bytes: int) -> StoredFile:
    """Copy `source` into `folder` (once per content); raises AttachmentError with the reason."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise AttachmentError(
            f"无法读取附件“{source.name}”：{exc.strerror or '文件不存在'}"
        ) from exc
    if not source.is_file():
        raise AttachmentError(f"“{source.name}”不是文件")
    if size > limit_bytes:
        raise AttachmentError(
            f"附件“{source.name}”有{size / 1048576:.1f} MB，超过{limit_bytes // 1048576} MB的上限；请压缩后再添加"
        )
    digest = hashlib.sha256()
    try:
        with source.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise AttachmentError(f"无法读取附件“{source.name}”：{exc.strerror or exc}") from exc
    sha = digest.hexdigest()
    stored_name = f"{sha[:2]}/{sha}{source.suffix.lower()}"
    target = folder / stored_name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{uuid.uuid4().hex}.tmp")
        try:
            shutil.copyfile(source, temporary)
            replace_with_retry(temporary, target)
        except OSError as exc:
            discard(temporary)
            raise AttachmentError(f"无法保存附件“{source.name}”：{exc.strerror or exc}") from exc
    return StoredFile(source.name, sha, size, stored_name)


def verify(folder: Path, stored: StoredFile) -> bool:
    """Whether the kept copy is still there and unchanged."""
    path = folder / stored.stored_name
    if not path.is_file():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == stored.sha256
