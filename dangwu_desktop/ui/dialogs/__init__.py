"""Dialogs: each holds its compiled form as `self.ui` and saves through a core service."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

ERROR_STYLE = "color:#b91c1c"
WARNING_STYLE = "color:#b45309"


def message_html(lines: Sequence[str], style: str) -> str:
    """Messages as a small HTML list for a findings label."""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f'<div style="{style}"><ul style="margin:0 0 0 -20px">{items}</ul></div>'


def show_saved(parent: QWidget, path: Path, lead: str) -> None:
    """Say where a file was written, with a button that opens its folder."""
    box = QMessageBox(QMessageBox.Icon.Information, "已保存", f"{lead}\n{path}", parent=parent)
    open_folder = box.addButton("打开所在文件夹", QMessageBox.ButtonRole.ActionRole)
    box.addButton("确定", QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
