"""换届: the branch's terms (届次) and the election that ends each — 请示 and 批复, a postponement
or advance approved, the candidates and their 资格联审, the ballot and each round's votes, and
the new committee taking office (DOMAIN.md §1, §10); its page, and the 选票 and 计票单 it prints."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.ledgers.base import (
    SPECIAL_LEDGERS,
    BinderSection,
    Export,
    ExportScope,
    Ledger,
    ReportSection,
    SidebarPage,
    Span,
    lazy,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.core.rulebook import Rule


def _rules() -> Sequence[Rule]:
    from dangwu_desktop.ledgers.elections.rules import RULES

    return RULES


def _ballot(session: Session, scope: ExportScope) -> Any:
    """The next ballot of the election (or the last one's first, for the file); before there
    is a candidate list, a blank form to fill in by hand (`export all` writes it too)."""
    from dangwu_desktop.core.services.branch import branch_name
    from dangwu_desktop.ledgers.elections.book import ballot_sheet, blank_sheet

    sheet = ballot_sheet(session)
    if sheet is None or not sheet.names:
        return blank_sheet(branch_name(session))
    return sheet


def _ballot_done(sheet: Any, what: str) -> str:
    if not sheet.names:
        return f"还没有候选人名单，已生成空白{what}（手工填写候选人）："
    return f"已生成{what}（应选{sheet.seats}名，候选人{len(sheet.names)}名）："


def _write_ballot(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.elections_docx import export_ballot

    return export_ballot(target, gathered, branch, scope.today)


def _write_tally(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.elections_docx import export_tally

    return export_tally(target, gathered, branch, scope.today)


BALLOT = Export(
    key="election-ballot",
    title="换届选举选票",
    suffix=".docx",
    span=Span.TODAY,
    file_name=lambda branch, scope: f"{branch}换届选举选票.docx",
    gather=_ballot,
    write=_write_ballot,
    done=lambda sheet, scope: _ballot_done(sheet, "选票"),
)
TALLY = Export(
    key="election-tally",
    title="换届选举计票单",
    suffix=".docx",
    span=Span.TODAY,
    file_name=lambda branch, scope: f"{branch}换届选举计票单.docx",
    gather=_ballot,
    write=_write_tally,
    done=lambda sheet, scope: _ballot_done(sheet, "计票单"),
)

LEDGER = Ledger(
    "elections",
    "换届",
    exports=(BALLOT, TALLY),
    pages=(SidebarPage("elections", "换届", 39, f"{__name__}.page", group=SPECIAL_LEDGERS),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(
        ReportSection.named(
            "elections", "换届选举情况", 48, f"{__name__}.report", annual_only=True
        ),
    ),
    rules=_rules,
    demo=lazy(f"{__name__}.demo:build_demo_election"),
    binder=(
        BinderSection(
            "换届选举",
            75,
            lazy(f"{__name__}.binder:election_items"),
            checks=lazy(f"{__name__}.binder:election_checks"),
        ),
    ),
)
