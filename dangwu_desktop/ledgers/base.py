"""What a ledger (a book the branch keeps: the roster, the meeting records, training …) declares
about itself, so that the window's menus, the command line and the self-test find its exports in
one place instead of each keeping a list by hand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.core.periods import YearPeriod, quarter_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.io.xlsx_layout import Book


class Span(Enum):
    """What an export covers, so that a caller knows what to ask for."""

    TODAY = "today"  # the state on the day (the roster)
    YEAR = "year"
    MONTH = "month"  # one month of a year
    QUARTER = "quarter"  # one quarter of a year
    PERIOD = "period"  # a quarter, or the whole year when no quarter is given


@dataclass(frozen=True, slots=True)
class ExportScope:
    """The day of the export and the stretch of time it covers (as its Span needs)."""

    today: date
    year: int
    quarter: int | None = None
    month: int | None = None
    template: Path | None = None  # a township's own Word template for the work report

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


@dataclass(frozen=True, slots=True)
class Ledger:
    key: str
    title: str
    exports: tuple[Export, ...] = field(default=())
    sheets: tuple[Sheet, ...] = field(default=())
