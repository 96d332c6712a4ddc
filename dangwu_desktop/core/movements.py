"""Member movements (人员变动) and how a member's current status derives from them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from datetime import date as Day  # the type, named apart from a movement's field `date`

from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.rulebook import (
    Finding,
    Severity,
    confirmation_due_date,
    confirmation_timeliness,
    full_membership,
    probation_decision,
    probation_extension,
)

ORGANISATION_TRANSFER = "组织关系转接"
TRANSFER_KINDS = frozenset({MovementKind.TRANSFER_IN, MovementKind.TRANSFER_OUT})
STATUS_AFTER: dict[MovementKind, MembershipStatus] = {
    MovementKind.TRANSFER_IN: MembershipStatus.ACTIVE,
    MovementKind.TRANSFER_OUT: MembershipStatus.TRANSFERRED_OUT,
    MovementKind.DECEASED: MembershipStatus.DECEASED,
    MovementKind.EXPELLED: MembershipStatus.EXPELLED,
    MovementKind.SUSPENDED: MembershipStatus.SUSPENDED,
    MovementKind.RESTORED: MembershipStatus.ACTIVE,
    # 取消预备党员资格 takes the person off the roster; the party's statistics count it with 出党.
    MovementKind.PROBATION_CANCELLED: MembershipStatus.EXPELLED,
}
# What a 支部党员大会 decides about a 预备党员 (党章第七条): each names the meeting's day.
PROBATION_DECISIONS = frozenset(
    {
        MovementKind.CONFIRMED,
        MovementKind.PROBATION_EXTENDED,
        MovementKind.PROBATION_CANCELLED,
    }
)
# The status a member must have for each movement to make sense.
ALLOWED_FROM: dict[MovementKind, frozenset[MembershipStatus]] = {
    MovementKind.TRANSFER_IN: frozenset({MembershipStatus.TRANSFERRED_OUT}),
    MovementKind.RESTORED: frozenset({MembershipStatus.SUSPENDED}),
}
_ACTIVE_ONLY = frozenset({MembershipStatus.ACTIVE})
# Entries that note a change to the record itself, whatever the member's status.
RECORD_ONLY = frozenset({MovementKind.UPDATED_BY_IMPORT})
RECORDABLE_KINDS = tuple(kind for kind in MovementKind if kind not in RECORD_ONLY)


@dataclass(frozen=True, slots=True)
class Movement:
    """A movement as the dialog, a script or the stored history supplies it."""

    kind: MovementKind
    date: date
    reason: str = ""
    other_org: str = ""
    letter_number: str = ""
    place: str = ""
    decision_date: Day | None = None  # the 支部党员大会 that decided it (PROBATION_DECISIONS)
    extension_months: int | None = None  # 延长预备期 only
    receipt_date: Day | None = None  # 转出 only: the day the 介绍信's 回执 came back

    def cleaned(self) -> Movement:
        return replace(
            self,
            reason=self.reason.strip(),
            other_org=self.other_org.strip(),
            letter_number=self.letter_number.strip(),
            place=self.place.strip(),
        )


@dataclass(frozen=True, slots=True)
class MemberState:
    """What the movements say about a member now."""

    status: MembershipStatus = MembershipStatus.ACTIVE
    is_mobile: bool = False
    mobile_place: str = ""
    mobile_since: date | None = None
    mobile_org: str = ""


_MOVEMENT_FIELDS = tuple(f.name for f in fields(Movement))  # flat values: no asdict() copying


class MovementError(ValueError):
    """A movement that contradicts the member's history; the message is Chinese."""


def movement_fields(movement: Movement) -> dict[str, object]:
    """The movement's values by field name, as the stored history row takes them."""
    return {name: getattr(movement, name) for name in _MOVEMENT_FIELDS}


def required_fields(movement: Movement) -> list[str]:
    """Chinese messages for what a movement of its kind must carry."""
    problems: list[str] = []
    if movement.kind in TRANSFER_KINDS and not movement.other_org.strip():
        side = "转入前所在" if movement.kind is MovementKind.TRANSFER_IN else "转往"
        problems.append(f"{movement.kind.value}须填写{side}的党组织名称（{ORGANISATION_TRANSFER}）")
    if movement.kind is MovementKind.MOBILE_OUT and not movement.place.strip():
        problems.append("流出须填写流向地点")
    problems += receipt_problems(movement.kind, movement.date, movement.receipt_date)
    return problems


def receipt_problems(kind: MovementKind, day: date, receipt: Day | None) -> list[str]:
    """A 回执 belongs to a 转出's letter and comes back after it was written."""
    if receipt is None:
        return []
    if kind is not MovementKind.TRANSFER_OUT:
        return [f"只有转出才登记介绍信回执，{kind.value}不登记"]
    if receipt < day:
        return ["回执收回日期不能早于转出日期"]
    return []


