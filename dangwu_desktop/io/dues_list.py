"""A list of dues paid, as a village has it: an Excel/WPS/CSV 名单 (姓名 or 身份证号, 月份 or
起始月份, 金额, and perhaps 日期, 收据号, 代缴人, 方式), or lines pasted from a bank statement or a
WeChat 群收款 list ("张三 0.50", or cells separated by tabs). Read as the roster is (io/tables.py,
header words, rows numbered as the file numbers them); nothing here judges a payment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dangwu_desktop.io.roster_columns import HEADER_SEARCH_ROWS, normalise_header
from dangwu_desktop.io.roster_reader import FOOTER_WORDS, SkippedRow, shown
from dangwu_desktop.io.tables import Cell, TableFileError, read_table

# What each column may hold, and the header words that name it (after normalise_header:
# 金额（元） is 金额).
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "党员姓名", "名字", "户名", "付款人", "付款人姓名", "交款人", "缴款人",
             "对方户名", "对方名称", "付款方"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份号码", "身份证", "证件号码"),
    "month": ("月份", "所属月份", "交纳月份", "缴纳月份", "党费月份", "所交月份", "所属期"),
    "first_month": ("起始月份", "起始月", "开始月份", "起交月份"),
    "amount": ("金额", "交纳金额", "缴纳金额", "党费", "党费金额", "实交金额", "实缴金额",
               "交纳党费", "缴纳党费", "收入金额", "交易金额", "收款金额", "入账金额"),
    "paid_on": ("日期", "交纳日期", "缴纳日期", "交款日期", "缴费日期", "交易日期", "收款日期",
                "入账日期", "时间", "交易时间"),
    "receipt_no": ("收据号", "收据编号", "收据", "凭证号", "票据号", "票据编号", "单号",
                   "交易单号", "流水号"),
    "paid_by": ("代缴人", "代交人", "代缴", "代交"),
    "method": ("方式", "交纳方式", "缴纳方式", "缴费方式", "支付方式", "付款方式"),
    "note": ("备注", "说明"),
}  # fmt: skip
LABELS = {
    "name": "姓名", "id_number": "身份证号", "month": "月份", "first_month": "起始月份",
    "amount": "金额", "paid_on": "日期", "receipt_no": "收据号", "paid_by": "代缴人",
    "method": "方式", "note": "备注",
}  # fmt: skip
_EXACT = {word: key for key, words in FIELDS.items() for word in words}
_LONGEST_FIRST = sorted(_EXACT, key=len, reverse=True)
_ID_LIKE = re.compile(r"^(\d{17}[\dXx]|\d{15})$")
_DAY_LIKE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$|^\d{8}$")
_MONTH_LIKE = re.compile(
    r"^(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*(?:月?\s*[-—–~～至到]\s*(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*)?"
    r"月份?$"
    r"|^\d{4}\s*[-/.]\s*\d{1,2}$"
)
_SEPARATORS = re.compile(r"[\s,，;；:：]+")
SUPPORTED = "Excel/WPS表格（.xlsx、.xls）、.ods、.csv，或每行“姓名 金额”的 .txt"


class DuesListError(TableFileError):
    """A list that cannot be read at all; the message is Chinese."""


@dataclass(frozen=True, slots=True)
class ListRow:
    """One payment as the list gives it: the row (or line) as the source numbers it, each
    field's cell, and the column title each came from (for the fault report)."""

    number: int
    cells: dict[str, Cell]
    titles: dict[str, str]
    unread: tuple[tuple[str, str], ...] = ()  # (title, value) a pasted line could not place

    def value(self, key: str) -> Cell:
        return self.cells.get(key)

    def title(self, key: str) -> str:
        return self.titles.get(key, LABELS[key])


@dataclass(slots=True)
class DuesList:
    source: str  # the file's name, or 粘贴的名单
    rows: list[ListRow]
    skipped: list[SkippedRow] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # field -> title, as found
    unmatched: list[str] = field(default_factory=list)  # columns that name no field


def match_column(text: object) -> str | None:
    """The field a header names: an exact word first, else the longest word it contains."""
    header = normalise_header(text)
    if not header:
        return None
    if header in _EXACT:
        return _EXACT[header]
    return next((_EXACT[w] for w in _LONGEST_FIRST if len(w) >= 2 and w in header), None)


