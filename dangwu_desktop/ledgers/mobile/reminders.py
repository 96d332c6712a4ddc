"""流动党员's 首页 reminders: members away not contacted for the set months, a member at a fixed
place six months or more (转移组织关系), a 流动党员活动证 expiring or expired, a member not reached
long enough to be searched for as 失联, a 失联 case six months old (停止党籍 to be decided), and
members the roster shows away without a 流出 record."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import some_names
from dangwu_desktop.core.reminders import Reminder
from dangwu_desktop.ledgers.mobile.book import AwayRow, away_rows
from dangwu_desktop.ledgers.mobile.rules import (
    CARD_RULE,
    CONTACT_RULE,
    LOST_RULE,
    TRANSFER_RULE,
    CardState,
)
from dangwu_desktop.ledgers.mobile.service import lost_months

KIND = "流动党员"
PAGE = "mobile"  # the 流动党员 page, the member selected
MOST_NAMES = 6


def judge(rows: Sequence[AwayRow], lost_after: int) -> list[Reminder]:
    found: list[Reminder] = []
    away = [r for r in rows if r.away]
    for row in away:
        if row.stop_due and row.lost is not None:
            found.append(Reminder(
                KIND,
                f"{row.name}自{format_date(row.lost.last_reached)}起失去联系已满6个月，仍未找到："
                "请支部按规定研究作出停止党籍的决定，并登记处理结果",
                LOST_RULE.citation, row.member_id, PAGE, item=row.member_id, overdue=True,
            ))  # fmt: skip
        elif row.lost_due:
            heard = format_date(row.last_contact or row.start)
            found.append(Reminder(
                KIND,
                f"{row.name}已{row.contact_gap}个月没有联系上（上次：{heard}），超过{lost_after}个月："
                "请多方查找，仍联系不上的登记为失联党员",
                LOST_RULE.citation, row.member_id, PAGE, item=row.member_id, overdue=True,
            ))  # fmt: skip
        if row.transfer_from is not None:
            found.append(Reminder(
                KIND,
                f"{row.name}在{row.place}外出已满6个月且地点相对固定（{format_date(row.start)}起）："
                "应转移组织关系到流入地党组织",
                TRANSFER_RULE.citation, row.member_id, PAGE, item=row.member_id,
            ))  # fmt: skip
        if row.card in (CardState.EXPIRED, CardState.EXPIRING) and row.stint is not None:
            assert row.stint.card_expires_on is not None
            when = format_date(row.stint.card_expires_on)
            text = (f"{row.name}的流动党员活动证已于{when}过期：请换发或收回"
                    if row.card is CardState.EXPIRED
                    else f"{row.name}的流动党员活动证将于{when}到期")  # fmt: skip
            found.append(Reminder(KIND, text, CARD_RULE.citation, row.member_id, PAGE, item=row.member_id,
                                  overdue=row.card is CardState.EXPIRED))  # fmt: skip
    late = [r for r in away if r.contact_gap is not None and not r.lost_due]
    if late:
        names = some_names([f"{r.name}（{r.contact_gap}个月）" for r in late], MOST_NAMES)
        found.append(Reminder(
            KIND, f"{len(late)}名流动党员超过规定间隔没有联系：{names}，请联系并登记",
            CONTACT_RULE.citation, page=PAGE,
        ))  # fmt: skip
    unrecorded = [r.name for r in away if r.stint is None]
    if unrecorded:
        found.append(Reminder(
            KIND,
            f"{len(unrecorded)}名流动党员还没有流出登记（去向、联系方式、活动证）：{some_names(unrecorded, MOST_NAMES)}",
            CONTACT_RULE.citation, page=PAGE,
        ))  # fmt: skip
    return found


def reminders(session: Session, today: date) -> list[Reminder]:
    return judge(away_rows(session, today, today, today), lost_months(session))
