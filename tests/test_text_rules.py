"""The text rule (core.text_rules): no control or direction characters and no absurd lengths in any
text a user or a file supplies, refused by every service with a Chinese message naming the field;
and every CSV cell written is one a spreadsheet shows as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dangwu_desktop.cli import main
from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.activity_templates import save_template_topics, template_topics
from dangwu_desktop.core.glossary import ActivityKind, Attendance, Grade, MovementKind, Sex
from dangwu_desktop.core.models import Activity, Member, MemberMovement, PartyGroup
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.roster import load_roster
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import activities as activity_service
from dangwu_desktop.core.services import appraisals as appraisal_service
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services import plans as plan_service
from dangwu_desktop.core.services import reports as report_service
from dangwu_desktop.core.services import settings as settings_service
from dangwu_desktop.core.services import training as training_service
from dangwu_desktop.core.text_rules import MAX_LENGTH, TextKind, text_problem, visible
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.csv_export import csv_cell
from dangwu_desktop.io.roster_export import export_roster
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from tests.conftest import TODAY, member

RLO = (
    "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "张三" shown as "三张", "记录\u202efdp.exe" as "记录exe.pdf"
)


# The rule itself, as a table: (text, kind) -> the reason it is refused, or None.
@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        ("张三", TextKind.NAME, None),
        ("阿卜杜热合曼·买买提明", TextKind.NAME, None),
        ('=HYPERLINK("http://x","点此")', TextKind.NAME, "不能以“=”开头"),
        ("=cmd|' /C calc'!A0", TextKind.NAME, "不能以“=”开头"),
        ("+1+1", TextKind.NAME, "不能以“+”开头"),
        ("-1+1", TextKind.NAME, "不能以“-”开头"),
        ("@SUM(1+1)", TextKind.NAME, "不能以“@”开头"),
        ("张\x00三", TextKind.NAME, "含有不可见的控制字符"),
        ("张\x1b三", TextKind.LINE, "含有不可见的控制字符"),
        ("张\x7f三", TextKind.LINE, "含有不可见的控制字符"),
        ("张\x85三", TextKind.TEXT, "含有不可见的控制字符"),  # C1 NEXT LINE
        ("张\x00三", TextKind.TEXT, "含有不可见的控制字符"),
        (f"张{RLO}三", TextKind.NAME, "含有文字方向控制符"),
        *((f"张{c}三", TextKind.TEXT, "含有文字方向控制符") for c in "\u202a\u202b\u202c\u202d"),
        *((f"张{c}三", TextKind.LINE, "含有文字方向控制符") for c in "\u2066\u2067\u2068\u2069"),
        ("张\u200e三", TextKind.LINE, "含有文字方向控制符"),
        ("张\u200f三", TextKind.LINE, "含有文字方向控制符"),
        ("张\ud800三", TextKind.LINE, "含有无效字符"),
        ("第一行\n第二行", TextKind.LINE, "不能换行"),
        ("第一行\t第二格", TextKind.NAME, "不能换行"),
        ("一、学习\r\n二、讨论\t（略）", TextKind.TEXT, None),
        ("- 一是抓学习", TextKind.TEXT, None),  # a list: fine in a record, neutralised on export
        ("=1+1", TextKind.LINE, None),  # only a name is held to look like one
        ("张" * MAX_LENGTH[TextKind.NAME], TextKind.NAME, None),
        ("张" * (MAX_LENGTH[TextKind.NAME] + 1), TextKind.NAME, "内容过长"),
        ("x" * (MAX_LENGTH[TextKind.LINE] + 1), TextKind.LINE, "内容过长"),
        ("记" * MAX_LENGTH[TextKind.TEXT], TextKind.TEXT, None),
        ("记" * (MAX_LENGTH[TextKind.TEXT] + 1), TextKind.TEXT, "内容过长"),
    ],
)
def test_text_rule(text: str, kind: TextKind, reason: str | None) -> None:
    problem = text_problem(text, kind)
    assert (problem.reason if problem else None) == reason


def test_text_rule_says_where_and_what_without_echoing_the_character() -> None:
    problem = text_problem(f"张三{RLO}", TextKind.NAME)
    assert problem is not None
    assert problem.detail == "第3个字符是看不见的U+202E，会打乱文字的显示顺序，请删去"
    too_long = text_problem("张" * 100_000, TextKind.NAME)
    assert too_long is not None and too_long.detail == "共100000个字，此栏最多50个字"


def test_visible_shows_invisible_characters_by_code_and_cuts_long_text() -> None:
    assert visible(f"张{RLO}三\x00") == "张<U+202E>三<U+0000>"
    assert visible("张" * 100_000) == "张" * 60 + "……"


# The roster: the dialog, the CLI and the importer all go through the member service.
HOSTILE_NAMES = [
    '=HYPERLINK("http://evil.example","张三")',
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)",
    "@SUM(1+1)",
    "张\x00三",
    "张\x07三",
    f"{RLO}三张",
    "张\u2066三",
    "张" * 100_000,
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_name_that_is_not_a_name_is_refused_and_nothing_stored(
    database: Database, name: str
) -> None:
    with pytest.raises(RecordInvalid) as refused, database.transaction() as session:
        member_service.add_member(session, member(name=name), TODAY)
    assert [f.field_label for f in refused.value.findings] == ["姓名"]
    assert str(refused.value).startswith("姓名：")
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0


@pytest.mark.parametrize(
    ("field", "value", "refusal"),
    [
        ("address", f"前溪村{RLO}12号", "家庭住址：含有文字方向控制符"),
        ("phone", "138\x0000001111", "联系电话：含有不可见的控制字符"),
        ("occupation", "农民\n村干部", "工作岗位：不能换行"),
        ("remarks", "备注\x00", "备注：含有不可见的控制字符"),
        ("native_place", "浙" * 201, "籍贯：内容过长"),
        ("group_name", f"第一{RLO}党小组", "所在党小组：含有文字方向控制符"),
    ],
)
def test_every_roster_text_field_is_judged_on_edit(
    database: Database, field: str, value: str, refusal: str
) -> None:
    with database.transaction() as session:
        stored = member_service.add_member(session, member(), TODAY)
        member_id, before = stored.id, member_service.member_data(stored)
    with pytest.raises(RecordInvalid) as refused, database.transaction() as session:
        member_service.update_member(session, member_id, member(**{field: value}), TODAY)
    assert refused.value.findings[0].line.startswith(refusal)
    with database.read() as session:
        assert member_service.member_data(member_service.get_member(session, member_id)) == before


def test_remarks_may_run_over_lines_and_start_with_a_dash(database: Database) -> None:
    remarks = "- 2020年起任村监委会主任\n- 2023年获评优秀党员"
    with database.transaction() as session:
        stored = member_service.add_member(session, member(remarks=remarks), TODAY)
        assert stored.remarks == remarks


def test_an_imported_file_names_the_row_and_field(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "花名册.csv"
    rows = [
        ["姓名", "性别", "公民身份号码", "入党时间", "转正时间", "家庭住址"],
        ["李四", "男", "330726199001011238", "2015-07-01", "2016-07-01", "前溪村1号"],
        ["=cmd|' /C calc'!A0", "男", "", "2015-07-01", "2016-07-01", ""],
        ["王五", "男", "", "2015-07-01", "2016-07-01", f"前溪村{RLO}2号"],
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(rows)
    with database.read() as session:
        check = check_roster_file(session, read_roster(path), TODAY)
    faults = [(f.row, f.column, f.reason) for f in check.first_fault_per_row()]
    assert faults == [(3, "姓名", "不能以“=”开头"), (4, "家庭住址", "含有文字方向控制符")]
    assert check.first_fault_per_row()[1].value == "前溪村<U+202E>2号"  # shown, not obeyed


# Every other service that stores text.
@pytest.fixture
def member_id(database: Database, branch: None) -> int:
    with database.transaction() as session:
        return member_service.add_member(session, member(), TODAY).id


def refusal(database: Database, operation: Callable[[Session], object]) -> str:
    """What the service says refusing `operation`, run as one transaction."""
    with pytest.raises(ServiceError) as refused, database.transaction() as session:
        operation(session)
    return str(refused.value)


def _draft(member_id: int, **fields: object) -> ActivityDraft:
    values: dict[str, object] = {
        "kind": ActivityKind.BRANCH_GENERAL,
        "date": date(2026, 6, 1),
        "title": "学习党章",
        "minutes": "一、传达学习\n- 一是抓学习\n- 二是抓落实\n" + "记录内容" * 20,
        "attendees": [Attendee(member_id, "张三", Attendance.PRESENT)],
    }
    values.update(fields)
    return ActivityDraft(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"title": f"学习{RLO}党章"}, "主题：含有文字方向控制符"),
        ({"place": "村部\x00"}, "地点：含有不可见的控制字符"),
        ({"host": "陈\n静"}, "主持人：不能换行"),
        ({"minutes": "记录" * 10_001}, "会议记录：内容过长"),
        ({"decisions": "决议\x1a"}, "决议：含有不可见的控制字符"),
        ({"topics": ["传达学习", f"研究{RLO}事项"]}, "议题：含有文字方向控制符：第2条的第3个字符"),
        ({"teacher": "x" * 201}, "主讲人：内容过长"),
    ],
)
def test_a_record_of_organisational_life_refuses_bad_text(
    database: Database, member_id: int, fields: dict[str, object], expected: str
) -> None:
    with pytest.raises(RecordInvalid) as refused, database.transaction() as session:
        activity_service.save_activity(session, _draft(member_id, **fields), TODAY)
    assert expected in str(refused.value)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0


def test_an_absence_reason_and_an_attachment_name_are_judged_too(
    database: Database, member_id: int
) -> None:
    with database.transaction() as session:
        other = member_service.add_member(
            session, member(name="李四", id_number="110101199003074426"), TODAY
        ).id
    absent = Attendee(other, "李四", Attendance.ABSENT, "外出\x00务工")
    draft = _draft(member_id, attendees=[Attendee(member_id, "张三", Attendance.PRESENT), absent])
    assert "缺席原因：含有不可见的控制字符：李四的第3个字符" in refusal(
        database, lambda session: activity_service.save_activity(session, draft, TODAY)
    )
    attachment = activity_service.NewAttachment(
        activity_service.AttachmentKind.PHOTO, f"签到{RLO}fdp.exe", "0" * 64, 1, "a.exe"
    )
    assert "附件名：含有文字方向控制符" in refusal(
        database,
        lambda session: activity_service.save_activity(
            session, _draft(member_id), TODAY, attachments=[attachment]
        ),
    )


def test_the_branch_and_its_groups_refuse_bad_text(database: Database) -> None:
    info = branch_service.BranchInfo(name=f"中共{RLO}前溪村支部委员会", secretary="=陈静")
    with pytest.raises(ServiceError) as refused, database.transaction() as session:
        branch_service.save_branch_info(session, info)
    assert "支部名称：含有文字方向控制符" in str(refused.value)
    assert "支部书记：不能以“=”开头" in str(refused.value)
    assert "党小组名称：含有不可见的控制字符" in refusal(
        database, lambda session: branch_service.add_group(session, "第一\x00党小组")
    )
    with database.transaction() as session:
        group_id = branch_service.add_group(session, "第一党小组").id
    assert "党小组组长：内容过长" in refusal(
        database,
        lambda session: branch_service.update_group(session, group_id, "第一党小组", "陈" * 51),
    )
    with database.read() as session:
        assert list(session.scalars(select(PartyGroup.leader))) == [""]


def test_plans_credits_appraisals_movements_and_report_notes_refuse_bad_text(
    database: Database, member_id: int
) -> None:
    item = plan_service.PlanItem(ActivityKind.COMMITTEE, date(2026, 4, 5), f"研究{RLO}事项")
    assert "计划内容：含有文字方向控制符：第1项的" in refusal(
        database, lambda session: plan_service.save_plan(session, 2026, 2, [item])
    )
    assert "来源：含有不可见的控制字符" in refusal(
        database,
        lambda session: training_service.credit_hours(
            session, member_id, date(2026, 5, 1), 2, "学习", "镇党委\x00", TODAY
        ),
    )
    entry = appraisal_service.GradeEntry(member_id, Grade.QUALIFIED, "合格" * 10_001)
    assert "评议意见：内容过长" in refusal(
        database, lambda session: appraisal_service.save_grades(session, 2025, [entry], TODAY)
    )
    movement = Movement(MovementKind.MOBILE_OUT, date(2026, 5, 1), place=f"杭州{RLO}")
    assert "流向地点：含有文字方向控制符" in refusal(
        database,
        lambda session: member_service.record_movement(session, member_id, movement, TODAY),
    )
    notes = report_service.Notes(achievements="一是\x00")
    assert "主要成绩：含有不可见的控制字符" in refusal(
        database,
        lambda session: report_service.save_notes(
            session, report_service.ReportPeriod(2026, 2), notes
        ),
    )
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(MemberMovement)) == 0


def test_templates_and_settings_refuse_bad_text(database: Database) -> None:
    assert "议题：含有文字方向控制符：第2条的" in refusal(
        database,
        lambda session: save_template_topics(
            session, ActivityKind.COMMITTEE, ["传达学习", f"{RLO}研究"]
        ),
    )
    with database.read() as session:
        assert template_topics(session, ActivityKind.COMMITTEE) == [
            "传达学习",
            "研究事项",
            "工作部署",
        ]
    for value in ("²", "3" * 5000):  # a digit to isdigit(), not to int(); int() refuses 5000 digits
        with pytest.raises(ServiceError, match="应为正整数"), database.transaction() as session:
            settings_service.set_setting(session, settings_service.LATE_ENTRY_DAYS, value)


# Export: CSV cells a spreadsheet shows as text; xlsx cells written as strings, never formulas.
@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("张三", "张三"),
        ("=1+1", "'=1+1"),
        ("+8613800001111", "'+8613800001111"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("a=1", "a=1"),
        (None, ""),
        (3, "3"),
    ],
)
def test_csv_cell(value: object, cell: str) -> None:
    assert csv_cell(value) == cell


def _legacy_member(database: Database, **fields: object) -> None:
    """A member as older versions stored them, before the text rule: inserted unjudged."""
    with database.transaction() as session:
        data = member(sex=Sex.MALE, birth_date=date(1990, 1, 1), **fields).cleaned()
        member_service.insert_members(session, [(data, None)])


def test_members_list_csv_writes_no_formula(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dangwu_desktop.db.startup import open_database

    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    _legacy_member(database, name="=1+1", occupation="@SUM(1+1)", phone="+8613800001111")
    database.dispose()
    assert main(["--db", str(path), "members", "list", "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out.removeprefix("\ufeff"))))
    assert rows[1][0] == "'=1+1" and "'@SUM(1+1)" in rows[1] and "'+8613800001111" in rows[1]
    assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@")]


def test_cli_refuses_a_formula_for_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(tmp_path / "c.sqlite3"), "members", "add", "--name", "=1+1", "--join-date", "2010-01-01"])  # fmt: skip
    assert code == 1 and "姓名\t不能以“=”开头" in capsys.readouterr().err


def test_roster_xlsx_writes_a_formula_like_name_as_text(database: Database, tmp_path: Path) -> None:
    _legacy_member(database, name="=1+1", remarks='=HYPERLINK("http://x")')
    with database.read() as session:
        rows = load_roster(session, TODAY)
    path = export_roster(tmp_path / "花名册.xlsx", rows, "前溪村", TODAY)
    workbook = load_workbook(path)
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert [c.value for c in cells if c.data_type == "f"] == []
    assert "=1+1" in [c.value for c in cells]
