"""What the 发展党员 files print, read in one session: a person's file (their particulars and
timeline, for the 培养考察登记表, the 全程纪实表 and the 归档 checklist), the branch's year for the
发展党员工作台账, and the township's yearly 发展指标 (kept as a setting per branch and year)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.branch_scope import branch_id_for_insert, session_branch_id
from dangwu_desktop.core.models import Member, Setting
from dangwu_desktop.core.rulebook import Finding
from dangwu_desktop.ledgers.base import ExportScope, PersonRef
from dangwu_desktop.ledgers.development.models import (
    DevelopmentPerson,
    DevelopmentRecord,
    DevelopmentStep,
)
from dangwu_desktop.ledgers.development.rules import ADMISSION, CONFIRMATION_STEP, Due, StepSpec
from dangwu_desktop.ledgers.development.service import Timeline, TimelineRow, timeline

QUOTA_MAXIMUM = 100


def _quota_key(branch_id: int | None, year: int) -> str:
    """The setting of a branch's 指标 for a year: the setting table is the database's, and a
    township's database holds many branches, each given its own 指标."""
    return f"development/quota/{branch_id}/{year}"


def quota(session: Session, year: int) -> int | None:
    """The 发展指标 the township set for `year`, or None. One setting a year, so that last
    year's figure stays with last year's report; not a SettingSpec, which the 设置 page would
    show as a number box starting at 1 (and save as 1)."""
    stored = session.get(Setting, _quota_key(session_branch_id(session), year))
    value = int(stored.value) if stored is not None and stored.value.isdigit() else 0
    return value or None


def set_quota(session: Session, year: int, count: int | None) -> None:
    """Record (or, with None or 0, clear) the year's 指标; the 操作日志 says so."""
    from dangwu_desktop.core import audit
    from dangwu_desktop.core.services import ServiceError

    if count is not None and not 0 <= count <= QUOTA_MAXIMUM:
        raise ServiceError(f"发展党员指标应在0至{QUOTA_MAXIMUM}名之间")
    label, value = f"{year}年发展党员指标", str(count or 0)
    key = _quota_key(branch_id_for_insert(session), year)
    stored = session.get(Setting, key)
    if stored is None:
        if value == "0":
            return
        session.add(Setting(key=key, value=value))
        audit.record(session, "设置", "新增", label, f"内容：{value}名")
    elif stored.value != value:
        audit.record(session, "设置", "修改", label, f"内容：{stored.value}名 → {value}名")
        stored.value = value
    session.flush()


def admitted_in(session: Session, year: int, as_of: date) -> int:
    """本年发展: the people a 支部大会 admitted (⑮, the 入党时间 the roster keeps) in `year` up
    to `as_of`."""
    return (
        session.scalar(
            select(func.count(func.distinct(DevelopmentRecord.person_id)))
            .join(DevelopmentStep, DevelopmentRecord.step_id == DevelopmentStep.id)
            .where(
                DevelopmentStep.code == ADMISSION,
                DevelopmentRecord.date.between(date(year, 1, 1), min(as_of, date(year, 12, 31))),
            )
        )
        or 0
    )


def cited(finding: Finding) -> str:
    """Where a finding's rule is written, short: “《中国共产党发展党员工作细则》第七条”."""
    head = finding.citation.split("：", 1)[0]
    return head.split("；", 1)[0]


# A person's file.


class Filed(Enum):
    """Where a document the step list expects stands in the paper file."""

    ON_FILE = "已归档"
    NOT_ON_FILE = "未归档"  # recorded, but the paper is not in the file yet
    NOT_RECORDED = "缺"  # the step was done, its document not recorded
    OVERDUE = "逾期未办"  # the step itself is overdue


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    step: StepSpec
    document: str
    filed: Filed
    number: str = ""  # 入党志愿书编号 …
    day: date | None = None  # the document's date, or the step's
    due_by: date | None = None  # an overdue step's deadline

    @property
    def missing(self) -> bool:
        return self.filed is not Filed.ON_FILE


@dataclass(frozen=True, slots=True)
class PersonFile:
    ref: PersonRef
    timeline: Timeline
    full_member_date: date | None  # the roster's 转正 date, once registered
    today: date  # the day the file was read (what is overdue is judged on it)
    # 公示 from … to and 集中培训's 学时, by the record that keeps them
    publicities: dict[int, tuple[date, date]] = field(default_factory=dict)
    hours: dict[int, float] = field(default_factory=dict)

    @property
    def publicity(self) -> tuple[date, date] | None:
        return list(self.publicities.values())[-1] if self.publicities else None

    @property
    def recorded(self) -> list[TimelineRow]:
        return [row for row in self.timeline.rows if row.record_id is not None]

    def rows_of(self, code: str) -> list[TimelineRow]:
        return [r for r in self.timeline.rows if r.step.code == code and r.record_id is not None]

    def first(self, code: str) -> TimelineRow | None:
        rows = self.rows_of(code)
        return min(rows, key=lambda r: r.date or date.max) if rows else None

    def day(self, code: str) -> date | None:
        row = self.first(code)
        return row.date if row else None

    def people(self, code: str) -> tuple[str, ...]:
        row = self.first(code)
        return row.people if row else ()

    @property
    def overdue(self) -> list[Due]:
        return self.timeline.stand.overdue(self.today)

    def checklist(self) -> list[ChecklistItem]:
        """What the step list expects of each step reached, and where it stands: on file, not
        on file, not recorded; and the documents of an overdue step, not done."""
        items: list[ChecklistItem] = []
        reached: dict[str, list[TimelineRow]] = {}
        for row in self.recorded:
            reached.setdefault(row.step.code, []).append(row)
        seen: set[str] = set()
        overdue = {due.step.code: due for due in self.overdue}
        for row in self.timeline.rows:
            spec = row.step
            if spec.code in seen:
                continue
            seen.add(spec.code)
            rows = reached.get(spec.code)
            if not rows:
                due = overdue.get(spec.code)
                if due is not None:
                    items += [
                        ChecklistItem(spec, name, Filed.OVERDUE, due_by=due.by)
                        for name in spec.documents
                    ]
                continue
            held = [d for r in rows for d in r.documents]
            for name in spec.documents:
                mine = [d for d in held if d.name == name]
                on_file = next((d for d in mine if d.on_file), None)
                if on_file is not None:
                    items.append(
                        ChecklistItem(spec, name, Filed.ON_FILE, on_file.number,
                                      on_file.date or rows[0].date)
                    )  # fmt: skip
                elif mine:
                    items.append(
                        ChecklistItem(spec, name, Filed.NOT_ON_FILE, mine[0].number,
                                      mine[0].date or rows[0].date)
                    )  # fmt: skip
                else:
                    items.append(ChecklistItem(spec, name, Filed.NOT_RECORDED, day=rows[0].date))
            # what the secretary filed beyond the list (a 思想汇报 more, a 公示 photo …)
            listed = set(spec.documents)
            items += [
                ChecklistItem(spec, d.name, Filed.ON_FILE if d.on_file else Filed.NOT_ON_FILE,
                              d.number, d.date or rows[0].date)
                for d in dict((d.name, d) for d in held if d.name not in listed).values()
            ]  # fmt: skip
        return items


