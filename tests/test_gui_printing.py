"""Printing through the preview, as a secretary does: 打印/导出 → a print preview, rendered,
then printed (to a PDF here), which is read back to check what lands on the paper."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.pages.activities import ActivitiesPage, Scope
from dangwu_desktop.ui.pages.training import TrainingPage
from tests.conftest import TODAY
from tests.modal import Answerer

MM = 72 / 25.4  # PDF points per millimetre
A4 = (210 * MM, 297 * MM)


@dataclass
class Printed:
    """What the preview showed and what its 打印 put on paper."""

    preview_pages: int
    pdf: pdfium.PdfDocument

    def text(self, page: int) -> str:
        """The page's text, each character as typed (a PDF font may map 人 to the radical ⼈)."""
        raw = str(self.pdf[page].get_textpage().get_text_range())
        return "".join(_unified(char) for char in raw)

    def pitch(self, page: int, text: str, chars: int = 4) -> float:
        """How far apart (in points) the first characters of `text` stand: the font size of
        CJK text, whose characters are all one em wide."""
        textpage = self.pdf[page].get_textpage()
        start = self.text(page).index(text)
        first, last = textpage.get_charbox(start), textpage.get_charbox(start + chars)
        return float(last[0] - first[0]) / chars

    def box(self, page: int, text: str) -> tuple[float, float, float, float]:
        """Left, bottom, right, top of `text` on the page, in points from the bottom-left."""
        textpage = self.pdf[page].get_textpage()
        start = self.text(page).index(text)
        boxes = [textpage.get_charbox(i) for i in range(start, start + len(text))]
        inked = [b for b in boxes if b[2] > b[0]]  # spaces have no extent
        return (
            min(b[0] for b in inked),
            min(b[1] for b in inked),
            max(b[2] for b in inked),
            max(b[3] for b in inked),
        )


def _unified(char: str) -> str:
    """人 for the radical ⼈, which a PDF font's character map may give for it."""
    return unicodedata.normalize("NFKC", char) if "\u2e80" <= char <= "\u2fdf" else char


def print_from_menu(
    qtbot: QtBot, page: ActivitiesPage | TrainingPage, item: str, pdf: Path
) -> Printed:
    """Choose `item` from the page's 打印/导出 menu; in the preview press 打印 (to `pdf`)."""
    shown: list[int] = []

    def print_to_pdf(dialog: QPrintPreviewDialog, preview: QPrintPreviewWidget) -> None:
        shown.append(preview.pageCount())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        preview.print_()

    action = next(a for a in page.ui.outputButton.menu().actions() if a.text() == item)
    with Answerer(on_preview=print_to_pdf) as answerer:
        action.trigger()
    assert answerer.previews and not answerer.stuck, answerer.seen
    return Printed(shown[0], pdfium.PdfDocument(pdf))


@pytest.fixture
def demo(context: AppContext) -> AppContext:
    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    return context


def test_printing_the_selected_record_prints_one_numbered_page_at_the_designed_size(
    qtbot: QtBot, demo: AppContext, tmp_path: Path
) -> None:
    page = ActivitiesPage(demo)
    qtbot.addWidget(page)
    page.load()
    # A 党小组会: a record whose text allows one page (a 党课 of 59 with its 实到 names may not).
    group = next(i for i, row in enumerate(page.model.rows) if row.kind is ActivityKind.GROUP)
    page.ui.table.selectRow(group)
    printed = print_from_menu(qtbot, page, "打印所选记录…", tmp_path / "record.pdf")

    assert printed.preview_pages == 1 and len(printed.pdf) == 1
    assert printed.pdf[0].get_size() == pytest.approx(A4, abs=1)
    text = printed.text(0)
    assert "记录" in text and "主持人（签字）" in text
    # The title is set in 20 pt and the text in 14 pt (仿宋 三号 would be 16; the design is 14),
    # as in record_html's style sheet — not 4/3 larger.
    assert printed.pitch(0, "中共前溪村") == pytest.approx(20, abs=0.6)
    assert printed.pitch(0, "主持人（签字）") == pytest.approx(14, abs=0.5)
    # The text area is the page less its margins (28 mm left, 30 mm top).
    left, _bottom, _right, top = printed.box(0, "中共前溪村")
    assert A4[1] - top == pytest.approx(30 * MM, abs=3 * MM)
    # GB/T 9704: "— 1 —" centred under the text area, about 7 mm below it (25 mm margin).
    left, bottom, right, top = printed.box(0, "— 1 —")
    middle_of_text_area = (28 * MM + (210 - 26) * MM) / 2
    assert (left + right) / 2 == pytest.approx(middle_of_text_area, abs=2)
    assert 25 * MM - (bottom + top) / 2 == pytest.approx(7 * MM, abs=2 * MM)


