"""党费 rules (DOMAIN.md §5): the bands, the rounding, money as exact fen, which months are owed,
how a payment spreads over months, the six-month marks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dangwu_desktop.core.money import MoneyError, parse_money, round_fen, yuan
from dangwu_desktop.ledgers.dues.rules import (
    DuesCategory,
    Month,
    StandardInput,
    allocate,
    back_pay_months,
    monthly_amount,
    owes_in,
    payment_findings,
    standard_findings,
    unpaid_run,
)

D = Decimal
FARMER = D("0.50")


@pytest.mark.parametrize(
    ("income", "owed"),
    [
        ("2999.99", "15.00"),  # 0.5 % of 2999.99 = 14.99995 → 15.00
        ("3000", "15.00"),  # 3000 itself is in the first band (含3000元)
        ("3000.01", "30.00"),  # the whole income at 1 % once above 3000
        ("5000", "50.00"),
        ("5000.01", "75.00"),  # 1.5 %
        ("10000", "150.00"),
        ("10000.01", "200.00"),  # 2 %
        ("4321.50", "43.22"),  # 43.215 rounds half up to 43.22
    ],
)
def test_dues_wage_bands_apply_one_rate_to_the_whole_income(income: str, owed: str) -> None:
    """dues.wage_bands: ≤3000 0.5 %, ≤5000 1 %, ≤10000 1.5 %, above 2 %, 含 each ceiling."""
    assert monthly_amount(DuesCategory.EMPLOYED, D(income), FARMER, None) == D(owed)


@pytest.mark.parametrize(
    ("pension", "owed"), [("5000", "25.00"), ("5000.01", "50.00"), ("1234.5", "6.17")]
)
def test_dues_pension_bands(pension: str, owed: str) -> None:
    """dues.pension_bands: ≤5000 0.5 %, above 1 %; 6.1725 rounds to 6.17."""
    assert monthly_amount(DuesCategory.RETIRED, D(pension), FARMER, None) == D(owed)


def test_dues_fixed_amounts_for_farmers_low_income_and_relief() -> None:
    """dues.farmer takes the province's figure, dues.low_income 0.2 元, dues.relief its own."""
    assert monthly_amount(DuesCategory.FARMER, None, D("1.00"), None) == D("1.00")
    assert monthly_amount(DuesCategory.LOW_INCOME, None, FARMER, None) == D("0.20")
    assert monthly_amount(DuesCategory.REDUCED, None, FARMER, D("0")) == D("0")
    assert monthly_amount(DuesCategory.VILLAGE_CADRE, D("2500"), FARMER, None) == D("12.50")


def test_dues_rounding_is_half_up_to_the_fen() -> None:
    """dues.rounding."""
    assert round_fen(D("0.005")) == D("0.01")
    assert round_fen(D("43.2149")) == D("43.21")


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12", "12.00"),
        ("12.5元", "12.50"),
        ("￥1,200", "1200.00"),
        ("１２．５", "12.50"),
        (0.1, "0.10"),
    ],
)
def test_money_is_read_exactly(typed: object, amount: str) -> None:
    assert parse_money(typed) == D(amount) and yuan(parse_money(typed)) == amount


@pytest.mark.parametrize(
    ("typed", "says"),
    [("-5", "负数"), ("12.345", "最多到分"), ("十二", "不是金额"), ("", "为空"), ("1e9", "过大")],
)
def test_money_refuses_what_is_not_an_amount(typed: str, says: str) -> None:
    with pytest.raises(MoneyError, match=says):
        parse_money(typed)


def test_dues_relief_needs_the_branchs_decision_and_the_approval() -> None:
    """dues.relief: 减免 needs 支部研究 (a date) and 上级批准 (a reference), and its amount."""
    given = StandardInput(DuesCategory.REDUCED, date(2026, 1, 1))
    reasons = {f.attribute for f in standard_findings(given, date(2000, 1, 1), date(2026, 3, 1))}
    assert reasons == {"fixed_amount", "decided_on", "approval_ref"}
    ok = StandardInput(
        DuesCategory.REDUCED, date(2026, 1, 1), fixed_amount=D("0"),
        decided_on=date(2025, 12, 20), approval_ref="镇党委批复〔2025〕12号",
    )  # fmt: skip
    assert standard_findings(ok, date(2000, 1, 1), date(2026, 3, 1)) == []


