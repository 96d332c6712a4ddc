"""党费's 首页 reminders: members behind with dues (three and five months, before the six months
of 党章第九条 run out, and those past them), members without a standard, standards a year old."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import some_names
from dangwu_desktop.core.reminders import Reminder
from dangwu_desktop.ledgers.dues.book import Arrear, arrears, stale_standards, unset_members
from dangwu_desktop.ledgers.dues.rules import (
    ARREARS_NOTICE_MONTHS,
    REVIEW_MONTHS,
    REVIEW_RULE,
    UNPAID_MONTHS_LIMIT,
    UNPAID_RULE,
    WHERE_RULE,
)

BEHIND = "党费欠缴"
STANDARD = "党费标准"
MOST_NAMES = 6


def judge_arrears(found: Sequence[Arrear]) -> list[Reminder]:
    """One reminder per member five months behind or more (each needs a talk now), one for those
    three or four months behind."""
    reminders = []
    for arrear in found:
        if arrear.run >= UNPAID_MONTHS_LIMIT:
            text = (
                f"{arrear.name}已连续{arrear.run}个月未交党费（{arrear.months_text}，共{arrear.amount:.2f}元），"
                "已满六个月：请支部查明有无正当理由，按规定处理"
            )
            reminders.append(
                Reminder(BEHIND, text, UNPAID_RULE.citation, arrear.member_id, "dues", overdue=True)
            )
        elif arrear.run >= ARREARS_NOTICE_MONTHS[1]:
            text = (
                f"{arrear.name}已连续{arrear.run}个月未交党费（{arrear.months_text}），"
                f"再过{UNPAID_MONTHS_LIMIT - arrear.run}个月即满六个月：请及时谈心提醒"
            )
            reminders.append(Reminder(BEHIND, text, UNPAID_RULE.citation, arrear.member_id, "dues"))
    notice = [a for a in found if ARREARS_NOTICE_MONTHS[0] <= a.run < ARREARS_NOTICE_MONTHS[1]]
    if notice:
        text = f"{len(notice)}名党员已连续3个月以上未交党费：{some_names([a.name for a in notice], MOST_NAMES)}"
        reminders.append(Reminder(BEHIND, text, UNPAID_RULE.citation, page="dues"))
    return reminders


def judge_standards(unset: Sequence[str], stale: Sequence[str]) -> list[Reminder]:
    reminders = []
    if unset:
        text = f"{len(unset)}名党员还没有核定党费标准：{some_names(unset, MOST_NAMES)}"
        reminders.append(Reminder(STANDARD, text, WHERE_RULE.citation, page="dues"))
    if stale:
        text = f"{len(stale)}名党员的党费标准核定已满{REVIEW_MONTHS}个月，请重新核定：{some_names(stale, MOST_NAMES)}"
        reminders.append(Reminder(STANDARD, text, REVIEW_RULE.citation, page="dues"))
    return reminders


def reminders(session: Session, today: date) -> list[Reminder]:
    unset = [name for _, name in unset_members(session)]
    stale = [name for _, name, _ in stale_standards(session, today, REVIEW_MONTHS)]
    return judge_arrears(arrears(session, today)) + judge_standards(unset, stale)
