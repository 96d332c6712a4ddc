"""Printing records on A4 through Qt's print preview, at their designed size and with page numbers."""

from __future__ import annotations

import math

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from dangwu_desktop.io.record_html import KEEP_WITH_PREVIOUS
from dangwu_desktop.ui.screen_fit import fitted_size

# GB/T 9704: the page number in 4号 (14 pt) Song between dashes, 7 mm below the text area.
NUMBER_FONT = ("宋体", "SimSun", "Noto Serif CJK SC", "serif")
NUMBER_POINTS = 14
NUMBER_BELOW_MM = 7.0
# Qt lays rich text out in pixels of 96 per inch, whatever the screen.
DESIGN_DPI = 96.0
POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4


def _design_device() -> QImage:
    """A paint device of exactly DESIGN_DPI for the layout to measure against (without one it
    takes the screen's, which need not be 96); kept for the program's life, as layouts only
    point at their device."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(DESIGN_DPI / MM_PER_INCH * 1000))
    image.setDotsPerMeterY(round(DESIGN_DPI / MM_PER_INCH * 1000))
    return image


_DESIGN_DEVICE = _design_device()
# The printers of the previews not yet destroyed by Qt.
_BORROWED: set[QPrinter] = set()


def a4_layout(*, landscape: bool = False) -> QPageLayout:
    """A4 with the GB/T 9704 margins (in mm), upright or on its side."""
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(28, 30, 26, 25),
        QPageLayout.Unit.Millimeter,
    )


def a4_printer(*, landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout(landscape=landscape))
    return printer


def html_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """`html` laid out on the pages of `device` (a printer or a PDF writer), in design pixels.

    Qt lays rich text out in 96-dpi pixels (fonts in points, indents and borders in px); the
    page is sized in those pixels too, and `print_html` scales them to the device. (Sizing the
    page in points, as before, printed everything 4/3 too large.)
    """
    document = QTextDocument()
    document.documentLayout().setPaintDevice(_DESIGN_DEVICE)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(text_area(device, DESIGN_DPI).size())
    _keep_with_previous(document)
    return document


def _keep_with_previous(document: QTextDocument) -> None:
    """A block marked KEEP_WITH_PREVIOUS (a record's 落款, the first paragraph under a heading)
    and the table that follows it never start a page alone: where they would, the paragraph
    before them goes over with them, and so on up (a heading goes with its paragraph). Qt's
    rich text knows page-break-before only, not keep-with-next, and breaks tables by line."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    for _pass in range(8):  # a move can strand the block before it: again until none moves
        moved = False
        block = document.begin()
        while block.isValid():
            before = block.previous()
            if KEEP_WITH_PREVIOUS in _anchors(block) and before.isValid():
                end = block.next()
                table = QTextCursor(end).currentTable() if end.isValid() else None
                bottom = (
                    layout.frameBoundingRect(table).bottom()
                    if table is not None
                    else layout.blockBoundingRect(block).bottom()
                )
                top = layout.blockBoundingRect(before).top()
                if math.floor(top / height) != math.floor((bottom - 1) / height):
                    _page_break(before, QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    _page_break(block, QTextFormat.PageBreakFlag.PageBreak_Auto)
                    moved = True
            block = block.next()
        if not moved:
            return


def _page_break(block: QTextBlock, policy: QTextFormat.PageBreakFlag) -> None:
    changed = QTextBlockFormat()
    changed.setPageBreakPolicy(policy)
    QTextCursor(block).mergeBlockFormat(changed)


def _anchors(block: QTextBlock) -> list[str]:
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names += iterator.fragment().charFormat().anchorNames()
        iterator += 1
    return names


def print_html(html: str, device: QPagedPaintDevice) -> int:
    """Print `html` on `device`, page after page, each numbered "— n —" below its text; returns
    the number of pages. (QTextDocument.print_ numbers pages only when it chooses the layout.)"""
    document = html_document(html, device)
    page = text_area(device, DESIGN_DPI)
    dpi = device.logicalDpiY()
    box = number_box(text_area(device, dpi), dpi)
    pages = pages_with_text(document, page.height())
    painter = QPainter()
    if not painter.begin(device):  # e.g. a PDF file that cannot be written
        return 0
    try:
        font = QFont(list(NUMBER_FONT))
        font.setPointSizeF(NUMBER_POINTS)
        painter.setFont(font)  # in points, so measured against the device
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.scale(dpi / DESIGN_DPI, dpi / DESIGN_DPI)
            painter.translate(0, -index * page.height())
            # A hair inside the page: the layout also draws blocks that only touch it.
            inside = page.translated(0, index * page.height()).adjusted(0, 0.25, 0, -0.25)
            document.drawContents(painter, inside)
            painter.restore()
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"— {index + 1} —")
    finally:
        painter.end()
    return pages


def pages_with_text(document: QTextDocument, page_height: float) -> int:
    """The pages up to the last line of text. Qt counts one more when the last paragraph's
    bottom margin crosses the page's end, which printed a blank page numbered "— 2 —"."""
    layout = document.documentLayout()
    block = document.lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    if not block.isValid():
        return document.pageCount()
    bottom = layout.blockBoundingRect(block).bottom()
    return max(1, min(document.pageCount(), math.ceil(bottom / page_height)))


class PrintPreview(QPrintPreviewDialog):
    """The print preview of an HTML page, deleted when closed. Qt only borrows the printer, and a
    printer left to Python's collector while the preview draws on it crashes the process: the
    preview keeps its printer until Qt has destroyed the whole dialog (`destroyed` comes after
    the dialog's own destructor, unlike the Python wrapper's end)."""

    def __init__(self, parent: QWidget, title: str, html: str, *, landscape: bool = False) -> None:
        printer = a4_printer(landscape=landscape)
        super().__init__(printer, parent)
        _BORROWED.add(printer)
        self.destroyed.connect(lambda: _BORROWED.discard(printer))
        self.html = html
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(self._paint)
        self.resize(*fitted_size(self, 900, 1000))

    def _paint(self, printer: QPrinter) -> None:
        # Laid out anew on every paint: the user may change paper, margins or orientation.
        print_html(self.html, printer)


def preview_html(
    parent: QWidget, title: str, html: str, *, landscape: bool = False
) -> PrintPreview:
    """A print preview of `html` on A4; the caller shows it (exec) or inspects it in tests."""
    return PrintPreview(parent, title, html, landscape=landscape)


def text_area(device: QPagedPaintDevice, dpi: float) -> QRectF:
    """The page's text area in pixels of `dpi`, with the painter's origin at its top-left corner."""
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
    # In whole pixels, as the layout places page tops on whole pixels: a page drawn a hair
    # taller would also paint (clipped, yet still in a PDF's text) the next page's first line.
    return QRectF(0, 0, math.floor(rect.width() * dpi), math.floor(rect.height() * dpi))


def number_box(page: QRectF, dpi: float) -> QRectF:
    """A line under the text area `page` (in pixels of `dpi`), its middle NUMBER_BELOW_MM below it."""
    below = NUMBER_BELOW_MM / MM_PER_INCH * dpi
    line = NUMBER_POINTS / POINTS_PER_INCH * dpi * 1.5
    return QRectF(0, page.height() + below - line / 2, page.width(), line)
