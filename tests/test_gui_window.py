"""The main window, the first-start setup dialog, the settings page, and start-up safeguards."""

from __future__ import annotations

import logging
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dangwu_desktop.app import ensure_branch
from dangwu_desktop.core.glossary import CommitteePost
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.db.single_writer import ALREADY_OPEN, one_writer
from dangwu_desktop.ui import errors
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.branch_dialog import BranchDialog
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.pages.settings import SettingsPage
from tests.conftest import TODAY, member, type_chinese, type_date


def test_sidebar_lists_only_built_pages(qtbot: QtBot, context: AppContext, branch: None) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    titles = [
        window.ui.navigationList.item(i).text() for i in range(window.ui.navigationList.count())
    ]
    assert titles == [
        "首页",
        "花名册",
        "组织生活",
        "学习培训",
        "党费",
        "发展党员",
        "专项台账",  # 流动党员, 换届, 三张清单 as its tabs
        "统计",
        "报表",
        "操作日志",
        "设置",
    ]
    window.show_page("roster")
    assert window.shown_page() is window.page("roster")


# The sidebar's room on the smallest screen a secretary has: 1366×768 at 125 % is 1093×614
# logical pixels, less the title bar, menu, demo banner and status bar.
SIDEBAR_ROOM = 480


def test_every_sidebar_entry_is_in_view_on_the_smallest_screen(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    window = MainWindow(context, demo=True)
    qtbot.addWidget(window)
    window.show()
    listed = window.ui.navigationList
    rows = sum(listed.visualItemRect(listed.item(i)).height() for i in range(listed.count()))
    assert rows + 8 <= SIDEBAR_ROOM, f"{listed.count()} entries take {rows + 8}px"


def test_pages_are_built_when_first_shown(qtbot: QtBot, context: AppContext, branch: None) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_page("roster")
    window.show()
    assert window.built_pages() == [
        "roster"
    ]  # a start straight into the roster builds nothing else
    window.ui.navigationList.setCurrentRow(2)
    assert window.shown_page() is window.page("activities")
    assert window.built_pages() == ["roster", "activities"]


def test_every_catalogued_page_has_its_module_and_class() -> None:
    import pkgutil

    from dangwu_desktop.ui import pages

    modules = {module.name for module in pkgutil.iter_modules(pages.__path__)}
    # A ledger's own page lives in its package (ledgers/dues/page.py), the others under ui/pages.
    assert modules == {e.name for e in pages.CATALOGUE if e.module.startswith(pages.__name__)}
    for entry in pages.CATALOGUE:
        page_class = pages.page_class(entry.name)
        assert entry.name == page_class.NAME
        for _text, method in entry.file_actions:
            assert callable(getattr(page_class, method, None)), f"{entry.name}.{method}"


def test_file_menu_import_opens_the_roster_and_its_wizard(
    qtbot: QtBot, context: AppContext, branch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop.ui.pages.roster import RosterPage

    started: list[str] = []
    monkeypatch.setattr(RosterPage, "import_roster", lambda page: started.append(page.NAME))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.ui.fileMenu.actions() if a.text() == "导入花名册…")
    action.trigger()
    assert started == ["roster"]
    assert window.shown_page() is window.page("roster")


def test_first_page_loads_when_shown_not_when_built(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    home = window.page("home")
    assert home.ui.branchTitle.text() != "中共东岙村支部委员会"  # type: ignore[attr-defined]
    window.show_page("home")
    assert home.ui.branchTitle.text() == "中共东岙村支部委员会"  # type: ignore[attr-defined]


def test_home_page_reminds_and_leads_to_the_record(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    from dangwu_desktop.core.glossary import MemberCategory

    with context.database.transaction() as session:
        data = member(
            category=MemberCategory.PROBATIONARY, join_date=date(2025, 5, 1), full_member_date=None
        )
        member_id = member_service.add_member(session, data, TODAY).id
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    items = [home.ui.attentionList.item(i) for i in range(home.ui.attentionList.count())]  # type: ignore[attr-defined]
    confirmation = next(i for i in items if "预备党员张三的预备期已于2026-05-01满一年" in i.text())
    assert "中国共产党章程》第七条" in confirmation.toolTip()
    assert home.figure_labels["due_for_confirmation"].text() == "1"  # type: ignore[attr-defined]
    opened: list[int] = []
    home.open_member.disconnect()
    home.open_member.connect(opened.append)
    attention = home.ui.attentionList  # type: ignore[attr-defined]
    attention.scrollToItem(confirmation)
    spot = attention.visualItemRect(confirmation).center()
    qtbot.mouseClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened == [member_id]


def test_a_change_on_one_page_refreshes_the_others_when_shown(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_page("roster")
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    with context.database.transaction() as session:
        branch_service.add_group(session, "第三党小组")
    settings.data_changed.emit()
    roster = window.show_page("roster")
    assert roster.ui.groupFilter.findText("第三党小组") >= 0  # type: ignore[attr-defined]


def test_first_start_asks_for_the_branch(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_save(dialog: BranchDialog) -> int:
        assert dialog.windowTitle() == "首次使用：填写支部基本信息"
        dialog.show()  # shown and active, so leaving the 任期 field fills its end as for the user
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.save()
        assert "支部名称不能为空" in dialog.ui.errorLabel.text()
        type_chinese(dialog.ui.nameEdit, "中共东岙村支部委员会")
        type_chinese(dialog.ui.parentOrgEdit, "中共浦阳镇委员会")
        type_chinese(dialog.ui.secretaryEdit, "陈静")
        type_date(qtbot, dialog.ui.termStartEdit, "2024.4.18")
        dialog.add_seat("李明", CommitteePost.ORGANISATION)
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(BranchDialog, "exec", fill_and_save)
    assert ensure_branch(context)
    with context.database.read() as session:
        info = branch_service.load_branch_info(session)
    assert info is not None
    assert (info.name, info.secretary, info.term_end) == (
        "中共东岙村支部委员会",
        "陈静",
        date(2029, 4, 18),
    )
    assert [(s.name, s.post) for s in info.committee] == [("李明", CommitteePost.ORGANISATION)]
    assert ensure_branch(context)  # asked once only


def test_settings_page_manages_groups_and_shows_where_data_lives(
    qtbot: QtBot, context: AppContext, branch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.load()
    assert page.ui.groupsTable.rowCount() == 2
    assert page.ui.databaseValue.text() == str(context.database.file_path)
    assert "每次保存后，数据都完整地在这一个文件里" in page.ui.journalValue.text()
    with context.database.transaction() as session:
        member_service.add_member(session, member(group_name="第一党小组"), TODAY)
    page.load()
    page.ui.groupsTable.setCurrentCell(0, 0)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    qtbot.mouseClick(page.ui.removeGroupButton, Qt.MouseButton.LeftButton)
    assert warnings == ["“第一党小组”还有1名党员，请先把他们调到其他党小组"]
    page.ui.groupsTable.setCurrentCell(1, 0)
    qtbot.mouseClick(page.ui.removeGroupButton, Qt.MouseButton.LeftButton)
    assert page.ui.groupsTable.rowCount() == 1


def test_a_second_instance_is_refused(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop import app

    db = tmp_path / "one.sqlite3"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    with one_writer(db):  # held as a running window or command holds it
        assert app.run_gui(db) == 1
    assert shown == [ALREADY_OPEN] and "已在运行" in ALREADY_OPEN


def fail_in_the_event_loop(qtbot: QtBot, error: BaseException) -> None:
    """Raise `error` from a slot, as a fault behind a button would, with the program's hook set."""
    errors.install_exception_hook()

    def slot() -> None:
        raise error

    QTimer.singleShot(0, slot)
    qtbot.wait(50)


@pytest.mark.qt_no_exception_capture
def test_unexpected_errors_are_logged_and_shown_calmly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    with caplog.at_level(logging.ERROR):
        fail_in_the_event_loop(qtbot, RuntimeError("boom"))
    assert "boom" in caplog.text
    assert shown and shown[0].startswith("程序遇到了一个意外错误") and "boom" not in shown[0]


def test_settings_page_keeps_local_rule_variations(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox

    from dangwu_desktop.core.services.settings import (
        LATE_ENTRY_DAYS,
        LECTURE_PERIOD,
        MASK_EXPORTS,
        REGISTERED,
        get_int,
        get_setting,
    )
    from dangwu_desktop.core.services.training import MEMBER_HOURS

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.load()
    widgets = page.setting_widgets
    assert set(widgets) == set(REGISTERED.values())  # every declared setting has its row
    lecture, late = widgets[LECTURE_PERIOD], widgets[LATE_ENTRY_DAYS]
    assert isinstance(lecture, QComboBox) and isinstance(late, QSpinBox)
    assert isinstance(widgets[MASK_EXPORTS], QCheckBox)
    assert widgets[MEMBER_HOURS].suffix() == " 学时"  # type: ignore[attr-defined]
    label = page.ui.rulesLayout.labelForField(late)
    assert isinstance(label, QLabel) and label.text() == LATE_ENTRY_DAYS.label
    assert isinstance(page.ui.rulesLayout, QFormLayout)
    assert lecture.currentText() == "每季度"
    lecture.setCurrentText("每半年")
    late.setValue(5)
    qtbot.mouseClick(page.ui.saveRulesButton, Qt.MouseButton.LeftButton)
    with context.database.read() as session:
        assert (get_setting(session, LECTURE_PERIOD), get_int(session, LATE_ENTRY_DAYS)) == (
            "每半年",
            5,
        )


def test_templates_dialog_edits_and_resets_a_kinds_agenda(
    qtbot: QtBot, context: AppContext
) -> None:
    from dangwu_desktop.core.activity_templates import template_topics
    from dangwu_desktop.core.glossary import ActivityKind
    from dangwu_desktop.ui.dialogs.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.kindList.setCurrentRow(1)  # 支部委员会会议
    assert dialog.ui.topicsEdit.toPlainText().startswith("传达学习")
    dialog.ui.topicsEdit.setPlainText("传达学习\n研究村级事务\n")
    dialog.ui.kindList.setCurrentRow(0)  # leaving the kind saves it
    with context.database.read() as session:
        assert template_topics(session, ActivityKind.COMMITTEE) == ["传达学习", "研究村级事务"]
    dialog.ui.kindList.setCurrentRow(1)
    dialog.ui.resetButton.click()
    assert dialog.ui.topicsEdit.toPlainText().splitlines() == ["传达学习", "研究事项", "工作部署"]


def test_logs_never_hold_a_full_id_number(data_dir: Path) -> None:
    from dangwu_desktop.app import setup_logging
    from dangwu_desktop.db.paths import log_dir

    setup_logging()
    logging.getLogger("dangwu_desktop").error(
        "导入失败：%s 的号码 330726199001011238 与 %s 重复", "张三", "330726900101123"
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (log_dir() / "dangwu.log").read_text(encoding="utf-8")
    assert "3307**********1238" in text and "3307*******1123" in text
    assert "330726199001011238" not in text and "330726900101123" not in text
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "").startswith(str(data_dir)):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_backup_and_restore_from_the_settings_page(
    qtbot: QtBot, context: AppContext, branch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select

    from dangwu_desktop.core.models import Member

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with context.database.transaction() as session:
        member_service.add_member(session, member(), TODAY)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.load()
    qtbot.mouseClick(page.ui.backupNowButton, Qt.MouseButton.LeftButton)
    assert (
        page.ui.backupTable.rowCount() == 1 and page.ui.backupTable.item(0, 1).text() == "手动备份"
    )
    with context.database.transaction() as session:
        member_service.add_member(
            session, member(name="李梅", id_number="110101199003074426"), TODAY
        )
    page.ui.backupTable.setCurrentCell(0, 0)
    page.restore_backup()
    with context.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 1
    assert page.ui.backupTable.rowCount() == 2  # the state before the restore was kept too


def test_enter_on_the_restore_question_keeps_the_data(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    """Restoring replaces everything: the question's default answer is 否."""
    from PySide6.QtWidgets import QApplication

    from dangwu_desktop.db.backups import backup_now

    path = context.database.file_path
    assert path is not None
    backup_now(path, "manual")
    with context.database.transaction() as session:
        member_service.add_member(session, member(), TODAY)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.load()
    page.ui.backupTable.setCurrentCell(0, 0)
    asked: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, press_enter)
    page.restore_backup()
    assert asked and "在册党员0人" in asked[0]
    with context.database.read() as session:
        assert member_service.get_member(session, 1).name == member().name  # still there
    assert page.ui.backupTable.rowCount() == 1  # no 恢复前 copy: nothing was restored


def test_the_backup_list_shows_only_this_databases_backups_with_their_branch(
    qtbot: QtBot, context: AppContext, branch: None, tmp_path: Path
) -> None:
    from dangwu_desktop.db.backups import backup_now
    from dangwu_desktop.db.safety import open_for_use

    path = context.database.file_path
    assert path is not None
    mine = backup_now(path, "manual")
    stranger = open_for_use(tmp_path / "elsewhere" / "other.sqlite3", datetime.now())
    planted = backup_now(stranger.database.file_path, "manual")  # type: ignore[arg-type]
    stranger.database.dispose()
    planted.replace(mine.parent / "test-20261101-080000-daily.sqlite3")
    mine.with_name("test-20991231-080000-manual.sqlite3").write_bytes(mine.read_bytes())
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.load()
    table = page.ui.backupTable
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert [row[1] for row in rows] == ["手动备份（时间晚于现在，电脑时钟可能不准）", "手动备份"]
    assert {(row[2], row[3]) for row in rows} == {("中共东岙村支部委员会", "0人")}
    assert table.horizontalHeaderItem(2).text() == "支部"
    note = page.ui.foreignBackupsLabel
    assert note.isVisibleTo(page) and "另有1份其他数据库的备份（未填写支部名称）" in note.text()


def test_a_damaged_database_at_start_is_recovered_or_left_alone(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from dangwu_desktop import app
    from dangwu_desktop.db.backups import backup_now
    from dangwu_desktop.db.safety import Damaged, check_file, open_for_use

    path = tmp_path / "village.sqlite3"
    open_for_use(path, datetime(2026, 11, 20, 8)).database.dispose()
    for backup in (tmp_path / "backups" / "village").glob("*.sqlite3"):
        backup.unlink()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    good = backup_now(path, "manual")  # made before the damage, renamed below to a daily one
    kept_aside = good.rename(tmp_path / good.name)
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(3000))
    with pytest.raises(Damaged) as damage:
        check_file(path)
    assert not app.recovered(damage.value, path)  # no backup: refuse, never start on an empty file
    assert "没有找到这个数据库可用的备份" in shown[-1] and path.stat().st_size > 0
    kept_aside.rename(good.with_name("village-20261124-080000-daily.sqlite3"))
    with pytest.raises(Damaged) as damage:
        check_file(path)
    assert app.recovered(damage.value, path)
    assert "已用备份恢复" in shown[-1]


def test_the_offer_at_start_says_when_its_backup_is_stamped_later_than_now(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from dangwu_desktop import app
    from dangwu_desktop.db.backups import backup_now
    from dangwu_desktop.db.safety import Damaged, check_file, open_for_use

    path = tmp_path / "village.sqlite3"
    open_for_use(path, datetime(2026, 11, 20, 8)).database.dispose()
    backup_now(path, "daily", now=datetime.now() + timedelta(days=400))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No,
    )
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(3000))
    with pytest.raises(Damaged) as damage:
        check_file(path)
    assert not app.recovered(damage.value, path)
    assert "晚于现在，电脑时钟可能不准" in asked[0]


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ("(sqlite3.OperationalError) database or disk is full", "磁盘空间已满"),
        ("(sqlite3.OperationalError) attempt to write a readonly database", "不能写入"),
        ("something else entirely", "程序遇到了一个意外错误"),
    ],
)
@pytest.mark.qt_no_exception_capture
def test_storage_faults_are_named(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, error: str, expected: str
) -> None:
    from sqlalchemy.exc import OperationalError

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    fail_in_the_event_loop(qtbot, OperationalError("INSERT", {}, Exception(error)))
    assert expected in shown[0]


def test_a_data_folder_that_cannot_be_written_is_named_at_start(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    from dangwu_desktop import app

    def refused(self: FileLock, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(FileLock, "acquire", refused)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert app.run_gui(tmp_path / "readonly" / "db.sqlite3") == 1
    assert shown and "无法在数据所在的文件夹中写入" in shown[0]


def test_a_full_disk_at_start_is_named_as_full_not_as_read_only(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from dangwu_desktop import app

    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=0))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert app.run_gui(tmp_path / "db.sqlite3") == 1
    assert "磁盘已满" in shown[0] and "只读" not in shown[0]
    assert not (tmp_path / "db.sqlite3").exists()


def test_a_start_into_the_roster_loads_only_what_the_roster_needs(tmp_path: Path) -> None:
    """What the start-up leaves for first use (the bench's cold start depends on it)."""
    import os
    import subprocess
    import sys

    from dangwu_desktop.db.startup import open_database

    open_database(tmp_path / "db.sqlite3").dispose()  # made and migrated: a usual start
    code = f"""
import sys
import dangwu_desktop.cli
from PySide6.QtCore import QSettings
from dangwu_desktop.app import create_application
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.main_window import MainWindow
app = create_application(["test"])
database = open_database(__import__("pathlib").Path({str(tmp_path / "db.sqlite3")!r}))
window = MainWindow(AppContext(database, QSettings({str(tmp_path / "ui.ini")!r}, QSettings.Format.IniFormat)))
window.show_page("roster")
window.show()
app.processEvents()
print(sorted(m for m in sys.modules if m.split(".")[0] in
      ("pypinyin", "stdnum", "argon2", "xlsxwriter", "docx", "docxtpl", "alembic", "openpyxl")
      or m.startswith("dangwu_desktop.ui.pages.")))
"""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    )
    assert result.stdout.strip().splitlines()[-1] == "['dangwu_desktop.ui.pages.roster']"


def test_tab_runs_down_the_drawn_settings_to_the_save_button(
    qtbot: QtBot, context: AppContext
) -> None:
    from PySide6.QtWidgets import QApplication

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.load()
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.ui.removeGroupButton.setFocus()
    reached = []
    for _ in range(len(page.setting_widgets) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        owner = next(
            (w for w in page.setting_widgets.values() if w is focused or w.isAncestorOf(focused)),
            focused,
        )
        reached.append(owner)
    assert reached == [*page.setting_widgets.values(), page.ui.saveRulesButton]


def test_the_committee_line_of_the_branch_summary_is_not_broken_in_a_wide_page(
    qtbot: QtBot, context: AppContext, branch: None
) -> None:
    with context.database.transaction() as session:
        info = branch_service.load_branch_info(session)
        assert info is not None
        info.committee = [
            branch_service.Seat("杜超林", CommitteePost.DEPUTY_SECRETARY),
            branch_service.Seat("罗玲琴", CommitteePost.ORGANISATION),
            branch_service.Seat("傅敏娟", CommitteePost.PROPAGANDA),
            branch_service.Seat("沈斌平", CommitteePost.DISCIPLINE),
        ]
        branch_service.save_branch_info(session, info)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(1090, 580)  # the page's share of a 1280×720 window
    page.load()
    page.show()
    qtbot.waitExposed(page)
    label = page.ui.branchSummary
    committee = next(line for line in label.text().split("<br>") if line.startswith("支部委员会"))
    assert "宣传委员傅敏娟" in committee
    # All the box's width but the 修改… button's: not a third of it, beside an empty spacer.
    button = page.ui.editBranchButton
    spare = page.ui.branchBox.contentsRect().width() - button.width() - label.width()
    assert spare < button.width()
