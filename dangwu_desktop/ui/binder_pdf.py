"""The year's archive as one PDF, with Qt's own PDF output: a cover, a 目录 whose page numbers
are the pages' own, the completeness sheet, then every section's documents, each record
followed by its pictures scaled onto A4; "— N —" under every page but the cover.

No widget is made here, so the command line runs it under a QGuiApplication (offscreen where
there is no screen) and the window in a worker thread (ui/background.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QImageReader, QPainter, QPdfWriter, QTextDocument

from dangwu_desktop.core.services.binder import (
    COMPLETENESS,
    Binder,
    BinderCancelled,
    BoundFile,
    Progress,
    completeness_date,
)
from dangwu_desktop.io.binder_html import (
    Entry,
    completeness_html,
    cover_html,
    numbered,
    section_heading,
    toc_html,
)
from dangwu_desktop.ui.printing import (
    DESIGN_DPI,
    NUMBER_FONT,
    NUMBER_POINTS,
    a4_layout,
    html_document,
    number_box,
    pages_with_text,
    text_area,
)

RESOLUTION = 300  # dots per inch of the PDF's drawing (text stays text; pictures are scaled)
PICTURE_DPI = 150  # pictures are embedded at this density on the page: sharp, and not huge
CAPTION_POINTS = 12


@dataclass
class _Part:
    """Consecutive pages of the PDF: a laid-out document, or one picture."""

    landscape: bool
    document: QTextDocument | None = None
    pages: int = 1
    picture: Path | None = None
    caption: str = ""
    numbered: bool = True


class _Layouts:
    """Page devices to lay documents out against, upright and on the side (never painted)."""

    def __init__(self) -> None:
        self._writers: dict[bool, QPdfWriter] = {}
        self._buffers: list[QBuffer] = []

    def device(self, landscape: bool) -> QPdfWriter:
        if landscape not in self._writers:
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            writer = QPdfWriter(buffer)
            writer.setPageLayout(a4_layout(landscape=landscape))
            self._buffers.append(buffer)
            self._writers[landscape] = writer
        return self._writers[landscape]

    def part(self, html: str, landscape: bool = False, *, numbered: bool = True) -> _Part:
        device = self.device(landscape)
        document = html_document(html, device)
        height = text_area(device, DESIGN_DPI).height()
        return _Part(landscape, document, pages_with_text(document, height), numbered=numbered)


def readable(path: Path) -> str:
    """Why a picture cannot be printed ("" when it can): Qt reads its header only."""
    reader = QImageReader(str(path))
    if not reader.canRead():
        return "无法识别的图片格式或文件已损坏"
    size = reader.size()
    if size.isValid() and (size.width() <= 0 or size.height() <= 0):
        return "图片尺寸为零"
    return ""


def render_binder(
    binder: Binder, target: Path, progress: Progress
) -> tuple[int, list[tuple[str, str]]]:
    """Write the archive's PDF to `target`; return its pages and the pictures found unreadable
    (they are also listed on the completeness sheet, which is laid out after they are known)."""
    found: list[tuple[str, str]] = []
    bad: set[Path] = set()
    for item in binder.items():
        for kept in item.files:
            if kept.path is not None and (why := readable(kept.path)):
                bad.add(kept.path)
                found.append(
                    ("附件无法读取", f"〔{item.number}〕{item.title}的{kept.caption}：{why}")
                )
    binder = binder.with_found(found)
    layouts = _Layouts()
    cover = layouts.part(
        cover_html(binder.branch, binder.year, binder.parent_org, completeness_date(binder)),
        numbered=False,
    )
    completeness = layouts.part(
        numbered(
            completeness_html(binder.branch, binder.year, completeness_date(binder),
                              binder.checks, binder.gaps),
            "",
            section_heading("一", COMPLETENESS),
        )
    )  # fmt: skip
    # The sections' parts, each item's document then its pictures; an entry per section and item.
    body: list[_Part] = []
    starts: list[tuple[str, str, int, int]] = []  # (number, title, level, index of first part)
    total = len(binder.items())
    done = 0
    for section in binder.sections:
        starts.append((section.number, section.title, 1, len(body)))
        for position, item in enumerate(section.items):
            heading = section_heading(section.number, section.title) if position == 0 else ""
            starts.append((item.number, item.title, 2, len(body)))
            body.append(layouts.part(numbered(item.html, item.number, heading), item.landscape))
            for kept in item.files:
                if kept.path is not None and kept.path not in bad:
                    body.append(_picture(item.number, item.title, kept))
            done += 1
            if not progress(done, total * 2):
                raise BinderCancelled
    # Two passes: the 目录's own length moves every page after it, so lay it out with the
    # numbers it would give until its length no longer changes.
    toc_pages = 1
    while True:
        first_body = 1 + toc_pages + completeness.pages + 1  # cover, 目录, completeness
        page_of = _page_numbers(body, first_body)
        entries = [Entry("一", COMPLETENESS, 1 + toc_pages + 1)] + [
            Entry(number, title, page_of[index], level) for number, title, level, index in starts
        ]
        toc = layouts.part(toc_html(entries))
        if toc.pages == toc_pages:
            break
        toc_pages = toc.pages
    parts = [cover, toc, completeness, *body]
    pages = _paint(parts, target, progress, done, total * 2)
    return pages, found


def _picture(number: str, title: str, kept: BoundFile) -> _Part:
    return _Part(False, picture=kept.path, caption=f"〔{number}〕{title}　{kept.caption}")


def _page_numbers(body: list[_Part], first: int) -> list[int]:
    numbers = []
    page = first
    for part in body:
        numbers.append(page)
        page += part.pages
    return numbers


def _paint(parts: list[_Part], target: Path, progress: Progress, done: int, total: int) -> int:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setCreator("党务台账")
    writer.setPageLayout(a4_layout(landscape=parts[0].landscape))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"无法写入“{target}”")
    page = 0
    step = max(1, len(parts) // max(total - done, 1))
    try:
        number_font = QFont(list(NUMBER_FONT))
        number_font.setPointSizeF(NUMBER_POINTS)
        for index, part in enumerate(parts):
            for inside in range(part.pages):
                if page:
                    writer.setPageLayout(a4_layout(landscape=part.landscape))
                    writer.newPage()
                page += 1
                dpi = writer.logicalDpiY()
                area = text_area(writer, dpi)
                if part.document is not None:
                    _draw_document_page(
                        painter, part.document, inside, dpi, text_area(writer, DESIGN_DPI)
                    )
                elif part.picture is not None:
                    _draw_picture(painter, part.picture, part.caption, area, dpi)
                if part.numbered:
                    painter.setFont(number_font)
                    painter.drawText(
                        number_box(area, dpi), Qt.AlignmentFlag.AlignCenter, f"— {page} —"
                    )
            if index % step == 0 and not progress(
                done + index * (total - done) // len(parts), total
            ):
                raise BinderCancelled
    finally:
        painter.end()
    return page


def _draw_document_page(
    painter: QPainter, document: QTextDocument, index: int, dpi: float, page: QRectF
) -> None:
    """One page of a laid-out document, as ui/printing.py prints it."""
    painter.save()
    painter.scale(dpi / DESIGN_DPI, dpi / DESIGN_DPI)
    painter.translate(0, -index * page.height())
    inside = page.translated(0, index * page.height()).adjusted(0, 0.25, 0, -0.25)
    document.drawContents(painter, inside)
    painter.restore()


def _draw_picture(painter: QPainter, path: Path, caption: str, area: QRectF, dpi: float) -> None:
    """The caption on top, the picture below it as large as the text area allows."""
    font = QFont(["仿宋", "FangSong", "Noto Serif CJK SC", "serif"])
    font.setPointSizeF(CAPTION_POINTS)
    painter.setFont(font)
    line = CAPTION_POINTS / 72 * dpi * 2
    caption_box = QRectF(0, 0, area.width(), line)
    painter.drawText(caption_box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, caption)
    room = QRectF(0, line, area.width(), area.height() - line)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone's photo stands as it was taken
    image = _read_scaled(reader, reader.size(), room, dpi)
    if image.isNull():
        painter.drawText(room, Qt.AlignmentFlag.AlignCenter, "（图片无法读取）")
        return
    scale = min(room.width() / image.width(), room.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    target = QRectF(room.x() + (room.width() - width) / 2, room.y(), width, height)
    painter.drawImage(target, image)


def _read_scaled(reader: QImageReader, size: QSize, room: QRectF, dpi: float) -> QImage:
    """The picture decoded no larger than PICTURE_DPI on the page needs (a JPEG decodes
    faster so, and the PDF stays small)."""
    if size.isValid() and size.width() > 0 and size.height() > 0:
        most = QSize(
            round(room.width() / dpi * PICTURE_DPI), round(room.height() / dpi * PICTURE_DPI)
        )
        if size.width() > most.width() or size.height() > most.height():
            reader.setScaledSize(size.scaled(most, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()
