"""The program opens no network connection: a whole GUI session runs with sockets that refuse."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.pages import CATALOGUE


class NoNetwork(AssertionError):
    pass


def refuse(*_args: object, **_kwargs: object) -> None:
    raise NoNetwork("the program tried to open a network connection")


def test_a_full_session_opens_no_socket(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    context.today = lambda: date(2026, 11, 25)
    with context.database.transaction() as session:
        build_demo_village(session, date(2026, 11, 25))
    window = MainWindow(context)
    qtbot.addWidget(window)
    for entry in CATALOGUE:
        window.show_page(entry.name)  # every page loads its data
    from dangwu_desktop.core.services.reports import ReportPeriod
    from dangwu_desktop.io.report_docx import export_report
    from dangwu_desktop.ledgers.reports.work_report import report_context, work_report

    with context.database.read() as session:
        report = work_report(session, ReportPeriod(2026, 4), date(2026, 11, 25))
    assert export_report(tmp_path / "报告.docx", report_context(report)).exists()
