"""Reading the 三张清单: each item with its notes, files and linked meetings as plain values (the
page, the exports and the report use them after the session is closed), judged against its 时限 on
the day; the items a year's 整改台账 lists, and those a 销号清单 reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core.models import Activity
from dangwu_desktop.ledgers.lists.models import ListItem
from dangwu_desktop.ledgers.lists.rules import (
    OPEN_STATUSES,
    ItemStatus,
    ListKind,
    Standing,
    Timing,
    standing,
)
from dangwu_desktop.ledgers.lists.service import warn_days


def meeting_text(activity: Activity | None) -> str:
    """A linked meeting as the lists show it: 2026-01-18 组织生活会."""
    return f"{activity.date:%Y-%m-%d} {activity.kind.value}" if activity is not None else ""


@dataclass(frozen=True, slots=True)
class NoteLine:
    note_id: int
    date: date
    note: str
    meeting: str  # the meeting that heard it, as meeting_text shows it
    meeting_id: int | None


@dataclass(frozen=True, slots=True)
class FileLine:
    attachment_id: int
    kind: str
    original_name: str
    stored_name: str


@dataclass(frozen=True, slots=True)
class ItemRow:
    item_id: int
    kind: ListKind
    category: str
    source: str
    source_detail: str
    description: str
    measures: str
    responsible: str
    raised_on: date
    deadline: date | None
    status: ItemStatus
    completed_on: date | None
    result: str
    evidence: str
    closed_on: date | None
    reviewer: str
    review_note: str
    meeting: str
    meeting_id: int | None
    review_meeting: str
    review_meeting_on: date | None  # that meeting's day, for a document that writes it out
    standing: Standing
    notes: tuple[NoteLine, ...] = field(default=())
    files: tuple[FileLine, ...] = field(default=())

    @property
    def overdue(self) -> bool:
        return self.standing.timing is Timing.OVERDUE

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def latest_note(self) -> NoteLine | None:
        return self.notes[-1] if self.notes else None

    @property
    def done_text(self) -> str:
        """What was done: the result written at 完成, else the latest progress note."""
        return self.result or (self.latest_note.note if self.latest_note is not None else "")

    @property
    def deadline_text(self) -> str:
        return f"{self.deadline:%Y-%m-%d}" if self.deadline is not None else "长期"

    @property
    def status_text(self) -> str:
        """The status with its standing: 推进中（逾期12天）, 已完成（逾期3天完成）, 已销号."""
        shown = self.standing.timing
        if self.status is ItemStatus.CLOSED or shown in (Timing.LONG_TERM, Timing.ON_TRACK,
                                                          Timing.DONE_ON_TIME):  # fmt: skip
            return self.status.value
        return f"{self.status.value}（{self.standing.text}）"

    @classmethod
    def of(cls, item: ListItem, today: date, warn: int) -> ItemRow:
        return cls(
            item.id, item.kind, item.category, item.source.value, item.source_detail,
            item.description, item.measures, item.responsible, item.raised_on, item.deadline,
            item.status, item.completed_on, item.result, item.evidence, item.closed_on,
            item.reviewer, item.review_note, meeting_text(item.meeting), item.meeting_id,
            meeting_text(item.review_meeting),
            item.review_meeting.date if item.review_meeting is not None else None,
            standing(item.deadline, item.status, item.completed_on, today, warn),
            tuple(NoteLine(n.id, n.date, n.note, meeting_text(n.meeting), n.meeting_id)
                  for n in item.notes),
            tuple(FileLine(a.id, a.kind.value, a.original_name, a.stored_name)
                  for a in item.attachments),
        )  # fmt: skip


LOADED = (
    selectinload(ListItem.notes),
    selectinload(ListItem.attachments),
    selectinload(ListItem.meeting),
    selectinload(ListItem.review_meeting),
)
ORDER = (ListItem.raised_on, ListItem.id)
KIND_ORDER = {kind: index for index, kind in enumerate(ListKind)}


def item_rows(session: Session, today: date) -> list[ItemRow]:
    """Every item, by list and then in the order raised, judged on `today`."""
    warn = warn_days(session)
    items = session.scalars(select(ListItem).options(*LOADED).order_by(*ORDER))
    return sorted((ItemRow.of(item, today, warn) for item in items),
                  key=lambda row: KIND_ORDER[row.kind])  # fmt: skip


def item_row(session: Session, item_id: int, today: date) -> ItemRow | None:
    item = session.get(ListItem, item_id)
    return ItemRow.of(item, today, warn_days(session)) if item is not None else None


@dataclass(frozen=True, slots=True)
class ListsBook:
    """The items of a stretch of days (`first` to `last`): those raised in it and those carried
    into it still open (or closed within it), judged on `as_of` (its last day, or today while it
    runs)."""

    title: str  # 2026年, 2026年第一季度
    first: date
    last: date
    as_of: date
    rows: tuple[ItemRow, ...]
    warn_days: int

    def of_kind(self, kind: ListKind) -> list[ItemRow]:
        return [row for row in self.rows if row.kind is kind]

    @property
    def problems(self) -> list[ItemRow]:
        return self.of_kind(ListKind.PROBLEM)

    def counts(self, kind: ListKind) -> Counter[ItemStatus]:
        return Counter(row.status for row in self.of_kind(kind))

    def overdue(self, kind: ListKind | None = None) -> list[ItemRow]:
        return [r for r in self.rows if r.overdue and (kind is None or r.kind is kind)]

    def raised_in(self, kind: ListKind) -> list[ItemRow]:
        return [r for r in self.of_kind(kind) if r.raised_on >= self.first]

    def completed_in(self, kind: ListKind) -> list[ItemRow]:
        return [r for r in self.of_kind(kind)
                if r.completed_on is not None and self.first <= r.completed_on <= self.last]  # fmt: skip

    def closed_in(self) -> list[ItemRow]:
        return [r for r in self.rows
                if r.closed_on is not None and self.first <= r.closed_on <= self.last]  # fmt: skip


def lists_book(session: Session, first: date, last: date, today: date, title: str) -> ListsBook:
    """The 整改台账 of a stretch: items raised by its end that were not 销号 before it began,
    each as it stands at the stretch's end (or today while it runs)."""
    as_of = min(today, last)
    warn = warn_days(session)
    query = (
        select(ListItem)
        .options(*LOADED)
        .where(ListItem.raised_on <= last)
        .where(or_(ListItem.closed_on.is_(None), ListItem.closed_on >= first))
        .order_by(*ORDER)
    )
    rows = sorted((_as_of(ItemRow.of(item, as_of, warn), as_of, warn)
                   for item in session.scalars(query)),
                  key=lambda row: KIND_ORDER[row.kind])  # fmt: skip
    return ListsBook(title, first, last, as_of, tuple(rows), warn)


