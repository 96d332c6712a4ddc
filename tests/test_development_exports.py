"""The 发展党员 files a township inspector reads: the 入党积极分子培养考察登记表 and the 全程纪实表
(Word, a person's pages), the 归档 checklist (Word, to tick by hand), the year's 发展党员工作台账
(Excel, also a sheet of the workbook) and the township's 发展指标; each agreeing with the
pipeline and the timeline the page shows, with dates in one form per document."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select

from dangwu_desktop.cli import main
from dangwu_desktop.core.demo import build_demo_village
from dangwu_desktop.core.models import AuditEntry
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers import ExportScope, PersonRef, export_named
from dangwu_desktop.ledgers.development.files import (
    Filed,
    PersonFile,
    development_book,
    person_file,
    quota,
    set_quota,
)
from dangwu_desktop.ledgers.development.report import (
    development,
    development_summary,
    development_text,
)
from dangwu_desktop.ledgers.development.service import (
    DocumentInput,
    StepInput,
    add_person,
    pipeline,
    record_step,
)
from tests.conftest import place_args
from tests.test_development_service import ZHOU

TODAY = date(2026, 11, 30)
BRANCH = "中共前溪村支部委员会"
YEAR = ExportScope(TODAY, 2026)
WRITTEN_DAY = re.compile(r"\d{1,2}月\d{1,2}日")
NUMERIC_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
LEADING_ZERO = re.compile(r"(?:年|^|[^0-9])0[1-9]月|月0[1-9]日")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """The demo village on 2026-11-30: a 预备党员 admitted in July with their whole file, an
    applicant whose talk is overdue, an 积极分子 and a 发展对象."""
    from dangwu_desktop.db.startup import open_database

    database = open_database(tmp_path_factory.mktemp("development") / "demo.sqlite3")
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    return database


def _files(database: Database) -> dict[str, PersonFile]:
    with database.read() as session:
        return {f.ref.name: f for f in development_book(session, YEAR).files}


def _late(files: dict[str, PersonFile]) -> PersonFile:
    """The demo's applicant nobody has talked with (the talk is overdue)."""
    (late,) = [f for f in files.values() if f.overdue]
    return late


def _admitted(files: dict[str, PersonFile]) -> PersonFile:
    (admitted,) = [f for f in files.values() if f.day("admission")]
    return admitted


def _write(database: Database, key: str, scope: ExportScope, folder: Path) -> Path:
    export = export_named(key)
    with database.read() as session:
        gathered = export.gather(session, scope)
    return export.write(folder / export.file_name(BRANCH, scope), gathered, BRANCH, scope)


def _texts(path: Path) -> list[str]:
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return texts


def _one_form_of_date(texts: list[str]) -> None:
    assert not [t for t in texts if NUMERIC_DAY.search(t)], "a Word form writes 2026年7月4日"
    assert not [t for t in texts if LEADING_ZERO.search(t)]


def _for(file: PersonFile) -> ExportScope:
    return ExportScope(TODAY, 2026, person=PersonRef(file.ref.id, file.ref.name))


# 发展党员工作台账


def test_the_ledger_has_a_row_a_file_with_its_key_dates_and_what_is_late(
    demo: Database, tmp_path: Path
) -> None:
    files = _files(demo)
    path = _write(demo, "development-ledger", YEAR, tmp_path)
    assert path.name == f"{BRANCH}2026年发展党员工作台账.xlsx"
    sheet = load_workbook(path)["2026年发展党员台账"]
    assert sheet["A1"].value == f"{BRANCH}2026年发展党员工作台账"
    header = [c.value for c in sheet[3]]
    assert header == [
        "序号", "姓名", "性别", "申请", "谈话", "确定积极分子", "确定发展对象", "政治审查",
        "集中培训", "公示", "支部大会接收", "上级党委审批", "入党宣誓", "转正", "所处阶段",
        "下一步及期限", "超期和提示",
    ]  # fmt: skip
    rows = {
        row[1]: dict(zip(header, row, strict=True))
        for row in sheet.iter_rows(min_row=4, max_row=3 + len(files), values_only=True)
    }
    with demo.read() as session:
        stands = {s.name: s for s in pipeline(session, TODAY)}
    assert set(rows) == set(files) == set(stands)
    admitted, late = _admitted(files), _late(files)
    mine = rows[admitted.ref.name]
    # dates are dates the sheet can sort, shown 2026-07-04, and say what the timeline says
    assert mine["支部大会接收"].date() == admitted.day("admission")
    assert sheet.cell(4 + list(rows).index(admitted.ref.name), 11).number_format == "yyyy-mm-dd"
    assert mine["申请"].date() == admitted.day("application")
    assert mine["入党宣誓"].date() == admitted.day("oath")
    start, end = admitted.publicity or (None, None)
    assert mine["公示"] == f"{start:%Y-%m-%d}至\n{end:%Y-%m-%d}"
    assert mine["所处阶段"] == stands[admitted.ref.name].stage_name == "预备党员的教育考察和转正"
    # the applicant whose talk is overdue is flagged, with the deadline the pipeline gives
    (overdue,) = stands[late.ref.name].overdue(TODAY)
    assert rows[late.ref.name]["超期和提示"] == f"超期：{overdue.text}"
    assert rows[late.ref.name]["谈话"] is None
    footer = [c.value for c in sheet["A"][3 + len(files) :] if c.value]
    assert "2026年发展党员1名（支部大会接收），乡镇党委未下达发展指标。" in footer
    assert f"本台账共{len(files)}人，其中有步骤超期的1人。" in footer
    # written in one form of date: no 7月4日 in a spreadsheet
    values = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert not [v for v in values if WRITTEN_DAY.search(v)]


