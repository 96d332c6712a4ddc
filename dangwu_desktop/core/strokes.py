"""姓氏笔画: the order a 选票 lists its candidates in — by the surname's strokes, then the next
characters' — from Unihan's total stroke counts (core/strokes_data.py).

Between two characters of the same count the full rule orders by the first strokes (横、竖、撇、
点、折); Unihan does not give them, so the same count keeps one character's names together (by
code point) and the secretary moves them with 上移/下移 where the 起笔 order differs."""

from __future__ import annotations

from collections.abc import Sequence

from dangwu_desktop.core.strokes_data import FIRST, LAST, TABLE, ZERO

UNKNOWN = 99  # a character with no count (not a CJK ideograph, or one Unihan leaves blank): last


def stroke_count(character: str) -> int | None:
    """The total strokes of one Chinese character, or None where the table has none."""
    code = ord(character)
    if not FIRST <= code <= LAST:
        return None
    count = ord(TABLE[code - FIRST]) - ZERO
    return count or None


def stroke_key(name: str) -> tuple[tuple[int, int], ...]:
    """Sort key of a name: each character's strokes (then code point), in order."""
    return tuple((stroke_count(c) or UNKNOWN, ord(c)) for c in name.strip())


def by_strokes(names: Sequence[str]) -> list[int]:
    """The positions of `names` in 姓氏笔画 order (a stable sort: equal names keep their order)."""
    return sorted(range(len(names)), key=lambda i: stroke_key(names[i]))
