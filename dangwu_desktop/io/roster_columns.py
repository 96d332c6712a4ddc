"""Which column of a village's roster holds which field: header synonyms and header-row finding."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dangwu_desktop.core.member_fields import IMPORT_FIELDS, import_labels, import_synonyms
from dangwu_desktop.io.tables import Cell

IGNORED = "ignore"  # 序号 and the like: recognised, deliberately not imported
IGNORED_LABEL = "序号"
# 年龄, 党龄: worked out, not kept
IGNORED_SYNONYMS = ("序号", "编号", "序", "年龄", "党龄")
# What each column may be mapped to (a key of the member field registry, or IGNORED), as the
# import wizard names it, and the header words that name it.
TARGET_LABELS = {**import_labels(IMPORT_FIELDS), IGNORED: IGNORED_LABEL}
SYNONYMS: dict[str, tuple[str, ...]] = {**import_synonyms(IMPORT_FIELDS), IGNORED: IGNORED_SYNONYMS}
_NOISE = re.compile(r"[\s\u3000*＊:：]|（[^）]*）$|\([^)]*\)$")
HEADER_SEARCH_ROWS = 20
MINIMUM_HEADER_MATCHES = 3


def normalise_header(text: object) -> str:
    """姓 名 → 姓名; 入党时间（年月日） → 入党时间; *联系电话: → 联系电话."""
    return _NOISE.sub("", str(text or "").strip())


_EXACT = {synonym: target for target, names in SYNONYMS.items() for synonym in names}
_BY_LENGTH = sorted(_EXACT, key=len, reverse=True)


def match_header(text: object) -> str | None:
    """The field a header names, or None; an exact synonym first, else the longest one it contains."""
    header = normalise_header(text)
    if not header:
        return None
    if header in _EXACT:
        return _EXACT[header]
    for synonym in _BY_LENGTH:
        if len(synonym) >= 2 and synonym in header and synonym != "序":
            return _EXACT[synonym]
    return None


@dataclass(frozen=True, slots=True)
class SourceColumn:
    index: int
    title: str  # as the file shows it, with a merged group label: 入党情况/入党时间
    target: str | None  # a key of TARGET_LABELS, or None for a column that matches nothing


@dataclass(frozen=True, slots=True)
class HeaderLayout:
    first_row: int  # 1-based, as the spreadsheet numbers rows
    last_row: int  # the same for one-row headers; the next row for two-level headers
    columns: tuple[SourceColumn, ...]

    @property
    def data_start(self) -> int:
        """The index (0-based) of the first data row."""
        return self.last_row


def find_header(rows: Sequence[Sequence[Cell]]) -> HeaderLayout | None:
    """The header among the first rows: the row (or pair of rows, for a merged two-level header)
    whose cells name the most known fields; a one-row header wins a tie."""
    best: tuple[int, HeaderLayout] | None = None
    for index in range(min(HEADER_SEARCH_ROWS, len(rows))):
        for layout in (_one_row(rows, index), _two_rows(rows, index)):
            if layout is None:
                continue
            score = _score(layout.columns)
            if score >= MINIMUM_HEADER_MATCHES and (best is None or score > best[0]):
                best = (score, layout)
    return best[1] if best else None


def _score(columns: Sequence[SourceColumn]) -> int:
    return len({c.target for c in columns if c.target and c.target != IGNORED})


def _text(cells: Sequence[Cell], index: int) -> str:
    return str(cells[index] if index < len(cells) and cells[index] is not None else "").strip()


def _one_row(rows: Sequence[Sequence[Cell]], index: int) -> HeaderLayout:
    cells = rows[index]
    columns = tuple(
        SourceColumn(i, _text(cells, i), match_header(cells[i]))
        for i in range(len(cells))
        if _text(cells, i)
    )
    return HeaderLayout(index + 1, index + 1, columns)


def _two_rows(rows: Sequence[Sequence[Cell]], index: int) -> HeaderLayout | None:
    """A group label merged across columns above their own labels (入党情况 over 入党时间/转正时间).

    The top row must be a header itself (naming fields), and at least one field must be named only
    in the row below, under a group label or a merged blank."""
    if index + 1 >= len(rows):
        return None
    top, bottom = rows[index], rows[index + 1]
    if _score(_one_row(rows, index).columns) < MINIMUM_HEADER_MATCHES - 1:
        return None
    columns: list[SourceColumn] = []
    group = ""
    below_only = 0
    for i in range(max(len(top), len(bottom))):
        upper, lower = _text(top, i), _text(bottom, i)
        if upper:
            group = "" if match_header(upper) else upper
        elif not lower:
            group = ""
        if upper and (match_header(upper) or not lower):
            columns.append(SourceColumn(i, upper, match_header(upper)))
        elif lower:
            label = group or upper
            target = match_header(lower)
            below_only += target is not None
            columns.append(SourceColumn(i, f"{label}/{lower}" if label else lower, target))
    if below_only == 0:
        return None
    return HeaderLayout(index + 1, index + 2, tuple(columns))
