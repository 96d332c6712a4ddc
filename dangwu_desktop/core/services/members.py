"""Keeping the roster: add and edit members, record their movements. Nobody is ever deleted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from operator import attrgetter
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core import record_versions as versions
from dangwu_desktop.core.bulk import insert_columns, insert_rows
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.member_fields import Source, editable_fields
from dangwu_desktop.core.models import Member, MemberMovement, PartyGroup
from dangwu_desktop.core.movements import (
    PROBATION_DECISIONS,
    RECORD_ONLY,
    MemberState,
    Movement,
    MovementError,
    check_probation_decision,
    derive_state,
    extension_of,
    movement_fields,
    receipt_problems,
    required_fields,
)
from dangwu_desktop.core.pinyin import search_key
from dangwu_desktop.core.roster import RosterRow, load_roster
from dangwu_desktop.core.rules import Finding, MemberCheck, Severity, TextField, check_member
from dangwu_desktop.core.services import RecordInvalid, ServiceError, refused, text_problems
from dangwu_desktop.core.services.branch import group_by_name, link_committee
from dangwu_desktop.core.text_rules import TextKind

MEMBER_RECORD = "党员信息"  # what a refused save calls the record


def check_member_record(
    session: Session, data: MemberData, today: date, member_id: int | None = None
) -> MemberCheck:
    """The roster rules applied to `data`, including the duplicate-ID check against the roster."""
    result = check_member(data, today)
    owner = _id_number_owner(session, result.data.id_number, member_id)
    findings = list(result.findings)
    if owner:
        duplicate = check_member(data, today, duplicate_of=f"党员{owner.name}")
        findings = list(duplicate.findings)
    if result.data.group_name and group_by_name(session, result.data.group_name) is None:
        findings.append(
            Finding("group_name", f"没有名为“{result.data.group_name}”的党小组", Severity.ERROR)
        )
    findings.sort(key=lambda f: f.severity is not Severity.ERROR)
    return MemberCheck(result.data, tuple(findings))


def _id_number_owner(session: Session, id_number: str, member_id: int | None) -> Member | None:
    if not id_number:
        return None
    query = select(Member).where(Member.id_number == id_number)
    if member_id is not None:
        query = query.where(Member.id != member_id)
    return session.scalars(query).first()


def add_member(
    session: Session, data: MemberData, today: date, arrival: Movement | None = None
) -> Member:
    """A new roster row; raises RecordInvalid (writing nothing) when a rule is broken. A member
    who comes from another branch (由外单位转入) brings their `arrival`, the 转入 that the
    转入党员登记表 lists: their history begins with it."""
    if arrival is not None and arrival.kind is not MovementKind.TRANSFER_IN:
        raise ServiceError("新增党员时只能登记“由外单位转入”")
    checked = _checked(session, data, today, None)
    group = group_by_name(session, checked.group_name) if checked.group_name else None
    member = new_member(checked, group)
    session.add(member)
    session.flush()
    link_committee(session)
    audit.record_row(session, member, None, after=_audit_state(member))
    if arrival is not None:
        record_movement(session, member.id, arrival, today)
    return member


def update_member(
    session: Session,
    member_id: int,
    data: MemberData,
    today: date,
    *,
    read_version: int | None = None,
) -> Member:
    """Save an edited roster row; `read_version` is the member's version when the editor read
    it: a save begun before someone else's is refused (EditedElsewhere)."""
    member = get_member(session, member_id)
    checked = _checked(session, data, today, member_id)
    before = _audit_state(member)
    versions.claim(member, read_version, MEMBER_RECORD, datetime.now())
    _copy_into(session, member, checked)
    versions.flush_claimed(session, MEMBER_RECORD)
    link_committee(session)
    audit.record_row(session, member, before, after=_audit_state(member))
    return member


@dataclass(frozen=True, slots=True)
class MemberSummary:
    """A member as a chooser or a heading shows them: plain values, still good after the
    session that read them is closed."""

    member_id: int
    name: str
    group_name: str  # "" outside any party group
    status: MembershipStatus
    category: MemberCategory
    is_mobile: bool
    mobile_place: str
    birth_date: date | None
    id_number: str
    join_date: date | None = None
    extension_months: int = 0  # 延长预备期: how much later than a year the 转正 falls due


def _summary(member: Member) -> MemberSummary:
    return MemberSummary(
        member.id,
        member.name,
        member.group.name if member.group else "",
        member.status,
        member.category,
        member.is_mobile,
        member.mobile_place,
        member.birth_date,
        member.id_number or "",
        member.join_date,
    )


def member_summary(session: Session, member_id: int) -> MemberSummary:
    """One member as a summary; refuses a member that no longer exists, as get_member does."""
    member = get_member(session, member_id)
    return replace(_summary(member), extension_months=extension_of(_stored_movements(member)))