def test_the_ledger_prints_landscape_one_page_wide_with_its_header_on_every_page(
    demo: Database, tmp_path: Path
) -> None:
    sheet = load_workbook(_write(demo, "development-ledger", YEAR, tmp_path)).active
    assert sheet.freeze_panes == "C4"  # header rows and 序号, 姓名 stay in view
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    # fitted to one page wide (1 is the default width, which the file leaves out), any height
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$1:$3"


def test_a_township_quota_is_kept_a_year_at_a_time_and_shown_in_the_ledger_and_report(
    database: Database, branch: None, demo: Database, tmp_path: Path
) -> None:
    with demo.transaction() as session:
        set_quota(session, 2026, 3)
    try:
        with demo.read() as session:
            assert quota(session, 2026) == 3 and quota(session, 2025) is None
            book = development_book(session, YEAR)
            part = development(session, YearPeriod(2026, 4), TODAY)
        assert (
            book.quota_line
            == "2026年发展党员1名（支部大会接收），乡镇党委下达发展指标3名，尚余2名。"
        )
        sheet = load_workbook(_write(demo, "development-ledger", YEAR, tmp_path)).active
        assert book.quota_line in [c.value for c in sheet["A"]]
        # the report counts the year to the period's end, whichever quarter it covers
        assert (part.year_admitted, part.quota) == (1, 3)
        lines = development_text(part).lines or []
        assert "本年发展党员1名，乡镇党委下达指标3名。" in lines[0]
        assert development_summary(part).endswith("、本年发展1名/指标3名")
        assert development_text(part).placeholders["development"]["quota"] == 3
    finally:
        with demo.transaction() as session:
            set_quota(session, 2026, None)
    with demo.read() as session:
        assert quota(session, 2026) is None
        part = development(session, YearPeriod(2026, 4), TODAY)
        logged = session.execute(
            select(AuditEntry.action, AuditEntry.record, AuditEntry.changes)
            .where(AuditEntry.subject == "设置")
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(row) for row in logged[-2:]] == [
        ("新增", "2026年发展党员指标", "内容：3名"),
        ("修改", "2026年发展党员指标", "内容：3名 → 0名"),
    ]
    assert "指标" not in (development_text(part).lines or [""])[0]


def test_a_quota_beyond_reason_is_refused(database: Database, branch: None) -> None:
    from dangwu_desktop.core.services import ServiceError

    with database.transaction() as session, pytest.raises(ServiceError, match="0至100名"):
        set_quota(session, 2026, 1000)


# 发展党员工作全程纪实表


