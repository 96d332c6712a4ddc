"""The command line: the same services as the window, for scripts, tests and township staff.

Without a command it starts the desktop program.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dangwu_desktop import __version__
from dangwu_desktop.cli_package import add_commands as add_package_commands
from dangwu_desktop.core.glossary import MemberCategory, Sex
from dangwu_desktop.db.place import DataPlace, choose_place

# The commands' libraries (SQLAlchemy, the services) load when a command runs: without a command
# the window starts, and it paints before they load.
NO_PASSWORD_INPUT = (
    "数据已设置密码，命令需要先输入密码，但没有可读取的输入。"
    "请在命令行窗口中运行，或由脚本在标准输入的第一行给出密码。"
)

if TYPE_CHECKING:
    from dangwu_desktop.db.database import Database
    from dangwu_desktop.db.safety import Damaged
    from dangwu_desktop.ledgers import Export, ExportScope


SPAN_WORDS = {
    "today": "当天在册",
    "year": "按年（--year）",
    "month": "按月（--year --month）",
    "quarter": "按季度（--year --quarter）",
    "period": "按季度或全年（--year [--quarter]）",
    "person": "每人一份（--person 姓名或身份号码；不写则这一年的全部档案）",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dangwu_desktop", description="党务台账：村党支部党员花名册与组织生活记录"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="数据库文件路径（默认在用户数据目录）")
    parser.add_argument("--demo", action="store_true", help="使用演示村的数据库（首次打开时生成）")
    parser.add_argument(
        "--db-url",
        help="乡镇数据库服务器的地址，如 postgresql://用户名@服务器:5432/数据库名（默认用设置中保存的）",
    )
    parser.add_argument(
        "--branch",
        help="要打开的党支部名称（数据库中有多个党支部时必须指定；村里的数据库不用）",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="在临时文件夹中用演示数据检查各页面和各项导出，然后退出",
    )
    commands = parser.add_subparsers(dest="command")
    members = commands.add_parser("members", help="花名册").add_subparsers(dest="action")
    listing = members.add_parser("list", help="列出党员")
    listing.add_argument("--csv", action="store_true", help="输出CSV（UTF-8，带BOM便于WPS打开）")
    listing.add_argument("--all", action="store_true", help="包括已转出、去世等不在册人员")
    listing.add_argument("--search", default="", help="按姓名、拼音、身份号码或电话查找")
    adding = members.add_parser("add", help="新增党员")
    adding.add_argument("--name", required=True, help="姓名")
    adding.add_argument("--id-number", default="", help="公民身份号码")
    adding.add_argument("--sex", choices=[s.value for s in Sex], help="性别（有身份号码时可省略）")
    adding.add_argument("--birth-date", default="", help="出生日期（有身份号码时可省略）")
    adding.add_argument("--ethnicity", default="汉族", help="民族")
    adding.add_argument("--join-date", required=True, help="入党时间，如 2001-07-01")
    adding.add_argument("--full-date", default="", help="转正时间")
    adding.add_argument(
        "--category", choices=[c.value for c in MemberCategory], default=MemberCategory.FULL.value
    )
    adding.add_argument("--group", default="", help="所在党小组（须已在设置中建立）")
    adding.add_argument("--education", default="", help="学历")
    adding.add_argument("--occupation", default="", help="工作岗位")
    adding.add_argument("--phone", default="", help="联系电话")
    adding.add_argument("--address", default="", help="家庭住址")
    adding.add_argument("--post", default="", help="党内职务")
    importing = commands.add_parser("import-roster", help="从Excel/WPS/CSV文件导入花名册")
    importing.add_argument("file", type=Path, help="花名册文件（.xlsx、.xls、.csv）")
    importing.add_argument("--sheet", help="工作表名称（默认第一个）")
    importing.add_argument(
        "--check", action="store_true", help="只检查不导入：每个有错的行输出“行号<TAB>原因”"
    )
    importing.add_argument(
        "--update", action="store_true", help="花名册中已有的党员（按身份号码）用文件中的信息更新"
    )
    dues = commands.add_parser(
        "import-dues",
        help="从Excel/WPS/CSV名单（或每行“姓名 金额”的.txt）登记党费：全部无误才登记",
    )
    dues.add_argument("file", type=Path, help="党费名单文件（.xlsx、.xls、.csv、.txt）")
    dues.add_argument("--sheet", help="工作表名称（默认第一个）")
    dues.add_argument(
        "--check", action="store_true", help="只检查不登记：每个错误输出“行号<TAB>列<TAB>原因”"
    )
    dues.add_argument("--date", default="", help="名单中没有日期的行按哪天交纳（默认今天）")
    dues.add_argument("--method", default="现金", help="名单中没有“方式”的行的交纳方式")
    exporting = commands.add_parser(
        "export",
        help="导出台账和报表（与窗口中的导出相同）；不写名称则列出可导出的种类，"
        "不写名称而给出 --to 文件夹（或名称写 all）则导出这一年的全部",
    )
    exporting.add_argument(
        "what", nargs="?", help="导出哪一种，如 roster、meeting-ledger；all 为这一年的全部"
    )
    exporting.add_argument(
        "--to", type=Path, help="保存为哪个文件，或放进哪个文件夹（用建议的文件名；默认当前文件夹）"
    )
    exporting.add_argument("--year", type=int, help="年份（默认今年）")
    exporting.add_argument(
        "--quarter",
        type=int,
        choices=range(1, 5),
        help="季度1–4（季度计划默认本季度；报告不写则为全年）",
    )
    exporting.add_argument("--month", type=int, choices=range(1, 13), help="月份（月报默认本月）")
    exporting.add_argument("--template", type=Path, help="工作报告用乡镇自己的Word模板")
    exporting.add_argument(
        "--person", help="每人一份的表（如发展党员全程纪实表）为谁导出：姓名或身份号码"
    )
    binder = commands.add_parser(
        "binder",
        help="生成年度台账档案（迎检）：一份带封面、目录和页码的PDF，另按编号文件夹存放Word/Excel，"
        "最前面是完整性核对表",
    )
    binder.add_argument("--year", type=int, help="年份（默认今年）")
    binder.add_argument(
        "--to", type=Path, help="在哪个文件夹中生成（默认当前文件夹；档案放在其中的新文件夹里）"
    )
    commands.add_parser(
        "rules", help="列出程序检查所依据的全部规则：表述、数字、本地设置和依据（规则书）"
    )
    add_package_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from dangwu_desktop.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from dangwu_desktop.app import run_gui  # Qt is imported only for the window

        return run_gui(args.db, demo=args.demo, db_url=args.db_url, branch=args.branch)
    if args.command == "members" and args.action is None:
        build_parser().print_help()
        return 2
    _output_in_utf8()
    if args.command == "verify-package":  # a file on its own: no database is opened
        return _verify_package(args)
    return _run_command(args)


def _output_in_utf8() -> None:
    """Output redirected to a file or a pipe is UTF-8 whatever the system's code page (Windows
    would write GBK, which has no byte-order mark and not every name); a console keeps its own
    way of showing Chinese. The windowed program has no output at all: it is thrown away rather
    than crashing the command (the console program dangwu-cli is the one to use)."""
    import io
    import os

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif (
            isinstance(stream, io.TextIOWrapper)
            and not stream.isatty()
            and stream.encoding.lower().replace("-", "") != "utf8"
        ):
            stream.reconfigure(encoding="utf-8")


def _run_command(args: argparse.Namespace) -> int:
    """A command takes the same steps as the window: one writer, the file checked (never repaired
    here), upgraded and backed up, the password asked; a failure says why in Chinese."""
    from dangwu_desktop.db.safety import Damaged
    from dangwu_desktop.db.single_writer import Refused
    from dangwu_desktop.logs import setup_logging

    setup_logging()  # before anything can fail: the details go there, masked, not to the screen
    try:
        place = choose_place(args.db, args.db_url, demo=args.demo)
        with place.held():
            database = _open(place)
            try:
                if not _password_given(database):
                    return 1
                # A township's import works on the whole database: the package names its branch.
                if args.command != "import-package" and not _branch_chosen(database, args.branch):
                    return 1
                if args.demo:
                    from dangwu_desktop.core.demo import ensure_demo_village

                    with database.transaction() as session:
                        ensure_demo_village(session, date.today())
                return _dispatch(database, args)
            finally:
                database.dispose()
    except Damaged as damage:
        print(f"{damage}\n{_recovery_hint(damage)}", file=sys.stderr)
    except Refused as exc:
        print(exc, file=sys.stderr)
    except KeyboardInterrupt:
        print("已取消，数据保持原样。", file=sys.stderr)
        return 130
    except Exception as exc:
        print(_failure(exc), file=sys.stderr)
    return 1


def _verify_package(args: argparse.Namespace) -> int:
    from dangwu_desktop.cli_package import verify_package
    from dangwu_desktop.logs import setup_logging

    setup_logging()
    try:
        return verify_package(args)
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception as exc:
        print(_failure(exc), file=sys.stderr)
        return 1


def _dispatch(database: Database, args: argparse.Namespace) -> int:
    if args.command == "members" and args.action == "list":
        return _list_members(database, args)
    if args.command == "members" and args.action == "add":
        return _add_member(database, args)
    if args.command == "export":
        return _export(database, args)
    if args.command == "rules":
        return _rules(database)
    if args.command == "binder":
        return _binder(database, args)
    if args.command == "import-dues":
        return _import_dues(database, args)
    if args.command == "export-package":
        from dangwu_desktop.cli_package import export_package

        return export_package(database, args)
    if args.command == "import-package":
        from dangwu_desktop.cli_package import import_packages

        return import_packages(database, args)
    return _import_roster(database, args)


def _open(place: DataPlace) -> Database:
    opened = place.open(datetime.now())
    for warning in opened.warnings:
        print(warning, file=sys.stderr)
    return opened.database


def _password_given(database: Database) -> bool:
    """Where a password is set, a command asks for it as the window does (wrong tries count the
    same and make the next one wait)."""
    from dangwu_desktop.core import security

    with database.read() as session:
        if not security.has_password(session):
            return True
    for _attempt in range(security.FREE_TRIES):
        candidate = _read_password()
        if candidate is None:
            print(NO_PASSWORD_INPUT, file=sys.stderr)
            return False
        with database.transaction() as session:
            if security.try_password(session, candidate, datetime.now()):
                return True
            wait = security.seconds_to_wait(session, datetime.now())
        if wait:
            print(f"密码不正确，请{wait}秒后再试。", file=sys.stderr)
            return False
        print("密码不正确。", file=sys.stderr)
    return False


def _branch_chosen(database: Database, name: str | None) -> bool:
    """Every session of the command works for one branch: the one --branch names, else the
    database's only one; a database of several without --branch is refused, naming them."""
    from dangwu_desktop.core.services import ServiceError
    from dangwu_desktop.core.services.branch import branch_to_open

    with database.read() as session:
        try:
            database.branch_id = branch_to_open(session, name)
        except ServiceError as exc:
            print(f"{exc}（--branch 名称）。" if name is None else f"{exc}。", file=sys.stderr)
            return False
    return True


