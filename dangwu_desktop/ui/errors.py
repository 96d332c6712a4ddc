"""Unexpected errors: logged in full to the log file, shown to the user as a calm Chinese message."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from dangwu_desktop.logs import log_file

log = logging.getLogger("dangwu_desktop")
DISK_FULL = "磁盘空间已满，刚才的修改没有保存，已保存的数据不受影响。\n请删除一些不用的文件后再试。"
READ_ONLY = "数据文件所在的文件夹不能写入（可能是只读的U盘或权限不够），刚才的修改没有保存，已保存的数据不受影响。"
UNEXPECTED = (
    "程序遇到了一个意外错误，刚才的操作没有完成，已保存的数据不受影响。\n\n"
    "如果问题反复出现，请把日志文件夹中的 dangwu.log 发给技术支持：\n{folder}"
)


def install_exception_hook() -> None:
    sys.excepthook = _handle


def _handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("未处理的异常", exc_info=(kind, error, trace))
    if QApplication.instance() is not None:
        QMessageBox.critical(None, "党务台账 — 出错了", explain(error))


def explain(error: BaseException) -> str:
    """What to tell the user: the storage faults they can act on by name, anything else calmly."""
    text = str(error).lower()
    if "disk is full" in text or "no space left" in text:
        return DISK_FULL
    if "readonly database" in text or "read-only" in text or isinstance(error, PermissionError):
        return READ_ONLY
    return UNEXPECTED.format(folder=log_file().parent)
