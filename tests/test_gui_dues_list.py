"""按名单登记党费 as a secretary uses it: she pastes a list copied from WeChat, sees what each row
would record and which rows are wrong, corrects them, and 登记 records the whole list."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.dues.rules import DuesCategory, StandardInput
from dangwu_desktop.ledgers.dues.service import set_standard
from dangwu_desktop.ui.dialogs.dues_list_dialog import DuesListDialog, open_dues_list_dialog
from tests.conftest import TODAY
from tests.roster_files import write_xlsx
from tests.test_dues_service import person


@pytest.fixture
def village(database: Database, branch: None) -> None:
    with database.transaction() as session:
        for name in ("张三", "李四", "王五"):
            member_id = add_member(session, person(name), TODAY).id
            set_standard(
                session,
                member_id,
                StandardInput(DuesCategory.FARMER, date(TODAY.year, 1, 1)),
                TODAY,
            )


def _paste(qtbot: Any, dialog: DuesListDialog, text: str) -> None:
    """Ctrl+A, Ctrl+V in the box, as after copying the list elsewhere."""
    QApplication.clipboard().setText(text)
    box = dialog.ui.pasteEdit
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _table(dialog: DuesListDialog) -> list[list[str]]:
    table = dialog.ui.previewTable
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _payments(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(DuesPayment)) or 0


def test_a_pasted_list_is_previewed_corrected_and_recorded(
    qtbot: Any, context: Any, database: Database, village: None
) -> None:
    dialog = DuesListDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    _paste(qtbot, dialog, "张三 ￥1.50\n赵六 0.50\n李四 0.50 已收\n")
    qtbot.waitUntil(lambda: dialog.ui.previewTable.rowCount() == 3)
    rows = _table(dialog)
    assert rows[0][:4] == ["1", "张三", "1.50", f"{TODAY.year}年1—3月"]
    assert rows[1] == ["2", "", "", "", "", "姓名“赵六”：花名册中没有这名党员：请核对姓名，或先在花名册中登记"]  # fmt: skip
    assert rows[2][5].startswith("第3项“已收”：无法识别")
    assert not save.isEnabled()
    assert "2行有错误" in dialog.ui.summaryLabel.text()
    assert "整份名单无误才会登记" in dialog.ui.errorLabel.text()
    assert dialog.ui.faultReportButton.isEnabled()

    _paste(qtbot, dialog, "张三 ￥1.50\n李四\t0.50\t2026-06-02\n")
    qtbot.waitUntil(lambda: dialog.ui.previewTable.rowCount() == 2)
    assert _table(dialog)[1][:5] == ["2", "李四", "0.50", f"{TODAY.year}年1月", "2026-06-02"]
    assert save.isEnabled() and save.text() == "登记"
    assert _payments(database) == 0  # the preview wrote nothing
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.recorded is not None and dialog.recorded.summary == "共2笔，2.00元"
    assert _payments(database) == 2


def test_a_list_file_is_chosen_and_recorded(
    qtbot: Any, context: Any, database: Database, village: None, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "名单.xlsx",
        [
            ["姓名", "金额", "交纳日期", "代缴人"],
            ["王五", 0.5, "2026-06-03", "王小五"],
            ["合计", 0.5],
        ],
    )
    dialog = DuesListDialog(context)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    assert dialog.ui.fileLabel.text() == "名单.xlsx"
    assert _table(dialog) == [
        ["2", "王五", "0.50", f"{TODAY.year}年1月", "2026-06-03", "王小五代缴"]
    ]
    assert dialog.ui.summaryLabel.text() == "名单.xlsx：共1笔，0.50元，跳过1行（表尾或空行）"


def test_the_page_opens_it_and_gets_what_was_recorded(
    qtbot: Any, context: Any, database: Database, village: None
) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DuesListDialog)
        _paste(qtbot, dialog, "王五 0.50")
        qtbot.waitUntil(lambda: dialog.ui.previewTable.rowCount() == 1)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer)
    recorded = open_dues_list_dialog(None, context)
    assert recorded is not None and recorded.summary == "共1笔，0.50元"
    assert _payments(database) == 1


def test_a_failed_backup_records_nothing_and_says_so(
    qtbot: Any, context: Any, database: Database, village: None, monkeypatch: Any
) -> None:
    """The list is backed up before it is recorded; when the backup fails, nothing is written."""
    from dangwu_desktop.db import safety
    from dangwu_desktop.db.backups import BackupError

    def fail(path: Any, label: str) -> None:
        raise BackupError("磁盘已满")

    monkeypatch.setattr(safety, "backup_now", fail)
    dialog = DuesListDialog(context)
    qtbot.addWidget(dialog)
    _paste(qtbot, dialog, "王五 0.50")
    qtbot.waitUntil(lambda: dialog.ui.previewTable.rowCount() == 1)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "备份失败，没有登记：磁盘已满" in dialog.ui.errorLabel.text()
    assert _payments(database) == 0 and dialog.recorded is None
