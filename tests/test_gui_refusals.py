"""How a refused save is shown: a record's findings one a line, any other refusal whole."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.rules import Finding, Severity
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import FindingsGate, refusal_lines
from dangwu_desktop.ui.dialogs.credit_dialog import CreditDialog
from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog
from tests.conftest import TODAY, member

pytestmark = pytest.mark.usefixtures("branch")


def listed(label: QLabel) -> list[str]:
    """The lines of an error label's list, as the user reads them."""
    html = label.text()
    return [part.split("</li>")[0] for part in html.split("<li>")[1:]]


def add_member(context: AppContext, **overrides: object) -> int:
    with context.database.transaction() as session:
        return member_service.add_member(session, member(**overrides), TODAY).id


@pytest.mark.parametrize(
    ("refusal", "lines"),
    [
        (ServiceError("该党员记录已不存在"), ["该党员记录已不存在"]),
        # one message is one line, whatever punctuation it holds
        (ServiceError("无法恢复；备份文件已损坏"), ["无法恢复；备份文件已损坏"]),
        (
            RecordInvalid(
                [
                    Finding("", "学时应大于0", Severity.ERROR),
                    Finding("source", "不能为空", Severity.ERROR, label="来源"),
                    Finding("join_date", "在未来", Severity.ERROR, citation="第十一条；第十二条"),
                ]
            ),
            ["学时应大于0", "来源：不能为空", "入党时间：在未来（依据：第十一条；第十二条）"],
        ),
    ],
)
def test_refusal_lines(refusal: ServiceError, lines: list[str]) -> None:
    assert refusal_lines(refusal) == lines


def test_a_refusal_not_tied_to_a_field_is_shown_whole(qtbot: QtBot) -> None:
    label, button = QLabel(), QPushButton("保存")
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    FindingsGate(label, button).show_error("备份没有完成；请检查U盘后重试")
    assert listed(label) == ["备份没有完成；请检查U盘后重试"]


def test_crediting_hours_lists_each_problem_on_its_own_line(
    qtbot: QtBot, context: AppContext
) -> None:
    add_member(context, name="张三")
    dialog = CreditDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.hoursSpin.setValue(0)
    dialog.save()
    assert listed(dialog.ui.errorLabel) == [
        "学时应大于0",
        "须注明学时来源（在哪里、由哪个党组织组织的学习）",
    ]


def test_the_credit_dialog_offers_mobile_members_first(qtbot: QtBot, context: AppContext) -> None:
    from dangwu_desktop.core.glossary import MovementKind
    from dangwu_desktop.core.movements import Movement

    add_member(context, name="张三")
    away = add_member(context, name="李四", id_number="33072619920202123X")
    with context.database.transaction() as session:
        member_service.record_movement(
            session,
            away,
            Movement(MovementKind.MOBILE_OUT, date(2026, 3, 1), "", "", "", "义乌"),
            TODAY,
        )
    dialog = CreditDialog(context)
    qtbot.addWidget(dialog)
    combo = dialog.ui.memberCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["李四（流动在义乌）", "张三"]


def test_a_refused_movement_lists_each_problem_on_its_own_line(
    qtbot: QtBot, context: AppContext
) -> None:
    member_id = add_member(context, name="张三")
    dialog = MovementDialog(context, member_id)
    qtbot.addWidget(dialog)
    assert "党员：张三　当前党籍状态：在册" in dialog.ui.memberLabel.text()
    dialog.ui.kindCombo.setCurrentText("转出")
    dialog.ui.dateEdit.setDate(date(2010, 1, 1))  # before 张三 joined in 2015
    dialog.save()
    assert listed(dialog.ui.errorLabel) == [
        "转出须填写转往的党组织名称（组织关系转接）",
        "变动日期不能早于入党时间",
    ]
