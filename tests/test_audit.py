"""操作日志: every change recorded in the same transaction, old → new, and nothing for a change
that did not happen."""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import date, datetime, time

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import dangwu_desktop.core
from dangwu_desktop.core import audit
from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.activity_templates import template_key
from dangwu_desktop.core.glossary import ActivityKind, Attendance, Grade
from dangwu_desktop.core.models import AuditEntry
from dangwu_desktop.core.security import FAILURES, LOCKED_UNTIL, PASSWORD
from dangwu_desktop.core.services import RecordInvalid, activities, training
from dangwu_desktop.core.services.appraisals import GradeEntry, save_grades
from dangwu_desktop.core.services.members import add_member, update_member
from dangwu_desktop.core.services.reports import Notes, ReportPeriod, save_notes
from dangwu_desktop.core.services.settings import (
    ATTACHMENT_LIMIT_MB,
    LATE_ENTRY_DAYS,
    LECTURE_PERIOD,
    MASK_EXPORTS,
    REGISTERED,
    set_setting,
)
from dangwu_desktop.db.database import Database
from tests.conftest import TODAY, member

pytestmark = pytest.mark.usefixtures("branch")


def log(database: Database) -> list[tuple[str, str, str, str]]:
    with database.read() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(e.subject, e.action, e.record, e.changes) for e in rows]


def test_member_changes_are_logged_old_to_new_with_the_id_masked(database: Database) -> None:
    with database.transaction() as session:
        member_id = add_member(session, member(), TODAY).id
    with database.transaction() as session:
        update_member(session, member_id, member(phone="13911112222"), TODAY)
    entries = [e for e in log(database) if e[0] == "党员"]
    assert entries[0][:3] == ("党员", "新增", "张三")
    assert (
        "公民身份号码：3307**********1238" in entries[0][3]
        and "330726199001011238" not in entries[0][3]
    )
    assert entries[1][:3] == ("党员", "修改", "张三")
    assert entries[1][3] == "联系电话：13800001111 → 13911112222"


def test_a_refused_change_leaves_no_entry(database: Database) -> None:
    before = log(database)
    with pytest.raises(RecordInvalid), database.transaction() as session:
        add_member(session, member(name=""), TODAY)
    assert log(database) == before


def test_records_the_bin_and_settings_are_logged(database: Database) -> None:
    with database.transaction() as session:
        someone = add_member(session, member(), TODAY).id
        draft = ActivityDraft(
            ActivityKind.THEME_DAY,
            date(2026, 6, 10),
            attendees=[Attendee(someone, "张三", Attendance.PRESENT)],
        )
        record_id = activities.save_activity(session, draft, TODAY).id
    with database.transaction() as session:
        activities.delete_activity(session, record_id, datetime(2026, 6, 20))
    with database.transaction() as session:
        set_setting(session, LATE_ENTRY_DAYS, "5")
    entries = log(database)
    assert ("组织生活与学习", "新增", "2026-06-10 主题党日") in [e[:3] for e in entries]
    assert ("组织生活与学习", "移到回收站", "2026-06-10 主题党日") in [e[:3] for e in entries]
    assert entries[-1][:3] == ("设置", "新增", "会后几天以上录入算补录")


def test_the_audit_page_lists_and_filters(
    qtbot: QtBot, context: object, database: Database
) -> None:
    from dangwu_desktop.ui.pages.audit import AuditPage

    with database.transaction() as session:
        add_member(session, member(), TODAY)
    page = AuditPage(context)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.ui.fromEdit.clear()  # blank bounds: no limit, as the entries carry the real clock
    page.ui.toEdit.clear()
    page.load()
    total = page.ui.table.rowCount()
    assert total >= 2  # the branch from the fixture, and the member
    page.ui.subjectFilter.setCurrentText("党员")
    assert page.ui.table.rowCount() == 1 and page.ui.table.item(0, 3).text() == "张三"
    assert page.ui.table.editTriggers() == page.ui.table.EditTrigger.NoEditTriggers


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_/]*")