def test_printing_the_year_numbers_every_record_page(
    qtbot: QtBot, demo: AppContext, tmp_path: Path
) -> None:
    page = ActivitiesPage(demo)
    qtbot.addWidget(page)
    page.load()
    printed = print_from_menu(qtbot, page, "打印本年全部记录…", tmp_path / "year.pdf")

    records = len(page.chosen_records(Scope.YEAR))
    assert printed.preview_pages == len(printed.pdf) >= records > 1
    for number in range(len(printed.pdf)):
        assert f"— {number + 1} —" in printed.text(number)


def test_printing_a_month_asks_which_month_then_prints_it(
    qtbot: QtBot, demo: AppContext, tmp_path: Path
) -> None:
    page = ActivitiesPage(demo)
    qtbot.addWidget(page)
    page.load()
    printed = print_from_menu(qtbot, page, "打印某月全部记录…", tmp_path / "month.pdf")

    assert printed.preview_pages == len(printed.pdf) >= 1
    assert "记录" in printed.text(0) and "— 1 —" in printed.text(0)


def test_the_training_ledger_prints_on_landscape_a4_at_its_designed_size(
    qtbot: QtBot, demo: AppContext, tmp_path: Path
) -> None:
    page = TrainingPage(demo)
    qtbot.addWidget(page)
    page.load()
    printed = print_from_menu(qtbot, page, "打印预览教育培训台账…", tmp_path / "ledger.pdf")

    assert printed.preview_pages == len(printed.pdf) >= 1
    assert printed.pdf[0].get_size() == pytest.approx((A4[1], A4[0]), abs=1)
    assert "党员教育培训台账" in printed.text(0) and "合计" in printed.text(len(printed.pdf) - 1)
    # as the Excel ledger: the 填报日期 under the title, the 填表人 / 审核人 lines at the foot
    assert "填报日期：2026-06-30" in printed.text(0)
    last = printed.text(len(printed.pdf) - 1)
    assert "填表人：" in last and "审核人：" in last
    assert printed.pitch(0, "中共前溪村") == pytest.approx(20, abs=0.6)
    assert "— 1 —" in printed.text(0)


def test_no_printed_page_is_blank(tmp_path: Path, context: AppContext) -> None:
    """A record whose last paragraph ends just above the page's foot prints on one page: Qt
    counts that paragraph's bottom margin as one more page, which came out blank but for "— 2 —"."""
    import dataclasses
    import math
    from datetime import date

    from PySide6.QtGui import QPdfWriter

    from dangwu_desktop.core.services import activities as service
    from dangwu_desktop.io.record_html import records_html
    from dangwu_desktop.ui.printing import a4_printer, html_document, print_html

    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    with context.database.read() as session:
        records = service.record_sheets(session, date(TODAY.year, 1, 1), TODAY)
    printer = a4_printer()

    def longer(record: service.RecordSheet, lines: int) -> service.RecordSheet:
        return dataclasses.replace(record, minutes=record.minutes + "\n讨论发言。" * lines)

    def counted_too_many(html: str) -> bool:
        """Whether Qt counts a page after the one holding the last line of text."""
        document = html_document(html, printer)
        block = document.lastBlock()
        while not block.text().strip():
            block = block.previous()
        bottom = document.documentLayout().blockBoundingRect(block).bottom()
        return document.pageCount() > math.ceil(bottom / document.pageSize().height())

    def foot_gap(html: str) -> float:
        """How far below the last line of text the page ends."""
        document = html_document(html, printer)
        block = document.lastBlock()
        while not block.text().strip():
            block = block.previous()
        bottom = document.documentLayout().blockBoundingRect(block).bottom()
        height = document.pageSize().height()
        return math.ceil(bottom / height) * height - bottom

    candidates = [
        records_html([longer(record, lines)], "支部")
        for record in records[:3]
        for lines in range(40)
    ]
    # A record now ends in its signature table, kept with the text before it, and Qt may never
    # count a page too many for it; then the one that ends nearest the foot of its page.
    html = next((h for h in candidates if counted_too_many(h)), None) or min(
        candidates, key=foot_gap
    )
    target = tmp_path / "record.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageLayout(printer.pageLayout())
    writer.setResolution(300)
    print_html(html, writer)
    del writer  # the file is complete once the writer is gone
    pdf = pdfium.PdfDocument(str(target))
    pages = [str(pdf[index].get_textpage().get_text_range()) for index in range(len(pdf))]
    pdf.close()
    blank = [n for n, text in enumerate(pages, start=1) if "".join(text.split()) == f"—{n}—"]
    assert blank == []


