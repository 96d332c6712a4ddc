"""Reading the year's registers from what the other ledgers keep — nothing here is entered on
its own: a member's year (一人一表) from the meeting records, the training hours, the 党费
登记簿, the 民主评议 grades and the 流动党员 book; the 新发展党员, 转正, 转入 and 转出 registers
from the roster's movements and the 发展党员 files. What the program does not keep is said to be
not recorded (NOT_KEPT), never made up."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import (
    ORGANISATIONAL_LIFE,
    ActivityKind,
    MovementKind,
)
from dangwu_desktop.core.models import Member, MemberMovement
from dangwu_desktop.core.roster import RosterRow, load_roster, probation_extensions
from dangwu_desktop.core.rulebook import confirmation_due_date
from dangwu_desktop.core.services.activities import (
    Presence,
    RecordSheet,
    presence_by_record,
    record_sheets,
)
from dangwu_desktop.core.services.roll import roll_during, roll_on
from dangwu_desktop.core.services.training import MemberHours, member_hours
from dangwu_desktop.ledgers.base import ExportScope, PersonRef
from dangwu_desktop.ledgers.development.files import PersonFile, files_of_members
from dangwu_desktop.ledgers.dues.registers import RegisterRow, register
from dangwu_desktop.ledgers.meetings.binder import appraisal_results
from dangwu_desktop.ledgers.mobile.book import AwayRow, away_rows

# What a register asks for and the program does not keep (or a record left empty).
NOT_KEPT = "未登记"
# A member not on the year's 民主评议 roll (admitted after the year's 评议 day).
NOT_ON_ROLL = "不在本年度评议名单"
# The registers' fields the program keeps nowhere, with what would keep them: said in each
# register's note and in the report of this work.
NOT_KEPT_FIELDS = {
    "回执": "转入党员的介绍信回执是否寄回（花名册只记转出介绍信的回执）",
    "积分": "党员积分（程序不记党员积分）",
}
# A 转出's 回执 as the register shows it: back (with its day) or not yet.
RECEIPT_BACK = "已回"
RECEIPT_AWAY = "未回"


# 党员日常管理记实表 (一人一表)


@dataclass(frozen=True, slots=True)
class MeetingTally:
    """One kind of meeting in a member's year: how often they were on its attendance list,
    how often present, and each absence with its date and reason."""

    kind: ActivityKind
    expected: int
    present: int
    absences: tuple[tuple[date, str], ...]


@dataclass(frozen=True, slots=True)
class TalkLine:
    date: date
    other: str  # the other party
    role: str  # 谈话人 / 谈话对象


@dataclass(frozen=True, slots=True)
class MemberYear:
    """A member's year, each figure from the ledger that keeps it."""

    year: int
    member: RosterRow
    meetings: tuple[MeetingTally, ...]
    hours: MemberHours | None  # None: not counted (the training ledger counts members 在册)
    dues: RegisterRow | None  # None: no row in the 党费登记簿
    grade: str  # 优秀 …, 预备党员，不评定等次, 未评定 (the 民主评议 ledger's words)
    grade_note: str
    away: tuple[AwayRow, ...]  # the year's 流出, with their contacts
    talks: tuple[TalkLine, ...]
    points: str = NOT_KEPT  # 积分: the program keeps none
    stayed: bool = True  # still on the roll at the year's end (or today): else left within it

    @property
    def attended(self) -> int:
        return sum(t.present for t in self.meetings)

    @property
    def expected(self) -> int:
        return sum(t.expected for t in self.meetings)

    @property
    def missed(self) -> int:
        return self.expected - self.attended


def meeting_records(session: Session, year: int) -> list[RecordSheet]:
    """The year's records of organisational life: the 三会一课台账's (meetings ledger) rows."""
    return record_sheets(session, date(year, 1, 1), date(year, 12, 31), kinds=ORGANISATIONAL_LIFE)


