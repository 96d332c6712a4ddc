"""Importing roster rows from a file: judge every row by the roster rules, then add them all or none.

The file is read elsewhere (dangwu_desktop.io); this module sees only candidates: the values of one
spreadsheet row, already turned into a MemberData, with the row number the spreadsheet shows.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import MembershipStatus, MovementKind
from dangwu_desktop.core.idnumber import IdNumberError, normalise, parse_id_number
from dangwu_desktop.core.member_data import FIELD_LABELS, MemberData
from dangwu_desktop.core.member_fields import FIELDS_BY_KEY
from dangwu_desktop.core.models import Member, PartyGroup
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.rulebook import ID_REQUIRED, IMPORT_REFUSES, Severity
from dangwu_desktop.core.rules import Finding, TextField, check_member, check_texts
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.branch import add_group, group_by_name, link_committee
from dangwu_desktop.core.text_rules import TextKind, visible

STATUS_MOVEMENT = {
    MembershipStatus.TRANSFERRED_OUT: MovementKind.TRANSFER_OUT,
    MembershipStatus.DECEASED: MovementKind.DECEASED,
    MembershipStatus.EXPELLED: MovementKind.EXPELLED,
    MembershipStatus.SUSPENDED: MovementKind.SUSPENDED,
}
UNRECORDED = "（原表未注明）"
SINCE, OUTFLOW_ORG = FIELDS_BY_KEY["mobile_since"].label, FIELDS_BY_KEY["mobile_org"].label
TRANSFERRED_TO = FIELDS_BY_KEY["transfer_out_org"].label
ARRIVED = FIELDS_BY_KEY["transfer_in_date"].label
NAMED_IN_LOG = 100  # the new members an import entry names; a 20,000-row import says how many more
ProgressCallback = Callable[[int, int], bool]  # (done, total) -> go on?


@dataclass(frozen=True, slots=True)
class Fault:
    """One problem in the file: where (row as the spreadsheet numbers it, column), what and why."""

    row: int
    column: str
    value: str
    reason: str
    detail: str = ""

    @property
    def message(self) -> str:
        return f"{self.reason}：{self.detail}" if self.detail else self.reason


@dataclass(slots=True)
class Candidate:
    """One spreadsheet row, as values the rules can judge."""

    row: int
    data: MemberData
    status: MembershipStatus = MembershipStatus.ACTIVE
    mobile: bool = False
    mobile_place: str = ""
    faults: list[Fault] = field(default_factory=list)  # found while reading the cells
    mobile_since: date | None = None  # 流动 only: the 流出时间 the file gives
    mobile_org: str = ""  # 流动 only: the 流入地党组织 the file gives
    # A status other than 在册 only: the date (and which column gave it) and, for a 转出, the
    # organisation the file gives for the movement that brought it about
    status_date: date | None = None
    status_date_label: str = ""
    status_org: str = ""
    # 在册 only: a member who came from another branch, as the file's 转入时间 and 原所在党组织 say
    arrival_date: date | None = None
    arrival_org: str = ""
    notes: list[Fault] = field(default_factory=list)  # what the file gives and the import drops


@dataclass(slots=True)
class ImportCheck:
    """What an import would do, before anything is written."""

    accepted: list[Candidate]
    faults: list[Fault]
    warnings: list[Fault]
    existing: dict[int, tuple[int, str]]  # row -> (member id, name) already on the roster
    new_groups: list[str]

    @property
    def faulty_rows(self) -> list[int]:
        return sorted({fault.row for fault in self.faults})

    def first_fault_per_row(self) -> list[Fault]:
        first: dict[int, Fault] = {}
        for fault in self.faults:
            first.setdefault(fault.row, fault)
        return [first[row] for row in sorted(first)]


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    updated: int
    skipped: int


@contextmanager
def bulk_work() -> Iterator[None]:
    """Python's cycle collector held off while a whole roster is read, judged or written: the tens
    of thousands of cells, records and rows it allocates (none of them in a cycle) set it off again
    and again, each time walking everything still alive, which cost a third of a 20,000-row import.
    It runs as before once the work is done; nested uses keep it off until the outermost ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("导入已取消，花名册没有任何改动")


