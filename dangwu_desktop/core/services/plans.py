"""季度计划: the meetings planned for a quarter, suggested from the frequency rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.activity_templates import template_topics
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.models import Activity, PartyGroup, PlannedActivity
from dangwu_desktop.core.periods import period_dates, period_months, quarter_bounds, quarter_name
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.schedule import requirements
from dangwu_desktop.core.services import refused, text_problems
from dangwu_desktop.core.services.activities import has_committee
from dangwu_desktop.core.services.branch import group_leaders, load_branch_info
from dangwu_desktop.core.services.settings import LECTURE_PERIOD, Period, get_setting
from dangwu_desktop.core.text_rules import TextKind

SATURDAY = 5  # date.weekday()
# The day of the month each kind is usually held on, for the suggested plan.
USUAL_DAY = {
    ActivityKind.COMMITTEE: 5,
    ActivityKind.THEME_DAY: 10,
    ActivityKind.GROUP: 15,
    ActivityKind.BRANCH_GENERAL: 20,
    ActivityKind.LECTURE: 22,
    ActivityKind.LIFE_MEETING: 18,
    ActivityKind.APPRAISAL: 19,
    ActivityKind.TALK: 12,
}


@dataclass(slots=True)
class PlanItem:
    kind: ActivityKind
    planned_date: date
    topic: str = ""
    place: str = ""
    host: str = ""
    group_id: int | None = None


def load_plan(session: Session, year: int, quarter: int) -> list[PlanItem]:
    query = (
        select(PlannedActivity)
        .where(PlannedActivity.year == year, PlannedActivity.quarter == quarter)
        .order_by(PlannedActivity.planned_date, PlannedActivity.id)
    )
    return [
        PlanItem(p.kind, p.planned_date, p.topic, p.place, p.host, p.group_id)
        for p in session.scalars(query)
    ]


def check_plan(year: int, quarter: int, items: Sequence[PlanItem]) -> list[str]:
    first, last = quarter_bounds(year, quarter)
    problems = text_problems(
        TextField(attribute, getattr(item, attribute), TextKind.LINE, label, f"第{index}项的")
        for index, item in enumerate(items, start=1)
        for attribute, label in (("topic", "计划内容"), ("place", "地点"), ("host", "主持人"))
    )
    problems += [
        f"第{index}项的日期{item.planned_date:%Y-%m-%d}不在{year}年{quarter_name(quarter)}内"
        for index, item in enumerate(items, start=1)
        if not first <= item.planned_date <= last
    ]
    problems += [
        f"第{index}项是党小组会，请选择党小组"
        for index, item in enumerate(items, start=1)
        if item.kind is ActivityKind.GROUP and item.group_id is None
    ]
    return problems


def save_plan(session: Session, year: int, quarter: int, items: Sequence[PlanItem]) -> None:
    """Replace a quarter's plan with `items`, or refuse them all."""
    problems = check_plan(year, quarter, items)
    if problems:
        raise refused(problems)
    before = load_plan(session, year, quarter)
    session.execute(
        delete(PlannedActivity).where(
            PlannedActivity.year == year, PlannedActivity.quarter == quarter
        )
    )
    session.add_all(
        PlannedActivity(
            year=year,
            quarter=quarter,
            kind=item.kind,
            planned_date=item.planned_date,
            topic=item.topic.strip(),
            place=item.place.strip(),
            host=item.host.strip(),
            group_id=item.group_id,
        )
        for item in items
    )
    session.flush()
    lines = audit.set_changes(
        "计划", map(_described(session), before), map(_described(session), items)
    )
    if lines:
        action = "修改" if before else "新增"
        audit.record(session, "季度计划", action, f"{year}年{quarter_name(quarter)}", lines)


def _described(session: Session) -> Callable[[PlanItem], str]:
    """A plan item in one line of the 操作日志 (items have no identity: the plan is replaced)."""
    groups: dict[int, str] = {
        group_id: name for group_id, name in session.execute(select(PartyGroup.id, PartyGroup.name))
    }

    def line(item: PlanItem) -> str:
        parts = [
            f"{item.planned_date:%Y-%m-%d}",
            item.kind.value,
            groups.get(item.group_id or 0, ""),
        ]
        parts += [item.topic.strip(), item.place.strip(), item.host.strip()]
        return audit.short(" ".join(part for part in parts if part))

    return line


def usual_place(session: Session) -> str:
    """Where the branch usually meets: the 地点 its records give most often."""
    query = (
        select(Activity.place, func.count())
        .where(Activity.place != "", Activity.deleted_at.is_(None))
        .group_by(Activity.place)
        .order_by(func.count().desc(), Activity.place)
    )
    row = session.execute(query).first()
    return row[0] if row else ""


def theme_day(session: Session) -> int:
    """The branch's fixed 主题党日 (每月相对固定1天): the day of the month its 主题党日 records
    fall on most often, the 10th without any."""
    days = Counter(
        day.day
        for day in session.scalars(
            select(Activity.date).where(
                Activity.kind == ActivityKind.THEME_DAY, Activity.deleted_at.is_(None)
            )
        )
    )
    return days.most_common(1)[0][0] if days else USUAL_DAY[ActivityKind.THEME_DAY]


def working_day(day: date, first: date, last: date) -> date:
    """The day, or the next working day (Monday) after a weekend; the Friday before where the
    Monday falls outside the quarter."""
    if day.weekday() < SATURDAY:
        return day
    after = day + timedelta(days=7 - day.weekday())
    return after if after <= last else day - timedelta(days=day.weekday() - 4)


def suggest_plan(session: Session, year: int, quarter: int) -> list[PlanItem]:
    """What the frequency rules require in the quarter, each on its usual day (a working day,
    the 主题党日 on the branch's fixed day), with the kind's 议题, the branch's usual place and
    who leads it (a 党小组会 its group's 组长, the rest the secretary). Yearly items are
    suggested in the fourth quarter."""
    first, last = quarter_bounds(year, quarter)
    groups = [
        (g.id, g.name) for g in session.scalars(select(PartyGroup).order_by(PartyGroup.sort_order))
    ]
    committee = has_committee(session)
    info = load_branch_info(session)
    secretary = info.secretary if info else ""
    leaders = group_leaders(session)
    place = usual_place(session)
    usual_day = {**USUAL_DAY, ActivityKind.THEME_DAY: theme_day(session)}
    items: list[PlanItem] = []
    for requirement in requirements(Period(get_setting(session, LECTURE_PERIOD))):
        if requirement.needs_committee and not committee:
            continue
        topic = "；".join(template_topics(session, requirement.kind))
        for first_month, last_month in period_months(requirement.period):
            start, end = period_dates(year, first_month, last_month)
            if end < first or start > last:
                continue
            if requirement.period is not Period.MONTH and not first <= end <= last:
                continue  # planned in the quarter where its period ends (a yearly item in Q4)
            month = (
                max(start.month, first.month)
                if requirement.period is Period.MONTH
                else min(end.month, last.month)
            )
            day = date(year, month, usual_day[requirement.kind])
            targets = (
                [(gid, index) for index, (gid, _name) in enumerate(groups)]
                if requirement.per_group
                else [(None, 0)]
            )
            for group_id, offset in targets:
                planned = day.replace(day=day.day + offset)
                if requirement.kind is not ActivityKind.THEME_DAY:  # its fixed day stands
                    planned = working_day(planned, first, last)
                host = leaders.get(group_id, "") if group_id is not None else ""
                items.append(
                    PlanItem(requirement.kind, planned, topic, place, host or secretary, group_id)
                )
    return sorted(items, key=lambda item: (item.planned_date, item.kind.value))
