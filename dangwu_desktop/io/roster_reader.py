"""A village's roster file as candidate members: header found, columns mapped, cells normalised.

Nothing here judges a member; that is the roster rules' job (core). This module only reads what
the cells say, and says so when a cell cannot be read, never guessing what it meant.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import DateParseError, parse_date_precision
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, Sex
from dangwu_desktop.core.idnumber import IdNumberError, parse_id_number
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.member_fields import (
    FIELDS_BY_KEY,
    FieldType,
    MemberField,
    editable_fields,
)
from dangwu_desktop.core.services.roster_import import (
    Candidate,
    Fault,
    ImportCheck,
    bulk_work,
    check_candidates,
)
from dangwu_desktop.core.text_rules import WORD_LINE_BREAKS, TextKind
from dangwu_desktop.io.roster_columns import IGNORED, HeaderLayout, find_header
from dangwu_desktop.io.tables import Cell, TableFileError, read_table, sheet_names

FOOTER_WORDS = ("合计", "总计", "小计", "填表人", "填报人", "审核人", "制表", "填表日期", "填报日期",
                "负责人", "单位负责人", "说明", "注：", "注:", "备注：", "联系人")  # fmt: skip
# The labels of a roster's foot (who filled it in, who checked it, the seal, the total). A foot row
# spreads its names across the columns (填表人： | | 李明 | | 审核人： | | 王强), so a name lands
# in 姓名 and a word in 性别: it is told by a cell holding one of these labels, wherever it stands,
# alone or followed by a colon and what was written after it.
FOOT_LABELS = ("合计", "总计", "小计", "填表人", "填报人", "填表", "审核人", "审核", "审批人", "审批",
               "制表人", "制表", "统计人", "经办人", "联系人", "联系电话", "填表日期", "填报日期",
               "制表日期", "报送日期", "负责人", "单位负责人", "支部书记签字", "签字", "签名")  # fmt: skip
_FOOT_ANY = re.compile("|".join((*FOOT_LABELS, "盖章")))  # a row's cheap first test
_FOOT_CELL = re.compile(
    r"[\s(（]*(?:" + "|".join(sorted(FOOT_LABELS, key=len, reverse=True))
    + r"|[^:：]{0,12}?[(（]?盖章[)）]?)[\s)）]*(?:[:：].*)?",
    re.DOTALL,
)  # fmt: skip
_ID_LIKE = re.compile(r"[0-9０-９]{15}")
SEX_WORDS = {"男": Sex.MALE, "男性": Sex.MALE, "M": Sex.MALE, "MALE": Sex.MALE,
             "女": Sex.FEMALE, "女性": Sex.FEMALE, "F": Sex.FEMALE, "FEMALE": Sex.FEMALE}  # fmt: skip
CATEGORY_WORDS = {"正式党员": MemberCategory.FULL, "正式": MemberCategory.FULL,
                  "预备党员": MemberCategory.PROBATIONARY, "预备": MemberCategory.PROBATIONARY}  # fmt: skip
YES_WORDS = frozenset({"是", "√", "✓", "Y", "YES", "1", "流动", "流动党员"})
NO_WORDS = frozenset({"", "否", "×", "N", "NO", "0", "-", "无"})
STATUS_WORDS = {"": MembershipStatus.ACTIVE, "正常": MembershipStatus.ACTIVE,
                **{status.value: status for status in MembershipStatus}}  # fmt: skip
# The words a cell may use for a choice; a choice not listed here is read by its own words.
CHOICE_WORDS: dict[str, Mapping[str, StrEnum]] = {"sex": SEX_WORDS, "category": CATEGORY_WORDS}


@dataclass(frozen=True, slots=True)
class SkippedRow:
    row: int
    reason: str


@dataclass(slots=True)
class RosterFile:
    """A roster file as read: where its header is, what each column holds, which rows are data."""

    path: Path
    sheet: str
    sheets: list[str]
    header: HeaderLayout
    mapping: dict[int, str | None]  # column index -> field (a key of TARGET_LABELS) or None
    rows: list[tuple[int, list[Cell]]]  # (row as the spreadsheet numbers it, cells)
    skipped: list[SkippedRow] = field(default_factory=list)

    def title(self, column: int) -> str:
        return next(
            (c.title for c in self.header.columns if c.index == column), f"第{column + 1}列"
        )

    @property
    def unmatched(self) -> list[str]:
        """Columns that name no field: shown to the user, never silently dropped."""
        return [self.title(i) for i, target in self.mapping.items() if target is None]

    def with_mapping(self, mapping: Mapping[int, str | None]) -> RosterFile:
        """The same file with the user's corrections to the column mapping."""
        return replace(self, mapping={**self.mapping, **mapping})


