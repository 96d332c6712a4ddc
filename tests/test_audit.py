"""操作日志: every change recorded in the same transaction, old → new, and nothing for a change
that did not happen."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import ActivityKind, Attendance
from dangwu_desktop.core.models import AuditEntry
from dangwu_desktop.core.services import RecordInvalid, activities
from dangwu_desktop.core.services.members import add_member, update_member
from dangwu_desktop.core.services.settings import LATE_ENTRY_DAYS, set_setting
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
    assert entries[-1][:3] == ("设置", "新增", "records/late_entry_days")


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
