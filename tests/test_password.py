"""The optional password: argon2 hash, changing needs the old one, slower after wrong tries."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dangwu_desktop.core import security
from dangwu_desktop.core.models import AuditEntry, Setting
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.db.database import Database
from dangwu_desktop.ui.context import AppContext

NOW = datetime(2026, 11, 25, 9, 0)


def test_the_password_is_stored_as_an_argon2_hash_only(database: Database) -> None:
    with database.transaction() as session:
        security.set_password(session, "qianxi2026")
    with database.read() as session:
        stored = session.get(Setting, security.PASSWORD)
        assert (
            stored is not None
            and stored.value.startswith("$argon2")
            and "qianxi2026" not in stored.value
        )
        logged = "".join(e.changes for e in session.scalars(select(AuditEntry)))
        assert "argon2" not in logged and "（内容不记录）" in logged


def test_changing_or_removing_needs_the_current_password(database: Database) -> None:
    with database.transaction() as session:
        security.set_password(session, "qianxi2026")
    with pytest.raises(ServiceError, match="原密码不正确"), database.transaction() as session:
        security.set_password(session, "another1", "wrong")
    with pytest.raises(ServiceError, match="至少6位"), database.transaction() as session:
        security.set_password(session, "123", "qianxi2026")
    with database.transaction() as session:
        security.clear_password(session, "qianxi2026")
        assert not security.has_password(session)


@pytest.mark.parametrize(("failures", "wait"), [(1, 0), (2, 0), (3, 2), (4, 4), (5, 8), (20, 300)])
def test_rule_wrong_tries_slow_down(failures: int, wait: int) -> None:
    assert security.wait_for(failures) == wait


def test_wrong_tries_are_counted_and_make_the_next_wait(database: Database) -> None:
    with database.transaction() as session:
        security.set_password(session, "qianxi2026")
        for attempt in range(3):
            assert not security.try_password(session, "guess", NOW + timedelta(seconds=attempt))
        assert security.seconds_to_wait(session, NOW + timedelta(seconds=2)) == 2
        assert not security.try_password(
            session, "qianxi2026", NOW + timedelta(seconds=3)
        )  # still waiting
        assert security.try_password(session, "qianxi2026", NOW + timedelta(seconds=10))
        assert security.failures(session) == 0


def test_login_dialog(qtbot: QtBot, context: AppContext) -> None:
    from dangwu_desktop.ui.dialogs.password_dialogs import LoginDialog, PasswordDialog

    setter = PasswordDialog(context)
    qtbot.addWidget(setter)
    setter.ui.newEdit.setText("qianxi2026")
    setter.ui.repeatEdit.setText("qianxi2027")
    setter.save()
    assert setter.ui.messageLabel.text() == "两次输入的新密码不一致"
    setter.ui.repeatEdit.setText("qianxi2026")
    setter.save()
    assert setter.result() == PasswordDialog.DialogCode.Accepted
    login = LoginDialog(context)
    qtbot.addWidget(login)
    qtbot.keyClicks(login.ui.passwordEdit, "guess")
    login.submit()
    assert "密码不正确（已连续错1次）" in login.ui.messageLabel.text()
    qtbot.keyClicks(login.ui.passwordEdit, "qianxi2026")
    login.submit()
    assert login.result() == LoginDialog.DialogCode.Accepted


def test_the_password_dialog_says_what_the_password_does_not_protect(
    qtbot: QtBot, context: AppContext
) -> None:
    """Issue 14: the password guards opening the program on this PC, not a copied data file."""
    from dangwu_desktop.ui.dialogs.password_dialogs import PasswordDialog

    dialog = PasswordDialog(context)
    qtbot.addWidget(dialog)
    said = dialog.ui.messageLabel.text()
    assert "在这台电脑上打开党务台账" in said and "命令行也要输入" in said
    assert "不给数据文件加密" in said and "U盘" in said
