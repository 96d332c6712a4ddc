"""Writing the 党费 book: standards, payments (spread over the months they cover), a whole month
at standard, 特殊党费 and 上缴. Each refuses bad input whole, with the rule (RecordInvalid), and
writes its 操作日志 entry; none commits (the caller's transaction is the user's operation)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.money import ZERO, parse_money, yuan
from dangwu_desktop.core.rulebook import Finding, Severity
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.services import RecordInvalid, ServiceError, refused, text_problems
from dangwu_desktop.core.services.settings import SettingSpec, get_setting
from dangwu_desktop.core.text_rules import TextKind
from dangwu_desktop.ledgers.dues.book import (
    arrears,
    member_months,
    months_text,
    standard_on,
    standards,
)
from dangwu_desktop.ledgers.dues.models import (
    DuesAllocation,
    DuesPayment,
    DuesRemittance,
    DuesStandard,
    SpecialDues,
)
from dangwu_desktop.ledgers.dues.rules import (
    ADVANCE_MONTHS,
    FARMER_CHOICES,
    MONTHLY_RULE,
    RECEIPT_RULE,
    DuesCategory,
    Month,
    StandardInput,
    allocate,
    back_pay_months,
    monthly_amount,
    needs_base,
    payment_findings,
    standard_findings,
)

FARMER_AMOUNT = SettingSpec(
    "dues/farmer_amount", "农民党员每月党费", "0.5", FARMER_CHOICES,
    "《关于中国共产党党费收缴、使用和管理的规定》定为每月0.2元至1元，具体数额按本省规定",
    unit="元",
)  # fmt: skip
METHODS = ("现金", "微信", "支付宝", "银行转账", "其他")


def farmer_amount(session: Session) -> Decimal:
    return parse_money(get_setting(session, FARMER_AMOUNT))


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise ServiceError("该党员记录已不存在")
    return member


def set_standard(
    session: Session, member_id: int, given: StandardInput, today: date
) -> DuesStandard:
    """Record what a member owes a month from the month of `effective_from` on (replacing a
    standard already set for that month)."""
    member = _member(session, member_id)
    given = replace(
        given,
        effective_from=Month.of(given.effective_from).first_day,
        base=given.base if needs_base(given.category) else None,
        approval_ref=given.approval_ref.strip(),
        note=given.note.strip(),
    )
    findings = standard_findings(given, member.join_date, today)
    findings += [
        Finding(f.attribute, f.reason, Severity.ERROR, label=f.label)
        for f in _text_findings(
            [("approval_ref", given.approval_ref, "上级批准"), ("note", given.note, "备注")]
        )
    ]
    if findings:
        raise RecordInvalid(findings)
    amount = monthly_amount(given.category, given.base, farmer_amount(session), given.fixed_amount)
    standard = session.scalars(
        select(DuesStandard).where(
            DuesStandard.member_id == member_id,
            DuesStandard.effective_from == given.effective_from,
        )
    ).one_or_none()
    before = audit.snapshot(standard) if standard is not None else None
    if standard is None:
        standard = DuesStandard(member_id=member_id, effective_from=given.effective_from)
        session.add(standard)
    standard.category = given.category
    standard.base = given.base
    standard.monthly_amount = amount
    relief = given.category is DuesCategory.REDUCED
    standard.decided_on = given.decided_on if relief else None
    standard.approval_ref = given.approval_ref if relief else ""
    standard.note = given.note
    session.flush()
    audit.record_row(session, standard, before)
    return standard


def _text_findings(texts: Iterable[tuple[str, str, str]]) -> list[Finding]:
    problems = text_problems(TextField(a, v, TextKind.LINE, label) for a, v, label in texts)
    return [Finding("", p, Severity.ERROR) for p in problems]


@dataclass(frozen=True, slots=True)
class PaymentInput:
    member_id: int
    paid_on: date
    amount: Decimal
    first_month: Month | None = None  # the first month it covers; the earliest unpaid by default
    receipt_no: str = ""
    paid_by: str = ""  # 代缴: who handed it in, when not the member
    method: str = "现金"
    paid_at_org: str = ""  # paid at the 流入地党组织 (a 流动党员)
    note: str = ""


@dataclass(frozen=True, slots=True)
class PaymentResult:
    payment: DuesPayment
    months: tuple[Month, ...]
    extra: Decimal  # beyond what the months owed (自愿多交, on the last month)
    warnings: tuple[str, ...]  # 补交超过6个月 …


def receipt_used(session: Session, receipt_no: str, *, ignore_payment: int | None = None) -> bool:
    if not receipt_no:
        return False
    payments = select(func.count()).where(DuesPayment.receipt_no == receipt_no)
    if ignore_payment is not None:
        payments = payments.where(DuesPayment.id != ignore_payment)
    special = select(func.count()).where(SpecialDues.receipt_no == receipt_no)
    return bool(session.scalar(payments)) or bool(session.scalar(special))


def still_owed(
    session: Session, member_id: int, first: Month, last: Month
) -> list[tuple[Month, Decimal]]:
    """The member's months from `first` to `last` this branch is owed, with what each still owes
    (a month without a standard is left out)."""
    _member(session, member_id)
    (member,) = member_months(session, first, last, [member_id])
    return [
        (cell.month, cell.shortfall) for cell in member.cells if cell.owes and cell.owed is not None
    ]


def first_unpaid(session: Session, member_id: int, paid: Month) -> Month:
    """The earliest month since the member's first standard that still owes, else `paid`."""
    history = standards(session, [member_id]).get(member_id, [])
    if not history:
        return paid
    start = Month.of(history[0].effective_from)
    for month, owed in still_owed(session, member_id, start, paid):
        if owed > 0:
            return month
    return paid


