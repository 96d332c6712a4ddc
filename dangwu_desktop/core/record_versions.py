"""Two PCs editing one record on a shared server: the second save is refused, never a silent
overwrite, and its message says whose change came first (core.models.Versioned)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dangwu_desktop.core import audit
from dangwu_desktop.core.models import Versioned
from dangwu_desktop.core.services import ServiceError

NOT_SAVED = "为免覆盖对方的修改，这次填写的内容没有保存：请记下要改的地方，关闭窗口后重新打开再改。"


class EditedElsewhere(ServiceError):
    """The record was saved by someone else after this editor read it; nothing was written."""


def claim(row: Versioned, read_version: int | None, what: str, now: datetime) -> None:
    """Make this save the next version of `row`, or refuse when `row` has been saved since the
    editor read it at `read_version` (None: the caller read it in this same transaction)."""
    if read_version is not None and row.version != read_version:
        who = row.changed_by or "另一台电脑"
        when = f"于{row.changed_at:%Y-%m-%d %H:%M}" if row.changed_at else ""
        raise EditedElsewhere(f"这条{what}在您打开之后，已由{who}{when}修改并保存。{NOT_SAVED}")
    row.version = row.version + 1
    row.changed_by = audit.operator()
    row.changed_at = now


def flush_claimed(session: Session, what: str) -> None:
    """Write a claimed row: when another PC saved it between this one's read and this write,
    the UPDATE finds no row of the version it replaces, and the save is refused."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise EditedElsewhere(f"这条{what}刚刚被另一台电脑修改并保存。{NOT_SAVED}") from exc
