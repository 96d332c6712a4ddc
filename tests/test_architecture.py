"""The split the architecture promises: a Qt-free domain, and forms compiled from forms/*.ui."""

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


@pytest.mark.parametrize("layer", DOMAIN_LAYERS)
def test_domain_layers_never_import_qt(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in imported_modules(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def test_importing_core_services_loads_no_qt() -> None:
    code = (
        "import sys, dangwu_desktop.core.services.members, dangwu_desktop.db.startup, "
        "dangwu_desktop.core.demo, dangwu_desktop.cli; "
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


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