@dataclass(frozen=True, slots=True)
class PaymentPlan:
    """How a payment would be spread, before it is saved (the 登记党费 dialog shows it)."""

    first: Month
    shares: tuple[tuple[Month, Decimal], ...]
    extra: Decimal  # beyond what the months owe, added to the last month
    owes: bool  # whether any month from `first` on still owes

    @property
    def months(self) -> tuple[Month, ...]:
        return tuple(m for m, _ in self.shares)

    @property
    def text(self) -> str:
        """2026年3—5月（多交0.20元）"""
        extra = f"（其中多交{yuan(self.extra)}元）" if self.extra > 0 else ""
        return months_text(self.months) + extra


def plan_payment(
    session: Session,
    member_id: int,
    paid_on: date,
    amount: Decimal,
    first_month: Month | None = None,
) -> PaymentPlan:
    """The months a payment of `amount` on `paid_on` covers: from `first_month` (by default the
    earliest month still owed) on, each month up to what it owes; anything beyond the last month
    owed is 多交 on that month."""
    paid = Month.of(paid_on)
    first = first_month or first_unpaid(session, member_id, paid)
    owed = [
        (m, o) for m, o in still_owed(session, member_id, first, paid.plus(ADVANCE_MONTHS)) if o > 0
    ]
    shares, extra = allocate(amount, owed) if amount > 0 else ([], ZERO)
    if extra > 0 and shares:
        last_month, last_share = shares[-1]
        shares[-1] = (last_month, last_share + extra)
    return PaymentPlan(first, tuple(shares), extra if shares else ZERO, bool(owed))


def record_payment(session: Session, given: PaymentInput, today: date) -> PaymentResult:
    """Record a payment of regular dues and spread it over the months it covers: from
    `first_month` (by default the earliest month still owed) on, each month up to what it owes;
    anything beyond the last month owed is 多交 on that month."""
    member = _member(session, given.member_id)
    receipt = given.receipt_no.strip()
    findings = payment_findings(
        given.amount,
        given.paid_on,
        today,
        member.join_date,
        receipt,
        receipt_used(session, receipt),
    )
    findings += _text_findings(
        [("receipt_no", receipt, "收据号"), ("paid_by", given.paid_by, "代缴人"),
         ("paid_at_org", given.paid_at_org, "流入地党组织"), ("note", given.note, "备注")]
    )  # fmt: skip
    if findings:
        raise RecordInvalid(findings)
    if not standards(session, [member.id]):
        raise refused([f"{member.name}还没有核定党费标准，请先“核定标准”"])
    plan = plan_payment(session, member.id, given.paid_on, given.amount, given.first_month)
    if not plan.owes:
        raise RecordInvalid(
            [
                MONTHLY_RULE.finding(
                    "first_month",
                    f"{member.name}{plan.first.label}起的党费已交清（自愿多交或特殊党费请登记为“特殊党费”）",
                    Severity.ERROR,
                    label="起始月份",
                )
            ]
        )
    shares, extra = list(plan.shares), plan.extra
    payment = DuesPayment(
        member_id=member.id,
        paid_on=given.paid_on,
        amount=given.amount,
        receipt_no=receipt or None,
        paid_by=given.paid_by.strip(),
        method=given.method.strip() or "现金",
        paid_at_org=given.paid_at_org.strip(),
        note=given.note.strip(),
    )
    payment.shares = [DuesAllocation(year=m.year, month=m.month, amount=a) for m, a in shares]
    session.add(payment)
    session.flush()
    months = tuple(m for m, _ in shares)
    warnings = []
    late = back_pay_months(given.paid_on, months)
    if late:
        warnings.append(
            f"{member.name}补交了{months_text(late)}的党费，超过6个月（{MONTHLY_RULE.citation}）"
        )
    audit.record_row(session, payment, None, more=[f"所交月份：{months_text(months)}"])
    return PaymentResult(payment, months, extra, tuple(warnings))


