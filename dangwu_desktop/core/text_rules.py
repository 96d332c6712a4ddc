"""What any text typed, pasted or imported may hold: the one rule every service applies to the
text fields it stores, so that the GUI, the CLI and the importer refuse the same things."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum


class TextKind(Enum):
    """How much a field may hold, and whether it may run over several lines."""

    NAME = "name"  # a person's 姓名 (and a seat's holder): short, one line, never a formula
    LINE = "line"  # any other one-line field: 地点, 主题, 家庭住址, 党小组 …
    TEXT = "text"  # a multi-line field: 会议记录, 决议, 备注, 评议意见 …


# The longest names a village meets are minority names with a middle dot (阿卜杜热合曼·买买提明
# is 11 characters), so 50 leaves room for any person's name; 200 holds the longest unit name or
# address on one line (a one-line box shows about 40); 20,000 is some twenty pages of minutes,
# far beyond a meeting's record, and stays under a spreadsheet cell's 32,767 characters so an
# export never cuts a record short. Anything longer is a paste gone wrong or a hostile file.
MAX_LENGTH = {TextKind.NAME: 50, TextKind.LINE: 200, TextKind.TEXT: 20_000}

# Invisible characters that reorder what is shown (U+202E makes "张三" display as "三张" and can
# hide a file's real extension); Unicode's "Bidi_Control" set, plus the Arabic letter mark.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
LINE_BREAKS = frozenset("\t\n\r")  # the only control characters a multi-line field keeps
# A line break pasted from Word arrives as U+000B (a page break as U+000C): a line break still.
WORD_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_LEADS = frozenset("=+-@")
NAME_EXAMPLE = "姓名应是汉字或字母"


@dataclass(frozen=True, slots=True)
class TextProblem:
    """Why a text cannot be stored: `reason` is short and stable, `detail` says where."""

    reason: str
    detail: str


def text_problem(value: str, kind: TextKind) -> TextProblem | None:
    """The first thing wrong with `value` (already stripped) for a field of `kind`, or None."""
    limit = MAX_LENGTH[kind]
    if len(value) > limit:
        return TextProblem("内容过长", f"共{len(value)}个字，此栏最多{limit}个字")
    if not value.isprintable():  # printable text (the usual case, checked at C speed) holds
        for position, character in enumerate(value, start=1):  # no control or direction mark
            problem = _character_problem(character, position, kind)
            if problem is not None:
                return problem
    if kind is TextKind.NAME and value[:1] in FORMULA_LEADS:
        return TextProblem(
            f"不能以“{value[0]}”开头",
            f"{NAME_EXAMPLE}，以 = + - @ 开头的内容会被表格软件当作公式",
        )
    return None


def _character_problem(character: str, position: int, kind: TextKind) -> TextProblem | None:
    if character in LINE_BREAKS:
        if kind is TextKind.TEXT:
            return None
        word = "制表符" if character == "\t" else "换行符"
        return TextProblem("不能换行", f"第{position}个字符是{word}，此栏只能填一行")
    if character in BIDI_CONTROLS:
        return TextProblem(
            "含有文字方向控制符",
            f"第{position}个字符是看不见的{code_point(character)}，会打乱文字的显示顺序，请删去",
        )
    category = unicodedata.category(character)
    if category == "Cc":  # C0, DEL and C1 controls, NUL included
        return TextProblem(
            "含有不可见的控制字符",
            f"第{position}个字符是{code_point(character)}，多是从其他软件复制带来的，请删去",
        )
    if category == "Cs":  # half of a character pair: cannot even be written to the file
        return TextProblem(
            "含有无效字符", f"第{position}个字符{code_point(character)}不完整，请删去"
        )
    return None


def printable(value: str) -> str:
    """Text stored before this rule, made fit for a document: a line break pasted from Word
    (U+000B, U+000C) becomes a line break, other invisible characters are dropped."""
    if value.isprintable():  # the usual case, checked at C speed
        return value
    return "".join(
        character
        for character in value.translate(WORD_LINE_BREAKS)
        if character in LINE_BREAKS
        or not (character in BIDI_CONTROLS or unicodedata.category(character) in ("Cc", "Cs"))
    )


def code_point(character: str) -> str:
    return f"U+{ord(character):04X}"


def visible(value: str, limit: int = 60) -> str:
    """`value` safe to echo in a message or a fault list: every invisible character shown by its
    code, and cut to `limit` characters."""
    shown = "".join(
        f"<{code_point(c)}>" if c in BIDI_CONTROLS or unicodedata.category(c) in ("Cc", "Cs") else c
        for c in value[: limit + 1]
    )
    return shown if len(shown) <= limit else shown[:limit] + "……"
