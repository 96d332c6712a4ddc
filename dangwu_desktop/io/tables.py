"""Cells from any roster file a village may have: .xlsx, .xls (as WPS saves it), .ods and .csv.

A file is read by what it holds, not by its name: an .xls renamed .xlsx on the way through WeChat,
or a workbook saved with a .csv name, is still the workbook it is. The name only decides whether
the file is offered for import at all.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import cast

from python_calamine import CalamineError, CalamineWorkbook

Cell = object  # str, float, int, bool, date, datetime or time, as the file holds it
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
CSV_SUFFIXES = frozenset({".csv", ".txt"})
SUPPORTED = "Excel/WPS表格（.xlsx、.xls）、.ods 或 .csv"
CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # gb18030 reads GBK and GB2312 too
# Excel's "Unicode 文本" is UTF-16 with a byte order mark; the BOM names the encoding outright.
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
DELIMITERS = (",", "\t", ";")
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of .xls (and .doc, .et …)
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
SAVE_AS_XLSX = (
    "请在WPS或Excel中打开它，点“另存为”，保存类型选“Excel 工作簿(*.xlsx)”，再导入另存的文件"
)
# Limits, far above any village's roster, that keep a wrong or hostile file from exhausting the PC.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # an .xlsx is a zip: what it would unpack to
MAX_ROWS = 100_000
MAX_COLUMNS = 200


class TableFileError(ValueError):
    """A file that cannot be read as a table; the message is Chinese and names the file."""


class Kind(Enum):
    """What a file holds, whatever its name says."""

    WORKBOOK = "workbook"  # .xlsx/.xlsm, .xls or .ods: calamine tells them apart by content
    TEXT = "text"  # delimited text: CSV, or Excel's tab-separated 文本 / Unicode 文本


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet's cells from A1, row by row, so that row i is spreadsheet row i + 1."""

    sheet: str
    rows: list[list[Cell]]


def sheet_names(path: Path) -> list[str]:
    if _kind(path) is Kind.TEXT:
        return [path.stem]
    return _workbook(path).sheet_names


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The cells of one sheet (the first unless named), within the limits above."""
    if _kind(path) is Kind.TEXT:
        return Table(path.stem, _limited(path, _read_text(path)))
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
    # calamine's rows are lists already: copied, they cost a fifth of reading a 20,000-row sheet
    return Table(name, cast(list[list[Cell]], rows))


def _too_big(path: Path, rows: int, columns: int) -> str:
    return (
        f"“{path.name}”有{rows}行、{columns}列，超过一次最多导入{MAX_ROWS}行、{MAX_COLUMNS}列的限制；"
        "如果表格下方或右侧有大量空白格，请在WPS中删除这些空行空列后再试"
    )


def _limited(path: Path, rows: list[list[Cell]]) -> list[list[Cell]]:
    if len(rows) > MAX_ROWS or max((len(row) for row in rows), default=0) > MAX_COLUMNS:
        raise TableFileError(_too_big(path, len(rows), max((len(row) for row in rows), default=0)))
    return rows


def _broken(path: Path) -> str:
    return f"无法打开“{path.name}”：文件已损坏、加了密码，或不是真正的表格文件（可在WPS中另存为.xlsx后再试）"


def _kind(path: Path) -> Kind:
    """What the file holds, by its first bytes; refuses names that are no table and files that
    are too big, or that would unpack too big, before anything reads them whole."""
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES | CSV_SUFFIXES:
        raise TableFileError(f"“{path.name}”不是可导入的表格文件，请选择{SUPPORTED}")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise TableFileError(f"找不到或无法读取文件“{path}”") from exc
    if size > MAX_FILE_BYTES:
        raise TableFileError(
            f"“{path.name}”有{size / 1048576:.0f} MB，超过{MAX_FILE_BYTES // 1048576} MB的上限，不像是花名册"
        )
    if head.startswith(ZIP_MAGIC):
        _check_package(path)
        return Kind.WORKBOOK
    if head.startswith(OLE2_MAGIC):
        return Kind.WORKBOOK
    if _looks_like_web_page(head):
        raise TableFileError(
            f"“{path.name}”其实是网页（HTML/XML）格式的表格，不是真正的Excel文件，无法直接导入。{SAVE_AS_XLSX}"
        )
    if suffix in SPREADSHEET_SUFFIXES and not _looks_delimited(head):
        raise TableFileError(_broken(path))  # neither a workbook nor a table saved as text
    return Kind.TEXT


def _check_package(path: Path) -> None:
    """A zip is read as a workbook only if it is one, and only if it would not unpack too big."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED_BYTES:
                raise TableFileError(
                    f"“{path.name}”解压后超过{MAX_UNPACKED_BYTES // 1048576} MB，不像是花名册，已拒绝读取"
                )
            mimetype = b""
            if "mimetype" in names:
                with package.open("mimetype") as entry:
                    mimetype = entry.read(len(ODS_MIMETYPE) + 2)
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise TableFileError(f"无法打开“{path.name}”：文件已损坏") from exc
    excel = "[Content_Types].xml" in names and any(name.startswith("xl/") for name in names)
    if not excel and mimetype.strip() != ODS_MIMETYPE:
        raise TableFileError(
            f"“{path.name}”是压缩包或Word等其他文件，不是表格文件，请选择{SUPPORTED}"
        )


