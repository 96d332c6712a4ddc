"""What the 党费 files show, gathered in one read: the 登记簿 (a row a member, a cell a month),
each member's notes (代缴, 流入地, 补交, 预交, 多交, 减免), 特殊党费, 上缴 against what was collected,
and the period's figures — book.summary's, so that the files agree with the work report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.models import Member
from dangwu_desktop.core.money import ZERO, yuan
from dangwu_desktop.ledgers.dues.book import (
    DuesSummary,
    MemberDues,
    counted_to,
    dues_book,
    months_text,
    standard_on,
    standards,
    summary,
)
from dangwu_desktop.ledgers.dues.models import (
    DuesAllocation,
    DuesPayment,
    DuesRemittance,
    SpecialDues,
)
from dangwu_desktop.ledgers.dues.rules import DuesCategory, Month


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """A member's row: the 登记簿's cells and what is counted of them up to the period's day."""

    dues: MemberDues
    category: str  # 农民, 在职 … (免交 for a 减免 to nothing); 未核定 without a standard
    owed: Decimal  # 应交 for the months counted (up to the day)
    paid: Decimal  # 实交: those months' payments, each month up to what it owed (as the report)
    handed_in: Decimal  # all the period's months received, 预交 and 多交 included
    special: Decimal  # 特殊党费 paid in the period
    note: str

    @property
    def arrears(self) -> Decimal:
        return self.dues.arrears

    def months_paid(self) -> list[Month]:
        return [c.month for c in self.dues.cells if c.paid > 0]


