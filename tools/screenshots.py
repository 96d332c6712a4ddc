"""Offscreen screenshots of every page and dialog on a fresh demo database, for looking at.

.venv/bin/python tools/screenshots.py [OUTDIR]      (default: build/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DANGWU_DATA_DIR", tempfile.mkdtemp(prefix="dangwu-shots-"))

from datetime import date

from PySide6.QtWidgets import QApplication, QWidget

from dangwu_desktop.app import create_application, ui_settings
from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.db.paths import default_database_path
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.ui.context import AppContext


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    database = open_database(default_database_path(demo=True))
    with database.transaction() as session:
        ensure_demo_village(session, date.today())
    context = AppContext(database=database, settings=ui_settings())

    from dangwu_desktop.ui.dialogs.branch_dialog import BranchDialog
    from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog
    from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog
    from dangwu_desktop.ui.main_window import MainWindow
    from dangwu_desktop.ui.pages import CATALOGUE
    from dangwu_desktop.ui.pages.roster import RosterPage

    window = MainWindow(context)
    window.resize(1280, 760)
    for entry in CATALOGUE:
        page = window.show_page(entry.name)
        grab(window, out / f"page-{entry.name}.png")
        views = getattr(page.ui, "views", None)  # pages with tabs: one picture per tab
        for tab in range(1, views.count() if views else 0):
            views.setCurrentIndex(tab)
            grab(window, out / f"page-{entry.name}-tab{tab}.png")

    from dangwu_desktop.core.glossary import ActivityKind
    from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog
    from dangwu_desktop.ui.pages.activities import ActivitiesPage

    activities = window.page(ActivitiesPage.NAME)
    assert isinstance(activities, ActivitiesPage)
    record = next(r for r in activities.model.rows if r.kind is ActivityKind.BRANCH_GENERAL)
    for tab in range(4):
        dialog = ActivityDialog(context, record.activity_id, parent=window)
        dialog.ui.tabs.setCurrentIndex(tab)
        grab(dialog, out / f"activity-dialog-tab{tab}.png")
    fresh = ActivityDialog(context, None, ActivityKind.COMMITTEE, window)
    fresh.save()
    grab(fresh, out / "activity-dialog-new-thin.png")
    roster = window.show_page(RosterPage.NAME)
    assert isinstance(roster, RosterPage)
    roster.ui.mobileFilter.setCurrentIndex(1)  # a member with history shows the history tab best
    member_id = roster.model.member_id(0)
    roster.ui.mobileFilter.setCurrentIndex(0)
    for tab in range(3):
        dialog = MemberDialog(context, member_id, window)
        dialog.ui.tabs.setCurrentIndex(tab)
        grab(dialog, out / f"member-dialog-tab{tab}.png")
    new = MemberDialog(context, None, window)
    new.ui.nameEdit.setText("王小明")
    new.ui.idNumberEdit.setText("330726199001011234")
    new.save()
    grab(new, out / "member-dialog-invalid.png")
    grab(MovementDialog(context, member_id, window), out / "movement-dialog.png")
    grab(BranchDialog(context, window), out / "branch-dialog.png")

    from dangwu_desktop.ui.dialogs.import_wizard import ImportWizard

    samples = Path(__file__).resolve().parents[2] / "shared" / "samples"
    for sample in ("roster_messy.xls", "roster_standard.xlsx"):
        wizard = ImportWizard(context, window)
        wizard.resize(900, 620)
        wizard.show()
        wizard.open_file(samples / sample)
        stem = sample.split(".")[0]
        grab(wizard, out / f"import-{stem}-1-file.png")
        for step in ("2-mapping", "3-check", "4-confirm"):
            if not wizard.button(wizard.WizardButton.NextButton).isEnabled():
                break
            wizard.next()
            grab(wizard, out / f"import-{stem}-{step}.png")
        wizard.close()


if __name__ == "__main__":
    main()