def member_years(session: Session, scope: ExportScope) -> list[MemberYear]:
    """Every member on the year's roll (or the scope's person), party group by group as the
    hours table: those there at some time of the year up to the archive's day, whatever they
    are today (a member who left in June has their year until June)."""
    year, as_of = scope.year, scope.as_of
    first, last = scope.bounds
    on_roll = roll_during(session, first, as_of)
    staying = set(roll_on(session, as_of))
    if scope.person is not None:
        on_roll = [key for key in on_roll if key == scope.person.id]
    roster = {r.member_id: r for r in load_roster(session, as_of, on_roll)}
    hours = {h.member_id: h for h in member_hours(session, year, as_of, on_roll)}
    wanted = [h.member_id for h in hours.values() if h.member_id in roster]
    wanted += [key for key in roster if key not in hours]
    records = meeting_records(session, year)
    presence = presence_by_record(session, [r.activity_id for r in records])
    grades = {r.member_id: r for r in appraisal_results(session, year, scope.today)}
    dues = {
        row.dues.member_id: row
        for row in register(session, first, last, scope.today, f"{year}年").rows
    }
    away: dict[int, list[AwayRow]] = defaultdict(list)
    for row in away_rows(session, scope.today, first, last):
        away[row.member_id].append(row)
    talks = _talks(records)
    found = []
    for member_id in wanted:
        member = roster[member_id]
        grade = grades.get(member_id)
        shown, note = (grade.grade, grade.comment) if grade is not None else (NOT_ON_ROLL, "")
        found.append(
            MemberYear(
                year, member, _tallies(records, presence, member_id), hours.get(member_id),
                dues.get(member_id), shown, note, tuple(away[member_id]),
                tuple(talks[member_id]), stayed=member_id in staying,
            )
        )  # fmt: skip
    return found


def _tallies(
    records: list[RecordSheet], presence: dict[int, dict[int, Presence]], member_id: int
) -> tuple[MeetingTally, ...]:
    counted: dict[ActivityKind, list[tuple[RecordSheet, Presence]]] = defaultdict(list)
    for record in records:
        there = presence[record.activity_id].get(member_id)
        if there is not None:
            counted[record.kind].append((record, there))
    return tuple(
        MeetingTally(
            kind,
            len(counted[kind]),
            sum(p.present for _r, p in counted[kind]),
            tuple((r.date, p.reason or NOT_KEPT) for r, p in counted[kind] if not p.present),
        )
        for kind in ORGANISATIONAL_LIFE
        if counted[kind]
    )


def _talks(records: list[RecordSheet]) -> dict[int, list[TalkLine]]:
    found: dict[int, list[TalkLine]] = defaultdict(list)
    for record in records:
        for talk in record.talks:
            if talk.talker_id is not None:
                found[talk.talker_id].append(TalkLine(talk.date, talk.talkee, "谈话人"))
            if talk.talkee_id is not None:
                found[talk.talkee_id].append(TalkLine(talk.date, talk.talker, "谈话对象"))
    return found


def find_members(session: Session, text: str) -> list[PersonRef]:
    """Members whose name or ID number is `text` (the command line's --person)."""
    text = text.strip()
    if not text:
        return []
    query = select(Member.id, Member.name).where(
        (Member.name == text) | (Member.id_number == text.upper())
    )
    return [PersonRef(key, name) for key, name in session.execute(query.order_by(Member.id))]


# 新发展党员登记表, 预备党员转正登记表, 转入 and 转出党员登记表


@dataclass(frozen=True, slots=True)
class NewMemberLine:
    """A member admitted in the year (入党: the 支部大会 that accepted them), with the dates of
    their 发展 file where the program kept it."""

    name: str
    sex: str
    ethnicity: str
    birth_date: date | None
    education: str
    occupation: str
    group_name: str
    joined: date  # 支部大会讨论通过 (the roster's 入党时间)
    file: PersonFile | None

    def step(self, code: str) -> date | None:
        return self.file.day(code) if self.file is not None else None

    def people(self, code: str) -> str:
        return "、".join(self.file.people(code)) if self.file is not None else ""

    def document_number(self, name: str) -> str:
        if self.file is None:
            return ""
        for item in self.file.checklist():
            if item.document == name and item.number:
                return item.number
        return ""


