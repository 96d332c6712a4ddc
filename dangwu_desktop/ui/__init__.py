"""The Qt window: a thin client of the core services."""

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook, which the next line tames)

from dangwu_desktop.ui.pyside_imports import skip_source_scan

skip_source_scan()
