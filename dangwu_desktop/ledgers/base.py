"""What a ledger (a book the branch keeps: the roster, the meeting records, training …) declares
about itself — its sidebar pages, exports, workbook sheets, 首页 reminders, work-report sections
and settings — so that the window, the command line, the reports and the self-test find them in
one place instead of each keeping a list by hand.

A declaration is cheap to import (no SQLAlchemy, no Qt): the window reads the sidebar from it
before its first paint; everything heavy is imported inside the functions it names."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.core.periods import YearPeriod, quarter_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.core.reminders import Reminder
    from dangwu_desktop.core.rulebook import Rule
    from dangwu_desktop.core.services.settings import SettingSpec
    from dangwu_desktop.io.xlsx_layout import Book


def lazy(target: str) -> Callable[..., Any]:
    """The function named "package.module:function", imported at its first call, so that a
    declaration can name what it offers without loading it."""
    module_name, _, name = target.partition(":")
    found: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not found:
            found.append(getattr(importlib.import_module(module_name), name))
        return found[0](*args, **kwargs)

    call.__qualname__ = call.__name__ = name
    return call


class Span(Enum):
    """What an export covers, so that a caller knows what to ask for."""

    TODAY = "today"  # the state on the day (the roster)
    YEAR = "year"
    MONTH = "month"  # one month of a year
    QUARTER = "quarter"  # one quarter of a year
    PERIOD = "period"  # a quarter, or the whole year when no quarter is given
    PERSON = "person"  # one person's file (ExportScope.person), or every file when none is given


@dataclass(frozen=True, slots=True)
class PersonRef:
    """The person a per-person export is for: the id the ledger reads them by and the name its
    suggested file name carries."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class ExportScope:
    """The day of the export and the stretch of time it covers (as its Span needs)."""

    today: date
    year: int
    quarter: int | None = None
    month: int | None = None
    template: Path | None = None  # a township's own Word template for the work report
    person: PersonRef | None = None  # a Span.PERSON export's person (None: every file)

    @classmethod
    def this_quarter(cls, today: date) -> ExportScope:
        return cls(today, today.year, quarter=quarter_of(today.month), month=today.month)

    @property
    def period(self) -> YearPeriod:
        """The quarter, or the whole year without one."""
        return YearPeriod(self.year, self.quarter)

    @property
    def bounds(self) -> tuple[date, date]:
        return self.period.bounds

    @property
    def as_of(self) -> date:
        """The last day the period's figures count: its end, or today while it runs."""
        return min(self.today, self.bounds[1])

    @property
    def period_title(self) -> str:
        """2026年第四季度, or 2026年度 without a quarter."""
        return self.period.title


@dataclass(frozen=True, slots=True)
class Export:
    """One file a ledger writes. `gather` reads what it needs in one read session; `write` writes
    it (atomically, through io/) and returns the path; `done` is the sentence shown afterwards."""

    key: str  # the command line's name for it: `dangwu export KEY`
    title: str  # 三会一课台账
    suffix: str  # .xlsx or .docx
    span: Span
    file_name: Callable[[str, ExportScope], str]  # (branch name, scope) -> suggested file name
    gather: Callable[[Session, ExportScope], Any]
    write: Callable[[Path, Any, str, ExportScope], Path]  # (target, gathered, branch name, scope)
    done: Callable[[Any, ExportScope], str]
    # A Span.PERSON export: the people whose name or ID number is the text the command line's
    # --person gives (more than one when two share a name).
    find_person: Callable[[Session, str], Sequence[PersonRef]] | None = None


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet a ledger adds to the period's workbook (报表 → 生成工作簿): `position` orders the
    sheets as the township files them; `add` writes `gathered` into the book under `title`."""

    title: str
    position: int
    gather: Callable[[Session, ExportScope], Any]
    add: Callable[
        [Book, Any, str, ExportScope, str], None
    ]  # (book, gathered, branch, scope, title)


# The sidebar entry that holds the smaller ledgers, one tab each, so that every entry stays in
# view on a 1366×768 screen at 125 % as ledgers are added (issue 24).
SPECIAL_LEDGERS = "专项台账"


@dataclass(frozen=True, slots=True)
class SidebarPage:
    """A page of the window's sidebar. `module` (under ui/, or the ledger's own `page` module) is
    imported when the page is first shown and registers the Page class named `name`; `position`
    orders the sidebar (Ctrl+1 … follow it). Pages with the same `group` share one sidebar entry,
    named after the group and placed where its first page is, showing them as tabs."""

    name: str
    title: str
    position: float
    module: str
    file_actions: tuple[tuple[str, str], ...] = ()  # (文件 menu text, Page method it runs)
    group: str = ""


@dataclass(frozen=True, slots=True)
class SectionText:
    """What a section puts in the work report: `placeholders` for a township's own template
    (documented in the README), and the `lines` the default template prints under its heading
    (None where the default template lays the section out itself, as the meetings table)."""

    placeholders: dict[str, Any]
    lines: list[str] | None


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One numbered section of the 季度/年度工作报告. `gather` reads the period's figures;
    `text` turns them into the report's words; `summary` is the sentence the 报表 page shows."""

    key: str
    heading: str  # 党员教育培训情况
    position: int
    gather: Callable[[Session, YearPeriod, date], Any]  # (session, period, today)
    text: Callable[[Any], SectionText]
    summary: Callable[[Any], str] | None = None
    annual_only: bool = False

    @classmethod
    def named(
        cls, key: str, heading: str, position: int, module: str, *, annual_only: bool = False
    ) -> ReportSection:
        """A section whose functions are `KEY`, `KEY_text` and `KEY_summary` in `module`,
        imported when the report is first made."""
        return cls(
            key,
            heading,
            position,
            lazy(f"{module}:{key}"),
            lazy(f"{module}:{key}_text"),
            lazy(f"{module}:{key}_summary"),
            annual_only,
        )


