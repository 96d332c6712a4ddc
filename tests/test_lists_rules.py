"""The 三张清单 rules, each a table of dated cases: where an item stands against its 时限 (the 时限 is
the last day; 即将到期 within the set days; 逾期 the day after; a finished item judged by the day it
was done; a 责任清单 item without one is 长期), what an item must say, what 销号 needs (已完成 first,
佐证材料, a 验收), and where a progress note may be dated."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.rulebook import Severity
from dangwu_desktop.ledgers.lists.rules import (
    CLOSE_RULE,
    DEADLINE_RULE,
    LIFE_MEETING_RULE,
    RULES,
    CloseInput,
    ItemInput,
    ItemSource,
    ItemStatus,
    ListKind,
    Standing,
    Timing,
    close_findings,
    is_overdue,
    item_findings,
    progress_findings,
    standing,
)

TODAY = date(2026, 6, 30)
WARN = 7
OPEN, UNDER_WAY, DONE = ItemStatus.NOT_STARTED, ItemStatus.UNDER_WAY, ItemStatus.DONE


@pytest.mark.parametrize(
    ("deadline", "status", "completed_on", "expected"),
    [
        (None, UNDER_WAY, None, Standing(Timing.LONG_TERM)),  # a 责任清单 duty
        (date(2026, 7, 31), OPEN, None, Standing(Timing.ON_TRACK)),
        (date(2026, 7, 8), UNDER_WAY, None, Standing(Timing.ON_TRACK)),  # 8 days: not yet
        (date(2026, 7, 7), UNDER_WAY, None, Standing(Timing.DUE_SOON, 7)),  # 7 days ahead
        (date(2026, 7, 1), OPEN, None, Standing(Timing.DUE_SOON, 1)),
        (date(2026, 6, 30), UNDER_WAY, None, Standing(Timing.DUE_SOON, 0)),  # the last day
        (date(2026, 6, 29), UNDER_WAY, None, Standing(Timing.OVERDUE, 1)),  # the day after
        (date(2026, 5, 16), OPEN, None, Standing(Timing.OVERDUE, 45)),
        (date(2026, 5, 16), DONE, date(2026, 5, 16), Standing(Timing.DONE_ON_TIME)),
        (date(2026, 5, 16), DONE, date(2026, 5, 1), Standing(Timing.DONE_ON_TIME)),
        (date(2026, 5, 16), DONE, date(2026, 5, 19), Standing(Timing.DONE_LATE, 3)),
        (date(2026, 5, 16), ItemStatus.CLOSED, date(2026, 5, 20), Standing(Timing.DONE_LATE, 4)),
        (date(2026, 12, 31), DONE, date(2026, 6, 1), Standing(Timing.DONE_ON_TIME)),
    ],
)
def test_lists_deadline_standing_on_a_day(
    deadline: date | None, status: ItemStatus, completed_on: date | None, expected: Standing
) -> None:
    assert standing(deadline, status, completed_on, TODAY, WARN) == expected


@pytest.mark.parametrize(
    ("warn_days", "deadline", "timing"),
    [
        (0, date(2026, 6, 30), Timing.DUE_SOON),  # no warning ahead: only the day itself
        (0, date(2026, 7, 1), Timing.ON_TRACK),
        (30, date(2026, 7, 30), Timing.DUE_SOON),
        (30, date(2026, 7, 31), Timing.ON_TRACK),
    ],
)
def test_lists_deadline_warning_follows_the_setting(
    warn_days: int, deadline: date, timing: Timing
) -> None:
    assert standing(deadline, UNDER_WAY, None, TODAY, warn_days).timing is timing


@pytest.mark.parametrize(
    ("deadline", "status", "overdue"),
    [
        (date(2026, 6, 29), OPEN, True),
        (date(2026, 6, 29), UNDER_WAY, True),
        (date(2026, 6, 30), UNDER_WAY, False),
        (date(2026, 6, 29), DONE, False),  # done (late or not) is no longer 逾期
        (date(2026, 6, 29), ItemStatus.CLOSED, False),
        (None, UNDER_WAY, False),
    ],
)
def test_lists_deadline_overdue_only_while_open(
    deadline: date | None, status: ItemStatus, overdue: bool
) -> None:
    assert is_overdue(deadline, status, TODAY) is overdue


def item(**changes: object) -> ItemInput:
    values: dict[str, object] = {
        "kind": ListKind.PROBLEM, "description": "党员学习笔记不全", "raised_on": date(2026, 1, 18),
        "source": ItemSource.INSPECTION, "measures": "每季度检查", "responsible": "陈静",
        "deadline": date(2026, 7, 31),
    }  # fmt: skip
    return ItemInput(**(values | changes))  # type: ignore[arg-type]


def errors(given: ItemInput) -> dict[str, str]:
    return {
        f.attribute: f.reason for f in item_findings(given, TODAY) if f.severity is Severity.ERROR
    }


def warnings(given: ItemInput) -> dict[str, str]:
    return {
        f.attribute: f.reason for f in item_findings(given, TODAY) if f.severity is Severity.WARNING
    }


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"description": "  "}, "description", "请填写事项内容"),
        ({"responsible": ""}, "responsible", "请填写责任人"),
        ({"raised_on": date(2026, 7, 1)}, "raised_on", "提出日期不能晚于今天"),
        ({"deadline": None}, "deadline", "问题清单的事项须填写完成时限"),
        ({"kind": ListKind.TASK, "deadline": None}, "deadline", "任务清单的事项须填写完成时限"),
        ({"deadline": date(2026, 1, 17)}, "deadline", "完成时限不能早于提出日期"),
        ({"status": DONE}, "completed_on", "已完成的事项请填写完成日期"),
        ({"status": DONE, "completed_on": date(2026, 7, 1)}, "completed_on", "完成日期不能晚于今天"),
        ({"status": DONE, "completed_on": date(2026, 1, 17)}, "completed_on",
         "完成日期不能早于提出日期"),
        ({"completed_on": date(2026, 6, 1)}, "completed_on",
         "尚未完成的事项不填完成日期（状态选“已完成”时再填）"),
        ({"status": ItemStatus.CLOSED}, "status", "销号请用“销号”登记验收情况"),
    ],
)  # fmt: skip
def test_lists_deadline_an_item_is_refused_for(
    changes: dict[str, object], field: str, reason: str
) -> None:
    assert errors(item(**changes)) == {field: reason}


def test_lists_deadline_a_duty_may_run_without_one_and_a_cadre_off_the_roster_answers_for_it() -> (
    None
):
    duty = item(kind=ListKind.DUTY, deadline=None, responsible="何永强", responsible_id=None)
    assert item_findings(duty, TODAY) == []
    assert errors(item(responsible="", responsible_id=7)) == {}  # a member, named by the roster


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"measures": ""}, "measures", DEADLINE_RULE.id),  # a problem without its 整改措施
        ({"deadline": date(2026, 6, 1)}, "deadline", DEADLINE_RULE.id),  # 逾期 as soon as saved
        ({"source": ItemSource.LIFE_MEETING}, "meeting_id", LIFE_MEETING_RULE.id),
    ],
)
def test_lists_deadline_points_out_without_refusing(
    changes: dict[str, object], field: str, rule: str
) -> None:
    found = [f for f in item_findings(item(**changes), TODAY) if f.attribute == field]
    assert [(f.severity, f.rule) for f in found] == [(Severity.WARNING, rule)]
    assert errors(item(**changes)) == {}


def test_lists_deadline_a_task_without_measures_is_not_pointed_out() -> None:
    assert warnings(item(kind=ListKind.TASK, measures="")) == {}


CLOSE = CloseInput(date(2026, 6, 20), "浦阳镇党委组织办", "已整改到位", "照片存档案盒")


@pytest.mark.parametrize(
    ("status", "completed_on", "files", "given", "refused"),
    [
        (DONE, date(2026, 6, 10), 0, CLOSE, {}),  # evidence written down
        (DONE, date(2026, 6, 10), 2, CloseInput(date(2026, 6, 20), "支部委员会"), {}),  # files
        (DONE, date(2026, 6, 10), 0, CloseInput(date(2026, 6, 20), "", "", "照片", 41), {}),
        (UNDER_WAY, None, 2, CLOSE, {"status": "事项推进中，尚未完成：请先登记完成情况，再销号"}),
        (OPEN, None, 2, CLOSE, {"status": "事项未开始，尚未完成：请先登记完成情况，再销号"}),
        (DONE, date(2026, 6, 10), 0, CloseInput(date(2026, 6, 20), "支部委员会"),
         {"evidence": "没有佐证材料：请添加照片、文件等附件，或写明佐证材料及存放处"}),
        (DONE, date(2026, 6, 10), 1, CloseInput(date(2026, 6, 20), " "),
         {"reviewer": "请填写验收人或验收单位（如 镇党委组织办），或选择验收的会议"}),
        (DONE, date(2026, 6, 10), 1, CloseInput(date(2026, 7, 1), "支部委员会"),
         {"closed_on": "销号日期不能晚于今天"}),
        (DONE, date(2026, 6, 10), 1, CloseInput(date(2026, 6, 9), "支部委员会"),
         {"closed_on": "销号日期不能早于完成日期2026-06-10"}),
        (ItemStatus.CLOSED, date(2026, 6, 10), 1, CLOSE, {"status": "这一事项已经销号"}),
    ],
)  # fmt: skip
def test_lists_close_after_review_needs_done_evidence_and_a_review(
    status: ItemStatus,
    completed_on: date | None,
    files: int,
    given: CloseInput,
    refused: dict[str, str],
) -> None:
    found = close_findings(status, completed_on, files, given, TODAY)
    assert {f.attribute: f.reason for f in found} == refused
    assert all(f.rule == CLOSE_RULE.id and f.severity is Severity.ERROR for f in found)


@pytest.mark.parametrize(
    ("day", "reasons"),
    [
        (date(2026, 1, 18), []),  # the day it was raised
        (date(2026, 6, 30), []),
        (date(2026, 1, 17), ["进展日期不能早于提出日期2026-01-18"]),
        (date(2026, 7, 1), ["进展日期不能晚于今天"]),
    ],
)
def test_lists_deadline_progress_notes_fall_within_the_items_life(
    day: date, reasons: list[str]
) -> None:
    assert [f.reason for f in progress_findings(day, date(2026, 1, 18), TODAY)] == reasons


def test_lists_rules_cite_the_article_only_where_it_was_read() -> None:
    """第十七条 for turning 查摆问题 into 整改; the 时限 and 销号 practice is 地方规定."""
    assert (
        "第十七条" in LIFE_MEETING_RULE.citation
        and "会后制定整改措施" in LIFE_MEETING_RULE.citation
    )
    local = [rule for rule in RULES if rule is not LIFE_MEETING_RULE]
    assert all(rule.citation.startswith("地方规定") and "第" not in rule.citation for rule in local)
    assert len({rule.id for rule in RULES}) == len(RULES)
