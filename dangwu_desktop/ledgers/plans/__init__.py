"""季度计划: the meetings planned for a quarter, as the township's 计划报备表."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.ledgers.base import BinderSection, Export, ExportScope, Ledger, Span, lazy

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _quarter(scope: ExportScope) -> int:
    assert scope.quarter is not None, "计划报备表要指定季度"
    return scope.quarter


def _title(scope: ExportScope) -> str:
    return YearPeriod(scope.year, _quarter(scope)).title


def _gather(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.core.services import branch as branch_service
    from dangwu_desktop.core.services.plans import load_plan

    groups = {group.id: group.name for group in branch_service.list_groups(session)}
    return load_plan(session, scope.year, _quarter(scope)), groups


def _write(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.plan_forms import export_plan

    items, groups = gathered
    return export_plan(target, items, groups, branch, scope.year, _quarter(scope), scope.today)


PLAN = Export(
    key="quarter-plan",
    title="三会一课计划报备表",
    suffix=".xlsx",
    span=Span.QUARTER,
    file_name=lambda branch, scope: f"{branch}{_title(scope)}三会一课计划报备表.xlsx",
    gather=_gather,
    write=_write,
    done=lambda gathered, scope: f"已导出{_title(scope)}计划（{len(gathered[0])}项）：",
)
LEDGER = Ledger(
    "plans",
    "季度计划",
    exports=(PLAN,),
    binder=(
        BinderSection(
            "三会一课计划报备",
            35,
            lazy(f"{__name__}.binder:plan_items"),
            ("quarter-plan",),
            lazy(f"{__name__}.binder:plan_checks"),
        ),
    ),
)
