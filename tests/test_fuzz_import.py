"""Hostile and broken input: generated malformed files must give a clear error or a fault report,
never a traceback and never a write; hostile text is imported and exported through the services,
and is either refused whole in Chinese or stored clean and exported as text.
HYPOTHESIS_PROFILE=thorough runs many more cases."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.models import Base, Member
from dangwu_desktop.core.roster import load_roster
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services.roster_import import apply_import
from dangwu_desktop.core.text_rules import BIDI_CONTROLS
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.io import tables
from dangwu_desktop.io.roster_export import export_roster
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from dangwu_desktop.io.tables import TableFileError

TODAY = date(2026, 11, 25)
settings.register_profile(
    "ci", max_examples=500, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile(
    "thorough", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
HEADER = ["姓名", "性别", "出生日期", "公民身份号码", "入党时间", "转正时间", "人员类别"]
SUFFIXES = [".xlsx", ".xls", ".csv", ".ods", ".xlsm"]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Database:
    return open_database(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")


def _judged(path: Path, database: Database) -> None:
    """Reading and checking may refuse the file, or report faults: nothing else, and no write."""
    try:
        roster = read_roster(path)
    except TableFileError as exc:
        assert str(exc)  # a Chinese sentence, not a traceback
        return
    with database.read() as session:
        result = check_roster_file(session, roster, TODAY)
        assert all(fault.row >= 1 and fault.reason for fault in result.faults)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0


cells = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.text(alphabet="0123456789.-/年月日 Xx", max_size=20),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(
        [
            "=1/0",
            "=SUM(A1:A3)",
            "男",
            "女",
            "正式党员",
            "预备党员",
            "3.30726199001011E+17",
            "\x00",
            "合计",
        ]
    ),
)


@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_with_spreadsheet_names(
    tmp_path_factory: pytest.TempPathFactory, database: Database, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"roster{suffix}"
    path.write_bytes(data)
    _judged(path, database)


@given(text=st.text(max_size=3000), encoding=st.sampled_from(["utf-8", "gbk", "utf-16", "latin-1"]))
def test_csv_text_in_any_encoding(
    tmp_path_factory: pytest.TempPathFactory, database: Database, text: str, encoding: str
) -> None:
    path = tmp_path_factory.mktemp("csv") / "roster.csv"
    path.write_bytes(("\n".join([",".join(HEADER), text])).encode(encoding, errors="replace"))
    _judged(path, database)


@settings(max_examples=250)
@given(
    rows=st.lists(st.lists(cells, max_size=9), max_size=25),
    with_header=st.booleans(),
    cut=st.integers(0, 100),
)
def test_spreadsheets_with_wrong_types_and_truncation(
    tmp_path_factory: pytest.TempPathFactory,
    database: Database,
    rows: list[list[object]],
    with_header: bool,
    cut: int,
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    if with_header:
        sheet.append(HEADER)
    for row in rows:
        try:
            sheet.append(row)
        except (
            ValueError,
            TypeError,
            IllegalCharacterError,
        ):  # openpyxl refuses some values itself
            continue
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    if cut < 30:  # sometimes a file cut short, as by a full disk or an interrupted copy
        data = data[: len(data) * cut // 30]
    path = tmp_path_factory.mktemp("xlsx") / "roster.xlsx"
    path.write_bytes(data)
    _judged(path, database)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/worksheets/sheet1.xml", b"0" * (tables.MAX_UNPACKED_BYTES + 1))
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(TableFileError, match="解压后超过"):
        read_roster(path)


def test_huge_files_and_too_many_rows_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b",".join([b"x"] * 10))
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 10)
    with pytest.raises(TableFileError, match="MB的上限"):
        read_roster(big)
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 50 * 1024 * 1024)
    monkeypatch.setattr(tables, "MAX_ROWS", 50)
    rows = tmp_path / "rows.csv"
    rows.write_text("\n".join([",".join(HEADER)] + ["张三,男"] * 60), encoding="utf-8")
    with pytest.raises(TableFileError, match="超过一次最多导入50行"):
        read_roster(rows)


def test_a_sheet_with_a_million_empty_rows_is_refused(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("花名册")
    sheet.append(HEADER)
    sheet.append(["张三"])
    workbook.save(tmp_path / "x.xlsx")
    # A cell far below makes the used range a million rows long, as a stray keystroke does in WPS.
    path = tmp_path / "million.xlsx"
    with (
        zipfile.ZipFile(tmp_path / "x.xlsx") as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.endswith("sheet1.xml"):
                data = data.replace(
                    b"</sheetData>",
                    b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
                )
            target.writestr(info, data)
    with pytest.raises(TableFileError, match="超过一次最多导入"):
        read_roster(path)


def test_formulas_and_huge_cells_are_values_not_code(tmp_path: Path, database: Database) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(
        [
            '=HYPERLINK("http://x","张三")',
            "男",
            "1990-01-01",
            "x" * 30000,
            "2015-07-01",
            "",
            "正式党员",
        ]
    )
    sheet.append(
        [datetime(2015, 7, 1), "女", "=1/0", "330726199001011238", 42186, 42552, "预备党员"]
    )
    workbook.save(tmp_path / "odd.xlsx")
    _judged(tmp_path / "odd.xlsx", database)


# Hostile text, imported and exported through the services as a secretary's file would be.
HOSTILE = [
    '=HYPERLINK("http://evil.example","张三")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-1+1",
    "@SUM(1+1)",
    "\t=1+1",
    "张\x00三",
    "张\x1b三",
    "李\x85四",
    "\u202e三张",
    "王\u2066五\u2069",
    "张\u200f三",
    "第一行\r\n第二行",
    "- 一是抓学习\n- 二是抓落实",
    "张" * 60,
    "x" * 20_001,
    "王五",
]
hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(
        alphabet=list("张三王=+-@ \t\n\r\x00\x1f\x7f\x85\u061c\u200e\u202a\u202e\u2066A1"),
        min_size=1,
        max_size=12,
    ),
)
# Text a record may hold that a spreadsheet would run as a formula: stored, and neutral on export.
ACCEPTABLE = ["=1+1", '=HYPERLINK("http://x")', "+8613800001111", "-1", "@SUM(A1)", "前溪村1号", ""]


def mostly(plausible: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Plausible text three times in four, so that whole files are accepted often enough too."""
    return st.one_of(plausible, plausible, plausible, hostile_text)


