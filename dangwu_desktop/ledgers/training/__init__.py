"""学习培训: the year's training sessions as the 教育培训台账, and each member's hours."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.ledgers.base import (
    BinderSection,
    Export,
    ExportScope,
    Ledger,
    ReportSection,
    Sheet,
    SidebarPage,
    Span,
    lazy,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.core.services.settings import SettingSpec


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


def _period_sessions(session: Session, scope: ExportScope) -> Any:
    """The period's records that count as study (any kind with hours), for the workbook."""
    from dangwu_desktop.core.services.activities import record_sheets

    return [
        s for s in record_sheets(session, *scope.bounds, held=True) if s.study_hours is not None
    ]


def _add_ledger(book: Any, sessions: Any, branch: str, scope: ExportScope, title: str) -> None:
    from dangwu_desktop.io.training_xlsx import add_ledger_sheet

    add_ledger_sheet(book, sessions, branch, scope.period_title, scope.today, title)


def _period_hours(session: Session, scope: ExportScope) -> Any:
    """学时 counted over the year up to the period's end, and the 外出学习 credits of the same
    days (so that the credits sheet adds up to the hours sheet's 外出学习 column)."""
    from dangwu_desktop.core.services.training import credits_in_year, member_hours

    hours = member_hours(session, scope.year, scope.as_of)
    credits = [c for c in credits_in_year(session, scope.year) if c.date <= scope.as_of]
    return hours, credits


def _add_hours(book: Any, gathered: Any, branch: str, scope: ExportScope, title: str) -> None:
    from dangwu_desktop.io.training_xlsx import add_hours_sheets

    hours, credits = gathered
    add_hours_sheets(
        book, hours, credits, branch, scope.year, scope.today, title,
        credits_sheet_when_none=False, as_of=scope.as_of,
    )  # fmt: skip


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.core.services.settings import DAILY_HOURS
    from dangwu_desktop.core.services.training import CADRE_HOURS, MEMBER_HOURS

    return (MEMBER_HOURS, CADRE_HOURS, DAILY_HOURS)


LEDGER = Ledger(
    "training",
    "学习培训",
    exports=(TRAINING_LEDGER, HOURS),
    sheets=(
        Sheet("培训台账", 30, _period_sessions, _add_ledger),
        Sheet("学时统计", 40, _period_hours, _add_hours),
    ),
    pages=(SidebarPage("training", "学习培训", 30, "dangwu_desktop.ui.pages.training"),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(ReportSection.named("training", "党员教育培训情况", 30, f"{__name__}.report"),),
    settings=_settings,
    binder=(
        BinderSection(
            "学习培训",
            40,
            lazy(f"{__name__}.binder:training_items"),
            ("training-ledger", "training-hours"),
            lazy(f"{__name__}.binder:training_checks"),
        ),
    ),
)
