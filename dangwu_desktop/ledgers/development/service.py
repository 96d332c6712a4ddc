"""Writing and reading the 发展党员 book: the people, their steps (with the members named on them,
the meeting that decided them, the vote and the documents), the pipeline and a person's timeline.
Admission (⑰ 上级党委审批 after ⑮ 支部大会讨论) makes the person a 预备党员 on the roster through
the roster's own service, and ㉔'s 审批 registers the 转正 as the roster's movement: one record,
never two copies. Each write refuses bad input whole, with the rule (RecordInvalid), and writes
its 操作日志 entry; none commits (the caller's transaction is the user's operation)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import date as Day  # the type, named apart from a step's field `date`

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import (
    ActivityKind,
    MemberCategory,
    MembershipStatus,
    MovementKind,
    Sex,
)
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.models import Activity, Member
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.rulebook import (
    ID_REQUIRED,
    Finding,
    Severity,
    TopicVote,
    confirmation_due_date,
    probationary_on,
)
from dangwu_desktop.core.rules import TextField, check_texts, id_number_findings
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.settings import SettingSpec, get_int, get_setting
from dangwu_desktop.core.text_rules import TextKind
from dangwu_desktop.ledgers.development.models import (
    DOCUMENT_SEPARATOR,
    DevelopmentDocument,
    DevelopmentHelper,
    DevelopmentPerson,
    DevelopmentRecord,
    DevelopmentStep,
)
from dangwu_desktop.ledgers.development.rules import (
    ADMISSION,
    APPROVAL_STEP,
    CONFIRMATION_MEETING,
    CONFIRMATION_STEP,
    DEFAULT_ACTIVIST_AFTER_MONTHS,
    DEFAULT_PUBLICITY_DAYS,
    ORDER,
    STAGES,
    Done,
    Due,
    Helper,
    Limits,
    StepSpec,
    dues,
    step_findings,
)

PUBLICITY_DAYS = SettingSpec(
    "development/publicity_days", "发展对象公示天数", str(DEFAULT_PUBLICITY_DAYS),
    note="各地规定5个工作日至7天不等，按自然日计算", unit="天", maximum=30,
)  # fmt: skip
ACTIVIST_AFTER_MONTHS = SettingSpec(
    "development/activist_after_months", "申请满几个月可定积极分子",
    str(DEFAULT_ACTIVIST_AFTER_MONTHS), ("0", "3", "6", "12"),
    "地方规定；0表示不检查", unit="个月",
)  # fmt: skip
PERSON_LABEL = "发展党员档案"


def limits(session: Session) -> Limits:
    return Limits(
        get_int(session, PUBLICITY_DAYS), int(get_setting(session, ACTIVIST_AFTER_MONTHS))
    )


def steps(session: Session) -> list[StepSpec]:
    """The step list as this database keeps it (seeded with the 25 steps, adjustable)."""
    return [
        s.spec() for s in session.scalars(select(DevelopmentStep).order_by(DevelopmentStep.number))
    ]


def _step_row(session: Session, code: str) -> DevelopmentStep:
    row = session.scalars(select(DevelopmentStep).where(DevelopmentStep.code == code)).one_or_none()
    if row is None:
        raise ServiceError(f"步骤列表中没有“{code}”")
    return row


# People


@dataclass(frozen=True, slots=True)
class PersonInput:
    """What the secretary writes about an applicant (the roster's fields a member also has)."""

    name: str
    sex: Sex | None = None
    birth_date: date | None = None
    id_number: str = ""
    ethnicity: str = "汉族"
    education: str = ""
    occupation: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PersonCheck:
    data: PersonInput
    findings: tuple[Finding, ...]
    member_id: int | None  # the roster row holding the same ID number, to link

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)


