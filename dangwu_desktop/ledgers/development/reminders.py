"""发展党员's 首页 reminders: each step due within 30 days, and each overdue, citing its rule. The
㉓ 转正 discussion of someone on the roster is reminded of by the roster once the 预备期 is over
(待转正), so here only while it is coming up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.reminders import Reminder
from dangwu_desktop.ledgers.development.rules import CONFIRMATION_MEETING, DUE_SOON_DAYS
from dangwu_desktop.ledgers.development.service import Stand, pipeline

KIND = "发展党员"
PAGE = "development"  # double-clicked on the 首页, the page opens with the person selected


def judge(stands: Sequence[Stand], today: date) -> list[Reminder]:
    """One reminder per step overdue or due within DUE_SOON_DAYS, naming the person and the
    day, in the pipeline's order."""
    reminders = []
    for stand in stands:
        for due in stand.dues:
            if due.by is None or due.rule is None:
                continue
            on_roster = stand.member_id is not None and due.step.code == CONFIRMATION_MEETING
            if due.overdue(today) and not on_roster:
                text = (
                    f"{stand.name}：{due.step.label}已超期（应在{due.by:%Y-%m-%d}前，"
                    f"已过{(today - due.by).days}天）"
                )
                reminders.append(
                    Reminder(KIND, text, due.rule.citation, stand.member_id, PAGE,
                             stand.person_id, overdue=True)
                )  # fmt: skip
            elif due.due_within(today, DUE_SOON_DAYS):
                left = (due.by - today).days
                when = "今天到期" if left == 0 else f"还有{left}天"
                text = f"{stand.name}：{due.step.label}应在{due.by:%Y-%m-%d}前办理（{when}）"
                reminders.append(
                    Reminder(KIND, text, due.rule.citation, stand.member_id, PAGE, stand.person_id)
                )
    return reminders


def reminders(session: Session, today: date) -> list[Reminder]:
    return judge(pipeline(session, today), today)
