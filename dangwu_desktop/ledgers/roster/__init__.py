"""花名册: the members 在册 on the day, as the township's roster workbook."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.ledgers.base import (
    BinderSection,
    Export,
    ExportScope,
    Ledger,
    ReportSection,
    Sheet,
    SidebarPage,
    Span,
    lazy,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.core.roster import RosterRow
    from dangwu_desktop.core.services.members import Outflow
    from dangwu_desktop.core.services.settings import SettingSpec


@dataclass(frozen=True, slots=True)
class RosterData:
    """What the roster export writes: the rows, and each 流动党员's latest 流出 (流出时间, 接收组织)."""

    rows: Sequence[RosterRow]
    outflows: Mapping[int, Outflow]


def shareable(session: Session, rows: Sequence[RosterRow]) -> RosterData:
    """The rows as the roster export writes them: ID numbers and phones masked where 设置 asks."""
    from dangwu_desktop.core.roster import masked
    from dangwu_desktop.core.services.members import outflows
    from dangwu_desktop.core.services.settings import masking_exports

    shown = masked(rows) if masking_exports(session) else list(rows)
    return RosterData(shown, outflows(session, [r.member_id for r in shown if r.is_mobile]))


def _gather(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.core.services.members import active_roster

    return shareable(session, active_roster(session, scope.today))


def _write(target: Path, data: RosterData, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.roster_export import export_roster

    return export_roster(target, data.rows, branch, scope.today, data.outflows)


ROSTER = Export(
    key="roster",
    title="花名册",
    suffix=".xlsx",
    span=Span.TODAY,
    file_name=lambda branch, scope: f"{branch}党员花名册{scope.today:%Y%m%d}.xlsx",
    gather=_gather,
    write=_write,
    done=lambda data, _scope: f"已导出{len(data.rows)}人的花名册和统计表：",
)


def _add_roster(book: Any, data: RosterData, branch: str, scope: ExportScope, _t: str) -> None:
    from dangwu_desktop.io.roster_export import add_roster_sheet

    add_roster_sheet(book, data.rows, branch, scope.today, data.outflows)


def _add_statistics(
    book: Any, data: RosterData, branch: str, scope: ExportScope, _title: str
) -> None:
    from dangwu_desktop.io.roster_export import add_statistics_sheet

    add_statistics_sheet(book, data.rows, branch, scope.today)


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.core.services.settings import MASK_EXPORTS

    return (MASK_EXPORTS,)


LEDGER = Ledger(
    "roster",
    "花名册",
    exports=(ROSTER,),
    sheets=(Sheet("花名册", 10, _gather, _add_roster), Sheet("统计", 90, _gather, _add_statistics)),
    pages=(
        SidebarPage(
            "roster",
            "花名册",
            10,
            "dangwu_desktop.ui.pages.roster",
            (
                ("导入花名册…", "import_roster"),
                ("导出花名册（全部在册党员）…", "export_all"),
                ("导出当前列表（按当前查找和筛选）…", "export_shown"),
                ("导出年度登记表（新发展、转正、转入、转出）…", "export_registers"),
                ("导出党员日常管理记实表（一人一表）…", "export_member_records"),
            ),
        ),
        SidebarPage("statistics", "统计", 40, "dangwu_desktop.ui.pages.statistics"),
    ),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(
        ReportSection.named("members", "基本情况", 10, f"{__name__}.report"),
        ReportSection.named("changes", "党员队伍变化情况", 40, f"{__name__}.report"),
    ),
    settings=_settings,
    binder=(
        BinderSection("支部基本情况和支部委员会", 10, lazy(f"{__name__}.binder:branch_items")),
        BinderSection(
            "党员花名册及变动情况", 20, lazy(f"{__name__}.binder:roster_items"), ("roster",)
        ),
    ),
)