def check_person(
    session: Session, given: PersonInput, today: date, person_id: int | None = None
) -> PersonCheck:
    """The roster's rules for a name, an ID number and the sex and birth date beside it, and a
    number already in the book (refused) or on the roster (linked: the member's file)."""
    texts = [
        TextField("name", given.name, TextKind.NAME, "姓名"),
        TextField("ethnicity", given.ethnicity, TextKind.LINE, "民族"),
        TextField("education", given.education, TextKind.LINE, "学历"),
        TextField("occupation", given.occupation, TextKind.LINE, "职业"),
        TextField("phone", given.phone, TextKind.LINE, "联系电话"),
        TextField("address", given.address, TextKind.LINE, "家庭住址"),
        TextField("notes", given.notes, TextKind.TEXT, "备注"),
    ]
    findings = check_texts(texts)
    if findings:
        return PersonCheck(given, tuple(findings), None)
    data = MemberData(
        name=given.name, sex=given.sex, birth_date=given.birth_date, id_number=given.id_number
    ).cleaned()
    # An applicant's number is asked for, not required: 上报的花名册 needs it once a member.
    found = [f for f in id_number_findings(data) if f.rule != ID_REQUIRED.id]
    if not data.name:
        found.append(Finding("name", "姓名为空", Severity.ERROR, label="姓名"))
    unreadable = any(f.attribute == "id_number" and f.severity is Severity.ERROR for f in found)
    if data.sex is None and not unreadable:
        found.append(Finding("sex", "性别为空", Severity.ERROR, label="性别"))
    if data.birth_date is None and not unreadable:
        found.append(
            Finding(
                "birth_date",
                "出生日期为空",
                Severity.ERROR,
                "请填写出生日期或身份号码",
                label="出生日期",
            )
        )
    if data.birth_date and data.birth_date > today:
        found.append(Finding("birth_date", "出生日期在未来", Severity.ERROR, label="出生日期"))
    member_id = None
    if data.id_number and not unreadable:
        twin = session.scalars(
            select(DevelopmentPerson).where(DevelopmentPerson.id_number == data.id_number)
        ).first()
        if twin is not None and twin.id != person_id:
            found.append(
                Finding("id_number", f"身份号码与{PERSON_LABEL}中的{twin.name}重复", Severity.ERROR,
                        "同一公民身份号码只能登记一次", label="身份号码")
            )  # fmt: skip
        member = session.scalars(select(Member).where(Member.id_number == data.id_number)).first()
        if member is not None:
            member_id = member.id
            found.append(
                Finding("id_number", f"{member.name}已在花名册中", Severity.WARNING,
                        "本档案将与其花名册记录相连，入党后不再另建党员记录", label="身份号码")
            )  # fmt: skip
    cleaned = PersonInput(
        data.name, data.sex, data.birth_date, data.id_number, given.ethnicity.strip() or "汉族",
        given.education.strip(), given.occupation.strip(), given.phone.strip(),
        given.address.strip(), given.notes.strip(),
    )  # fmt: skip
    found.sort(key=lambda f: f.severity is not Severity.ERROR)
    return PersonCheck(cleaned, tuple(found), member_id)


def _fill(person: DevelopmentPerson, data: PersonInput) -> None:
    person.name = data.name
    person.sex = data.sex
    person.birth_date = data.birth_date
    person.id_number = data.id_number or None
    person.ethnicity = data.ethnicity
    person.education = data.education
    person.occupation = data.occupation
    person.phone = data.phone
    person.address = data.address
    person.notes = data.notes


def add_person(session: Session, given: PersonInput, today: date) -> DevelopmentPerson:
    """A new file: someone who has applied (or is about to). One whose number is already on the
    roster is that member's file, linked to them."""
    checked = check_person(session, given, today)
    if checked.errors:
        raise RecordInvalid(checked.errors)
    person = DevelopmentPerson()
    _fill(person, checked.data)
    person.member_id = checked.member_id
    session.add(person)
    session.flush()
    audit.record_row(session, person, None)
    return person


def update_person(
    session: Session, person_id: int, given: PersonInput, today: date
) -> DevelopmentPerson:
    """Correct a file's personal details (a member's roster row is kept on the roster)."""
    person = _person(session, person_id)
    checked = check_person(session, given, today, person_id)
    if checked.errors:
        raise RecordInvalid(checked.errors)
    before = audit.snapshot(person)
    _fill(person, checked.data)
    if person.member_id is None:
        person.member_id = checked.member_id
    session.flush()
    audit.record_row(session, person, before)
    return person


def _person(session: Session, person_id: int) -> DevelopmentPerson:
    person = session.get(DevelopmentPerson, person_id)
    if person is None:
        raise ServiceError("该发展党员档案已不存在，请刷新后重试")
    return person