@bulk_work()
def check_candidates(session: Session, candidates: Sequence[Candidate], today: date) -> ImportCheck:
    """Judge every row by the roster rules; find duplicates in the file and on the roster."""
    faults: list[Fault] = []
    warnings: list[Fault] = []
    accepted: list[Candidate] = []
    first_row_of: dict[str, int] = {}
    for candidate in candidates:
        number = _normalised_id(candidate.data.id_number) if candidate.data.id_number else ""
        duplicate_of = f"第{first_row_of[number]}行" if number and number in first_row_of else None
        result = check_member(candidate.data, today, duplicate_of=duplicate_of)
        if number and number not in first_row_of:
            first_row_of[number] = candidate.row
        # An upward roster is stricter than the dialog: a 性别 or 出生日期 the number contradicts,
        # or no number at all, refuses the row (the rule book's IMPORT_REFUSES) rather than warns.
        errors = [
            f for f in result.findings if f.severity is Severity.ERROR or f.rule in IMPORT_REFUSES
        ] if result.findings else []  # fmt: skip
        if candidate.faults and any(f.reason.startswith("身份号码") for f in candidate.faults):
            # a number the reader could not read (typed as a number) is empty to the rules: its
            # own fault says why, 身份号码为空 would only repeat it
            errors = [f for f in errors if f.rule != ID_REQUIRED.id]
        errors.extend(_outflow_errors(candidate, result.data.join_date, today))
        errors.extend(_status_errors(candidate, result.data.join_date, today))
        errors.extend(_arrival_errors(candidate, result.data.join_date, today))
        if candidate.faults or errors:  # the cells that could not be read first, then the rules'
            faults.extend(candidate.faults)
            faults.extend(_fault(candidate, f) for f in errors)
            continue
        if result.findings:  # a row accepted without a finding has no warning to list
            warnings.extend(_fault(candidate, f) for f in result.warnings)
        warnings.extend(candidate.notes)  # what the file gives that the import does not record
        candidate.data = result.data
        accepted.append(candidate)
    existing = _on_the_roster(session, accepted)
    known_groups = set(session.scalars(select(PartyGroup.name)))
    wanted = dict.fromkeys(c.data.group_name for c in accepted if c.data.group_name)
    return ImportCheck(
        accepted=accepted,
        faults=faults,
        warnings=warnings,
        existing=existing,
        new_groups=sorted(
            (name for name in wanted if name not in known_groups), key=group_sort_key
        ),
    )


def _outflow_errors(candidate: Candidate, joined: date | None, today: date) -> list[Finding]:
    """What the file says of a 流出 (not MemberData's: recorded as a movement): the text rule on
    its 流向 and 流入地党组织, and a 流出时间 that cannot be (after today, before joining)."""
    if not (candidate.mobile_place or candidate.mobile):  # most rows: nothing to refuse
        return []
    errors = check_texts(
        [
            TextField("mobile_place", candidate.mobile_place, TextKind.LINE, "流向"),
            TextField("mobile_org", candidate.mobile_org, TextKind.LINE, OUTFLOW_ORG),
        ]
    )
    since = candidate.mobile_since
    if since is not None and since > today:
        errors.append(Finding("mobile_since", "流出时间晚于今天", Severity.ERROR, label=SINCE))
    elif since is not None and joined is not None and since < joined:
        detail = f"入党时间为{joined:%Y-%m-%d}"
        errors.append(
            Finding("mobile_since", "流出时间早于入党时间", Severity.ERROR, detail, label=SINCE)
        )
    return errors


def _arrival_errors(candidate: Candidate, joined: date | None, today: date) -> list[Finding]:
    """A 转入时间 that cannot be: after today, or before the member joined the party."""
    day, label = candidate.arrival_date, ARRIVED
    if day is None:
        return []
    errors = check_texts([TextField("arrival_org", candidate.arrival_org, TextKind.LINE,
                                    FIELDS_BY_KEY["transfer_in_org"].label)])  # fmt: skip
    if day > today:
        errors.append(Finding("arrival_date", f"{label}晚于今天", Severity.ERROR, label=label))
    elif joined is not None and day < joined:
        detail = f"入党时间为{joined:%Y-%m-%d}"
        errors.append(
            Finding("arrival_date", f"{label}早于入党时间", Severity.ERROR, detail, label=label)
        )
    return errors