def derive_state(movements: Iterable[Movement], initial: MemberState | None = None) -> MemberState:
    """Replay movements in date order; raises MovementError at the first that cannot happen."""
    ordered = sorted(movements, key=lambda m: m.date)
    state = initial or _initial_state(ordered)
    for movement in ordered:
        state = _apply(state, movement)
    return state


def _initial_state(ordered: list[Movement]) -> MemberState:
    """A history that begins with 转入 is a member who came from another branch (由外单位转入):
    before that day their 组织关系 was elsewhere, so they were not on this roster."""
    changes = [m for m in ordered if m.kind not in RECORD_ONLY]
    if changes and changes[0].kind is MovementKind.TRANSFER_IN:
        return MemberState(MembershipStatus.TRANSFERRED_OUT)
    return MemberState()


def on_roll_on(movements: Iterable[Movement], day: date) -> bool:
    """在册 at the end of `day`: the movements up to that day leave the member active."""
    history = sorted(movements, key=lambda m: m.date)
    then = derive_state([m for m in history if m.date <= day], _initial_state(history))
    return then.status is MembershipStatus.ACTIVE


def on_roll_during(movements: Iterable[Movement], first: date, last: date) -> bool:
    """在册 at some time from `first` to `last`: active when the stretch began, or made active
    by a movement within it (转入, 恢复党籍). A member who left within it was there until then."""
    history = sorted(movements, key=lambda m: m.date)
    state = derive_state([m for m in history if m.date < first], _initial_state(history))
    if state.status is MembershipStatus.ACTIVE:
        return True
    for movement in (m for m in history if first <= m.date <= last):
        state = _apply(state, movement)
        if state.status is MembershipStatus.ACTIVE:
            return True
    return False


def _apply(state: MemberState, movement: Movement) -> MemberState:
    kind = movement.kind
    if kind in RECORD_ONLY:
        return state
    allowed = ALLOWED_FROM.get(kind, _ACTIVE_ONLY)
    when = f"{movement.date:%Y-%m-%d}"
    if state.status not in allowed:
        raise MovementError(f"{when}的“{kind.value}”无法登记：此时党籍状态为“{state.status.value}”")
    if kind is MovementKind.MOBILE_OUT:
        if state.is_mobile:
            raise MovementError(f"{when}的“流出”无法登记：此前已是流动党员，请先登记“返回”")
        return MemberState(state.status, True, movement.place, movement.date, movement.other_org)
    if kind is MovementKind.MOBILE_RETURN:
        if not state.is_mobile:
            raise MovementError(f"{when}的“返回”无法登记：此时不是流动党员")
        return MemberState(state.status)
    if kind in STATUS_AFTER:
        keeps_mobile = kind is MovementKind.RESTORED
        if keeps_mobile:
            return MemberState(
                STATUS_AFTER[kind],
                state.is_mobile,
                state.mobile_place,
                state.mobile_since,
                state.mobile_org,
            )
        return MemberState(STATUS_AFTER[kind])
    return state  # 转正 changes the category, not the status


def extension_of(movements: Iterable[Movement]) -> int:
    """The months a 预备党员's probation was extended by (0 if it was not)."""
    return sum(
        m.extension_months or 0 for m in movements if m.kind is MovementKind.PROBATION_EXTENDED
    )


def check_confirmation(
    category: MemberCategory, join_date: date | None, day: date, extension_months: int = 0
) -> list[Finding]:
    """转正 applies to a 预备党员 whose probation (one year, or as extended) is over on `day`
    (the rule book's member.full_after_one_year, the same finding the roster check gives)."""
    if category is not MemberCategory.PROBATIONARY:
        return [Finding("", "只有预备党员才能登记转正", Severity.ERROR)]
    return full_membership(join_date, day, extension_months=extension_months)


def check_probation_decision(
    movement: Movement,
    category: MemberCategory,
    join_date: date | None,
    history: Iterable[Movement],
    today: date,
) -> list[Finding]:
    """A 转正, 延长预备期 or 取消预备党员资格 judged by the rule book, errors and warnings:
    only a 预备党员's; each with its 支部党员大会's day; an extension once, of 6 to 12 months,
    from the end of the year; a 转正 on the day the probation ends or later, and a warning when
    its meeting was held long after that day."""
    kind = movement.kind
    if category is not MemberCategory.PROBATIONARY:
        return [Finding("", f"只有预备党员才能登记{kind.value}", Severity.ERROR)]
    history = list(history)
    months = extension_of(history)
    findings = probation_decision(join_date, movement.decision_date, today)
    if kind is MovementKind.CONFIRMED:
        findings += full_membership(join_date, movement.date, extension_months=months)
        if join_date is not None:
            due = confirmation_due_date(join_date, months)
            findings += confirmation_timeliness(due, movement.date, movement.decision_date)
    elif kind is MovementKind.PROBATION_EXTENDED:
        findings += probation_extension(movement.extension_months, months > 0)
    findings.sort(key=lambda f: f.severity is not Severity.ERROR)
    return findings
