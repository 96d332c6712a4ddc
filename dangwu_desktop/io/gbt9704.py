"""Word documents typeset as official documents are (GB/T 9704-2012, DOMAIN.md §7).

A4; margins top 37 mm, left 28 mm, text block 156 × 225 mm; title 2号小标宋; body 3号仿宋, 22 lines
of 28 characters; page numbers 4号宋体 “— 1 —”, odd pages right, even pages left.

python-docx's `font.name` sets only the Latin font, and its template's theme would show Chinese in
a Japanese font on some PCs. So every run names its East Asian font, the document defaults drop
the theme fonts and declare Chinese as the East Asian language, and the font table tells Word and
WPS what to use where a font is missing (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体: fonts every Chinese
Windows has).
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from dangwu_desktop.core.text_rules import printable
from dangwu_desktop.io.atomic import atomic_save

BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"
TITLE_SIZE = Pt(22)  # 2号
BODY_SIZE = Pt(16)  # 3号
SMALL_SIZE = Pt(14)  # 4号
LINE = Pt(28.9)  # 225 mm / 22 lines
TEXT_WIDTH = Mm(156)
INDENT = Pt(32)  # two characters of 3号
# Every font a document names, the font Word and WPS use in its place where it is not installed
# (one that every Chinese Windows 10/11 has), its family class and pitch as Word records them.
# 仿宋_GB2312 and 方正小标宋简体 come with government office PCs, not with Windows: without them the
# text shows in 仿宋 and 宋体 (小标宋 is a heavy 宋, a serif: "roman", never "script", cursive).
FONT_TABLE = (
    (BODY_FONT, "仿宋", "modern", "fixed"),
    ("仿宋", "FangSong", "modern", "fixed"),
    (TITLE_FONT, "宋体", "roman", "variable"),
    (HEADING_FONT, "SimHei", "modern", "fixed"),
    (NUMBER_FONT, "SimSun", "auto", "variable"),
)
# What a stock Chinese Windows 10/11 installs, in the names Word knows them by.
STOCK_WINDOWS_FONTS = frozenset(
    {"宋体", "SimSun", "仿宋", "FangSong", "黑体", "SimHei", "楷体", "KaiTi", "微软雅黑",
     "Microsoft YaHei", LATIN_FONT}
)  # fmt: skip


def new_document() -> DocumentObject:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(24)
    _chinese_defaults(document)
    normal = document.styles["Normal"]
    paragraph_format = normal.paragraph_format
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph_format.line_spacing = LINE
    paragraph_format.space_before = paragraph_format.space_after = Pt(0)
    set_fonts(normal.element, BODY_FONT, BODY_SIZE)
    _page_numbers(document)
    return document


def _chinese_defaults(document: DocumentObject) -> None:
    """Explicit fonts instead of theme fonts everywhere, and Chinese as the East Asian language."""
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    for attribute, value in (
        ("w:ascii", LATIN_FONT),
        ("w:hAnsi", LATIN_FONT),
        ("w:eastAsia", BODY_FONT),
        ("w:cs", LATIN_FONT),
    ):
        fonts.set(qn(attribute), value)
    language = defaults.find(qn("w:lang"))
    language.set(qn("w:val"), "en-US")
    language.set(qn("w:eastAsia"), "zh-CN")


def set_fonts(
    element: object,
    east_asian: str,
    size: Pt | None = None,
    *,
    bold: bool = False,
    latin: str = LATIN_FONT,
) -> None:
    """Name both the Latin and the East Asian font of a run or style (python-docx names only one)."""
    r_pr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute, value in (
        ("w:ascii", latin),
        ("w:hAnsi", latin),
        ("w:eastAsia", east_asian),
    ):
        fonts.set(qn(attribute), value)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            existing = r_pr.find(qn(tag))
            if existing is None:
                existing = OxmlElement(tag)
                r_pr.append(existing)
            existing.set(qn("w:val"), str(int(size.pt * 2)))
    if bold:
        r_pr.append(OxmlElement("w:b"))


def run(
    paragraph: Paragraph,
    text: str,
    font: str = BODY_FONT,
    size: Pt = BODY_SIZE,
    *,
    bold: bool = False,
    latin: str = LATIN_FONT,
    underline: bool = False,
) -> Run:
    result = paragraph.add_run(printable(text))
    set_fonts(result._element, font, size, bold=bold, latin=latin)
    if underline:
        result.underline = True
    return result


def title(
    document: DocumentObject, text: str, *, new_page: bool = False, space_after: Length = LINE
) -> Paragraph:
    """The document title: 2号小标宋, centred, with a blank line after it."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.page_break_before = new_page
    paragraph.paragraph_format.line_spacing = Pt(36)
    paragraph.paragraph_format.space_after = space_after
    for index, line in enumerate(text.split("\n")):
        if index:
            run(paragraph, "", TITLE_FONT, TITLE_SIZE).add_break()
        run(paragraph, line, TITLE_FONT, TITLE_SIZE)
    return paragraph


