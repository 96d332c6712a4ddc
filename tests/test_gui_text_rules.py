"""Refusals of the text rule (core.text_rules) as the secretary sees them in dialogs that do not
list findings themselves."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.activity_templates import template_topics
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.templates_dialog import TemplatesDialog
from tests.conftest import type_chinese


def test_an_agenda_with_a_direction_override_is_refused_with_a_message(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning",
        lambda _parent, title, text: shown.append(f"{title}|{text}"),
    )
    dialog = TemplatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.kindList.setCurrentRow(1)  # 支部委员会会议
    dialog.ui.topicsEdit.selectAll()
    type_chinese(dialog.ui.topicsEdit, "传达学习\n研究\u202e事项")
    dialog.ui.kindList.setCurrentRow(2)  # leaving the kind saves it
    assert shown == [
        "议题没有保存|支部委员会会议的议题没有保存："
        "议题：含有文字方向控制符：第2条的第3个字符是看不见的U+202E，会打乱文字的显示顺序，请删去"
    ]
    with context.database.read() as session:
        assert template_topics(session, ActivityKind.COMMITTEE) == [
            "传达学习",
            "研究事项",
            "工作部署",
        ]
