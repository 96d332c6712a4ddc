"""Reading the 流动党员 book: each member away (now, or at any time in a stretch of days) with their
stint's details, the roster's 流出 and 返回, the last contact, the 失联 case, the dues paid at the
流入地 (read from the 党费 book) and the rules' judgements on the day; the 流入党员 beside them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from datetime import date as Day  # the type, named apart from a contact's field `date`
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from dangwu_desktop.core.glossary import MembershipStatus, MovementKind
from dangwu_desktop.core.models import Member, MemberMovement
from dangwu_desktop.core.money import ZERO
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.mobile.models import (
    IncomingMember,
    LostContact,
    MobileContact,
    MobileStint,
)
from dangwu_desktop.ledgers.mobile.rules import (
    CardState,
    LostOutcome,
    card_state,
    contact_overdue,
    stop_membership_due,
    transfer_due,
)
from dangwu_desktop.ledgers.mobile.service import ENDING_KINDS, contact_months, lost_months


@dataclass(frozen=True, slots=True)
class StintDetails:
    """A 流出 record's own details, read out of the session (the 台账 is written after it ends)."""

    stint_id: int
    reason: str
    fixed_place: bool
    phone_there: str
    address_there: str
    wechat: str
    org_contact: str
    card_number: str
    card_issued_on: date | None
    card_expires_on: date | None
    keeper: str  # the branch's contact person

    @classmethod
    def of(cls, stint: MobileStint) -> StintDetails:
        keeper = stint.contact_person.name if stint.contact_person is not None else ""
        return cls(
            stint.id, stint.reason.value, stint.fixed_place, stint.phone_there,
            stint.address_there, stint.wechat, stint.org_contact, stint.card_number,
            stint.card_issued_on, stint.card_expires_on, keeper,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ContactLine:
    date: date
    way: str
    by: str
    said: str
    study: str
    hours: float | None  # credited through the training book
    paid: Decimal | None  # recorded in the 党费 book
    next_planned: Day | None
    contact_id: int = 0  # the entry, for the page's 修改 and 删除

    @classmethod
    def of(cls, contact: MobileContact) -> ContactLine:
        return cls(
            contact.date, contact.way.value, contact.by.name if contact.by else "",
            contact.said, contact.study, contact.credit.hours if contact.credit else None,
            contact.payment.amount if contact.payment else None, contact.next_planned,
            contact.id,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class LostCase:
    case_id: int
    marked_on: date
    last_reached: date
    steps: str
    outcome: LostOutcome
    outcome_on: date | None

    @classmethod
    def of(cls, case: LostContact) -> LostCase:
        return cls(case.id, case.marked_on, case.last_reached, case.steps, case.outcome,
                   case.outcome_on)  # fmt: skip


@dataclass(frozen=True, slots=True)
class AwayRow:
    """A member away, as the 台账 and the reminders see them on the day."""

    member_id: int
    name: str
    place: str
    org_there: str
    start: date
    end: date | None
    end_kind: str  # 返回 / 转出, or "" while away
    stint: StintDetails | None  # None: the roster shows the member away, no 流出 record yet
    contacts: tuple[ContactLine, ...]
    lost: LostCase | None  # the open 失联 case, or the last one
    paid_there: Decimal  # dues paid at the 流入地 in the stretch (the 党费 book's)
    study_hours: float  # hours credited from contacts in the stretch
    contact_gap: int | None  # months without contact once over the interval, else None
    transfer_from: date | None  # the day the transfer was due, once it has come
    card: CardState
    lost_due: bool  # not reached for the 失联 months and not yet registered 失联
    stop_due: bool  # 失联 six months and still searched for: 停止党籍 to be decided

    @property
    def away(self) -> bool:
        return self.end is None

    @property
    def last_contact(self) -> date | None:
        return self.contacts[-1].date if self.contacts else None

    @property
    def searching(self) -> bool:
        return self.lost is not None and self.lost.outcome is LostOutcome.SEARCHING


@dataclass(frozen=True, slots=True)
class IncomingPerson:
    incoming_id: int
    name: str
    home_branch: str
    home_contact: str
    card_number: str
    card_expires_on: date | None
    since: date
    until: date | None
    phone: str
    address: str
    note: str


@dataclass(frozen=True, slots=True)
class IncomingRow:
    incoming: IncomingPerson
    meetings: int  # times taken part here in the stretch
    hours: float

    @property
    def here(self) -> bool:
        return self.incoming.until is None


@dataclass(frozen=True, slots=True)
class MobileBook:
    title: str
    first: date
    last: date
    today: date
    rows: tuple[AwayRow, ...]
    incoming: tuple[IncomingRow, ...]
    contact_months: int
    by_reason: dict[str, int] = field(default_factory=dict)
    by_place: dict[str, int] = field(default_factory=dict)

    @property
    def away_now(self) -> list[AwayRow]:
        return [r for r in self.rows if r.away]

    @property
    def contacted(self) -> list[AwayRow]:
        """Those heard from within the stretch."""
        return [r for r in self.rows if any(self.first <= c.date <= self.last for c in r.contacts)]

    @property
    def lost(self) -> list[AwayRow]:
        return [r for r in self.rows if r.searching]

    @property
    def incoming_here(self) -> list[IncomingRow]:
        return [r for r in self.incoming if r.here]


def _stints(session: Session) -> dict[int, MobileStint]:
    """Every stint by its 流出 movement's id."""
    stints = session.scalars(
        select(MobileStint).options(
            joinedload(MobileStint.outflow),
            joinedload(MobileStint.end),
            joinedload(MobileStint.contact_person),
            # Everything the 台账 writes, loaded here: it is written after the read ends.
            selectinload(MobileStint.contacts).options(
                joinedload(MobileContact.credit),
                joinedload(MobileContact.payment),
                joinedload(MobileContact.by),
            ),
            selectinload(MobileStint.lost),
        )
    ).unique()
    return {s.outflow_id: s for s in stints}


def _ends(movements: list[MemberMovement]) -> dict[int, MemberMovement]:
    """Each 流出 movement's id with the 返回 or 转出 that ended it (the next such movement)."""
    ends: dict[int, MemberMovement] = {}
    open_out: MemberMovement | None = None
    for movement in movements:
        if movement.kind is MovementKind.MOBILE_OUT:
            open_out = movement
        elif open_out is not None and movement.kind in ENDING_KINDS:
            ends[open_out.id] = movement
            open_out = None
    return ends


def _paid_there(session: Session, member_ids: list[int]) -> dict[int, list[tuple[date, Decimal]]]:
    found: dict[int, list[tuple[date, Decimal]]] = {}
    for member_id, paid_on, amount in session.execute(
        select(DuesPayment.member_id, DuesPayment.paid_on, DuesPayment.amount).where(
            DuesPayment.member_id.in_(member_ids), DuesPayment.paid_at_org != ""
        )
    ):
        found.setdefault(member_id, []).append((paid_on, amount))
    return found


def away_rows(session: Session, today: date, first: date, last: date) -> list[AwayRow]:
    """Each stint away that overlaps `first`–`last` (and every member away on `today`), in the
    order they left."""
    interval, lost_after = contact_months(session), lost_months(session)
    stints = _stints(session)
    members = session.scalars(
        select(Member)
        .where(
            Member.id.in_(
                select(MemberMovement.member_id).where(
                    MemberMovement.kind == MovementKind.MOBILE_OUT
                )
            )
        )
        .options(selectinload(Member.movements))
    ).all()
    paid = _paid_there(session, [m.id for m in members])
    rows: list[AwayRow] = []
    for member in members:
        ends = _ends(list(member.movements))
        for outflow in member.movements:
            if outflow.kind is not MovementKind.MOBILE_OUT:
                continue
            end = ends.get(outflow.id)
            if outflow.date > last or (end is not None and end.date < first):
                continue
            stint = stints.get(outflow.id)
            contacts = tuple(map(ContactLine.of, stint.contacts)) if stint else ()
            lost = LostCase.of(stint.lost[-1]) if stint and stint.lost else None
            away = end is None and member.status is MembershipStatus.ACTIVE
            last_heard = contacts[-1].date if contacts else outflow.date
            searching = lost is not None and lost.outcome is LostOutcome.SEARCHING
            # What was paid and studied there within the stretch (and the stint).
            since, until = max(first, outflow.date), min(last, end.date if end else today)
            rows.append(
                AwayRow(
                    member.id, member.name, outflow.place, outflow.other_org, outflow.date,
                    end.date if end else None, end.kind.value if end else "",
                    StintDetails.of(stint) if stint else None, contacts,
                    lost,
                    sum((a for d, a in paid.get(member.id, []) if since <= d <= until), ZERO),
                    sum(c.hours or 0 for c in contacts if since <= c.date <= until),
                    contact_overdue(last_heard, today, interval) if away and not searching else None,
                    transfer_due(outflow.date, today, stint.fixed_place) if away and stint else None,
                    card_state(stint.card_expires_on, today) if away and stint else CardState.NONE,
                    away and not searching
                    and contact_overdue(last_heard, today, lost_after) is not None,
                    away and searching and lost is not None
                    and stop_membership_due(lost.last_reached, today),
                )
            )  # fmt: skip
    rows.sort(key=lambda r: (r.start, r.member_id))
    return rows


def incoming_rows(session: Session, first: date, last: date) -> list[IncomingRow]:
    people = session.scalars(
        select(IncomingMember)
        .where(
            IncomingMember.since <= last,
            (IncomingMember.until.is_(None)) | (IncomingMember.until >= first),
        )
        .options(selectinload(IncomingMember.taking_part))
        .order_by(IncomingMember.since, IncomingMember.id)
    ).all()
    rows = []
    for person in people:
        parts = [p for p in person.taking_part if first <= p.date <= last]
        plain = IncomingPerson(
            person.id, person.name, person.home_branch, person.home_contact, person.card_number,
            person.card_expires_on, person.since, person.until, person.phone, person.address,
            person.note,
        )  # fmt: skip
        rows.append(IncomingRow(plain, len(parts), sum(p.hours or 0 for p in parts)))
    return rows


def mobile_book(
    session: Session, today: date, first: date, last: date, *, title: str = ""
) -> MobileBook:
    rows = away_rows(session, today, first, last)
    reasons = Counter(r.stint.reason if r.stint else "未登记" for r in rows)
    places = Counter(_province(r.place) for r in rows)
    return MobileBook(
        title, first, last, today, tuple(rows), tuple(incoming_rows(session, first, last)),
        contact_months(session), dict(reasons), dict(places),
    )  # fmt: skip


def _province(place: str) -> str:
    """The destination counted by its province or city, as the report counts them (浙江杭州 →
    浙江): the first two characters, or the whole when shorter."""
    for mark in ("省", "自治区", "市"):
        if mark in place:
            return place[: place.index(mark) + len(mark)]
    return place[:2] if place else "未填"


def stints_of(session: Session, member_id: int) -> list[MobileStint]:
    return list(
        session.scalars(
            select(MobileStint).where(MobileStint.member_id == member_id).order_by(MobileStint.id)
        )
    )


def incoming_count(session: Session, day: date) -> int:
    """流入党员 living here on `day`."""
    return (
        session.scalar(
            select(func.count()).where(
                IncomingMember.since <= day,
                (IncomingMember.until.is_(None)) | (IncomingMember.until >= day),
            )
        )
        or 0
    )
