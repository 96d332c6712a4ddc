"""党费's section of the work report: 党费收缴情况 for the period."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.money import yuan
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.ledgers.base import SectionText
from dangwu_desktop.ledgers.dues.book import DuesSummary, summary


def dues(session: Session, period: YearPeriod, today: date) -> DuesSummary:
    first, last = period.bounds
    return summary(session, first, last, today, period.title)


def dues_text(part: DuesSummary) -> SectionText:
    if part.counted_to is None:
        lines = ["本期党费正在收缴，尚无到期应交的月份。"]
    elif not part.members:
        lines = ["本期尚未登记党费标准和收缴情况。"]
    else:
        month = part.counted_to.month
        line = (
            f"截至{month}月，本期应交党费的党员{part.members}名（含期内转出、去世的党员），"
            f"应交{yuan(part.owed)}元，实交{yuan(part.paid)}元，收缴率{part.rate_text}。"
        )
        if part.behind:
            line += f"欠交党员{part.behind}名，共欠{yuan(part.arrears)}元，支部已逐一提醒补交。"
        else:
            line += "没有欠交党费的党员。"
        if part.unset:
            line += f"尚有{part.unset}名党员未核定党费标准。"
        second = f"本期收到党费{yuan(part.collected)}元"
        if part.elsewhere:
            second += f"（另有流动党员在流入地交纳{yuan(part.elsewhere)}元）"
        if part.special:
            second += f"，特殊党费{yuan(part.special)}元"
        second += f"，上缴{yuan(part.remitted)}元。"
        lines = [line, second]
    placeholders = {
        "dues": {
            "members": part.members,
            "owed": yuan(part.owed),
            "paid": yuan(part.paid),
            "rate": part.rate_text,
            "behind": part.behind,
            "arrears": yuan(part.arrears),
            "collected": yuan(part.collected),
            "special": yuan(part.special),
            "remitted": yuan(part.remitted),
        }
    }
    return SectionText(placeholders, lines)


def dues_summary(part: DuesSummary) -> str:
    return f"党费收缴率{part.rate_text}、欠交{part.behind}人"
