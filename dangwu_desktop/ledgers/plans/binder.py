"""季度计划's section of the year's archive: each quarter's 计划报备表 as filed, and the quarters
begun without a plan."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.plans import load_plan
from dangwu_desktop.io.plan_forms import PLAN_HEADER, PLAN_WIDTHS
from dangwu_desktop.io.record_html import table_html
from dangwu_desktop.ledgers.base import BinderCheck, BinderItem, ExportScope

QUARTERS = (1, 2, 3, 4)


def _begun(scope: ExportScope) -> list[int]:
    """The quarters of the year that have begun by the archive's day."""
    return [q for q in QUARTERS if YearPeriod(scope.year, q).bounds[0] <= scope.as_of]


def plan_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_service.branch_name(session)
    groups = {g.id: g.name for g in branch_service.list_groups(session)}
    items = []
    for quarter in _begun(scope):
        plan = load_plan(session, scope.year, quarter)
        if not plan:
            continue
        title = f"{YearPeriod(scope.year, quarter).title}“三会一课”计划报备表"
        rows = [
            (n, f"{p.kind.value}（{groups[p.group_id]}）" if p.group_id in groups else p.kind.value,
             f"{p.planned_date:%Y-%m-%d}", p.topic, p.place, p.host, "")
            for n, p in enumerate(plan, start=1)
        ]  # fmt: skip
        widths = tuple(round(w * 100 / sum(PLAN_WIDTHS)) for w in PLAN_WIDTHS)
        html = table_html(f"{name}{title}", f"填报单位（盖章）：{name}", PLAN_HEADER, rows,
                          widths=widths, font_pt=10.5)  # fmt: skip
        items.append(BinderItem(title, html, landscape=True))
    return items


def plan_checks(session: Session, scope: ExportScope) -> list[BinderCheck]:
    begun = _begun(scope)
    missing = tuple(
        ("未制定计划", f"{YearPeriod(scope.year, q).title}“三会一课”计划")
        for q in begun
        if not load_plan(session, scope.year, q)
    )
    return [
        BinderCheck(
            "季度计划报备",
            f"每季度制定计划并报备（地方规定），至今{len(begun)}个季度",
            f"已制定{len(begun) - len(missing)}个季度",
            missing,
        )
    ]
