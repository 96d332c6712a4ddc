"""What a period's work report (季度/年度工作报告) says, part by part: each ledger's report
section asks for its part here (ledgers/*/report.py), and the sections only the secretary can
write are kept per period (DOMAIN.md §7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import ActivityKind, Grade, MovementKind
from dangwu_desktop.core.models import Member, MemberMovement, ReportNote
from dangwu_desktop.core.periods import YearPeriod, period_dates
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.schedule import CellStatus
from dangwu_desktop.core.services import require_clean_text
from dangwu_desktop.core.services.activities import (
    held_activities,
    record_sheets,
    schedule_for_year,
)
from dangwu_desktop.core.services.appraisals import FOLLOW_UP, year_grades
from dangwu_desktop.core.services.training import member_hours, training_sessions
from dangwu_desktop.core.text_rules import TextKind

ReportPeriod = YearPeriod  # a quarter's report, or the year's when the quarter is None


@dataclass(frozen=True, slots=True)
class MeetingLine:
    kind: str
    required: int  # periods of the rule that ended or run in the report period
    held: int  # of those, how many have a record
    records: int  # records of the kind in the period
    dates: tuple[date, ...]
    status: str  # as the report prints it: 按规定开展, 进行中 or 少N次

    @property
    def missed(self) -> int:
        """Periods due in the report period that have no record."""
        return self.required - self.held


@dataclass(frozen=True, slots=True)
class MeetingsPart:
    lines: list[MeetingLine]
    theme_days: list[tuple[date, str]]


def meetings_part(session: Session, period: ReportPeriod, today: date) -> MeetingsPart:
    """Each kind of organisational life the rules ask for in the period, against the records."""
    first, last = period.bounds
    sheets = record_sheets(session, first, last)
    lines = []
    for row in schedule_for_year(session, period.year, today):
        cells = [
            c
            for c in row.cells
            if _in_period(period.year, c.first_month, c.last_month, first, last)
        ]
        if not cells:
            continue  # a yearly item is reported in the quarter where its year ends
        due = [c for c in cells if c.status in (CellStatus.HELD, CellStatus.MISSING)]
        held = sum(c.status is CellStatus.HELD for c in due)
        dates = tuple(
            s.date
            for s in sheets
            if s.heading == row.label or (s.kind.value == row.label and not s.group_name)
        )
        status = (
            "按规定开展"
            if held == len(due) and due
            else ("进行中" if not due else f"少{len(due) - held}次")
        )
        lines.append(MeetingLine(row.label, len(due), held, len(dates), dates, status))
    theme_days = [(s.date, s.subject) for s in sheets if s.kind is ActivityKind.THEME_DAY]
    return MeetingsPart(lines, theme_days)


def _in_period(year: int, first_month: int, last_month: int, first: date, last: date) -> bool:
    """A rule's period belongs to the report when it starts or ends inside the report's dates."""
    start, end = period_dates(year, first_month, last_month)
    return first <= start <= last or first <= end <= last


@dataclass(frozen=True, slots=True)
class TrainingPart:
    sessions: int  # in the period
    hours: float  # of those sessions
    average_hours: float  # each member's hours this year to the period's end, on average
    members_short: list[str]


def training_part(session: Session, period: ReportPeriod, today: date) -> TrainingPart:
    first, last = period.bounds
    sessions = [s for s in training_sessions(session, period.year) if first <= s.date <= last]
    hours = member_hours(session, period.year, min(today, last))
    return TrainingPart(
        sessions=len(sessions),
        hours=sum(s.study_hours or 0 for s in sessions),
        average_hours=round(sum(h.total for h in hours) / len(hours), 1) if hours else 0.0,
        members_short=[h.name for h in hours if h.behind],
    )


@dataclass(frozen=True, slots=True)
class AppraisalPart:
    year: int
    counts: dict[Grade, int]
    follow_up: list[str]  # 姓名（等次） of those graded 基本合格 or 不合格
    held: tuple[date, ...] = ()  # the 民主评议 records of the year (所属年度), maybe next January

    @property
    def graded(self) -> int:
        return sum(self.counts.values())


def appraisal_part(session: Session, year: int) -> AppraisalPart:
    """The year's grades, and the 民主评议 records that belong to the year, so that the report
    says the same as its 组织生活 table (held or not) about the year's appraisal."""
    grades = year_grades(session, year)
    held = held_activities(session, year)
    return AppraisalPart(
        year,
        {grade: sum(g.grade is grade for g in grades) for grade in Grade},
        [f"{g.name}（{g.grade.value}）" for g in grades if g.grade in FOLLOW_UP],
        tuple(sorted(h.date for h in held if h.kind is ActivityKind.APPRAISAL)),
    )


@dataclass(frozen=True, slots=True)
class ChangeLine:
    date: date
    kind: str
    name: str
    detail: str


def roster_changes(session: Session, first: date, last: date) -> list[ChangeLine]:
    """入党 and every movement in the period, oldest first."""
    changes = [
        ChangeLine(m.join_date, "入党", m.name, "")
        for m in session.scalars(select(Member).where(Member.join_date.between(first, last)))
        if m.join_date is not None
    ]
    movements = session.scalars(
        select(MemberMovement)
        .where(
            MemberMovement.date.between(first, last),
            MemberMovement.kind != MovementKind.UPDATED_BY_IMPORT,
        )
        .options(selectinload(MemberMovement.member))
    )
    for movement in movements:
        detail = "；".join(filter(None, (movement.other_org, movement.place, movement.reason)))
        changes.append(ChangeLine(movement.date, movement.kind.value, movement.member.name, detail))
    return sorted(changes, key=lambda change: change.date)


@dataclass(frozen=True, slots=True)
class Notes:
    achievements: str = ""
    problems: str = ""
    plans: str = ""


def load_notes(session: Session, period: ReportPeriod) -> Notes:
    stored = session.get(ReportNote, period.key)
    return Notes(stored.achievements, stored.problems, stored.plans) if stored else Notes()


def save_notes(session: Session, period: ReportPeriod, notes: Notes) -> None:
    require_clean_text(
        TextField(name, getattr(notes, name), TextKind.TEXT, label)
        for name, label in (
            ("achievements", "主要成绩"),
            ("problems", "存在问题"),
            ("plans", "下步打算"),
        )
    )
    existing = session.get(ReportNote, period.key)
    before = audit.snapshot(existing) if existing else None
    stored = existing or ReportNote(period=period.key)
    stored.achievements, stored.problems, stored.plans = (
        notes.achievements,
        notes.problems,
        notes.plans,
    )
    stored.updated_at = datetime.now()
    session.add(stored)
    session.flush()
    audit.record_row(session, stored, before)