@dataclass(frozen=True, slots=True)
class DuesRegister:
    """The 登记簿 of a period's months."""

    title: str  # 2026年, 2026年第三季度
    months: tuple[Month, ...]
    counted_to: Month | None  # the last month whose dues have fallen due (book.counted_to)
    rows: tuple[RegisterRow, ...]
    summary: DuesSummary
    specials: tuple[SpecialLine, ...]
    remittances: tuple[RemittanceLine, ...]

    @property
    def owed(self) -> Decimal:
        return sum((r.owed for r in self.rows), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((r.paid for r in self.rows), ZERO)

    @property
    def handed_in(self) -> Decimal:
        return sum((r.handed_in for r in self.rows), ZERO)

    @property
    def arrears(self) -> Decimal:
        return sum((r.arrears for r in self.rows), ZERO)

    @property
    def special(self) -> Decimal:
        return sum((r.special for r in self.rows), ZERO)

    def month_total(self, month: Month) -> Decimal:
        return sum((c.paid for r in self.rows for c in r.dues.cells if c.month == month), ZERO)


@dataclass(frozen=True, slots=True)
class SpecialLine:
    name: str
    paid_on: date
    amount: Decimal
    purpose: str


@dataclass(frozen=True, slots=True)
class RemittanceLine:
    """One 上缴, with what the branch received in the months it covers (the cash it had to
    hand up: dues paid ahead for later months came in then too)."""

    remitted_on: date
    first: Month
    last: Month
    amount: Decimal
    reference: str
    note: str
    collected: Decimal  # regular dues paid here on the days of those months
    special: Decimal  # 特殊党费 paid on the days of those months

    @property
    def months(self) -> str:
        if self.first == self.last:
            return self.first.label
        if self.first.year == self.last.year:
            return f"{self.first.year}年{self.first.month}—{self.last.month}月"
        return f"{self.first.label}—{self.last.label}"

    @property
    def due(self) -> Decimal:
        return self.collected + self.special

    @property
    def difference(self) -> Decimal:
        """上缴 minus what those months brought in: 0 when all was handed up."""
        return self.amount - self.due


def register(
    session: Session, first_day: date, last_day: date, today: date, title: str
) -> DuesRegister:
    """The 登记簿 of the months from `first_day` to `last_day`, counted up to `today`."""
    first, last = Month.of(first_day), Month.of(last_day)
    as_of = min(today, last_day)
    due_to = counted_to(first_day, last_day, today)
    rows = dues_book(session, first, last, today) if first <= last else []
    by_member = standards(session)
    specials = _specials(session, first_day, as_of)
    special_by_member: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for member_id, line in specials:
        special_by_member[member_id] += line.amount
    notes = _payment_notes(session, first, last)
    built = []
    for row in rows:
        counted = row.due_cells
        shown = standard_on(by_member.get(row.member_id, []), min(last, due_to or first))
        if shown is None:
            category = "未核定"
        elif shown.category is DuesCategory.REDUCED and shown.monthly_amount == 0:
            category = "免交"
        else:
            category = shown.category.value
        note = list(notes.get(row.member_id, []))
        note += _cell_notes(row, Month.of(today))
        if shown is not None and shown.category is DuesCategory.REDUCED and shown.approval_ref:
            note.append(f"减免经{shown.approval_ref}批准")
        built.append(
            RegisterRow(
                dues=row,
                category=category,
                owed=row.owed_due,
                paid=sum((min(c.paid, c.owed) for c in counted if c.owed is not None), ZERO),
                handed_in=row.paid,
                special=special_by_member[row.member_id],
                note="；".join(note),
            )
        )
    return DuesRegister(
        title=title,
        months=tuple(Month.from_ordinal(i) for i in range(first.ordinal, last.ordinal + 1)),
        counted_to=due_to,
        rows=tuple(built),
        summary=summary(session, first_day, last_day, today, title),
        specials=tuple(line for _member, line in specials),
        remittances=tuple(_remittances(session, first_day, as_of)),
    )


def _cell_notes(row: MemberDues, current: Month) -> list[str]:
    """补交 beyond six months, months paid ahead of the day's month (预交), 多交."""
    notes = []
    back = [c.month for c in row.cells if c.back_pay]
    if back:
        notes.append(f"{_months(back)}补交超过6个月")
    ahead = [c.month for c in row.cells if c.paid and c.month > current]
    if ahead:
        notes.append(f"{_months(ahead)}为预交")
    extra = sum(
        (c.paid - c.owed for c in row.cells if c.owed is not None and c.paid > c.owed), ZERO
    )
    if extra > 0:
        notes.append(f"自愿多交{yuan(extra)}元")
    return notes


def _months(months: list[Month]) -> str:
    """3—5月 within one year (the 登记簿's), else with the years."""
    text = months_text(months)
    years = {m.year for m in months}
    if len(years) == 1:
        return text.removeprefix(f"{months[0].year}年")
    return text


def _payment_notes(session: Session, first: Month, last: Month) -> dict[int, list[str]]:
    """代缴 and 流入地交纳, by member: who handed in which months, where."""
    query = (
        select(
            DuesPayment.member_id, DuesPayment.paid_by, DuesPayment.paid_at_org,
            DuesAllocation.year, DuesAllocation.month,
        )
        .join(DuesPayment, DuesAllocation.payment_id == DuesPayment.id)
        .where(
            DuesAllocation.year * 12 + DuesAllocation.month - 1 >= first.ordinal,
            DuesAllocation.year * 12 + DuesAllocation.month - 1 <= last.ordinal,
            (DuesPayment.paid_by != "") | (DuesPayment.paid_at_org != ""),
        )
        .order_by(DuesAllocation.year, DuesAllocation.month)
    )  # fmt: skip
    by_whom: dict[int, dict[str, list[Month]]] = defaultdict(lambda: defaultdict(list))
    for member_id, paid_by, org, year, month in session.execute(query):
        if paid_by:
            by_whom[member_id][f"由{paid_by}代缴"].append(Month(year, month))
        if org:
            by_whom[member_id][f"在{org}交纳"].append(Month(year, month))
    return {
        member_id: [f"{_months(months)}{what}" for what, months in found.items()]
        for member_id, found in by_whom.items()
    }


def _specials(session: Session, first_day: date, last_day: date) -> list[tuple[int, SpecialLine]]:
    query = (
        select(SpecialDues.member_id, Member.name, SpecialDues.paid_on, SpecialDues.amount,
               SpecialDues.purpose)
        .join(Member, SpecialDues.member_id == Member.id)
        .where(SpecialDues.paid_on.between(first_day, last_day))
        .order_by(SpecialDues.paid_on, SpecialDues.id)
    )  # fmt: skip
    return [
        (member_id, SpecialLine(name, paid_on, amount, purpose))
        for member_id, name, paid_on, amount, purpose in session.execute(query)
    ]


def _remittances(session: Session, first_day: date, last_day: date) -> list[RemittanceLine]:
    lines = []
    for remittance in session.scalars(
        select(DuesRemittance)
        .where(DuesRemittance.remitted_on.between(first_day, last_day))
        .order_by(DuesRemittance.remitted_on, DuesRemittance.id)
    ):
        first, last = Month.of(remittance.first_month), Month.of(remittance.last_month)
        days = (first.first_day, last.plus(1).first_day - timedelta(days=1))
        collected = sum(
            session.scalars(
                select(DuesPayment.amount).where(
                    DuesPayment.paid_at_org == "", DuesPayment.paid_on.between(*days)
                )
            ),
            ZERO,
        )
        special = sum(
            session.scalars(select(SpecialDues.amount).where(SpecialDues.paid_on.between(*days))),
            ZERO,
        )
        lines.append(
            RemittanceLine(
                remittance.remitted_on, first, last, remittance.amount, remittance.reference,
                remittance.note, collected, special,
            )
        )  # fmt: skip
    return lines