def delete_payment(session: Session, payment_id: int) -> None:
    payment = session.get(DuesPayment, payment_id)
    if payment is None:
        raise ServiceError("这笔党费记录已不存在")
    # A payment recorded with a 流动党员 contact (paid at the 流入地) is linked from it: the
    # contact stays, no longer saying dues were paid. Imported here: the 流动党员 book uses
    # this one, not the other way round.
    from dangwu_desktop.ledgers.mobile.service import forget_payment

    forget_payment(session, payment_id)
    months = [Month(s.year, s.month) for s in payment.shares]
    audit.record_row(
        session, payment, audit.snapshot(payment), action="删除",
        more=[f"所交月份：{months_text(months)}"],
    )  # fmt: skip
    session.delete(payment)
    session.flush()


@dataclass(frozen=True, slots=True)
class MonthCollection:
    """整月登记's outcome: who was recorded, and for how much."""

    month: Month
    paid: tuple[str, ...]
    total: Decimal
    skipped: tuple[str, ...]  # owing members left out (the exceptions, or no standard)


@dataclass(frozen=True, slots=True)
class Owing:
    """A member who owes a month and has not paid it in full: what 整月登记 lists."""

    member_id: int
    name: str
    group_name: str
    owed: Decimal  # what the month still owes
    joined: date | None
    behind: int = 0  # earlier months not paid in full: likely not paying this month either
    elsewhere: bool = False  # a 流动党员 who pays at the 流入地党组织

    @property
    def usually_paid(self) -> bool:
        """Whether 整月登记 ticks the member to begin with: not when behind or paying elsewhere."""
        return not self.behind and not self.elsewhere


def month_owing(session: Session, month: Month) -> tuple[list[Owing], list[str]]:
    """Who still owes `month` (in roster order, group by group), and the names of those who owe
    it but have no standard for it yet (未核定: they cannot be recorded at standard)."""
    behind = {a.member_id: len(a.months) for a in arrears(session, month.first_day)}
    away = set(
        session.scalars(
            select(DuesPayment.member_id)
            .join(Member, DuesPayment.member_id == Member.id)
            .where(Member.is_mobile, DuesPayment.paid_at_org != "")
        )
    )
    owing: list[Owing] = []
    unset: list[str] = []
    for member in member_months(session, month, month):
        (cell,) = member.cells
        if not cell.owes:
            continue
        if cell.owed is None:
            unset.append(member.name)
            continue
        if cell.shortfall > 0:
            owing.append(
                Owing(
                    member.member_id, member.name, member.group_name, cell.shortfall,
                    member.joined, behind.get(member.member_id, 0), member.member_id in away,
                )
            )  # fmt: skip
    return owing, unset


