"""The branch's decisions that a member is not counted among those due at a 党员大会 (or has no
vote there): recorded with their dates, listed, ended, and read for a meeting's date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.activity_rules import Excused
from dangwu_desktop.core.glossary import ExcusalReason, MembershipStatus
from dangwu_desktop.core.models import AttendanceExcusal, Member
from dangwu_desktop.core.rulebook import EXCUSED_FROM_COUNT, Severity
from dangwu_desktop.core.rules import Finding, TextField
from dangwu_desktop.core.services import RecordInvalid, ServiceError, require_clean_text
from dangwu_desktop.core.text_rules import TextKind


@dataclass(frozen=True, slots=True)
class ExcusalRow:
    """One decision as the list shows it."""

    excusal_id: int
    member_id: int
    name: str
    reason: ExcusalReason
    start: date
    end: date | None
    decided_on: date
    decided_by: str

    @property
    def period(self) -> str:
        return f"{self.start:%Y-%m-%d} 至 {f'{self.end:%Y-%m-%d}' if self.end else '今'}"


def _error(attribute: str, reason: str, label: str) -> Finding:
    return EXCUSED_FROM_COUNT.finding(attribute, reason, Severity.ERROR, label=label)


def record_excusal(
    session: Session,
    member_id: int,
    reason: ExcusalReason,
    start: date,
    decided_on: date,
    today: date,
    *,
    end: date | None = None,
    decided_by: str = "",
) -> AttendanceExcusal:
    """Record a decision; refused without its date, with a date to come, or ending before it
    starts. The count changes only from the day it was decided (never back-dated onto a
    meeting already held)."""
    require_clean_text([TextField("decided_by", decided_by, TextKind.LINE, "决定机构")])
    member = session.get(Member, member_id)
    if member is None or member.status is not MembershipStatus.ACTIVE:
        raise ServiceError("只能为在册党员登记")
    errors = []
    if decided_on > today:
        errors.append(_error("decided_on", "决定日期在未来", "决定日期"))
    if end is not None and end < start:
        errors.append(_error("end", "结束日期早于开始日期", "结束日期"))
    if errors:
        raise RecordInvalid(errors)
    excusal = AttendanceExcusal(
        member_id=member_id,
        reason=reason,
        start=start,
        end=end,
        decided_on=decided_on,
        decided_by=decided_by.strip(),
    )
    session.add(excusal)
    session.flush()
    audit.record_row(session, excusal, None)
    return excusal


def end_excusal(session: Session, excusal_id: int, end: date) -> None:
    """The member is counted again after `end` (returned home, recovered, 察看 ended)."""
    excusal = session.get(AttendanceExcusal, excusal_id)
    if excusal is None:
        raise ServiceError("该决定已不存在")
    if end < excusal.start:
        raise RecordInvalid([_error("end", "结束日期早于开始日期", "结束日期")])
    before = audit.snapshot(excusal)
    excusal.end = end
    session.flush()
    audit.record_row(session, excusal, before)


def list_excusals(session: Session, member_id: int | None = None) -> list[ExcusalRow]:
    query = (
        select(AttendanceExcusal)
        .options(selectinload(AttendanceExcusal.member))
        .order_by(AttendanceExcusal.start.desc(), AttendanceExcusal.id.desc())
    )
    if member_id is not None:
        query = query.where(AttendanceExcusal.member_id == member_id)
    return [
        ExcusalRow(
            e.id, e.member_id, e.member.name, e.reason, e.start, e.end, e.decided_on, e.decided_by
        )
        for e in session.scalars(query)
    ]


def excused_on(session: Session, day: date) -> list[Excused]:
    """Who the branch's decisions in force on `day` take out of a 党员大会's count of voters."""
    query = (
        select(AttendanceExcusal)
        .options(selectinload(AttendanceExcusal.member))
        .where(AttendanceExcusal.decided_on <= day, AttendanceExcusal.start <= day)
        .where((AttendanceExcusal.end.is_(None)) | (AttendanceExcusal.end >= day))
        .order_by(AttendanceExcusal.member_id, AttendanceExcusal.id)
    )
    seen: dict[int, Excused] = {}
    for e in session.scalars(query):
        seen.setdefault(e.member_id, Excused(e.member_id, e.member.name, e.reason, e.decided_on))
    return list(seen.values())
