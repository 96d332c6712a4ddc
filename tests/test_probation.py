"""The 预备期 and what a 支部党员大会 decides at its end (issue 17 item 4): 转正 on the day the
probation ends, 延长预备期 once by six to twelve months, 取消预备党员资格; each with its meeting's
day (党章第七条, 发展党员工作细则第三十二条). Dated cases through the service, the roster, the 首页
reminders and the movement dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.reminders import ReminderKind
from dangwu_desktop.core.roster import active_counts, load_roster
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.core.services import members as service
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers.roster import reminders as roster_reminders
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog
from tests.conftest import TODAY, member, type_date

JOINED = date(2025, 5, 1)  # the year ends 2026-05-01; TODAY is 2026-06-30
K = MovementKind


def probationer(database: Database, joined: date = JOINED) -> int:
    data = member(category=MemberCategory.PROBATIONARY, join_date=joined, full_member_date=None)
    with database.transaction() as session:
        return service.add_member(session, data, TODAY).id


def record(database: Database, member_id: int, movement: Movement) -> None:
    with database.transaction() as session:
        service.record_movement(session, member_id, movement, TODAY)


def refusal(database: Database, member_id: int, movement: Movement) -> list[tuple[str, str]]:
    with pytest.raises(RecordInvalid) as refused:
        record(database, member_id, movement)
    return [(f.rule, f.reason) for f in refused.value.findings]


def extend(months: int = 6, meeting: date = date(2026, 5, 8)) -> Movement:
    return Movement(K.PROBATION_EXTENDED, meeting, "需继续考察", decision_date=meeting,
                    extension_months=months)  # fmt: skip


@pytest.mark.parametrize(
    ("case", "history", "movement", "refused"),
    [
        ("转正 on the day the year ends, decided a week later", [],
         Movement(K.CONFIRMED, date(2026, 5, 1), decision_date=date(2026, 5, 8)), []),
        ("转正 without its meeting's day", [], Movement(K.CONFIRMED, date(2026, 5, 1)),
         [("member.probation_decision", "未填写支部党员大会讨论的日期")]),
        ("转正 dated the 预备期's last day, as many rosters do", [],
         Movement(K.CONFIRMED, date(2026, 4, 30), decision_date=date(2026, 5, 8)), []),
        ("转正 before the year is out", [],
         Movement(K.CONFIRMED, date(2026, 4, 29), decision_date=date(2026, 4, 29)),
         [("member.full_after_one_year", "预备期不足一年")]),
        ("转正 before the extension is out", [extend(6)],
         Movement(K.CONFIRMED, date(2026, 6, 1), decision_date=date(2026, 6, 1)),
         [("member.probation_extension", "延长的预备期未满")]),
        ("延长 by six months", [], extend(6), []),
        ("延长 by a year", [], extend(12), []),
        ("延长 by four months", [], extend(4), [("member.probation_extension", "延长预备期须为6至12个月")]),
        ("延长 a second time", [extend(6)], extend(6, date(2026, 6, 1)),
         [("member.probation_extension", "预备期已经延长过一次，不能再延长")]),
        ("取消 at a meeting", [],
         Movement(K.PROBATION_CANCELLED, date(2026, 5, 8), decision_date=date(2026, 5, 8)), []),
        ("取消 without its meeting's day", [], Movement(K.PROBATION_CANCELLED, date(2026, 5, 8)),
         [("member.probation_decision", "未填写支部党员大会讨论的日期")]),
    ],
)  # fmt: skip
def test_member_probation_decisions_by_the_service(
    database: Database,
    case: str,
    history: list[Movement],
    movement: Movement,
    refused: list[tuple[str, str]],
) -> None:
    member_id = probationer(database)
    for earlier in history:
        record(database, member_id, earlier)
    if refused:
        assert refusal(database, member_id, movement) == refused, case
    else:
        record(database, member_id, movement)


def test_probation_decisions_are_only_a_probationary_members(database: Database) -> None:
    with database.transaction() as session:
        full = service.add_member(session, member(), TODAY).id
    for kind in (K.PROBATION_EXTENDED, K.PROBATION_CANCELLED):
        movement = Movement(
            kind, date(2026, 5, 8), decision_date=date(2026, 5, 8), extension_months=6
        )
        assert refusal(database, full, movement) == [("", f"只有预备党员才能登记{kind.value}")]


def test_an_extended_probationer_is_not_overdue_until_the_extension_ends(
    database: Database,
) -> None:
    """member.probation_extension: extended by six months at the meeting of 2026-05-08, the
    probation ends 2026-11-01; until then the roster does not show 待转正 and the 首页 does not
    say 逾期 (today both said the year was over and the 转正 overdue)."""
    member_id = probationer(database)
    record(database, member_id, extend(6))

    def seen_on(today: date) -> tuple[bool, int, list[tuple[str, bool]]]:
        with database.read() as session:
            [row] = load_roster(session, today, [member_id])
            counts = active_counts(session, today)
            found = roster_reminders.reminders(session, today)
        confirmations = [
            (r.text, r.overdue) for r in found if r.kind is ReminderKind.CONFIRMATION_DUE
        ]
        return row.due_for_confirmation, counts.due_for_confirmation, confirmations

    assert seen_on(TODAY) == (False, 0, [])
    assert seen_on(date(2026, 10, 15)) == (False, 0, [(
        "预备党员张三的延长的预备期（6个月）将于2026-11-01期满（还有17天），请准备转正", False)])  # fmt: skip
    assert seen_on(date(2026, 11, 11)) == (True, 1, [(
        "预备党员张三的延长的预备期（6个月）已于2026-11-01期满（已过10天），应提交支部大会讨论转正",
        True)])  # fmt: skip


def test_a_cancelled_probationer_leaves_the_roster_of_members(database: Database) -> None:
    member_id = probationer(database)
    record(
        database,
        member_id,
        Movement(
            K.PROBATION_CANCELLED,
            date(2026, 5, 8),
            "不具备党员条件",
            decision_date=date(2026, 5, 8),
        ),
    )
    with database.read() as session:
        stored = service.get_member(session, member_id)
        assert stored.status is MembershipStatus.EXPELLED  # counted with 出党
        assert roster_reminders.reminders(session, TODAY) == []
        assert active_counts(session, TODAY).total == 0


def test_a_late_confirmation_is_registered_with_a_warning_to_see(database: Database) -> None:
    """member.confirmation_on_time: a meeting held more than three months after the year ended
    is pointed out before the 转正 is registered, and does not stop it."""
    member_id = probationer(database, date(2025, 1, 10))
    late = Movement(K.CONFIRMED, date(2026, 1, 10), decision_date=date(2026, 6, 20))
    with database.read() as session:
        findings = service.check_movement(session, member_id, late, TODAY)
    assert [(f.rule, f.severity.value) for f in findings] == [
        ("member.confirmation_on_time", "提示")
    ]
    record(database, member_id, late)
    with database.read() as session:
        assert service.get_member(session, member_id).full_member_date == date(2026, 1, 10)


# The movement dialog, as the secretary uses it.


def open_movement(qtbot: QtBot, context: AppContext, member_id: int) -> MovementDialog:
    dialog = MovementDialog(context, member_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # typing reaches the active window; leaving a field commits
        dialog.show()
        dialog.activateWindow()
    return dialog


def register(qtbot: QtBot, dialog: MovementDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_confirmation_dates_from_the_end_of_the_probation_not_from_today(
    qtbot: QtBot, context: AppContext
) -> None:
    """Today the dialog offered today (2026-06-30) as the 转正 date and 党龄 counted from it; it
    offers the day the year ended and asks for the meeting's day apart."""
    member_id = probationer(context.database)
    dialog = open_movement(qtbot, context, member_id)
    assert dialog.kind() is K.CONFIRMED
    assert dialog.ui.dateLabel.text() == "转正日期"
    assert dialog.ui.dateEdit.text() == "2026-05-01"
    assert dialog.ui.decisionEdit.isVisible() and not dialog.ui.monthsSpin.isVisible()
    register(qtbot, dialog)
    assert "未填写支部党员大会讨论的日期" in dialog.ui.errorLabel.text()
    assert dialog.result() != MovementDialog.DialogCode.Accepted
    type_date(qtbot, dialog.ui.decisionEdit, "2026.5.9")
    register(qtbot, dialog)
    assert dialog.result() == MovementDialog.DialogCode.Accepted
    with context.database.read() as session:
        stored = service.get_member(session, member_id)
        assert (stored.full_member_date, stored.movements[0].decision_date) == (
            date(2026, 5, 1),
            date(2026, 5, 9),
        )