def _read_password() -> str | None:
    """The password typed at a terminal (not shown), or the first line a script gives on standard
    input; None when there is nothing to read (no console, input closed or at its end). getpass
    would warn in English and raise at the end of the input."""
    import getpass

    stream = sys.stdin
    if stream is None:
        return None
    try:
        if stream.isatty():
            return getpass.getpass("请输入党务台账的密码：")
        line = stream.readline()
    except (EOFError, OSError, ValueError):  # ValueError: a closed stream
        return None
    return line.rstrip("\r\n") if line else None


def _recovery_hint(damage: Damaged) -> str:
    if damage.backup is None:
        return "没有找到这个数据库可用的备份。请把数据文件交给技术支持，不要删除它。"
    when = damage.backup.made.strftime("%Y-%m-%d %H:%M")
    return f"请打开党务台账窗口，按提示用 {when} 的备份恢复。命令行不会改动损坏的文件。"


def _failure(error: Exception) -> str:
    """What a command says when it fails unexpectedly: in Chinese, the details in the log (where
    ID numbers are masked), never a traceback with a member's data on the screen."""
    import errno
    import logging

    from dangwu_desktop.logs import log_file

    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return "磁盘已满，命令没有完成，数据保持原样。请清理磁盘后再试。"
    logging.getLogger("dangwu_desktop").exception("命令没有完成")
    return f"出错了，命令没有完成，数据保持原样。详细原因已写入日志：{log_file()}"