def _status_errors(candidate: Candidate, joined: date | None, today: date) -> list[Finding]:
    """What the file says of the movement a status brings (转出, 去世 …): the text rule on where a
    转出 went, and a date that cannot be (after today, before joining, before the 流出 the same
    row records, which the status would end)."""
    day, label = candidate.status_date, candidate.status_date_label
    if day is None and not candidate.status_org:  # most rows: nothing to refuse
        return []
    errors = check_texts(
        [TextField("status_org", candidate.status_org, TextKind.LINE, TRANSFERRED_TO)]
    )
    if day is None:
        return errors
    if day > today:
        errors.append(Finding("status_date", f"{label}晚于今天", Severity.ERROR, label=label))
    elif joined is not None and day < joined:
        detail = f"入党时间为{joined:%Y-%m-%d}"
        errors.append(
            Finding("status_date", f"{label}早于入党时间", Severity.ERROR, detail, label=label)
        )
    elif candidate.mobile and candidate.mobile_since and day < candidate.mobile_since:
        detail = f"{SINCE}为{candidate.mobile_since:%Y-%m-%d}"
        errors.append(
            Finding("status_date", f"{label}早于{SINCE}", Severity.ERROR, detail, label=label)
        )
    return errors


_CHINESE_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)}


def group_sort_key(name: str) -> tuple[int, str]:
    """第一党小组 before 第二党小组 before 第十党小组; other names after, by their text."""
    digits = "".join(str(_CHINESE_NUMERALS[c]) if c in _CHINESE_NUMERALS else c for c in name)
    number = "".join(ch for ch in digits if ch.isdigit())
    return (int(number) if number and len(number) < 4 else 9999, name)


def _normalised_id(text: str) -> str:
    """The number as it will be stored, so that a 15-digit and an 18-digit form are one person."""
    try:
        return parse_id_number(text).number
    except IdNumberError:
        return normalise(text)


def _fault(candidate: Candidate, finding: Finding) -> Fault:
    value = getattr(candidate.data, finding.attribute, getattr(candidate, finding.attribute, ""))
    text = value.value if hasattr(value, "value") else value
    return Fault(
        row=candidate.row,
        column=finding.field_label,
        # as the fault list and its report can show it: no invisible characters, not 100,000 long
        value="" if text is None else visible(str(text)),
        reason=finding.reason,
        detail=finding.detail,
    )


def _on_the_roster(session: Session, accepted: Sequence[Candidate]) -> dict[int, tuple[int, str]]:
    existing: dict[int, tuple[int, str]] = {}
    if session.scalar(select(Member.id).limit(1)) is None:
        return existing  # a branch's first import: nobody to look up, 40 queries saved
    row_of = {c.data.id_number: c.row for c in accepted if c.data.id_number}
    numbers = list(row_of)
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        query = select(Member.id_number, Member.id, Member.name).where(Member.id_number.in_(chunk))
        for number, member_id, name in session.execute(query):
            existing[row_of[str(number)]] = (member_id, name)
    return existing


