"""文件 → 生成年度台账档案…: choose the year and a folder, then the archive is made in the
background (cancellable) and the folder it went into is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from dangwu_desktop.core.services.binder import BinderCancelled, make_binder
from dangwu_desktop.io.atomic import ExportError
from dangwu_desktop.ui.background import run_in_background
from dangwu_desktop.ui.binder_pdf import render_binder
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import show_saved
from dangwu_desktop.ui.file_dialogs import ask_folder
from dangwu_desktop.ui.year_choice import ask_year

TITLE = "生成年度台账档案"
MENU_TEXT = f"{TITLE}…"
BINDER_FOLDER_KEY = "binder/folder"


def make_year_binder(parent: QWidget, context: AppContext) -> None:
    today = context.today()
    year = ask_year(
        parent, TITLE, "为哪一年生成台账档案（封面、目录、完整性核对表和全部台账）：", today
    )
    if year is None:
        return
    folder = ask_folder(parent, context, BINDER_FOLDER_KEY, "档案放在哪个文件夹中")
    if folder is None:
        return
    try:
        written = run_in_background(
            parent,
            f"正在生成{year}年度台账档案…",
            lambda progress: make_binder(
                context.database, year, folder, today, render_binder, progress
            ),
        )
    except BinderCancelled:
        QMessageBox.information(parent, TITLE, "已取消，没有留下未完成的文件。")
        return
    except (ExportError, OSError) as exc:
        QMessageBox.warning(parent, TITLE, f"没有生成档案：{exc}")
        return
    show_saved(
        parent,
        written.pdf,
        f"已生成{year}年度台账档案：PDF共{written.pages}页，另有Word/Excel文件{written.documents}个。"
        f"完整性核对表列出{written.gaps}项需要补齐或说明（在PDF的第一部分）。",
    )
