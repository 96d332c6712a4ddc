"""Every file dialog of the program: it opens where the secretary last went for the same purpose,
or in 文档 (Documents) the first time — never in her profile folder, which she never browses.

A default file name is cleaned of what Windows refuses (io/atomic.py: safe_file_name).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from dangwu_desktop.io.atomic import safe_file_name
from dangwu_desktop.ui.context import AppContext

# One remembered folder per purpose: exports go to one place, rosters come from a USB stick.
EXPORT_FOLDER_KEY = "export/folder"
IMPORT_FOLDER_KEY = "import/folder"
ATTACHMENT_FOLDER_KEY = "attachments/folder"
TEMPLATE_FOLDER_KEY = "reports/template-folder"
BACKUP_COPY_FOLDER_KEY = "backups/copy-folder"
PACKAGE_FOLDER_KEY = "package/folder"  # where the 上报数据包 go (a USB stick, often)


def start_folder(context: AppContext, key: str) -> Path:
    """The folder last used for this purpose while it still exists (a USB stick may be gone),
    else 文档, else 桌面, else the home folder."""
    remembered = context.settings.value(key)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DesktopLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def remember_folder(context: AppContext, key: str, folder: Path) -> None:
    context.settings.setValue(key, str(folder))


def ask_save_file(
    parent: QWidget,
    context: AppContext,
    key: str,
    title: str,
    file_name: str,
    file_filter: str,
    folder: Path | None = None,
) -> Path | None:
    """Where to save, `file_name` suggested (cleaned for Windows) in `folder` or the start folder;
    the suffix of `file_name` is kept whatever was typed."""
    suggested = safe_file_name(file_name)
    start = folder or start_folder(context, key)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start / suggested), file_filter)
    if not path:
        return None
    target = Path(path).with_suffix(Path(suggested).suffix)
    remember_folder(context, key, target.parent)
    return target


def ask_open_file(
    parent: QWidget,
    context: AppContext,
    key: str,
    title: str,
    file_filter: str,
    start: Path | None = None,
) -> Path | None:
    """One file to read; `start` (a file or folder) instead of the remembered folder if given."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, str(start or start_folder(context, key)), file_filter
    )
    if not path:
        return None
    remember_folder(context, key, Path(path).parent)
    return Path(path)


def ask_open_files(
    parent: QWidget, context: AppContext, key: str, title: str, file_filter: str
) -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, title, str(start_folder(context, key)), file_filter
    )
    if paths:
        remember_folder(context, key, Path(paths[0]).parent)
    return [Path(path) for path in paths]


def ask_folder(parent: QWidget, context: AppContext, key: str, title: str) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder(context, key)))
    if not folder:
        return None
    remember_folder(context, key, Path(folder))
    return Path(folder)