@bulk_work()
def read_roster(path: Path, sheet: str | None = None) -> RosterFile:
    """Read a roster file; raises TableFileError when no roster header can be found."""
    table = read_table(path, sheet)
    header = find_header(table.rows)
    if header is None:
        raise TableFileError(
            f"在“{path.name}”的工作表“{table.sheet}”前20行中没有找到花名册表头"
            "（应有“姓名”“身份证号”“入党时间”等列名）"
        )
    mapping = {column.index: column.target for column in header.columns}
    rows: list[tuple[int, list[Cell]]] = []
    skipped: list[SkippedRow] = []
    titles = {_plain(column.title.split("/")[-1]) for column in header.columns}
    id_column = next((i for i, target in mapping.items() if target == "id_number"), None)
    name_column = next((i for i, target in mapping.items() if target == "name"), None)
    for index in range(header.data_start, len(table.rows)):
        cells = table.rows[index]
        number = index + 1
        if _member_row(cells, id_column, name_column):  # most rows: nothing else to look at
            rows.append((number, cells))
            continue
        texts = [_plain(cell) for cell in cells]
        filled = [text for text in texts if text]
        if not filled:
            skipped.append(SkippedRow(number, "空行"))
        elif len(titles.intersection(filled)) >= 3:
            skipped.append(SkippedRow(number, "重复的表头"))
        elif _is_foot(filled, cells, id_column) or (
            filled[0].startswith(FOOTER_WORDS) and not _has_name(cells, mapping)
        ):
            skipped.append(SkippedRow(number, f"表尾：{' '.join(filled)[:20]}"))
        else:
            rows.append((number, cells))
    return RosterFile(path, table.sheet, sheet_names(path), header, mapping, rows, skipped)


def _member_row(cells: list[Cell], id_column: int | None, name_column: int | None) -> bool:
    """A row with a name and, as text, what looks like an ID number: a member's row, neither a
    blank, a repeated header nor a foot (a foot's names carry no number)."""
    if id_column is None or name_column is None or max(id_column, name_column) >= len(cells):
        return False
    number, name = cells[id_column], cells[name_column]
    return (
        type(number) is str
        and len(number) >= 15
        and number[:6].isdigit()
        and type(name) is str
        and not name.isspace()
        and name != ""
    )


def _is_foot(filled: list[str], cells: list[Cell], id_column: int | None) -> bool:
    """A row holding a foot label in a cell of its own, and no ID number: a member's row whose
    备注 happens to read 联系电话：… still has the number that makes it a member."""
    number = cells[id_column] if id_column is not None and id_column < len(cells) else None
    if type(number) is str and len(number) >= 15 and number[:6].isdigit():
        return False  # most rows of a roster: tested first, as this runs for every row read
    if not _FOOT_ANY.search("\n".join(filled)) or not any(map(_FOOT_CELL.fullmatch, filled)):
        return False
    if number is None:
        return True
    if isinstance(number, float | int) and not isinstance(number, bool):
        return number < 1e14  # an ID typed as a number has 15 or more digits
    return not _ID_LIKE.search("".join(_plain(number).split()))


def _has_name(cells: list[Cell], mapping: Mapping[int, str | None]) -> bool:
    column = next((i for i, target in mapping.items() if target == "name"), None)
    return column is not None and column < len(cells) and bool(_plain(cells[column]))


def _plain(cell: Cell) -> str:
    """A cell's text with surrounding space removed; integral numbers without a trailing .0."""
    if type(cell) is str:  # most cells: checked first, as this runs for every cell read
        return (cell if cell.isprintable() else cell.translate(WORD_LINE_BREAKS)).strip()
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return (
            cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat(" ")
        )
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def shown(cell: Cell) -> str:
    """A cell as the spreadsheet shows it; a long number in Excel's own notation (4.10122E+17)."""
    if isinstance(cell, float) and abs(cell) >= 1e15:
        return f"{cell:.5E}"
    return _plain(cell)


