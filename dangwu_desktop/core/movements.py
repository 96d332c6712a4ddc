"""Member movements (人员变动) and how a member's current status derives from them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date

from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.rulebook import Finding, Severity, full_membership

ORGANISATION_TRANSFER = "组织关系转接"
TRANSFER_KINDS = frozenset({MovementKind.TRANSFER_IN, MovementKind.TRANSFER_OUT})
STATUS_AFTER: dict[MovementKind, MembershipStatus] = {
    MovementKind.TRANSFER_IN: MembershipStatus.ACTIVE,
    MovementKind.TRANSFER_OUT: MembershipStatus.TRANSFERRED_OUT,
    MovementKind.DECEASED: MembershipStatus.DECEASED,
    MovementKind.EXPELLED: MembershipStatus.EXPELLED,
    MovementKind.SUSPENDED: MembershipStatus.SUSPENDED,
    MovementKind.RESTORED: MembershipStatus.ACTIVE,
}
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


class MovementError(ValueError):
    """A movement that contradicts the member's history; the message is Chinese."""


def movement_fields(movement: Movement) -> dict[str, object]:
    """The movement's values by field name, as the stored history row takes them."""
    return asdict(movement)


def required_fields(movement: Movement) -> list[str]:
    """Chinese messages for what a movement of its kind must carry."""
    problems: list[str] = []
    if movement.kind in TRANSFER_KINDS and not movement.other_org.strip():
        side = "转入前所在" if movement.kind is MovementKind.TRANSFER_IN else "转往"
        problems.append(f"{movement.kind.value}须填写{side}的党组织名称（{ORGANISATION_TRANSFER}）")
    if movement.kind is MovementKind.MOBILE_OUT and not movement.place.strip():
        problems.append("流出须填写流向地点")
    return problems


def derive_state(movements: Iterable[Movement], initial: MemberState | None = None) -> MemberState:
    """Replay movements in date order; raises MovementError at the first that cannot happen."""
    state = initial or MemberState()
    for movement in sorted(movements, key=lambda m: m.date):
        state = _apply(state, movement)
    return state


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


def check_confirmation(
    category: MemberCategory, join_date: date | None, day: date
) -> list[Finding]:
    """转正 applies to a 预备党员 whose year of probation is over on `day` (the rule book's
    member.full_after_one_year, the same finding the roster check gives, here an error)."""
    if category is not MemberCategory.PROBATIONARY:
        return [Finding("", "只有预备党员才能登记转正", Severity.ERROR)]
    return full_membership(join_date, day)
