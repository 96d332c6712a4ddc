"""换届's 首页 reminders: six and three months before the term ends (or the approved date of a
postponed or advanced election) with what the election still needs, the term run out, and a
committee elected but not yet approved. `gather` reads, `judge` is pure."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import add_months, format_date
from dangwu_desktop.core.reminders import Reminder, ReminderKind
from dangwu_desktop.core.rulebook import ELECTION_DUE
from dangwu_desktop.ledgers.elections.book import ElectionState, state
from dangwu_desktop.ledgers.elections.rules import REMIND_MONTHS, REPORTING, TIES, Timing

PAGE = "elections"  # the 换届 page: the term, the election's checklist and its dialogs


def gather(session: Session, today: date) -> ElectionState | None:
    return state(session)


def still_needed(s: ElectionState) -> list[str]:
    """What the election still lacks, in the order it is done."""
    if s.request_on is None:
        return ["向上级党组织报送换届请示"]
    needs = []
    if s.reply_on is None:
        needs.append("上级党组织对换届请示的批复")
    if not s.candidates:
        needs.append("候选人推荐和资格联审")
    elif not s.candidates_ready:
        needs.append("候选人资格联审（差额不少于20%）")
    needs.append("召开支部党员大会选举")
    return needs


def judge(s: ElectionState | None, today: date) -> list[Reminder]:
    if s is None or s.due is None:
        return []
    if s.held_on is not None:
        return _after(s)
    due = s.due
    moved = ""
    if s.timing is not Timing.ON_TIME:
        moved = f"（经批准{s.timing.value}{s.timing_months}个月，应于{format_date(due)}前换届）"
    end = s.term_end or due
    if due < today:
        text = f"支部委员会任期已于{format_date(end)}届满{moved}，应及时换届"
        if s.timing is Timing.POSTPONED:
            text = f"支部委员会任期已于{format_date(end)}届满，批准延期的{format_date(due)}也已过，应立即换届"
        text += f"：还需{'、'.join(still_needed(s))}"
        return [
            Reminder(
                ReminderKind.ELECTION_DUE, text, ELECTION_DUE.citation, page=PAGE, overdue=True
            )
        ]
    if today < add_months(due, -REMIND_MONTHS[0]):
        return []
    near = today >= add_months(due, -REMIND_MONTHS[1])
    days = (due - today).days
    if s.timing is Timing.ON_TIME:
        head = f"支部委员会任期将于{format_date(end)}届满（还有{days}天）"
    else:
        head = f"支部委员会任期{format_date(end)}届满，经批准{s.timing.value}{s.timing_months}个月，应于{format_date(due)}前换届（还有{days}天）"
    urgency = "，已不足三个月" if near else ""
    text = f"{head}{urgency}：换届还需{'、'.join(still_needed(s))}"
    return [Reminder(ReminderKind.ELECTION_DUE, text, ELECTION_DUE.citation, page=PAGE)]


def _after(s: ElectionState) -> list[Reminder]:
    """Elected, not yet in office: the approval (and the 备案) still to come; or a tie or
    seats left to a further election."""
    assert s.held_on is not None
    held = format_date(s.held_on)
    if s.tie:
        text = f"{held}换届选举有票数相等的被选举人，应就票数相等的被选举人再次投票"
        return [Reminder(ReminderKind.ELECTION_DUE, text, REPORTING.citation, page=PAGE)]
    if s.short:
        text = f"{held}换届选举当选人数比应选少{s.short}名，不足的名额应另行选举"
        return [Reminder(ReminderKind.ELECTION_DUE, text, TIES.citation, page=PAGE)]
    needs = [
        "书记、副书记报上级党组织批准"
        if s.submitted_on is None
        else f"上级党组织批准书记、副书记（{format_date(s.submitted_on)}已报批）"
    ]
    if s.filed_on is None:
        needs.append("委员报上级党组织备案")
    text = f"新一届支部委员会已于{held}选出（{'、'.join(s.elected)}），还需{'、'.join(needs)}"
    return [Reminder(ReminderKind.ELECTION_DUE, text, REPORTING.citation, page=PAGE)]


def reminders(session: Session, today: date) -> list[Reminder]:
    return judge(gather(session, today), today)
