"""A 党费 list recorded whole: each row read, matched to a member and recorded as a payment by
record_payment, so that a list obeys the rules a payment typed in does. Anything wrong — a name
not on the roster, a name two members share without the ID number, an amount or date that
cannot be read, a payment record_payment refuses — is a fault with its row, column, value and
reason, as in the roster import; a list with faults records nothing."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import DateParseError, parse_date
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.money import ZERO, MoneyError, parse_money, yuan
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services.roster_import import Fault
from dangwu_desktop.io.dues_list import DuesList, ListRow
from dangwu_desktop.io.roster_reader import shown
from dangwu_desktop.ledgers.dues.book import months_text
from dangwu_desktop.ledgers.dues.rules import BACK_PAY_MONTHS, Month
from dangwu_desktop.ledgers.dues.service import PaymentInput, record_payment, still_owed

_MONTH = re.compile(
    r"^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*(?:月?\s*[-—–~～至到]\s*(?:(\d{4})\s*[-/.年]\s*)?"
    r"(\d{1,2})\s*)?月?份?$"
)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／", "0123456789.-/")
_FaultFn = Callable[..., None]  # fault(column key, reason, detail="")


@dataclass(frozen=True, slots=True)
class ListPayment:
    """A row as it would be (or was) recorded."""

    row: int
    member_id: int
    name: str
    paid_on: date
    amount: Decimal
    months: tuple[Month, ...]
    extra: Decimal
    paid_by: str
    warnings: tuple[str, ...]

    @property
    def months_text(self) -> str:
        return months_text(self.months)


@dataclass(slots=True)
class DuesListCheck:
    """What recording a list does, before (or after) it is done."""

    source: str
    payments: list[ListPayment] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    warnings: list[Fault] = field(default_factory=list)
    skipped: int = 0

    @property
    def total(self) -> Decimal:
        return sum((p.amount for p in self.payments), ZERO)

    @property
    def faulty_rows(self) -> list[int]:
        return sorted({f.row for f in self.faults})

    def first_fault_per_row(self) -> list[Fault]:
        first: dict[int, Fault] = {}
        for fault in self.faults:
            first.setdefault(fault.row, fault)
        return [first[row] for row in sorted(first)]

    @property
    def summary(self) -> str:
        text = f"共{len(self.payments)}笔，{yuan(self.total)}元"
        if self.faults:
            text += f"；{len(self.faulty_rows)}行有错误，改正后才能登记"
        return text


class DuesListRefused(ServiceError):
    """A list with faults: nothing was recorded."""

    def __init__(self, check: DuesListCheck) -> None:
        self.check = check
        super().__init__(f"名单有{len(check.faulty_rows)}行错误，没有登记任何党费")


def check_dues_list(
    session: Session, dues_list: DuesList, today: date, paid_on: date, method: str = "现金"
) -> DuesListCheck:
    """What recording the list would do, writing nothing (the payments are made in a savepoint
    and rolled back, so the check is record_payment's own judgement, row after row)."""
    nested = session.begin_nested()
    try:
        return _apply(session, dues_list, today, paid_on, method)
    finally:
        nested.rollback()


def record_dues_list(
    session: Session, dues_list: DuesList, today: date, paid_on: date, method: str = "现金"
) -> DuesListCheck:
    """Record every row, or none (DuesListRefused) if any row has a fault. Does not commit."""
    check = _apply(session, dues_list, today, paid_on, method)
    if check.faults:
        raise DuesListRefused(check)
    return check


@dataclass(frozen=True, slots=True)
class _Roster:
    by_name: dict[str, list[tuple[int, str]]]
    by_id: dict[str, tuple[int, str]]


def _roster(session: Session) -> _Roster:
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    by_id: dict[str, tuple[int, str]] = {}
    for member_id, name, number in session.execute(
        select(Member.id, Member.name, Member.id_number).order_by(Member.id)
    ):
        by_name["".join(name.split())].append((member_id, name))
        if number:
            by_id[number.upper()] = (member_id, name)
    return _Roster(by_name, by_id)


def _apply(
    session: Session, dues_list: DuesList, today: date, default_day: date, method: str
) -> DuesListCheck:
    check = DuesListCheck(dues_list.source, skipped=len(dues_list.skipped))
    roster = _roster(session)
    for row in dues_list.rows:
        faults: list[Fault] = []

        def fault(
            key: str,
            reason: str,
            detail: str = "",
            row: ListRow = row,
            faults: list[Fault] = faults,
        ) -> None:
            faults.append(Fault(row.number, row.title(key), shown(row.value(key)), reason, detail))

        for title, value in row.unread:
            faults.append(
                Fault(
                    row.number,
                    title,
                    value,
                    "无法识别",
                    "每行应为姓名（或身份证号）和金额，可再写日期、月份",
                )
            )
        member = _member(row, roster, fault)
        amount = _amount(row, fault)
        day = _day(row, default_day, fault)
        months = _months(row, day or default_day, fault)
        if faults or member is None or amount is None or day is None:
            check.faults.extend(faults)
            continue
        given = PaymentInput(
            member_id=member[0],
            paid_on=day,
            amount=amount,
            first_month=months[0] if months else None,
            receipt_no=_text(row.value("receipt_no")),
            paid_by=_text(row.value("paid_by")),
            method=_text(row.value("method")) or method,
            note=_text(row.value("note")),
        )
        try:
            result = record_payment(session, given, today)
        except RecordInvalid as refusal:
            for finding in refusal.findings:
                key = _FINDING_COLUMNS.get(finding.attribute, "name")
                fault(key, finding.message)
            check.faults.extend(faults)
            continue
        except ServiceError as refusal:
            fault("name", str(refusal))
            check.faults.extend(faults)
            continue
        warnings = list(result.warnings)
        if months and months[-1] != months[0] and result.months[-1] != months[-1]:
            warnings.append(
                f"所填月份为{_span(months[0], months[-1])}，"
                f"{yuan(amount)}元实际交到{result.months[-1].label}"
            )
        last = result.months[-1]
        short = still_owed(session, member[0], last, last)
        if short and short[0][1] > 0:
            warnings.append(f"不够交满{last.label}：还差{yuan(short[0][1])}元")
        if result.extra > 0:
            warnings.append(f"比应交多{yuan(result.extra)}元，记为自愿多交")
        for warning in warnings:
            check.warnings.append(Fault(row.number, row.title("amount"), yuan(amount), warning))
        check.payments.append(
            ListPayment(
                row.number, member[0], member[1], day, amount, result.months, result.extra,
                given.paid_by, tuple(warnings),
            )
        )  # fmt: skip
    return check


def _span(first: Month, last: Month) -> str:
    if first.year == last.year:
        return f"{first.year}年{first.month}—{last.month}月"
    return f"{first.label}—{last.label}"


_FINDING_COLUMNS = {
    "amount": "amount",
    "paid_on": "paid_on",
    "receipt_no": "receipt_no",
    "paid_by": "paid_by",
    "note": "note",
    "first_month": "month",
}


def _text(value: object) -> str:
    return " ".join(shown(value).split())


def _member(row: ListRow, roster: _Roster, fault: _FaultFn) -> tuple[int, str] | None:
    name = "".join(shown(row.value("name")).split())
    number = shown(row.value("id_number")).translate(_FULLWIDTH).replace(" ", "").upper()
    if isinstance(row.value("id_number"), float):
        fault("id_number", "身份证号被存成数字，末位已丢失", "请把该列设为文本格式重新填写")
        return None
    if number:
        found = roster.by_id.get(number)
        if found is None:
            fault("id_number", "花名册中没有这个身份证号的党员")
            return None
        if name and "".join(found[1].split()) != name:
            fault("name", f"与身份证号不符：该号码是{found[1]}的")
            return None
        return found
    if not name:
        fault("name", "没有姓名")
        return None
    matches = roster.by_name.get(name, [])
    if not matches:
        fault("name", "花名册中没有这名党员", "请核对姓名，或先在花名册中登记")
        return None
    if len(matches) > 1:
        fault(
            "name",
            f"花名册中有{len(matches)}名党员叫{name}",
            "请在名单中加一列“身份证号”区分",
        )
        return None
    return matches[0]


def _amount(row: ListRow, fault: _FaultFn) -> Decimal | None:
    raw = row.value("amount")
    if raw is None or not shown(raw):
        fault("amount", "没有金额")
        return None
    try:
        amount = parse_money(raw)
    except MoneyError as exc:
        fault("amount", "金额无法识别", str(exc))
        return None
    if amount <= 0:
        fault("amount", "金额须大于0")
        return None
    return amount


def _day(row: ListRow, default: date, fault: _FaultFn) -> date | None:
    raw = row.value("paid_on")
    if raw is None or not shown(raw):
        return default
    if isinstance(raw, datetime):
        return raw.date()
    try:
        day = parse_date(
            raw if not isinstance(raw, str) else raw.split(" ")[0], allow_month_only=False
        )
    except DateParseError as exc:
        fault("paid_on", "日期无法识别", str(exc))
        return None
    return day or default


def _months(row: ListRow, paid_on: date, fault: _FaultFn) -> tuple[Month, ...]:
    """The first and last month the row names (月份 or 起始月份), or () to let the payment cover
    the earliest months still owed."""
    key = "first_month" if shown(row.value("first_month")) else "month"
    raw = row.value(key)
    if raw is None or not shown(raw):
        return ()
    if isinstance(raw, datetime | date):
        return (Month(raw.year, raw.month),)
    text = shown(raw).translate(_FULLWIDTH).replace(" ", "")
    match = _MONTH.match(text)
    if match is None:
        fault(key, "月份无法识别", "应写成 2026年3月、3月或 1—3月")
        return ()
    year, month, last_year, last_month = match.groups()
    try:
        first = _month(year, month, paid_on)
        if last_month is None:
            return (first,)
        last = _month(last_year or year or str(first.year), last_month, paid_on)
    except ValueError:
        fault(key, "月份无法识别", "月份应在1到12之间")
        return ()
    if last < first:
        last = Month(last.year + 1, last.month) if last_year is None else last
    if last < first:
        fault(key, "月份无法识别", "终止月早于起始月")
        return ()
    return (first, last)


def _month(year: str | None, month: str, paid_on: date) -> Month:
    """The month named; without a year, the one of the year paid, unless that is more than
    six months ahead of the day (December's dues handed in in January are last year's)."""
    number = int(month)
    if not 1 <= number <= 12:
        raise ValueError(month)
    if year is not None:
        return Month(int(year), number)
    found = Month(paid_on.year, number)
    if found.minus(Month.of(paid_on)) > BACK_PAY_MONTHS:
        return Month(paid_on.year - 1, number)
    return found
