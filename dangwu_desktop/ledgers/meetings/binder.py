"""组织生活's sections of the year's archive: every record of organisational life of the year,
each followed by its 签到表, photos and other files; and the 民主评议党员 — the year's appraisal
meetings with their files, then everyone's grade. (The training ledger binds its own records,
the 集中学习 and 专题培训, the same way: `record_items_of`.)"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.glossary import ORGANISATIONAL_LIFE, ActivityKind, AttachmentKind
from dangwu_desktop.core.models import ActivityAttachment
from dangwu_desktop.core.schedule import CellStatus
from dangwu_desktop.core.services.activities import RecordSheet, record_sheets, schedule_for_year
from dangwu_desktop.core.services.appraisals import appraisal_roll, year_grades
from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.io.record_html import records_html, table_html
from dangwu_desktop.ledgers.base import BinderCheck, BinderFile, BinderItem, ExportScope

# The order a record's files are bound in: the sign-in sheet first, as a binder keeps it.
FILE_ORDER = (AttachmentKind.SIGN_IN, AttachmentKind.NOTICE, AttachmentKind.PHOTO,
              AttachmentKind.OTHER)  # fmt: skip


# The 民主评议 meeting is bound in its own section, with the grades it gave.
MEETING_KINDS = tuple(k for k in ORGANISATIONAL_LIFE if k is not ActivityKind.APPRAISAL)
APPRAISAL_KINDS = (ActivityKind.APPRAISAL,)


def year_records(
    session: Session, year: int, kinds: Sequence[ActivityKind] | None = None
) -> list[RecordSheet]:
    """The records that count for the year (its 所属年度), oldest first; of `kinds` if given."""
    return record_sheets(session, date(year, 1, 1), date(year, 12, 31), kinds=kinds)


def record_files(session: Session, activity_ids: list[int]) -> dict[int, list[BinderFile]]:
    """Each record's files, the 签到表 first."""
    found: dict[int, list[tuple[int, BinderFile]]] = defaultdict(list)
    query = select(ActivityAttachment).where(ActivityAttachment.activity_id.in_(activity_ids))
    for a in session.scalars(query.order_by(ActivityAttachment.id)):
        found[a.activity_id].append(
            (
                FILE_ORDER.index(a.kind),
                BinderFile(f"{a.kind.value}：{a.original_name}", a.stored_name, a.size),
            )
        )
    return {key: [f for _o, f in sorted(files, key=lambda p: p[0])] for key, files in found.items()}


def record_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    """三会一课 and the other meetings, each record followed by its files."""
    return record_items_of(session, scope, MEETING_KINDS)


def record_items_of(
    session: Session, scope: ExportScope, kinds: Sequence[ActivityKind]
) -> list[BinderItem]:
    """The year's records of `kinds`, each as its printed page followed by its files."""
    name = branch_name(session)
    records = year_records(session, scope.year, kinds)
    files = record_files(session, [r.activity_id for r in records])
    return [
        BinderItem(
            f"{document_date(r.date)}　{r.heading}{r.year_note}",
            records_html([r], name),
            files=tuple(files.get(r.activity_id, ())),
        )
        for r in records
    ]


def appraisal_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    """The year's 民主评议 meetings with their files, then the grades."""
    return [*record_items_of(session, scope, APPRAISAL_KINDS), grades_item(session, scope)]


@dataclass(frozen=True, slots=True)
class AppraisalResult:
    """A member on the year's 民主评议 roll and what they were given."""

    member_id: int
    name: str
    group_name: str
    grade: str  # 优秀 …, or why there is none
    comment: str


APPRAISAL_HEADER = ("序号", "姓名", "党小组", "评议等次", "备注")
PROBATIONARY_GRADE = "预备党员，不评定等次"
NOT_GRADED = "未评定"


def appraisal_results(session: Session, year: int, today: date) -> list[AppraisalResult]:
    """Everyone on the year's roll with their grade (a 预备党员 takes part without one)."""
    grades = {g.member_id: g for g in year_grades(session, year)}
    results = []
    for person in appraisal_roll(session, year, today):
        grade = grades.get(person.member_id)
        if grade is not None:
            shown, comment = grade.grade.value, grade.comment
        else:
            shown, comment = (PROBATIONARY_GRADE if person.probationary else NOT_GRADED), ""
        results.append(
            AppraisalResult(person.member_id, person.name, person.group_name, shown, comment)
        )
    return results


