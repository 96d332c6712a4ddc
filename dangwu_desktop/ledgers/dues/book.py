"""Reading the 党费 book: who owes which months, what each month received, who is behind, and the
period's totals. One computation, used by the page, the exports, the 首页 and the report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import MembershipStatus, MovementKind
from dangwu_desktop.core.models import Member, MemberMovement, PartyGroup
from dangwu_desktop.core.money import ZERO
from dangwu_desktop.core.movements import STATUS_AFTER
from dangwu_desktop.ledgers.dues.models import (
    DuesAllocation,
    DuesPayment,
    DuesRemittance,
    DuesStandard,
    SpecialDues,
)
from dangwu_desktop.ledgers.dues.rules import (
    BACK_PAY_MONTHS,
    Month,
    owes_in,
    standard_summary,
    unpaid_run,
)

Stretch = tuple[date, date | None]


class CellState:
    """What a member × month cell of the 登记簿 says."""

    NOT_HERE = "—"  # not on this roster that month
    UNSET = "未核定"
    EXEMPT = "免交"
    PAID = "已交"
    SHORT = "少交"
    UNPAID = "未交"
    PENDING = "待交"  # this month or later, not yet paid
    ELSEWHERE = "流入地交"


@dataclass(frozen=True, slots=True)
class MonthCell:
    month: Month
    owes: bool  # on this roster that month
    owed: Decimal | None  # None: no standard covers the month yet
    paid: Decimal = ZERO
    paid_on: tuple[date, ...] = ()
    elsewhere: bool = False  # paid at the 流入地党组织
    back_pay: bool = False  # paid more than six months after the month (补交超过6个月)
    advance: bool = False  # paid before the month began

    def state(self, current: Month) -> str:
        if not self.owes:
            return CellState.NOT_HERE
        if self.owed is None:
            return CellState.UNSET if self.paid == 0 else CellState.PAID
        if self.owed == 0:
            return CellState.EXEMPT
        if self.paid >= self.owed:
            return CellState.ELSEWHERE if self.elsewhere else CellState.PAID
        if self.paid > 0:
            return CellState.SHORT
        return CellState.UNPAID if self.month < current else CellState.PENDING

    def behind(self, current: Month) -> bool:
        """Owed, before the current month, and not paid in full: a month of arrears."""
        return (
            self.owes and self.owed is not None and self.month < current and self.paid < self.owed
        )

    @property
    def shortfall(self) -> Decimal:
        if not self.owes or self.owed is None:
            return ZERO
        return max(self.owed - self.paid, ZERO)


@dataclass(frozen=True, slots=True)
class MemberDues:
    """One member's row of the 登记簿 for a year."""

    member_id: int
    name: str
    group_name: str
    standard: str  # 农民，每月0.50元
    monthly: Decimal | None  # the standard in force at the year's last counted month
    cells: tuple[MonthCell, ...]
    current: Month

    @property
    def owed(self) -> Decimal:
        return sum((c.owed or ZERO for c in self.cells if c.owes), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((c.paid for c in self.cells), ZERO)

    @property
    def due_cells(self) -> list[MonthCell]:
        """The months owed here that have fallen due: before the current month, whose dues are
        still being collected (as counted_to counts a period)."""
        return [c for c in self.cells if c.owes and c.month < self.current]

    @property
    def owed_due(self) -> Decimal:
        """应交 for the months that have fallen due."""
        return sum((c.owed or ZERO for c in self.due_cells), ZERO)

    @property
    def behind_months(self) -> list[Month]:
        return [c.month for c in self.cells if c.behind(self.current)]

    @property
    def arrears(self) -> Decimal:
        return sum((c.shortfall for c in self.cells if c.behind(self.current)), ZERO)


@dataclass(frozen=True, slots=True)
class Arrear:
    """A member behind with dues on the day: the months, the amount, the run up to last month."""

    member_id: int
    name: str
    months: tuple[Month, ...]
    amount: Decimal
    run: int  # months in a row unpaid, ending with last month

    @property
    def months_text(self) -> str:
        return months_text(self.months)


def months_text(months: Sequence[Month]) -> str:
    """2026年3—5月、8月: runs of months, each year named once."""
    parts: list[str] = []
    year = None
    run: list[Month] = []

    def flush() -> None:
        nonlocal year
        if not run:
            return
        head = f"{run[0].year}年" if run[0].year != year else ""
        year = run[0].year
        span = f"{run[0].month}月" if len(run) == 1 else f"{run[0].month}—{run[-1].month}月"
        parts.append(head + span)
        run.clear()

    for month in sorted(months):
        if run and (month.minus(run[-1]) != 1 or month.year != run[-1].year):
            flush()
        run.append(month)
    flush()
    return "、".join(parts)


def roster_stretches(
    session: Session, member_ids: Iterable[int] | None = None
) -> dict[int, list[Stretch]]:
    """Each member's stretches on this roster, from the 入党时间 (or the day of a 转入 when the
    member came from elsewhere) to the day a status movement took them off it, and back."""
    members = select(Member.id, Member.join_date)
    moves = select(MemberMovement.member_id, MemberMovement.kind, MemberMovement.date).where(
        MemberMovement.kind.in_(tuple(STATUS_AFTER))
    )
    if member_ids is not None:
        ids = list(member_ids)
        members = members.where(Member.id.in_(ids))
        moves = moves.where(MemberMovement.member_id.in_(ids))
    history: dict[int, list[tuple[date, MovementKind]]] = defaultdict(list)
    for member_id, kind, day in session.execute(moves):
        history[member_id].append((day, kind))
    stretches: dict[int, list[Stretch]] = {}
    for member_id, joined in session.execute(members):
        events = sorted(history[member_id])
        arrived_by_transfer = bool(events) and events[0][1] is MovementKind.TRANSFER_IN
        start: date | None = None if arrived_by_transfer else (joined or date.min)
        found: list[Stretch] = []
        for day, kind in events:
            active = STATUS_AFTER[kind] is MembershipStatus.ACTIVE
            if start is not None and not active:
                found.append((start, day))
                start = None
            elif start is None and active:
                start = day
        if start is not None:
            found.append((start, None))
        stretches[member_id] = found
    return stretches


def standards(
    session: Session, member_ids: Sequence[int] | None = None
) -> dict[int, list[DuesStandard]]:
    """Each member's standards, oldest first (of the members named, or of all)."""
    query = select(DuesStandard).order_by(DuesStandard.effective_from)
    if member_ids is not None:
        query = query.where(DuesStandard.member_id.in_(member_ids))
    by_member: dict[int, list[DuesStandard]] = defaultdict(list)
    for standard in session.scalars(query):
        by_member[standard.member_id].append(standard)
    return by_member


def standard_on(history: Sequence[DuesStandard], month: Month) -> DuesStandard | None:
    found = None
    for standard in history:
        if Month.of(standard.effective_from) <= month:
            found = standard
    return found


@dataclass
class _Received:
    amount: Decimal = ZERO
    days: list[date] = field(default_factory=list)
    elsewhere: bool = False


def received(
    session: Session, first: Month, last: Month, member_ids: Sequence[int] | None = None
) -> dict[tuple[int, Month], _Received]:
    """What each member's months from `first` to `last` received, and when (of the members
    named, or of all)."""
    query = (
        select(
            DuesPayment.member_id, DuesAllocation.year, DuesAllocation.month,
            DuesAllocation.amount, DuesPayment.paid_on, DuesPayment.paid_at_org,
        )
        .join(DuesPayment, DuesAllocation.payment_id == DuesPayment.id)
        .where(
            DuesAllocation.year * 12 + DuesAllocation.month - 1 >= first.ordinal,
            DuesAllocation.year * 12 + DuesAllocation.month - 1 <= last.ordinal,
        )
    )  # fmt: skip
    if member_ids is not None:
        query = query.where(DuesPayment.member_id.in_(member_ids))
    found: dict[tuple[int, Month], _Received] = defaultdict(_Received)
    for member_id, year, month, amount, paid_on, org in session.execute(query):
        cell = found[(member_id, Month(year, month))]
        cell.amount += amount
        cell.days.append(paid_on)
        cell.elsewhere = cell.elsewhere or bool(org)
    return found


def _cell(
    month: Month,
    stretches: Sequence[Stretch],
    admitted: date | None,
    history: Sequence[DuesStandard],
    got: _Received | None,
) -> MonthCell:
    owes = owes_in(month, stretches, admitted)
    standard = standard_on(history, month)
    days = tuple(sorted(got.days)) if got else ()
    return MonthCell(
        month=month,
        owes=owes,
        owed=standard.monthly_amount if standard is not None else None,
        paid=got.amount if got else ZERO,
        paid_on=days,
        elsewhere=bool(got and got.elsewhere),
        back_pay=any(Month.of(d).minus(month) > BACK_PAY_MONTHS for d in days),
        advance=bool(days) and min(days) < month.first_day,
    )


def _admitted(stretches: Sequence[Stretch], joined: date | None) -> date | None:
    """The day of the vote that admitted the member here, when the first stretch starts with it."""
    if joined is not None and stretches and stretches[0][0] == joined:
        return joined
    return None


@dataclass(frozen=True, slots=True)
class MemberMonths:
    """A member's cells for a stretch of months, and the standards they were judged by."""

    member_id: int
    name: str
    group_name: str
    joined: date | None
    history: tuple[DuesStandard, ...]
    cells: tuple[MonthCell, ...]


def member_months(
    session: Session, first: Month, last: Month, member_ids: Sequence[int] | None = None
) -> list[MemberMonths]:
    """Every member's (or the members named) cells from `first` to `last`, in roster order: the
    one reading of which months are owed here, at what standard, and what each received."""
    stretches = roster_stretches(session, member_ids)
    by_member = standards(session, member_ids)
    got = received(session, first, last, member_ids)
    months = [Month.from_ordinal(i) for i in range(first.ordinal, last.ordinal + 1)]
    query = (
        select(Member.id, Member.name, PartyGroup.name, Member.join_date)
        .outerjoin(PartyGroup, Member.group_id == PartyGroup.id)
        .order_by(Member.group_id, Member.id)
    )
    if member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    found = []
    for member_id, name, group_name, joined in session.execute(query):
        spans = stretches.get(member_id, [])
        admitted = _admitted(spans, joined)
        history = tuple(by_member.get(member_id, []))
        cells = tuple(_cell(m, spans, admitted, history, got.get((member_id, m))) for m in months)
        found.append(MemberMonths(member_id, name, group_name or "", joined, history, cells))
    return found


def dues_book(session: Session, first: Month, last: Month, today: date) -> list[MemberDues]:
    """Each member who owed this branch any month from `first` to `last`, with a cell a month."""
    current = Month.of(today)
    rows = []
    for member in member_months(session, first, last):
        history, cells = member.history, member.cells
        if not any(c.owes or c.paid for c in cells):
            continue
        shown = standard_on(history, min(last, max(first, current)))
        rows.append(
            MemberDues(
                member_id=member.member_id,
                name=member.name,
                group_name=member.group_name,
                standard=(
                    standard_summary(shown.category, shown.base, shown.monthly_amount)
                    if shown is not None else CellState.UNSET
                ),
                monthly=shown.monthly_amount if shown is not None else None,
                cells=cells,
                current=current,
            )
        )  # fmt: skip
    return rows


def year_book(session: Session, year: int, today: date) -> list[MemberDues]:
    return dues_book(session, Month(year, 1), Month(year, 12), today)


def arrears(session: Session, today: date) -> list[Arrear]:
    """Members on the roster today who are behind: every owed month since their first standard,
    up to last month, not paid in full."""
    current = Month.of(today)
    earliest = session.scalar(select(func.min(DuesStandard.effective_from)))
    if earliest is None:
        return []
    first = Month.of(earliest)
    active = set(session.scalars(select(Member.id).where(Member.status == MembershipStatus.ACTIVE)))
    found = []
    for row in dues_book(session, first, current.plus(-1), today):
        if row.member_id not in active:
            continue
        months = row.behind_months
        if months:
            found.append(
                Arrear(
                    row.member_id, row.name, tuple(months), row.arrears, unpaid_run(months, current)
                )
            )
    return sorted(found, key=lambda a: (-a.run, -len(a.months), a.member_id))


@dataclass(frozen=True, slots=True)
class DuesSummary:
    """A period's 党费收缴情况: owed and paid for its months, who is behind, what came in and
    what was handed up."""

    title: str
    members: int  # members who owed any month of the period
    owed: Decimal  # 应缴: the standards of the period's months up to the day
    paid: Decimal  # 实缴: what those months received, each month counted up to what it owed
    behind: int  # 欠缴人数
    arrears: Decimal
    unset: int  # members owing a month with no standard (未核定)
    collected: Decimal  # cash received here in the period (by day), regular dues
    elsewhere: Decimal  # paid at a 流入地党组织
    special: Decimal  # 特殊党费 received in the period
    remitted: Decimal  # 上缴 in the period
    exempt: int  # members on 免交 for a month of the period
    counted_to: Month | None = None  # the last month counted (see counted_to)

    @property
    def rate(self) -> Decimal | None:
        """收缴率, as a fraction; None when nothing was owed."""
        return (self.paid / self.owed) if self.owed else None

    @property
    def rate_text(self) -> str:
        """98.5%: cut, not rounded, to a tenth, so that 100.0% means nobody owes anything."""
        rate = self.rate
        if rate is None:
            return "—"
        return f"{(rate * 100).quantize(Decimal('0.1'), rounding=ROUND_DOWN)}%"

    @property
    def not_remitted(self) -> Decimal:
        return self.collected + self.special - self.remitted


def counted_to(first_day: date, last_day: date, today: date) -> Month | None:
    """The last month of a period whose dues have fallen due by `today`: the period's last month
    once it has ended, else the month before today's (the current month's dues are still being
    collected, not owed); None when none has yet. So 应交 − 实交 is exactly the 欠交."""
    month = Month.of(last_day) if today > last_day else Month.of(today).plus(-1)
    return month if month >= Month.of(first_day) else None


def summary(
    session: Session, first_day: date, last_day: date, today: date, title: str
) -> DuesSummary:
    """The figures for the months from `first_day` to `last_day` that have fallen due by `today`
    (counted_to); money received, 特殊党费 and 上缴 by their days up to `today`."""
    as_of = min(today, last_day)
    first, last = Month.of(first_day), counted_to(first_day, last_day, today)
    current = Month.of(today)
    rows = dues_book(session, first, last, today) if last is not None else []
    owed = paid = arrear = ZERO
    behind = unset = exempt = 0
    for row in rows:
        counted = [c for c in row.cells if c.owes]
        owed += sum((c.owed or ZERO for c in counted), ZERO)
        paid += sum((min(c.paid, c.owed) for c in counted if c.owed is not None), ZERO)
        late = [c for c in counted if c.behind(current)]
        behind += bool(late)
        arrear += sum((c.shortfall for c in late), ZERO)
        unset += any(c.owed is None for c in counted)
        exempt += any(c.owed == 0 for c in counted)
    regular = session.execute(
        select(DuesPayment.amount, DuesPayment.paid_at_org).where(
            DuesPayment.paid_on.between(first_day, as_of)
        )
    ).all()
    collected = sum((a for a, org in regular if not org), ZERO)
    elsewhere = sum((a for a, org in regular if org), ZERO)
    special = sum(
        session.scalars(
            select(SpecialDues.amount).where(SpecialDues.paid_on.between(first_day, as_of))
        ),
        ZERO,
    )
    remitted = sum(
        session.scalars(
            select(DuesRemittance.amount).where(
                DuesRemittance.remitted_on.between(first_day, as_of)
            )
        ),
        ZERO,
    )
    return DuesSummary(
        title, len([r for r in rows if any(c.owes for c in r.cells)]), owed, paid, behind,
        arrear, unset, collected, elsewhere, special, remitted, exempt, last,
    )  # fmt: skip


def stale_standards(session: Session, today: date, months: int) -> list[tuple[int, str, date]]:
    """Members on the roster whose latest standard is older than `months` (or who have none)."""
    latest: dict[int, date] = {}
    for member_id, history in standards(session).items():
        latest[member_id] = history[-1].effective_from
    limit = Month.of(today).plus(-months).first_day
    found = []
    for member_id, name in session.execute(
        select(Member.id, Member.name)
        .where(Member.status == MembershipStatus.ACTIVE)
        .order_by(Member.group_id, Member.id)
    ):
        since = latest.get(member_id)
        if since is not None and since < limit:
            found.append((member_id, name, since))
    return found


def unset_members(session: Session) -> list[tuple[int, str]]:
    """Members on the roster with no standard at all."""
    with_standard = select(DuesStandard.member_id)
    return [
        (member_id, name)
        for member_id, name in session.execute(
            select(Member.id, Member.name)
            .where(Member.status == MembershipStatus.ACTIVE, Member.id.not_in(with_standard))
            .order_by(Member.group_id, Member.id)
        )
    ]
