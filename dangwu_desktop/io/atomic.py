"""Writing an export safely: into a temporary file beside the target, then renamed into place."""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Callable
from pathlib import Path


class ExportError(Exception):
    """An export that could not be written; the message is Chinese and says what to do."""


def open_elsewhere(target: Path) -> bool:
    """Whether WPS, Excel or LibreOffice has the file open: they leave an owner file beside it."""
    name = target.name
    owners = (f"~${name}", f"~${name[2:]}", f".~lock.{name}#")
    return any((target.parent / owner).exists() for owner in owners)


def atomic_save(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temp_path)`, then move the result over `target` in one step.

    A crash, a full disk or a locked target leaves the old file untouched and no half-written one.
    """
    target = target.expanduser().absolute()
    if open_elsewhere(target):
        raise ExportError(f"“{target.name}”正在WPS或Excel中打开，请先关闭它，再重新导出")
    if not target.parent.is_dir():
        raise ExportError(f"文件夹“{target.parent}”不存在")
    temporary = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.tmp{target.suffix}")
    try:
        write(temporary)
        os.replace(temporary, target)
    except PermissionError as exc:
        raise ExportError(
            f"无法写入“{target.name}”：文件正被其他程序（如WPS、Excel）打开，或该文件夹没有写入权限"
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise ExportError(f"磁盘空间不足，“{target.name}”没有导出，原有文件未受影响") from exc
        raise ExportError(f"无法写入“{target.name}”：{exc.strerror or exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)
    return target