def appraisal_title(year: int) -> str:
    return f"{year}年度民主评议党员结果"


def grades_item(session: Session, scope: ExportScope) -> BinderItem:
    name = branch_name(session)
    rows = [
        (n, r.name, r.group_name, r.grade, r.comment)
        for n, r in enumerate(appraisal_results(session, scope.year, scope.today), start=1)
    ]
    title = appraisal_title(scope.year)
    html = table_html(
        f"{name}{title}", f"填报单位（盖章）：{name}", APPRAISAL_HEADER, rows,
        widths=(8, 14, 20, 20, 38), font_pt=10.5,
    )  # fmt: skip
    return BinderItem(title, html)


def _cell_name(first: int, last: int) -> str:
    if first == 1 and last == 12:
        return "全年"
    if first == last:
        return f"{first}月"
    if last - first == 2:
        return f"第{(first + 2) // 3}季度"
    return f"{first}—{last}月"


# What the 会议记录 check counts as signing in: the attendance entered for each record.
ATTENDANCE_STANDS = "签到以出勤记录为准"


def record_checks(session: Session, scope: ExportScope) -> list[BinderCheck]:
    """Each required kind of meeting against the year's schedule (a period not yet begun asks
    for nothing), and each record without its attendance, its minutes or a 签到表."""
    checks = []
    for row in schedule_for_year(session, scope.year, scope.as_of):
        begun = [c for c in row.cells if c.status is not CellStatus.NOT_DUE]
        held = [c for c in begun if c.status is CellStatus.HELD]
        gaps = tuple(
            ("未开展" if c.status is CellStatus.MISSING else "本期尚未开展",
             f"{row.label}　{_cell_name(c.first_month, c.last_month)}")
            for c in begun
            if c.status in (CellStatus.MISSING, CellStatus.DUE)
        )  # fmt: skip
        period = row.requirement.period
        checks.append(
            BinderCheck(
                row.label,
                f"{period.value}一次，至今应开展{len(begun)}次",
                f"已开展{len(held)}期",
                gaps,
            )
        )
    records = year_records(session, scope.year)
    files = record_files(session, [r.activity_id for r in records])
    gaps_found: list[tuple[str, str]] = []
    for r in records:
        what = f"{document_date(r.date)}　{r.heading}"
        if r.expected == 0 and not r.talks:
            gaps_found.append(("记录不全", f"{what}：没有登记出席情况"))
        if not r.minutes.strip() and not r.talks:
            gaps_found.append(("记录不全", f"{what}：没有会议记录内容"))
    # A scanned 签到表 is kept by some branches and not others: counted, not listed, and not
    # what the check asks for — the attendance entered in the program is the sign-in record
    # (a record without it is a gap above), as the line on record says.
    signed = sum(
        any(
            f.caption.startswith(AttachmentKind.SIGN_IN.value) for f in files.get(r.activity_id, ())
        )
        for r in records
    )
    checks.append(
        BinderCheck(
            "会议记录",
            "每次活动有出席情况和会议记录",
            f"共{len(records)}条记录，{ATTENDANCE_STANDS}；{signed}条另附签到表扫描件",
            tuple(gaps_found),
        )
    )
    return checks


def appraisal_checks(session: Session, scope: ExportScope) -> list[BinderCheck]:
    """Each full member on the year's roll without a grade — one line while nobody is graded
    (the 民主评议 not yet held or entered), one a member once some are."""
    graded = {g.member_id for g in year_grades(session, scope.year)}
    roll = [p for p in appraisal_roll(session, scope.year, scope.today) if not p.probationary]
    ungraded = [p for p in roll if p.member_id not in graded]
    missing: tuple[tuple[str, str], ...]
    if ungraded and not graded:  # not held yet: one line, not the whole roster
        missing = (
            ("未评议", f"{scope.year}年度民主评议党员尚未登记评定等次（正式党员{len(roll)}名）"),
        )
    else:
        missing = tuple(("未评议", f"{p.name}（{p.group_name or '未分组'}）") for p in ungraded)
    return [
        BinderCheck(
            "民主评议党员",
            f"每年一次，正式党员{len(roll)}名均评定等次",
            f"已评定{len(roll) - len(ungraded)}名",
            missing,
        )
    ]
