"""Roster statistics as townships ask for them (DOMAIN.md §7): counts by sex, ethnicity, age,
length of membership, education, occupation, category and 流动, over the members 在册."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from dangwu_desktop.core.dates import age_on
from dangwu_desktop.core.glossary import EDUCATION_LEVELS, MemberCategory, MembershipStatus
from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.rulebook import STANDING

NOT_GIVEN = "未填写"
# The bands townships' 党内统计 tables use.
AGE_BANDS = ((35, "35岁及以下"), (45, "36至45岁"), (55, "46至55岁"), (60, "56至60岁"),
             (999, "61岁及以上"))  # fmt: skip
STANDING_BANDS = ((4, "不满5年"), (9, "5至9年"), (19, "10至19年"), (29, "20至29年"),
                  (39, "30至39年"), (49, "40至49年"), (999, "50年及以上"))  # fmt: skip
STANDING_CITATION = STANDING.citation
NO_STANDING = "预备党员（未计党龄）"


@dataclass(frozen=True, slots=True)
class StatTable:
    title: str
    counts: tuple[tuple[str, int], ...]
    total: int
    note: str = ""

    def share(self, count: int) -> float:
        return count / self.total if self.total else 0.0


def roster_statistics(rows: Sequence[RosterRow], today: date) -> list[StatTable]:
    """The tables, over the rows that are 在册 among `rows`."""
    active = [row for row in rows if row.status is MembershipStatus.ACTIVE]
    total = len(active)

    def table(
        title: str, key: Callable[[RosterRow], str], order: Iterable[str] = (), note: str = ""
    ) -> StatTable:
        counted = Counter(key(row) for row in active)
        labels = [label for label in order if label in counted]
        labels += sorted((label for label in counted if label not in labels and label != NOT_GIVEN),
                         key=lambda label: -counted[label])  # fmt: skip
        if NOT_GIVEN in counted:
            labels.append(NOT_GIVEN)
        return StatTable(title, tuple((label, counted[label]) for label in labels), total, note)

    return [
        table("人员类别", lambda r: r.category.value, [c.value for c in MemberCategory]),
        table("性别", lambda r: r.sex or NOT_GIVEN, ["男", "女"]),
        table("民族", lambda r: r.ethnicity or NOT_GIVEN, ["汉族"]),
        table("年龄", lambda r: _age_band(r, today), [label for _, label in AGE_BANDS]),
        table(
            "党龄",
            lambda r: _standing_band(r, today),
            [label for _, label in STANDING_BANDS] + [NO_STANDING],
            STANDING_CITATION,
        ),
        table("学历", lambda r: r.education or NOT_GIVEN, EDUCATION_LEVELS),
        table("职业（工作岗位）", lambda r: r.occupation or NOT_GIVEN),
        table(
            "流动党员",
            lambda r: "流动党员" if r.is_mobile else "非流动党员",
            ["流动党员", "非流动党员"],
        ),
    ]


def _band(value: int, bands: tuple[tuple[int, str], ...]) -> str:
    return next(label for upper, label in bands if value <= upper)


def age(row: RosterRow, today: date) -> int | None:
    return age_on(row.birth_date, today) if row.birth_date else None


def standing(row: RosterRow, today: date) -> int | None:
    """党龄 in whole years, from the day the member became a full member; None for a 预备党员
    (whose 党龄 has not begun) or a missing 转正时间."""
    if row.category is MemberCategory.PROBATIONARY or row.full_member_date is None:
        return None
    return age_on(row.full_member_date, today)


def _age_band(row: RosterRow, today: date) -> str:
    years = age(row, today)
    return _band(years, AGE_BANDS) if years is not None else NOT_GIVEN


def _standing_band(row: RosterRow, today: date) -> str:
    if row.category is MemberCategory.PROBATIONARY:
        return NO_STANDING
    years = standing(row, today)
    return _band(years, STANDING_BANDS) if years is not None else NOT_GIVEN