def _looks_like_web_page(head: bytes) -> bool:
    """WPS and many web systems save "xls" files that are an HTML table (or Excel 2003 XML)."""
    text = _decoded(head, strict=False).lstrip("\ufeff \t\r\n").lower()
    if not text.startswith("<"):
        return False
    return any(mark in text for mark in ("<html", "<table", "<!doctype html", "office:spreadsheet"))


def _looks_delimited(head: bytes) -> bool:
    text = _decoded(head, strict=False)
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "\x00" not in text and any(mark in first for mark in DELIMITERS)


def _decoded(raw: bytes, *, strict: bool = True) -> str:
    """The text of a file: by its byte order mark if it has one, else UTF-8 or else GB18030."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="strict" if strict else "replace")
    for encoding in CSV_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    if not strict:
        return raw.decode("gb18030", errors="replace")
    raise UnicodeDecodeError("gb18030", raw, 0, len(raw), "neither UTF-8 nor GB18030")


def _workbook(path: Path) -> CalamineWorkbook:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableFileError(f"找不到或无法读取文件“{path}”") from exc
    try:
        # From the bytes, not the path: calamine then tells .xls, .xlsx and .ods apart by content
        # instead of trusting the name.
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except (CalamineError, ValueError, OSError) as exc:
        raise TableFileError(_broken(path)) from exc


def _delimiter(text: str) -> str:
    """Comma, TAB (Excel's 文本 and Unicode 文本) or semicolon: the one that splits the first
    lines most evenly into the most cells; a comma when nothing says otherwise."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","

    def score(mark: str) -> tuple[int, int]:
        counts = sorted(line.count(mark) for line in lines)
        return counts[len(counts) // 2], -DELIMITERS.index(mark)

    return max(DELIMITERS, key=score)


def _read_text(path: Path) -> list[list[Cell]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TableFileError(f"无法读取“{path.name}”：{exc.strerror}") from exc
    try:
        text = _decoded(raw)
    except UnicodeDecodeError as exc:
        raise TableFileError(
            f"“{path.name}”的文字编码无法识别，请在WPS中另存为“CSV UTF-8”后再试"
        ) from exc
    if "\x00" in text:
        raise TableFileError(f"“{path.name}”不是文本格式的CSV文件")
    rows: list[list[Cell]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        rows.extend(list(row) for row in reader)
    except csv.Error as exc:
        row = len(rows) + 1
        if "field limit" in str(exc):
            raise TableFileError(
                f"“{path.name}”第{row}行有一格超过{csv.field_size_limit()}个字符，不像是花名册，"
                "请检查是否选错了文件，或在WPS中打开核对这一行"
            ) from exc
        raise TableFileError(
            f"“{path.name}”第{row}行无法按CSV格式读取，请在WPS中打开核对这一行"
        ) from exc
    return rows
