"""The one date parser and formatter: every date a user types or a file holds passes through here."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

DISPLAY_FORMAT = "%Y-%m-%d"
_EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0, after its 1900 leap-year bug
_FULLWIDTH = str.maketrans("０１２３４５６７８９．／－：　", "0123456789./-: ")

_YMD = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_YM = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_COMPACT_YM = re.compile(r"^(\d{4})(\d{2})$")
_MIDNIGHT = re.compile(r"\s+00:00(:00)?$")  # a date cell turned into text by another program
_DIGITS = frozenset("0123456789")


class DateParseError(ValueError):
    """A value that is not a date; the message is Chinese and says what was expected."""


def format_date(value: date | None) -> str:
    """A date as the program shows it everywhere: 2024-07-01; empty for no date."""
    return value.strftime(DISPLAY_FORMAT) if value else ""


def document_date(value: date | None) -> str:
    """A date as documents print it: 2024年7月1日, without leading zeros (GB/T 9704)."""
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def month_day(value: date) -> str:
    """A date within a period the document names: 7月1日."""
    return f"{value.month}月{value.day}日"


def parse_date(value: object, *, allow_month_only: bool = True) -> date | None:
    """Read a date from a typed string, a spreadsheet cell or an Excel serial.

    Accepts 2001-7-1, 2001/07/01, 2001.07.01, 2001年7月1日, 20010701, Excel serials and date
    objects; a month-only value (2001.07, 2001年7月) means the first of that month, as rosters
    that record only the month conventionally do. Empty values give None.
    """
    day, month_only = parse_date_precision(value)
    if month_only and not allow_month_only:
        raise DateParseError(f"“{value}”只有年月，请写出具体日期，如 2001-07-01")
    return day


def parse_date_precision(value: object) -> tuple[date | None, bool]:
    """The date, and whether the value named only its month (then the date is the 1st)."""
    if type(value) is str:  # most values of a file: asked first
        text = value
        quick = _quick(text)
        if quick is not None:
            return quick
    elif value is None:
        return None, False
    elif isinstance(value, datetime):
        return value.date(), False
    elif isinstance(value, date):
        return value, False
    elif isinstance(value, int | float) and not isinstance(value, bool):
        return _from_excel_serial(float(value)), False
    else:
        text = str(value)
    text = text.translate(_FULLWIDTH).strip()
    if not text:
        return None, False
    if text.endswith("00"):
        text = _MIDNIGHT.sub("", text)
    for pattern in (_YMD, _COMPACT):
        match = pattern.match(text)
        if match:
            return _build(text, *match.groups()), False
    for pattern in (_YM, _COMPACT_YM):
        match = pattern.match(text)
        if match:
            return _build(text, match.group(1), match.group(2), "1"), True
    raise DateParseError(f"“{text}”不是可识别的日期，请写成 2001-07-01 或 2001年7月1日")


def _quick(text: str) -> tuple[date, bool] | None:
    """The commonest forms, read without the regular expressions: 2001-07-01, 2001.07.01,
    2001/07/01 and 20010701 by date.fromisoformat at C speed, 2001/7/1 (one separator),
    2001年7月1日 and 2001年7月 by splitting; ASCII digits only, no spaces, so the text is as the
    long way reads it and gives the same date or the same error. None for any other text."""
    size = len(text)
    if size == 10 and text[4] == text[7] and text[4] in "-./":
        iso = text if text[4] == "-" else text.replace(text[4], "-")
        if _DIGITS.issuperset(iso[:4] + iso[5:7] + iso[8:]):
            return _from_iso(text, iso, iso[:4], iso[5:7], iso[8:]), False
        return None
    if size == 8 and text.isascii() and text.isdigit():
        return _from_iso(text, text, text[:4], text[4:6], text[6:]), False
    if size < 6 or not text[:4].isascii() or not text[:4].isdigit():
        return None
    mark = text[4]
    if mark in "-./":
        month, separator, day = text[5:].partition(mark)
    elif mark == "年" and text[-1] in "日月":
        month, separator, day = text[5:-1].partition("月")
        if text[-1] == "月":
            if separator or not _short_number(month):
                return None
            return _build(text, text[:4], month, "1"), True
    else:
        return None
    if separator and _short_number(month) and _short_number(day):
        return _build(text, text[:4], month, day), False
    return None


def _from_iso(text: str, iso: str, year: str, month: str, day: str) -> date:
    """date.fromisoformat's reading of `iso`; what it refuses or reads before 1900, _build's
    (which says why)."""
    try:
        result = date.fromisoformat(iso)
    except ValueError:
        return _build(text, year, month, day)
    return result if result.year >= 1900 else _build(text, year, month, day)


def _short_number(text: str) -> bool:
    return 0 < len(text) < 3 and text.isascii() and text.isdigit()


def _build(text: str, year: str, month: str, day: str) -> date:
    try:
        result = date(int(year), int(month), int(day))
    except ValueError as exc:
        raise DateParseError(f"“{text}”不是有效日期（月或日超出范围）") from exc
    if result.year < 1900:
        raise DateParseError(f"“{text}”的年份早于1900年")
    return result


def _from_excel_serial(serial: float) -> date:
    # Serials below 1 or beyond year 9999 cannot be dates; 2958465 is 9999-12-31.
    if not 1 <= serial <= 2958465 or serial != int(serial):
        raise DateParseError(f"“{serial:g}”不是有效的日期序号")
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    """The same calendar day `months` later; a day the month lacks falls back to its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month + 1, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")


def age_on(birth: date, day: date) -> int:
    """Full years of age on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
