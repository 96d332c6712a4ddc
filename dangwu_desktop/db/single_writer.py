"""One writer per database, and room to write: the checks that come before the window paints or a
command opens the data, so they load nothing but the standard library and filelock."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MINIMUM_FREE_BYTES = 5 * 1024 * 1024  # less, and no save, backup or upgrade can be relied on
ALREADY_OPEN = (
    "党务台账已在运行（同一数据库只能由一个窗口或命令打开）。\n请在任务栏中切换到已打开的窗口。"
)
READ_ONLY = "无法在数据所在的文件夹中写入：\n{folder}\n请检查该文件夹是否存在、是否只读。"
DISK_FULL = (
    "数据所在的磁盘已满（只剩 {free}）：\n{folder}\n"
    "程序现在无法保存任何修改。请先清理磁盘（例如清空回收站、删除不用的大文件）再打开党务台账。"
)


class Refused(Exception):
    """The data cannot be opened or changed now; the message is Chinese and says why."""


class AlreadyOpen(Refused):
    pass


class CannotWrite(Refused):
    pass


def cannot_write(folder: Path, error: OSError) -> CannotWrite:
    """The message for a folder the program cannot write in, by what the system said."""
    if error.errno == errno.ENOSPC:
        return CannotWrite(DISK_FULL.format(folder=folder, free=_size(_free_bytes(folder))))
    return CannotWrite(READ_ONLY.format(folder=folder))


@contextmanager
def one_writer(path: Path) -> Iterator[None]:
    """Hold the database for this process alone (the window or a command): the lock is the
    operating system's, so a crashed run leaves no lock behind."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(path) + ".lock", timeout=0.2)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ensure_room(path.parent)
        lock.acquire()
    except Timeout as exc:
        raise AlreadyOpen(ALREADY_OPEN) from exc
    except OSError as exc:
        raise cannot_write(path.parent, exc) from exc
    try:
        yield
    finally:
        lock.release()


def ensure_room(folder: Path) -> None:
    """Refuse to start writing on a disk that is (almost) full."""
    free = _free_bytes(folder)
    if free is not None and free < MINIMUM_FREE_BYTES:
        raise CannotWrite(DISK_FULL.format(folder=folder, free=_size(free)))


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _size(count: int | None) -> str:
    if count is None:
        return "不明"
    return f"{count / 1024:.0f} KB" if count < 1024 * 1024 else f"{count / 1048576:.1f} MB"
