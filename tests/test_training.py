"""Education and training (DOMAIN.md §4): hours per member per year against the requirement for
their role, the monthly collective study, one record counted in both ledgers, and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee, check_activity
from dangwu_desktop.core.glossary import ActivityKind, Attendance, CommitteePost, MemberCategory
from dangwu_desktop.core.services import RecordInvalid, ServiceError, activities, training
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.core.services.settings import DAILY_HOURS, set_setting
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.training_xlsx import export_hours, export_ledger
from tests.conftest import TODAY, member

K = ActivityKind


@pytest.fixture
def people(database: Database, branch: None) -> dict[str, int]:
    """张三 is the secretary (陈静's seat renamed), 李梅 an ordinary member, 王五 joins in 2026."""
    with database.transaction() as session:
        branch_service.save_branch_info(
            session,
            branch_service.BranchInfo(name="中共东岙村支部委员会", secretary="张三",
                                      committee=[branch_service.Seat("赵六", CommitteePost.ORGANISATION)]),
        )  # fmt: skip
        ids = {
            "张三": add_member(session, member(), TODAY).id,
            "李梅": add_member(session, member(name="李梅", id_number="110101199003074426"), TODAY).id,
            "王五": add_member(session, member(name="王五", id_number="110101199003074477",
                                              category=MemberCategory.PROBATIONARY, join_date=date(2026, 3, 1),
                                              full_member_date=None), TODAY).id,
        }  # fmt: skip
    return ids


def study(database: Database, day: date, hours: float | None, present: list[int], absent: list[int] = (),
          kind: ActivityKind = K.COLLECTIVE_STUDY) -> int:  # fmt: skip
    attendees = [Attendee(i, str(i), Attendance.PRESENT) for i in present]
    attendees += [Attendee(i, str(i), Attendance.ABSENT, "事假") for i in absent]
    draft = ActivityDraft(
        kind, day, topics=["学习党章"], attendees=attendees, study_hours=hours, teacher="陈静"
    )
    with database.transaction() as session:
        return activities.save_activity(session, draft, TODAY).id


def hours_of(database: Database, year: int = 2026) -> dict[str, training.MemberHours]:
    with database.read() as session:
        return {row.name: row for row in training.member_hours(session, year, TODAY)}


def test_rule_yearly_hours_are_summed_per_member(
    database: Database, people: dict[str, int]
) -> None:
    study(database, date(2026, 1, 20), 3, [people["张三"], people["李梅"]])
    study(database, date(2026, 4, 20), 2.5, [people["张三"], people["王五"]], [people["李梅"]])
    study(database, date(2025, 12, 20), 4, [people["张三"]])  # another year
    rows = hours_of(database)
    assert (rows["张三"].attended, rows["李梅"].attended, rows["王五"].attended) == (5.5, 3.0, 2.5)


def test_rule_requirement_depends_on_role(database: Database, people: dict[str, int]) -> None:
    with database.transaction() as session:  # 赵六, the 组织委员, enters the roster
        add_member(session, member(name="赵六", id_number="110101199003074442"), TODAY)
    rows = hours_of(database)
    assert (rows["张三"].role, rows["张三"].required) == ("书记", 56)
    assert (rows["赵六"].role, rows["赵六"].required) == ("组织委员", 56)
    assert (rows["李梅"].role, rows["李梅"].required) == ("党员", 32)
    with database.transaction() as session:
        set_setting(session, training.MEMBER_HOURS, "40")  # a province's stricter figure
    assert hours_of(database)["李梅"].required == 40


@pytest.mark.parametrize(
    ("year", "attended", "behind", "expected_by_now"),
    [
        (2026, 15, True, 15.9),  # TODAY is 30 June: about half of 32 is due by now
        (2026, 16, False, 15.9),
        (2025, 20, True, 32.0),  # a past year: the whole requirement
    ],
)
def test_rule_shortfall_for_this_point_of_the_year(
    database: Database,
    people: dict[str, int],
    year: int,
    attended: float,
    behind: bool,
    expected_by_now: float,
) -> None:
    whole_days, rest = divmod(attended, 8)  # at most a day's limit (8) a day
    for day, hours in enumerate([8] * int(whole_days) + ([rest] if rest else []), start=1):
        study(database, date(year, 2, day), hours, [people["李梅"]])
    row = hours_of(database, year)["李梅"]
    assert (row.behind, row.expected_by_now) == (behind, expected_by_now)
    assert row.shortfall == 32 - attended


def test_rule_only_collective_study_counts_toward_the_requirement(
    database: Database, people: dict[str, int]
) -> None:
    """自学 and 线上学习 are recorded and shown, but the plan's 32/56 count 集中学习培训."""
    study(database, date(2026, 2, 1), 2, [people["李梅"]])
    study(database, date(2026, 2, 2), 3, [people["李梅"]], kind=K.SELF_STUDY)
    study(database, date(2026, 2, 3), 1.5, [people["李梅"]], kind=K.ONLINE_STUDY)
    row = hours_of(database)["李梅"]
    assert (row.attended, row.self_study, row.total) == (2, 4.5, 2)


@pytest.mark.parametrize(
    ("joined", "required", "expected_by_now"),
    [
        # 预备党员 from 1 March: 306 of 365 days, 122 of them by 30 June
        (date(2026, 3, 1), 27, 10.7),
        (date(2025, 3, 1), 32, 15.9),  # a member all year
    ],
)
def test_rule_a_member_who_joined_this_year_is_held_to_a_pro_rated_requirement(
    database: Database, people: dict[str, int], joined: date, required: int, expected_by_now: float
) -> None:
    with database.transaction() as session:
        add_member(session, member(name="赵四", id_number="110101199003074493", join_date=joined,
                                   full_member_date=None, category=MemberCategory.PROBATIONARY), TODAY)  # fmt: skip
    row = hours_of(database)["赵四"]
    assert (row.role, row.required, row.expected_by_now) == ("预备党员", required, expected_by_now)


@pytest.mark.parametrize(
    ("limit", "hours", "refused"), [("8", 8, False), ("8", 9, True), ("12", 9, False)]
)
def test_rule_a_days_hours_are_capped_by_the_setting(
    database: Database, people: dict[str, int], limit: str, hours: float, refused: bool
) -> None:
    with database.transaction() as session:
        set_setting(session, DAILY_HOURS, limit)
    if refused:
        with pytest.raises(RecordInvalid, match=f"一天的学时超过{limit}"):
            study(database, date(2026, 2, 1), hours, [people["李梅"]])
        with (
            database.transaction() as session,
            pytest.raises(ServiceError, match=f"不能超过{limit}"),
        ):
            training.credit_hours(
                session, people["李梅"], date(2026, 2, 1), hours, "集中学习", "杭州", TODAY
            )
    else:
        study(database, date(2026, 2, 1), hours, [people["李梅"]])
        assert hours_of(database)["李梅"].attended == hours


def test_one_record_two_views(database: Database, people: dict[str, int]) -> None:
    """A 党课 recorded under 组织生活 with hours is training too: entered once, counted in both."""
    lecture = study(
        database, date(2026, 3, 22), 2, [people["张三"], people["李梅"]], kind=K.LECTURE
    )
    with database.read() as session:
        organisational = [r.activity_id for r in activities.list_activities(session, 2026)]
        sessions = [s.activity_id for s in training.training_sessions(session, 2026)]
        schedule = activities.schedule_for_year(session, 2026, TODAY)
    assert organisational == sessions == [lecture]
    lectures = next(row for row in schedule if row.label == "党课")
    assert lectures.cells[0].status.value == "已开展"
    assert hours_of(database)["李梅"].attended == 2


def test_rule_monthly_collective_study(database: Database, people: dict[str, int]) -> None:
    study(database, date(2026, 1, 10), 2, [people["李梅"]])
    study(
        database, date(2026, 2, 10), 2, [people["李梅"]], kind=K.SELF_STUDY
    )  # alone: does not count
    study(
        database, date(2026, 3, 10), 2, [people["李梅"]], kind=K.THEME_DAY
    )  # a 主题党日 with study does
    with database.read() as session:
        months = training.monthly_study(session, 2026, TODAY)
    assert [m.status.value for m in months[:7]] == [
        "已开展",
        "未开展",
        "已开展",
        "未开展",
        "未开展",
        "本期待开展",
        "未到期",
    ]


def test_hours_credited_from_elsewhere(database: Database, people: dict[str, int]) -> None:
    with database.transaction() as session:
        training.credit_hours(
            session, people["李梅"], date(2026, 5, 1), 6, "集中学习", "萧山区流动党员党支部", TODAY
        )
    row = hours_of(database)["李梅"]
    assert (row.credited, row.total) == (6, 6)
    with database.read() as session:
        assert training.credits_in_year(session, 2026)[0].source == "萧山区流动党员党支部"


@pytest.mark.parametrize(
    ("hours", "day", "source", "message"),
    [
        (0, date(2026, 5, 1), "某支部", "学时应大于0"),
        (9, date(2026, 5, 1), "某支部", "一天的学时不能超过8"),
        (2, date(2026, 7, 1), "某支部", "学习日期不能晚于今天"),
        (2, date(2026, 5, 1), " ", "须注明学时来源"),
        (2, date(2026, 1, 1), "某支部", "还不是党员"),
    ],
)
def test_bad_credits_are_refused(
    database: Database, people: dict[str, int], hours: float, day: date, source: str, message: str
) -> None:
    who = people["王五"] if message == "还不是党员" else people["李梅"]
    with pytest.raises(ServiceError, match=message), database.transaction() as session:
        training.credit_hours(session, who, day, hours, "学习", source, TODAY)


@pytest.mark.parametrize(
    ("hours", "kind", "reason"),
    [
        (0, K.COLLECTIVE_STUDY, "学时应大于0"),
        (-2, K.COLLECTIVE_STUDY, "学时应大于0"),
        (25, K.COLLECTIVE_STUDY, "一天的学时不能超过24"),
        (None, K.COLLECTIVE_STUDY, "学习培训记录须填写学时"),
    ],
)
def test_bad_hours_on_a_record(hours: float | None, kind: ActivityKind, reason: str) -> None:
    draft = ActivityDraft(
        kind,
        date(2026, 5, 1),
        attendees=[Attendee(1, "李梅", Attendance.PRESENT)],
        study_hours=hours,
    )
    assert reason in [f.reason for f in check_activity(draft, TODAY)]


def test_rule_a_days_limit_holds_across_records(database: Database, people: dict[str, int]) -> None:
    study(database, date(2026, 5, 1), 5, [people["李梅"]])
    with pytest.raises(RecordInvalid, match="当天已有其他学习记录，合计将超过8学时"):
        study(database, date(2026, 5, 1), 4, [people["李梅"]])
    study(database, date(2026, 5, 1), 3, [people["李梅"]])  # exactly the limit is possible


def test_attendee_not_yet_a_member_is_refused(database: Database, people: dict[str, int]) -> None:
    with pytest.raises(RecordInvalid, match="王五在2026-02-01还不是党员"):
        study(database, date(2026, 2, 1), 2, [people["王五"], people["李梅"]])


def test_training_exports(database: Database, people: dict[str, int], tmp_path: Path) -> None:
    study(database, date(2026, 4, 20), 3, [people["张三"], people["李梅"]], [people["王五"]])
    with database.read() as session:
        sessions = training.training_sessions(session, 2026)
        rows = training.member_hours(session, 2026, TODAY)
        credits = training.credits_in_year(session, 2026)
    ledger = load_workbook(
        export_ledger(tmp_path / "台账.xlsx", sessions, "东岙村党支部", 2026, TODAY)
    ).active
    assert ledger["A1"].value == "东岙村党支部2026年党员教育培训台账"
    assert ledger.freeze_panes == "A4" and ledger.print_title_rows == "$1:$3"
    body = list(ledger.iter_rows(min_row=4, values_only=True))
    assert body[0][2:4] == ("集中学习", "学习党章") and body[0][6] == 3
    # the ledger ends with its 年度合计: sessions, hours, 应参加, 实参加 and the 参会率 (issue 18)
    assert body[1][2:4] == ("年度合计", "共1次") and body[1][6] == 3
    assert body[1][7:10] == (3, 2, "参会率2/3（66.7%）")
    hours = load_workbook(
        export_hours(tmp_path / "学时.xlsx", rows, credits, "东岙村党支部", 2026, TODAY)
    )
    table = {
        row[1]: row for row in hours.worksheets[0].iter_rows(min_row=5, values_only=True) if row[1]
    }
    # 3 of the 15.9 hours due by 30 June: behind, as the 首页 and the report say
    assert table["李梅"][4:8] == (32, 3, 0, 3) and table["李梅"][9] == "进度落后"
    assert hours.sheetnames == ["2026年学时统计", "外出学习学时"]


def test_the_period_workbook_hours_and_credits_cover_the_same_days(
    database: Database, people: dict[str, int], tmp_path: Path
) -> None:
    """The 学时统计 and 外出学习学时 sheets of a quarter's workbook both count the year to the
    quarter's end, say so in their titles, and add up: credits of 5 May and 10 June count in a
    second-quarter workbook made on 30 June, a study on 20 June does not count in the first."""
    from dangwu_desktop.ledgers import ExportScope, export_named

    study(database, date(2026, 2, 1), 3, [people["李梅"]])
    study(database, date(2026, 6, 20), 2, [people["李梅"]])
    with database.transaction() as session:
        for day, hours in ((date(2026, 5, 5), 4), (date(2026, 6, 10), 2)):
            training.credit_hours(session, people["李梅"], day, hours, "集中学习", "萧山区", TODAY)
    workbook = export_named("workbook")
    sheets = {}
    for quarter in (1, 2):
        scope = ExportScope(TODAY, 2026, quarter=quarter)
        with database.read() as session:
            gathered = workbook.gather(session, scope)
        path = workbook.write(tmp_path / f"Q{quarter}.xlsx", gathered, "东岙村党支部", scope)
        sheets[quarter] = load_workbook(path)
    first, second = sheets[1], sheets[2]
    assert (
        first["学时统计"]["A1"].value
        == "东岙村党支部2026年党员学习培训学时统计表（截至2026-03-31）"
    )
    assert "外出学习学时" not in first.sheetnames  # no credits by 31 March
    hours = {row[1]: row for row in second["学时统计"].iter_rows(min_row=5, values_only=True)}
    assert hours["李梅"][5:8] == (5, 6, 11)  # 集中学习, 外出学习, 合计 to 30 June
    credit_sheet = second["外出学习学时"]
    assert credit_sheet["A1"].value.endswith("外出学习学时登记（截至2026-06-30）")
    credited = [
        row[3] for row in credit_sheet.iter_rows(min_row=4, values_only=True) if row[1] == "李梅"
    ]
    assert sum(credited) == hours["李梅"][6]
    q1 = {row[1]: row for row in first["学时统计"].iter_rows(min_row=5, values_only=True)}
    assert q1["李梅"][5:8] == (3, 0, 3)  # the June study is not in the first quarter's figures


@pytest.mark.parametrize(
    ("as_of", "label"), [(date(2026, 6, 30), "进度落后"), (date(2026, 12, 31), "未达标")]
)
def test_hours_sheet_says_behind_while_the_year_runs_and_short_once_it_is_over(
    database: Database, people: dict[str, int], tmp_path: Path, as_of: date, label: str
) -> None:
    study(database, date(2026, 2, 1), 3, [people["李梅"]])
    with database.read() as session:
        rows = training.member_hours(session, 2026, as_of)
    path = export_hours(tmp_path / "学时.xlsx", rows, [], "东岙村党支部", 2026, as_of)
    table = {
        row[1]: row for row in load_workbook(path).active.iter_rows(min_row=5, values_only=True)
    }
    assert table["李梅"][9] == label