def test_dues_standard_needs_its_base_and_cannot_start_before_joining() -> None:
    given = StandardInput(DuesCategory.EMPLOYED, date(2019, 5, 1))
    findings = standard_findings(given, date(2020, 7, 1), date(2026, 3, 1))
    assert {f.attribute for f in findings} == {"base", "effective_from"}
    assert all(f.citation for f in findings)


def test_dues_probationary_owe_from_the_month_of_the_vote() -> None:
    """dues.probationary_from_admission: admitted on 6月15日, June is owed."""
    stretches = [(date(2026, 6, 15), None)]
    assert owes_in(Month(2026, 6), stretches, admitted=date(2026, 6, 15))
    assert not owes_in(Month(2026, 5), stretches, admitted=date(2026, 6, 15))


def test_dues_where_paid_transfer_months() -> None:
    """dues.where_paid: the month of a 转出 is owed here, the month of a 转入 at the old branch."""
    stretches = [(date(2026, 3, 10), date(2026, 8, 20))]  # 转入 3月10日, 转出 8月20日
    owed = [m for m in range(1, 13) if owes_in(Month(2026, m), stretches)]
    assert owed == [4, 5, 6, 7, 8]


def test_dues_allocation_fills_months_in_order() -> None:
    """dues.monthly: a payment covers months in order, each up to what it owes."""
    owed = [(Month(2026, m), D("0.50")) for m in range(1, 13)]
    shares, left = allocate(D("3.00"), owed)
    assert [m.month for m, _ in shares] == [1, 2, 3, 4, 5, 6] and left == 0
    shares, left = allocate(D("0.70"), owed)
    assert shares == [(Month(2026, 1), D("0.50")), (Month(2026, 2), D("0.20"))] and left == 0
    shares, left = allocate(D("10.00"), owed[:2])
    assert left == D("9.00")  # beyond the months owed: 多交


def test_dues_back_pay_more_than_six_months_is_flagged() -> None:
    """dues.monthly: 补交 generally covers at most six months back."""
    months = [Month(2026, 1), Month(2026, 2), Month(2026, 3)]
    assert back_pay_months(date(2026, 8, 5), months) == [Month(2026, 1)]
    assert back_pay_months(date(2026, 7, 31), months) == []


def test_dues_unpaid_run_counts_back_from_last_month() -> None:
    """dues.six_months_unpaid: the run ends with last month; an earlier gap does not add."""
    unpaid = [Month(2026, m) for m in (2, 6, 7, 8, 9, 10)]
    assert unpaid_run(unpaid, Month(2026, 11)) == 5
    assert unpaid_run(unpaid, Month(2026, 12)) == 0


def test_a_payment_is_refused_for_each_fault_with_its_reason() -> None:
    """dues.receipt_once: no amount, after today, before joining, a receipt number used before."""
    findings = payment_findings(
        D("0"), date(2026, 12, 1), date(2026, 11, 30), date(2027, 1, 1), "A12", True
    )
    assert {f.attribute for f in findings} == {"amount", "paid_on", "receipt_no"}
    assert len([f for f in findings if f.attribute == "paid_on"]) == 2


def test_the_dues_rules_are_in_the_rule_book_with_their_setting(database: object) -> None:
    """The 依据 list shows the 党费 rules; the farmer figure names the setting that holds it."""
    from dangwu_desktop.core.services.rule_book import rule_book

    with database.read() as session:  # type: ignore[attr-defined]
        entries = {entry.rule.id: entry for entry in rule_book(session)}
    assert {"dues.wage_bands", "dues.six_months_unpaid", "dues.monthly"} <= set(entries)
    assert (
        entries["dues.farmer"].figure_text
        == "农民党员每月党费：现为0.5元（默认0.5元，可在“设置”中修改）"
    )
    assert entries["dues.wage_bands"].rule.citation.startswith(
        "《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）第二条"
    )