def _header(rows: list[list[Cell]]) -> tuple[int, dict[int, str], list[str]] | None:
    """The header among the first rows: the row naming the most fields, with a name (or ID)
    and an amount among them; (its index, column -> field, titles naming nothing)."""
    best: tuple[int, int, dict[int, str], list[str]] | None = None
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping: dict[int, str] = {}
        unmatched: list[str] = []
        for column, cell in enumerate(cells):
            key = match_column(cell)
            if key is not None and key not in mapping.values():
                mapping[column] = key
            elif shown(cell):
                unmatched.append(shown(cell))
        found = set(mapping.values())
        if "amount" not in found or not found & {"name", "id_number"}:
            continue
        if best is None or len(found) > best[1]:
            best = (index, len(found), mapping, unmatched)
    return None if best is None else (best[0], best[2], best[3])


def _table_rows(
    source: str, rows: list[list[Cell]], header: tuple[int, dict[int, str], list[str]]
) -> DuesList:
    index, mapping, unmatched = header
    titles = {key: shown(rows[index][column]) for column, key in mapping.items()}
    read: list[ListRow] = []
    skipped: list[SkippedRow] = []
    for at in range(index + 1, len(rows)):
        cells = rows[at]
        texts = [shown(c) for c in cells]
        filled = [t for t in texts if t]
        number = at + 1
        if not filled:
            skipped.append(SkippedRow(number, "空行"))
            continue
        if filled[0].startswith(FOOTER_WORDS):
            skipped.append(SkippedRow(number, f"表尾：{' '.join(filled)[:20]}"))
            continue
        values = {key: cells[column] if column < len(cells) else None
                  for column, key in mapping.items()}  # fmt: skip
        read.append(ListRow(number, values, titles))
    return DuesList(source, read, skipped, titles, unmatched)


def read_dues_file(path: Path, sheet: str | None = None) -> DuesList:
    """A 名单 file. A .txt without a header row is read as pasted lines."""
    if path.suffix.lower() == ".txt":
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            text = path.read_bytes().decode("gb18030", errors="replace")
        except OSError as exc:
            raise DuesListError(f"找不到或无法读取文件“{path}”") from exc
        return read_pasted(text, source=path.name)
    table = read_table(path, sheet)
    header = _header(table.rows)
    if header is None:
        raise DuesListError(
            f"在“{path.name}”的工作表“{table.sheet}”前{HEADER_SEARCH_ROWS}行中没有找到名单的表头"
            "（应有“姓名”或“身份证号”，以及“金额”；可再有“月份”“日期”“收据号”等列）"
        )
    return _table_rows(path.name, table.rows, header)


def _split(line: str) -> list[str]:
    if "\t" in line:
        return [cell.strip() for cell in line.split("\t")]
    return [cell for cell in _SEPARATORS.split(line.strip()) if cell]


def read_pasted(text: str, source: str = "粘贴的名单") -> DuesList:
    """Lines copied from a bank statement, a WeChat list or a spreadsheet: with a header line,
    read as a table; without one, each line is a name (or ID number) and an amount, and perhaps
    a date (交纳日期) and a month (月份) in any order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    split = [_split(line) for line in lines]
    rows: list[list[Cell]] = [list(cells) for cells in split]
    header = _header(rows)
    if header is not None:
        found = _table_rows(source, rows, header)
        found.skipped = [s for s in found.skipped if s.reason != "空行"]
        return found
    read: list[ListRow] = []
    skipped: list[SkippedRow] = []
    for number, cells in enumerate(split, start=1):
        tokens = [c for c in cells if c]
        if not tokens:
            continue
        if tokens[0].startswith(FOOTER_WORDS):
            skipped.append(SkippedRow(number, f"表尾：{' '.join(tokens)[:20]}"))
            continue
        read.append(_line(number, tokens))
    if not read:
        raise DuesListError("名单是空的：请粘贴每行“姓名 金额”的名单，或带表头的表格")
    return DuesList(source, read, skipped)


def _line(number: int, tokens: list[str]) -> ListRow:
    """Each piece of a line placed by what it looks like."""
    cells: dict[str, Cell] = {}
    unread: list[tuple[str, str]] = []
    for position, token in enumerate(tokens, start=1):
        plain = token.replace(" ", "")
        if _ID_LIKE.match(plain) and "id_number" not in cells:
            key: str | None = "id_number"
        elif _DAY_LIKE.match(plain) and "paid_on" not in cells:
            key = "paid_on"
        elif _MONTH_LIKE.match(plain) and "month" not in cells:
            key = "month"
        elif _looks_like_money(plain) and "amount" not in cells:
            key = "amount"
        elif "name" not in cells and not any(ch.isdigit() for ch in plain):
            key = "name"
        else:
            key = None
        if key is None:
            unread.append((f"第{position}项", token))
        else:
            cells[key] = token
    return ListRow(number, cells, {}, tuple(unread))


def _looks_like_money(text: str) -> bool:
    return bool(re.fullmatch(r"[¥￥]?\d+(?:\.\d+)?元?", text))