def active_members(session: Session, *, by_group: bool = False) -> list[MemberSummary]:
    """The members 在册, in roster order (by id), or party group by group when `by_group`."""
    query = (
        select(Member)
        .where(Member.status == MembershipStatus.ACTIVE)
        .options(selectinload(Member.group))
    )
    order = (Member.group_id, Member.id) if by_group else (Member.id,)
    return [_summary(m) for m in session.scalars(query.order_by(*order))]


def namesakes(session: Session, name: str) -> list[MemberSummary]:
    """Every member of the roster called `name` (any status), to tell namesakes apart."""
    query = (
        select(Member)
        .where(Member.name == name.strip())
        .options(selectinload(Member.group))
        .order_by(Member.id)
    )
    return [_summary(m) for m in session.scalars(query)]


def active_roster(session: Session, today: date) -> list[RosterRow]:
    """The roster rows of the members 在册: what exports and statistics count."""
    return load_roster(session, today, None, Member.status == MembershipStatus.ACTIVE)


@dataclass(frozen=True, slots=True)
class Outflow:
    """A 流动党员's latest 流出: when they left and the organisation that took them in."""

    date: date
    other_org: str


def outflows(session: Session, member_ids: Sequence[int]) -> dict[int, Outflow]:
    """Each member's latest 流出 movement (the roster's 流出时间 and 接收组织)."""
    query = (
        select(MemberMovement.member_id, MemberMovement.date, MemberMovement.other_org)
        .where(MemberMovement.kind == MovementKind.MOBILE_OUT)
        .order_by(MemberMovement.date, MemberMovement.id)
    )
    wanted = set(member_ids)
    return {
        member_id: Outflow(day, other_org)
        for member_id, day, other_org in session.execute(query)
        if member_id in wanted
    }


def _audit_state(member: Member) -> dict[str, object]:
    """A member's fields as the 操作日志 compares them, the group by its name."""
    return audit.snapshot(member, group_name=member.group.name if member.group else "")


def get_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise ServiceError("该党员记录已不存在，可能已被其他操作修改，请刷新后重试")
    return member


# Fields stored exactly as the dialog edits them, and those stored as NULL when empty; the
# member's 党小组 (Source.GROUP) is looked up by its name.
PLAIN_FIELDS = tuple(
    f.key for f in editable_fields() if f.source is Source.COLUMN and not f.empty_as_null
)
NULL_WHEN_EMPTY = tuple(f.key for f in editable_fields() if f.empty_as_null)


def member_data(member: Member) -> MemberData:
    """The editable fields of a stored member, as the dialog fills its widgets."""
    values: dict[str, Any] = {name: getattr(member, name) for name in PLAIN_FIELDS}
    values |= {name: getattr(member, name) or "" for name in NULL_WHEN_EMPTY}
    data = MemberData(**values)
    data.group_name = member.group.name if member.group else ""
    return data


def _checked(session: Session, data: MemberData, today: date, member_id: int | None) -> MemberData:
    result = check_member_record(session, data, today, member_id)
    if result.errors:
        raise RecordInvalid(result.errors)
    return result.data


def _copy_into(session: Session, member: Member, data: MemberData) -> None:
    group = group_by_name(session, data.group_name) if data.group_name else None
    _fill(member, data, group)


def new_member(checked: MemberData, group: PartyGroup | None) -> Member:
    """A roster row from data the rules have already accepted."""
    assert checked.sex is not None
    member = Member(category=checked.category, sex=checked.sex)
    _fill(member, checked, group)
    return member


def insert_members(session: Session, rows: Sequence[tuple[MemberData, int | None]]) -> None:
    """Insert many already-accepted members at once, each with its group id. For imports and
    generated data: one executemany instead of one statement per row. A Core insert into the
    table: the ORM's bulk path prepares each row again (a third of the time for 20,000 rows)."""
    if rows:
        insert_columns(session, cast(Table, Member.__table__), _member_columns(rows))


# A member's stored fields at once, the plain ones then those stored as NULL when empty.
_stored_fields = attrgetter(*PLAIN_FIELDS, *NULL_WHEN_EMPTY)


