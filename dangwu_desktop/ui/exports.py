"""Exports started from the window: ask where, write in the background, say where it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.io.atomic import ExportError
from dangwu_desktop.ui.background import run_in_background
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import show_saved
from dangwu_desktop.ui.file_dialogs import EXPORT_FOLDER_KEY, ask_save_file

if TYPE_CHECKING:
    from dangwu_desktop.ledgers import ExportScope


FILTERS = {".xlsx": "Excel 文件 (*.xlsx)", ".docx": "Word 文档 (*.docx)"}


def export_interactively(
    parent: QWidget,
    context: AppContext,
    title: str,
    file_name: str,
    write: Callable[[Path], Path],
    done: str,
    file_filter: str = FILTERS[".xlsx"],
) -> Path | None:
    """Ask where (`file_name` suggested, cleaned for Windows, in the folder used last time or
    文档), write in the background (atomically), then say where it went."""
    target = ask_save_file(parent, context, EXPORT_FOLDER_KEY, title, file_name, file_filter)
    if target is None:
        return None
    try:
        saved = run_in_background(parent, f"正在{title}…", lambda _progress: write(target))
    except ExportError as exc:
        QMessageBox.warning(parent, "没有导出", str(exc))
        return None
    show_saved(parent, saved, done)
    return saved


def branch_name(context: AppContext) -> str:
    with context.database.read() as session:
        return branch_service.branch_name(session)


def export_declared(
    parent: QWidget,
    context: AppContext,
    key: str,
    scope: ExportScope,
    gathered: object = None,
    *,
    file_name: str | None = None,
) -> Path | None:
    """One of the exports the ledgers declare (dangwu_desktop.ledgers), from the window: its data
    read as the command line reads it, or `gathered` from what the page shows (the selected
    records, a plan not yet saved); `file_name` where the page names the stretch itself."""
    from dangwu_desktop.ledgers import export_named

    export = export_named(key)
    name = branch_name(context)
    if gathered is None:
        with context.database.read() as session:
            gathered = export.gather(session, scope)
    return export_interactively(
        parent,
        context,
        f"导出{export.title}",
        file_name or export.file_name(name, scope),
        lambda target: export.write(target, gathered, name, scope),
        export.done(gathered, scope),
        FILTERS[export.suffix],
    )


def export_roster_interactively(
    parent: QWidget, context: AppContext, rows: Sequence[RosterRow] | None = None
) -> Path | None:
    """Export `rows` (masked as 设置 asks), or every member 在册 when None, as the township
    roster workbook."""
    from dangwu_desktop.ledgers import ExportScope
    from dangwu_desktop.ledgers.roster import shareable

    today = context.today()
    gathered = None
    if rows is not None:
        with context.database.read() as session:
            gathered = shareable(session, rows)
    return export_declared(parent, context, "roster", ExportScope(today, today.year), gathered)
