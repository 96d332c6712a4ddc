"""帮助 → 规则与依据: the rule book as the secretary (and an inspector) reads it — every rule with
its figure, this branch's setting, the citation and where it is used — and printed on A4."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.rulebook import RULES
from dangwu_desktop.core.services.settings import set_setting
from dangwu_desktop.core.services.training import MEMBER_HOURS
from dangwu_desktop.ledgers import ledger_rules
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.rule_book_dialog import RuleBookDialog
from dangwu_desktop.ui.main_window import MainWindow
from tests.modal import Answerer, too_large


def test_the_help_menu_lists_every_rule_with_this_branchs_setting(
    qtbot: QtBot, context: AppContext, branch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with context.database.transaction() as session:
        set_setting(session, MEMBER_HOURS, "40")  # a province's stricter figure
    window = MainWindow(context)
    qtbot.addWidget(window)
    shown: list[RuleBookDialog] = []
    monkeypatch.setattr(RuleBookDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.ui.ruleBookAction.trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert too_large(dialog) is None
    table = dialog.ui.rulesTable
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert len(rows) == len(RULES) + len(ledger_rules())
    hours = next(row for row in rows if row[0] == RULES["training.yearly_hours"].wording)
    assert "现为40学时（默认32学时" in hours[1]
    assert hours[2].startswith("《中国共产党党员教育管理工作条例》第二十条")
    assert all(row[2] for row in rows)  # every rule says where it comes from


def test_the_rule_book_prints_on_a4_landscape_with_every_rule(
    qtbot: QtBot, context: AppContext, branch: None, tmp_path: Path
) -> None:
    dialog = RuleBookDialog(context)
    qtbot.addWidget(dialog)
    pdf = tmp_path / "rules.pdf"

    def print_to_pdf(preview_dialog: QPrintPreviewDialog, preview: QPrintPreviewWidget) -> None:
        printer = preview_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        preview.print_()

    with Answerer(on_preview=print_to_pdf) as answerer:
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    assert answerer.previews and not answerer.stuck, answerer.seen
    document = pdfium.PdfDocument(pdf)
    width, height = document[0].get_size()
    assert width > height  # landscape
    text = "".join(str(document[i].get_textpage().get_text_range()) for i in range(len(document)))
    # NFKC: a PDF font's character map may give the radical ⼯ for 工
    text = unicodedata.normalize("NFKC", text.replace("\r", "").replace("\n", ""))
    assert "党务工作规则与依据" in text and "— 1 —" in text
    assert "第二十条" in text and "地方规定" in text
    assert (
        len(document) <= (len(RULES) + len(ledger_rules())) / 5
    )  # several rules to a page, not a page each