def _list_members(database: Database, args: argparse.Namespace) -> int:
    from dangwu_desktop.core.glossary import MembershipStatus
    from dangwu_desktop.core.roster import COLUMNS, RosterFilter, apply_filter, load_roster

    with database.read() as session:
        rows = load_roster(session, date.today())
    wanted = RosterFilter(text=args.search, status=None if args.all else MembershipStatus.ACTIVE)
    shown = [rows[i] for i in apply_filter(rows, wanted)]
    columns = [c for c in COLUMNS if not c.hidden_by_default]
    if args.csv:
        from dangwu_desktop.io.csv_export import write_csv

        write_csv(
            sys.stdout,
            [[c.title for c in columns], *([c.value(r) for c in columns] for r in shown)],
        )
    else:
        for row in shown:
            print("\t".join(str(c.value(row)) for c in columns))
        print(f"共{len(shown)}人")
    return 0


def _add_member(database: Database, args: argparse.Namespace) -> int:
    from dangwu_desktop.core.dates import DateParseError, parse_date
    from dangwu_desktop.core.member_data import MemberData
    from dangwu_desktop.core.services import RecordInvalid, ServiceError
    from dangwu_desktop.core.services.members import add_member

    try:
        data = MemberData(
            name=args.name,
            sex=Sex(args.sex) if args.sex else None,
            ethnicity=args.ethnicity,
            birth_date=parse_date(args.birth_date),
            id_number=args.id_number,
            education=args.education,
            join_date=parse_date(args.join_date),
            full_member_date=parse_date(args.full_date),
            category=MemberCategory(args.category),
            occupation=args.occupation,
            phone=args.phone,
            address=args.address,
            group_name=args.group,
            party_post=args.post,
        )
        with database.transaction() as session:
            member = add_member(session, data, date.today())
            name, number = member.name, member.id
    except RecordInvalid as exc:
        for finding in exc.findings:
            print(f"{finding.field_label}\t{finding.message}", file=sys.stderr)
        return 1
    except (ServiceError, DateParseError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"已新增党员{name}（编号{number}）")
    return 0


