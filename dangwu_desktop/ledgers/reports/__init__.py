"""报表: the period's work report (Word, from the township's template or ours) and its workbook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.ledgers.base import (
    BinderSection,
    Export,
    ExportScope,
    Ledger,
    SidebarPage,
    Span,
    lazy,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _report(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.reports.work_report import work_report

    return work_report(session, scope.period, scope.today)


def _write_report(target: Path, report: Any, _branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.report_docx import export_report
    from dangwu_desktop.ledgers.reports.work_report import report_context

    return export_report(target, report_context(report), scope.template)


def _workbook(session: Session, scope: ExportScope) -> Any:
    """Every ledger's sheets of the period's workbook, each with what it shows."""
    from dangwu_desktop.ledgers import workbook_sheets

    return [(sheet, sheet.gather(session, scope)) for sheet in workbook_sheets()]


def _write_workbook(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.xlsx_layout import save_book

    def fill(book: Any) -> None:
        for sheet, data in gathered:
            sheet.add(book, data, branch, scope, sheet.title)

    return save_book(target, fill)


def _sheets(gathered: Any) -> str:
    return "、".join(sheet.title for sheet, _data in gathered)


REPORT = Export(
    key="work-report",
    title="工作报告（Word）",
    suffix=".docx",
    span=Span.PERIOD,
    file_name=lambda branch, scope: f"{branch}{scope.period_title}工作报告.docx",
    gather=_report,
    write=_write_report,
    done=lambda _data, scope: f"已生成{scope.period_title}工作报告：",
)
WORKBOOK = Export(
    key="workbook",
    title="党建工作台账（工作簿）",
    suffix=".xlsx",
    span=Span.PERIOD,
    file_name=lambda branch, scope: f"{branch}{scope.period_title}党建工作台账.xlsx",
    gather=_workbook,
    write=_write_workbook,
    done=lambda gathered, scope: f"已生成{scope.period_title}的工作簿（{_sheets(gathered)}）：",
)
LEDGER = Ledger(
    "reports",
    "报表",
    exports=(REPORT, WORKBOOK),
    pages=(SidebarPage("reports", "报表", 50, "dangwu_desktop.ui.pages.reports"),),
    binder=(
        BinderSection("工作报告", 90, lazy(f"{__name__}.binder:report_items"), ("work-report",)),
    ),
)