def _member_columns(rows: Sequence[tuple[MemberData, int | None]]) -> dict[str, list[Any]]:
    """The member table's columns for these members, each a list in the rows' order: taken
    field by field at C speed (a dict per member cost as much as SQLite's insert of it)."""
    count = len(rows)
    fields = list(zip(*(_stored_fields(data) for data, _group_id in rows), strict=True))
    plain = len(PLAIN_FIELDS)
    columns: dict[str, list[Any]] = {
        name: list(values) for name, values in zip(PLAIN_FIELDS, fields[:plain], strict=True)
    }
    for name, values in zip(NULL_WHEN_EMPTY, fields[plain:], strict=True):
        columns[name] = [value or None for value in values]
    columns["group_id"] = [group_id for _data, group_id in rows]
    columns["search_key"] = list(map(search_key, columns["name"]))
    for key, value in _UNMOVED.items():
        columns[key] = [value] * count
    return columns


def _fill(member: Member, data: MemberData, group: PartyGroup | None) -> None:
    assert data.sex is not None  # check_member refuses a record without one
    for name in PLAIN_FIELDS:
        setattr(member, name, getattr(data, name))
    for name in NULL_WHEN_EMPTY:
        setattr(member, name, getattr(data, name) or None)
    member.group = group
    member.search_key = search_key(data.name)


def record_movement(
    session: Session, member_id: int, movement: Movement, today: date
) -> MemberMovement:
    """Add a dated entry to a member's history and bring the derived status up to date."""
    member = get_member(session, member_id)
    movement = movement.cleaned()
    if movement.kind in RECORD_ONLY:
        raise ServiceError(f"“{movement.kind.value}”由程序自动记录，不能手工登记")
    problems = movement_problems(movement, member.join_date, today)
    if problems:
        raise refused(problems)
    errors = [
        f for f in _decision_findings(member, movement, today) if f.severity is Severity.ERROR
    ]
    if errors:
        raise RecordInvalid(errors)
    try:
        state = derive_state([*_stored_movements(member), movement])
    except MovementError as exc:
        raise refused([str(exc)]) from exc
    entry = history_entry(movement)
    before = _audit_state(member)
    member.movements.append(entry)
    if movement.kind is MovementKind.CONFIRMED:
        member.category = MemberCategory.FULL
        member.full_member_date = movement.date
    _apply_state(member, state)
    session.flush()
    lines = audit.row_changes(entry, None) + audit.row_changes(member, before, _audit_state(member))
    audit.record(
        session, "人员变动", "登记", f"{member.name} {movement.kind.value} {movement.date}", lines
    )
    return entry


def record_receipt(
    session: Session, movement_id: int, receipt: date | None, today: date
) -> MemberMovement:
    """The day a 转出's 介绍信 回执 came back (None: not back after all), entered when it comes:
    the one field of a stored movement that is filled in later."""
    entry = session.get(MemberMovement, movement_id)
    if entry is None:
        raise ServiceError("没有找到这条变动记录")
    problems = receipt_problems(entry.kind, entry.date, receipt)
    if receipt is not None and receipt > today:
        problems.append("回执收回日期不能晚于今天")
    if problems:
        raise refused(problems)
    before = audit.snapshot(entry)
    entry.receipt_date = receipt
    session.flush()
    audit.record(session, "人员变动", "修改", entry.audit_name(), audit.row_changes(entry, before))
    return entry


def movement_problems(movement: Movement, join_date: date | None, today: date) -> list[str]:
    """What is refused in a (cleaned) movement whatever the member's history: its texts, what its
    kind must carry, a date after today or before the member joined."""
    problems = text_problems(
        [
            TextField("reason", movement.reason, TextKind.TEXT, "原因/说明"),
            TextField("other_org", movement.other_org, TextKind.LINE, "对方党组织"),
            TextField("letter_number", movement.letter_number, TextKind.LINE, "介绍信编号"),
            TextField("place", movement.place, TextKind.LINE, "流向地点"),
        ]
    )
    problems += required_fields(movement)
    if movement.date > today:
        problems.append("变动日期不能晚于今天")
    if movement.receipt_date is not None and movement.receipt_date > today:
        problems.append("回执收回日期不能晚于今天")
    if join_date and movement.date < join_date:
        problems.append("变动日期不能早于入党时间")
    return problems


# What a movement changes of a member, in the order the 操作日志 lists a member's fields.
_STATE_KEYS = tuple(key for key in audit.logged_fields(Member) if hasattr(MemberState(), key))
_MOVEMENT_KEYS = tuple(audit.logged_fields(MemberMovement))
_UNMOVED = {key: getattr(MemberState(), key) for key in _STATE_KEYS}  # a member without history