def collect_month(
    session: Session,
    month: Month,
    paid_on: date,
    today: date,
    *,
    except_ids: Sequence[int] = (),
    method: str = "现金",
) -> MonthCollection:
    """整月登记: every member who owes `month` and has not paid it in full pays what it still owes,
    on `paid_on` — except those named. All or nothing: one refusal refuses the month."""
    if paid_on > today:
        raise RecordInvalid(
            [RECEIPT_RULE.finding("paid_on", "交纳日期晚于今天", Severity.ERROR, label="交纳日期")]
        )
    excepted = set(except_ids)
    owing, unset = month_owing(session, month)
    paid_names: list[str] = []
    skipped: list[str] = list(unset)
    total = ZERO
    for member in owing:
        if member.member_id in excepted or (member.joined is not None and paid_on < member.joined):
            skipped.append(member.name)
            continue
        record_payment(
            session,
            PaymentInput(member.member_id, paid_on, member.owed, first_month=month, method=method),
            today,
        )
        paid_names.append(member.name)
        total += member.owed
    return MonthCollection(month, tuple(paid_names), total, tuple(skipped))


@dataclass(frozen=True, slots=True)
class SpecialInput:
    member_id: int
    paid_on: date
    amount: Decimal
    purpose: str
    receipt_no: str = ""
    note: str = ""


def record_special(session: Session, given: SpecialInput, today: date) -> SpecialDues:
    member = _member(session, given.member_id)
    receipt = given.receipt_no.strip()
    findings = payment_findings(
        given.amount,
        given.paid_on,
        today,
        member.join_date,
        receipt,
        receipt_used(session, receipt),
    )
    findings += _text_findings([("purpose", given.purpose, "用途"), ("note", given.note, "备注")])
    if not given.purpose.strip():
        findings.append(
            Finding("purpose", "请填写用途（如：支援抗洪救灾）", Severity.ERROR, label="用途")
        )
    if findings:
        raise RecordInvalid(findings)
    special = SpecialDues(
        member_id=member.id, paid_on=given.paid_on, amount=given.amount,
        purpose=given.purpose.strip(), receipt_no=receipt or None, note=given.note.strip(),
    )  # fmt: skip
    session.add(special)
    session.flush()
    audit.record_row(session, special, None)
    return special


@dataclass(frozen=True, slots=True)
class RemittanceInput:
    remitted_on: date
    amount: Decimal
    first_month: Month
    last_month: Month
    reference: str = ""
    note: str = ""


def record_remittance(session: Session, given: RemittanceInput, today: date) -> DuesRemittance:
    problems = text_problems(
        [TextField("reference", given.reference, TextKind.LINE, "凭证号"),
         TextField("note", given.note, TextKind.LINE, "备注")]
    )  # fmt: skip
    if given.amount <= 0:
        problems.append("上缴金额须大于0")
    if given.remitted_on > today:
        problems.append("上缴日期不能晚于今天")
    if given.last_month < given.first_month:
        problems.append("所属月份的终止月不能早于起始月")
    if given.first_month.first_day > given.remitted_on:
        problems.append("上缴的月份不能晚于上缴日期")
    if problems:
        raise refused(problems)
    remittance = DuesRemittance(
        remitted_on=given.remitted_on, amount=given.amount,
        first_month=given.first_month.first_day, last_month=given.last_month.first_day,
        reference=given.reference.strip(), note=given.note.strip(),
    )  # fmt: skip
    session.add(remittance)
    session.flush()
    audit.record_row(
        session,
        remittance,
        None,
        more=[f"所属月份：{given.first_month.label}—{given.last_month.label}"],
    )
    return remittance


def payment_lines(
    session: Session, member_id: int, year: int, month: int | None = None
) -> list[tuple[DuesPayment, str]]:
    """A member's payments that cover any month of `year` (or only its `month`), with the months
    each covers."""
    covering = select(DuesAllocation.payment_id).where(DuesAllocation.year == year)
    if month is not None:
        covering = covering.where(DuesAllocation.month == month)
    payments = session.scalars(
        select(DuesPayment)
        .where(DuesPayment.member_id == member_id, DuesPayment.id.in_(covering))
        .order_by(DuesPayment.paid_on, DuesPayment.id)
    )
    return [(p, months_text([Month(s.year, s.month) for s in p.shares])) for p in payments]


def standard_in_force(session: Session, member_id: int, month: Month) -> StandardInput | None:
    """The member's standard for `month`, as the 核定标准 dialog starts from it."""
    standard = standard_on(standards(session).get(member_id, []), month)
    if standard is None:
        return None
    return StandardInput(
        standard.category, standard.effective_from, standard.base,
        standard.monthly_amount if standard.category is DuesCategory.REDUCED else None,
        standard.decided_on, standard.approval_ref, standard.note,
    )  # fmt: skip