def _import_roster(database: Database, args: argparse.Namespace) -> int:
    from dangwu_desktop.db.safety import import_roster
    from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
    from dangwu_desktop.io.tables import TableFileError

    today = date.today()
    try:
        roster = read_roster(args.file, args.sheet)
    except TableFileError as exc:
        print(exc, file=sys.stderr)
        return 2
    with database.read() as session:
        check = check_roster_file(session, roster, today)
    for fault in check.first_fault_per_row():
        print(f"{fault.row}\t{fault.reason}")
    if check.faults:
        return 1
    if args.check:
        return 0
    result = import_roster(
        database, check, today, update_existing=args.update, source=args.file.name
    )
    print(f"已导入{result.added}人，更新{result.updated}人，跳过已有{result.skipped}人")
    return 0


def _import_dues(database: Database, args: argparse.Namespace) -> int:
    """A dues list checked row by row as the window checks it, then recorded whole or not at all."""
    from dangwu_desktop.core.dates import DateParseError, parse_date
    from dangwu_desktop.db.safety import back_up_before_import
    from dangwu_desktop.io.dues_list import read_dues_file
    from dangwu_desktop.io.tables import TableFileError
    from dangwu_desktop.ledgers.dues.payment_list import check_dues_list, record_dues_list

    today = date.today()
    try:
        paid_on = parse_date(args.date, allow_month_only=False) or today
    except DateParseError as exc:
        print(f"--date：{exc}", file=sys.stderr)
        return 2
    try:
        dues_list = read_dues_file(args.file, args.sheet)
    except TableFileError as exc:
        print(exc, file=sys.stderr)
        return 2
    with database.read() as session:
        check = check_dues_list(session, dues_list, today, paid_on, args.method)
    for fault in check.faults:
        print(f"{fault.row}\t{fault.column}\t{fault.message}")
    for warning in check.warnings:
        print(f"{warning.row}\t{warning.column}\t{warning.message}", file=sys.stderr)
    if check.faults:
        print(f"{check.summary}；没有登记任何党费。", file=sys.stderr)
        return 1
    if args.check:
        print(f"检查无误：{check.summary}")
        return 0
    back_up_before_import(database)
    with database.transaction() as session:
        done = record_dues_list(session, dues_list, today, paid_on, args.method)
    print(f"已登记党费{done.summary}")
    return 0


def _export(database: Database, args: argparse.Namespace) -> int:
    """One of the ledgers' exports (dangwu_desktop.ledgers), the same the window's menus write."""
    from dangwu_desktop.core.services.branch import branch_name
    from dangwu_desktop.io.atomic import safe_file_name
    from dangwu_desktop.ledgers import ExportScope, Span, all_exports, export_named

    if args.what == "all" or (not args.what and args.to is not None):
        return _export_all(database, args)
    if not args.what:
        for export in all_exports():
            print(f"{export.key}\t{export.title}\t{SPAN_WORDS[export.span.value]}")
        return 0
    try:
        export = export_named(args.what)
    except KeyError:
        keys = "、".join(e.key for e in all_exports())
        print(f"没有名为“{args.what}”的导出。可以导出：{keys}", file=sys.stderr)
        return 2
    today = date.today()
    this = ExportScope.this_quarter(today)
    quarter = args.quarter or (this.quarter if export.span is Span.QUARTER else None)
    month = args.month or (this.month if export.span is Span.MONTH else None)
    scope = ExportScope(today, args.year or today.year, quarter, month, args.template)
    with database.read() as session:
        name = branch_name(session)
        if args.person is not None:
            if export.find_person is None:
                print(f"“{export.title}”不是每人一份的表，不用 --person", file=sys.stderr)
                return 2
            found = export.find_person(session, args.person)
            if len(found) != 1:
                print(_person_refusal(args.person, len(found)), file=sys.stderr)
                return 2
            scope = replace(scope, person=found[0])
        gathered = export.gather(session, scope)
    suggested = safe_file_name(export.file_name(name, scope))
    target = args.to or Path.cwd() / suggested
    if target.is_dir():  # a folder: the suggested name inside it
        target = target / suggested
    return 0 if _write_export(export, target, gathered, name, scope) else 1


