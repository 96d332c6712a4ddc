"""How often each kind of organisational life is required, and whether a year's records keep up.

The one implementation of the frequency rules (DOMAIN.md §3): the 组织生活 matrix, the 首页
reminders and the reports all ask this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.periods import Period, period_months
from dangwu_desktop.core.periods import period_dates as period_dates  # still asked for here
from dangwu_desktop.core.rulebook import YEAR_END_KINDS, YEAR_END_MONTHS, Rule, frequency


@dataclass(frozen=True, slots=True)
class Requirement:
    kind: ActivityKind
    period: Period
    rule: Rule  # the rule book's frequency rule for the kind
    per_group: bool = False
    needs_committee: bool = False

    @property
    def citation(self) -> str:
        return self.rule.citation


def requirements(lecture_period: Period = Period.QUARTER) -> tuple[Requirement, ...]:
    """The required kinds; the 党课 frequency is a local setting (the 条例 says only “按期”)."""
    kinds = ActivityKind
    table = (
        (kinds.BRANCH_GENERAL, Period.QUARTER, False, False),
        (kinds.COMMITTEE, Period.MONTH, False, True),
        (kinds.GROUP, Period.MONTH, True, False),
        (kinds.LECTURE, lecture_period, False, False),
        (kinds.THEME_DAY, Period.MONTH, False, False),
        (kinds.LIFE_MEETING, Period.YEAR, False, False),
        (kinds.APPRAISAL, Period.YEAR, False, False),
        (kinds.TALK, Period.YEAR, False, False),
    )  # kind, period, per 党小组, only with a 支部委员会
    return tuple(
        Requirement(kind, period, frequency(kind, lecture_period), per_group, committee)
        for kind, period, per_group, committee in table
    )


class CellStatus(StrEnum):
    HELD = "已开展"
    MISSING = "未开展"
    DUE = "本期待开展"
    NOT_DUE = "未到期"


@dataclass(frozen=True, slots=True)
class HeldActivity:
    kind: ActivityKind
    date: date
    group_id: int | None = None
    belongs_to_year: int | None = None  # 所属年度; None: the date's

    @property
    def year(self) -> int:
        return self.date.year if self.belongs_to_year is None else self.belongs_to_year


@dataclass(frozen=True, slots=True)
class PeriodCell:
    first_month: int
    last_month: int
    status: CellStatus
    dates: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    requirement: Requirement
    label: str
    group_id: int | None
    cells: tuple[PeriodCell, ...]

    @property
    def missing(self) -> int:
        return sum(cell.status is CellStatus.MISSING for cell in self.cells)


def cell_status(held: Sequence[date], start: date, end: date, today: date) -> CellStatus:
    if held:
        return CellStatus.HELD
    if end < today:
        return CellStatus.MISSING
    if start <= today:
        return CellStatus.DUE
    return CellStatus.NOT_DUE


def year_schedule(
    year: int,
    held: Iterable[HeldActivity],
    today: date,
    *,
    groups: Sequence[tuple[int, str]],
    has_committee: bool,
    lecture_period: Period = Period.QUARTER,
) -> list[ScheduleRow]:
    """One row per required kind (per group for 党小组会), one cell per period of `year`.

    A record counts in its 所属年度: a 组织生活会 held in January for the year before fills
    that year's cell, whatever its date (rule meeting.belongs_to_year)."""
    records = [h for h in held if h.year == year]
    rows: list[ScheduleRow] = []
    for requirement in requirements(lecture_period):
        if requirement.needs_committee and not has_committee:
            continue
        targets: list[tuple[str, int | None]] = (
            [(f"{requirement.kind.value}（{name}）", gid) for gid, name in groups]
            if requirement.per_group
            else [(requirement.kind.value, None)]
        )
        for label, group_id in targets:
            of_kind = [
                h.date
                for h in records
                if h.kind is requirement.kind and (group_id is None or h.group_id == group_id)
            ]
            cells = []
            for first, last in period_months(requirement.period):
                start, end = period_dates(year, first, last)
                whole_year = requirement.period is Period.YEAR
                dates = tuple(sorted(d for d in of_kind if whole_year or start <= d <= end))
                if whole_year and requirement.kind in YEAR_END_KINDS:
                    end = year_end_deadline(year)  # still due, not missed, until then
                cells.append(PeriodCell(first, last, cell_status(dates, start, end, today), dates))
            rows.append(ScheduleRow(requirement, label, group_id, tuple(cells)))
    return rows


def year_end_deadline(year: int) -> date:
    """The last day a year's 组织生活会 or 民主评议 is usually held: the end of February after."""
    _first, last = period_dates(year + 1, YEAR_END_MONTHS[0], YEAR_END_MONTHS[-1])
    return last