def test_the_signatures_never_start_a_printed_page_alone(context: AppContext) -> None:
    """Whatever the length of the minutes, the 落款 (its blank line and the signature table) is
    on the page of the paragraph before it, and a heading on the page of its first paragraph."""
    import dataclasses
    import math
    from datetime import date

    from dangwu_desktop.core.services import activities as service
    from dangwu_desktop.io.record_html import records_html
    from dangwu_desktop.ui.printing import a4_printer, html_document

    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    with context.database.read() as session:
        record = next(
            r for r in service.record_sheets(session, date(TODAY.year, 1, 1), TODAY) if r.decisions
        )
    printer = a4_printer()
    for lines in range(0, 40, 3):
        longer = dataclasses.replace(record, minutes=record.minutes + "\n讨论发言。" * lines)
        document = html_document(records_html([longer], "支部"), printer)
        layout, height = document.documentLayout(), document.pageSize().height()

        def page(y: float) -> int:
            return math.floor(y / height)  # noqa: B023

        texts = []
        block = document.begin()
        while block.isValid():
            texts.append((block.text(), layout.blockBoundingRect(block)))
            block = block.next()
        sign = next(i for i, (text, _) in enumerate(texts) if text.startswith("主持人（签字）"))
        before = max(i for i, (text, _) in enumerate(texts[: sign - 1]) if text.strip())
        assert page(texts[before][1].top()) == page(texts[sign][1].bottom() - 1), lines
        headings = [i for i, (text, _) in enumerate(texts) if text in ("议题", "会议记录", "决议")]
        assert len(headings) >= 2
        for index in headings:
            assert page(texts[index][1].top()) == page(texts[index + 1][1].bottom() - 1)


def test_the_printed_blank_to_sign_on_is_a_ruled_cell_not_trailing_spaces() -> None:
    from dangwu_desktop.io.record_html import signature_html

    html = signature_html(("主持人（签字）：", "记录人（签字）："))
    assert "\u3000" not in html
    assert html.count("border-bottom-style: solid") == 2


def test_a_blank_sign_in_sheet_is_printed_for_a_planned_meeting(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """In the 季度计划, select a planned 党小组会 and press 打印签到表: the sheet lists the group's
    members due on that day, each with an empty cell to sign in, under the meeting's heading."""
    from PySide6.QtCore import Qt

    from dangwu_desktop.ui.dialogs.plan_dialog import KIND, PlanDialog

    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    dialog = PlanDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.quarterCombo.setCurrentIndex(3)  # the fourth quarter, still to come
    dialog.ui.suggestButton.click()
    table = dialog.ui.planTable
    row = next(
        r for r in range(table.rowCount()) if table.cellWidget(r, KIND).currentText() == "党小组会"
    )
    table.setCurrentCell(row, 3)
    pdf = tmp_path / "sign-in.pdf"

    def print_to_pdf(preview_dialog: QPrintPreviewDialog, preview: QPrintPreviewWidget) -> None:
        printer = preview_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        preview.print_()

    with Answerer(on_preview=print_to_pdf) as answerer:
        qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
    assert [title for title, _pages in answerer.previews] == ["打印签到表 — 党小组会（第一党小组）"]
    document = pdfium.PdfDocument(pdf)
    words = "".join(str(document[0].get_textpage().get_text_range()).split())
    text = "".join(_unified(c) for c in words)
    document.close()
    assert "第一党小组）签到表" in text and "本人签名" in text
    assert "陈静" in text  # the group's leader, due like its members


def test_the_sign_in_sheet_leaves_room_that_qt_keeps() -> None:
    """Room to write the hour and the number present in: Qt collapses full-width spaces."""
    from datetime import date

    from dangwu_desktop.core.glossary import ActivityKind
    from dangwu_desktop.core.services.activities import SignInSheet
    from dangwu_desktop.io.record_html import sign_in_html

    sheet = SignInSheet(ActivityKind.COMMITTEE, date(2026, 10, 5), "传达学习", "", "陈静", "", ())
    html = sign_in_html(sheet, "中共前溪村支部委员会")
    assert "\u3000" not in html
    assert "2026年10月5日&nbsp;&nbsp;" in html and "实到&nbsp;&nbsp;" in html


def test_a_record_of_a_crowded_meeting_prints_on_one_page_when_its_text_allows(
    context: AppContext,
) -> None:
    """A record fits one A4 page when its text allows: with thirty or more present, the printed
    record is set a size smaller (names present smaller still), as the Word record is."""
    from datetime import date

    from dangwu_desktop.core.services.activities import record_sheets
    from dangwu_desktop.io.record_html import records_html
    from dangwu_desktop.ui.printing import a4_printer, html_document

    with context.database.transaction() as session:
        ensure_demo_village(session, TODAY)
    with context.database.read() as session:
        sheets = record_sheets(session, date(TODAY.year, 1, 1), TODAY, held=True)
    crowded = [
        s for s in sheets
        if s.kind in (ActivityKind.LECTURE, ActivityKind.LIFE_MEETING, ActivityKind.APPRAISAL)
    ]  # fmt: skip
    assert crowded and all(len(s.present) >= 30 for s in crowded)
    for sheet in crowded:
        document = html_document(records_html([sheet], "中共东岙村支部委员会"), a4_printer())
        assert document.pageCount() == 1, (sheet.date, sheet.kind)
