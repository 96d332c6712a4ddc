"""Writing an export safely: into a temporary file beside the target, then renamed into place."""

from __future__ import annotations

import errno
import re
import uuid
from collections.abc import Callable
from pathlib import Path

from dangwu_desktop.db.files import discard, held_by_another_program, replace_with_retry

# What Windows refuses in a file name, and the device names it refuses as a name's first part.
FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
MAX_STEM = 120  # a folder path and the name together must stay under Windows' 260 characters


def safe_file_name(name: str, fallback: str = "导出") -> str:
    """A default file name Windows accepts, built from the branch's name or a record's heading:
    characters Windows forbids become “_”, no trailing dot or space, no device name (CON, NUL…),
    not overly long. The suffix (.xlsx) is kept."""
    suffix = Path(name).suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,5}", Path(name).suffix) else ""
    stem = FORBIDDEN.sub("_", name[: len(name) - len(suffix)]).strip()
    stem = stem[:MAX_STEM].rstrip(". ") or fallback
    if stem.split(".")[0].strip().upper() in RESERVED:
        stem = f"_{stem}"
    return stem + suffix


class ExportError(Exception):
    """An export that could not be written; the message is Chinese and says what to do."""


def open_elsewhere(target: Path) -> bool:
    """Whether WPS, Excel or LibreOffice seems to have the file open: they leave an owner file
    beside it. A crash leaves that file behind, so it is only a guess at why a rename failed."""
    name = target.name
    owners = (f"~${name}", f"~${name[2:]}", f".~lock.{name}#")
    return any((target.parent / owner).exists() for owner in owners)


def atomic_save(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(temp_path)`, then move the result over `target` in one step.

    A crash, a full disk or a locked target leaves the old file untouched and no half-written one.
    The rename is always tried, even beside an owner file (`~$name.xlsx`) WPS left after a crash:
    only when it fails is WPS named as the likely cause.
    """
    target = target.expanduser().absolute()
    if not target.parent.is_dir():
        raise ExportError(f"文件夹“{target.parent}”不存在")
    temporary = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.tmp{target.suffix}")
    try:
        try:
            write(temporary)
        except PermissionError as exc:  # the temporary is new: the folder refuses it
            raise ExportError(
                f"无法在文件夹“{target.parent}”中新建文件（{exc.strerror or exc}），"
                "该文件夹可能没有写入权限，请另选一个文件夹，如“文档”或“桌面”"
            ) from exc
        replace_with_retry(temporary, target)
    except OSError as exc:
        raise _export_error(target, exc) from exc
    finally:
        discard(temporary)  # its own error must not hide the one being reported
    return target


def _export_error(target: Path, exc: OSError) -> ExportError:
    if exc.errno == errno.ENOSPC:
        return ExportError(f"磁盘空间不足，“{target.name}”没有导出，原有文件未受影响")
    if held_by_another_program(exc):
        if open_elsewhere(target):
            return ExportError(f"“{target.name}”正在WPS或Excel中打开，请先关闭它，再重新导出")
        return ExportError(
            f"无法写入“{target.name}”：文件正被其他程序占用（如杀毒软件、看图或预览程序），"
            f"或者它是只读的（{exc.strerror or exc}）。请稍等片刻再导出，或换一个文件名"
        )
    return ExportError(f"无法写入“{target.name}”：{exc.strerror or exc}")
