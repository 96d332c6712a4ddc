"""The calendar stretches the rules count in (month, quarter, half year, year): their dates and
their Chinese names, worked out here once for plans, reports, schedules and exports."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

QUARTER_NAMES = ("第一季度", "第二季度", "第三季度", "第四季度")  # as reports and plans name them


class Period(StrEnum):
    """How often a rule asks for something."""

    MONTH = "每月"
    QUARTER = "每季度"
    HALF_YEAR = "每半年"
    YEAR = "每年"


PERIOD_MONTHS = {Period.MONTH: 1, Period.QUARTER: 3, Period.HALF_YEAR: 6, Period.YEAR: 12}


def period_dates(year: int, first_month: int, last_month: int) -> tuple[date, date]:
    """The first day of `first_month` and the last day of `last_month`."""
    return date(year, first_month, 1), date(
        year, last_month, calendar.monthrange(year, last_month)[1]
    )


def period_months(period: Period) -> list[tuple[int, int]]:
    """(first month, last month) of each period of a year."""
    span = PERIOD_MONTHS[period]
    return [(first, first + span - 1) for first in range(1, 13, span)]


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def quarter_months(quarter: int) -> tuple[int, int]:
    first = 3 * (quarter - 1) + 1
    return first, first + 2


def quarter_name(quarter: int) -> str:
    return QUARTER_NAMES[quarter - 1]


@dataclass(frozen=True, slots=True)
class YearPeriod:
    """A quarter of a year, or the whole year when `quarter` is None: what a report, a plan or an
    export covers."""

    year: int
    quarter: int | None = None

    @property
    def key(self) -> str:
        return f"{self.year}-Q{self.quarter}" if self.quarter else str(self.year)

    @classmethod
    def from_key(cls, key: str) -> YearPeriod:
        """The period a stored key (2026-Q4, 2026) names."""
        year, _, quarter = key.partition("-Q")
        return cls(int(year), int(quarter) if quarter else None)

    @property
    def title(self) -> str:
        """2026年第四季度, or 2026年度 without a quarter."""
        if self.quarter:
            return f"{self.year}年{quarter_name(self.quarter)}"
        return f"{self.year}年度"

    @property
    def bounds(self) -> tuple[date, date]:
        if self.quarter is None:
            return period_dates(self.year, 1, 12)
        return period_dates(self.year, *quarter_months(self.quarter))


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    return YearPeriod(year, quarter).bounds
