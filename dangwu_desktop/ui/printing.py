"""Printing records on A4 through Qt's print preview."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def a4_printer(*, landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(28, 30, 26, 25),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)
    return printer


def html_document(html: str, printer: QPrinter | None = None) -> QTextDocument:
    """A document paginated to the printer's text area (without this Qt lays it out on the
    paper with its own 2 cm margins and a small scale)."""
    document = QTextDocument()
    document.setHtml(html)
    layout = (printer or a4_printer()).pageLayout()
    document.setPageSize(layout.paintRect(QPageLayout.Unit.Point).size())
    document.setDocumentMargin(0)
    return document


def preview_html(
    parent: QWidget, title: str, html: str, *, landscape: bool = False
) -> QPrintPreviewDialog:
    """A print preview of `html` on A4; the caller shows it (exec) or inspects it in tests."""
    printer = a4_printer(landscape=landscape)
    document = html_document(html, printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.resize(900, 1000)
    dialog.paintRequested.connect(document.print_)
    dialog._document = document  # type: ignore[attr-defined]  # kept alive with the dialog
    return dialog
