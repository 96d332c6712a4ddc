"""The period's work report and workbook: numbers against a hand-built fixture, the template
with its documented placeholders, a township's own template, and a broken one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import ActivityKind, Attendance, MovementKind
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import activities
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.core.services.reports import Notes, ReportPeriod, save_notes
from dangwu_desktop.db.database import Database
from dangwu_desktop.io import gbt9704
from dangwu_desktop.io.atomic import ExportError
from dangwu_desktop.io.report_docx import export_report
from dangwu_desktop.ledgers.reports.work_report import WorkReport, report_context, work_report
from tests.conftest import TODAY, member

K = ActivityKind
Q2 = ReportPeriod(2026, 2)


@pytest.fixture
def branch_year(database: Database, branch: None) -> Database:
    """Two members; in Q2: 主题党日 in April and June (May missed), a 党员大会, a 党课 with 2 hours,
    and 李梅 moving away to work in May."""
    with database.transaction() as session:
        zhang = add_member(session, member(), TODAY).id
        li = add_member(session, member(name="李梅", id_number="110101199003074426"), TODAY).id
        both = [
            Attendee(zhang, "张三", Attendance.PRESENT),
            Attendee(li, "李梅", Attendance.PRESENT),
        ]
        for kind, day, hours in ((K.THEME_DAY, date(2026, 4, 10), None), (K.THEME_DAY, date(2026, 6, 10), None),
                                 (K.BRANCH_GENERAL, date(2026, 5, 20), None), (K.LECTURE, date(2026, 5, 22), 2.0)):  # fmt: skip
            draft = ActivityDraft(
                kind,
                day,
                title=f"{kind.value}主题",
                topics=["学习"],
                attendees=both,
                study_hours=hours,
            )
            activities.save_activity(session, draft, TODAY)
        record_movement(
            session,
            li,
            Movement(MovementKind.MOBILE_OUT, date(2026, 5, 3), "外出务工", place="杭州"),
            TODAY,
        )
        save_notes(
            session,
            Q2,
            Notes("一是按期开展主题党日。\n二是完成道路硬化。", "", "加强流动党员管理。"),
        )
    return database


def export(target: Path, report: WorkReport, template: Path | None = None) -> Path:
    return export_report(target, report_context(report), template)


def test_report_numbers_against_the_fixture(branch_year: Database) -> None:
    with branch_year.read() as session:
        report = work_report(session, Q2, TODAY)
    lines = {m.kind: m for m in report.part("meetings").lines}
    assert (lines["主题党日"].required, lines["主题党日"].held, lines["主题党日"].status) == (
        3,
        2,
        "少1次",
    )
    assert (lines["支部党员大会"].required, lines["支部党员大会"].held) == (1, 1)
    assert lines["党课"].status == "按规定开展"
    assert "组织生活会" not in lines  # a yearly item belongs to the fourth quarter
    assert [(d.month, topic) for d, topic in report.part("meetings").theme_days] == [
        (4, "主题党日主题"),
        (6, "主题党日主题"),
    ]
    training = report.part("training")
    assert (training.sessions, training.hours) == (1, 2.0)
    assert [(c.kind, c.name) for c in report.part("changes")] == [("流出", "李梅")]
    counts = report.part("members").counts
    assert (counts.total, counts.mobile) == (2, 1)


def test_word_report_fills_every_placeholder(branch_year: Database, tmp_path: Path) -> None:
    with branch_year.read() as session:
        report = work_report(session, Q2, TODAY)
    document = Document(str(export(tmp_path / "报告.docx", report)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert "中共东岙村支部委员会" in text and "2026年第二季度工作报告" in text
    assert "{{" not in text and "{%" not in text
    assert "在册党员2名" in text and "流动党员1名" in text
    assert "5月3日，李梅流出（杭州；外出务工）。" in text
    assert "一是按期开展主题党日。" in text and "（请在“报表”中填写存在问题）" in text
    assert "主题党日" in cells and "少1次" in cells
    assert "民主评议" not in text  # annual only
    # The 落款: a blank line above it, and the unit's name kept on the page of its date.
    sender, dated = document.paragraphs[-2], document.paragraphs[-1]
    assert (sender.text, dated.text) == ("中共东岙村支部委员会", "2026年6月30日")
    assert sender.paragraph_format.keep_with_next and document.paragraphs[-3].text == ""


def test_a_township_template_with_the_documented_placeholders(
    branch_year: Database, tmp_path: Path
) -> None:
    template = tmp_path / "乡镇模板.docx"
    document = gbt9704.new_document()
    gbt9704.body(
        document,
        "{{ branch_name }}{{ period_title }}：党员{{ counts.total }}人，学习{{ training.sessions }}次。",
    )
    gbt9704.body(document, "{%p for m in meetings %}")
    gbt9704.body(document, "{{ m.kind }}：{{ m.held }}/{{ m.required }}")
    gbt9704.body(document, "{%p endfor %}")
    gbt9704.save_document(document, template)
    with branch_year.read() as session:
        report = work_report(session, Q2, TODAY)
    rendered = Document(str(export(tmp_path / "out.docx", report, template)))
    lines = [p.text for p in rendered.paragraphs if p.text]
    assert lines[0] == "中共东岙村支部委员会2026年第二季度：党员2人，学习1次。"
    assert "主题党日：2/3" in lines


def test_a_broken_template_is_refused_with_a_reason(branch_year: Database, tmp_path: Path) -> None:
    template = tmp_path / "坏模板.docx"
    document = gbt9704.new_document()
    gbt9704.body(document, "{{ branch_name ")
    gbt9704.save_document(document, template)
    with branch_year.read() as session:
        report = work_report(session, Q2, TODAY)
    with pytest.raises(ExportError, match="占位符有误"):
        export(tmp_path / "out.docx", report, template)
    assert not (tmp_path / "out.docx").exists()
    (tmp_path / "假的.docx").write_bytes(b"not a docx")
    with pytest.raises(ExportError, match="不是可用的Word模板"):
        export(tmp_path / "out.docx", report, tmp_path / "假的.docx")


def test_the_context_names_match_the_readme(branch_year: Database) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    with branch_year.read() as session:
        context = report_context(work_report(session, Q2, TODAY))
    for name in context:
        assert f"`{name}" in readme, f"README does not document the placeholder {name}"


def test_period_workbook_has_one_sheet_each_from_the_ledgers(
    branch_year: Database, tmp_path: Path
) -> None:
    from dangwu_desktop.ledgers import ExportScope, export_named, workbook_sheets

    export, scope = export_named("workbook"), ExportScope(TODAY, 2026, quarter=2)
    with branch_year.read() as session:
        gathered = export.gather(session, scope)
    path = export.write(tmp_path / "工作簿.xlsx", gathered, "东岙村党支部", scope)
    workbook = load_workbook(path)
    titles = [sheet.title for sheet in workbook_sheets()]
    assert titles == [
        "花名册", "三会一课台账", "培训台账", "学时统计", "党费收缴", "流动党员", "发展党员台账",
        "整改台账", "统计",
    ]  # fmt: skip
    assert workbook.sheetnames == titles
    assert export.done(gathered, scope) == (
        "已生成2026年第二季度的工作簿（花名册、三会一课台账、培训台账、学时统计、党费收缴、"
        "流动党员、发展党员台账、整改台账、统计）："
    )
    ledger = workbook["三会一课台账"]
    assert ledger.max_row >= 3 + 4  # the header rows and the quarter's four records
    assert workbook["培训台账"]["D4"].value == "党课主题"
    # The ledgers hold the quarter's records, and their titles say so.
    assert ledger["A1"].value == "东岙村党支部2026年第二季度“三会一课”台账"
    assert workbook["培训台账"]["A1"].value == "东岙村党支部2026年第二季度党员教育培训台账"


@pytest.mark.parametrize(
    ("case", "today", "period", "kind", "expected"),
    [
        ("a quarter over: each period ended, one missed", date(2026, 6, 30), ReportPeriod(2026, 2),
         "主题党日", (3, 2, "少1次", ["4月10日", "6月10日"])),
        ("a quarter running: what is still due, and by when", date(2026, 5, 20), ReportPeriod(2026, 2),
         "支部党员大会", (1, 1, "按规定开展", ["5月20日"])),
        ("a quarter running, its meeting not yet held", date(2026, 4, 20), ReportPeriod(2026, 2),
         "党课", (1, 0, "尚需开展1次\n（6月30日前）", [])),
        ("a yearly item held ahead, in the quarter", date(2026, 6, 30), ReportPeriod(2026, 2),
         "谈心谈话", (0, 1, "已提前开展", ["6月1日"])),
        ("a yearly item in another quarter is not this quarter's", date(2026, 9, 30), ReportPeriod(2026, 3),
         "谈心谈话", None),
        ("the year's report: the year-end item still due into February", date(2026, 11, 30), ReportPeriod(2026),
         "组织生活会", (1, 0, "尚需开展1次\n（2027年2月28日前）", [])),
    ],
)  # fmt: skip
def test_a_period_report_states_what_was_due_held_and_still_due(
    database: Database,
    branch: None,
    case: str,
    today: date,
    period: ReportPeriod,
    kind: str,
    expected: tuple[int, int, str, list[str]] | None,
) -> None:
    from dangwu_desktop.core.services.reports import meetings_part

    with database.transaction() as session:
        zhang = add_member(session, member(), TODAY).id
        held = [(K.THEME_DAY, date(2026, 4, 10)), (K.THEME_DAY, date(2026, 6, 10)),
                (K.BRANCH_GENERAL, date(2026, 5, 20)), (K.TALK, date(2026, 6, 1))]  # fmt: skip
        for record_kind, day in held:
            if day <= today:
                draft = ActivityDraft(record_kind, day, topics=["议题"],
                                      attendees=[Attendee(zhang, "张三", Attendance.PRESENT)])  # fmt: skip
                activities.save_activity(session, draft, today)
    with database.read() as session:
        lines = {line.kind: line for line in meetings_part(session, period, today).lines}
    if expected is None:
        assert kind not in lines, case
        return
    line = lines[kind]
    shown = (line.required, line.held, line.status, [f"{d.month}月{d.day}日" for d in line.dates])
    assert shown == expected, case


@pytest.fixture
def decided_year(database: Database, branch: None) -> Database:
    """In Q2: 王五's 转正 (year ended 5月10日), voted on at the 支部党员大会 of 5月20日; 赵六
    admitted on 6月1日 with no 党员大会 record of that day; 孙七 past his year and not yet
    转正 (期满 4月1日)."""
    from dangwu_desktop.core.glossary import MemberCategory, Sex

    def probationer(name: str, joined: date) -> int:
        data = member(
            name=name, id_number="", sex=Sex.MALE, birth_date=date(1990, 3, 3), join_date=joined,
            full_member_date=None, category=MemberCategory.PROBATIONARY,
        )  # fmt: skip
        return add_member(session, data, TODAY).id

    with database.transaction() as session:
        zhang = add_member(session, member(), TODAY).id
        wang = probationer("王五", date(2025, 5, 10))
        probationer("孙七", date(2025, 4, 1))
        meeting = ActivityDraft(
            K.BRANCH_GENERAL,
            date(2026, 5, 20),
            title="讨论预备党员王五转正",
            topics=["讨论王五同志转正"],
            decisions="经表决，同意王五同志按期转为中共正式党员（有表决权1人，同意1票）。",
            attendees=[
                Attendee(zhang, "张三", Attendance.PRESENT),
                Attendee(wang, "王五", Attendance.PRESENT),
            ],
        )
        activities.save_activity(session, meeting, TODAY)
        confirmed = Movement(
            MovementKind.CONFIRMED, date(2026, 5, 10), "按期转正", decision_date=date(2026, 5, 20)
        )
        record_movement(session, wang, confirmed, TODAY)
        probationer("赵六", date(2026, 6, 1))
    return database


def test_a_change_the_branch_voted_on_names_its_meeting_and_one_without_is_flagged(
    decided_year: Database,
) -> None:
    """Issue 18: 转正 and 入党 in 党员队伍变化 are linked to the 支部党员大会 that voted on them
    (date, 表决结果); a change without such a meeting is flagged, not silently printed."""
    with decided_year.read() as session:
        report = work_report(session, Q2, TODAY)
    context = report_context(report)
    text = "\n".join(next(s["lines"] for s in context["sections"] if s["key"] == "changes"))
    assert (
        "5月10日，王五转正（按期转正），经2026年5月20日支部党员大会讨论表决："
        "经表决，同意王五同志按期转为中共正式党员（有表决权1人，同意1票）" in text
    )
    assert "6月1日，赵六入党【待核实：未找到2026年6月1日支部党员大会的会议记录】。" in text
    assert "其中1项没有表决的支部党员大会记录" in report.summary  # as the 报表 page shows it
    placeholder = {c["name"]: c for c in context["changes"]}
    assert placeholder["王五"]["meeting"] == "2026年5月20日支部党员大会"
    assert placeholder["赵六"]["problem"]


def test_the_report_names_the_probationers_past_their_year(decided_year: Database) -> None:
    """Issue 18: the report prints the 待转正 members and the year's 预备党员 past their year."""
    with decided_year.read() as session:
        report = work_report(session, Q2, TODAY)
    context = report_context(report)
    text = "\n".join(next(s["lines"] for s in context["sections"] if s["key"] == "members"))
    assert "预备期已满、尚待转正的预备党员1名：孙七（2026年4月1日期满）" in text
    assert "本年度预备期满的预备党员1名：王五（2026年5月10日期满，已转正（2026年5月10日））" in text
    assert "待转正1名" in report.summary
    assert {p["name"] for p in context["probation"]} == {"孙七", "王五"}
