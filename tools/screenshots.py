"""Offscreen screenshots of every page and dialog on a fresh demo database, for looking at, on
the screens villages have: 1280×720, 1366×768 (also at 125 %) and 1920×1080 at 125 %.

.venv/bin/python tools/screenshots.py [OUTDIR]      (default: build/screenshots; one folder a screen)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

SCREENS = {
    "1280x720": (1280, 720, 1.0),
    "1366x768": (1366, 768, 1.0),
    "1366x768@125": (1366, 768, 1.25),
    "1920x1080@125": (1920, 1080, 1.25),
}
SCREEN_ENV = "DANGWU_SHOT_SCREEN"


def offscreen_screen(name: str) -> str:
    """The offscreen platform with one screen of that size and scale (Qt's configfile option)."""
    width, height, scale = SCREENS[name]
    config = {
        "windowFrameMargins": True,
        "screens": [
            {
                "name": name,
                "x": 0,
                "y": 0,
                "width": round(width / scale),
                "height": round(height / scale),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": scale,
            }
        ],
    }
    path = Path(tempfile.mkdtemp(prefix="dangwu-screen-")) / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


if __name__ == "__main__" and SCREEN_ENV not in os.environ:
    # One process a screen: the platform's screen is fixed when the application starts.
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots")
    for screen in SCREENS:
        environment = {
            **os.environ,
            SCREEN_ENV: screen,
            "QT_QPA_PLATFORM": offscreen_screen(screen),
        }
        subprocess.run([sys.executable, __file__, str(out / screen)], env=environment, check=True)
    raise SystemExit(0)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DANGWU_DATA_DIR", tempfile.mkdtemp(prefix="dangwu-shots-"))


def grab(widget: QWidget, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from dangwu_desktop.ui.screen_fit import fit_to_screen

    widget.show()
    fit_to_screen(widget)  # as the program does when a window comes up
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    # Qt and the program load after the platform's screen is chosen above.
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from dangwu_desktop.app import create_application, ui_settings
    from dangwu_desktop.core.demo import ensure_demo_village
    from dangwu_desktop.db.paths import default_database_path
    from dangwu_desktop.db.startup import open_database
    from dangwu_desktop.ui.context import AppContext

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    database = open_database(default_database_path(demo=True))
    with database.transaction() as session:
        ensure_demo_village(session, date.today())
    context = AppContext(database=database, settings=ui_settings(), demo=True)

    from dangwu_desktop.ui.dialogs.branch_dialog import BranchDialog
    from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog
    from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog
    from dangwu_desktop.ui.main_window import MainWindow
    from dangwu_desktop.ui.pages import CATALOGUE
    from dangwu_desktop.ui.pages.roster import RosterPage

    window = MainWindow(context)
    window.setGeometry(QApplication.primaryScreen().availableGeometry())
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

    # The wizard reads the roster files the tests build (a legacy .xls with every fault kind, and
    # a clean township template), so the pictures need nothing outside the repository.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.roster_files import messy_roster, standard_roster

    samples = Path(tempfile.mkdtemp(prefix="dangwu-shot-rosters-"))
    for roster_file in (
        messy_roster(samples / "roster_messy.xls"),
        standard_roster(samples / "roster_standard.xlsx"),
    ):
        wizard = ImportWizard(context, window)
        wizard.resize(900, 620)
        wizard.show()
        wizard.open_file(roster_file)
        stem = roster_file.stem
        grab(wizard, out / f"import-{stem}-1-file.png")
        for step in ("2-mapping", "3-check", "4-confirm"):
            if not wizard.button(wizard.WizardButton.NextButton).isEnabled():
                break
            wizard.next()
            grab(wizard, out / f"import-{stem}-{step}.png")
        wizard.close()


if __name__ == "__main__":
    main()
