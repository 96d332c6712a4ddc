"""Issue 18: the demo village's reports and workbooks agree with the database. Every work report
and workbook of the year (the year's and each quarter's) is made through the ledgers' declared
exports, read back from the files, and each figure compared with a count made here directly in
SQL: members, meetings held per kind, training sessions and hours, changes in the membership."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import ColumnElement, Integer, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.demo import BRANCH_NAME, build_demo_village
from dangwu_desktop.core.glossary import (
    ORGANISATIONAL_LIFE,
    Attendance,
    MemberCategory,
    MembershipStatus,
    MovementKind,
)
from dangwu_desktop.core.models import Activity, ActivityAttendance, Member, MemberMovement
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.ledgers import ExportScope, export_named

TODAY = date(2026, 11, 25)
PERIODS = [None, 1, 2, 3, 4]  # the year's, then each quarter's


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = open_database(tmp_path_factory.mktemp("reconcile") / "demo.sqlite3")
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    return database


def _made(demo: Database, key: str, scope: ExportScope, folder: Path) -> Path:
    export = export_named(key)
    with demo.read() as session:
        gathered = export.gather(session, scope)
    return export.write(folder / export.file_name(BRANCH_NAME, scope), gathered, BRANCH_NAME, scope)


def _live() -> object:
    return Activity.deleted_at.is_(None)


def _counted(first: date, last: date) -> ColumnElement[bool]:
    """Held between the dates and counted in its own year (a 组织生活会 held in January for the
    year before counts in that year's December)."""
    held_year = cast(func.strftime("%Y", Activity.date), Integer)
    own = func.coalesce(Activity.belongs_to_year, held_year)
    in_own_year = and_(own == held_year, Activity.date.between(first, last))
    if (last.month, last.day) != (12, 31):
        return in_own_year
    return or_(in_own_year, and_(own != held_year, own == last.year))


def _active(session: Session, *conditions: object) -> int:
    query = select(func.count()).select_from(Member)
    query = query.where(Member.status == MembershipStatus.ACTIVE, *conditions)  # type: ignore[arg-type]
    return session.scalar(query) or 0


@pytest.mark.parametrize("quarter", PERIODS, ids=lambda q: f"Q{q}" if q else "year")
def test_the_work_report_agrees_with_the_database(
    demo: Database, tmp_path: Path, quarter: int | None
) -> None:
    scope = ExportScope(TODAY, 2026, quarter=quarter)
    first, last = scope.bounds
    document = Document(str(_made(demo, "work-report", scope, tmp_path)))
    text = "\n".join(p.text for p in document.paragraphs)
    with demo.read() as session:
        total = _active(session)
        probationary = _active(session, Member.category == MemberCategory.PROBATIONARY)
        mobile = _active(session, Member.is_mobile.is_(True))
        in_period = Activity.date.between(first, last)
        sessions = session.scalar(
            select(func.count()).where(Activity.study_hours.is_not(None), in_period, _live())  # type: ignore[arg-type]
        )
        hours = session.scalar(
            select(func.coalesce(func.sum(Activity.study_hours), 0)).where(in_period, _live())  # type: ignore[arg-type]
        )
        joined = session.scalar(select(func.count()).where(Member.join_date.between(first, last)))
        moved = session.scalar(
            select(func.count()).where(
                MemberMovement.date.between(first, last),
                MemberMovement.kind != MovementKind.UPDATED_BY_IMPORT,
            )
        )
    # 基本情况
    assert (
        f"支部共有在册党员{total}名，其中正式党员{total - probationary}名、"
        f"预备党员{probationary}名；流动党员{mobile}名。" in text
    )
    # 学习培训
    assert f"本期共组织学习培训{sessions}次，累计{hours:g}学时" in text
    # 党员队伍变化: one sentence per change, none unlinked to its 党员大会 in the demo
    heading = next(
        i for i, p in enumerate(document.paragraphs) if p.text.endswith("党员队伍变化情况")
    )
    changes = []
    for paragraph in document.paragraphs[heading + 1 :]:
        if re.match(r"^[一二三四五六七八九十]+、", paragraph.text):
            break
        if re.match(r"^\d+月\d+日，", paragraph.text):
            changes.append(paragraph.text)
    assert len(changes) == (joined or 0) + (moved or 0), changes
    assert not [c for c in changes if "待核实" in c]


@pytest.mark.parametrize("quarter", PERIODS, ids=lambda q: f"Q{q}" if q else "year")
def test_the_report_meetings_table_agrees_with_the_records(
    demo: Database, tmp_path: Path, quarter: int | None
) -> None:
    """The report's 开展日期 for each kind are the records that count in the period's rule periods;
    for the year they are the year's records of the kind, counted here."""
    scope = ExportScope(TODAY, 2026, quarter=quarter)
    document = Document(str(_made(demo, "work-report", scope, tmp_path)))
    table = document.tables[0]
    rows = {row.cells[0].text: row.cells for row in table.rows[1:]}
    if quarter is not None:
        assert "支部委员会会议" in rows
        return  # a quarter's yearly items may name dates outside it: the year's report counts
    with demo.read() as session:
        kinds = Counter(
            kind.value
            for kind in session.scalars(
                select(Activity.kind).where(_counted(*scope.bounds), _live())  # type: ignore[arg-type]
            )
        )
    for label, cells in rows.items():
        kind = label.partition("（")[0]
        if kind == "党小组会":
            continue  # per group: the workbook test counts them
        shown = cells[3].text
        listed = int(m.group(1)) if (m := re.match(r"共(\d+)次", shown)) else (
            0 if shown == "—" else len(shown.split("、"))
        )  # fmt: skip
        assert listed == kinds[kind], (label, shown)


@pytest.mark.parametrize("quarter", PERIODS, ids=lambda q: f"Q{q}" if q else "year")
def test_the_workbook_agrees_with_the_database(
    demo: Database, tmp_path: Path, quarter: int | None
) -> None:
    scope = ExportScope(TODAY, 2026, quarter=quarter)
    first, last = scope.bounds
    book = load_workbook(_made(demo, "workbook", scope, tmp_path))
    with demo.read() as session:
        members = _active(session)
        counted = _counted(first, last)
        per_kind = Counter(
            k.value
            for k in session.scalars(
                select(Activity.kind).where(
                    counted,  # type: ignore[arg-type]
                    _live(),  # type: ignore[arg-type]
                    Activity.kind.in_(ORGANISATIONAL_LIFE),
                )
            )
        )
        attendance = (
            select(func.count())
            .join(Activity)
            .where(
                counted,  # type: ignore[arg-type]
                _live(),  # type: ignore[arg-type]
                Activity.kind.in_(ORGANISATIONAL_LIFE),
            )
        )
        expected = session.scalar(attendance.select_from(ActivityAttendance))
        present = session.scalar(
            attendance.select_from(ActivityAttendance).where(
                ActivityAttendance.attendance == Attendance.PRESENT
            )
        )
        in_period = Activity.date.between(first, last)
        sessions = session.scalar(
            select(func.count()).where(Activity.study_hours.is_not(None), in_period, _live())  # type: ignore[arg-type]
        )
        hours = session.scalar(
            select(func.coalesce(func.sum(Activity.study_hours), 0)).where(in_period, _live())  # type: ignore[arg-type]
        )
    # 花名册: one row per member 在册
    roster = book["花名册"]
    numbered = [r for r in roster.iter_rows(min_row=4, values_only=True) if isinstance(r[0], int)]
    assert len(numbered) == members
    # 三会一课台账: a row per record, by kind; the 合计 line's 应到 and 实到
    ledger = book["三会一课台账"]
    body = list(ledger.iter_rows(min_row=4, values_only=True))
    records = [r for r in body if isinstance(r[0], int)]
    assert Counter(str(r[2]).partition("（")[0] for r in records) == per_kind
    total = next(r for r in body if r[2] in ("年度合计", "本季度合计"))
    assert total[3].startswith(f"共{len(records)}次") and total[7:9] == (expected, present)
    # 培训台账: the sessions and their hours
    training = book["培训台账"]
    rows = list(training.iter_rows(min_row=4, values_only=True))
    assert len([r for r in rows if isinstance(r[0], int)]) == sessions
    closing = next(r for r in rows if r[2] in ("年度合计", "本季度合计"))
    assert closing[3] == f"共{sessions}次" and closing[6] == pytest.approx(hours)