# Steps


@dataclass(frozen=True, slots=True)
class DocumentInput:
    name: str  # 入党志愿书
    number: str = ""  # its number, where it has one
    date: date | None = None
    on_file: bool = True  # the paper is in the file


@dataclass(frozen=True, slots=True)
class StepInput:
    """One step done for a person, as the secretary records it. A step recorded once (all but
    the half-yearly 考察) replaces what was recorded for it before."""

    person_id: int
    step: str  # the step's code: "admission"
    date: date
    end_date: Day | None = None  # 集中培训's last day
    hours: float | None = None  # 集中培训's 学时
    people: tuple[int, ...] = ()  # members: 培养联系人, 入党介绍人
    activity_id: int | None = None  # the 支委会 or 支部党员大会 record that decided it
    vote: TopicVote | None = None
    publicity: tuple[Day, Day] | None = None  # 公示 from … to
    documents: tuple[DocumentInput, ...] = ()
    conclusion: str = ""  # 政审结论, 考察意见
    notes: str = ""


@dataclass(frozen=True, slots=True)
class StepResult:
    record: DevelopmentRecord
    warnings: tuple[Finding, ...]  # late, early, out of order …: the record keeps them
    member_id: int | None = None  # the roster row, once admitted
    admitted: bool = False  # this step made the person a 预备党员
    confirmed: bool = False  # this step registered the 转正


def _vote_of(record: DevelopmentRecord) -> TopicVote | None:
    if record.vote_due is None or record.vote_present is None or record.votes_for is None:
        return None
    return TopicVote(
        record.vote_due, record.vote_present, record.votes_for,
        record.votes_against or 0, record.votes_abstain or 0,
    )  # fmt: skip


def _helper(member: Member, day: date) -> Helper:
    joined = member.join_date is not None and member.join_date <= day
    full = joined and not probationary_on(member.category, member.full_member_date, day)
    return Helper(member.name, full, member.status is MembershipStatus.ACTIVE)


def _done(record: DevelopmentRecord) -> Done:
    meeting = (record.activity.kind.value, record.activity.date) if record.activity else None
    publicity = (
        (record.publicity_from, record.publicity_to)
        if record.publicity_from and record.publicity_to
        else None
    )
    return Done(
        record.step.code, record.date, record.end_date, record.hours,
        tuple(_helper(h.member, record.date) for h in record.people), _vote_of(record),
        meeting, publicity,
    )  # fmt: skip


def _records(session: Session, person_id: int) -> list[DevelopmentRecord]:
    return list(
        session.scalars(
            select(DevelopmentRecord)
            .where(DevelopmentRecord.person_id == person_id)
            .options(
                selectinload(DevelopmentRecord.step),
                selectinload(DevelopmentRecord.activity),
                selectinload(DevelopmentRecord.people).selectinload(DevelopmentHelper.member),
                selectinload(DevelopmentRecord.documents),
            )
            .order_by(DevelopmentRecord.date, DevelopmentRecord.id)
        )
    )


def _replaced(spec: StepSpec, records: Sequence[DevelopmentRecord]) -> DevelopmentRecord | None:
    if spec.repeats:
        return None
    return next((r for r in records if r.step.code == spec.code), None)


