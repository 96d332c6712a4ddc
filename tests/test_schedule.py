"""The frequency rules of DOMAIN.md §3 (支部工作条例 第十一至十三条、第十六至十九条), as a table of dated cases."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.schedule import CellStatus, HeldActivity, year_schedule
from dangwu_desktop.core.services.settings import Period

K = ActivityKind
GROUPS = [(1, "第一党小组"), (2, "第二党小组")]


def statuses(held: list[HeldActivity], today: date, label: str, **options: object) -> list[str]:
    rows = year_schedule(2026, held, today, groups=GROUPS, has_committee=True, **options)  # type: ignore[arg-type]
    row = next(r for r in rows if r.label == label)
    return [cell.status.value for cell in row.cells]


HELD, MISSING, DUE, NOT_DUE = (s.value for s in CellStatus)


@pytest.mark.parametrize(
    ("rule", "held", "today", "label", "expected"),
    [
        ("党员大会每季度1次", [HeldActivity(K.BRANCH_GENERAL, date(2026, 2, 3))], date(2026, 7, 15),
         "支部党员大会", [HELD, MISSING, DUE, NOT_DUE]),
        ("季度最后一天仍算本季度", [], date(2026, 3, 31), "支部党员大会", [DUE, NOT_DUE, NOT_DUE, NOT_DUE]),
        ("季度结束后即为未开展", [], date(2026, 4, 1), "支部党员大会", [MISSING, DUE, NOT_DUE, NOT_DUE]),
        ("支委会每月1次", [HeldActivity(K.COMMITTEE, date(2026, 1, 31))], date(2026, 3, 10),
         "支部委员会会议", [HELD, MISSING, DUE] + [NOT_DUE] * 9),
        ("主题党日每月1次", [HeldActivity(K.THEME_DAY, date(2026, m, 10)) for m in range(1, 13)], date(2026, 12, 31),
         "主题党日", [HELD] * 12),
        ("党小组会按小组分别计算", [HeldActivity(K.GROUP, date(2026, 1, 5), 1)], date(2026, 2, 1),
         "党小组会（第二党小组）", [MISSING, DUE] + [NOT_DUE] * 10),
        ("党小组会按小组分别计算", [HeldActivity(K.GROUP, date(2026, 1, 5), 1)], date(2026, 2, 1),
         "党小组会（第一党小组）", [HELD, DUE] + [NOT_DUE] * 10),
        ("组织生活会每年1次", [HeldActivity(K.LIFE_MEETING, date(2026, 12, 28))], date(2026, 12, 31), "组织生活会", [HELD]),
        ("组织生活会当年未开为本期待开展", [], date(2026, 11, 25), "组织生活会", [DUE]),
        ("上一年的记录不算本年", [HeldActivity(K.LIFE_MEETING, date(2025, 12, 28))], date(2027, 3, 1), "组织生活会", [MISSING]),
        ("组织生活会次年2月底前仍可召开", [], date(2027, 2, 28), "组织生活会", [DUE]),
        ("1月召开的属上一年度，不算本年", [HeldActivity(K.LIFE_MEETING, date(2026, 1, 18), None, 2025)],
         date(2026, 11, 25), "组织生活会", [DUE]),
        ("次年1月召开、所属本年度的算本年", [HeldActivity(K.LIFE_MEETING, date(2027, 1, 18), None, 2026)],
         date(2027, 1, 20), "组织生活会", [HELD]),
        ("民主评议同样按所属年度", [HeldActivity(K.APPRAISAL, date(2027, 2, 10), None, 2026)],
         date(2027, 2, 11), "民主评议党员", [HELD]),
        ("其他会议仍按日期", [HeldActivity(K.TALK, date(2027, 1, 10))], date(2027, 3, 1), "谈心谈话", [MISSING]),
        ("党课默认每季度1次", [HeldActivity(K.LECTURE, date(2026, 5, 1))], date(2026, 7, 1), "党课",
         [MISSING, HELD, DUE, NOT_DUE]),
    ],
)  # fmt: skip
def test_rule_meeting_frequencies(
    rule: str, held: list[HeldActivity], today: date, label: str, expected: list[str]
) -> None:
    assert statuses(held, today, label) == expected, rule


def test_rule_lecture_frequency_is_a_setting() -> None:
    held = [HeldActivity(K.LECTURE, date(2026, 5, 1))]
    cells = statuses(held, date(2027, 1, 1), "党课", lecture_period=Period.HALF_YEAR)
    assert cells == [HELD, MISSING]


def test_committee_row_only_where_a_committee_exists() -> None:
    with_committee = year_schedule(2026, [], date(2026, 6, 1), groups=GROUPS, has_committee=True)
    without = year_schedule(2026, [], date(2026, 6, 1), groups=GROUPS, has_committee=False)
    assert "支部委员会会议" in [r.label for r in with_committee]
    assert "支部委员会会议" not in [r.label for r in without]
    assert [r.label for r in without if r.requirement.kind is K.GROUP] == [
        "党小组会（第一党小组）", "党小组会（第二党小组）"]  # fmt: skip


def test_every_row_cites_its_kinds_article() -> None:
    rows = year_schedule(2026, [], date(2026, 6, 1), groups=GROUPS, has_committee=True)
    articles = {r.label: r.requirement.citation.split("：")[0] for r in rows}
    regulations = "《中国共产党支部工作条例（试行）》"
    assert articles == {
        "支部党员大会": f"{regulations}第十一条",
        "支部委员会会议": f"{regulations}第十二条",
        "党小组会（第一党小组）": f"{regulations}第十三条",
        "党小组会（第二党小组）": f"{regulations}第十三条",
        "党课": f"{regulations}第十六条",
        "主题党日": f"{regulations}第十六条",
        "组织生活会": f"{regulations}第十七条",
        "民主评议党员": f"{regulations}第十八条",
        "谈心谈话": f"{regulations}第十九条",
    }


def test_missing_counts_only_past_periods() -> None:
    rows = year_schedule(2026, [], date(2026, 5, 15), groups=[], has_committee=False)
    theme_day = next(r for r in rows if r.label == "主题党日")
    assert theme_day.missing == 4  # January to April; May is still open
