"""The demo village's 党费 book: a standard for every member (most 农民, some 在职, 离退休, 村干部,
two on 减免), a year of payments — farmers by the quarter, wage earners monthly, one paying the
year in advance, one handed in by a relative, a 流动党员 paying at the 流入地, a few members
behind — 特殊党费 for flood relief, and each quarter's 上缴."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import MembershipStatus
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.money import ZERO
from dangwu_desktop.core.periods import quarter_bounds
from dangwu_desktop.ledgers.dues.book import summary
from dangwu_desktop.ledgers.dues.rules import DuesCategory, Month, StandardInput
from dangwu_desktop.ledgers.dues.service import (
    PaymentInput,
    RemittanceInput,
    SpecialInput,
    record_payment,
    record_remittance,
    record_special,
    set_standard,
    still_owed,
)

COLLECTION_DAY = 10  # the branch collects on its 主题党日, about the tenth
BASES: dict[str, tuple[DuesCategory, int, int]] = {
    "离退休人员": (DuesCategory.RETIRED, 2600, 5800),
    "企业职工": (DuesCategory.EMPLOYED, 3200, 6800),
    "村（社区）干部": (DuesCategory.VILLAGE_CADRE, 2400, 3800),
    "个体工商户": (DuesCategory.SELF_EMPLOYED, 2500, 9000),
    "进城务工人员": (DuesCategory.MIGRANT, 3000, 5200),
}


def _standard(rng: random.Random, occupation: str, first: date) -> StandardInput:
    """By occupation; most self-employed and migrant workers in a village pay as 农民 unless they
    declare an income, as about a third of them here do."""
    declares = occupation not in ("个体工商户", "进城务工人员") or rng.random() < 0.35
    if occupation in BASES and declares:
        category, low, high = BASES[occupation]
        base = Decimal(rng.randrange(low, high, 50))
        return StandardInput(category, first, base)
    return StandardInput(DuesCategory.FARMER, first)


def _collection_day(month: Month, today: date, joined: date | None) -> date:
    """The branch's collection day in `month`; a member admitted later that month pays on the
    day of the vote."""
    day = date(month.year, month.month, COLLECTION_DAY)
    if joined is not None:
        day = max(day, joined)
    return min(day, today)


def build_demo_dues(session: Session, today: date, seed: int = 20260110) -> None:
    rng = random.Random(seed)
    members = session.execute(
        select(
            Member.id, Member.join_date, Member.occupation, Member.status, Member.is_mobile
        ).order_by(Member.id)
    ).all()
    on_roster = [m for m in members if m.status is MembershipStatus.ACTIVE]
    exempt, reduced = on_roster[7].id, on_roster[23].id
    ordinary = [m for m in on_roster if m.id not in (exempt, reduced)]
    _standards(session, rng, members, {exempt: ZERO, reduced: Decimal("0.20")}, today)
    _payments(session, rng, members, ordinary, today)
    _special_and_remitted(session, rng, ordinary, today)


def _standards(
    session: Session, rng: random.Random, members: Sequence[Any],
    relief: dict[int, Decimal], today: date,
) -> None:  # fmt: skip
    year_start = date(today.year, 1, 1)
    for member_id, joined, occupation, _status, _mobile in members:
        first = max(year_start, Month.of(joined).first_day) if joined else year_start
        if member_id in relief:
            given = StandardInput(
                DuesCategory.REDUCED, first, fixed_amount=relief[member_id],
                decided_on=date(today.year - 1, 12, 18),
                approval_ref=f"城关镇党委组〔{today.year - 1}〕{rng.randint(20, 60)}号",
                note="长期患病，生活困难",
            )  # fmt: skip
        else:
            given = _standard(rng, occupation, first)
        set_standard(session, member_id, given, today)


def _payments(
    session: Session, rng: random.Random, members: Sequence[Any],
    ordinary: Sequence[Any], today: date,
) -> None:  # fmt: skip
    last = Month.of(today).plus(-1)
    behind = {ordinary[11].id: 5, ordinary[30].id: 3, ordinary[41].id: 2}  # months unpaid
    # A 流动党员 pays at the 流入地党组织 the roster names for them.
    orgs: dict[int, str] = {
        i: org for i, org in session.execute(select(Member.id, Member.mobile_org))
    }
    mobile = {m.id: orgs[m.id] for m in ordinary if m.is_mobile}
    settled = [m.id for m in ordinary if not m.is_mobile]
    advance, relative = settled[3], settled[17]
    receipts = (f"DF{today.year}{n:04d}" for n in range(1, 10000))
    january = Month(today.year, 1)
    for member in members:
        if member.id == advance:
            owed = still_owed(session, member.id, january, Month(today.year, 12))
            amount = sum((o for _, o in owed), ZERO)
            paid_on = _collection_day(january, today, member.join_date)
            record_payment(
                session,
                PaymentInput(member.id, paid_on, amount, january, next(receipts), note="一次交清全年党费"),
                today,
            )  # fmt: skip
            continue
        stop = last.plus(-behind.get(member.id, 0))
        months = [(m, o) for m, o in still_owed(session, member.id, january, stop) if o > 0]
        monthly = member.occupation in BASES
        step = 1 if monthly else 3  # farmers hand in a quarter at a time
        for start in range(0, len(months), step):
            chunk = months[start : start + step]
            first = chunk[0][0]
            amount = sum((o for _, o in chunk), ZERO)
            paid_on = _collection_day(chunk[-1][0] if monthly else first, today, member.join_date)
            if member.id in mobile:
                given = PaymentInput(member.id, paid_on, amount, first, method="微信",
                                     paid_at_org=mobile[member.id] or "流入地党组织")  # fmt: skip
            else:
                given = PaymentInput(
                    member.id, paid_on, amount, first, next(receipts),
                    paid_by="其子代交" if member.id == relative else "",
                    method=rng.choice(("现金", "现金", "微信")),
                )  # fmt: skip
            record_payment(session, given, today)


def _special_and_remitted(
    session: Session, rng: random.Random, ordinary: Sequence[Any], today: date
) -> None:
    flood = date(today.year, 7, 16)
    if flood < today:
        for member in rng.sample(list(ordinary), 5):
            record_special(
                session,
                SpecialInput(member.id, flood, Decimal(rng.choice((100, 200, 50))), "支援防汛抗台救灾",
                             f"TS{today.year}{member.id:03d}"),
                today,
            )  # fmt: skip
    for quarter in range(1, 5):
        first, end = Month(today.year, quarter * 3 - 2), Month(today.year, quarter * 3)
        remitted_on = end.plus(1).first_day.replace(day=15)
        if remitted_on >= today:
            break
        part = summary(session, *quarter_bounds(today.year, quarter), today, "")
        collected = part.collected + part.special
        if collected > 0:
            reference = f"城关镇党委党费收据{quarter:02d}{rng.randint(100, 999)}"
            record_remittance(
                session, RemittanceInput(remitted_on, collected, first, end, reference), today
            )