@bulk_work()
def apply_import(
    session: Session,
    check: ImportCheck,
    today: date,
    *,
    update_existing: bool,
    source: str,
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Write the accepted rows inside the caller's transaction; any failure or a cancel leaves
    the roster as it was, since the caller then rolls back."""
    if check.faults:
        raise ServiceError(f"文件中还有{len(check.faulty_rows)}行有错误，请先改正后再导入")
    # The roster may have changed since the check (another window, another import): ask again.
    existing = _on_the_roster(session, check.accepted)
    for name in check.new_groups:
        if group_by_name(session, name) is None:
            add_group(session, name)
    group_ids = {name: gid for name, gid in session.execute(select(PartyGroup.name, PartyGroup.id))}
    total, updated, skipped = len(check.accepted), 0, 0
    fresh: list[Candidate] = []
    for done, candidate in enumerate(check.accepted, start=1):
        if progress and done % 500 == 0 and not progress(done, total):
            raise ImportCancelled()
        known = existing.get(candidate.row)
        if known is None:
            fresh.append(candidate)
        elif update_existing:
            _update(session, known[0], candidate, today, source)
            updated += 1
        else:
            skipped += 1
    # Already judged by check_candidates: inserted together, without judging each again, in the
    # file's order, with the movements of the status or 流动 the file notes.
    rows = [
        (
            c.data,
            group_ids.get(c.data.group_name),
            _file_movements(c, today, source)
            if c.mobile or c.status in STATUS_MOVEMENT or c.arrival_date
            else [],
        )  # most rows note neither: no call for them
        for c in fresh
    ]
    member_service.insert_members_with_history(session, rows, today)
    link_committee(session)
    if progress and not progress(total, total):
        raise ImportCancelled()
    summary = [f"新增{len(fresh)}人，更新{updated}人，跳过已有{skipped}人"]
    names = [candidate.data.name for candidate in fresh]
    if names:  # inserted in bulk, so named here; each update logs its own entry
        shown = "、".join(names[:NAMED_IN_LOG]) + (
            f" 等{len(names)}人" if len(names) > NAMED_IN_LOG else ""
        )
        summary.append(f"新增的党员：{shown}")
    audit.record(session, "党员", "导入花名册", f"《{source}》", summary)
    return ImportResult(added=len(fresh), updated=updated, skipped=skipped)


def _file_movements(candidate: Candidate, today: date, source: str) -> list[Movement]:
    """A status or 流动 noted in the file as the movements that bring it about, saying where they
    came from: a 流出 on the 流出时间 the file gives (else today, saying the file gives none), to
    its 流向 and 流入地党组织; a status on the date the file gives for it (else today), a 转出 to
    the 转往单位 it gives (else saying the file gives none)."""
    kind = STATUS_MOVEMENT.get(candidate.status)
    if not candidate.mobile and kind is None and candidate.arrival_date is None:  # most rows
        return []
    movements: list[Movement] = []
    noted = f"导入《{source}》第{candidate.row}行时原表注明"
    if candidate.arrival_date is not None:  # 由外单位转入: the history begins with it
        movements.append(
            Movement(
                MovementKind.TRANSFER_IN, candidate.arrival_date, f"{noted}由外单位转入",
                other_org=candidate.arrival_org or UNRECORDED,
            )
        )  # fmt: skip
    if candidate.mobile:
        since = candidate.mobile_since
        movements.append(
            Movement(
                MovementKind.MOBILE_OUT,
                since or today,
                f"{noted}为流动党员" + ("" if since else f"，流出日期{UNRECORDED}"),
                other_org=candidate.mobile_org,
                place=candidate.mobile_place or UNRECORDED,
            )
        )
    if kind is not None:
        org = candidate.status_org
        if not org and kind is MovementKind.TRANSFER_OUT:
            org = UNRECORDED
        reason = f"{noted}党籍状态为“{candidate.status.value}”"
        movements.append(Movement(kind, candidate.status_date or today, reason, org))
    return movements


def _update(
    session: Session, member_id: int, candidate: Candidate, today: date, source: str
) -> None:
    member = member_service.get_member(session, member_id)
    before = member_service.member_data(member)
    merged = candidate.data
    if not merged.group_name:
        merged.group_name = before.group_name  # a file without groups does not ungroup anyone
    changed = [
        FIELD_LABELS[name]
        for name in FIELD_LABELS
        if getattr(before, name) != getattr(merged, name)
    ]
    if not changed:
        return
    member_service.update_member(session, member_id, merged, today)
    reason = f"从《{source}》第{candidate.row}行导入更新：{'、'.join(changed)}"
    member.movements.append(
        member_service.history_entry(Movement(MovementKind.UPDATED_BY_IMPORT, today, reason))
    )
    session.flush()
