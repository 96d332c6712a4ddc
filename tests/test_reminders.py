"""The 首页 reminders as a table of dated cases: given these records, on this date, these reminders."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.glossary import ActivityKind, MemberCategory, MembershipStatus
from dangwu_desktop.core.reminders import Reminder, ReminderKind, months_between, ordered
from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.schedule import HeldActivity, year_schedule
from dangwu_desktop.core.services.branch import BranchInfo
from dangwu_desktop.core.services.dashboard import Participation
from dangwu_desktop.core.services.training import MemberHours
from dangwu_desktop.ledgers.elections import reminders as elections
from dangwu_desktop.ledgers.elections.book import ElectionState
from dangwu_desktop.ledgers.meetings import reminders as meetings
from dangwu_desktop.ledgers.roster import reminders as roster
from dangwu_desktop.ledgers.training import reminders as training

K = ActivityKind
BRANCH = BranchInfo(
    name="东岙村党支部", secretary="陈静", term_start=date(2022, 4, 1), term_end=date(2027, 4, 1)
)


def probationer(joined: date) -> RosterRow:
    return RosterRow(1, "王五", "男", "汉族", None, "", "", "", joined, None, MemberCategory.PROBATIONARY, "", "",
                     "", "", "", MembershipStatus.ACTIVE, False, "", "", False, "")  # fmt: skip


def member_hours(total: float, expected: float) -> MemberHours:
    return MemberHours(2, "李梅", "第一党小组", "党员", 32, total, 0.0, expected)


def reminders_on(today: date, *, held: list[HeldActivity] = (), branch: BranchInfo = BRANCH,
                 probationers: list[RosterRow] = (), since: date | None = None, mobile: bool = False,
                 hours: list[MemberHours] = (), lectures: int = 1) -> list[Reminder]:  # fmt: skip
    """What the ledgers that remind (meetings, roster, 换届, training) say on the day, as the 首页
    lists it (the 换届 ledger with no election prepared yet)."""
    schedule = year_schedule(today.year, held, today, groups=[], has_committee=False)
    people = [Participation(3, "赵六", since, mobile)] if since else []
    return ordered([
        *meetings.judge(meetings.MeetingsSituation(today, branch.secretary, schedule, people, lectures)),
        *roster.judge(roster.RosterSituation(today, probationers)),
        *elections.judge(ElectionState(None, branch.term_start, branch.term_end, branch.term_end), today),
        *training.judge(hours),
    ])  # fmt: skip


def texts(found: list, kind: ReminderKind) -> list[str]:  # type: ignore[type-arg]
    return [r.text for r in found if r.kind is kind]


# The whole year held, so that only the case under test reminds.
ALL_HELD = [HeldActivity(kind, date(2026, m, 10)) for m in range(1, 13) for kind in (K.THEME_DAY,)] + [
    HeldActivity(kind, date(2026, m, 10)) for m in (1, 4, 7, 10) for kind in (K.BRANCH_GENERAL, K.LECTURE)
] + [HeldActivity(kind, date(2026, 1, 10)) for kind in (K.LIFE_MEETING, K.APPRAISAL, K.TALK)]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "today", "kind", "expected"),
    [
        ("nothing due when all is held", date(2026, 11, 25), ReminderKind.MEETING_MISSED, []),
        ("this quarter's 党员大会 not yet held", date(2026, 11, 25), ReminderKind.MEETING_DUE, []),
    ],
)
def test_a_year_fully_held_has_no_meeting_reminders(
    case: str, today: date, kind: ReminderKind, expected: list[str]
) -> None:
    assert texts(reminders_on(today, held=ALL_HELD), kind) == expected, case


@pytest.mark.parametrize(
    ("held", "today", "missed", "due"),
    [
        ([], date(2026, 2, 15), ["主题党日：1月未开展"], ["主题党日：本期尚未开展，应在2026-02-28前开展",
                                                    "支部党员大会：本期尚未开展，应在2026-03-31前开展",
                                                    "党课：本期尚未开展，应在2026-03-31前开展"]),
        ([HeldActivity(K.BRANCH_GENERAL, date(2026, 2, 1)), HeldActivity(K.LECTURE, date(2026, 2, 2)),
          HeldActivity(K.THEME_DAY, date(2026, 1, 10)), HeldActivity(K.THEME_DAY, date(2026, 2, 10))],
         date(2026, 4, 2), ["主题党日：3月未开展"], ["支部党员大会：本期尚未开展，应在2026-06-30前开展",
                                                     "党课：本期尚未开展，应在2026-06-30前开展",
                                                     "主题党日：本期尚未开展，应在2026-04-30前开展"]),
    ],
)  # fmt: skip
def test_reminder_rule_meetings_due_and_overdue(
    held: list[HeldActivity], today: date, missed: list[str], due: list[str]
) -> None:
    found = reminders_on(today, held=held)
    assert texts(found, ReminderKind.MEETING_MISSED) == missed
    assert sorted(texts(found, ReminderKind.MEETING_DUE)) == sorted(due)
    assert all(r.overdue for r in found if r.kind is ReminderKind.MEETING_MISSED)


@pytest.mark.parametrize(
    ("joined", "today", "expected", "overdue"),
    [
        (date(2025, 12, 26), date(2026, 11, 25), "预备党员王五的预备期将于2026-12-26满一年（还有31天），请准备转正", None),
        (date(2025, 12, 25), date(2026, 11, 25), "预备党员王五的预备期将于2026-12-25满一年（还有30天），请准备转正", False),
        (date(2025, 11, 25), date(2026, 11, 25), "预备党员王五的预备期今天满一年，应提交支部大会讨论转正", False),
        (date(2025, 11, 10), date(2026, 11, 25), "预备党员王五的预备期已于2026-11-10满一年（已过15天），应提交支部大会讨论转正", True),
    ],
)  # fmt: skip
def test_reminder_rule_confirmation_within_30_days_or_overdue(
    joined: date, today: date, expected: str, overdue: bool | None
) -> None:
    found = [
        r
        for r in reminders_on(today, held=ALL_HELD, probationers=[probationer(joined)])
        if r.kind is ReminderKind.CONFIRMATION_DUE
    ]
    if overdue is None:
        assert found == []
    else:
        assert [(r.text, r.overdue, r.member_id) for r in found] == [(expected, overdue, 1)]
        assert "第七条" in found[0].citation


@pytest.mark.parametrize(
    ("since", "today", "months", "overdue"),
    [
        (date(2026, 7, 26), date(2026, 11, 25), None, None),  # 3 months and 30 days
        (date(2026, 7, 25), date(2026, 11, 25), 4, False),  # warned at four months
        (date(2026, 6, 25), date(2026, 11, 25), 5, True),  # urgent at five, a month before 自行脱党
        (date(2026, 1, 2), date(2026, 11, 25), 10, True),
    ],
)
def test_reminder_rule_no_organisational_life_for_four_or_five_months(
    since: date, today: date, months: int | None, overdue: bool | None
) -> None:
    found = [
        r
        for r in reminders_on(today, held=ALL_HELD, since=since)
        if r.kind is ReminderKind.INACTIVE_MEMBER
    ]
    if months is None:
        assert found == []
    else:
        assert [(r.text.split("（")[0], r.overdue) for r in found] == [
            (f"赵六已{months}个月没有参加组织生活的记录", overdue)
        ]
        assert "第九条" in found[0].citation and "连续六个月" in found[0].citation


def test_reminder_rule_training_hours_behind_the_year() -> None:
    behind = reminders_on(date(2026, 6, 30), held=ALL_HELD, hours=[member_hours(10, 15.9)])
    assert texts(behind, ReminderKind.TRAINING_BEHIND) == [
        "1名党员的学习培训学时低于今年到目前应有的进度：李梅"
    ]
    on_track = reminders_on(date(2026, 6, 30), held=ALL_HELD, hours=[member_hours(16, 15.9)])
    assert texts(on_track, ReminderKind.TRAINING_BEHIND) == []


@pytest.mark.parametrize(
    ("term_end", "today", "expected", "overdue"),
    [
        (date(2027, 6, 1), date(2026, 11, 25), None, None),
        (
            date(2027, 4, 1),
            date(2026, 11, 25),
            "支部委员会任期将于2027-04-01届满（还有127天）：换届还需向上级党组织报送换届请示",
            False,
        ),
        (
            date(2026, 10, 1),
            date(2026, 11, 25),
            "支部委员会任期已于2026-10-01届满，应及时换届：还需向上级党组织报送换届请示",
            True,
        ),
    ],
)
def test_reminder_rule_committee_term_ending_or_past(
    term_end: date, today: date, expected: str | None, overdue: bool | None
) -> None:
    branch = BranchInfo(name="东岙村党支部", secretary="陈静", term_end=term_end)
    found = [
        r
        for r in reminders_on(today, held=ALL_HELD, branch=branch)
        if r.kind is ReminderKind.ELECTION_DUE
    ]
    assert [(r.text, r.overdue) for r in found] == (
        [] if expected is None else [(expected, overdue)]
    )


def test_reminder_rule_yearly_items_not_yet_done() -> None:
    found = reminders_on(date(2026, 11, 25), lectures=0)
    yearly = texts(found, ReminderKind.YEARLY_ITEM)
    assert "今年尚未开展组织生活会" in yearly and "今年尚未开展民主评议党员" in yearly
    assert "今年还没有记录支部书记陈静讲党课" in yearly
    assert texts(reminders_on(date(2026, 11, 25), held=ALL_HELD), ReminderKind.YEARLY_ITEM) == []


def test_months_between() -> None:
    assert months_between(date(2026, 1, 31), date(2026, 2, 28)) == 0
    assert months_between(date(2026, 1, 31), date(2026, 3, 1)) == 1
    assert months_between(date(2025, 12, 25), date(2026, 5, 25)) == 5


def test_overdue_reminders_come_first() -> None:
    found = reminders_on(date(2026, 11, 25), since=date(2026, 1, 2), lectures=0)
    flags = [r.overdue for r in found if not r.hint]
    assert flags == sorted(flags, reverse=True)


@pytest.mark.parametrize(
    ("case", "held", "hinted"),
    [
        ("meetings missed: past ones can be entered", [], True),
        ("the whole year held: nothing to enter", ALL_HELD, False),
    ],
)
def test_reminder_rule_backfill_hint(case: str, held: list[HeldActivity], hinted: bool) -> None:
    found = reminders_on(date(2026, 11, 25), held=held)
    hints = [r for r in found if r.kind is ReminderKind.BACKFILL]
    assert bool(hints) is hinted, case
    if hints:
        (hint,) = hints
        assert "补录" in hint.text and hint.page == "activities" and not hint.overdue
        assert found[0] is hint  # listed before the overdue lines it explains


def test_a_quarter_is_named_as_reports_and_plans_name_it() -> None:
    """第二季度, not 第2季度: one spelling of the quarters in the whole program."""
    found = reminders_on(date(2026, 8, 15))
    quarterly = [
        r.text for r in found if r.kind is ReminderKind.MEETING_MISSED and "季度" in r.text
    ]
    assert quarterly and all("第二季度" in text for text in quarterly), quarterly