def new_members(session: Session, scope: ExportScope) -> list[NewMemberLine]:
    first, last = scope.bounds
    query = (
        select(Member)
        .where(Member.join_date.between(first, last))
        .options(selectinload(Member.group))
        .order_by(Member.join_date, Member.id)
    )
    members = list(session.scalars(query))
    files = files_of_members(session, [m.id for m in members], scope.today)
    return [
        NewMemberLine(
            m.name, m.sex.value, m.ethnicity, m.birth_date, m.education, m.occupation,
            m.group.name if m.group else "", m.join_date, files.get(m.id),
        )
        for m in members
        if m.join_date is not None
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class ConfirmationLine:
    """A 预备党员's probation decided in the year: 转正, 延长预备期 or 取消预备党员资格."""

    name: str
    sex: str
    group_name: str
    joined: date | None
    due: date | None  # 预备期满 (a year, plus any extension)
    outcome: MovementKind
    day: date  # the movement's date: 转正 dates from the end of the probation
    meeting: date | None  # the 支部大会 that decided it
    extension_months: int | None
    reason: str
    file: PersonFile | None

    def step(self, code: str) -> date | None:
        return self.file.day(code) if self.file is not None else None


DECISIONS = (
    MovementKind.CONFIRMED,
    MovementKind.PROBATION_EXTENDED,
    MovementKind.PROBATION_CANCELLED,
)


def confirmations(session: Session, scope: ExportScope) -> list[ConfirmationLine]:
    first, last = scope.bounds
    movements = list(
        session.scalars(
            select(MemberMovement)
            .where(MemberMovement.kind.in_(DECISIONS), MemberMovement.date.between(first, last))
            .options(selectinload(MemberMovement.member).selectinload(Member.group))
            .order_by(MemberMovement.date, MemberMovement.id)
        )
    )
    files = files_of_members(session, [m.member_id for m in movements], scope.today)
    extensions = probation_extensions(session)
    lines = []
    for movement in movements:
        m = movement.member
        due = confirmation_due_date(m.join_date, extensions.get(m.id, 0)) if m.join_date else None
        lines.append(
            ConfirmationLine(
                m.name, m.sex.value, m.group.name if m.group else "", m.join_date, due,
                movement.kind, movement.date, movement.decision_date,
                movement.extension_months, movement.reason, files.get(m.id),
            )
        )  # fmt: skip
    return lines


@dataclass(frozen=True, slots=True)
class TransferLine:
    """A member's 组织关系 moved in or out in the year, as the roster's movement records it."""

    name: str
    sex: str
    birth_date: date | None
    category: str
    joined: date | None
    group_name: str
    day: date
    other_org: str  # 转出 from / 转往
    letter_number: str
    reason: str
    receipt: str = field(default=NOT_KEPT)  # 转出: 已回（date）/ 未回; 转入: not kept
    receipt_date: date | None = None


def transfers(session: Session, scope: ExportScope, kind: MovementKind) -> list[TransferLine]:
    first, last = scope.bounds
    query = (
        select(MemberMovement)
        .where(MemberMovement.kind == kind, MemberMovement.date.between(first, last))
        .options(selectinload(MemberMovement.member).selectinload(Member.group))
        .order_by(MemberMovement.date, MemberMovement.id)
    )
    return [
        TransferLine(
            mv.member.name, mv.member.sex.value, mv.member.birth_date,
            mv.member.category.value, mv.member.join_date,
            mv.member.group.name if mv.member.group else "", mv.date, mv.other_org,
            mv.letter_number, mv.reason, _receipt(mv), mv.receipt_date,
        )
        for mv in session.scalars(query)
    ]  # fmt: skip


def _receipt(movement: MemberMovement) -> str:
    if movement.kind is not MovementKind.TRANSFER_OUT:
        return NOT_KEPT
    if movement.receipt_date is None:
        return RECEIPT_AWAY
    return f"{RECEIPT_BACK}（{format_date(movement.receipt_date)}）"
