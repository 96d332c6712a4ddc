"""`--self-test`: the installed program proves itself on this PC without touching real data.

Opens a fresh demo database in a temporary folder, shows every page, writes every export and
opens each file again, and exits 0 — or 1, naming what failed. Used by `make dist` on the bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="dangwu-selftest-"))
    os.environ["DANGWU_DATA_DIR"] = str(folder / "data")
    checks: list[tuple[str, Callable[[], object]]] = []
    failures: list[str] = []

    from PySide6.QtCore import QSettings

    from dangwu_desktop.app import create_application
    from dangwu_desktop.core.demo import build_demo_village
    from dangwu_desktop.db.startup import open_database
    from dangwu_desktop.ui.context import AppContext

    create_application(["dangwu-selftest"])
    today = date.today()
    database = open_database(folder / "selftest.sqlite3")
    with database.transaction() as session:
        build_demo_village(session, today)
    context = AppContext(
        database, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat), lambda: today
    )

    from dangwu_desktop.ui.main_window import MainWindow
    from dangwu_desktop.ui.pages import CATALOGUE

    window = MainWindow(context)
    for entry in CATALOGUE:
        checks.append((f"页面：{entry.title}", lambda name=entry.name: window.show_page(name)))
    for name, make in _exports(database, today, folder).items():
        checks.append((f"导出：{name}", make))
    checks.append(("乡镇数据库服务器的驱动（PostgreSQL）", _server_driver))
    checks.append(("上报数据包的加密（AES-GCM、scrypt）", _package_cipher))
    checks.append(("导出上报数据包（有密码）并读回", lambda: _package(database, folder)))
    for label, check in checks:
        try:
            check()
            print(f"通过  {label}")
        except Exception:
            failures.append(label)
            print(f"失败  {label}\n{traceback.format_exc()}", file=sys.stderr)
    window.close()
    database.dispose()
    print(f"自检完成：{len(checks) - len(failures)}项通过，{len(failures)}项失败")
    return 1 if failures else 0


def _server_driver() -> None:
    """The bundle carries what a township PC needs to open a PostgreSQL server: SQLAlchemy's
    dialect, psycopg and the libpq it loads (no server is needed to check that)."""
    import psycopg
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://selftest@localhost/selftest")
    engine.dispose()
    assert psycopg.pq.version() > 0, "libpq 没有载入"


def _package_cipher() -> None:
    """The bundle carries `cryptography` and its OpenSSL: a few bytes sealed and opened again,
    and a changed byte refused."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    key = Scrypt(salt=b"selftest-salt-16", length=32, n=2**14, r=8, p=1).derive("口令".encode())
    nonce, words = b"\x00" * 12, "党务台账".encode()
    sealed = AESGCM(key).encrypt(nonce, words, b"manifest")
    assert AESGCM(key).decrypt(nonce, sealed, b"manifest") == words, "解密结果不对"
    try:
        AESGCM(key).decrypt(nonce, sealed, b"changed")
    except InvalidTag:
        return
    raise AssertionError("改动过的数据没有被发现")


def _package(database: object, folder: Path) -> None:
    from dangwu_desktop.db.package import read_package, write_package

    target = folder / "上报数据包.dwpkg"
    written = write_package(database, target, "selftest-2026")  # type: ignore[arg-type]
    with read_package(target, "selftest-2026") as package:
        assert package.manifest == written, "读回的数据包与写入的不一致"


def _exports(database: object, today: date, folder: Path) -> dict[str, Callable[[], object]]:
    """Every export every ledger declares (dangwu_desktop.ledgers), written and opened again with
    the reader the import uses; the roster must import again without a fault."""
    from docx import Document
    from python_calamine import CalamineWorkbook

    from dangwu_desktop.core.demo import BRANCH_NAME
    from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
    from dangwu_desktop.ledgers import Export, ExportScope, all_exports

    scope = ExportScope.this_quarter(today)

    def opened(path: Path) -> None:
        if path.suffix == ".docx":
            Document(str(path))
            return
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            assert workbook.get_sheet_by_name(name).to_python(), f"工作表“{name}”是空的"

    def written(export: Export) -> Path:
        with database.read() as session:  # type: ignore[attr-defined]
            gathered = export.gather(session, scope)
        path = export.write(folder / f"{export.key}{export.suffix}", gathered, BRANCH_NAME, scope)
        opened(path)
        return path

    def roster_again(export: Export) -> None:
        path = written(export)
        with database.read() as session:  # type: ignore[attr-defined]
            faults = check_roster_file(session, read_roster(path), today).faults
        assert not faults, "导出的花名册不能无错地再导入"

    return {
        export.title + ("（再导入）" if export.key == "roster" else ""): (
            lambda export=export: (
                roster_again(export) if export.key == "roster" else written(export)
            )
        )
        for export in all_exports()
    }