def test_extending_the_probation_in_the_dialog_then_confirming_after_it(
    qtbot: QtBot, context: AppContext
) -> None:
    member_id = probationer(context.database)
    dialog = open_movement(qtbot, context, member_id)
    dialog.ui.kindCombo.setCurrentText(K.PROBATION_EXTENDED.value)
    assert dialog.ui.dateLabel.text() == "支部党员大会日期"
    assert dialog.ui.monthsSpin.isVisible() and not dialog.ui.decisionEdit.isVisible()
    assert (dialog.ui.monthsSpin.minimum(), dialog.ui.monthsSpin.maximum()) == (6, 12)
    type_date(qtbot, dialog.ui.dateEdit, "2026-05-08")
    dialog.ui.monthsSpin.setValue(8)
    register(qtbot, dialog)
    assert dialog.result() == MovementDialog.DialogCode.Accepted
    again = open_movement(qtbot, context, member_id)
    assert again.kind() is not K.CONFIRMED  # no longer due
    again.ui.kindCombo.setCurrentText(K.CONFIRMED.value)
    assert "预备期已延长8个月，期满日：2027-01-01" in again.ui.errorLabel.text()
    again.ui.kindCombo.setCurrentText(K.PROBATION_EXTENDED.value)
    type_date(qtbot, again.ui.dateEdit, "2026-06-01")
    assert "预备期已经延长过一次，不能再延长" in again.ui.errorLabel.text()  # previewed
    register(qtbot, again)
    assert "无法登记" in again.ui.errorLabel.text()
    assert "第三十二条" in again.ui.errorLabel.text()
    with context.database.read() as session:
        assert len(service.get_member(session, member_id).movements) == 1


