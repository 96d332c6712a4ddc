"""民主评议党员: who takes part in a year's appraisal, a grade per full member, and who needs
following up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import Grade, MembershipStatus
from dangwu_desktop.core.models import Appraisal, Member
from dangwu_desktop.core.movements import Movement, MovementError, derive_state
from dangwu_desktop.core.rulebook import GRADE_CITATION as GRADE_CITATION
from dangwu_desktop.core.rulebook import (
    Finding,
    Severity,
    appraisal_grades_allowed,
    appraisal_roll_date,
    excellent_share,
    probationary_on,
)
from dangwu_desktop.core.rules import TextField, check_texts
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.core.text_rules import TextKind

FOLLOW_UP = frozenset({Grade.BASICALLY_QUALIFIED, Grade.UNQUALIFIED})


@dataclass(frozen=True, slots=True)
class GradeEntry:
    member_id: int
    grade: Grade
    comment: str = ""


@dataclass(frozen=True, slots=True)
class AppraisalRow:
    member_id: int
    name: str
    grade: Grade
    comment: str


@dataclass(frozen=True, slots=True)
class Appraisee:
    """A member who takes part in a year's 民主评议; a 预备党员 takes part without a grade."""

    member_id: int
    name: str
    group_name: str
    probationary: bool


def appraisal_roll(session: Session, year: int, today: date) -> list[Appraisee]:
    """The members a year's 民主评议 lists, party group by group: those 在册 on the year's last
    day (today while the year runs), as their movements tell, who had joined by then. Members
    admitted later, or gone by then, are not listed; members gone since are (they were there)."""
    day = appraisal_roll_date(year, today)
    query = (
        select(Member)
        .where((Member.join_date <= day) | Member.join_date.is_(None))
        .options(selectinload(Member.group), selectinload(Member.movements))
        .order_by(Member.group_id, Member.id)
    )
    return [
        Appraisee(
            m.id,
            m.name,
            m.group.name if m.group else "",
            probationary_on(m.category, m.full_member_date, day),
        )
        for m in session.scalars(query)
        if _on_roll(m, day)
    ]


def _on_roll(member: Member, day: date) -> bool:
    """在册 on `day` by the member's dated movements. A status the movements do not explain (set
    by an import, say) has no date, so the member's status today decides."""
    history = [Movement(m.kind, m.date) for m in member.movements]
    try:
        if derive_state(history).status is not member.status:
            return member.status is MembershipStatus.ACTIVE
        then = derive_state(m for m in history if m.date <= day)
    except MovementError:
        return member.status is MembershipStatus.ACTIVE
    return then.status is MembershipStatus.ACTIVE


def check_grades(entries: Sequence[GradeEntry], year: int, today: date) -> list[Finding]:
    findings = check_texts(
        TextField("comment", e.comment, TextKind.TEXT, "评议意见", f"第{index}人的")
        for index, e in enumerate(entries, start=1)
    )
    if year > today.year:
        findings.append(Finding("", f"{year}年还没有到，不能登记评议结果", Severity.ERROR))
    excellent = sum(e.grade is Grade.EXCELLENT for e in entries)
    findings.extend(excellent_share(excellent, len(entries)))
    unexplained = [e for e in entries if e.grade in FOLLOW_UP and not e.comment.strip()]
    if unexplained:
        reason = f"评为基本合格或不合格的{len(unexplained)}人须写明评议意见"
        findings.append(Finding("", reason, Severity.ERROR))
    return findings


def save_grades(session: Session, year: int, entries: Sequence[GradeEntry], today: date) -> None:
    """Replace a year's appraisal results with `entries`, or refuse them all."""
    findings = _roll_findings(session, year, entries, today) + check_grades(entries, year, today)
    if findings:
        raise RecordInvalid(findings)
    before = {
        a.member_id: {"grade": a.grade, "comment": a.comment}
        for a in session.scalars(select(Appraisal).where(Appraisal.year == year))
    }
    after = {
        e.member_id: {"grade": e.grade, "comment": e.comment.strip()}
        for e in {e.member_id: e for e in entries}.values()
    }
    session.execute(delete(Appraisal).where(Appraisal.year == year))
    session.add_all(Appraisal(year=year, member_id=key, **row) for key, row in after.items())
    session.flush()
    _record_grades(session, year, before, after)


def _roll_findings(
    session: Session, year: int, entries: Sequence[GradeEntry], today: date
) -> list[Finding]:
    """Each graded member must be on the year's roll, and not a 预备党员."""
    listed = {a.member_id: a for a in appraisal_roll(session, year, today)}
    names = audit.member_names(session, [e.member_id for e in entries])
    return appraisal_grades_allowed(
        year,
        [names.get(e.member_id, f"编号{e.member_id}") for e in entries if e.member_id not in listed],
        [listed[e.member_id].name for e in entries
         if e.member_id in listed and listed[e.member_id].probationary],
    )  # fmt: skip


def _record_grades(
    session: Session,
    year: int,
    before: Mapping[int, Mapping[str, object]],
    after: Mapping[int, Mapping[str, object]],
) -> None:
    """One entry per member whose grade or comment changed (the year's rows are replaced whole)."""
    keys = [*after, *(key for key in before if key not in after)]
    names = audit.member_names(session, keys)
    label = lambda key: audit.field_label(Appraisal, key)  # noqa: E731
    for key in keys:
        what = f"{names.get(key, '')} {year}年"
        if key not in before:
            audit.record(session, "民主评议", "新增", what, audit.changes(None, after[key], label))
        elif key not in after:
            audit.record(session, "民主评议", "删除", what, audit.changes(None, before[key], label))
        elif lines := audit.changes(before[key], after[key], label):
            audit.record(session, "民主评议", "修改", what, lines)


def year_grades(session: Session, year: int) -> list[AppraisalRow]:
    query = (
        select(Appraisal)
        .where(Appraisal.year == year)
        .options(selectinload(Appraisal.member))
        .join(Member)
        .order_by(Member.group_id, Member.id)
    )
    return [
        AppraisalRow(a.member_id, a.member.name, a.grade, a.comment) for a in session.scalars(query)
    ]


def needing_follow_up(session: Session, year: int) -> list[AppraisalRow]:
    """基本合格 and 不合格: the members the branch must help and follow up."""
    return [row for row in year_grades(session, year) if row.grade in FOLLOW_UP]
