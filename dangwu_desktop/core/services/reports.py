"""What a period's work report (季度/年度工作报告) says, part by part: each ledger's report
section asks for its part here (ledgers/*/report.py), and the sections only the secretary can
write are kept per period (DOMAIN.md §7)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.dates import document_date, month_day
from dangwu_desktop.core.glossary import (
    ActivityKind,
    Grade,
    MemberCategory,
    MembershipStatus,
    MovementKind,
)
from dangwu_desktop.core.models import Activity, Member, MemberMovement, ReportNote
from dangwu_desktop.core.periods import Period, YearPeriod, period_dates
from dangwu_desktop.core.roster import probation_extensions
from dangwu_desktop.core.rulebook import YEAR_END_KINDS, confirmation_due_date
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.schedule import CellStatus, PeriodCell, ScheduleRow, year_end_deadline
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
    """One kind of organisational life in a report period: the rule's periods that end in it
    (`required`), how many of those have their record, any held ahead of a period that ends
    later (a yearly item held in the first quarter), the records' dates, and what is left."""

    kind: str
    required: int
    held: int
    dates: tuple[date, ...]  # the records that count, wherever in the rule's period they fall
    missing: int = 0  # periods ended without a record
    still_due: int = 0  # periods not over yet (or not begun) with no record so far
    deadline: date | None = None  # the last day for what is still due
    year: int = 0  # the report's; a deadline in another year is written with its year

    @property
    def records(self) -> int:
        return len(self.dates)

    @property
    def missed(self) -> int:
        """Periods due in the report period that ended without a record."""
        return self.missing

    @property
    def status(self) -> str:
        """As the report prints it: 按规定开展, 少N次, 尚需开展N次（…前）, or both."""
        parts = []
        if self.missing:
            parts.append(f"少{self.missing}次")
        if self.still_due and self.deadline is not None:
            day = self.deadline
            written = month_day(day) if day.year == self.year else document_date(day)
            parts.append(f"尚需开展{self.still_due}次\n（{written}前）")  # two lines in a cell
        if parts:
            return "；\n".join(parts)
        return "按规定开展" if self.required else "已提前开展"


@dataclass(frozen=True, slots=True)
class MeetingsPart:
    lines: list[MeetingLine]
    theme_days: list[tuple[date, str]]


def meetings_part(session: Session, period: ReportPeriod, today: date) -> MeetingsPart:
    """Each kind of organisational life the rules ask for, as the period's report states it:
    what was due in the period, what was held (with dates), and what is still due."""
    first, last = period.bounds
    lines = []
    for row in schedule_for_year(session, period.year, today):
        due, early = [], []
        for cell in row.cells:
            end = _cell_end(period.year, row, cell)
            if first <= end <= last or (period.quarter is None and end > last):
                due.append((cell, end))  # a year-end item's deadline runs into February
            elif end > last and any(first <= d <= last for d in cell.dates):
                early.append(cell)  # held in this period, for a rule period that ends later
        if not due and not early:
            continue
        held = [c for c, _end in due if c.status is CellStatus.HELD]
        missing = [c for c, _end in due if c.status is CellStatus.MISSING]
        open_ = [end for c, end in due if c.status in (CellStatus.DUE, CellStatus.NOT_DUE)]
        dates = tuple(sorted(d for c in (*held, *early) for d in c.dates))
        lines.append(
            MeetingLine(row.label, len(due), len(held) + len(early), dates, len(missing),
                        len(open_), max(open_) if open_ else None, period.year)
        )  # fmt: skip
    sheets = record_sheets(session, first, last)
    theme_days = [(s.date, s.subject) for s in sheets if s.kind is ActivityKind.THEME_DAY]
    return MeetingsPart(lines, theme_days)


def _cell_end(year: int, row: ScheduleRow, cell: PeriodCell) -> date:
    """The last day a rule period's record may be held on."""
    if row.requirement.period is Period.YEAR and row.requirement.kind in YEAR_END_KINDS:
        return year_end_deadline(year)
    return period_dates(year, cell.first_month, cell.last_month)[1]


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


# Decided by the 支部党员大会 (党章第五条、第七条): a change of these kinds names its meeting.
VOTED_CHANGES = frozenset(
    {
        "入党",
        MovementKind.CONFIRMED.value,
        MovementKind.PROBATION_EXTENDED.value,
        MovementKind.PROBATION_CANCELLED.value,
    }
)


