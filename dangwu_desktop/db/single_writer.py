"""One writer per database, and room to write: the checks that come before the window paints or a
command opens the data, so they load nothing but the standard library and filelock."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

MINIMUM_FREE_BYTES = 5 * 1024 * 1024  # less, and no save, backup or upgrade can be relied on
ALREADY_OPEN = (
    "党务台账已在运行（同一数据库只能由一个窗口或命令打开）。\n请在任务栏中切换到已打开的窗口。"
)
OPEN_ELSEWHERE = (
    "这个数据库正在电脑“{host}”{by}上由党务台账打开（自 {since} 起），同一数据库同时只能在一处打开。\n"
    "请先在那台电脑上关闭党务台账。若那台电脑已经死机或断网，请等几分钟再试，或重新启动那台电脑。"
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
        return CannotWrite(DISK_FULL.format(folder=folder, free=size_text(_free_bytes(folder))))
    return CannotWrite(READ_ONLY.format(folder=folder))


@contextmanager
def one_writer(path: Path) -> Iterator[None]:
    """Hold the database for this process alone (the window or a command). The lock is the
    operating system's, so a crashed run leaves none behind (on a network share the server frees
    it once it notices the other PC has gone); beside it, a note says which computer holds it."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(path) + ".lock", timeout=0.2)
    holder = _holder_note(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ensure_room(path.parent)
        lock.acquire()
    except Timeout as exc:
        raise AlreadyOpen(_who_holds(holder)) from exc
    except OSError as exc:
        raise cannot_write(path.parent, exc) from exc
    try:
        with suppress(OSError):  # the note only helps another PC explain the lock
            holder.write_text(_this_process(), encoding="utf-8")
        yield
    finally:
        with suppress(OSError):
            holder.unlink(missing_ok=True)
        lock.release()


def _holder_note(path: Path) -> Path:
    return path.with_name(path.name + ".lock-info")


def _this_process() -> str:
    import getpass
    import os
    import socket
    from datetime import datetime

    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        user = ""
    return "\n".join(
        (socket.gethostname(), user, str(os.getpid()), f"{datetime.now():%Y-%m-%d %H:%M}")
    )


def _who_holds(holder: Path) -> str:
    """Why the database cannot be opened, naming the computer (and user, since when) that holds
    it when that is another PC, as the holder wrote it."""
    import socket

    try:
        host, user, _pid, since = holder.read_text(encoding="utf-8").splitlines()[:4]
    except (OSError, ValueError, UnicodeDecodeError):
        return ALREADY_OPEN
    if host == socket.gethostname():
        return ALREADY_OPEN
    by = f"（用户 {user}）" if user else ""
    return OPEN_ELSEWHERE.format(host=host, by=by, since=since)


def ensure_room(folder: Path) -> None:
    """Refuse to start writing on a disk that is (almost) full."""
    free = _free_bytes(folder)
    if free is not None and free < MINIMUM_FREE_BYTES:
        raise CannotWrite(DISK_FULL.format(folder=folder, free=size_text(free)))


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def size_text(count: int | None) -> str:
    """A file or disk size as a secretary reads it: 512 KB, 3.4 MB."""
    if count is None:
        return "不明"
    return f"{count / 1024:.0f} KB" if count < 1024 * 1024 else f"{count / 1048576:.1f} MB"