@dataclass(frozen=True, slots=True)
class BinderFile:
    """A file kept with a binder item (a scanned 签到表, a photo), bound as a page after it:
    `stored_name` is inside the attachments folder beside the database."""

    caption: str  # 签到表：3月5日签到.jpg
    stored_name: str
    size: int


@dataclass(frozen=True, slots=True)
class BinderItem:
    """One document of the year's archive: its line in the 目录, its printed pages as HTML (as
    the print preview prints them), and the files bound after it."""

    title: str  # 2026年3月5日 支部委员会
    html: str
    landscape: bool = False
    files: tuple[BinderFile, ...] = ()


@dataclass(frozen=True, slots=True)
class BinderCheck:
    """A line of the archive's completeness sheet: what the rules asked for in the year, what
    is on record, and each gap as (kind, text) — listed one by one, never only counted."""

    subject: str  # 支部委员会
    required: str  # 每月一次，至今应开展12次
    on_record: str  # 已开展10次
    gaps: tuple[tuple[str, str], ...] = ()  # ("未开展", "支部委员会 3月")


@dataclass(frozen=True, slots=True)
class BinderSection:
    """One section of the year's archive (文件 → 生成年度台账档案): `position` orders the
    sections as the township files them; `gather` reads the items; `exports` names the
    ledger's exports (Export.key) written as Word/Excel files into the section's folder."""

    title: str  # 三会一课及其他组织生活记录
    position: int
    gather: Callable[[Session, ExportScope], Sequence[BinderItem]]
    exports: tuple[str, ...] = ()
    # What the section's rules required in the year against what is on record.
    checks: Callable[[Session, ExportScope], Sequence[BinderCheck]] | None = None


@dataclass(frozen=True, slots=True)
class Ledger:
    key: str
    title: str
    exports: tuple[Export, ...] = field(default=())
    sheets: tuple[Sheet, ...] = field(default=())
    pages: tuple[SidebarPage, ...] = field(default=())
    # What needs attention on the day, each reminder citing its rule (the 首页 lists them).
    reminders: Callable[[Session, date], Sequence[Reminder]] | None = None
    sections: tuple[ReportSection, ...] = field(default=())
    # The settings the 设置 page shows for this ledger (imported when the page is built).
    settings: Callable[[], Sequence[SettingSpec]] | None = None
    # The ledger's own rules, for the 依据 list (the core's rules are in core/rulebook.py).
    rules: Callable[[], Sequence[Rule]] | None = None
    # Fills the ledger's records in the demo village, after its members and meetings exist.
    demo: Callable[[Session, date], None] | None = None
    # Its sections of the year's archive (文件 → 生成年度台账档案).
    binder: tuple[BinderSection, ...] = field(default=())
