"""Meeting records in Word (GB/T 9704) and the 三会一课 ledgers in Excel."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from dangwu_desktop.core.demo import BRANCH_NAME, build_demo_village
from dangwu_desktop.core.services.activities import RecordSheet, record_sheets, schedule_for_year
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.meeting_ledgers_xlsx import export_ledger, export_monthly
from dangwu_desktop.io.meeting_records_docx import export_records

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(database: Database) -> Database:
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    return database


def sheets(database: Database, first: date, last: date) -> list[RecordSheet]:
    with database.read() as session:
        return record_sheets(session, first, last)


def test_word_records_follow_gbt_9704(demo: Database, tmp_path: Path) -> None:
    records = sheets(demo, date(2026, 9, 1), date(2026, 9, 30))
    path = export_records(tmp_path / "九月会议记录.docx", records, BRANCH_NAME)
    document = Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (37, 28)
    assert round(section.page_width.mm - section.left_margin.mm - section.right_margin.mm) == 156
    assert round(section.page_height.mm - section.top_margin.mm - section.bottom_margin.mm) == 225
    titles = [
        p
        for p in document.paragraphs
        if p.runs and p.runs[0].font.size and p.runs[0].font.size.pt == 22
    ]
    assert len(titles) == len(records)  # one record per page, each under its own title
    assert all(t.paragraph_format.page_break_before for t in titles[1:])
    east_asian = {
        r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in document.paragraphs for r in p.runs
    }
    assert {"方正小标宋简体", "仿宋_GB2312", "黑体"} <= east_asian
    footer_text = "".join(r.text for r in section.footer.paragraphs[0].runs)
    assert footer_text.startswith("— ") and footer_text.endswith(" —")
    assert document.settings.element.find(qn("w:evenAndOddHeaders")) is not None


def test_word_defaults_are_chinese_not_theme_fonts(demo: Database, tmp_path: Path) -> None:
    path = export_records(
        tmp_path / "r.docx", sheets(demo, date(2026, 9, 1), date(2026, 9, 10)), BRANCH_NAME
    )
    with zipfile.ZipFile(path) as package:
        styles = package.read("word/styles.xml").decode()
        fonts = package.read("word/fontTable.xml").decode()
    assert "eastAsiaTheme" not in styles and 'w:eastAsia="zh-CN"' in styles
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in fonts
    assert '<w:font w:name="仿宋"><w:altName w:val="FangSong"/>' in fonts
    assert "ＭＳ" not in fonts  # no Japanese fallback


def test_word_record_content(demo: Database, tmp_path: Path) -> None:
    record = next(
        r
        for r in sheets(demo, date(2026, 1, 1), date(2026, 12, 31))
        if r.kind.value == "支部党员大会"
    )
    document = Document(str(export_records(tmp_path / "one.docx", [record], BRANCH_NAME)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert f"{BRANCH_NAME}\n支部党员大会记录" in text.replace("\n\n", "\n")
    full = record.expected - record.expected_probationary
    split = f"{record.expected}人（正式党员{full}人，预备党员{record.expected_probationary}人）"
    assert "应到人数" in cells and split in cells
    assert "有表决权的党员" in cells
    assert f"应到{record.voters_due}人，实到{record.voters_present}人" in cells
    assert "实到人员" in cells and "、".join(record.present) in cells
    assert "议题" in text and record.topics[0] in text and "决议" in text
    assert "主持人（签字）" in text


def test_ledger_has_a_row_per_record(demo: Database, tmp_path: Path) -> None:
    records = sheets(demo, date(2026, 1, 1), date(2026, 12, 31))
    path = export_ledger(tmp_path / "台账.xlsx", records, BRANCH_NAME, 2026, TODAY)
    sheet = load_workbook(path).active
    assert sheet["A1"].value == f"{BRANCH_NAME}2026年“三会一课”台账"
    header = [c.value for c in sheet[3]]
    assert header[:4] == ["序号", "日期", "类别", "主题 / 议题"]
    body = list(sheet.iter_rows(min_row=4, max_row=3 + len(records), values_only=True))
    assert len(body) == len(records) and body[0][1].date() == records[0].date
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$3"


def test_monthly_report_lists_each_required_kind(demo: Database, tmp_path: Path) -> None:
    with demo.read() as session:
        schedule = schedule_for_year(session, 2026, TODAY)
    path = export_monthly(tmp_path / "月报.xlsx", schedule, BRANCH_NAME, 2026, 10, TODAY)
    rows = {
        row[0]: row
        for row in load_workbook(path).active.iter_rows(min_row=4, values_only=True)
        if row[0]
    }
    assert rows["主题党日"][2:5] == (1, "2026-10-10", "已开展")
    # the 支部党员大会 that voted on the demo's 转正 (6 days after the year ended) is Q4's
    assert rows["支部党员大会"][2:5] == (1, "2026-10-27", "已开展")
    # The demo's January 组织生活会 was 2025's (所属年度): 2026's own is still to be held.
    assert rows["组织生活会"][4] == "本期待开展"
    assert rows["党课"][6].startswith(
        "《中国共产党支部工作条例（试行）》第十六条："
    )  # its own article


def test_a_ledger_ends_with_its_year_total(demo: Database, tmp_path: Path) -> None:
    """Issue 18: the 三会一课台账 ends with a 年度合计 line: records by kind, 应到, 实到, 参会率."""
    records = sheets(demo, date(2026, 1, 1), date(2026, 12, 31))
    path = export_ledger(tmp_path / "台账.xlsx", records, BRANCH_NAME, 2026, TODAY)
    body = [row for row in load_workbook(path).active.iter_rows(min_row=4, values_only=True)]
    total = body[len(records)]
    expected = sum(r.expected for r in records)
    present = sum(len(r.present) for r in records)
    assert total[2] == "年度合计" and total[3].startswith(f"共{len(records)}次：")
    lectures = sum(r.kind.value == "党课" for r in records)
    assert f"党课{lectures}次" in total[3]
    assert total[7:10] == (
        expected,
        present,
        f"参会率{present}/{expected}（{present / expected:.1%}）",
    )


def test_the_monthly_return_gives_the_months_collective_study_and_attendance(
    demo: Database, tmp_path: Path
) -> None:
    """Issue 18: the 月报 adds 集中学习 (the month's collective study, from 学习培训) and each
    kind's 参会率 (实到 of 应到 at the month's meetings)."""
    from dangwu_desktop.ledgers import ExportScope, export_named

    monthly = export_named("monthly-return")
    scope = ExportScope(TODAY, 2026, month=10)
    with demo.read() as session:
        gathered = monthly.gather(session, scope)
    sheet = load_workbook(
        monthly.write(tmp_path / "月报.xlsx", gathered, BRANCH_NAME, scope)
    ).active
    assert [c.value for c in sheet[3]][4:7] == ["完成情况", "参会率", "依据"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=4, values_only=True) if row[0]}
    october = sheets(demo, date(2026, 10, 1), date(2026, 10, 31))
    theme = [r for r in october if r.kind.value == "主题党日"]
    present, expected = sum(len(r.present) for r in theme), sum(r.expected for r in theme)
    assert rows["主题党日"][5] == f"{present}/{expected}（{present / expected:.1%}）"
    with demo.read() as session:
        from dangwu_desktop.core.services.training import training_sessions

        study = [
            s for s in training_sessions(session, 2026)
            if s.date.month == 10 and s.kind.value not in ("自学", "线上学习")
        ]  # fmt: skip
    assert study and rows["集中学习"][2] == len(study)
    assert rows["集中学习"][3] == "、".join(f"{s.date:%Y-%m-%d}" for s in study)
    assert rows["集中学习"][4].startswith("已开展")


def test_old_records_holding_control_characters_still_export_to_word(
    demo: Database, tmp_path: Path
) -> None:
    """Text stored before the text rule (issue 14) may hold a Word line break pasted as U+000B or
    a stray control character; the record still prints, the break as a break, the rest dropped."""
    from sqlalchemy import select

    from dangwu_desktop.core.models import Activity

    with demo.transaction() as session:
        activity = session.scalars(select(Activity).order_by(Activity.date)).first()
        assert activity is not None
        # A NUL only an SQLite file can have kept: a PostgreSQL text column never holds one.
        nul = "\x00" if demo.is_sqlite else ""
        activity.minutes = f"一、传达学习\x0b二、讨论\x07{nul}（略）\u202e"
        first = activity.date
    record = sheets(demo, first, first)[0]
    document = Document(str(export_records(tmp_path / "old.docx", [record], BRANCH_NAME)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "一、传达学习\n二、讨论（略）" in text


def test_every_font_a_record_names_exists_on_a_stock_chinese_windows_or_falls_back_to_one(
    demo: Database, tmp_path: Path
) -> None:
    """仿宋_GB2312 and 方正小标宋简体 are not on a stock Windows 10/11 (issue 15): each font the
    document uses must be there, or its font-table entry must name one that is; and a 宋 title
    font is no cursive ("script") family."""
    import re

    from dangwu_desktop.io.gbt9704 import STOCK_WINDOWS_FONTS

    path = export_records(
        tmp_path / "r.docx", sheets(demo, date(2026, 9, 1), date(2026, 9, 10)), BRANCH_NAME
    )
    with zipfile.ZipFile(path) as package:
        document = package.read("word/document.xml").decode()
        styles = package.read("word/styles.xml").decode()
        table = package.read("word/fontTable.xml").decode()
    defaults = styles[styles.index("<w:docDefaults>") : styles.index("</w:docDefaults>")]
    normal = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', styles, re.S)
    assert normal is not None
    used = set(re.findall(r'w:(?:eastAsia|ascii|hAnsi)="([^"]+)"', document + defaults + normal[0]))
    used.discard("zh-CN")
    fallback = dict(re.findall(r'<w:font w:name="([^"]+)"><w:altName w:val="([^"]+)"/>', table))
    for font in used:
        assert font in STOCK_WINDOWS_FONTS or fallback.get(font) in STOCK_WINDOWS_FONTS, font
    assert "方正小标宋简体" in used and fallback["方正小标宋简体"] == "宋体"
    assert 'w:val="script"' not in table


def signature_paragraphs(document: Any) -> list[Any]:
    return [p for p in document.paragraphs if p.text.startswith("主持人（签字）")]


def test_the_blank_to_sign_on_survives_and_the_signatures_stay_with_the_record(
    demo: Database, tmp_path: Path
) -> None:
    """Trailing full-width spaces are dropped by Word, WPS and Qt: the blank after each label is
    an underlined tab to a tab stop. The 落款 has a blank line above it, and the paragraph
    before is kept with it, so the signatures never start a page alone."""
    records = sheets(demo, date(2026, 9, 1), date(2026, 9, 30))
    document = Document(str(export_records(tmp_path / "r.docx", records, BRANCH_NAME)))
    signatures = signature_paragraphs(document)
    assert len(signatures) == len(records)
    paragraphs = document.paragraphs
    for signature in signatures:
        assert not signature.text.rstrip("\t").endswith("\u3000")
        blanks = [r for r in signature.runs if r.text == "\t" and r.underline]
        assert len(blanks) == 2  # one for the 主持人, one for the 记录人
        assert len(signature.paragraph_format.tab_stops) >= 2
        index = next(i for i, p in enumerate(paragraphs) if p._p is signature._p)
        blank_line, text_before = paragraphs[index - 1], paragraphs[index - 2]
        assert blank_line.text == "" and blank_line.paragraph_format.keep_with_next
        assert text_before.text and text_before.paragraph_format.keep_with_next


def test_a_heading_is_kept_with_the_text_under_it(demo: Database, tmp_path: Path) -> None:
    records = sheets(demo, date(2026, 9, 1), date(2026, 9, 30))
    document = Document(str(export_records(tmp_path / "r.docx", records, BRANCH_NAME)))
    headings = [p for p in document.paragraphs if p.text in ("议题", "会议记录", "决议")]
    assert headings and all(h.paragraph_format.keep_with_next for h in headings)


def test_page_number_digits_are_in_song_not_times_new_roman(demo: Database, tmp_path: Path) -> None:
    records = sheets(demo, date(2026, 9, 1), date(2026, 9, 10))
    document = Document(str(export_records(tmp_path / "r.docx", records, BRANCH_NAME)))
    section = document.sections[0]
    for footer in (section.footer, section.even_page_footer):
        for run in footer.paragraphs[0].runs:
            fonts = run._element.rPr.rFonts
            assert {fonts.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:eastAsia")} == {"宋体"}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to lay pages out")
def test_an_ordinary_record_fits_one_a4_page(demo: Database, tmp_path: Path) -> None:
    """Measured, not estimated: LibreOffice lays the records of a month out. A 支部委员会会议 and
    a 党小组会 of the demo village each take one page (at 3号 on the 公文 grid each took two),
    and so do a 支部党员大会 and a 党课 with some fifty names present (their names ran to a
    second page that held only the last lines and the signatures)."""
    kinds = ("支部委员会会议", "党小组会", "支部党员大会", "党课")
    records = [
        r for r in sheets(demo, date(2026, 9, 1), date(2026, 10, 31)) if r.kind.value in kinds
    ]
    crowded = [r for r in records if r.kind.value in kinds[2:]]
    assert len(crowded) >= 3 and min(len(r.present) for r in crowded) >= 45
    path = export_records(tmp_path / "records.docx", records, BRANCH_NAME)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = (tmp_path / "records.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert len(records) >= 8 and pages == len(records)
