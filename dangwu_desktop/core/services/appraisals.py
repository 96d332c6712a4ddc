"""民主评议党员: a grade per member per year, and who needs following up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import Grade
from dangwu_desktop.core.models import Appraisal, Member
from dangwu_desktop.core.rulebook import GRADE_CITATION as GRADE_CITATION
from dangwu_desktop.core.rulebook import Finding, Severity, excellent_share
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
    findings = check_grades(entries, year, today)
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