def _halfwidth(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def to_candidates(roster: RosterFile) -> list[Candidate]:
    """Every data row as a candidate; cells that cannot be read become the candidate's faults."""
    columns = {
        target: index for index, target in roster.mapping.items() if target and target != IGNORED
    }
    # Each field the file has, with its column and the function reading its cells: chosen once
    # per file, so a cell costs one call, and none for a value a column repeats (民族, 学历 …).
    readers = [
        (f.key, columns[f.key], _cached(_reader(f)) if _repeats(f) else _reader(f))
        for f in IMPORTED_FIELDS
        if f.key in columns
    ]
    extra = _Extra(columns)
    return [
        _candidate(_Row(roster, number, cells, columns), readers, extra)
        for number, cells in roster.rows
    ]


@dataclass(slots=True)
class _Row:
    """One data row being read, and what was found wrong with its cells."""

    roster: RosterFile
    number: int
    cells: list[Cell]
    columns: dict[str, int]
    faults: list[Fault] = field(default_factory=list)
    month_only: set[str] = field(default_factory=set)  # dates the file gives as a month only

    def cell(self, target: str) -> Cell:
        index = self.columns.get(target)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def fault(self, target: str, reason: str, detail: str = "") -> None:
        self.faults.append(self.noted(target, reason, detail))

    def noted(self, target: str, reason: str, detail: str = "") -> Fault:
        title = self.roster.title(self.columns[target])
        return Fault(self.number, title, shown(self.cell(target)), reason, detail)


Reader = Callable[[Cell, _Row], object]
UNREAD = object()  # what a reader returns for a cell it could not read (and said why)


def _repeats(member_field: MemberField) -> bool:
    """A column whose words repeat down the file (a date rarely does: not worth remembering)."""
    return member_field.type is not FieldType.DATE and (
        member_field.repeated or member_field.choices is not None
    )


def _cached(read: Reader) -> Reader:
    """`read`, remembering what each text it read cleanly gave: a column of repeated words (汉族,
    初中, 正式党员, 第一党小组) is read once per word rather than once per row. A text that made a
    fault, or a date given as a month only, is read afresh each time, so each row says so."""
    known: dict[str, object] = {}

    def read_cached(raw: Cell, row: _Row) -> object:
        if type(raw) is not str:
            return read(raw, row)
        value = known.get(raw, UNREAD)
        if value is UNREAD:
            faults, months = len(row.faults), len(row.month_only)
            value = read(raw, row)
            if value is not UNREAD and len(row.faults) == faults and len(row.month_only) == months:
                known[raw] = value
        return value

    return read_cached


# What a row's 党籍状态 other than 在册 may come with: the columns giving its date, the first
# filled one winning, and the column giving where a 转出 went (core.member_fields.STATUS_FIELDS).
STATUS_DATES: dict[MembershipStatus, tuple[str, ...]] = {
    MembershipStatus.TRANSFERRED_OUT: ("transfer_out_date", "status_date"),
    MembershipStatus.DECEASED: ("death_date", "status_date"),
    MembershipStatus.EXPELLED: ("status_date",),
    MembershipStatus.SUSPENDED: ("status_date",),
}
STATUS_ORGS: dict[MembershipStatus, str] = {MembershipStatus.TRANSFERRED_OUT: "transfer_out_org"}
OUTFLOW_KEYS = ("mobile_since", "mobile_place", "mobile_org")
STATUS_KEYS = (
    "transfer_out_date", "transfer_out_org", "transfer_in_date", "transfer_in_org", "death_date",
    "status_date",
)  # fmt: skip
# A member 在册 who came from another branch: the 转入 the import records before the rest.
ARRIVAL_KEYS = ("transfer_in_date", "transfer_in_org")


@dataclass(frozen=True, slots=True)
class _Extra:
    """Where a file keeps what is not MemberData's (category aside, which MemberData holds but an
    empty cell of derives): looked up once per file rather than once per row."""

    category: int | None
    status: int | None
    is_mobile: int | None
    mobile_place: int | None
    outflow: tuple[str, ...]  # the 流出 columns the file has
    outflow_at: tuple[int, ...]  # and where they are
    statuses: tuple[str, ...]  # the status columns the file has
    mobile_flag: Reader  # 是/否 of 流动党员, each word read once per file

    def __init__(self, columns: Mapping[str, int]) -> None:
        for key in ("category", "status", "is_mobile", "mobile_place"):
            object.__setattr__(self, key, columns.get(key))
        outflow = tuple(k for k in OUTFLOW_KEYS if k in columns)
        object.__setattr__(self, "outflow", outflow)
        object.__setattr__(self, "outflow_at", tuple(columns[k] for k in outflow))
        object.__setattr__(self, "statuses", tuple(k for k in STATUS_KEYS if k in columns))
        object.__setattr__(
            self, "mobile_flag", _cached(lambda raw, row: _flag("is_mobile", raw, row))
        )


def _any_filled(cells: list[Cell], indices: tuple[int, ...]) -> bool:
    """Whether any of these cells holds something (most rows: each an empty string)."""
    width = len(cells)
    return any(
        index < width and (cell := cells[index]) != "" and _plain(cell) != "" for index in indices
    )


def _at(cells: list[Cell], index: int | None) -> str:
    return _plain(cells[index]) if index is not None and index < len(cells) else ""


def _candidate(row: _Row, readers: list[tuple[str, int, Reader]], extra: _Extra) -> Candidate:
    data = MemberData()
    cells = row.cells
    width = len(cells)
    for key, index, read in readers:
        raw = cells[index] if index < width else None
        if raw is None or (type(raw) is str and (not raw or raw.isspace())):
            continue  # an empty cell: the field keeps MemberData's default
        value = read(raw, row)
        if value is not UNREAD:
            setattr(data, key, value)
    if "birth_date" in row.month_only:
        data.birth_date = _birth_within_month(data)
    if not _at(cells, extra.category):
        # No category in the file: the 转正时间 says it; the import preview shows the result.
        full = data.full_member_date is not None
        data.category = MemberCategory.FULL if full else MemberCategory.PROBATIONARY
    # 党籍 and 流动 are not MemberData's: the import records them as movements.
    mobile = extra.is_mobile is not None and extra.mobile_flag(row.cell("is_mobile"), row) is True
    status = STATUS_WORDS.get(_at(cells, extra.status))
    if status is None:
        row.fault(
            "status", "党籍状态无法识别", "应为" + "、".join(s.value for s in MembershipStatus)
        )
        status = MembershipStatus.ACTIVE
    mobile_place = _at(cells, extra.mobile_place)
    candidate = Candidate(row.number, data, status, mobile, mobile_place, row.faults)
    if mobile:  # when they left and who took them in: the 流出 movement's date and organisation
        raw = row.cell("mobile_since")
        since = _OUTFLOW_DATE(raw, row) if _plain(raw) else None
        candidate.mobile_since = since if isinstance(since, date) else None
        candidate.mobile_org = " ".join(_plain(row.cell("mobile_org")).split())
    elif extra.outflow and _any_filled(cells, extra.outflow_at):
        candidate.notes.extend(_unused(row, extra.outflow, "该行未标为流动党员"))
    if extra.statuses:
        _read_status(row, candidate, extra.statuses)
    return candidate


def _read_status(row: _Row, candidate: Candidate, columns: tuple[str, ...]) -> None:
    """The date and 对方党组织 of the movement the row's status brings, where the file gives
    them; what it gives for a status the row does not have is noted, not imported."""
    status = candidate.status
    used = [key for key in STATUS_DATES.get(status, ()) if key in columns]
    for key in used:
        raw = row.cell(key)
        if _plain(raw):
            day = _STATUS_DATE[key](raw, row)
            candidate.status_date = day if isinstance(day, date) else None
            candidate.status_date_label = FIELDS_BY_KEY[key].label
            break
    org = STATUS_ORGS.get(status)
    if org is not None and org in columns:
        used.append(org)
        candidate.status_org = " ".join(_plain(row.cell(org)).split())
    if status is MembershipStatus.ACTIVE and "transfer_in_date" in columns:
        used += [key for key in ARRIVAL_KEYS if key in columns]
        raw = row.cell("transfer_in_date")
        day = _STATUS_DATE["transfer_in_date"](raw, row) if _plain(raw) else None
        candidate.arrival_date = day if isinstance(day, date) else None
        if "transfer_in_org" in columns:
            candidate.arrival_org = " ".join(_plain(row.cell("transfer_in_org")).split())
    unused = tuple(key for key in columns if key not in used)
    if unused:
        candidate.notes.extend(_unused(row, unused, f"该行党籍状态为“{status.value}”"))


def _unused(row: _Row, keys: tuple[str, ...], why: str) -> list[Fault]:
    """A warning for each of these cells that is filled: the file says something the import does
    not record, and the secretary should know (a 流出时间 on a row not marked 流动 is more likely a
    forgotten 是 than a fact to drop)."""
    return [
        row.noted(key, "此栏未导入", f"{why}，{FIELDS_BY_KEY[key].label}不作记录")
        for key in keys
        if _plain(row.cell(key))
    ]


def _reader(member_field: MemberField) -> Reader:
    """How a non-empty cell becomes the field's value, by the field's type."""
    key, label = member_field.key, member_field.label
    if key in SPECIAL_READERS:
        return SPECIAL_READERS[key]
    if member_field.type is FieldType.DATE:

        def read_date(raw: Cell, row: _Row) -> object:
            try:
                value, only_month = parse_date_precision(raw)
            except DateParseError as exc:
                row.fault(key, f"{label}无法识别", str(exc))
                return UNREAD
            if only_month:
                row.month_only.add(key)
            return value

        return read_date
    if member_field.type is FieldType.CHOICE:
        choices = member_field.choice_values
        words = CHOICE_WORDS.get(key) or {c.value: c for c in choices}
        allowed = "或".join(f"“{c.value}”" for c in choices)

        def read_choice(raw: Cell, row: _Row) -> object:
            value = words.get(_halfwidth(_plain(raw)).upper())
            if value is None:
                row.fault(key, f"{label}无法识别", f"应为{allowed}")
                return UNREAD
            return value

        return read_choice
    if member_field.type is FieldType.FLAG:
        return lambda raw, row: _flag(key, raw, row)
    return TEXT_READERS[member_field.text_kind or TextKind.LINE]


# How a cell becomes a text field: a name loses every space (张 三 is 张三), a one-line field
# reads a cell wrapped with Alt+Enter as one line rather than refusing it (each run of white space
# one space: split() splits on what \s+ matches, and _plain has stripped the ends), a multi-line
# field keeps its lines. One call a cell: these run for most cells of a 20,000-row file.
TEXT_READERS: dict[TextKind, Reader] = {
    TextKind.NAME: lambda raw, _row: "".join(_plain(raw).split()),
    TextKind.LINE: lambda raw, _row: " ".join(_plain(raw).split()),
    TextKind.TEXT: lambda raw, _row: _plain(raw),
}
IMPORTED_FIELDS = tuple(f for f in editable_fields() if f.synonyms)


def _phone(value: Cell, _row: _Row) -> str:
    return _halfwidth(_plain(value))  # digits typed with a Chinese input method: full-width


def _id_number(value: Cell, row: _Row) -> str:
    """The number as text. A number typed as a number lost its last digits unless it is short."""
    if isinstance(value, float | int) and not isinstance(value, bool):
        if float(value).is_integer() and len(str(int(value))) == 15:
            return str(int(value))  # 15 digits fit a float exactly
        row.fault(
            "id_number",
            "身份号码被存成数字，末位已丢失",
            "请在原表中把该列设为文本格式，重新填写后再导入",
        )
        return ""
    return _halfwidth(_plain(value))


def _flag(key: str, value: Cell, row: _Row) -> bool:
    """是 or 否 in the words villages use; anything else is a fault (and read as 否)."""
    text = _halfwidth(_plain(value)).upper()
    if text not in YES_WORDS and text not in NO_WORDS:
        row.fault(key, f"{FIELDS_BY_KEY[key].label}无法识别", "应为“是”或“否”")
    return text in YES_WORDS


# Fields a cell's text alone does not give: read by their own function, which may add a fault.
SPECIAL_READERS: dict[str, Reader] = {"id_number": _id_number, "phone": _phone}
_OUTFLOW_DATE = _reader(FIELDS_BY_KEY["mobile_since"])  # 流出时间 as any date field is read
_STATUS_DATE = {key: _reader(FIELDS_BY_KEY[key]) for key in STATUS_KEYS if key.endswith("_date")}


def _birth_within_month(data: MemberData) -> date | None:
    """A birth month (1979年10月) that the ID number confirms gives way to the ID's full date."""
    assert data.birth_date is not None
    try:
        from_id = parse_id_number(data.id_number).birth_date if data.id_number else None
    except IdNumberError:
        from_id = None
    if from_id and (from_id.year, from_id.month) == (data.birth_date.year, data.birth_date.month):
        return None  # the rules fill it from the ID number
    return data.birth_date


@bulk_work()
def check_roster_file(session: Session, roster: RosterFile, today: date) -> ImportCheck:
    """Judge every data row of a read roster file, writing nothing."""
    return check_candidates(session, to_candidates(roster), today)