def heading(
    document: DocumentObject, text: str, size: Pt = BODY_SIZE, line: Length = LINE
) -> Paragraph:
    """A first-level heading as official documents write it: 3号黑体, indented two characters;
    never the last line of a page (kept with the paragraph after it)."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.first_line_indent = Pt(size.pt * 2)
    if line != LINE:
        paragraph.paragraph_format.line_spacing = line
    run(paragraph, text, HEADING_FONT, size)
    return paragraph


def body(
    document: DocumentObject,
    text: str,
    *,
    indent: bool = True,
    size: Pt = BODY_SIZE,
    line: Length = LINE,
) -> list[Paragraph]:
    """One 3号仿宋 paragraph per line of `text`, each indented two characters."""
    paragraphs = []
    for text_line in text.splitlines() or [""]:
        paragraph = document.add_paragraph()
        if indent:
            paragraph.paragraph_format.first_line_indent = Pt(size.pt * 2)
        if line != LINE:
            paragraph.paragraph_format.line_spacing = line
        run(paragraph, text_line.strip(), size=size)
        paragraphs.append(paragraph)
    return paragraphs


def last_paragraph(document: DocumentObject) -> Paragraph | None:
    """The body's last paragraph, found from its end: `document.paragraphs` builds the list of
    every paragraph, which made a year of records (a signature block each) slow to write."""
    paragraph_tag = qn("w:p")
    for element in reversed(document.element.body):
        if element.tag == paragraph_tag:
            return Paragraph(element, document._body)
    return None


def signature_block(
    document: DocumentObject,
    labels: Sequence[str],
    size: Pt = BODY_SIZE,
    line: Length = LINE,
    text_width: Length = TEXT_WIDTH,
) -> Paragraph:
    """The 落款 of a record or form: a blank line, then each label (“主持人（签字）：”) followed by
    an underlined blank to sign on, the labels spread evenly across the text block.

    The blank is an underlined tab up to a tab stop: trailing full-width spaces, the usual way
    of leaving room, are dropped by Word, WPS and Qt at the end of a line. The block is kept
    with the paragraph before it, so a signature never starts a page on its own."""
    previous = last_paragraph(document)
    if previous is not None:
        previous.paragraph_format.keep_with_next = True
    blank = document.add_paragraph()
    blank.paragraph_format.first_line_indent = Pt(0)
    blank.paragraph_format.line_spacing = line
    blank.paragraph_format.keep_with_next = True
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.paragraph_format.line_spacing = line
    width = text_width.pt  # a landscape page's is wider
    slot = width / len(labels)
    stops = paragraph.paragraph_format.tab_stops
    for index, label in enumerate(labels):
        end = slot * (index + 1)
        if index:
            run(paragraph, "\t", size=size)  # to the start of this label's slot
        run(paragraph, label, size=size)
        # the last blank stops short of the margin: a stop on it would wrap to a new line
        blank_end = end - 2 if index == len(labels) - 1 else end - size.pt
        stops.add_tab_stop(Pt(blank_end))
        if index < len(labels) - 1:
            stops.add_tab_stop(Pt(end))
        run(paragraph, "\t", size=size, underline=True)
    return paragraph


def repeat_header_row(row: _Row) -> None:
    """The header row prints again at the top of every page of the table."""
    _row_mark(row, "w:tblHeader")


def keep_row_whole(row: _Row) -> None:
    """A row is not broken across two pages (a short row goes over whole)."""
    _row_mark(row, "w:cantSplit")


def _row_mark(row: _Row, tag: str) -> None:
    mark = OxmlElement(tag)
    mark.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(mark)


def fix_column_widths(table: Table, widths: Sequence[Length]) -> None:
    """Fixed column widths that Word, WPS and LibreOffice all keep (the grid and every cell)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _page_number_paragraph(paragraph: Paragraph, alignment: WD_ALIGN_PARAGRAPH) -> None:
    paragraph.alignment = alignment
    side = "right_indent" if alignment == WD_ALIGN_PARAGRAPH.RIGHT else "left_indent"
    setattr(paragraph.paragraph_format, side, SMALL_SIZE)  # “空一字”
    # The digits are Latin text: without naming 宋体 as the Latin font too they would print in
    # Times New Roman, and the number line must be one family (4号半角宋体).
    run(paragraph, "— ", NUMBER_FONT, SMALL_SIZE, latin=NUMBER_FONT)
    number = run(paragraph, "", NUMBER_FONT, SMALL_SIZE, latin=NUMBER_FONT)
    for kind, text in (
        ("begin", None),
        (None, "PAGE"),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            number._element.append(field)
        elif text == "PAGE":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = " PAGE "
            number._element.append(instruction)
        else:
            shown = OxmlElement("w:t")
            shown.text = text
            number._element.append(shown)
    run(paragraph, " —", NUMBER_FONT, SMALL_SIZE, latin=NUMBER_FONT)


def _page_numbers(document: DocumentObject) -> None:
    """“— 1 —” in 4号宋体: odd pages at the right, even pages at the left, one character in."""
    settings = document.settings.element
    if settings.find(qn("w:evenAndOddHeaders")) is None:
        settings.append(OxmlElement("w:evenAndOddHeaders"))
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    _page_number_paragraph(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number_paragraph(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


def save_document(document: DocumentObject, target: Path) -> Path:
    """Write atomically, with the font table's fallbacks for PCs that lack a font."""

    def write(path: Path) -> None:
        document.save(str(path))
        finish_docx(path)

    return atomic_save(target, write)


def finish_docx(path: Path) -> None:
    """The last step of every .docx written: the font table's fallbacks for Chinese fonts."""
    entries = "".join(
        f'<w:font w:name="{name}"><w:altName w:val="{alternative}"/><w:charset w:val="86"/>'
        f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>'
        for name, alternative, family, pitch in FONT_TABLE
    )
    table = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:font w:name="{LATIN_FONT}"><w:charset w:val="00"/><w:family w:val="roman"/>'
        f'<w:pitch w:val="variable"/></w:font>{entries}</w:fonts>'
    )
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for info, data in members:
            rewritten.writestr(
                info, table.encode("utf-8") if info.filename == "word/fontTable.xml" else data
            )
