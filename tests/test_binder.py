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
from python_calamine import CalamineWorkbook

from dangwu_desktop.cli import main
from dangwu_desktop.core.demo import BRANCH_NAME, ensure_demo_village
from dangwu_desktop.core.glossary import ActivityKind, AttachmentKind, Grade
from dangwu_desktop.core.models import Activity, ActivityAttachment
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.appraisals import GradeEntry, save_grades
from dangwu_desktop.core.services.binder import (
    BinderCancelled,
    gather_binder,
    make_binder,
    ordinal,
)
from dangwu_desktop.db.attachments import store_file
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.binder_html import completeness_html
from dangwu_desktop.ledgers import ExportScope, binder_sections, export_named, year_scopes
from dangwu_desktop.ledgers.meetings.binder import appraisal_checks
from dangwu_desktop.ui.binder_pdf import render_binder
from tests.conftest import TODAY, member, place_args


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


# Radicals (CJK Radicals Supplement) that have no compatibility mapping to their character.
SUPPLEMENT = dict(
    zip("⺠⻚⻓⻅⻋⻆⻔⻢⻜⻝⻩⻬⻰⻳⻄⻛", "民页长见车角门马飞食黄齐龙龟西风", strict=True)
)


def _unified(char: str) -> str:
    if char in SUPPLEMENT:
        return SUPPLEMENT[char]
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
        "党员发展、转正和组织关系转接登记",
        "三会一课及其他组织生活记录",
        "三会一课计划报备",
        "学习培训",
        "民主评议党员",
        "党费收缴",
        "发展党员",
        "换届选举",
        "流动党员",
        "三张清单及整改销号",
        "工作报告",
        "党员日常管理记实表（一人一表）",
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
    headings = [mark for mark, _page in entries if not mark.startswith("〔")]
    assert headings == ["一、台账完整性核对表"] + [
        f"{ordinal(n)}、{s.title}" for n, s in enumerate(binder_sections(), start=2)
    ]
    assert len(entries) > 100, entries  # every record, every member's 记实表 too
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


def test_the_appraisal_not_yet_held_is_one_line_and_then_each_member_left_ungraded_is_listed(
    database: Database, branch: None
) -> None:
    """民主评议 (支部工作条例第十八条): before any grade is entered the sheet says it is not yet
    held, in one line rather than the whole roster; once some are graded, each one left is
    named."""
    with database.transaction() as session:
        ids = [
            member_service.add_member(session, member(name=name, id_number=number), TODAY).id
            for name, number in (("张三", "330726199001011238"), ("李四", "330726198001011233"))
        ]
    with database.read() as session:
        (before,) = appraisal_checks(session, ExportScope(TODAY, TODAY.year))
    assert before.gaps == (
        ("未评议", f"{TODAY.year}年度民主评议党员尚未登记评定等次（正式党员2名）"),
    )
    with database.transaction() as session:
        save_grades(session, TODAY.year, [GradeEntry(ids[0], Grade.QUALIFIED)], TODAY)
    with database.read() as session:
        (after,) = appraisal_checks(session, ExportScope(TODAY, TODAY.year))
    assert (after.on_record, after.gaps) == ("已评定1名", (("未评议", "李四（未分组）"),))


def test_quarters_begun_without_a_plan_are_listed(database: Database, branch: None) -> None:
    with database.read() as session:
        binder = gather_binder(session, 2026, date(2026, 4, 15), None)
    plans = next(c for c in binder.checks if c.subject == "季度计划报备")
    assert plans.gaps == (
        ("未制定计划", "2026年第一季度“三会一课”计划"),
        ("未制定计划", "2026年第二季度“三会一课”计划"),
    )


def test_a_term_run_out_and_a_member_behind_on_hours_are_listed(database: Database) -> None:
    """换届 when the term ends (a village branch's committee serves five years), and study
    hours against the share of the year's requirement due by the day (32 a year)."""
    with database.transaction() as session:
        branch_service.save_branch_info(
            session,
            branch_service.BranchInfo(name="中共东岙村支部委员会", secretary="陈静",
                                      term_start=date(2021, 3, 1),
                                      term_end=date(2026, 2, 28)),
        )  # fmt: skip
        member_service.add_member(session, member(), TODAY)
    with database.read() as session:
        binder = gather_binder(session, 2026, date(2026, 7, 1), None)
    elections = next(c for c in binder.checks if c.subject == "换届选举")
    assert elections.gaps == (("任期届满未换届", "本届任期至2026年2月28日，尚未换届"),)
    hours = next(c for c in binder.checks if c.subject == "党员学习培训学时")
    ((kind, text),) = hours.gaps
    assert kind == "学时不足" and text.startswith("张三（未分组）已完成0学时，至2026年7月1日应完成")


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
    # No scanned 签到表 is not judged 齐全 by itself: the attendance entered is what signs in,
    # and the line says so (the record without it is listed above).
    assert records.on_record == "共1条记录，签到以出勤记录为准；0条另附签到表扫描件"


def test_the_completeness_sheets_title_breaks_after_the_branchs_name() -> None:
    """At 20pt the title on one line is wider than A4: it is broken where a reader breaks it."""
    html = completeness_html(BRANCH_NAME, 2026, "2026年4月15日", [], [])
    assert f"<p class='title'>{BRANCH_NAME}<br>2026年度台账完整性核对表</p>" in html


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
    # A folder a section of the PDF with files of its own, numbered as the PDF numbers it (二,
    # 支部基本情况, and 十一, 换届, are in the PDF only).
    assert folders == [
        "01 台账完整性核对表",
        "03 党员花名册及变动情况",
        "04 党员发展、转正和组织关系转接登记",
        "05 三会一课及其他组织生活记录",
        "06 三会一课计划报备",
        "07 学习培训",
        "08 民主评议党员",
        "09 党费收缴",
        "10 发展党员",
        "12 流动党员",
        "13 三张清单及整改销号",
        "14 工作报告",
        "15 党员日常管理记实表（一人一表）",
    ]
    meetings = archive / "05 三会一课及其他组织生活记录"
    files = sorted(p.name for p in meetings.iterdir() if p.is_file())
    assert f"{BRANCH_NAME}{TODAY.year}年会议记录.docx" in files
    # A 动态登记月报 for each month begun, as the township received them.
    monthly = export_named("monthly-return")
    assert [f for f in files if "月报" in f] == [
        monthly.file_name(BRANCH_NAME, scope)
        for scope in year_scopes(monthly, TODAY.year, date.today())  # the command's today
    ]
    assert sorted(p.name for p in (archive / "04 党员发展、转正和组织关系转接登记").iterdir()) == [
        f"{BRANCH_NAME}{TODAY.year}年{title}.xlsx"
        for title in ("新发展党员登记表", "转入党员登记表", "转出党员登记表", "预备党员转正登记表")
    ]
    # The completeness sheet's workbook lists what the PDF could not take, as the PDF does.
    (sheet,) = (archive / "01 台账完整性核对表").iterdir()
    book = CalamineWorkbook.from_path(str(sheet))
    gaps = [str(v) for row in book.get_sheet_by_name("缺漏事项").to_python() for v in row]
    assert any("坏照片.jpg：无法识别的图片格式或文件已损坏" in v for v in gaps), gaps
    assert any("丢失.jpg：数据文件夹中找不到" in v for v in gaps), gaps
    # The theme day's notice, no picture, is kept beside the PDF.
    unbound = meetings / "附件（未装入PDF）"
    assert [p.name.split(" ", 1)[1] for p in unbound.iterdir()] == ["通知.pdf"]
    assert len(list(archive.glob("*.pdf"))) == 1
