"""Cells from any roster file a village may have: .xlsx, .xls (as WPS saves it), .ods and .csv."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

Cell = object  # str, float, int, bool, date, datetime or time, as the file holds it
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
CSV_SUFFIXES = frozenset({".csv", ".txt"})
SUPPORTED = "Excel/WPS表格（.xlsx、.xls）、.ods 或 .csv"
CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # gb18030 reads GBK and GB2312 too
# Limits, far above any village's roster, that keep a wrong or hostile file from exhausting the PC.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # an .xlsx is a zip: what it would unpack to
MAX_ROWS = 100_000
MAX_COLUMNS = 200


class TableFileError(ValueError):
    """A file that cannot be read as a table; the message is Chinese and names the file."""


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet's cells from A1, row by row, so that row i is spreadsheet row i + 1."""

    sheet: str
    rows: list[list[Cell]]


def sheet_names(path: Path) -> list[str]:
    _check_size(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return [path.stem]
    return _workbook(path).sheet_names


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The cells of one sheet (the first unless named), within the limits above."""
    _check_size(path)
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return Table(path.stem, _limited(path, _read_csv(path)))
    workbook = _workbook(path)
    name = sheet or workbook.sheet_names[0]
    if name not in workbook.sheet_names:
        raise TableFileError(f"“{path.name}”中没有名为“{name}”的工作表")
    broken = f"无法读取“{path.name}”的工作表“{name}”：文件可能已损坏"
    try:
        data = workbook.get_sheet_by_name(name)
    except (CalamineError, ValueError) as exc:
        raise TableFileError(broken) from exc
    if data.height > MAX_ROWS or data.width > MAX_COLUMNS:  # before reading a million empty rows
        raise TableFileError(_too_big(path, data.height, data.width))
    try:
        rows = data.to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OverflowError, MemoryError) as exc:
        raise TableFileError(broken) from exc
    return Table(name, [list(row) for row in rows])


def _too_big(path: Path, rows: int, columns: int) -> str:
    return (
        f"“{path.name}”有{rows}行、{columns}列，超过一次最多导入{MAX_ROWS}行、{MAX_COLUMNS}列的限制；"
        "如果表格下方或右侧有大量空白格，请在WPS中删除这些空行空列后再试"
    )


def _limited(path: Path, rows: list[list[Cell]]) -> list[list[Cell]]:
    if len(rows) > MAX_ROWS or max((len(row) for row in rows), default=0) > MAX_COLUMNS:
        raise TableFileError(_too_big(path, len(rows), max((len(row) for row in rows), default=0)))
    return rows


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableFileError(f"找不到或无法读取文件“{path}”") from exc
    if size > MAX_FILE_BYTES:
        raise TableFileError(
            f"“{path.name}”有{size / 1048576:.0f} MB，超过{MAX_FILE_BYTES // 1048576} MB的上限，不像是花名册"
        )
    if path.suffix.lower() in {".xlsx", ".xlsm", ".ods"} and zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as package:
                unpacked = sum(info.file_size for info in package.infolist())
        except (zipfile.BadZipFile, OSError) as exc:
            raise TableFileError(f"无法打开“{path.name}”：文件已损坏") from exc
        if unpacked > MAX_UNPACKED_BYTES:
            raise TableFileError(
                f"“{path.name}”解压后超过{MAX_UNPACKED_BYTES // 1048576} MB，不像是花名册，已拒绝读取"
            )


def _workbook(path: Path) -> CalamineWorkbook:
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        raise TableFileError(f"“{path.name}”不是可导入的表格文件，请选择{SUPPORTED}")
    if not path.is_file():
        raise TableFileError(f"找不到文件“{path}”")
    try:
        return CalamineWorkbook.from_path(str(path))
    except (CalamineError, ValueError, OSError) as exc:
        raise TableFileError(
            f"无法打开“{path.name}”：文件已损坏、加了密码，或不是真正的表格文件（可在WPS中另存为.xlsx后再试）"
        ) from exc


def _read_csv(path: Path) -> list[list[Cell]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TableFileError(f"无法读取“{path.name}”：{exc.strerror}") from exc
    for encoding in CSV_ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise TableFileError(f"“{path.name}”的文字编码无法识别，请在WPS中另存为“CSV UTF-8”后再试")
    if "\x00" in text:
        raise TableFileError(f"“{path.name}”不是文本格式的CSV文件")
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise TableFileError(f"“{path.name}”不是有效的CSV文件：{exc}") from exc
