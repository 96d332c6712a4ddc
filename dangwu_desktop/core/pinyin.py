"""Pinyin search keys for names, so that "zs" and "zhangsan" both find 张三."""

from __future__ import annotations

from functools import lru_cache

# Surnames read differently from the character's everyday reading; the surname reading comes
# first so that names sort as a roster does, the other readings still find the name.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "查": "zha", "仇": "qiu", "朴": "piao",
    "乐": "yue", "尉": "yu", "覃": "qin", "盖": "ge", "缪": "miao", "翟": "zhai", "召": "shao",
    "种": "chong", "繁": "po", "句": "gou", "员": "yun", "折": "she", "黑": "he", "万": "wan",
    "秘": "bi", "都": "du", "长": "chang", "薄": "bo", "柏": "bai", "沈": "shen", "石": "shi",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _readings(character: str) -> tuple[str, ...]:
    """Every reading of a surname character, its surname reading first."""
    # pypinyin loads its dictionaries (~0.2 s) on import: only when a name is first keyed.
    from pypinyin import Style, pinyin

    readings = pinyin(character, style=Style.NORMAL, heteronym=True)[0]
    ordered = [SURNAME_READINGS.get(character, ""), *readings]
    return tuple(dict.fromkeys(r.lower() for r in ordered if r))


@lru_cache(maxsize=8192)
def _only_reading(character: str) -> str | None:
    """The one toneless reading of a Chinese character; None if it has several, or is not one."""
    from pypinyin import Style, pinyin

    readings = {r.lower() for r in pinyin(character, style=Style.NORMAL, heteronym=True)[0]}
    only = readings.pop() if len(readings) == 1 else None
    return only if only != character.lower() else None


@lru_cache(maxsize=65536)
def search_key(name: str) -> str:
    """Full pinyin and initials of a name, space separated, including each surname reading."""
    from pypinyin import lazy_pinyin

    name = name.strip()
    if not name:
        return ""
    # Where every character of the given name has one reading, phrases cannot change it: the
    # readings are looked up one by one (a third of the time in an import of 20,000 names).
    rest = [_only_reading(character) or "" for character in name[1:]]
    if not all(rest):
        rest = [syllable.lower() for syllable in lazy_pinyin(name[1:])]
    keys: list[str] = []
    for surname in _readings(name[0]):
        keys.append(surname + "".join(rest))
        keys.append(surname[0] + "".join(s[:1] for s in rest))
    return " ".join(dict.fromkeys(keys))
