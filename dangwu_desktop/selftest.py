"""`--self-test`: the installed program proves itself on this PC without touching real data.

Opens a fresh demo database in a temporary folder, shows every page, writes every export and
opens each file again, and exits 0 — or 1, naming what failed. Used by `make dist` on the bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="dangwu-selftest-"))
    os.environ["DANGWU_DATA_DIR"] = str(folder / "data")
    checks: list[tuple[str, Callable[[], object]]] = []
    failures: list[str] = []

    from PySide6.QtCore import QSettings

    from dangwu_desktop.app import create_application
    from dangwu_desktop.core.demo import build_demo_village
    from dangwu_desktop.db.startup import open_database
    from dangwu_desktop.ui.context import AppContext

    create_application(["dangwu-selftest"])
    today = date.today()
    database = open_database(folder / "selftest.sqlite3")
    with database.transaction() as session:
        build_demo_village(session, today)
    context = AppContext(
        database, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat), lambda: today
    )

    from dangwu_desktop.ui.main_window import MainWindow
    from dangwu_desktop.ui.pages import CATALOGUE

    window = MainWindow(context)
    for entry in CATALOGUE:
        checks.append((f"页面：{entry.title}", lambda name=entry.name: window.show_page(name)))
    for name, make in _exports(database, today, folder).items():
        checks.append((f"导出：{name}", make))
    for label, check in checks:
        try:
            check()
            print(f"通过  {label}")
        except Exception:
            failures.append(label)
            print(f"失败  {label}\n{traceback.format_exc()}", file=sys.stderr)
    window.close()
    database.dispose()
    print(f"自检完成：{len(checks) - len(failures)}项通过，{len(failures)}项失败")
    return 1 if failures else 0


def _exports(database: object, today: date, folder: Path) -> dict[str, Callable[[], object]]:
    from docx import Document
    from python_calamine import CalamineWorkbook

    from dangwu_desktop.core.demo import BRANCH_NAME
    from dangwu_desktop.core.roster import load_roster
    from dangwu_desktop.core.services import training
    from dangwu_desktop.core.services.activities import record_sheets, schedule_for_year
    from dangwu_desktop.core.services.reports import ReportPeriod, report_data
    from dangwu_desktop.io import report_workbook
    from dangwu_desktop.io.meeting_ledgers_xlsx import export_ledger, export_monthly
    from dangwu_desktop.io.meeting_records_docx import export_records
    from dangwu_desktop.io.report_docx import export_report
    from dangwu_desktop.io.roster_export import export_roster
    from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
    from dangwu_desktop.io.training_xlsx import export_hours
    from dangwu_desktop.io.training_xlsx import export_ledger as export_training

    year, period = today.year, ReportPeriod(today.year, (today.month - 1) // 3 + 1)

    def read(function: Callable[[object], object]) -> object:
        with database.read() as session:  # type: ignore[attr-defined]
            return function(session)

    def roster() -> None:
        rows = read(lambda s: load_roster(s, today))
        path = export_roster(folder / "花名册.xlsx", rows, BRANCH_NAME, today)  # type: ignore[arg-type]
        opened_xlsx(path)
        faults = read(lambda s: check_roster_file(s, read_roster(path), today).faults)
        assert not faults, "导出的花名册不能无错地再导入"

    def opened_xlsx(path: Path) -> None:  # with the reader the import uses
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            assert workbook.get_sheet_by_name(name).to_python(), f"工作表“{name}”是空的"

    def opened_docx(path: Path) -> None:
        Document(str(path))

    records = lambda: read(lambda s: record_sheets(s, date(year, 1, 1), date(year, 12, 31)))  # noqa: E731
    return {
        "花名册（再导入）": roster,
        "会议记录（Word）": lambda: opened_docx(
            export_records(folder / "记录.docx", records(), BRANCH_NAME)
        ),  # type: ignore[arg-type]
        "三会一课台账": lambda: opened_xlsx(
            export_ledger(folder / "台账.xlsx", records(), BRANCH_NAME, year, today)
        ),  # type: ignore[arg-type]
        "动态登记月报": lambda: opened_xlsx(
            export_monthly(
                folder / "月报.xlsx",
                read(lambda s: schedule_for_year(s, year, today)),
                BRANCH_NAME,
                year,
                today.month,
                today,
            )  # type: ignore[arg-type]
        ),
        "教育培训台账": lambda: opened_xlsx(
            export_training(
                folder / "培训.xlsx",
                read(lambda s: training.training_sessions(s, year)),
                BRANCH_NAME,
                year,
                today,
            )  # type: ignore[arg-type]
        ),
        "学时统计": lambda: opened_xlsx(
            export_hours(
                folder / "学时.xlsx",
                read(lambda s: training.member_hours(s, year, today)),
                [],
                BRANCH_NAME,
                year,
                today,
            )  # type: ignore[arg-type]
        ),
        "工作报告（Word）": lambda: opened_docx(
            export_report(folder / "报告.docx", read(lambda s: report_data(s, period, today)))
        ),  # type: ignore[arg-type]
        "工作簿": lambda: opened_xlsx(
            report_workbook.export_period_workbook(
                folder / "工作簿.xlsx",
                read(lambda s: report_workbook.gather(s, period, today)),
                BRANCH_NAME,
                today,  # type: ignore[arg-type]
            )
        ),
    }