def check_step(session: Session, given: StepInput, today: date) -> list[Finding]:
    """What the rules say of a step before it is saved, 提示 included: the dialog's preview and
    the service's refusal alike."""
    person = _person(session, given.person_id)
    spec = _step_row(session, given.step).spec()
    records = _records(session, person.id)
    replaced = _replaced(spec, records)
    history = [_done(r) for r in records if r is not replaced]
    findings = check_texts(
        [
            TextField("conclusion", given.conclusion, TextKind.TEXT, "结论"),
            TextField("notes", given.notes, TextKind.TEXT, "备注"),
            *(
                TextField("documents", f"{d.name}{d.number}", TextKind.LINE, "材料", f"第{i}份")
                for i, d in enumerate(given.documents, start=1)
            ),
        ]
    )
    findings += [
        Finding("documents", f"第{i}份材料没有名称", Severity.ERROR, label="材料")
        for i, d in enumerate(given.documents, start=1)
        if not d.name.strip()
    ]
    helpers = []
    for member_id in given.people:
        member = session.get(Member, member_id)
        if member is None:
            raise ServiceError("所选党员记录已不存在，请刷新后重试")
        helpers.append(_helper(member, given.date))
    meeting = None
    if given.activity_id is not None:
        activity = session.get(Activity, given.activity_id)
        if activity is None or activity.deleted_at is not None:
            raise ServiceError("所选的会议记录已不存在，请刷新后重试")
        meeting = (activity.kind.value, activity.date)
    done = Done(
        spec.code, given.date, given.end_date, given.hours, tuple(helpers), given.vote, meeting,
        given.publicity,
    )  # fmt: skip
    findings += step_findings(
        steps(session), done, history, person.birth_date, today, limits(session)
    )
    codes = {d.code for d in history}
    if spec.code == APPROVAL_STEP and ADMISSION not in codes:
        findings.append(
            ORDER.finding(
                "date", "请先登记⑮支部大会讨论", Severity.ERROR,
                "上级党委审批的是支部大会通过的决议；支部大会的日期就是入党时间", "日期",
            )
        )  # fmt: skip
    if spec.code == CONFIRMATION_STEP and (
        CONFIRMATION_MEETING not in codes or person.member_id is None
    ):
        findings.append(
            ORDER.finding(
                "date", "请先登记接收预备党员和㉓支部大会讨论转正", Severity.ERROR,
                "转正审批的是支部大会讨论通过的转正决议", "日期",
            )
        )  # fmt: skip
    findings.sort(key=lambda f: f.severity is not Severity.ERROR)
    return findings


def record_step(session: Session, given: StepInput, today: date) -> StepResult:
    """Record a step (or record it again, replacing what was there). ⑰ makes the person a
    预备党员 on the roster, joined on the day of ⑮; ㉔ registers the 转正 as the roster's
    movement, dated the end of the 预备期, decided by ㉓'s meeting."""
    findings = check_step(session, given, today)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise RecordInvalid(errors)
    person = _person(session, given.person_id)
    step = _step_row(session, given.step)
    spec = step.spec()
    records = _records(session, person.id)
    record = _replaced(spec, records)
    before = audit.snapshot(record) if record is not None else None
    old_lines = _lines(record) if record is not None else []
    if record is None:
        record = DevelopmentRecord(person_id=person.id, step=step)
        session.add(record)
    record.date = given.date
    record.end_date = given.end_date
    record.hours = given.hours
    record.activity_id = given.activity_id
    vote = given.vote
    record.vote_due = vote.due if vote else None
    record.vote_present = vote.present if vote else None
    record.votes_for = vote.votes_for if vote else None
    record.votes_against = vote.votes_against if vote else None
    record.votes_abstain = vote.abstentions if vote else None
    record.publicity_from, record.publicity_to = given.publicity or (None, None)
    record.conclusion = given.conclusion.strip()
    record.notes = given.notes.strip()
    record.people = [
        DevelopmentHelper(member_id=member_id, position=index)
        for index, member_id in enumerate(dict.fromkeys(given.people))
    ]
    record.documents = [
        DevelopmentDocument(name=d.name.strip(), number=d.number.strip(), date=d.date,
                            on_file=d.on_file)
        for d in given.documents
    ]  # fmt: skip
    session.flush()
    session.refresh(record)
    new_lines = _lines(record)
    more = [line for line in new_lines if line not in old_lines]
    audit.record_row(session, record, before, more=more)
    result = StepResult(record, tuple(f for f in findings if f.severity is Severity.WARNING))
    if spec.code == APPROVAL_STEP:
        return _admit(session, person, result, today)
    if spec.code == CONFIRMATION_STEP:
        return _confirm(session, person, result, today)
    return result


def _lines(record: DevelopmentRecord) -> list[str]:
    """The parts of a record its own fields do not show, for the 操作日志."""
    lines = []
    if record.people:
        lines.append(
            f"{record.step.people_role or '人员'}：{'、'.join(h.member.name for h in record.people)}"
        )
    if record.activity is not None:
        lines.append(f"会议记录：{record.activity.date} {record.activity.kind.value}")
    lines += [
        f"材料：{d.name}{f'（{d.number}）' if d.number else ''}{'' if d.on_file else '（未归档）'}"
        for d in record.documents
    ]
    return lines