def person_file(session: Session, person_id: int, today: date) -> PersonFile:
    tl = timeline(session, person_id, today)
    person = session.get(DevelopmentPerson, person_id)
    assert person is not None  # timeline() refused a missing one
    member = session.get(Member, tl.member_id) if tl.member_id is not None else None
    confirmed = any(r.step.code == CONFIRMATION_STEP and r.record_id for r in tl.rows)
    full = member.full_member_date if member is not None and confirmed else None
    publicities = {
        r.id: (r.publicity_from, r.publicity_to)
        for r in person.records
        if r.publicity_from is not None and r.publicity_to is not None
    }
    hours = {r.id: r.hours for r in person.records if r.hours is not None}
    return PersonFile(PersonRef(person.id, person.name), tl, full, today, publicities, hours)


def open_in(session: Session, year: int, today: date) -> list[int]:
    """The files the branch kept in `year`: a step recorded in it, or a file begun before it and
    not finished (转正 approved or archived) before it began; a file with no step yet counts in
    the year it was entered."""
    first_day, last_day = date(year, 1, 1), date(year, 12, 31)
    found = []
    for person in session.scalars(select(DevelopmentPerson).order_by(DevelopmentPerson.id)):
        days = sorted(r.date for r in person.records)
        if not days:
            entered = person.entered_at.date() if person.entered_at else today
            if entered.year == year:
                found.append(person.id)
            continue
        finished = [r.date for r in person.records if r.step.code in (CONFIRMATION_STEP, "archive")]
        begun = days[0] <= last_day
        still_open = not finished or min(finished) >= first_day
        if begun and still_open:
            found.append(person.id)
    return found


def person_files(session: Session, scope: ExportScope) -> list[PersonFile]:
    """A per-person export's files: the scope's person, or every file the branch kept in its
    year (each printed on its own pages)."""
    ids = [scope.person.id] if scope.person is not None else open_in(session, scope.year,
                                                                    scope.today)  # fmt: skip
    return [person_file(session, person_id, scope.today) for person_id in ids]


def find_people(session: Session, text: str) -> Sequence[PersonRef]:
    """The files whose name or ID number is `text` (the command line's --person)."""
    text = text.strip()
    if not text:
        return []
    people = session.scalars(
        select(DevelopmentPerson)
        .where(or_(DevelopmentPerson.name == text, DevelopmentPerson.id_number == text.upper()))
        .order_by(DevelopmentPerson.id)
    )
    return [PersonRef(p.id, p.name) for p in people]


@dataclass(frozen=True, slots=True)
class DevelopmentBook:
    """The branch's year for the 发展党员工作台账."""

    year: int
    today: date
    files: list[PersonFile]
    admitted: int  # 本年发展 (⑮ in the year, to the day)
    quota: int | None

    @property
    def quota_line(self) -> str:
        """本年发展N名/指标M名, as the 台账 and the report say it."""
        line = f"{self.year}年发展党员{self.admitted}名（支部大会接收）"
        if self.quota is None:
            return f"{line}，乡镇党委未下达发展指标。"
        left = self.quota - self.admitted
        rest = f"尚余{left}名" if left > 0 else ("已完成" if left == 0 else f"超出{-left}名")
        return f"{line}，乡镇党委下达发展指标{self.quota}名，{rest}。"


def development_book(session: Session, scope: ExportScope) -> DevelopmentBook:
    year = scope.year
    files = [person_file(session, pid, scope.today) for pid in open_in(session, year, scope.today)]
    return DevelopmentBook(
        year, scope.today, files, admitted_in(session, year, scope.today), quota(session, year)
    )


def files_of_members(
    session: Session, member_ids: Sequence[int], today: date
) -> dict[int, PersonFile]:
    """The 发展党员 file of each member admitted through it, by member id (a member from the
    roster alone, admitted before the program kept files, has none)."""
    query = select(DevelopmentPerson.id, DevelopmentPerson.member_id).where(
        DevelopmentPerson.member_id.in_(list(member_ids))
    )
    return {
        member_id: person_file(session, person_id, today)
        for person_id, member_id in session.execute(query.order_by(DevelopmentPerson.id))
        if member_id is not None
    }