HOSTILE_HEADER = [
    "姓名",
    "性别",
    "公民身份号码",
    "入党时间",
    "转正时间",
    "人员类别",
    "家庭住址",
    "备注",
]
CJK = re.compile("[\u4e00-\u9fff]")
# The stored columns that may run over lines (an audit entry has one line per change).
MULTI_LINE = frozenset({"remarks", "reason", "changes"})


def _id_number(sequence: int) -> str:
    body = f"33072619900101{sequence:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def _digest(database: Database) -> str:
    """Every row of every table: what "the database is unchanged" compares."""
    digest = hashlib.sha256()
    with database.read() as session:
        for table in Base.metadata.sorted_tables:
            rows = sorted(repr(tuple(row)) for row in session.execute(table.select()))
            digest.update(f"{table.name}:{len(rows)}:{rows}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _chinese(message: str) -> None:
    assert CJK.search(message), message
    assert not re.search(r"Traceback|Error|Exception|<class|\bNone\b", message), message


def _hostile_file(folder: Path, rows: list[list[str]], as_xlsx: bool) -> Path:
    if as_xlsx:
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        try:
            for row in [HOSTILE_HEADER, *rows]:
                sheet.append(row)
        except IllegalCharacterError:  # openpyxl cannot write control characters: a CSV then
            pass
        else:
            path = folder / "roster.xlsx"
            workbook.save(path)
            return path
    path = folder / "roster.csv"
    with path.open("w", encoding="utf-8-sig", newline="", errors="surrogatepass") as file:
        csv.writer(file).writerows([HOSTILE_HEADER, *rows])
    return path


class _Undo(Exception):
    """Raised to roll back an accepted import once it has been looked at."""


@settings(max_examples=150)
@given(
    cells=st.lists(
        st.tuples(
            mostly(st.sampled_from(["王五", "张三", "阿依古丽·买买提"])),
            mostly(st.sampled_from(ACCEPTABLE)),
            mostly(st.sampled_from(ACCEPTABLE)),
        ),
        min_size=1,
        max_size=4,
    ),
    as_xlsx=st.booleans(),
)
def test_hostile_text_is_refused_whole_or_stored_clean_and_exported_as_text(
    tmp_path_factory: pytest.TempPathFactory,
    database: Database,
    cells: list[tuple[str, str, str]],
    as_xlsx: bool,
) -> None:
    folder = tmp_path_factory.mktemp("hostile")
    rows = [
        [name, "男", _id_number(n), "2015-07-01", "2016-07-01", "正式党员", address, remarks]
        for n, (name, address, remarks) in enumerate(cells, start=1)
    ]
    path = _hostile_file(folder, rows, as_xlsx)
    before = _digest(database)
    try:
        roster = read_roster(path)
    except TableFileError as exc:
        _chinese(str(exc))
        assert _digest(database) == before
        return
    with database.read() as session:
        check = check_roster_file(session, roster, TODAY)
    if check.faults:
        for fault in check.faults:
            _chinese(f"{fault.column}{fault.message}")
            assert not BIDI_CONTROLS & set(fault.value) and len(fault.value) < 100
        with pytest.raises(ServiceError) as refused, database.transaction() as session:
            apply_import(session, check, TODAY, update_existing=True, source=path.name)
        _chinese(str(refused.value))
        assert _digest(database) == before
        return
    with pytest.raises(_Undo), database.transaction() as session:
        apply_import(session, check, TODAY, update_existing=True, source=path.name)
        _assert_stored_clean(session)
        exported = export_roster(
            folder / "花名册.xlsx", load_roster(session, TODAY), "前溪村", TODAY
        )
        workbook = load_workbook(exported)
        formulas = [
            c.value for ws in workbook for row in ws.iter_rows() for c in row if c.data_type == "f"
        ]
        assert formulas == []
        raise _Undo
    assert _digest(database) == before


def _assert_stored_clean(session: Session) -> None:
    for table in Base.metadata.sorted_tables:
        for row in session.execute(table.select()).mappings():
            for column, value in row.items():
                if not isinstance(value, str):
                    continue
                allowed = "\t\n\r" if column in MULTI_LINE else ""
                assert not BIDI_CONTROLS & set(value), (table.name, column, value)
                assert not [
                    c for c in value if (c < " " or "\x7f" <= c <= "\x9f") and c not in allowed
                ], (
                    table.name,
                    column,
                    value,
                )
