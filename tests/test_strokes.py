"""姓氏笔画 from Unihan's total stroke counts: known counts, and names ordered by the surname's
strokes, then the next characters'."""

from __future__ import annotations

import pytest

from dangwu_desktop.core.strokes import by_strokes, stroke_count

# Counts as a 新华字典 gives them (the simplified forms).
KNOWN = [
    ("一", 1), ("丁", 2), ("王", 4), ("孔", 4), ("石", 5), ("刘", 6), ("许", 6), ("李", 7),
    ("张", 7), ("陈", 7), ("杜", 7), ("沈", 7), ("罗", 8), ("周", 8), ("赵", 9), ("徐", 10),
    ("黄", 11), ("傅", 12), ("彭", 12), ("蔡", 14), ("薛", 16), ("魏", 17), ("龘", 48),
    ("㐀", 5),  # Extension A
]  # fmt: skip


@pytest.mark.parametrize(("character", "count"), KNOWN)
def test_stroke_count_of_known_characters(character: str, count: int) -> None:
    assert stroke_count(character) == count


@pytest.mark.parametrize("character", ["A", "1", "　", "𠀀"])  # not in the table: no count
def test_no_stroke_count_outside_the_table(character: str) -> None:
    assert stroke_count(character) is None


ORDERS = [
    # The demo's candidates: 刘 6; 杜、沈、陈 7 (one count: kept apart by character); 罗 8; 傅 12.
    (["陈静", "杜超林", "罗玲琴", "傅敏娟", "沈斌平", "刘萍莲"],
     ["刘萍莲", "杜超林", "沈斌平", "陈静", "罗玲琴", "傅敏娟"]),
    # One surname: the next character decides (一 1, 伟 6, 丽 7); a shorter name first.
    (["王伟", "王丽", "王一", "王"], ["王", "王一", "王伟", "王丽"]),
    # A compound surname is its characters in turn; one not counted goes last.
    (["欧阳明", "丁一", "Smith", "马力"], ["丁一", "马力", "欧阳明", "Smith"]),
    ([], []),
]  # fmt: skip


@pytest.mark.parametrize(("names", "ordered"), ORDERS)
def test_names_in_surname_stroke_order(names: list[str], ordered: list[str]) -> None:
    assert [names[i] for i in by_strokes(names)] == ordered
