"""The Qt binding itself: a release that mishandles references crashes the program in use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class Sender(QObject):
    number = Signal(int)
    flag = Signal(bool)


def test_signals_sent_to_python_keep_the_reference_counts_of_true_false_and_none(
    qtbot: QtBot,
) -> None:
    # PySide6 6.12.0 dropped a reference to True on every signal delivered to a Python slot; on
    # Python 3.11 the program then aborted ("deallocating True or False") after a few thousand
    # clicks and keystrokes, and at exit. pyproject.toml pins a release without the fault.
    sender = Sender()
    received: list[object] = []
    sender.number.connect(received.append)
    sender.flag.connect(received.append)
    before = [sys.getrefcount(value) for value in (True, False, None)]
    for index in range(200):
        sender.number.emit(index)
        sender.flag.emit(index % 2 == 0)
    received.clear()
    after = [sys.getrefcount(value) for value in (True, False, None)]
    assert after == before
