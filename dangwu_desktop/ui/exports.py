"""Exports started from the window: ask where, write in the background, say where it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from dangwu_desktop.core.roster import RosterRow, masked
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.settings import masking_exports
from dangwu_desktop.io.atomic import ExportError
from dangwu_desktop.ui.background import run_in_background
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import show_saved
from dangwu_desktop.ui.file_dialogs import EXPORT_FOLDER_KEY, ask_save_file


def export_interactively(
    parent: QWidget,
    context: AppContext,
    title: str,
    file_name: str,
    write: Callable[[Path], Path],
    done: str,
    file_filter: str = "Excel 文件 (*.xlsx)",
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
        branch = branch_service.get_branch(session)
        return branch.name if branch else "党支部"


def export_roster_interactively(
    parent: QWidget, context: AppContext, rows: Sequence[RosterRow] | None = None
) -> Path | None:
    """Export `rows`, or every member 在册 when None, as the township roster workbook."""
    from dangwu_desktop.io.roster_export import (
        export_roster,  # loaded when used: keeps the start fast
    )

    today = context.today()
    name = branch_name(context)
    if rows is None:
        with context.database.read() as session:
            rows = member_service.active_roster(session, today)
    with context.database.read() as session:
        hide = masking_exports(session)
    chosen = masked(rows) if hide else list(rows)
    return export_interactively(
        parent,
        context,
        "导出花名册",
        f"{name}党员花名册{today:%Y%m%d}.xlsx",
        lambda target: export_roster(target, chosen, name, today),
        f"已导出{len(chosen)}人的花名册和统计表：",
    )
