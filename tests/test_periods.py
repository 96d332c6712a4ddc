"""The calendar stretches counted in: one helper for the quarter's dates and names, which plans,
reports, schedules and exports all take."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.periods import (
    Period,
    YearPeriod,
    period_months,
    quarter_bounds,
    quarter_of,
)
from dangwu_desktop.core.services.plans import quarter_bounds as plan_quarter_bounds
from dangwu_desktop.core.services.reports import ReportPeriod
from dangwu_desktop.ledgers.base import ExportScope


@pytest.mark.parametrize(
    ("year", "quarter", "title", "first", "last"),
    [
        (2026, 1, "2026年第一季度", date(2026, 1, 1), date(2026, 3, 31)),
        (2024, 1, "2024年第一季度", date(2024, 1, 1), date(2024, 3, 31)),
        (2026, 2, "2026年第二季度", date(2026, 4, 1), date(2026, 6, 30)),
        (2026, 3, "2026年第三季度", date(2026, 7, 1), date(2026, 9, 30)),
        (2026, 4, "2026年第四季度", date(2026, 10, 1), date(2026, 12, 31)),
        (2026, None, "2026年度", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_a_period_has_one_title_and_one_pair_of_dates_wherever_it_is_asked(
    year: int, quarter: int | None, title: str, first: date, last: date
) -> None:
    period = YearPeriod(year, quarter)
    assert (period.title, period.bounds) == (title, (first, last))
    assert ReportPeriod(year, quarter) == period  # the report's period is the same thing
    assert ExportScope(date(2026, 12, 31), year, quarter).period_title == title
    if quarter:
        assert quarter_bounds(year, quarter) == plan_quarter_bounds(year, quarter) == (first, last)


@pytest.mark.parametrize(
    ("month", "quarter"), [(1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (9, 3), (10, 4), (12, 4)]
)
def test_a_month_falls_in_its_quarter(month: int, quarter: int) -> None:
    assert quarter_of(month) == quarter
    assert ExportScope.this_quarter(date(2026, month, 5)).quarter == quarter


@pytest.mark.parametrize(
    ("period", "months"),
    [
        (Period.MONTH, [(m, m) for m in range(1, 13)]),
        (Period.QUARTER, [(1, 3), (4, 6), (7, 9), (10, 12)]),
        (Period.HALF_YEAR, [(1, 6), (7, 12)]),
        (Period.YEAR, [(1, 12)]),
    ],
)
def test_a_year_divides_into_its_periods(period: Period, months: list[tuple[int, int]]) -> None:
    assert period_months(period) == months
