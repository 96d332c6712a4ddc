"""Two PCs on one server edit the same record: the second save is refused and says whose change
came first — never a silent overwrite (issue 23: a version column on the records)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from dangwu_desktop.core import audit
from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import ActivityKind, Attendance, MovementKind
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.record_versions import EditedElsewhere
from dangwu_desktop.core.services import activities, members
from dangwu_desktop.db.database import Database
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog
from tests.conftest import TODAY, member

pytestmark = pytest.mark.usefixtures("branch")
FIRST_SAVE = datetime(2026, 12, 1, 9, 30)


@pytest.fixture
def operator() -> Iterator[None]:
    """The first saver signed in as 王伟."""
    audit.set_operator("王伟")
    yield
    audit.set_operator("")


@pytest.fixture
def member_id(database: Database) -> int:
    with database.transaction() as session:
        return members.add_member(session, member(name="陈静"), TODAY).id


def read(database: Database, member_id: int) -> tuple[str, int]:
    with database.read() as session:
        row = members.get_member(session, member_id)
        return row.phone, row.version


def save_phone(database: Database, member_id: int, phone: str, read_version: int | None) -> None:
    with database.transaction() as session:
        data = members.member_data(members.get_member(session, member_id))
        members.update_member(
            session, member_id, replace(data, phone=phone), TODAY, read_version=read_version
        )


@pytest.mark.usefixtures("operator")
def test_the_second_of_two_saves_begun_from_one_version_is_refused_naming_the_first_saver(
    database: Database, member_id: int
) -> None:
    _, version = read(database, member_id)  # both PCs open the member
    save_phone(database, member_id, "13900000001", version)  # 王伟's PC saves first
    with pytest.raises(EditedElsewhere, match=r"已由王伟于\d{4}-\d\d-\d\d \d\d:\d\d修改并保存"):
        save_phone(database, member_id, "13900000002", version)
    assert read(database, member_id) == ("13900000001", version + 1)  # the first save stands


def test_each_save_is_the_next_version_and_an_editor_that_read_the_latest_saves(
    database: Database, member_id: int
) -> None:
    for phone in ("13900000001", "13900000002", "13900000003"):
        save_phone(database, member_id, phone, read(database, member_id)[1])
    assert read(database, member_id) == ("13900000003", 4)


def test_a_save_in_the_instant_between_anothers_read_and_write_is_refused(
    database: Database, member_id: int
) -> None:
    """The version is checked by the database's UPDATE too, not only against what was read."""
    before = read(database, member_id)
    refused = pytest.raises(EditedElsewhere, match="刚刚被另一台电脑修改并保存")
    with refused, database.transaction() as session:
        row = members.get_member(session, member_id)  # held: the session keeps what it read
        data = members.member_data(row)
        # Another PC's save lands after this one read the row (not seen by its session).
        session.connection().execute(
            text("UPDATE member SET version = version + 1 WHERE id = :id"), {"id": member_id}
        )
        members.update_member(session, member_id, replace(data, phone="139"), TODAY)
    assert read(database, member_id) == before  # the whole transaction rolled back


def test_a_movement_does_not_make_an_open_member_form_stale(
    database: Database, member_id: int
) -> None:
    """The member form records movements itself (流出 from within the form), then saves."""
    _, version = read(database, member_id)
    with database.transaction() as session:
        members.record_movement(
            session,
            member_id,
            Movement(MovementKind.MOBILE_OUT, date(2026, 3, 1), place="杭州"),
            TODAY,
        )
    save_phone(database, member_id, "13900000001", version)
    assert read(database, member_id) == ("13900000001", version + 1)


def test_a_meeting_record_saved_from_an_older_version_is_refused(
    database: Database, member_id: int
) -> None:
    draft = ActivityDraft(
        kind=ActivityKind.THEME_DAY,
        date=date(2026, 6, 5),
        place="村部",
        title="主题党日",
        host="陈静",
        recorder="陈静",
        minutes="学习了党章。",
        attendees=[Attendee(member_id, "陈静", Attendance.PRESENT)],
    )
    with database.transaction() as session:
        record = activities.save_activity(session, draft, TODAY, now=FIRST_SAVE)
        record_id, version = record.id, record.version
    with database.transaction() as session:
        activities.save_activity(
            session, replace(draft, place="村党群服务中心"), TODAY, activity_id=record_id,
            read_version=version, now=FIRST_SAVE,
        )  # fmt: skip
    refused = pytest.raises(EditedElsewhere, match="这条记录在您打开之后")
    with refused, database.transaction() as session:
        activities.save_activity(
            session, replace(draft, place="祠堂"), TODAY, activity_id=record_id,
            read_version=version,
        )  # fmt: skip
    with database.read() as session:
        assert activities.get_activity(session, record_id).place == "村党群服务中心"


def test_the_member_form_says_whose_save_came_first_and_keeps_what_was_typed(
    qtbot: QtBot, context: AppContext, member_id: int, operator: None
) -> None:
    dialog = MemberDialog(context, member_id)
    qtbot.addWidget(dialog)
    save_phone(context.database, member_id, "13900000001", None)  # another PC, meanwhile
    dialog.ui.phoneEdit.clear()
    qtbot.keyClicks(dialog.ui.phoneEdit, "13900000002")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.result()  # still open, the typed number in its box
    assert dialog.ui.phoneEdit.text() == "13900000002"
    assert "已由王伟于" in dialog.ui.findingsLabel.text()
    assert read(context.database, member_id)[0] == "13900000001"
