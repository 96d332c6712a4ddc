"""What the 首页's reminders share. Each ledger judges its own records on the day
(ledgers/*/reminders.py, declared as the ledger's `reminders`), every reminder citing the rule
behind it; this module holds the reminder itself and the order the 首页 lists them in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ReminderKind(StrEnum):
    """The kinds the existing ledgers remind of; a ledger may bring its own (a reminder's kind is
    any string)."""

    MEETING_DUE = "本期应开展"
    MEETING_MISSED = "未按期开展"
    CONFIRMATION_DUE = "待转正"
    INACTIVE_MEMBER = "长期未参加组织生活"
    TRAINING_BEHIND = "学时不足"
    ELECTION_DUE = "换届"
    YEARLY_ITEM = "年度事项"
    BACKFILL = "补录提示"


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: str
    text: str
    citation: str
    member_id: int | None = None
    page: str | None = None  # the sidebar page that shows what the reminder concerns
    item: int | None = None  # the row of that page it concerns (a 发展党员 file): shown selected
    overdue: bool = False
    hint: bool = False  # advice on using the program rather than a rule's judgement: listed first


def ordered(found: Iterable[Reminder]) -> list[Reminder]:
    """Hints first, then what is overdue, then the rest, each group in the order found."""
    return sorted(found, key=lambda r: (not r.hint, not r.overdue))


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later`."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (later.day < earlier.day)
