"""A new ledger is one package: declared once, it appears in the sidebar (and builds its page), on
the 首页, in the 设置 page, in the work report, the workbook, the exports and the audit log —
without a line changed anywhere else. The package is written here (a small 党员积分 ledger) and run in
a fresh interpreter, so that its table never joins the other tests' metadata."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = {
    "__init__.py": """
        from __future__ import annotations

        from dangwu_desktop.ledgers.base import (
            Export, Ledger, ReportSection, Sheet, SidebarPage, Span, lazy,
        )

        def _settings():
            from toy_ledgers.points.service import RATE
            return (RATE,)

        PAYMENTS = Export(
            key="points-ledger", title="党员积分台账", suffix=".xlsx", span=Span.YEAR,
            file_name=lambda branch, scope: f"{branch}{scope.year}年党员积分台账.xlsx",
            gather=lazy("toy_ledgers.points.service:payments"),
            write=lazy("toy_ledgers.points.service:write"),
            done=lambda rows, scope: f"已导出{len(rows)}条积分：",
        )
        LEDGER = Ledger(
            "points", "党员积分",
            pages=(SidebarPage("points", "党员积分", 36, f"{__name__}.page"),),
            exports=(PAYMENTS,),
            sheets=(Sheet("党员积分", 46, lazy("toy_ledgers.points.service:payments"),
                          lazy("toy_ledgers.points.service:add_sheet")),),
            reminders=lazy(f"{__name__}.service:reminders"),
            sections=(ReportSection.named("points", "党员积分情况", 46, f"{__name__}.service"),),
            settings=_settings,
        )
    """,
    "models.py": """
        from __future__ import annotations

        from datetime import date

        from sqlalchemy.orm import Mapped, mapped_column

        from dangwu_desktop.core.models import Base

        class PointsEntry(Base):
            __tablename__ = "toy_points_entry"
            AUDIT_SUBJECT = "党员积分"

            def audit_name(self) -> str:
                return f"{self.paid_on} {self.amount}分"

            id: Mapped[int] = mapped_column(primary_key=True)
            paid_on: Mapped[date]
            amount: Mapped[float]
    """,
    "service.py": """
        from __future__ import annotations

        from dangwu_desktop.core import audit
        from dangwu_desktop.core.reminders import Reminder
        from dangwu_desktop.core.services.settings import SettingSpec
        from dangwu_desktop.io.xlsx_layout import save_book
        from dangwu_desktop.ledgers.base import SectionText
        from sqlalchemy import select
        from toy_ledgers.points.models import PointsEntry

        RATE = SettingSpec("points/rate", "每次活动积分", "1", unit="分", maximum=10)

        def pay(session, paid_on, amount):
            payment = PointsEntry(paid_on=paid_on, amount=amount)
            session.add(payment)
            session.flush()
            audit.record_row(session, payment, None)

        def payments(session, scope):  # plain values: the file is written after the session
            return [(p.paid_on, p.amount) for p in session.scalars(select(PointsEntry))]

        def write(target, rows, branch, scope):
            return save_book(target, lambda book: add_sheet(book, rows, branch, scope, "党员积分"))

        def add_sheet(book, rows, branch, scope, title):
            sheet = book.sheet(title)
            for paid_on, amount in rows:
                sheet.append([str(paid_on), amount])

        def reminders(session, today):
            paid = sum(p.amount for p in session.scalars(select(PointsEntry)))
            return [Reminder("党员积分", f"本年已记积分{paid:g}分", "地方规定", page="points")]

        def points(session, period, today):
            return sum(p.amount for p in session.scalars(select(PointsEntry)))

        def points_text(total):
            return SectionText({"points_total": total}, [f"本期共记党员积分{total:g}分。"])

        def points_summary(total):
            return f"积分{total:g}分"
    """,
    "page.py": """
        from __future__ import annotations

        from PySide6.QtWidgets import QLabel, QVBoxLayout

        from dangwu_desktop.ui.pages import Page, register_page

        class PointsPage(Page):
            NAME = "points"

            def __init__(self, context, parent=None):
                super().__init__(context, parent)
                self.label = QLabel(self)
                QVBoxLayout(self).addWidget(self.label)

            def load(self):
                self.label.setText("党员积分页面")

        register_page(PointsPage)
    """,
}

SCRIPT = """
import sys
from datetime import date
from pathlib import Path

import dangwu_desktop.ledgers as ledgers

ledgers.LEDGER_PACKAGES += ("toy_ledgers.points",)  # the one shared line a new ledger adds
ledgers.load_models()

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from docx import Document
from openpyxl import load_workbook

from dangwu_desktop.core import audit
from dangwu_desktop.core.models import Base
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.io.report_docx import export_report
from dangwu_desktop.ledgers.reports.work_report import report_context, work_report
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.pages import CATALOGUE
from toy_ledgers.points.models import PointsEntry
from toy_ledgers.points.service import pay

folder, today = Path(sys.argv[1]), date(2026, 11, 25)
database = open_database(folder / "branch.sqlite3")
with database.engine.begin() as connection:  # what the ledger's migration does
    PointsEntry.__table__.create(connection)
with database.transaction() as session:
    pay(session, date(2026, 10, 8), 12.0)

titles = [page.title for page in CATALOGUE]
assert titles.index("党费") < titles.index("党员积分") < titles.index("统计"), titles  # by position
assert PointsEntry in audit.audited_models()
with database.read() as session:
    texts = [r.text for r in ledgers.reminders(session, today)]
    report = work_report(session, YearPeriod(2026, 4), today)
    assert "本年已记积分12分" in texts, texts
    assert "积分12分" in report.summary
    entries = [e.subject for e in session.scalars(__import__("sqlalchemy").select(audit.AuditEntry))]
    assert "党员积分" in entries, entries
paragraphs = [p.text for p in Document(str(export_report(folder / "报告.docx", report_context(report)))).paragraphs]
headings = [p for p in paragraphs if "、" in p[:3]]
assert any(h.endswith("、党员积分情况") for h in headings), headings
assert "本期共记党员积分12分。" in paragraphs
export = ledgers.export_named("points-ledger")
scope = ledgers.ExportScope(today, 2026, quarter=4)
with database.read() as session:
    rows = export.gather(session, scope)
    book = ledgers.export_named("workbook")
    sheets = book.gather(session, scope)
assert export.write(folder / "积分.xlsx", rows, "东岙村", scope).exists()
assert "党员积分" in load_workbook(book.write(folder / "工作簿.xlsx", sheets, "东岙村", scope)).sheetnames

app = QApplication([])
context = AppContext(database, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat), lambda: today)
window = MainWindow(context)
window.show_page("points")
assert window.page("points").label.text() == "党员积分页面"
window.show_page("settings")
assert window.page("settings").findChild(__import__("PySide6.QtWidgets").QtWidgets.QSpinBox, "points_rate")
print("ok")
"""


def test_a_new_ledger_is_one_package_and_one_line(tmp_path: Path) -> None:
    package = tmp_path / "toy_ledgers" / "points"
    package.mkdir(parents=True)
    (package.parent / "__init__.py").write_text("", encoding="utf-8")
    for name, text in PACKAGE.items():
        (package / name).write_text(textwrap.dedent(text), encoding="utf-8")
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path]),
        "QT_QPA_PLATFORM": "offscreen",
        "DANGWU_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().endswith("ok")
