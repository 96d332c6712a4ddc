"""季度计划 and the forms that go to the township: the plan 报备表 and a meeting's 报备单."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from dangwu_desktop.core.demo import BRANCH_NAME, build_demo_village
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.services import ServiceError, plans
from dangwu_desktop.core.services.activities import record_sheets
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.plan_forms import export_plan, export_report_slip

TODAY = date(2026, 11, 25)
K = ActivityKind


@pytest.fixture
def demo(database: Database) -> Database:
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    return database


def kinds(items: list[plans.PlanItem]) -> list[str]:
    return sorted(item.kind.value for item in items)


def test_suggested_plan_follows_the_frequency_rules(demo: Database) -> None:
    with demo.read() as session:
        first = plans.suggest_plan(session, 2026, 1)
        fourth = plans.suggest_plan(session, 2026, 4)
    # monthly: 3 支委会, 3 主题党日, 3 × 4 groups' 党小组会; quarterly: 1 党员大会, 1 党课
    assert kinds(first).count("支部委员会会议") == 3 and kinds(first).count("党小组会") == 12
    assert kinds(first).count("支部党员大会") == 1 and kinds(first).count("党课") == 1
    assert "组织生活会" not in kinds(first)  # a yearly item is planned in the fourth quarter
    assert {"组织生活会", "民主评议党员", "谈心谈话"} <= set(kinds(fourth))
    assert all(date(2026, 1, 1) <= item.planned_date <= date(2026, 3, 31) for item in first)


def test_plan_is_saved_per_quarter_and_checked(demo: Database) -> None:
    items = [plans.PlanItem(K.THEME_DAY, date(2026, 4, 10), "重温入党誓词")]
    with demo.transaction() as session:
        plans.save_plan(session, 2026, 2, items)
    with demo.read() as session:
        assert plans.load_plan(session, 2026, 2) == items
        assert plans.load_plan(session, 2027, 1) == []  # the demo plans only this year's quarters
    outside = [plans.PlanItem(K.THEME_DAY, date(2026, 7, 10))]
    with pytest.raises(ServiceError, match="不在2026年第二季度内"), demo.transaction() as session:
        plans.save_plan(session, 2026, 2, outside)
    no_group = [plans.PlanItem(K.GROUP, date(2026, 4, 15))]
    with pytest.raises(ServiceError, match="请选择党小组"), demo.transaction() as session:
        plans.save_plan(session, 2026, 2, no_group)


def test_plan_form_and_report_slip(demo: Database, tmp_path: Path) -> None:
    with demo.read() as session:
        items = plans.suggest_plan(session, 2026, 4)
        record = next(
            r
            for r in record_sheets(session, date(2026, 9, 1), date(2026, 9, 30))
            if r.kind is K.BRANCH_GENERAL
        )
    plan = export_plan(
        tmp_path / "计划.xlsx", items, {1: "第一党小组"}, BRANCH_NAME, 2026, 4, TODAY
    )
    sheet = load_workbook(plan).active
    assert sheet["A1"].value == f"{BRANCH_NAME}2026年第四季度“三会一课”计划报备表"
    listed = [
        row[1] for row in sheet.iter_rows(min_row=4, max_row=3 + len(items), values_only=True)
    ]
    assert "党小组会（第一党小组）" in listed and len(listed) == len(items)
    slip = Document(str(export_report_slip(tmp_path / "报备单.docx", record, BRANCH_NAME, TODAY)))
    rows = slip.tables[0].rows
    cells = [row.cells[1].text for row in rows]
    assert cells[1] == "支部党员大会" and f"应到{record.expected}人" in cells[5]
    assert cells[-2] == "2026-11-25"
    # Issue 18: a box for the township's review, and blanks to sign on that survive (not the
    # trailing full-width spaces Word, WPS and Qt drop at the end of a line).
    assert rows[-1].cells[0].text == "镇党委（党建办）审核意见" and cells[-1] == ""
    signature = slip.paragraphs[-1]
    assert "支部书记（签字）：" in signature.text and "党支部（盖章）：" in signature.text
    assert not signature.text.endswith("　") and any(r.underline for r in signature.runs)


def test_a_suggested_plan_reads_like_the_branchs_own(demo: Database, tmp_path: Path) -> None:
    """Issue 18: each kind's 议题 (not the template's first line on every row), the branch's
    usual 地点, a 党小组会 led by its group's 组长, dates on working days or the branch's fixed
    主题党日 day; the 报备表's header frozen and printed on every page."""
    from collections import Counter

    from sqlalchemy import select

    from dangwu_desktop.core.models import Activity
    from dangwu_desktop.core.services.branch import group_leaders, list_groups

    with demo.read() as session:
        items = plans.suggest_plan(session, 2026, 4)
        places = Counter(session.scalars(select(Activity.place).where(Activity.place != "")))
        theme_days = Counter(
            d.day
            for d in session.scalars(select(Activity.date).where(Activity.kind == K.THEME_DAY))
        )
        leaders = group_leaders(session)
        groups = {g.id: g.name for g in list_groups(session)}
    usual = places.most_common(1)[0][0]
    assert {item.place for item in items} == {usual}
    group_meeting = next(i for i in items if i.kind is K.GROUP)
    assert "集中学习" in group_meeting.topic and "讨论交流" in group_meeting.topic
    assert len({item.topic for item in items}) > 3  # each kind its own 议题
    for item in items:
        if item.kind is K.GROUP:
            assert item.group_id is not None and item.host == leaders[item.group_id]
        if item.kind is K.THEME_DAY:
            assert item.planned_date.day == theme_days.most_common(1)[0][0]
        else:
            assert item.planned_date.weekday() < 5, item  # no Saturday by accident
    sheet = load_workbook(
        export_plan(tmp_path / "计划.xlsx", items, groups, BRANCH_NAME, 2026, 4, TODAY)
    ).active
    assert sheet.freeze_panes == "A4" and sheet.print_title_rows == "$1:$3"
    assert sheet.title == "2026年第四季度"
