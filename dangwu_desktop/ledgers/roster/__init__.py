"""花名册: the members 在册 on the day, as the township's roster workbook."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from dangwu_desktop.ledgers.base import Export, ExportScope, Ledger, Sheet, Span

if TYPE_CHECKING:
    from dangwu_desktop.core.roster import RosterRow


def shareable(session: Session, rows: Sequence[RosterRow]) -> list[RosterRow]:
    """The rows as the roster export writes them: ID numbers and phones masked where 设置 asks."""
    from dangwu_desktop.core.roster import masked
    from dangwu_desktop.core.services.settings import masking_exports

    return masked(rows) if masking_exports(session) else list(rows)


def _gather(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.core.services.members import active_roster

    return shareable(session, active_roster(session, scope.today))


def _write(target: Path, rows: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.roster_export import export_roster

    return export_roster(target, rows, branch, scope.today)


ROSTER = Export(
    key="roster",
    title="花名册",
    suffix=".xlsx",
    span=Span.TODAY,
    file_name=lambda branch, scope: f"{branch}党员花名册{scope.today:%Y%m%d}.xlsx",
    gather=_gather,
    write=_write,
    done=lambda rows, _scope: f"已导出{len(rows)}人的花名册和统计表：",
)


def _add_roster(book: Any, rows: Any, branch: str, scope: ExportScope, _title: str) -> None:
    from dangwu_desktop.io.roster_export import add_roster_sheet

    add_roster_sheet(book, rows, branch, scope.today)


def _add_statistics(book: Any, rows: Any, branch: str, scope: ExportScope, _title: str) -> None:
    from dangwu_desktop.io.roster_export import add_statistics_sheet

    add_statistics_sheet(book, rows, branch, scope.today)


LEDGER = Ledger(
    "roster",
    "花名册",
    (ROSTER,),
    (Sheet("花名册", 10, _gather, _add_roster), Sheet("统计", 90, _gather, _add_statistics)),
)