@pytest.mark.parametrize("model", audit.audited_models(), ids=lambda m: m.__name__)
def test_every_logged_field_of_every_audited_book_is_named_in_chinese(model: type) -> None:
    fields = audit.logged_fields(model)
    assert fields, f"{model.__name__} logs no field at all"
    named_in_code = {key: audit.field_label(model, key) for key in fields}
    assert {k: v for k, v in named_in_code.items() if IDENTIFIER.fullmatch(v)} == {}


def test_every_setting_is_named_in_chinese_words() -> None:
    for module in pkgutil.walk_packages(dangwu_desktop.core.__path__, "dangwu_desktop.core."):
        importlib.import_module(module.name)  # every module that declares a setting
    keys = list(REGISTERED)
    declared = {LECTURE_PERIOD, LATE_ENTRY_DAYS, ATTACHMENT_LIMIT_MB, MASK_EXPORTS}
    assert declared | {training.MEMBER_HOURS, training.CADRE_HOURS} <= set(REGISTERED.values())
    keys += [template_key(kind) for kind in ActivityKind]
    keys += [PASSWORD, FAILURES, LOCKED_UNTIL]
    assert {
        k: audit.setting_name(k) for k in keys if IDENTIFIER.fullmatch(audit.setting_name(k))
    } == {}


def test_a_meeting_change_names_its_fields_in_chinese(database: Database) -> None:
    with database.transaction() as session:
        someone = [Attendee(add_member(session, member(), TODAY).id, "张三", Attendance.PRESENT)]
        draft = ActivityDraft(
            ActivityKind.THEME_DAY, date(2026, 6, 10), start_time=time(9, 0), attendees=someone
        )
        record_id = activities.save_activity(session, draft, TODAY).id
    with database.transaction() as session:
        draft = ActivityDraft(
            ActivityKind.THEME_DAY, date(2026, 6, 10), start_time=time(14, 30), attendees=someone
        )
        activities.save_activity(session, draft, TODAY, activity_id=record_id)
    changed = log(database)[-1]
    assert changed[:3] == ("组织生活与学习", "修改", "2026-06-10 主题党日")
    assert "开始时间：09:00 → 14:30" in changed[3]


def test_an_appraisal_entry_names_the_member(database: Database) -> None:
    with database.transaction() as session:
        someone = add_member(session, member(name="李四"), TODAY).id
    with database.transaction() as session:
        save_grades(session, 2025, [GradeEntry(someone, Grade.QUALIFIED)], TODAY)
    entry = log(database)[-1]
    assert entry[:3] == ("民主评议", "新增", "李四 2025年")
    assert "等次：合格" in entry[3].splitlines()


def test_report_texts_and_settings_are_named_in_chinese(database: Database) -> None:
    with database.transaction() as session:
        save_notes(session, ReportPeriod(2026, 2), Notes(achievements="完成换届"))
        set_setting(session, LATE_ENTRY_DAYS, "5")
    note, setting = log(database)[-2:]
    assert note[:3] == ("报告文字", "新增", "2026年第二季度工作报告")
    assert note[3] == "工作成效：完成换届"
    assert setting[:4] == ("设置", "新增", "会后几天以上录入算补录", "内容：5")


def test_each_book_names_its_own_tables_for_the_log() -> None:
    """No central list of audited tables: each model declares its subject and how a row is named,
    so a new ledger's tables are logged as soon as they exist."""
    names = {model.__name__: model.AUDIT_SUBJECT for model in audit.audited_models()}
    assert names["Member"] == "党员" and names["Appraisal"] == "民主评议"
    # 3 发展党员's, 4 换届's, 5 流动党员's, 3 三张清单's
    assert len(names) == 32 and "ActivityAttendance" not in names
    assert names["MobileStint"] == "流动党员" and names["IncomingMember"] == "流入党员"
    assert names["ListItem"] == "三张清单"
    assert (
        names["DuesPayment"] == "党费"
    )  # a ledger package's own table  # logged as its record's change
    assert not hasattr(audit, "SUBJECTS")
