"""The roster as a list: light rows for display, and the search and filters applied to them.

The table in the GUI holds these rows and asks this module which to show, so that search at
100,000 members is a scan of prepared strings, not a database round trip per keystroke.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus
from dangwu_desktop.core.idnumber import mask
from dangwu_desktop.core.models import Member, PartyGroup
from dangwu_desktop.core.rules import CONSTITUTION_ART_7, is_due_for_confirmation

DUE_FOR_CONFIRMATION = "待转正"


@dataclass(slots=True)
class RosterRow:
    """What the roster table shows of one member."""

    member_id: int
    name: str
    sex: str
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


COLUMNS: tuple[Column, ...] = (
    Column("name", "姓名", 80, lambda r: r.name, lambda r: r.name_key),
    Column("sex", "性别", 48, lambda r: r.sex),
    Column("ethnicity", "民族", 64, lambda r: r.ethnicity),
    Column("birth_date", "出生日期", 96, lambda r: format_date(r.birth_date)),
    Column("id_number", "公民身份号码", 168, lambda r: r.id_number),
    Column("native_place", "籍贯", 90, lambda r: r.native_place, hidden_by_default=True),
    Column("education", "学历", 80, lambda r: r.education),
    Column("join_date", "入党时间", 96, lambda r: format_date(r.join_date)),
    Column("full_member_date", "转正时间", 96, lambda r: format_date(r.full_member_date)),
    Column("category", "人员类别", 130, _category_text),
    Column("occupation", "工作岗位", 100, lambda r: r.occupation),
    Column("phone", "联系电话", 110, lambda r: r.phone),
    Column("address", "家庭住址", 150, lambda r: r.address, hidden_by_default=True),
    Column("group_name", "党小组", 96, lambda r: r.group_name),
    Column("party_post", "党内职务", 80, lambda r: r.party_post),
    Column("is_mobile", "流动党员", 70, lambda r: "是" if r.is_mobile else "否"),
    Column("mobile_place", "流向", 110, lambda r: r.mobile_place, hidden_by_default=True),
    Column("status", "党籍状态", 72, lambda r: r.status.value),
    Column("remarks", "备注", 150, lambda r: r.remarks, hidden_by_default=True),
)
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


def load_roster(
    session: Session,
    today: date,
    member_ids: Sequence[int] | None = None,
    *conditions: ColumnElement[bool],
) -> list[RosterRow]:
    """Members as light rows (one query, no ORM objects), in group order, the ungrouped last."""
    query = (
        select(
            Member.id,
            Member.name,
            Member.sex,
            Member.ethnicity,
            Member.birth_date,
            Member.id_number,
            Member.native_place,
            Member.education,
            Member.join_date,
            Member.full_member_date,
            Member.category,
            Member.occupation,
            Member.phone,
            Member.address,
            PartyGroup.name,
            PartyGroup.sort_order,
            Member.party_post,
            Member.status,
            Member.is_mobile,
            Member.mobile_place,
            Member.remarks,
            Member.search_key,
        )
        .outerjoin(PartyGroup, Member.group_id == PartyGroup.id)
        .order_by(PartyGroup.sort_order.is_(None), PartyGroup.sort_order, Member.id)
    )
    if member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    if conditions:
        query = query.where(*conditions)
    rows: list[RosterRow] = []
    # Villages repeat the same 民族, 学历, 籍贯, 党小组 and dates thousands of times: each row
    # shares one copy of a repeated value instead of holding its own (~35 MB at 100,000).
    shared: dict[object, Any] = {}
    # one(value, value) is the shared copy; a bound method, so no Python call per value.
    one: Callable[[Any, Any], Any] = shared.setdefault
    # Core execution, not ORM: these are plain rows, and it halves the time at 100,000 members.
    for record in session.connection().execute(query):
        (mid, name, sex, eth, birth, idn, native, edu, join, full, category, occupation,
         phone, address, group, _group_order, post, status, mobile, place, remarks,
         key) = record  # fmt: skip
        rows.append(
            RosterRow(
                member_id=mid,
                name=name,
                sex=sex.value,
                ethnicity=one(eth, eth),
                birth_date=one(birth, birth),
                id_number=idn or "",
                native_place=one(native, native),
                education=one(edu, edu),
                join_date=one(join, join),
                full_member_date=one(full, full),
                category=category,
                occupation=one(occupation, occupation),
                phone=phone,
                address=address,
                group_name=one(group, group) or "",
                party_post=one(post, post),
                status=status,
                is_mobile=mobile,
                mobile_place=one(place, place),
                remarks=one(remarks, remarks),
                due_for_confirmation=is_due_for_confirmation(category, join, today),
                haystack=f"{key} {idn or ''} {phone}".lower(),
            )
        )
    return rows


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


def active_probationers(session: Session, today: date) -> list[RosterRow]:
    """The 预备党员 still 在册: the only rows the 转正 reminders need."""
    return load_roster(
        session,
        today,
        None,
        Member.status == MembershipStatus.ACTIVE,
        Member.category == MemberCategory.PROBATIONARY,
    )


def masked(rows: Sequence[RosterRow]) -> list[RosterRow]:
    """Rows safe to hand around: ID numbers as 3307**********1238, phones as 138****1111."""
    return [
        replace(row, id_number=mask(row.id_number), phone=mask_phone(row.phone)) for row in rows
    ]


def mask_phone(phone: str) -> str:
    digits = phone.strip()
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