def _admit(
    session: Session, person: DevelopmentPerson, result: StepResult, today: date
) -> StepResult:
    """The person becomes a 预备党员 on the roster, joined on the day of ⑮ (the vote): the
    roster row made by the roster's own service, or the one already there with their number."""
    admission = next(r for r in _records(session, person.id) if r.step.code == ADMISSION)
    warnings = list(result.warnings)
    if person.member_id is not None:
        member = member_service.get_member(session, person.member_id)
        if member.join_date != admission.date:
            warnings.append(
                ORDER.finding(
                    "date", "花名册的入党时间与支部大会讨论的日期不同", Severity.WARNING,
                    f"花名册为{member.join_date}，⑮支部大会讨论为{admission.date}", "入党时间",
                )
            )  # fmt: skip
        return StepResult(result.record, tuple(warnings), member.id)
    data = MemberData(
        name=person.name, sex=person.sex, ethnicity=person.ethnicity,
        birth_date=person.birth_date, id_number=person.id_number or "",
        education=person.education, join_date=admission.date,
        category=MemberCategory.PROBATIONARY, occupation=person.occupation, phone=person.phone,
        address=person.address,
    )  # fmt: skip
    member = member_service.add_member(session, data, today)
    person.member_id = member.id
    session.flush()
    audit.record(
        session, person.AUDIT_SUBJECT, "接收为预备党员", person.name,
        [f"入党时间：{admission.date}（支部大会讨论）", "已列入党员花名册（预备党员）"],
    )  # fmt: skip
    return StepResult(result.record, tuple(warnings), member.id, admitted=True)


def _confirm(
    session: Session, person: DevelopmentPerson, result: StepResult, today: date
) -> StepResult:
    """㉔: the roster's 转正 movement, dated the end of the 预备期 (an extension counted),
    decided by ㉓'s 支部大会; nothing when the roster has it already."""
    assert person.member_id is not None  # check_step refuses ㉔ before admission
    summary = member_service.member_summary(session, person.member_id)
    if summary.category is MemberCategory.FULL or summary.join_date is None:
        return StepResult(result.record, result.warnings, summary.member_id)
    meeting = next(r for r in _records(session, person.id) if r.step.code == CONFIRMATION_MEETING)
    due = confirmation_due_date(summary.join_date, summary.extension_months)
    movement = Movement(
        MovementKind.CONFIRMED, due, "支部大会讨论通过，上级党委审批同意",
        decision_date=meeting.date,
    )  # fmt: skip
    member_service.record_movement(session, summary.member_id, movement, today)
    return StepResult(result.record, result.warnings, summary.member_id, confirmed=True)


def delete_record(session: Session, record_id: int) -> None:
    """Remove a step recorded by mistake (the roster row an admission made stays: the roster
    changes only through its own movements)."""
    record = session.get(DevelopmentRecord, record_id)
    if record is None:
        raise ServiceError("这条记录已不存在，请刷新后重试")
    audit.record_row(session, record, audit.snapshot(record), action="删除", more=_lines(record))
    session.delete(record)
    session.flush()


# Reading: the pipeline and a person's timeline.


@dataclass(frozen=True, slots=True)
class Stand:
    """Where a person stands: their last recorded step, what is due next, what was late."""

    person_id: int
    name: str
    member_id: int | None
    current: StepSpec | None
    current_date: date | None
    dues: tuple[Due, ...]
    late: tuple[Finding, ...]  # 提示 the recorded steps carry
    finished: bool  # 转正 registered or the file archived

    @property
    def stage(self) -> int:
        return self.current.stage if self.current else 1

    @property
    def stage_name(self) -> str:
        return STAGES[self.stage - 1]

    def overdue(self, today: date) -> list[Due]:
        return [d for d in self.dues if d.overdue(today)]


def _probation_end(session: Session, member_id: int | None) -> date | None:
    if member_id is None:
        return None
    summary = member_service.member_summary(session, member_id)
    if summary.join_date is None:
        return None
    return confirmation_due_date(summary.join_date, summary.extension_months)