def insert_members_with_history(
    session: Session,
    rows: Sequence[tuple[MemberData, int | None, Sequence[Movement]]],
    today: date,
) -> list[int]:
    """As insert_members, for members some of whose histories begin with movements (an import's
    流动, 转出, 去世 …): each member inserted in the state its movements leave it in, the movements
    stored, and for each the 操作日志 entry record_movement writes; one statement per table,
    where recording them one by one flushed each. Returns the new ids, in order. Refuses (before
    writing anything) what record_movement would refuse; a decision on a 预备党员 is not taken
    here (record_movement judges it against the member's probation)."""
    states: list[MemberState | None] = []
    changes: list[list[tuple[Movement, list[str]]]] = []
    labels = _LogLabels()
    for data, _group_id, movements in rows:
        if not movements:  # most members: nothing to replay
            states.append(None)
            changes.append([])
            continue
        cleaned = [movement.cleaned() for movement in movements]
        state, lines = MemberState(), []
        for count, movement in enumerate(cleaned, start=1):
            if movement.kind in RECORD_ONLY or movement.kind in PROBATION_DECISIONS:
                raise ServiceError(f"“{movement.kind.value}”不能随新党员一并登记")
            problems = movement_problems(movement, data.join_date, today)
            try:
                after = derive_state(cleaned[:count])
            except MovementError as exc:
                problems.append(str(exc))
            if problems:
                raise refused(f"{data.name}：{problem}" for problem in problems)
            lines.append((movement, _movement_lines(movement, state, after, labels)))
            state = after
        states.append(state)
        changes.append(lines)
    if not rows:
        return []
    # The ids given here, in order after the highest (the writer holds the database): SQLite
    # cannot hand back the ids of an executemany, and asking row by row costs a third of the time.
    first = (session.scalar(select(func.max(Member.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    columns = _member_columns([(data, group_id) for data, group_id, _ in rows])
    columns["id"] = ids
    for index, final in enumerate(states):
        if final is not None:
            for key in _STATE_KEYS:
                columns[key][index] = getattr(final, key)
    insert_columns(session, cast(Table, Member.__table__), columns)
    recorded_at = datetime.now()
    stored = [
        {**movement_fields(movement), "member_id": member_id, "recorded_at": recorded_at}
        for member_id, lines in zip(ids, changes, strict=True)
        for movement, _ in lines
    ]
    insert_rows(session, cast(Table, MemberMovement.__table__), stored)
    audit.record_many(
        session,
        [
            ("人员变动", "登记", f"{data.name} {movement.kind.value} {movement.date}", text)
            for (data, _, _), lines in zip(rows, changes, strict=True)
            for movement, text in lines
        ],
    )
    return ids


class _LogLabels:
    """The log's words for a movement's fields and the member's fields it changes, asked of the
    models once per bulk insert rather than once per line (10 lines a movement)."""

    def __init__(self) -> None:
        self.movement = {key: audit.field_label(MemberMovement, key) for key in _MOVEMENT_KEYS}
        self.member = {key: audit.field_label(Member, key) for key in _STATE_KEYS}


def _movement_lines(
    movement: Movement, before: MemberState, after: MemberState, labels: _LogLabels
) -> list[str]:
    """The lines of record_movement's 操作日志 entry: the movement's fields, then the member's
    fields it changed (a 转正's category aside, which is never registered this way)."""
    fields = movement_fields(movement)
    entry = {key: fields[key] for key in _MOVEMENT_KEYS}
    return audit.changes(None, entry, labels.movement.__getitem__) + audit.changes(
        {key: getattr(before, key) for key in _STATE_KEYS},
        {key: getattr(after, key) for key in _STATE_KEYS},
        labels.member.__getitem__,
    )


def check_movement(
    session: Session, member_id: int, movement: Movement, today: date
) -> list[Finding]:
    """What the rule book says of a 转正, 延长预备期 or 取消预备党员资格 before it is registered,
    warnings included (a 转正 decided long after the probation ended): the dialog's preview.
    Other movements have only the refusals record_movement gives."""
    return _decision_findings(get_member(session, member_id), movement.cleaned(), today)


def _decision_findings(member: Member, movement: Movement, today: date) -> list[Finding]:
    if movement.kind not in PROBATION_DECISIONS:
        return []
    return check_probation_decision(
        movement, member.category, member.join_date, _stored_movements(member), today
    )


def history_entry(movement: Movement) -> MemberMovement:
    """The stored row of a movement, stamped with the local time (the database's clock is UTC)."""
    return MemberMovement(**movement_fields(movement), recorded_at=datetime.now())


def _stored_movements(member: Member) -> list[Movement]:
    return [
        Movement(
            m.kind,
            m.date,
            m.reason,
            m.other_org,
            m.letter_number,
            m.place,
            m.decision_date,
            m.extension_months,
            m.receipt_date,
        )
        for m in member.movements
    ]


def _apply_state(member: Member, state: MemberState) -> None:
    member.status = state.status
    member.is_mobile = state.is_mobile
    member.mobile_place = state.mobile_place
    member.mobile_since = state.mobile_since
    member.mobile_org = state.mobile_org