def _person_refusal(text: str, count: int) -> str:
    if count == 0:
        return f"没有姓名或身份号码为“{text}”的档案"
    return f"有{count}人名为“{text}”，请用身份号码指明是哪一位"


def _write_export(
    export: Export, target: Path, gathered: object, branch: str, scope: ExportScope
) -> bool:
    """Write one export and say where; a refusal (a locked file, a bad template) is printed."""
    from dangwu_desktop.io.atomic import ExportError

    try:
        saved = export.write(target, gathered, branch, scope)
    except ExportError as exc:
        print(exc, file=sys.stderr)
        return False
    print(f"{export.done(gathered, scope)}{saved}")
    return True


def _export_all(database: Database, args: argparse.Namespace) -> int:
    """Every export of the year (each month's return, each quarter's plan, the year's and each
    quarter's report and workbook …) into one folder, under their suggested names."""
    from dangwu_desktop.core.services.branch import branch_name
    from dangwu_desktop.io.atomic import safe_file_name
    from dangwu_desktop.ledgers import all_exports, year_scopes

    today = date.today()
    year = args.year or today.year
    folder: Path = args.to or Path.cwd()
    if folder.exists() and not folder.is_dir():
        print(f"“{folder}”是一个文件，导出全部要给出文件夹。", file=sys.stderr)
        return 2
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    with database.read() as session:
        name = branch_name(session)
        for export in all_exports():
            for scope in year_scopes(export, year, today):
                if args.template is not None:
                    scope = replace(scope, template=args.template)
                gathered = export.gather(session, scope)
                target = folder / safe_file_name(export.file_name(name, scope))
                if not _write_export(export, target, gathered, name, scope):
                    return 1
                written += 1
    print(f"共导出{year}年的{written}个文件到：{folder}")
    return 0


def _binder(database: Database, args: argparse.Namespace) -> int:
    """The year's archive, as 文件 → 生成年度台账档案 makes it. The PDF is drawn by Qt, which
    needs an application object but no window: where there is no screen to talk to (a server,
    a script over SSH) Qt's offscreen platform is used; Windows always has its own."""
    import os

    if sys.platform != "win32" and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from dangwu_desktop.core.services.binder import make_binder
    from dangwu_desktop.ui.binder_pdf import render_binder

    application = QGuiApplication.instance() or QGuiApplication(["dangwu_desktop"])
    today = date.today()
    year = args.year or today.year
    into: Path = args.to or Path.cwd()
    if into.exists() and not into.is_dir():
        print(f"“{into}”是一个文件，请给出文件夹。", file=sys.stderr)
        return 2

    shown: list[int] = []

    def report(done: int, total: int) -> bool:
        percent = done * 100 // max(total, 1)
        if not shown or percent >= shown[-1] + 10:
            shown.append(percent)
            print(f"正在生成…{percent}%", file=sys.stderr, flush=True)
        return True

    written = make_binder(database, year, into, today, render_binder, report)
    del application
    print(
        f"已生成{year}年度台账档案：PDF共{written.pages}页，另有Word/Excel文件{written.documents}个；"
        f"完整性核对发现{written.gaps}项需要补齐或说明。\n{written.folder}"
    )
    return 0


def _rules(database: Database) -> int:
    """The rule book as the program applies it, with this database's settings."""
    from dangwu_desktop.core.services.rule_book import rule_book

    with database.read() as session:
        entries = rule_book(session)
    for entry in entries:
        print("\n".join(entry.lines))
    print(
        f"共{len(entries)}条规则。来源为“地方规定”“中组部有关规定”“全国规划”的不是条例条文；"
        "注明“设置”的数字可按本地要求修改。"
    )
    return 0
