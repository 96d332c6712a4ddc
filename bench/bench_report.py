"""The quarterly report for a 200-member branch with a year of records (goal: under a second).

.venv/bin/python bench/bench_report.py
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from ratios import print_ratios

TODAY = date(2026, 11, 25)


def main() -> None:
    from docx import Document

    from dangwu_desktop.core.demo import build_demo_village, generate_bulk_members
    from dangwu_desktop.core.services.reports import ReportPeriod
    from dangwu_desktop.db.startup import open_database
    from dangwu_desktop.io.report_docx import DEFAULT_TEMPLATE, export_report
    from dangwu_desktop.ledgers import ExportScope, export_named
    from dangwu_desktop.ledgers.reports.work_report import report_context, work_report

    folder = Path(tempfile.mkdtemp(prefix="dangwu-bench-"))
    database = open_database(folder / "branch.sqlite3")
    with database.transaction() as session:
        generate_bulk_members(
            session, 139, seed=11, today=TODAY
        )  # with the demo's 61: a 200-member branch
        build_demo_village(session, TODAY)  # a year of meetings and study that all of them attend
    period, workbook = ReportPeriod(2026, 4), export_named("workbook")
    scope = ExportScope(TODAY, period.year, period.quarter)
    start = time.perf_counter()
    with database.read() as session:
        report = work_report(session, period, TODAY)
        sheets = workbook.gather(session, scope)
    export_report(folder / "报告.docx", report_context(report))
    workbook.write(folder / "工作簿.xlsx", sheets, report.branch_name, scope)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    Document(str(DEFAULT_TEMPLATE)).save(str(folder / "raw.docx"))
    baseline = time.perf_counter() - start
    assert (
        report.part("members").counts.total == 200 - 2
    )  # the demo moves two members out of the branch
    print_ratios(
        [("季度报告和工作簿（200名党员，一年记录）", ours, "python-docx 打开并保存模板", baseline)]
    )


if __name__ == "__main__":
    main()
