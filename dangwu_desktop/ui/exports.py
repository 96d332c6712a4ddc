"""Exports started from the window: ask where, write in the background, say where it went."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.roster import RosterRow, load_roster
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.io.atomic import ExportError
from dangwu_desktop.io.roster_export import export_roster
from dangwu_desktop.ui.background import run_in_background
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import show_saved

EXPORT_FOLDER_KEY = "export/folder"


def ask_save_path(parent: QWidget, context: AppContext, title: str, file_name: str) -> Path | None:
    """A save dialog that opens in the folder used last time, and remembers the new one."""
    folder = Path(str(context.settings.value(EXPORT_FOLDER_KEY, str(Path.home()))))
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(folder / file_name), "Excel 文件 (*.xlsx)"
    )
    if not path:
        return None
    target = Path(path).with_suffix(".xlsx")
    context.settings.setValue(EXPORT_FOLDER_KEY, str(target.parent))
    return target


def export_roster_interactively(
    parent: QWidget, context: AppContext, rows: Sequence[RosterRow] | None = None
) -> Path | None:
    """Export `rows`, or every member 在册 when None, as the township roster workbook."""
    today = context.today()
    with context.database.read() as session:
        branch = branch_service.get_branch(session)
        branch_name = branch.name if branch else "党支部"
        if rows is None:
            rows = load_roster(session, today, None, Member.status == MembershipStatus.ACTIVE)
    target = ask_save_path(
        parent, context, "导出花名册", f"{branch_name}党员花名册{today:%Y%m%d}.xlsx"
    )
    if target is None:
        return None
    chosen = list(rows)
    try:
        saved = run_in_background(
            parent,
            "正在导出花名册…",
            lambda _progress: export_roster(target, chosen, branch_name, today),
        )
    except ExportError as exc:
        QMessageBox.warning(parent, "没有导出", str(exc))
        return None
    show_saved(parent, saved, f"已导出{len(chosen)}人的花名册和统计表：")
    return saved
