"""The command line's 上报数据包 commands: `export-package` writes the open database's package;
`verify-package` reads one (no database needed) and prints its manifest in Chinese, so that the
township can check a file as it arrives; `import-package` takes files into a township's database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dangwu_desktop.db.database import Database

NO_PACKAGE_PASSWORD = (
    "--password-stdin：没有读到数据包密码。请在命令行窗口中输入，或由脚本在标准输入给出一行密码"
)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exporting = commands.add_parser(
        "export-package",
        help="导出上报数据包（一个文件，含本支部数据的完整快照，交乡镇导入）",
    )
    exporting.add_argument("file", type=Path, help="数据包文件（.dwpkg），或放进哪个文件夹")
    exporting.add_argument(
        "--password-stdin",
        action="store_true",
        help="给数据包设密码（加密）：从标准输入读一行作为密码（设了程序密码时是第二行），"
        "不写在命令行上",
    )
    verifying = commands.add_parser(
        "verify-package",
        help="检查上报数据包：是否完好、未被改动、哪个支部、多少记录（不需要打开数据库）",
    )
    verifying.add_argument("file", type=Path, help="数据包文件（.dwpkg）")
    verifying.add_argument(
        "--password-stdin",
        action="store_true",
        help="数据包的密码从标准输入读一行（不写在命令行上）",
    )
    verifying.add_argument(
        "--since", type=Path, help="与同一支部以前的数据包比较，列出增减（两个包的密码相同）"
    )
    importing = commands.add_parser(
        "import-package",
        help="导入上报数据包（乡镇汇总数据库）：每个文件替换其支部的全部记录，各自一个事务",
    )
    importing.add_argument("files", type=Path, nargs="+", help="数据包文件（.dwpkg），可多个")
    importing.add_argument(
        "--password-stdin",
        action="store_true",
        help="数据包的密码从标准输入读一行（各包密码相同；不写在命令行上）",
    )
    importing.add_argument(
        "--check", action="store_true", help="只检查并列出变化，不导入（数据库不变）"
    )
    importing.add_argument(
        "--force",
        action="store_true",
        help="报送时间早于上次导入的数据包也导入（以旧数据覆盖新数据，慎用）",
    )


def import_packages(database: Database, args: argparse.Namespace) -> int:
    """Each file verified and imported in its own transaction, one block of Chinese a file; exit
    code 1 when any was refused (the others are imported all the same)."""
    from dangwu_desktop.db.package import PackageError
    from dangwu_desktop.db.package_import import ImportRefused, check_file, import_file

    password = None
    if args.password_stdin:
        password = _read_line("请输入数据包密码：")
        if password is None:
            print(NO_PACKAGE_PASSWORD, file=sys.stderr)
            return 2
    imported = unchanged = refused = 0
    for index, path in enumerate(args.files):
        if index:
            print()
        print(f"【{path.name}】")
        try:
            if args.check:
                plan = check_file(database, path, password)
                print("\n".join(plan.lines()))
                print("（只检查，未导入）")
                continue
            result = import_file(database, path, password, force=args.force)
        except (PackageError, ImportRefused) as refusal:
            refused += 1
            print(f"未导入：{refusal}")
            print(f"“{path.name}”未导入：{refusal}", file=sys.stderr)
            continue
        print("\n".join(result.plan.lines()))
        print(result.message)
        imported, unchanged = imported + result.imported, unchanged + (not result.imported)
    if len(args.files) > 1:
        counts = f"拒绝{refused}个"
        if not args.check:
            counts = f"导入{imported}个，已导入过{unchanged}个，{counts}"
        print(f"\n共{len(args.files)}个数据包：{counts}")
    return 1 if refused else 0


def export_package(database: Database, args: argparse.Namespace) -> int:
    from datetime import datetime

    from dangwu_desktop.core.services.branch import branch_name
    from dangwu_desktop.db.package import default_file_name, write_package
    from dangwu_desktop.io.atomic import ExportError, safe_file_name

    password = None
    if args.password_stdin:
        password = _read_line("请设置数据包密码：", confirm="请再输一次：")
        if password is None:
            print(NO_PACKAGE_PASSWORD, file=sys.stderr)
            return 2
    target: Path = args.file
    if target.is_dir():
        with database.read() as session:
            name = branch_name(session)
        target = target / safe_file_name(default_file_name(name, datetime.now()))
    try:
        manifest = write_package(database, target, password, demo=args.demo)
    except ExportError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"已导出上报数据包：{target.absolute()}")
    print("\n".join(manifest.lines()))
    return 0


def verify_package(args: argparse.Namespace) -> int:
    """Read and verify; the manifest printed, or the refusal on standard error (exit code 1)."""
    from dangwu_desktop.db.package import PackageError, PackageProblem, read_package
    from dangwu_desktop.db.package_changes import compare_snapshots, summary

    password = None
    if args.password_stdin:
        password = _read_line("请输入数据包密码：")
        if password is None:
            print(NO_PACKAGE_PASSWORD, file=sys.stderr)
            return 2
    try:
        try:
            package = read_package(args.file, password)
        except PackageError as refusal:
            asked = refusal.problem is PackageProblem.PASSWORD_MISSING and _at_terminal()
            if not asked:
                raise
            password = _read_line("请输入数据包密码：")
            package = read_package(args.file, password)
        with package:
            print(f"“{args.file.name}”完好，未被改动。")
            print("\n".join(package.manifest.lines()))
            if args.since is not None:
                with read_package(args.since, password) as earlier:
                    same = earlier.manifest.database_id == package.manifest.database_id
                    if not same:
                        print(f"注意：“{args.since.name}”不是同一个支部的数据包。")
                    changes = compare_snapshots(earlier.snapshot, package.snapshot)
                    print(f"与“{args.since.name}”相比：{summary(changes)}")
    except PackageError as refusal:
        print(refusal, file=sys.stderr)
        return 1
    return 0


def _at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _read_line(prompt: str, confirm: str = "") -> str | None:
    """A password typed at a terminal (not shown; twice when `confirm`), or the next line a
    script gives on standard input; None when there is none or it is empty."""
    import getpass

    stream = sys.stdin
    if stream is None:
        return None
    try:
        if stream.isatty():
            typed = getpass.getpass(prompt)
            if confirm and getpass.getpass(confirm) != typed:
                print("两次输入的密码不一致。", file=sys.stderr)
                return None
            return typed or None
        line = stream.readline()
    except (EOFError, OSError, ValueError):
        return None
    return line.rstrip("\r\n") or None
