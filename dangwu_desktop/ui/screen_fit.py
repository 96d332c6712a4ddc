"""Every window and dialog stays on the screen: one larger than the screen's free area (a dialog
designed at 860×640 is 1075×800 pixels at 125 %) is shrunk and moved onto it when it comes up."""

from __future__ import annotations

from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

TITLE_BAR = 32  # room for the title bar, which the frame geometry lacks until it is drawn


def _frame_extras(window: QWidget) -> tuple[int, int]:
    """What the window's frame adds to its width and height (the title bar at least)."""
    frame = window.frameGeometry()
    return frame.width() - window.width(), max(frame.height() - window.height(), TITLE_BAR)


def fitted_size(window: QWidget, width: int, height: int) -> tuple[int, int]:
    """`width`×`height`, made no larger than the free area of the window's screen allows."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return width, height
    available = screen.availableGeometry()
    extra_width, extra_height = _frame_extras(window)
    return min(width, available.width() - extra_width), min(
        height, available.height() - extra_height
    )


def fit_to_screen(window: QWidget) -> None:
    """Shrink a top-level window to its screen's free area (not below its minimum) and move
    it fully onto it."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_width, extra_height = _frame_extras(window)
    width, height = fitted_size(window, window.width(), window.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(frame.x(), available.right() + 1 - (window.width() + extra_width))
    y = min(frame.y(), available.bottom() + 1 - (window.height() + extra_height))
    x, y = max(x, available.left()), max(y, available.top())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def keep_windows_on_screen(app: QApplication) -> None:
    """Fit each window as it becomes the active one (a signal, not an event filter on every
    event of the program)."""

    def fit(focus: QWindow | None) -> None:
        window = QApplication.activeWindow()
        if focus is not None and window is not None:
            fit_to_screen(window)

    app.focusWindowChanged.connect(fit)
