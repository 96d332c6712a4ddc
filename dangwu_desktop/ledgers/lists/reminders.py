"""三张清单's 首页 reminders: an item past its 时限 (逾期, one reminder each), an item due within
the set days, items done and waiting for their 验收 and 销号, and a 组织生活会 whose 查摆问题 are
not yet on the 问题清单."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.models import Activity
from dangwu_desktop.core.reminders import Reminder
from dangwu_desktop.ledgers.lists.book import ItemRow, item_rows
from dangwu_desktop.ledgers.lists.models import ListItem
from dangwu_desktop.ledgers.lists.rules import (
    CLOSE_RULE,
    DEADLINE_RULE,
    LIFE_MEETING_RULE,
    ItemStatus,
    Timing,
)

KIND = "三张清单"
PAGE = "lists"
SHORT = 24  # characters of an item's text a reminder quotes
# A 组织生活会 this recent with no item linked to it is pointed out (the one of last year, held
# as late as February, is still in view the year round).
LIFE_MEETING_DAYS = 400


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:SHORT]}{'…' if len(text) > SHORT else ''}”"


def _whose(row: ItemRow) -> str:
    return f"（责任人：{row.responsible}）" if row.responsible else ""


@dataclass(frozen=True, slots=True)
class UnlistedMeeting:
    """A 组织生活会 kept with no 问题清单 item linked to it."""

    activity_id: int
    date: date
    belongs_to_year: int


def judge(rows: Sequence[ItemRow], unlisted: Sequence[UnlistedMeeting]) -> list[Reminder]:
    found: list[Reminder] = []
    for row in rows:
        if row.standing.timing is Timing.OVERDUE:
            assert row.deadline is not None
            found.append(Reminder(
                KIND,
                f"{row.kind.value}{_quoted(row.description)}{_whose(row)}的完成时限"
                f"{format_date(row.deadline)}已过{row.standing.days}天，仍{row.status.value}："
                "请督促落实，登记进展",
                DEADLINE_RULE.citation, page=PAGE, item=row.item_id, overdue=True,
            ))  # fmt: skip
        elif row.standing.timing is Timing.DUE_SOON:
            assert row.deadline is not None
            when = "今天" if row.standing.days == 0 else f"{row.standing.days}天后"
            found.append(Reminder(
                KIND,
                f"{row.kind.value}{_quoted(row.description)}{_whose(row)}将于{when}"
                f"（{format_date(row.deadline)}）到期，目前{row.status.value}",
                DEADLINE_RULE.citation, page=PAGE, item=row.item_id,
            ))  # fmt: skip
    waiting = [r for r in rows if r.status is ItemStatus.DONE]
    if waiting:
        found.append(Reminder(
            KIND,
            f"{len(waiting)}项清单事项已完成、尚未销号：请附佐证材料，经验收后销号",
            CLOSE_RULE.citation, page=PAGE, item=waiting[0].item_id,
        ))  # fmt: skip
    for meeting in unlisted:
        found.append(Reminder(
            KIND,
            f"{meeting.belongs_to_year}年度组织生活会（{format_date(meeting.date)}）查摆的问题"
            "还没有列入问题清单：请在“专项台账 → 三张清单”中“从组织生活会生成整改事项”",
            LIFE_MEETING_RULE.citation, page=PAGE,
        ))  # fmt: skip
    return found


def unlisted_meetings(session: Session, today: date) -> list[UnlistedMeeting]:
    """The recent 组织生活会 records (not in the 回收站) no item is linked to."""
    linked = select(ListItem.meeting_id).where(ListItem.meeting_id.is_not(None))
    query = (
        select(Activity)
        .where(Activity.kind == ActivityKind.LIFE_MEETING, Activity.deleted_at.is_(None))
        .where(Activity.date.between(today - timedelta(days=LIFE_MEETING_DAYS), today))
        .where(Activity.id.not_in(linked))
        .order_by(Activity.date)
    )
    return [UnlistedMeeting(a.id, a.date, a.belongs_to_year) for a in session.scalars(query)]


def reminders(session: Session, today: date) -> list[Reminder]:
    return judge(item_rows(session, today), unlisted_meetings(session, today))
