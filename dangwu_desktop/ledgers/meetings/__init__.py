"""三会一课 and the other meetings: the records in Word, the year's ledger and the monthly return."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
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


def _records(session: Session, scope: ExportScope) -> Any:
    """The year's records of organisational life, or one month's when the scope names a month."""
    from dangwu_desktop.core.glossary import ORGANISATIONAL_LIFE
    from dangwu_desktop.core.periods import period_dates
    from dangwu_desktop.core.services.activities import record_sheets

    first, last = date(scope.year, 1, 1), date(scope.year, 12, 31)
    if scope.month:
        first, last = period_dates(scope.year, scope.month, scope.month)
    return record_sheets(session, first, last, kinds=ORGANISATIONAL_LIFE)


def _stretch(scope: ExportScope) -> str:
    return f"{scope.year}年{scope.month}月" if scope.month else f"{scope.year}年"


def _write_records(target: Path, records: Any, branch: str, _scope: ExportScope) -> Path:
    from dangwu_desktop.io.meeting_records_docx import export_records

    return export_records(target, records, branch)


def _write_ledger(target: Path, records: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.meeting_ledgers_xlsx import export_ledger

    return export_ledger(target, records, branch, scope.year, scope.today)


def _schedule(session: Session, scope: ExportScope) -> Any:
    """The year's schedule, and the month's records held (their 参会率, the 集中学习 line)."""
    from dangwu_desktop.core.periods import period_dates
    from dangwu_desktop.core.services.activities import record_sheets, schedule_for_year

    month = scope.month or scope.today.month
    held = record_sheets(session, *period_dates(scope.year, month, month), held=True)
    return schedule_for_year(session, scope.year, scope.today), held


def _write_monthly(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.meeting_ledgers_xlsx import export_monthly

    assert scope.month is not None, "动态登记月报要指定月份"
    schedule, held = gathered
    return export_monthly(target, schedule, branch, scope.year, scope.month, scope.today, held)


RECORDS = Export(
    key="meeting-records",
    title="会议记录（Word）",
    suffix=".docx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{_stretch(scope)}会议记录.docx",
    gather=_records,
    write=_write_records,
    done=lambda records, _scope: f"已导出{len(records)}条记录：",
)
LEDGER_SHEET = Export(
    key="meeting-ledger",
    title="三会一课台账",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年三会一课台账.xlsx",
    gather=_records,
    write=_write_ledger,
    done=lambda records, scope: f"已导出{scope.year}年“三会一课”台账（{len(records)}条记录）：",
)
MONTHLY = Export(
    key="monthly-return",
    title="动态登记月报",
    suffix=".xlsx",
    span=Span.MONTH,
    file_name=lambda branch, scope: (
        f"{branch}三会一课动态登记月报{scope.year}年{scope.month or 0:02d}月.xlsx"
    ),
    gather=_schedule,
    write=_write_monthly,
    done=lambda _schedule, scope: f"已导出{scope.year}年{scope.month}月“三会一课”动态登记月报：",
)


def _appraisal(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.meetings.binder import appraisal_results

    return appraisal_results(session, scope.year, scope.today)


def _write_appraisal(target: Path, results: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.appraisal_xlsx import export_appraisal

    return export_appraisal(target, results, branch, scope.year, scope.today)


APPRAISAL = Export(
    key="appraisal-results",
    title="民主评议党员结果",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年度民主评议党员结果.xlsx",
    gather=_appraisal,
    write=_write_appraisal,
    done=lambda results, scope: f"已导出{scope.year}年度民主评议党员结果（{len(results)}名）：",
)


def _period_records(session: Session, scope: ExportScope) -> Any:
    """The period's records of organisational life, for the workbook."""
    from dangwu_desktop.core.glossary import ORGANISATIONAL_LIFE
    from dangwu_desktop.core.services.activities import record_sheets

    return record_sheets(session, *scope.bounds, kinds=ORGANISATIONAL_LIFE)


def _add_ledger(book: Any, records: Any, branch: str, scope: ExportScope, title: str) -> None:
    from dangwu_desktop.io.meeting_ledgers_xlsx import add_ledger_sheet

    # The sheet holds the period's records and says so in its title.
    add_ledger_sheet(book, records, branch, scope.period_title, scope.today, title)


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.core.services.settings import (
        ATTACHMENT_LIMIT_MB,
        LATE_ENTRY_DAYS,
        LECTURE_PERIOD,
    )

    return (LECTURE_PERIOD, LATE_ENTRY_DAYS, ATTACHMENT_LIMIT_MB)


LEDGER = Ledger(
    "meetings",
    "组织生活",
    exports=(RECORDS, LEDGER_SHEET, MONTHLY, APPRAISAL),
    sheets=(Sheet("三会一课台账", 20, _period_records, _add_ledger),),
    pages=(SidebarPage("activities", "组织生活", 20, "dangwu_desktop.ui.pages.activities"),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(
        ReportSection.named("meetings", "组织生活开展情况", 20, f"{__name__}.report"),
        ReportSection.named(
            "appraisal", "民主评议党员情况", 50, f"{__name__}.report", annual_only=True
        ),
    ),
    settings=_settings,
    binder=(
        BinderSection(
            "三会一课及其他组织生活记录",
            30,
            lazy(f"{__name__}.binder:record_items"),
            ("meeting-records", "meeting-ledger", "monthly-return"),
            lazy(f"{__name__}.binder:record_checks"),
        ),
        BinderSection(
            "民主评议党员",
            50,
            lazy(f"{__name__}.binder:appraisal_items"),
            ("appraisal-results",),
            lazy(f"{__name__}.binder:appraisal_checks"),
        ),
    ),
)
