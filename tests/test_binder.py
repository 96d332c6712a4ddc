"""迎检: the year's archive — its sections in the township's order as the ledgers declare them,
the completeness sheet that lists every gap, and the PDF read back: each 目录 entry's page
number is the page its title stands on, every page but the cover numbered "— N —", each record
followed by its pictures, and a file that cannot be read listed, never silently left out."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PySide6.QtGui import QColor, QImage

from dangwu_desktop.cli import main
from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.core.glossary import ActivityKind, AttachmentKind
from dangwu_desktop.core.models import Activity, ActivityAttachment
from dangwu_desktop.core.services.binder import BinderCancelled, gather_binder, make_binder
from dangwu_desktop.db.attachments import store_file
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers import binder_sections
from dangwu_desktop.ui.binder_pdf import render_binder
from tests.conftest import TODAY, place_args


def text_of(pdf: pdfium.PdfDocument, page: int) -> str:
    """A page's text line by line as it stands, each character as typed (a PDF font may map 人
    to the radical ⼈). The lines are rebuilt from where the characters stand: on a document's
    second and later pages pdfium's own text breaks a line after every character."""
    textpage = pdf[page].get_textpage()
    rows: dict[int, list[tuple[float, float, str]]] = {}
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if char in "\r\n":
            continue
        left, bottom, right, _top = textpage.get_charbox(index, loose=True)
        rows.setdefault(round(bottom), []).append((left, right, _unified(char)))
    lines = []
    for _bottom, chars in sorted(rows.items(), reverse=True):
        chars.sort()
        line, end = "", None
        for left, right, char in chars:
            if end is not None and left - end > 3 and not line.endswith(" "):
                line += " "
            line += char
            end = right
        lines.append(line)
    return "\n".join(lines)


def _unified(char: str) -> str:
    return unicodedata.normalize("NFKC", char) if "\u2e80" <= char <= "\u2fdf" else char


SECTION_LINE = re.compile(r"^([一二三四五六七八九十]+)、(\S+) (\d+)$")
ITEM_LINE = re.compile(r"^(\d+-\d+) (.+) (\d+)$")


def contents(pdf: pdfium.PdfDocument) -> list[tuple[str, int]]:
    """The 目录's entries as (what stands on the entry's page, page number): the 目录 starts
    after the cover and ends before its first entry, the completeness sheet."""
    entries: list[tuple[str, int]] = []
    page = 1
    while not entries or page < entries[0][1] - 1:
        for line in text_of(pdf, page).splitlines():
            line = line.strip()
            if found := SECTION_LINE.match(line):
                entries.append((f"{found[1]}、{found[2]}", int(found[3])))
            elif found := ITEM_LINE.match(line):
                entries.append((f"〔{found[1]}〕", int(found[3])))
        page += 1
    return entries


def test_the_sections_come_in_the_townships_usual_order() -> None:
    assert [s.title for s in binder_sections()] == [
        "支部基本情况和支部委员会",
        "党员花名册及变动情况",
        "三会一课及其他组织生活记录",
        "学习培训",
        "民主评议党员",
        "党费收缴",
        "发展党员",
        "流动党员",
    ]


def photo(path: Path, color: str = "#c03030") -> Path:
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


@pytest.fixture
def demo_with_files(database: Database, tmp_path: Path, qapp: object) -> Database:
    """The demo village, its first 支部委员会 with a sign-in sheet's scan and a photo, its
    first 主题党日 with a "photo" that is no picture at all, a notice in PDF (not a picture
    either: kept beside the archive's PDF) and a sign-in sheet whose file has gone."""
    if database.file_path is None:
        pytest.skip("attachments are kept beside a database file")
    folder = database.file_path.parent / "attachments"
    with database.transaction() as session:
        ensure_demo_village(session, TODAY)
        committee = (
            session.query(Activity)
            .filter_by(kind=ActivityKind.COMMITTEE, belongs_to_year=TODAY.year)
            .order_by(Activity.date)
            .first()
        )
        theme = (
            session.query(Activity)
            .filter_by(kind=ActivityKind.THEME_DAY, belongs_to_year=TODAY.year)
            .order_by(Activity.date)
            .first()
        )
        assert committee is not None and theme is not None
        broken = tmp_path / "坏照片.jpg"
        broken.write_bytes(b"not a picture")
        notice = tmp_path / "通知.pdf"
        notice.write_bytes(b"%PDF-1.4 a notice")
        kept = [
            (
                committee,
                AttachmentKind.PHOTO,
                store_file(photo(tmp_path / "会场.png", "#3030c0"), folder, 1 << 24),
            ),
            (
                committee,
                AttachmentKind.SIGN_IN,
                store_file(photo(tmp_path / "签到.png"), folder, 1 << 24),
            ),
            (theme, AttachmentKind.PHOTO, store_file(broken, folder, 1 << 24)),
            (theme, AttachmentKind.NOTICE, store_file(notice, folder, 1 << 24)),
        ]
        for activity, kind, stored in kept:
            session.add(
                ActivityAttachment(
                    activity_id=activity.id, kind=kind, original_name=stored.original_name,
                    sha256=stored.sha256, size=stored.size, stored_name=stored.stored_name,
                    added_at=datetime(TODAY.year, 1, 5),
                )
            )  # fmt: skip
        session.add(
            ActivityAttachment(
                activity_id=theme.id, kind=AttachmentKind.SIGN_IN, original_name="丢失.jpg",
                sha256="0" * 64, size=10, stored_name="00/gone.jpg",
                added_at=datetime(TODAY.year, 1, 5),
            )
        )  # fmt: skip
    return database


