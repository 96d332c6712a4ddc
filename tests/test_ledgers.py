"""The ledgers declare their exports once (dangwu_desktop.ledgers); the window's menus, the
command line's `export` and the self-test all take them from there."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from python_calamine import CalamineWorkbook

from dangwu_desktop.cli import main
from dangwu_desktop.core.demo import BRANCH_NAME, build_demo_village
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers import Export, ExportScope, Span, all_exports, export_named, ledgers

TODAY = date(2026, 11, 25)
LEADING_ZERO = re.compile(r"(?:年|^|[^0-9])0[1-9]月|月0[1-9]日")
WRITTEN_DAY = re.compile(r"\d{1,2}月\d{1,2}日")  # 2026年9月20日, 9月20日
NUMERIC_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # 2026-09-20
SCOPES = {
    Span.TODAY: ExportScope(TODAY, 2026),
    Span.YEAR: ExportScope(TODAY, 2026),
    Span.MONTH: ExportScope(TODAY, 2026, month=10),
    Span.QUARTER: ExportScope(TODAY, 2026, quarter=3),
    Span.PERIOD: ExportScope(TODAY, 2026, quarter=3),
    Span.PERSON: ExportScope(TODAY, 2026),  # every file of the year, each from a new page
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from dangwu_desktop.db.startup import open_database

    database = open_database(tmp_path_factory.mktemp("ledgers") / "demo.sqlite3")
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    return database


def test_each_export_has_one_key_and_a_title() -> None:
    keys = [export.key for export in all_exports()]
    assert len(keys) == len(set(keys)) and all(e.title for e in all_exports())
    assert [ledger.key for ledger in ledgers()] == [
        "roster",
        "meetings",
        "plans",
        "training",
        "dues",
        "mobile",
        "development",
        "elections",
        "lists",
        "registers",
        "reports",
    ]


@pytest.mark.parametrize("export", all_exports(), ids=lambda e: e.key)
def test_every_declared_export_writes_a_file_that_opens(
    export: Export, demo: Database, tmp_path: Path
) -> None:
    scope = SCOPES[export.span]
    with demo.read() as session:
        gathered = export.gather(session, scope)
    name = export.file_name(BRANCH_NAME, scope)
    assert name.startswith(BRANCH_NAME) and name.endswith(export.suffix)
    path = export.write(tmp_path / name, gathered, BRANCH_NAME, scope)
    assert path.exists() and export.done(gathered, scope).endswith("：")
    if export.suffix == ".docx":
        document = Document(str(path))
        texts = [p.text for p in document.paragraphs]
        texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    else:
        workbook = CalamineWorkbook.from_path(str(path))
        texts = [
            value.isoformat() if isinstance(value, date) else str(value)
            for name in workbook.sheet_names
            for row in workbook.get_sheet_by_name(name).to_python()
            for value in row
        ]
    assert texts
    # GB/T 9704: 月、日不编虚位 — 2026年9月20日, never 2026年09月20日 or 01月04日
    zero_padded = [t for t in texts if LEADING_ZERO.search(t)]
    assert zero_padded == [], zero_padded[:3]
    # …and one form of date in one document: 2026年9月20日 in text, or 2026-09-20 in a table
    written = [t for t in texts if WRITTEN_DAY.search(t)]
    numeric = [t for t in texts if NUMERIC_DAY.search(t)]
    assert not (written and numeric), (written[:2], numeric[:2])


def test_the_command_line_exports_what_a_ledger_declares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "export"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in listed] == [e.key for e in all_exports()]
    target = tmp_path / "台账.xlsx"
    assert (
        main(["--db", db, "export", "meeting-ledger", "--year", "2026", "--to", str(target)]) == 0
    )
    assert target.exists() and "已导出2026年“三会一课”台账（0条记录）" in capsys.readouterr().out
    assert main(["--db", db, "export", "no-such-thing"]) == 2
    assert "可以导出：roster、" in capsys.readouterr().err


def test_a_monthly_return_from_the_command_line_defaults_to_this_month(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    target = tmp_path / "月报.xlsx"
    assert main(["--db", db, "export", "monthly-return", "--to", str(target)]) == 0
    today = date.today()
    assert f"已导出{today.year}年{today.month}月" in capsys.readouterr().out


def test_an_export_to_a_folder_takes_its_suggested_name_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, folder = str(tmp_path / "cli.sqlite3"), tmp_path / "上报"
    folder.mkdir()
    assert (
        main(["--db", db, "export", "training-ledger", "--year", "2026", "--to", str(folder)]) == 0
    )
    assert [p.name for p in folder.iterdir()] == ["党支部2026年党员教育培训台账.xlsx"]


def test_a_ledgers_name_is_looked_up_or_refused() -> None:
    assert export_named("roster").title == "花名册"
    with pytest.raises(KeyError):
        export_named("dues")


def test_export_without_a_name_writes_every_export_of_the_year_into_the_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18, done when: `--demo export --year 2026 --to FOLDER` writes every export of the year
    (each month's return, each begun quarter's plan, the year's and each quarter's report …)."""
    from dangwu_desktop.ledgers import year_scopes

    today = date.today()
    folder = tmp_path / "上报"
    assert main(["--demo", "export", "--year", str(today.year), "--to", str(folder)]) == 0
    written = sorted(p.name for p in folder.iterdir())
    expected = sorted(
        export.file_name(BRANCH_NAME, scope)
        for export in all_exports()
        for scope in year_scopes(export, today.year, today)
    )
    assert written == expected
    assert f"共导出{today.year}年的{len(expected)}个文件" in capsys.readouterr().out
    # every declared export is among them: the roster, each quarter's plan, the year's report …
    assert all(year_scopes(export, today.year, today) for export in all_exports())
    assert f"{BRANCH_NAME}{today.year}年度工作报告.docx" in written
    assert f"{BRANCH_NAME}{today.year}年第一季度党建工作台账.xlsx" in written
    # the name `all` says the same
    assert main(["--demo", "export", "all", "--year", str(today.year), "--to", str(folder)]) == 0


def test_year_scopes_cover_only_begun_months_and_quarters() -> None:
    from dangwu_desktop.ledgers import year_scopes

    monthly, plan = export_named("monthly-return"), export_named("quarter-plan")
    report = export_named("work-report")
    assert [s.month for s in year_scopes(monthly, 2026, date(2026, 11, 25))] == list(range(1, 12))
    assert [s.quarter for s in year_scopes(plan, 2026, date(2026, 11, 25))] == [1, 2, 3, 4]
    assert [s.quarter for s in year_scopes(report, 2025, date(2026, 2, 1))] == [None, 1, 2, 3, 4]
    assert [s.quarter for s in year_scopes(plan, 2026, date(2026, 2, 1))] == [1]
