"""The roster as a list: light rows for display, and the search and filters applied to them.

The table in the GUI holds these rows and asks this module which to show, so that search at
100,000 members is a scan of prepared strings, not a database round trip per keystroke.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from itertools import islice, repeat
from operator import attrgetter
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, func, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.branch_scope import session_branch_id
from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind, Sex
from dangwu_desktop.core.member_fields import (
    MEMBER_FIELDS,
    FieldType,
    MemberField,
    Source,
)
from dangwu_desktop.core.member_fields import (
    mask_phone as mask_phone,
)
from dangwu_desktop.core.models import Member, MemberMovement, PartyGroup
from dangwu_desktop.core.rules import CONSTITUTION_ART_7, is_due_for_confirmation

DUE_FOR_CONFIRMATION = "待转正"


@dataclass(slots=True)
class RosterRow:
    """What the roster table shows of one member: an attribute per field of the registry
    (core.member_fields; a test holds them together), and what the search and filters need."""

    member_id: int
    name: str
    sex: Sex
    ethnicity: str
    birth_date: date | None
    id_number: str
    native_place: str
    education: str
    join_date: date | None
    full_member_date: date | None
    category: MemberCategory
    occupation: str
    phone: str
    address: str
    group_name: str
    party_post: str
    status: MembershipStatus
    is_mobile: bool
    mobile_place: str
    remarks: str
    due_for_confirmation: bool
    # Lower-case pinyin, initials, ID and phone: what a Latin-letter or digit search scans. Kept
    # apart from the Chinese name so that it stays a compact one-byte-per-character string.
    haystack: str

    @property
    def name_key(self) -> str:
        """Full pinyin (the haystack's first word), so names sort as a Chinese reader expects."""
        return self.haystack.partition(" ")[0]


# Which of the query's columns (or those computed from them) fills each attribute, in order.
_ROW_FIELDS = tuple(f.name for f in fields(RosterRow))


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    width: int
    value: Callable[[RosterRow], Any]
    sort_value: Callable[[RosterRow], Any] | None = None
    hidden_by_default: bool = False


def _category_text(row: RosterRow) -> str:
    if row.due_for_confirmation:
        return f"{row.category.value}（{DUE_FOR_CONFIRMATION}）"
    return row.category.value


# How a roster column shows (and sorts) a field where its type's way is not enough.
_SHOWN_AS: dict[str, Callable[[RosterRow], Any]] = {"category": _category_text}
_SORTED_BY: dict[str, Callable[[RosterRow], Any]] = {"name": lambda r: r.name_key}


def _shown(member_field: MemberField) -> Callable[[RosterRow], Any]:
    """What a cell shows of a field, by its type: dates as 2024-05-01, flags as 是/否."""
    if member_field.key in _SHOWN_AS:
        return _SHOWN_AS[member_field.key]
    value = attrgetter(member_field.key)
    if member_field.type is FieldType.DATE:
        return lambda r: format_date(value(r))
    if member_field.type is FieldType.CHOICE:
        return lambda r: str(value(r))  # a StrEnum's str() is its Chinese word
    if member_field.type is FieldType.FLAG:
        return lambda r: "是" if value(r) else "否"
    return value


def roster_columns(fields: tuple[MemberField, ...] = MEMBER_FIELDS) -> tuple[Column, ...]:
    """The roster table's columns: one per registry field, in its order."""
    return tuple(
        Column(
            f.key,
            f.column_title,
            f.width,
            _shown(f),
            _SORTED_BY.get(f.key),
            hidden_by_default=f.hidden_by_default,
        )
        for f in fields
    )


COLUMNS: tuple[Column, ...] = roster_columns()
COLUMN_INDEX = {column.key: index for index, column in enumerate(COLUMNS)}
CONFIRMATION_TOOLTIP = f"预备期已满一年，应及时讨论转正。依据：{CONSTITUTION_ART_7}"


@dataclass(frozen=True, slots=True)
class RosterFilter:
    """What the search box and the filter boxes ask for; empty means no restriction."""

    text: str = ""
    category: MemberCategory | None = None
    due_for_confirmation_only: bool = False
    group_name: str | None = None
    status: MembershipStatus | None = MembershipStatus.ACTIVE
    mobile: bool | None = None

    def without_text(self) -> RosterFilter:
        return replace(self, text="")

    @property
    def needle(self) -> str:
        """The search text as it is matched: full-width letters and digits (as a Chinese input
        method may type them) made plain, lower case, without surrounding space."""
        return unicodedata.normalize("NFKC", self.text).strip().lower()

    def select(self, rows: Sequence[RosterRow], indexes: Iterable[int]) -> list[int]:
        """Those of `indexes` whose rows the filter accepts, in the order given.

        This is the search at 100,000 members per keystroke, so each step is one list
        comprehension over the rows still in the running, not a Python call per row.
        """
        return self.matching_text(rows, self.boxed(rows, indexes))

    def boxed(self, rows: Sequence[RosterRow], indexes: Iterable[int]) -> list[int]:
        """Those of `indexes` the filter boxes (category, group, status, 流动) accept."""
        chosen = indexes if isinstance(indexes, list) else list(indexes)
        if self.status is not None:
            chosen = [i for i in chosen if rows[i].status is self.status]
        if self.category is not None:
            chosen = [i for i in chosen if rows[i].category is self.category]
        if self.due_for_confirmation_only:
            chosen = [i for i in chosen if rows[i].due_for_confirmation]
        if self.group_name is not None:
            chosen = [i for i in chosen if rows[i].group_name == self.group_name]
        if self.mobile is not None:
            chosen = [i for i in chosen if rows[i].is_mobile == self.mobile]
        return chosen

    def matching_text(self, rows: Sequence[RosterRow], indexes: list[int]) -> list[int]:
        """Those of `indexes` whose rows contain the search text."""
        needle = self.needle
        if not needle:
            return indexes
        if needle.isascii():  # pinyin, initials, ID or phone digits
            return [i for i in indexes if needle in rows[i].haystack]
        if not any(character.isascii() for character in needle):  # Chinese: the name
            return [i for i in indexes if needle in rows[i].name]
        # Both at once, as in "张3": rare enough to join the two on the fly.
        return [i for i in indexes if needle in f"{rows[i].name} {rows[i].haystack}".lower()]


def apply_filter(rows: Sequence[RosterRow], roster_filter: RosterFilter) -> list[int]:
    """Indexes of the rows the filter accepts, in their current order."""
    return roster_filter.select(rows, range(len(rows)))


def sort_rows(rows: list[RosterRow], column_key: str, descending: bool = False) -> None:
    """Sort in place by a column; empty values go last whichever the direction."""
    column = COLUMNS[COLUMN_INDEX[column_key]]
    key = column.sort_value or column.value
    filled = [row for row in rows if key(row) not in ("", None)]
    empty = [row for row in rows if key(row) in ("", None)]
    filled.sort(key=key, reverse=descending)
    rows[:] = filled + empty


@dataclass(frozen=True, slots=True)
class RosterCounts:
    full: int
    probationary: int
    mobile: int
    due_for_confirmation: int
    total: int


def count_rows(rows: Sequence[RosterRow]) -> RosterCounts:
    """Counts for the status line, over the rows given (those shown, usually)."""
    full = sum(1 for r in rows if r.category is MemberCategory.FULL)
    return RosterCounts(
        full=full,
        probationary=len(rows) - full,
        mobile=sum(1 for r in rows if r.is_mobile),
        due_for_confirmation=sum(1 for r in rows if r.due_for_confirmation),
        total=len(rows),
    )


def _source(member_field: MemberField) -> ColumnElement[Any]:
    if member_field.source is Source.GROUP:
        return cast(Table, PartyGroup.__table__).c.name
    return cast(Table, Member.__table__).c[member_field.key]


def roster_query(fields: tuple[MemberField, ...] = MEMBER_FIELDS) -> Select[Any]:
    """The roster's one query: each field as a column named by its key, in group order, the
    ungrouped last."""
    return (
        select(
            Member.id.label("member_id"),
            *(_source(f).label(f.key) for f in fields),
            Member.search_key,
        )
        .outerjoin(PartyGroup, Member.group_id == PartyGroup.id)
        .order_by(PartyGroup.sort_order.is_(None), PartyGroup.sort_order, Member.id)
    )


# Villages repeat the same 民族, 学历, 籍贯, 党小组 and dates thousands of times: each row
# shares one copy of a repeated value instead of holding its own (~35 MB at 100,000).
_REPEATED = tuple(f.key for f in MEMBER_FIELDS if f.repeated)
# Text the database may hold as NULL (an absent ID number, no 党小组): the row holds "".
_NULL_TEXT = tuple(
    f.key
    for f in MEMBER_FIELDS
    if f.type is FieldType.TEXT and (f.empty_as_null or f.source is Source.GROUP)
)
_CHUNK = 1024  # rows turned into RosterRows at a time: few enough to keep the peak memory down


def load_roster(
    session: Session,
    today: date,
    member_ids: Sequence[int] | None = None,
    *conditions: ColumnElement[bool],
) -> list[RosterRow]:
    """Members as light rows (one query, no ORM objects), in group order, the ungrouped last."""
    query = roster_query()
    # Executed on the connection below, where the session's branch filter does not reach.
    branch = session_branch_id(session)
    if branch is not None:
        query = query.where(Member.branch_id == branch)
    if member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    if conditions:
        query = query.where(*conditions)
    rows: list[RosterRow] = []
    shared: dict[object, Any] = {}
    # one(value, value) is the shared copy; a bound method, so no Python call per value.
    one: Callable[[Any, Any], Any] = shared.setdefault
    # Core execution, not ORM: these are plain rows, and it halves the time at 100,000 members.
    # Each chunk is turned into columns named by the query, and each column is converted whole
    # (by map, at C speed): the per-field work costs no Python call per row.
    extensions = probation_extensions(session)
    result = session.connection().execute(query)
    names = tuple(result.keys())
    records = iter(result)  # plain iteration: partitions() costs a third more at 100,000
    # Nothing made here refers back to itself: the collector, set off by every few hundred new
    # rows, would only walk the growing list again and again (a third of the load at 100,000).
    collecting = gc.isenabled()
    gc.disable()
    try:
        while chunk := list(islice(records, _CHUNK)):
            rows.extend(_chunk_rows(names, chunk, one, today, extensions))
    finally:
        if collecting:
            gc.enable()
    return rows


def _chunk_rows(
    names: tuple[str, ...],
    chunk: list[Any],
    one: Callable[[Any, Any], Any],
    today: date,
    extensions: dict[int, int],
) -> Iterable[RosterRow]:
    column: dict[str, Any] = dict(zip(names, zip(*chunk, strict=True), strict=True))
    for key in _REPEATED:
        column[key] = list(map(one, column[key], column[key]))
    for key in _NULL_TEXT:
        column[key] = [value or "" for value in column[key]]
    months = [extensions.get(i, 0) for i in column["member_id"]] if extensions else repeat(0)
    column["due_for_confirmation"] = map(
        is_due_for_confirmation, column["category"], column["join_date"], repeat(today), months
    )
    column["haystack"] = [
        f"{key} {idn} {phone}".lower()
        for key, idn, phone in zip(
            column["search_key"], column["id_number"], column["phone"], strict=True
        )
    ]
    return map(RosterRow, *(column[name] for name in _ROW_FIELDS))


def active_counts(session: Session, today: date) -> RosterCounts:
    """Counts of the members 在册, computed by the database (for the 首页, without the roster)."""
    active = Member.status == MembershipStatus.ACTIVE
    total = session.scalar(select(func.count()).where(active)) or 0
    probationary = session.scalar(
        select(func.count()).where(active, Member.category == MemberCategory.PROBATIONARY)
    )
    mobile = session.scalar(select(func.count()).where(active, Member.is_mobile.is_(True)))
    due = sum(1 for row in active_probationers(session, today) if row.due_for_confirmation)
    return RosterCounts(
        full=total - (probationary or 0),
        probationary=probationary or 0,
        mobile=mobile or 0,
        due_for_confirmation=due,
        total=total,
    )


def probation_extensions(session: Session) -> dict[int, int]:
    """The months each extended 预备党员's probation was extended by (延长预备期), by member id:
    their 转正 falls due that much later than a year after joining."""
    query = (
        select(MemberMovement.member_id, func.sum(MemberMovement.extension_months))
        .where(MemberMovement.kind == MovementKind.PROBATION_EXTENDED)
        .group_by(MemberMovement.member_id)
    )
    return {member_id: int(months or 0) for member_id, months in session.execute(query)}


def active_probationers(session: Session, today: date) -> list[RosterRow]:
    """The 预备党员 still 在册: the only rows the 转正 reminders need."""
    return load_roster(
        session,
        today,
        None,
        Member.status == MembershipStatus.ACTIVE,
        Member.category == MemberCategory.PROBATIONARY,
    )


_MASKED = tuple(f for f in MEMBER_FIELDS if f.mask is not None)


def masked(rows: Sequence[RosterRow]) -> list[RosterRow]:
    """Rows safe to hand around: ID numbers as 3307**********1238, phones as 138****1111."""
    return [replace(row, **_masked_values(row)) for row in rows]


def _masked_values(row: RosterRow) -> dict[str, Any]:
    return {f.key: f.mask(getattr(row, f.key)) for f in _MASKED if f.mask is not None}
