"""The split the architecture promises: a Qt-free domain, a GUI that reaches the data only
through services, and forms compiled from forms/*.ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dangwu_desktop"
FORMS = PACKAGE.parent / "forms"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


DOMAIN_LAYERS = [layer for layer in ("core", "io", "db", "ledgers") if (PACKAGE / layer).is_dir()]


def test_the_domain_layers_exist() -> None:
    assert {"core", "db"} <= set(DOMAIN_LAYERS)


LEDGER_PAGES = sorted((PACKAGE / "ledgers").glob("*/page.py"))  # a ledger's sidebar page


@pytest.mark.parametrize("layer", DOMAIN_LAYERS)
def test_domain_layers_never_import_qt(layer: str) -> None:
    """Only a ledger's page.py (its sidebar page, GUI like ui/) may use Qt below ui/."""
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        if path not in LEDGER_PAGES
        for name in imported_modules(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def packages_loaded(statements: str, of: set[str]) -> set[str]:
    """Which of the top-level packages `of` a fresh interpreter has loaded after `statements`."""
    code = f"import sys\n{statements}\nprint(','.join({{m.split('.')[0] for m in sys.modules}}))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(result.stdout.strip().split(",")) & of


def test_the_ledgers_declarations_load_neither_qt_nor_sqlalchemy() -> None:
    """The sidebar is drawn from the declarations before the window's first paint."""
    statements = (
        "import dangwu_desktop.ledgers as l; l.ledgers(); l.sidebar_pages(); "
        "l.report_sections(annual=True); l.all_exports(); l.workbook_sheets()"
    )
    assert packages_loaded(statements, {"sqlalchemy", "PySide6"}) == set()


def test_importing_core_services_loads_no_qt() -> None:
    statements = (
        "import dangwu_desktop.core.services.members, dangwu_desktop.db.startup, "
        "dangwu_desktop.core.demo, dangwu_desktop.cli"
    )
    assert packages_loaded(statements, set(QT_MODULES)) == set()


# What the GUI must not reach past the services for: the query language, the ORM models and the
# storage layer. Its dialogs and pages call core/services, which the CLI and the tests call too.
DATA_MODULES = ("sqlalchemy", "dangwu_desktop.core.models", "dangwu_desktop.db")
# The few GUI modules that handle the database as a file, each with its reason. Nothing else.
DATA_ACCESS_ALLOWED = {
    ("context.py", "dangwu_desktop.db.database"): "AppContext carries the open database",
    ("pages/settings.py", "dangwu_desktop.db.backups"): "设置 lists, makes and copies backups",
    ("pages/settings.py", "dangwu_desktop.db.identity"): "backups are matched to this database",
    ("pages/settings.py", "dangwu_desktop.db.safety"): "恢复 restores a backup, then upgrades",
    ("dialogs/import_wizard.py", "dangwu_desktop.db.safety"): "the import backs up first",
    ("dialogs/dues_list_dialog.py", "dangwu_desktop.db.safety"): "a dues list backs up first",
    ("dialogs/dues_list_dialog.py", "dangwu_desktop.db.backups"): "a failed backup stops it",
    ("dialogs/import_wizard.py", "dangwu_desktop.db.backups"): "a failed backup stops it",
    ("dialogs/server_dialog.py", "dangwu_desktop.db.server"): "设置 tries and saves the server",
    ("pages/settings.py", "dangwu_desktop.db.server"): "a server's backups are pg_dump's: said",
    ("dialogs/package_dialog.py", "dangwu_desktop.db.package"): (
        "导出上报数据包 writes a snapshot of the database file (or server) as one file"
    ),
    ("dialogs/import_package_dialog.py", "dangwu_desktop.db.package"): (
        "导入上报数据包 tells a refused file by its PackageProblem (a password is asked)"
    ),
    ("dialogs/import_package_dialog.py", "dangwu_desktop.db.package_import"): (
        "导入上报数据包 replaces a branch's rows from a package file, one transaction a file"
    ),
    ("dialogs/activity_dialog.py", "dangwu_desktop.db.attachments"): (
        "an attachment is copied beside the database file when chosen, before the record exists"
    ),
    ("dialogs/lists_dialogs.py", "dangwu_desktop.db.attachments"): (
        "a 佐证材料 file is copied beside the database file when chosen, as a meeting's attachment"
    ),
}
UI = PACKAGE / "ui"


def ui_modules() -> list[Path]:
    """The GUI's modules: ui/ (without the generated forms) and the ledgers' pages."""
    return sorted(p for p in UI.rglob("*.py") if p.parent.name != "forms") + LEDGER_PAGES


def gui_name(path: Path) -> str:
    """pages/settings.py for ui/pages/settings.py; ledgers/dues/page.py for a ledger's page."""
    return path.relative_to(UI if path.is_relative_to(UI) else PACKAGE).as_posix()


def reaches_data(name: str) -> bool:
    return any(name == m or name.startswith(f"{m}.") for m in DATA_MODULES)


def test_the_gui_reaches_the_data_only_through_services() -> None:
    """No query built, no ORM object walked, no SQLAlchemy expression passed down from ui/."""
    offenders = [
        f"{gui_name(path)} imports {name}"
        for path in ui_modules()
        for name in sorted(imported_modules(path))
        if reaches_data(name) and (gui_name(path), name) not in DATA_ACCESS_ALLOWED
    ]
    assert offenders == []


def test_every_allowed_database_access_is_still_needed() -> None:
    """An exception no longer used is struck off, so that the list only ever shrinks."""
    used = {(gui_name(path), name) for path in ui_modules() for name in imported_modules(path)}
    assert set(DATA_ACCESS_ALLOWED) - used == set()


@pytest.mark.parametrize("form", sorted(FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(form: Path, tmp_path: Path) -> None:
    """Run `make forms` after editing a .ui file; the generated module must not be edited by hand."""
    uic = Path(sys.executable).with_name("pyside6-uic")
    fresh = tmp_path / "fresh.py"
    subprocess.run([str(uic), str(form), "-o", str(fresh)], check=True)
    committed = PACKAGE / "ui" / "forms" / f"ui_{form.stem}.py"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")


def test_every_compiled_form_has_its_ui_file() -> None:
    compiled = {p.stem.removeprefix("ui_") for p in (PACKAGE / "ui" / "forms").glob("ui_*.py")}
    assert compiled == {p.stem for p in FORMS.glob("*.ui")}