def _judged(
    specs: Sequence[StepSpec], records: Sequence[DevelopmentRecord], birth: date | None,
    today: date, figures: Limits,
) -> list[tuple[DevelopmentRecord, list[Finding]]]:  # fmt: skip
    done = [_done(r) for r in records]
    return [
        (
            record,
            step_findings(specs, mine, [d for d in done if d is not mine], birth, today, figures),
        )
        for record, mine in zip(records, done, strict=True)
    ]


def _stand(
    session: Session, person: DevelopmentPerson, specs: Sequence[StepSpec], today: date,
    figures: Limits,
) -> Stand:  # fmt: skip
    records = _records(session, person.id)
    judged = _judged(specs, records, person.birth_date, today, figures)
    late = tuple({f.line: f for _, found in judged for f in found}.values())
    by_code = {s.code: s for s in specs}
    recorded = [by_code[r.step.code] for r in records if r.step.code in by_code]
    current = max(recorded, key=lambda s: s.number, default=None)
    current_date = max(
        (r.date for r in records if current and r.step.code == current.code), default=None
    )
    finished = bool(current and current.code in (CONFIRMATION_STEP, "archive"))
    waiting = (
        ()
        if finished
        else tuple(
            dues(
                specs,
                [_done(r) for r in records],
                figures,
                _probation_end(session, person.member_id),
            )
        )
    )
    return Stand(person.id, person.name, person.member_id, current, current_date, waiting, late,
                 finished)  # fmt: skip


def pipeline(session: Session, today: date) -> list[Stand]:
    """Every file: where each person stands, what is due next and by when, what was late."""
    specs = steps(session)
    figures = limits(session)
    people = session.scalars(select(DevelopmentPerson).order_by(DevelopmentPerson.id))
    return [_stand(session, person, specs, today, figures) for person in people]


@dataclass(frozen=True, slots=True)
class TimelineRow:
    step: StepSpec
    record_id: int | None = None
    date: date | None = None
    end_date: Day | None = None
    people: tuple[str, ...] = ()
    meeting: str = ""  # 2026-05-20 支部党员大会
    vote: str = ""
    documents: tuple[DocumentInput, ...] = ()
    conclusion: str = ""
    notes: str = ""
    findings: tuple[Finding, ...] = ()
    # The record's values as the 登记步骤 dialog reopens them to be corrected.
    people_ids: tuple[int, ...] = ()
    activity_id: int | None = None
    vote_figures: TopicVote | None = None
    publicity: tuple[Day, Day] | None = None
    hours: float | None = None


@dataclass(frozen=True, slots=True)
class Timeline:
    person: PersonInput
    member_id: int | None
    rows: tuple[TimelineRow, ...]
    stand: Stand
    missing_documents: tuple[str, ...] = field(default=())  # 归档: expected, not on file


def timeline(session: Session, person_id: int, today: date) -> Timeline:
    """A person's file step by step: each recorded step with its people, meeting, vote and
    documents and what the rules say of it, and the steps not yet done in their place."""
    person = _person(session, person_id)
    specs = steps(session)
    figures = limits(session)
    records = _records(session, person.id)
    judged = _judged(specs, records, person.birth_date, today, figures)
    rows: list[TimelineRow] = []
    missing: list[str] = []
    for spec in specs:
        mine = [(r, f) for r, f in judged if r.step.code == spec.code]
        if not mine:
            rows.append(TimelineRow(spec))
            continue
        held: set[str] = set()
        for record, found in mine:
            vote = _vote_of(record)
            documents = tuple(
                DocumentInput(d.name, d.number, d.date, d.on_file) for d in record.documents
            )
            held |= {d.name for d in record.documents if d.on_file}
            rows.append(
                TimelineRow(
                    spec, record.id, record.date, record.end_date,
                    tuple(h.member.name for h in record.people),
                    f"{record.activity.date} {record.activity.kind.value}" if record.activity else "",
                    vote.line if vote else "", documents, record.conclusion, record.notes,
                    tuple(found), tuple(h.member_id for h in record.people), record.activity_id,
                    vote, _done(record).publicity, record.hours,
                )
            )  # fmt: skip
        missing += [f"{spec.label}：{name}" for name in spec.documents if name not in held]
    data = PersonInput(
        person.name, person.sex, person.birth_date, person.id_number or "", person.ethnicity,
        person.education, person.occupation, person.phone, person.address, person.notes,
    )  # fmt: skip
    stand = _stand(session, person, specs, today, figures)
    return Timeline(data, person.member_id, tuple(rows), stand, tuple(missing))