def test_the_full_record_shows_every_step_with_its_date_people_meeting_and_documents(
    demo: Database, tmp_path: Path
) -> None:
    files = _files(demo)
    admitted = _admitted(files)
    path = _write(demo, "development-file", _for(admitted), tmp_path)
    assert path.name == f"{BRANCH}{admitted.ref.name}发展党员工作全程纪实表.docx"
    document = Document(str(path))
    particulars, steps = document.tables
    assert particulars.rows[0].cells[1].text == admitted.ref.name
    rows = [[c.text for c in row.cells] for row in steps.rows]
    assert rows[0] == ["步　骤", "时　间", "参加人员、会议", "材　料", "情况和提示"]
    stages = [r[0] for r in rows if r[0] == r[-1]]  # a stage's row spans the table
    assert stages == [
        "第一阶段　申请入党", "第二阶段　入党积极分子的确定和培养教育",
        "第三阶段　发展对象的确定和考察", "第四阶段　预备党员的接收",
        "第五阶段　预备党员的教育考察和转正",
    ]  # fmt: skip
    by_step = {r[0]: r for r in rows}
    vote = by_step["⑮支部大会讨论"]
    joined = admitted.day("admission")
    assert joined is not None
    assert vote[1] == f"{joined.year}年{joined.month}月{joined.day}日"
    assert f"{joined.year}年{joined.month}月{joined.day}日 支部党员大会" in vote[2]
    assert "支部大会会议记录" in vote[3] and "同意" in vote[4]
    assert by_step["⑨确定入党介绍人"][2].startswith("入党介绍人：")
    assert "24学时" in by_step["⑪集中培训"][4] and "至" in by_step["⑪集中培训"][1]
    assert "公示：" in by_step["⑫支部委员会审查"][4]
    # the steps not reached have a blank date to write in
    assert by_step["㉓支部大会讨论"][1:] == ["　年　月　日", "", "", ""]
    assert sum(1 for r in rows if r[0][:1] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕") == 25 + 1
    # the table ends with what is next and the signatures (a line after it could start a page)
    last = rows[-1]
    assert last[0] == "办理情况" and last[1].startswith("下一步：㉑继续教育考察")
    assert "党支部书记（签字）：" in last[1] and "填表人（签字）：" in last[1]
    _one_form_of_date(_texts(path))


def test_a_late_step_prints_its_finding_with_the_rule(
    database: Database, branch: None, tmp_path: Path
) -> None:
    with database.transaction() as session:
        person = add_person(session, ZHOU, TODAY).id
        applied = date(2026, 3, 2)
        for code, day in (("application", applied), ("talk", applied + timedelta(days=50))):
            record_step(
                session,
                StepInput(person, code, day, documents=(DocumentInput("入党申请书"),)),
                TODAY,
            )
    path = _write(database, "development-file", ExportScope(TODAY, 2026,
                  person=PersonRef(person, "周晓")), tmp_path)  # fmt: skip
    (talk,) = [t for t in _texts(path) if "【提示】" in t]
    assert talk.startswith("【提示】谈话晚于收到入党申请书后一个月：申请书2026年3月2日递交，")
    assert "应在2026年4月2日前谈话" in talk
    assert talk.endswith("（依据：《中国共产党发展党员工作细则》（2014）第七条）")
    _one_form_of_date(_texts(path))


# 入党积极分子培养考察登记表


def test_the_assessment_form_lists_each_half_yearly_assessment_and_the_branchs_opinion(
    demo: Database, tmp_path: Path
) -> None:
    admitted = _admitted(_files(demo))
    path = _write(demo, "development-assessment", _for(admitted), tmp_path)
    document = Document(str(path))
    particulars, assessments = document.tables
    cells = {row.cells[0].text: row.cells[-1].text for row in particulars.rows}
    applied, activist = admitted.day("application"), admitted.day("activist")
    assert applied is not None and activist is not None
    assert cells["递交申请时间"] == f"{applied.year}年{applied.month}月{applied.day}日"
    contacts = "、".join(admitted.people("contacts"))
    assert cells["培养联系人"].startswith(contacts)
    rows = [[c.text for c in row.cells] for row in assessments.rows]
    done = sorted(d for r in admitted.rows_of("assessment") if (d := r.date))
    assert [r[0] for r in rows[1:-1]] == [
        f"第{n}次考察\n{d.year}年{d.month}月{d.day}日" for n, d in zip("一二", done, strict=True)
    ]
    assert all("考察情况：表现良好" in r[1] and "党支部书记（签字）：" in r[1] for r in rows[1:-1])
    opinion = rows[-1]
    assert opinion[0] == "党支部意见\n（列为发展对象）"
    assert "同意列为发展对象" in opinion[1] and "党支部书记（签字）：" in opinion[1]
    _one_form_of_date(_texts(path))


def test_an_activists_form_leaves_the_next_assessment_blank_with_its_deadline(
    demo: Database, tmp_path: Path
) -> None:
    files = _files(demo)
    (activist,) = [f for f in files.values() if f.day("activist") and not f.day("candidate")]
    document = Document(str(_write(demo, "development-assessment", _for(activist), tmp_path)))
    rows = [[c.text for c in row.cells] for row in document.tables[1].rows]
    (due,) = [d for d in activist.timeline.stand.dues if d.step.code == "assessment"]
    assert due.by is not None
    assert (
        rows[1][0]
        == f"第一次考察\n应在{due.by.year}年{due.by.month}月{due.by.day}日前\n　年　月　日"
    )
    assert rows[1][1].startswith("考察情况：")


# 归档 checklist


def test_the_checklist_names_what_the_late_applicants_file_lacks(
    demo: Database, tmp_path: Path
) -> None:
    late = _late(_files(demo))
    items = late.checklist()
    assert [(i.step.label, i.document, i.filed) for i in items] == [
        ("①递交入党申请书", "入党申请书", Filed.ON_FILE),
        ("②党组织派人谈话", "谈话记录", Filed.OVERDUE),
    ]
    path = _write(demo, "development-checklist", _for(late), tmp_path)
    assert path.name == f"{BRANCH}{late.ref.name}发展党员档案材料归档清单.docx"
    rows = [[c.text for c in row.cells] for row in Document(str(path)).tables[0].rows]
    assert rows[0] == ["序号", "步　骤", "材料名称", "编号", "日　期", "情况", "核对"]
    (due,) = late.overdue
    assert due.by is not None
    assert rows[2] == [
        "2", "②党组织派人谈话", "谈话记录", "",
        f"应在{due.by.year}年{due.by.month}月{due.by.day}日前", "逾期未办", "□",
    ]  # fmt: skip
    texts = _texts(path)
    assert "已到步骤应有材料2份，已归档1份，缺少或未归档1份：谈话记录。" in texts
    _one_form_of_date(texts)


def test_the_checklist_agrees_with_the_timelines_missing_documents(demo: Database) -> None:
    """What the page's timeline says a file lacks is what the checklist marks 缺 or 未归档."""
    for file in _files(demo).values():
        lacking = [
            f"{i.step.label}：{i.document}"
            for i in file.checklist()
            if i.filed in (Filed.NOT_RECORDED, Filed.NOT_ON_FILE)
        ]
        assert lacking == list(file.timeline.missing_documents)


def test_the_branchs_checklist_begins_with_a_summary_of_every_file(
    demo: Database, tmp_path: Path
) -> None:
    files = _files(demo)
    path = _write(demo, "development-checklist", YEAR, tmp_path)
    assert path.name == f"{BRANCH}2026年发展党员档案材料归档清单.docx"
    document = Document(str(path))
    summary = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert [r[1] for r in summary[1:]] == list(files)
    late = _late(files)
    (row,) = [r for r in summary if r[1] == late.ref.name]
    assert row[3:] == ["2", "1", "②党组织派人谈话：谈话记录（逾期未办）"]
    assert len(document.tables) == 1 + len(files)  # then each file's own list, page by page
    _one_form_of_date(_texts(path))


# The command line


def test_the_command_line_writes_one_persons_file_named_after_them(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admitted = _admitted(_files(demo))
    db, folder = str(demo.file_path), tmp_path / "档案"
    folder.mkdir()
    args = ["--db", db, "export", "development-file", "--person", admitted.ref.name]
    assert main([*args, "--to", str(folder)]) == 0
    assert [p.name for p in folder.iterdir()] == [
        f"{BRANCH}{admitted.ref.name}发展党员工作全程纪实表.docx"
    ]
    assert f"已生成发展党员工作全程纪实表（{admitted.ref.name}）：" in capsys.readouterr().out
    with demo.read() as session:
        number = person_file(session, admitted.ref.id, TODAY).timeline.person.id_number
    assert main(["--db", db, "export", "development-checklist", "--person", number,
                 "--to", str(folder)]) == 0  # fmt: skip
    assert main(["--db", db, "export", "development-file", "--person", "查无此人"]) == 2
    assert "没有姓名或身份号码为“查无此人”的档案" in capsys.readouterr().err
    assert main(["--db", db, "export", "development-ledger", "--person", "张三"]) == 2
    assert "不是每人一份的表" in capsys.readouterr().err


def test_two_files_of_one_name_are_told_apart_by_id_number(
    database: Database, branch: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dangwu_desktop.ledgers.development.service import PersonInput

    with database.transaction() as session:
        add_person(session, ZHOU, TODAY)
        add_person(session, PersonInput("周晓", ZHOU.sex, date(1999, 1, 1)), TODAY)
    args = [*place_args(database), "export", "development-file", "--person", "周晓"]
    assert main([*args, "--to", str(tmp_path)]) == 2
    assert "有2人名为“周晓”，请用身份号码指明是哪一位" in capsys.readouterr().err
    args[-1] = ZHOU.id_number
    assert main([*args, "--to", str(tmp_path)]) == 0
