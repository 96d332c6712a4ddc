"""The words and layout the 换届 选票 and 计票单 share, in Word and in the print preview: the
instructions, how the names are set out in rows, the figures the 计票单 asks for."""

from __future__ import annotations

from collections.abc import Sequence

from dangwu_desktop.ledgers.elections.book import BallotSheet

PER_ROW = 6  # names across a ballot's row: a three-character name in 3号 with room to mark
TALLY_FIGURES = (
    "应到会有选举权人数", "实到会有选举权人数", "发出选票", "收回选票", "有效票", "无效票",
)  # fmt: skip
TALLY_SIGNERS = ("监票人（签字）：", "计票人（签字）：")
# The ballot lists the candidates in the candidate list's order, which the 候选人 dialog sorts by
# 姓氏笔画 (core/strokes.py) and the secretary adjusts (上移/下移) where the 起笔 order decides.
ORDER_NOTE = "候选人按姓氏笔画为序排列"


BLANK = "\u3000\u3000"  # a figure left to be written in by hand


def seats_text(sheet: BallotSheet) -> str:
    """应选5名, or 应选　　名 on a blank form."""
    return f"应选{sheet.seats if sheet.seats else BLANK}名"


def instructions(sheet: BallotSheet) -> list[str]:
    """The 填写说明 printed under a ballot's title (a blank form leaves the figures to fill)."""
    seats = str(sheet.seats) if sheet.seats else BLANK
    count = str(len(sheet.names)) if sheet.names else BLANK
    return [
        f"1．本次选举应选{seats}名，候选人{count}名，{ORDER_NOTE}。",
        "2．赞成的，在候选人姓名下方的空格内画“○”；不赞成的，画“×”；弃权的，不画任何符号。",
        "3．如另选他人，在“另选他人”栏内写上其姓名，并在其下方空格内画“○”。",
        f"4．赞成的人数（含另选他人）等于或少于{seats}名的为有效票，多于{seats}名的为无效票。",
        "5．请用黑色钢笔或签字笔填写，字迹清楚，符号准确。",
    ]


def name_rows(names: Sequence[str], per_row: int = PER_ROW) -> list[list[str]]:
    """The names in rows of `per_row`, the last padded with blanks to the full width."""
    rows = [list(names[i : i + per_row]) for i in range(0, len(names), per_row)] or [[]]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    return rows


def write_ins(sheet: BallotSheet) -> int:
    """As many 另选他人 places as seats (a voter may write in a name for each); a blank form
    a full row."""
    return min(sheet.seats, PER_ROW) if sheet.seats else PER_ROW


def tally_title(sheet: BallotSheet) -> str:
    """On two lines: the branch, then the election's 计票单."""
    return f"{sheet.heading}计票单"


def ballot_title(sheet: BallotSheet) -> str:
    """On two lines: the branch, then the election's 选票."""
    return f"{sheet.heading}选票"
