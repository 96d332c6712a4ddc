"""The one date parser: every form a roster uses, and clear refusals."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dangwu_desktop.core import dates
from dangwu_desktop.core.dates import (
    DateParseError,
    add_years,
    age_on,
    format_date,
    parse_date,
    parse_date_precision,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2001-7-1", date(2001, 7, 1)),
        ("2001-07-01", date(2001, 7, 1)),
        ("2001/07/01", date(2001, 7, 1)),
        ("2001.07.01", date(2001, 7, 1)),
        ("2001.7.1", date(2001, 7, 1)),
        ("2001年7月1日", date(2001, 7, 1)),
        ("2001 年 7 月 1 日", date(2001, 7, 1)),
        ("20010701", date(2001, 7, 1)),
        ("２００１－０７－０１", date(2001, 7, 1)),
        ("2001.07", date(2001, 7, 1)),
        ("2001年7月", date(2001, 7, 1)),
        ("200107", date(2001, 7, 1)),
        ("2001-07-01 00:00:00", date(2001, 7, 1)),
        (37073, date(2001, 7, 1)),
        (37073.0, date(2001, 7, 1)),
        (datetime(2001, 7, 1, 8, 30), date(2001, 7, 1)),
        (date(2001, 7, 1), date(2001, 7, 1)),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_parse_date_accepts_every_roster_form(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["2001-13-01", "2001-02-30", "去年", "1899-01-01", "01/07/2001", 0, 37073.5]
)
def test_parse_date_refuses_what_is_not_a_date_with_a_chinese_reason(value: object) -> None:
    with pytest.raises(DateParseError, match=r"日期|年份"):
        parse_date(value)


def test_month_only_values_can_be_refused() -> None:
    with pytest.raises(DateParseError):
        parse_date("2001.07", allow_month_only=False)


def test_dates_are_shown_one_way() -> None:
    assert format_date(date(2024, 7, 1)) == "2024-07-01"
    assert format_date(None) == ""


def test_age_and_anniversaries() -> None:
    assert age_on(date(2000, 7, 1), date(2018, 6, 30)) == 17
    assert age_on(date(2000, 7, 1), date(2018, 7, 1)) == 18
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


def _read(value: str) -> tuple[date | None, bool] | str:
    try:
        return parse_date_precision(value)
    except DateParseError as exc:
        return str(exc)


def test_the_quick_reading_of_the_common_forms_is_the_regular_expressions_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A roster's commonest date forms are read without the regular expressions (most of the
    dates of a 20,000-row import): every text they take gives the date, the month-only flag or
    the refusal the regular expressions give, including days out of range, years before 1900,
    mixed separators, full-width digits and stray characters."""
    texts = [
        f"{year}{first}{month}{second}{day}{last}"
        for year in ("2001", "1899", "0000", "2024", "200１")
        for month in ("1", "01", "12", "13", "0", "00", "123", "")
        for day in ("1", "09", "31", "30", "29", "0", "", "100")
        for first in ("-", ".", "/", "年", "")
        for second in ("-", ".", "/", "月", "")
        for last in ("", "日", "月", " ")
    ]
    quick = [_read(text) for text in texts]
    monkeypatch.setattr(dates, "_quick", lambda _text: None)  # the regular expressions alone
    assert quick == [_read(text) for text in texts]
    assert (
        sum(isinstance(result, tuple) for result in quick) > 1000
    )  # dates read, not only refusals