def test_every_contents_entry_gives_the_page_its_title_stands_on(
    demo_with_files: Database, tmp_path: Path
) -> None:
    written = make_binder(demo_with_files, TODAY.year, tmp_path / "档案", TODAY, render_binder)
    pdf = pdfium.PdfDocument(written.pdf)
    assert written.pages == len(pdf) > 50
    entries = contents(pdf)
    assert len(entries) > 30 and entries[-3][0] == "九、流动党员", entries  # every record too
    assert entries[0] == ("一、台账完整性核对表", entries[0][1])
    for mark, page in entries:
        assert mark in text_of(pdf, page - 1), (mark, page)
        if mark.startswith("〔"):  # a document starts on its page, not before
            assert mark not in text_of(pdf, page - 2), (mark, page)
    # "— N —" under every page but the cover.
    assert "—" not in text_of(pdf, 0)
    for page in range(1, len(pdf)):
        assert f"— {page + 1} —" in text_of(pdf, page), page + 1


def test_a_records_pictures_follow_it_and_files_that_cannot_be_bound_are_listed(
    demo_with_files: Database, tmp_path: Path
) -> None:
    written = make_binder(demo_with_files, TODAY.year, tmp_path, TODAY, render_binder)
    pdf = pdfium.PdfDocument(written.pdf)
    pages = [text_of(pdf, n) for n in range(len(pdf))]
    first = next(n for n, t in enumerate(pages) if "支部委员会会议记录" in t)
    drawn = [
        n for n in range(len(pdf))
        if any(True for _ in pdf[n].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
    ]  # fmt: skip
    # The record's page (its 附件 row names the files), then the 签到表, then the photo: a
    # picture each, under its caption.
    assert "附件" in pages[first] and "签到表：签到.png" in pages[first]
    assert len(drawn) == 2, drawn
    sign_in, picture = drawn
    assert first < sign_in and picture == sign_in + 1
    assert "签到表：签到.png" in pages[sign_in] and "照片：会场.png" in pages[picture]
    completeness = "".join("".join(pages[:first]).split())  # a long gap wraps in its cell
    assert "坏照片.jpg：无法识别的图片格式或文件已损坏" in completeness
    assert "丢失.jpg：数据文件夹中找不到" in completeness
    assert "通知.pdf：不是图片" in completeness
    assert "坏照片.jpg" not in "".join(pages[first:])  # listed, not bound


def test_the_completeness_sheet_lists_what_the_rules_asked_and_what_is_missing(
    database: Database, branch: None
) -> None:
    """A branch with nothing on record: every month's 主题党日 since January is listed as not
    held, one by one (April's as still to hold), and the sections still have their pages."""
    with database.read() as session:
        binder = gather_binder(session, 2026, date(2026, 4, 15), None)
    theme_day = next(c for c in binder.checks if c.subject == "主题党日")
    assert theme_day.required == "每月一次，至今应开展4次"
    assert theme_day.on_record == "已开展0期"
    assert theme_day.gaps == (
        ("未开展", "主题党日　1月"),
        ("未开展", "主题党日　2月"),
        ("未开展", "主题党日　3月"),
        ("本期尚未开展", "主题党日　4月"),
    )
    records = next(s for s in binder.sections if s.title == "三会一课及其他组织生活记录")
    assert [i.title for i in records.items] == ["三会一课及其他组织生活记录（本年度无记录）"]


def test_a_record_without_attendance_or_minutes_is_listed(database: Database, branch: None) -> None:
    with database.transaction() as session:
        session.add(Activity(kind=ActivityKind.THEME_DAY, date=date(2026, 2, 5), place="村部",
                             title="", host="陈静", recorder="", minutes="", decisions="",
                             belongs_to_year=2026, entered_at=datetime(2026, 2, 5)))  # fmt: skip
    with database.read() as session:
        binder = gather_binder(session, 2026, date(2026, 4, 15), None)
    records = next(c for c in binder.checks if c.subject == "会议记录")
    assert records.gaps == (
        ("记录不全", "2026年2月5日　主题党日：没有登记出席情况"),
        ("记录不全", "2026年2月5日　主题党日：没有会议记录内容"),
    )


def test_a_cancelled_archive_leaves_nothing_behind(
    demo_with_files: Database, tmp_path: Path
) -> None:
    asked: list[int] = []

    def cancel_midway(done: int, total: int) -> bool:
        asked.append(done)
        return done < 50  # 取消 pressed once the PDF is under way

    with pytest.raises(BinderCancelled):
        make_binder(demo_with_files, TODAY.year, tmp_path / "out", TODAY, render_binder,
                    cancel_midway)  # fmt: skip
    assert max(asked) >= 50
    assert list((tmp_path / "out").iterdir()) == []


def test_the_command_line_makes_the_archive_with_its_word_and_excel_folders(
    demo_with_files: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "迎检"
    code = main(
        [*place_args(demo_with_files), "binder", "--year", str(TODAY.year), "--to", str(out)]
    )
    said = capsys.readouterr()
    assert code == 0, said.err
    (archive,) = out.iterdir()
    assert f"已生成{TODAY.year}年度台账档案" in said.out and str(archive) in said.out
    folders = sorted(p.name for p in archive.iterdir() if p.is_dir())
    assert folders[:3] == [
        "03 党员花名册及变动情况",
        "04 三会一课及其他组织生活记录",
        "05 学习培训",
    ]
    assert any(p.suffix == ".docx" for p in (archive / "04 三会一课及其他组织生活记录").iterdir())
    # The theme day's notice, no picture, is kept beside the PDF.
    unbound = archive / "04 三会一课及其他组织生活记录" / "附件（未装入PDF）"
    assert [p.name.split(" ", 1)[1] for p in unbound.iterdir()] == ["通知.pdf"]
    assert len(list(archive.glob("*.pdf"))) == 1
