"""Importing modules after PySide6 at the speed Python imports them without it.

Once loaded, PySide6 hooks every later import to decide whether the module "uses PySide" (for its
opt-in `__feature__` switches, which this program does not use): it reads the module's whole source
with `inspect.getsource`. From a source checkout that doubles the time to import SQLAlchemy and the
services after the window has painted (about 0.5 s to 0.25 s here). The same answer comes from
looking at what the module imported, which costs nothing; that is what this installs.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module holds anything from PySide6 (a class, function or module)."""
    try:
        for value in list(vars(module).values()):
            name = (
                value.__name__
                if isinstance(value, ModuleType)
                else getattr(value, "__module__", None)
            )
            if isinstance(name, str) and name.startswith("PySide6"):
                return True
    except Exception:  # an import hook must never fail an import
        return False
    return False


def skip_source_scan() -> bool:
    """Replace the source scan where this PySide6 has it; False where it has not."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
