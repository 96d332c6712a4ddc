"""The period's workbook for the township: 花名册, 三会一课台账, 培训台账, 学时统计 and 统计,
one sheet each, print-ready (the same sheet builders as the separate exports)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import ORGANISATIONAL_LIFE, MembershipStatus
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.roster import RosterRow, load_roster, masked
from dangwu_desktop.core.services.activities import RecordSheet, record_sheets
from dangwu_desktop.core.services.reports import ReportPeriod
from dangwu_desktop.core.services.settings import masking_exports
from dangwu_desktop.core.services.training import Credit, MemberHours, credits_in_year, member_hours
from dangwu_desktop.io import meeting_ledgers_xlsx, training_xlsx
from dangwu_desktop.io.roster_export import add_roster_sheet, add_statistics_sheet
from dangwu_desktop.io.xlsx_layout import Book, save_book

SHEETS = ("花名册", "三会一课台账", "培训台账", "学时统计", "统计")


@dataclass(frozen=True, slots=True)
class PeriodRecords:
    title: str  # 2026年第四季度
    year: int
    roster: Sequence[RosterRow]
    meetings: Sequence[RecordSheet]
    training: Sequence[RecordSheet]
    hours: Sequence[MemberHours]
    credits: Sequence[Credit]


def add_period_sheets(book: Book, records: PeriodRecords, branch_name: str, today: date) -> None:
    add_roster_sheet(book, records.roster, branch_name, today)
    # The ledgers hold the period's records and say so; 学时 are counted over the whole year.
    meeting_ledgers_xlsx.add_ledger_sheet(
        book, records.meetings, branch_name, records.title, today, SHEETS[1]
    )
    training_xlsx.add_ledger_sheet(
        book, records.training, branch_name, records.title, today, SHEETS[2]
    )
    training_xlsx.add_hours_sheets(
        book,
        records.hours,
        records.credits,
        branch_name,
        records.year,
        today,
        SHEETS[3],
        credits_sheet_when_none=False,
    )
    add_statistics_sheet(book, records.roster, branch_name, today)


def export_period_workbook(
    target: Path, records: PeriodRecords, branch_name: str, today: date
) -> Path:
    return save_book(target, lambda book: add_period_sheets(book, records, branch_name, today))


def gather(session: Session, period: ReportPeriod, today: date) -> PeriodRecords:
    """What the period's workbook holds, read from the records."""
    first, last = period.bounds
    sheets = record_sheets(session, first, last)
    return PeriodRecords(
        title=period.title,
        year=period.year,
        roster=_roster(session, today),
        meetings=[s for s in sheets if s.kind in ORGANISATIONAL_LIFE],
        training=[s for s in sheets if s.study_hours is not None],
        hours=member_hours(session, period.year, min(today, last)),
        credits=[c for c in credits_in_year(session, period.year) if first <= c.date <= last],
    )


def _roster(session: Session, today: date) -> list[RosterRow]:
    rows = load_roster(session, today, None, Member.status == MembershipStatus.ACTIVE)
    return masked(rows) if masking_exports(session) else rows
