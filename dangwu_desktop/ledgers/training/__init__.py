"""学习培训: the year's training sessions as the 教育培训台账, and each member's hours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from dangwu_desktop.ledgers.base import Export, ExportScope, Ledger, Span


def _sessions(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.core.services.training import training_sessions

    return training_sessions(session, scope.year)


def _write_ledger(target: Path, sessions: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.training_xlsx import export_ledger

    return export_ledger(target, sessions, branch, scope.year, scope.today)


def _hours(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.core.services.training import credits_in_year, member_hours

    return member_hours(session, scope.year, scope.today), credits_in_year(session, scope.year)


def _write_hours(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.training_xlsx import export_hours

    rows, credits = gathered
    return export_hours(target, rows, credits, branch, scope.year, scope.today)


TRAINING_LEDGER = Export(
    key="training-ledger",
    title="教育培训台账",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年党员教育培训台账.xlsx",
    gather=_sessions,
    write=_write_ledger,
    done=lambda sessions, scope: f"已导出{scope.year}年教育培训台账（{len(sessions)}次学习）：",
)
HOURS = Export(
    key="training-hours",
    title="学时统计",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年党员学习培训学时统计.xlsx",
    gather=_hours,
    write=_write_hours,
    done=lambda gathered, scope: f"已导出{scope.year}年{len(gathered[0])}名党员的学时统计：",
)
LEDGER = Ledger("training", "学习培训", (TRAINING_LEDGER, HOURS))
