"""Writing CSV that WPS and Excel open as text: the one way every CSV the program writes is made."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

# WPS and Excel run a cell that starts with one of these as a formula ("CSV injection"); TAB and CR
# are stripped by some of them first, exposing what follows. A name is refused these at entry, but a
# record may rightly start with one ("- 一是……"), and older data may hold anything.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """`value` as a CSV cell a spreadsheet shows as text: a leading formula character is
    preceded by a single quote, as OWASP advises."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_LEADS) else text


def write_csv(stream: TextIO, rows: Iterable[Iterable[object]]) -> None:
    """Rows as UTF-8 CSV with the byte-order mark Excel needs to read Chinese, every cell through
    `csv_cell`."""
    stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerows([csv_cell(value) for value in row] for row in rows)
