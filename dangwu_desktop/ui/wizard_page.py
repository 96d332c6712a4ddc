"""A wizard page whose Next button waits until the wizard says the page is ready."""

from __future__ import annotations

from PySide6.QtWidgets import QWizardPage


class GatedPage(QWizardPage):
    """Promoted from QWizardPage in forms/*.ui; `set_ready` enables or disables Next/Finish."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._ready = False

    def set_ready(self, ready: bool) -> None:
        if ready != self._ready:
            self._ready = ready
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ready
