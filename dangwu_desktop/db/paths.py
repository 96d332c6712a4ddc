"""Where the program keeps its files: one data folder per user, overridable for tests and demos."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "dangwu_desktop"
DATA_DIR_ENV = "DANGWU_DATA_DIR"
DATABASE_FILE = "dangwu.sqlite3"
DEMO_DATABASE_FILE = "demo.sqlite3"
_NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "fuse.sshfs", "afs", "ncpfs"}
)


def data_dir() -> Path:
    """The user data folder (created on first use); DANGWU_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path(*, demo: bool = False) -> Path:
    return data_dir() / (DEMO_DATABASE_FILE if demo else DATABASE_FILE)


def database_path(explicit: Path | None, *, demo: bool) -> Path:
    """`--db PATH` wins; otherwise the user data folder's main or demo file."""
    return explicit.expanduser().resolve() if explicit else default_database_path(demo=demo)


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(exist_ok=True)
    return path


def backup_dir(database: Path) -> Path:
    """Backups sit beside the database they protect, so a database on a stick keeps its own, each
    database's in a folder of its own (the demo and the real village share a data folder)."""
    path = shared_backup_dir(database) / database.stem
    path.mkdir(parents=True, exist_ok=True)
    return path


def shared_backup_dir(database: Path) -> Path:
    """The folder that held every database's backups together before each had its own."""
    return database.parent / "backups"


def is_on_network_share(path: Path) -> bool:
    """True where SQLite's WAL mode is unsafe: the file sits on a network file system."""
    resolved = path.resolve()
    if sys.platform == "win32":
        return _is_windows_remote(resolved)
    return _linux_filesystem_type(resolved) in _NETWORK_FILESYSTEMS


def _is_windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(path.anchor) == drive_remote)


def _linux_filesystem_type(path: Path) -> str:
    """The type of the mount that holds `path`, from /proc/mounts (the longest matching prefix)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, best_type = "", ""
    text = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type