# What the window asks besides: the meetings a step may link, what a step will do to the roster,
# and a province's wording of a step.


@dataclass(frozen=True, slots=True)
class MeetingChoice:
    activity_id: int
    date: date
    kind: str
    title: str = ""

    @property
    def label(self) -> str:
        title = f"：{self.title}" if self.title else ""
        return f"{self.date:%Y-%m-%d} {self.kind}{title}"


MEETING_NEAR_DAYS = 90
STEP_NAME_LENGTH = 30  # the column holds 60; a step's name prints in one table cell


def meetings_near(
    session: Session, day: date, kind: str, days: int = MEETING_NEAR_DAYS
) -> list[MeetingChoice]:
    """The records of `kind` (a step's meeting_kind: 支部委员会会议, 支部党员大会) held within
    `days` of `day`, nearest first: what a step may be linked to (the 回收站's left out)."""
    query = select(Activity).where(
        Activity.kind == ActivityKind(kind),
        Activity.deleted_at.is_(None),
        Activity.date.between(day - timedelta(days=days), day + timedelta(days=days)),
    )
    found = sorted(session.scalars(query), key=lambda a: (abs((a.date - day).days), a.id))
    return [MeetingChoice(a.id, a.date, a.kind.value, a.title) for a in found]


def roster_effect(session: Session, person_id: int, step_code: str) -> str:
    """What recording this step will do to the roster, to be said before it is saved: ⑰ adds
    the 预备党员 (or keeps the row already there), ㉔ registers the 转正; "" for other steps."""
    person = _person(session, person_id)
    if step_code == APPROVAL_STEP:
        if person.member_id is not None:
            return f"{person.name}已在花名册中，不另建党员记录"
        admission = next(
            (r for r in _records(session, person.id) if r.step.code == ADMISSION), None
        )
        when = f"，入党时间为支部大会讨论的日期{admission.date:%Y-%m-%d}" if admission else ""
        return f"将在花名册中新增预备党员{person.name}{when}"
    if step_code == CONFIRMATION_STEP and person.member_id is not None:
        summary = member_service.member_summary(session, person.member_id)
        if summary.category is MemberCategory.FULL:
            return f"{person.name}在花名册中已是正式党员，不再登记转正"
        if summary.join_date is None:
            return ""
        due = confirmation_due_date(summary.join_date, summary.extension_months)
        return f"将在花名册中登记{person.name}转正，转正日期为预备期满之日{due:%Y-%m-%d}"
    return ""


def update_step(session: Session, code: str, name: str, documents: Sequence[str]) -> StepSpec:
    """A province's wording of a step and the documents its file holds. The step keeps its
    code, place and rules; none is deleted here (recorded steps point at them)."""
    row = _step_row(session, code)
    named = name.strip()
    wanted = tuple(dict.fromkeys(d.strip() for d in documents if d.strip()))
    findings = check_texts(
        [
            TextField("name", named, TextKind.LINE, "步骤名称"),
            *(
                TextField("documents", d, TextKind.LINE, "应有材料", f"第{i}项")
                for i, d in enumerate(wanted, start=1)
            ),
        ]
    )
    if not named:
        findings.append(Finding("name", "步骤名称为空", Severity.ERROR, label="步骤名称"))
    elif len(named) > STEP_NAME_LENGTH:
        findings.append(
            Finding("name", "步骤名称太长", Severity.ERROR,
                    f"共{len(named)}个字，最多{STEP_NAME_LENGTH}个字", "步骤名称")
        )  # fmt: skip
    findings += [
        Finding("documents", f"“{d}”含有“{DOCUMENT_SEPARATOR}”", Severity.ERROR,
                "每行填写一种材料", "应有材料")
        for d in wanted
        if DOCUMENT_SEPARATOR in d
    ]  # fmt: skip
    if findings:
        raise RecordInvalid(findings)
    before = audit.snapshot(row)
    row.name = named
    row.documents = DOCUMENT_SEPARATOR.join(wanted)
    session.flush()
    audit.record_row(session, row, before)
    return row.spec()
