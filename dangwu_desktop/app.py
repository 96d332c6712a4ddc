"""Starting the desktop program: Qt application, logging, single instance, database, first-run setup."""

from __future__ import annotations

import logging
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the window's shell needs is imported here: the shell paints first, then the database
# and its libraries load (`open_data`), then the pages fill the shell.
from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from dangwu_desktop import __version__
from dangwu_desktop.db.paths import data_dir
from dangwu_desktop.db.place import DataPlace, choose_place
from dangwu_desktop.logs import setup_logging
from dangwu_desktop.resources import ICON
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.errors import install_exception_hook
from dangwu_desktop.ui.main_window import MainWindow
from dangwu_desktop.ui.screen_fit import keep_windows_on_screen

if TYPE_CHECKING:
    from dangwu_desktop.db.safety import Damaged

log = logging.getLogger("dangwu_desktop")
PREFERRED_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)
DAMAGED_NO_BACKUP = (
    "{damaged}\n没有找到这个数据库可用的备份，程序不会新建空白数据库覆盖它。\n"
    "请把这个文件交给技术支持：\n{path}"
)
DAMAGED_OFFER = (
    "{damaged}\n\n可以用这个数据库 {when} 的备份恢复：{branch}，在册党员{members}。"
    "之后的修改需要重新录入。损坏的文件会另存一份，不会删除。\n\n现在用这个备份恢复吗？"
)
NO_BRANCH_YET = (
    "还没有填写支部基本信息，程序要先知道支部名称才能使用。\n\n"
    "返回填写，还是退出程序（下次打开时再填）？"
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


def branch_chosen(context: AppContext, name: str | None, parent: QWidget | None = None) -> bool:
    """Every page works for one branch (Database.branch_id): the one --branch names, else the
    database's only one, else the one the user picks from the database's list; False if the
    named one is not there or the user picks none."""
    from dangwu_desktop.core.services import ServiceError
    from dangwu_desktop.core.services.branch import UNNAMED, branch_to_open, list_branches

    database = context.database
    with database.read() as session:
        try:
            database.branch_id = branch_to_open(session, name)
            return True
        except ServiceError as exc:
            if name is not None:
                QMessageBox.critical(parent, "党务台账", str(exc))
                return False
        choices = [(b.name or UNNAMED, b.id) for b in list_branches(session)]
    picked, accepted = QInputDialog.getItem(
        parent,
        "党务台账",
        f"这个数据库中有{len(choices)}个党支部，请选择要打开的支部：",
        [label for label, _id in choices],
        0,
        False,
    )
    if not accepted:
        return False
    database.branch_id = dict(choices)[picked]
    return True


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


def recovered(damage: Damaged, path: Path, parent: QWidget | None = None) -> bool:
    """Offer the newest good backup of the same database for a damaged file; True once it is in
    place. False: do not start (no backup, or the user declined)."""
    from dangwu_desktop.db.safety import recover

    log.error("数据库检查未通过：%s %s", path, damage.problem)
    backup = damage.backup
    if backup is None:
        QMessageBox.critical(
            parent, "党务台账", DAMAGED_NO_BACKUP.format(damaged=damage, path=path)
        )
        return False
    answer = QMessageBox.question(
        parent,
        "党务台账",
        DAMAGED_OFFER.format(
            damaged=damage,
            when=f"{backup.made:%Y-%m-%d %H:%M}{backup.clock_note(datetime.now())}",
            branch=backup.identity.branch_label,
            members=backup.identity.members_label,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    kept = recover(path, backup)
    QMessageBox.information(parent, "党务台账", f"已用备份恢复。损坏的文件另存在：\n{kept}")
    return True


def open_data(
    window: QWidget, place: DataPlace, settings: QSettings, *, demo: bool, branch: str | None = None
) -> tuple[AppContext | None, int]:
    """Everything between the first paint and a usable window: check, open and back up the
    database (recovering a damaged one), ask for the password and, in a database of several
    branches, which one (`branch` names it), make the demo village and, on a first start, ask
    for the branch's information. The context, or None and the exit code when the start stops
    here."""
    from dangwu_desktop.db.safety import Damaged
    from dangwu_desktop.db.single_writer import Refused

    while True:
        try:
            opened = place.open(datetime.now())
            break
        except Damaged as damage:
            assert place.path is not None  # only a file is checked, and so damaged
            if not recovered(damage, place.path, window):
                return None, 1
        except Refused as exc:
            QMessageBox.critical(window, "党务台账", str(exc))
            return None, 1
        except Exception:
            log.exception("无法打开数据库 %s", place.location)
            QMessageBox.critical(
                window, "党务台账", f"无法打开数据库：\n{place.location}\n\n详细原因已写入日志。"
            )
            return None, 1
    database = opened.database
    log.info("启动 %s，数据库 %s", __version__, database.location)
    for warning in opened.warnings:
        log.warning(warning)
        QMessageBox.warning(window, "党务台账", warning)
    context = AppContext(database=database, settings=settings, demo=demo)
    if not password_given(context, window) or not branch_chosen(context, branch, window):
        database.dispose()
        return None, 0
    if demo:
        from dangwu_desktop.core.demo import ensure_demo_village  # only for --demo

        with database.transaction() as session:
            ensure_demo_village(session, date.today())
    if not ensure_branch(context, window):
        database.dispose()
        return None, 0
    return context, 0


def run_gui(
    db: Path | None = None,
    *,
    demo: bool = False,
    db_url: str | None = None,
    branch: str | None = None,
) -> int:
    app = create_application()
    install_exception_hook()
    settings = ui_settings()
    window = MainWindow(settings=settings, demo=demo)
    window.show()
    app.processEvents()  # the first paint, before the database and its libraries load
    setup_logging()
    from dangwu_desktop.db.single_writer import Refused

    try:
        place = choose_place(db, db_url, demo=demo)
        with place.held():
            return _run_window(app, window, place, settings, demo=demo, branch=branch)
    except Refused as exc:  # another window or command has the database, or no room to write
        QMessageBox.warning(window, "党务台账", str(exc))
        window.close()
        return 1


def _run_window(
    app: QApplication,
    window: MainWindow,
    place: DataPlace,
    settings: QSettings,
    *,
    demo: bool,
    branch: str | None,
) -> int:
    context, code = open_data(window, place, settings, demo=demo, branch=branch)
    if context is None:
        window.close()
        return code
    window.attach(context)
    code = app.exec()
    context.database.dispose()
    return code


def main() -> int:
    """Entry point of the installed GUI script: the CLI without a command starts the window."""
    from dangwu_desktop.cli import main as cli_main

    return cli_main()