@dataclass(frozen=True, slots=True)
class ChangeLine:
    date: date
    kind: str
    name: str
    detail: str
    # For a change the 支部党员大会 voted on: the meeting (2026年3月5日支部党员大会) and the
    # 表决结果 its record gives, or `problem` when no such record is found.
    meeting: str = ""
    vote: str = ""
    problem: str = ""


def roster_changes(session: Session, first: date, last: date) -> list[ChangeLine]:
    """入党 and every movement in the period, oldest first; 入党 and 转正 (延长预备期、取消资格)
    with the 支部党员大会 that voted on them."""
    changes = [
        _voted(session, ChangeLine(m.join_date, "入党", m.name, ""), m.join_date)
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
        line = ChangeLine(movement.date, movement.kind.value, movement.member.name, detail)
        if line.kind in VOTED_CHANGES:
            line = _voted(session, line, movement.decision_date)
        changes.append(line)
    return sorted(changes, key=lambda change: change.date)


def _voted(session: Session, line: ChangeLine, day: date | None) -> ChangeLine:
    """The change with the 支部党员大会 held on `day` (入党: the day it admitted the member;
    转正: the decision_date), and the lines of its decisions that name the member."""
    if day is None:
        return replace(line, problem="未登记表决的支部党员大会日期")
    meeting = session.scalars(
        select(Activity).where(
            Activity.kind == ActivityKind.BRANCH_GENERAL,
            Activity.date == day,
            Activity.deleted_at.is_(None),
        )
    ).first()
    if meeting is None:
        return replace(line, problem=f"未找到{document_date(day)}支部党员大会的会议记录")
    text = "\n".join(filter(None, (meeting.decisions, meeting.minutes)))
    vote = "；".join(
        sentence.strip()
        for sentence in re.split(r"[。\n]", text)
        if line.name in sentence and ("表决" in sentence or "同意" in sentence or "票" in sentence)
    )
    return replace(line, meeting=f"{document_date(day)}支部党员大会", vote=vote)


@dataclass(frozen=True, slots=True)
class ProbationLine:
    """A 预备党员 whose year (extended or not) ends by the period's end: when it ended, and
    whether they are 转正 (the day), still 待转正, or their probation was extended/cancelled."""

    name: str
    due: date
    outcome: str  # 已转正（2026年3月1日） / 待转正 / 已延长预备期 …


def probation_lines(session: Session, first: date, last: date, today: date) -> list[ProbationLine]:
    """The 预备党员 past their year: those whose probation ended within the period's year up to
    its end, and any still 待转正 from before (未按期讨论转正)."""
    extensions = probation_extensions(session)
    end = min(last, today)
    lines: list[ProbationLine] = []
    query = (
        select(Member).where(Member.join_date.is_not(None)).options(selectinload(Member.movements))
    )
    for member in session.scalars(query):
        decided = [
            m
            for m in member.movements
            if m.kind in (MovementKind.CONFIRMED, MovementKind.PROBATION_CANCELLED)
        ]
        probationary = member.category is MemberCategory.PROBATIONARY
        if not probationary and not decided:
            continue  # admitted long ago, or a full member from the roster
        assert member.join_date is not None
        due = confirmation_due_date(member.join_date, extensions.get(member.id, 0))
        if due > end:
            continue
        if probationary and member.status is MembershipStatus.ACTIVE:
            outcome = "待转正"
        elif decided and date(first.year, 1, 1) <= due:
            last_decision = max(decided, key=lambda m: m.date)
            outcome = f"已{last_decision.kind.value}（{document_date(last_decision.date)}）"
            if last_decision.kind is MovementKind.CONFIRMED:
                outcome = f"已转正（{document_date(last_decision.date)}）"
        else:
            continue
        lines.append(ProbationLine(member.name, due, outcome))
    return sorted(lines, key=lambda line: line.due)


@dataclass(frozen=True, slots=True)
class Notes:
    achievements: str = ""
    problems: str = ""
    plans: str = ""


def _stored_notes(session: Session, period: ReportPeriod) -> ReportNote | None:
    """The branch's text for the period (the session's branch: a query, which the branch filter
    sees, not a look-up by the key, which names the branch)."""
    return session.scalar(select(ReportNote).where(ReportNote.period == period.key))


def load_notes(session: Session, period: ReportPeriod) -> Notes:
    stored = _stored_notes(session, period)
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
    existing = _stored_notes(session, period)
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
