"""Starting the desktop program: Qt application, logging, single instance, database, first-run setup."""

from __future__ import annotations

import logging
import sys
from datetime import date, datetime
from pathlib import Path

# Only what the window's shell needs is imported here: the shell paints first, then the database
# and its libraries load (`open_data`), then the pages fill the shell.
from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from dangwu_desktop import __version__
from dangwu_desktop.db.paths import data_dir, database_path
from dangwu_desktop.logs import setup_logging
from dangwu_desktop.resources import ICON
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.errors import install_exception_hook
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.screen_fit import keep_windows_on_screen

log = logging.getLogger("dangwu_desktop")
PREFERRED_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)
CANNOT_WRITE = "无法在数据所在的文件夹中写入：\n{folder}\n请检查该文件夹是否存在、是否只读。"
THOROUGH_CHECK_LIMIT = 50 * 1024 * 1024  # a full integrity check below this size, a quick one above
DAMAGED_NO_BACKUP = (
    "数据文件检查未通过：{problem}。\n没有找到可用的备份，程序不会新建空白数据库覆盖它。\n"
    "请把这个文件交给技术支持：\n{path}"
)
DAMAGED_OFFER = (
    "数据文件检查未通过：{problem}。\n\n可以用 {when} 的备份恢复（之后的修改需要重新录入）。"
    "损坏的文件会另存一份，不会删除。\n\n现在用这个备份恢复吗？"
)
NO_BRANCH_YET = (
    "还没有填写支部基本信息，程序要先知道支部名称才能使用。\n\n"
    "返回填写，还是退出程序（下次打开时再填）？"
)
ALREADY_RUNNING = (
    "党务台账已在运行（同一数据库只能由一个窗口打开）。\n请在任务栏中切换到已打开的窗口。"
)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Chinese Qt texts and a font that renders Chinese well."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("党务台账")
    app.setOrganizationName("dangwu_desktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(ICON)))
    if existing is not app:
        keep_windows_on_screen(app)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator(app)
    if translator.load(
        "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)
    families = set(QFontDatabase.families())
    for family in PREFERRED_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.5))
            app.setFont(font)
            break
    return app


def ui_settings() -> QSettings:
    """Window and column preferences, kept in the data folder beside the database."""
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def password_given(context: AppContext, parent: QWidget | None = None) -> bool:
    """Where a password is set, nobody gets past this without it."""
    from dangwu_desktop.core import security

    with context.database.read() as session:
        if not security.has_password(session):
            return True
    from dangwu_desktop.ui.dialogs.password_dialogs import LoginDialog

    return LoginDialog(context, parent).exec() == QDialog.DialogCode.Accepted


def ensure_branch(context: AppContext, parent: QWidget | None = None) -> bool:
    """First start: ask for the branch's basic information; False if the user, told that the
    program cannot start without it, chooses to quit."""
    from dangwu_desktop.core.services.branch import get_branch

    with context.database.read() as session:
        if get_branch(session) is not None:
            return True
    from dangwu_desktop.ui.dialogs.branch_dialog import BranchDialog

    dialog = BranchDialog(context, parent)
    while dialog.exec() != QDialog.DialogCode.Accepted:
        box = QMessageBox(QMessageBox.Icon.Question, "党务台账", NO_BRANCH_YET, parent=parent)
        back = box.addButton("返回填写", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("退出程序", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        if box.clickedButton() is not back:
            return False
    return True


def check_or_recover(path: Path, parent: QWidget | None = None) -> bool:
    """Check the file before anything opens it; offer the newest good backup if it is damaged.
    False: do not start (damaged with no backup, or the user declined the recovery)."""
    from dangwu_desktop.db.backups import check
    from dangwu_desktop.db.startup import newest_good_backup, recover_from

    problem = check(path, thorough=path.stat().st_size < THOROUGH_CHECK_LIMIT)
    if problem is None:
        return True
    log.error("数据库检查未通过：%s %s", path, problem)
    backup = newest_good_backup(path)
    if backup is None:
        QMessageBox.critical(
            parent, "党务台账", DAMAGED_NO_BACKUP.format(problem=problem, path=path)
        )
        return False
    answer = QMessageBox.question(
        parent,
        "党务台账",
        DAMAGED_OFFER.format(problem=problem, when=backup.made.strftime("%Y-%m-%d %H:%M")),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    kept = recover_from(backup.path, path)
    QMessageBox.information(parent, "党务台账", f"已用备份恢复。损坏的文件另存在：\n{kept}")
    return True


def open_data(
    window: QWidget, path: Path, settings: QSettings, *, demo: bool
) -> tuple[AppContext | None, int]:
    """Everything between the first paint and a usable window: check, open and back up the
    database, make the demo village, ask for the password and, on a first start, the branch.
    The context, or None and the exit code when the start stops here."""
    from dangwu_desktop.db.backups import BackupError
    from dangwu_desktop.db.startup import daily_backup, open_database

    if path.exists() and not check_or_recover(path, window):
        return None, 1
    try:
        database = open_database(path)
    except Exception:
        log.exception("无法打开数据库 %s", path)
        QMessageBox.critical(
            window, "党务台账", f"无法打开数据库文件：\n{path}\n\n详细原因已写入日志。"
        )
        return None, 1
    log.info("启动 %s，数据库 %s", __version__, database.location)
    try:
        daily_backup(path, datetime.now())
    except BackupError as exc:
        log.warning("每日备份没有完成：%s", exc)
        QMessageBox.warning(window, "党务台账", f"今天的自动备份没有完成，数据不受影响。\n{exc}")
    if demo:
        from dangwu_desktop.core.demo import ensure_demo_village  # only for --demo

        with database.transaction() as session:
            ensure_demo_village(session, date.today())
    context = AppContext(database=database, settings=settings, demo=demo)
    if not password_given(context, window) or not ensure_branch(context, window):
        database.dispose()
        return None, 0
    return context, 0


def run_gui(db: Path | None = None, *, demo: bool = False) -> int:
    app = create_application()
    install_exception_hook()
    path = database_path(db, demo=demo)
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # a lock left by a crashed run is recognised by its dead process
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.LockFailedError:
            QMessageBox.warning(None, "党务台账", ALREADY_RUNNING)
        else:
            QMessageBox.critical(None, "党务台账", CANNOT_WRITE.format(folder=path.parent))
        return 1
    settings = ui_settings()
    window = MainWindow(settings=settings, demo=demo)
    window.show()
    app.processEvents()  # the first paint, before the database and its libraries load
    setup_logging()
    context, code = open_data(window, path, settings, demo=demo)
    if context is None:
        window.close()
        lock.unlock()
        return code
    window.attach(context)
    code = app.exec()
    context.database.dispose()
    lock.unlock()
    return code


def main() -> int:
    """Entry point of the installed GUI script: the CLI without a command starts the window."""
    from dangwu_desktop.cli import main as cli_main

    return cli_main()