def _as_of(row: ItemRow, as_of: date, warn: int) -> ItemRow:
    """The item as it stood at the end of a stretch already over: done or 销号 later is still
    open (or done) then, and its notes after that day are left out."""
    status = row.status
    completed_on, closed_on = row.completed_on, row.closed_on
    if closed_on is not None and closed_on > as_of:
        status, closed_on = ItemStatus.DONE, None
    if completed_on is not None and completed_on > as_of:
        status, completed_on = ItemStatus.UNDER_WAY, None
    notes = tuple(n for n in row.notes if n.date <= as_of)
    if status is row.status and len(notes) == len(row.notes):
        return row
    return ItemRow(
        row.item_id, row.kind, row.category, row.source, row.source_detail, row.description,
        row.measures, row.responsible, row.raised_on, row.deadline, status, completed_on,
        row.result if completed_on else "", row.evidence, closed_on,
        row.reviewer if closed_on else "", row.review_note if closed_on else "", row.meeting,
        row.meeting_id, row.review_meeting if closed_on else "",
        row.review_meeting_on if closed_on else None,
        standing(row.deadline, status, completed_on, as_of, warn), notes, row.files,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ClosureList:
    """销号清单: the items 销号 in a stretch, and those done and waiting for their 验收."""

    title: str
    first: date
    last: date
    closed: tuple[ItemRow, ...]
    waiting: tuple[ItemRow, ...]


def closure_list(session: Session, first: date, last: date, today: date, title: str) -> ClosureList:
    book = lists_book(session, first, last, today, title)
    closed = tuple(book.closed_in())
    waiting = tuple(r for r in book.rows if r.status is ItemStatus.DONE)
    return ClosureList(title, first, last, closed, waiting)
