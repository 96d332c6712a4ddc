"""Where the shipped resources are (report templates, icons): beside the package in a checkout,
and in the same place inside the PyInstaller bundle (its spec copies the folder there)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ICON = RESOURCES / "icons" / "dangwu.png"
REPORT_TEMPLATE = RESOURCES / "templates" / "work_report.docx"
