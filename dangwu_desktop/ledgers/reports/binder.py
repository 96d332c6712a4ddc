"""报表's section of the year's archive: the year's 工作报告 and each begun quarter's, laid out
as the default Word template lays them out (the Word files, from that template, go into the
section's folder; a township's own template is chosen on the 报表 page for its own reports)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.io.report_html import report_html
from dangwu_desktop.ledgers.base import BinderItem, ExportScope
from dangwu_desktop.ledgers.reports.work_report import report_context, work_report


def report_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    periods = [YearPeriod(scope.year)] + [
        YearPeriod(scope.year, q)
        for q in (1, 2, 3, 4)
        if YearPeriod(scope.year, q).bounds[0] <= scope.as_of
    ]
    items = []
    for period in periods:
        report = work_report(session, period, min(scope.today, period.bounds[1]))
        items.append(BinderItem(f"{period.title}工作报告", report_html(report_context(report))))
    return items