def test_a_late_confirmation_in_the_dialog_needs_a_second_click(
    qtbot: QtBot, context: AppContext
) -> None:
    member_id = probationer(context.database, date(2025, 1, 10))
    dialog = open_movement(qtbot, context, member_id)
    assert dialog.ui.dateEdit.text() == "2026-01-10"
    type_date(qtbot, dialog.ui.decisionEdit, "2026-06-20")
    assert "预备期满后未及时讨论转正" in dialog.ui.errorLabel.text()
    register(qtbot, dialog)
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert button.text() == "仍然登记" and dialog.result() != MovementDialog.DialogCode.Accepted
    register(qtbot, dialog)
    assert dialog.result() == MovementDialog.DialogCode.Accepted


def test_an_extensions_meeting_date_is_left_for_the_secretary_to_type(
    qtbot: QtBot, context: AppContext
) -> None:
    """The dialog opens on 转正 with the probation's end filled in; switching to 延长预备期 turns
    the box into the 支部党员大会's date, which the dialog cannot know: it is emptied, and 登记
    without it is refused rather than recording a date nobody typed."""
    member_id = probationer(context.database, date(2025, 1, 10))
    dialog = open_movement(qtbot, context, member_id)
    assert dialog.ui.dateEdit.text() == "2026-01-10"
    dialog.ui.kindCombo.setCurrentText(K.PROBATION_EXTENDED.value)
    assert dialog.ui.dateLabel.text() == "支部党员大会日期" and dialog.ui.dateEdit.text() == ""
    register(qtbot, dialog)
    assert dialog.result() != MovementDialog.DialogCode.Accepted
    assert "无法登记" in dialog.ui.errorLabel.text()
    dialog.ui.kindCombo.setCurrentText(K.CONFIRMED.value)
    assert dialog.ui.dateEdit.text() == "2026-01-10"  # back to the probation's end
    type_date(qtbot, dialog.ui.dateEdit, "2026-01-12")
    dialog.ui.kindCombo.setCurrentText(K.PROBATION_EXTENDED.value)
    assert dialog.ui.dateEdit.text() == "2026-01-12"  # typed by the secretary: kept
