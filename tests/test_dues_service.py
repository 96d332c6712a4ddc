"""The 党费 book kept through its services: standards, payments spread over months, a whole
month at standard, arrears on the 首页, 特殊党费 and 上缴 in the period's figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import MemberCategory, MovementKind, Sex
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers.dues.book import CellState, arrears, summary, year_book
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.dues.reminders import reminders
from dangwu_desktop.ledgers.dues.rules import DuesCategory, Month, StandardInput
from dangwu_desktop.ledgers.dues.service import (
    PaymentInput,
    RemittanceInput,
    SpecialInput,
    collect_month,
    delete_payment,
    month_owing,
    payment_lines,
    plan_payment,
    record_payment,
    record_remittance,
    record_special,
    set_standard,
    standard_in_force,
)
from tests.conftest import member

D = Decimal


def person(name: str, **overrides: object) -> MemberData:
    """A member without an ID number: sex and birth given instead."""
    values: dict[str, object] = {
        "name": name,
        "id_number": "",
        "sex": Sex.FEMALE,
        "birth_date": date(1975, 3, 2),
    }
    return member(**(values | overrides))


TODAY = date(2026, 11, 30)
JANUARY = date(2026, 1, 1)


@pytest.fixture
def village(database: Database, branch: None) -> dict[str, int]:
    """Three members on 农民 0.50 a month from January, one 在职 at 4200 (42.00)."""
    ids = {}
    with database.transaction() as session:
        for name, number in (("张三", "330726199001011238"), ("李四", None), ("王五", None)):
            data = member(name=name) if number else person(name)
            ids[name] = add_member(session, data, TODAY).id
            set_standard(session, ids[name], StandardInput(DuesCategory.FARMER, JANUARY), TODAY)
        ids["赵六"] = add_member(session, person("赵六"), TODAY).id
        set_standard(
            session, ids["赵六"], StandardInput(DuesCategory.EMPLOYED, JANUARY, D("4200")), TODAY
        )
    return ids


def _cells(database: Database, name: str, year: int = 2026) -> dict[int, str]:
    with database.read() as session:
        row = next(r for r in year_book(session, year, TODAY) if r.name == name)
        return {c.month.month: c.state(row.current) for c in row.cells}


def test_a_payment_covers_the_earliest_months_still_owed(database: Database, village: dict) -> None:
    with database.transaction() as session:
        result = record_payment(
            session,
            PaymentInput(village["张三"], date(2026, 3, 5), D("1.50"), receipt_no="A001"),
            TODAY,
        )
    assert [m.month for m in result.months] == [1, 2, 3] and not result.warnings
    cells = _cells(database, "张三")
    assert [cells[m] for m in (1, 2, 3, 4, 11, 12)] == [
        "已交",
        "已交",
        "已交",
        "未交",
        "待交",
        "待交",
    ]


def test_an_advance_payment_covers_months_ahead(database: Database, village: dict) -> None:
    """dues.monthly: paid in advance with the branch's consent (a year ahead at most)."""
    with database.transaction() as session:
        record_payment(
            session,
            PaymentInput(village["李四"], date(2026, 11, 2), D("6.00"), Month(2026, 11)),
            TODAY,
        )
    with database.read() as session:
        row = next(r for r in year_book(session, 2027, TODAY) if r.name == "李四")
        assert [c.month.month for c in row.cells if c.paid] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        assert all(c.advance for c in row.cells if c.paid)


def test_back_pay_beyond_six_months_is_recorded_with_a_warning(
    database: Database, village: dict
) -> None:
    with database.transaction() as session:
        result = record_payment(
            session, PaymentInput(village["王五"], date(2026, 9, 3), D("4.50")), TODAY
        )
    assert [m.month for m in result.months] == list(range(1, 10))
    assert "补交了2026年1—2月的党费，超过6个月" in result.warnings[0]


def test_a_receipt_number_is_used_once(database: Database, village: dict) -> None:
    """dues.receipt_once, also across 特殊党费."""
    with database.transaction() as session:
        record_special(
            session,
            SpecialInput(village["张三"], date(2026, 8, 1), D("100"), "支援抗洪救灾", "S-9"),
            TODAY,
        )
    with (
        pytest.raises(RecordInvalid, match="收据号“S-9”已经用过"),
        database.transaction() as session,
    ):
        record_payment(
            session,
            PaymentInput(village["李四"], date(2026, 8, 2), D("0.5"), receipt_no="S-9"),
            TODAY,
        )


def test_a_payment_before_joining_or_after_today_is_refused(
    database: Database, branch: None
) -> None:
    with database.transaction() as session:
        new = add_member(session, person("新党员", join_date=date(2026, 6, 15),
                                         full_member_date=None, category=MemberCategory.PROBATIONARY), TODAY).id  # fmt: skip
        set_standard(session, new, StandardInput(DuesCategory.FARMER, date(2026, 6, 1)), TODAY)
    for day, says in ((date(2026, 6, 1), "早于入党时间"), (date(2026, 12, 1), "晚于今天")):
        with pytest.raises(RecordInvalid, match=says), database.transaction() as session:
            record_payment(session, PaymentInput(new, day, D("0.5")), TODAY)
    with database.read() as session:
        assert session.scalars(select(DuesPayment)).all() == []


def test_a_probationary_member_owes_from_the_month_of_the_vote(
    database: Database, branch: None
) -> None:
    with database.transaction() as session:
        new = add_member(session, person("新党员", join_date=date(2026, 6, 15),
                                         full_member_date=None, category=MemberCategory.PROBATIONARY), TODAY).id  # fmt: skip
        set_standard(session, new, StandardInput(DuesCategory.FARMER, date(2026, 6, 1)), TODAY)
    cells = _cells(database, "新党员")
    assert cells[5] == CellState.NOT_HERE and cells[6] == CellState.UNPAID


def test_a_transferred_member_owes_up_to_the_month_of_leaving(
    database: Database, village: dict
) -> None:
    with database.transaction() as session:
        record_movement(session, village["李四"], Movement(MovementKind.TRANSFER_OUT, date(2026, 5, 20), other_org="城关镇某村党支部"), TODAY)  # fmt: skip
    cells = _cells(database, "李四")
    assert cells[5] == CellState.UNPAID and cells[6] == CellState.NOT_HERE
    with database.read() as session:
        assert "李四" not in [a.name for a in arrears(session, TODAY)]  # off the roster today


def test_collect_month_pays_everyone_at_standard_except_the_named(
    database: Database, village: dict
) -> None:
    """整月登记: all owing members at their standard, in one operation, except the exceptions."""
    with database.transaction() as session:
        done = collect_month(
            session, Month(2026, 11), date(2026, 11, 28), TODAY, except_ids=[village["王五"]]
        )
    assert done.paid == ("张三", "李四", "赵六") and done.total == D("43.00")
    assert done.skipped == ("王五",)
    assert _cells(database, "赵六")[11] == "已交"
    with database.transaction() as session:  # a second run finds nothing left to pay
        again = collect_month(session, Month(2026, 11), date(2026, 11, 28), TODAY)
    assert again.paid == ("王五",)


def test_arrears_and_the_first_reminders(database: Database, village: dict) -> None:
    """dues.six_months_unpaid: 5 months behind is named on its own, 6 and more is overdue."""
    with database.transaction() as session:
        record_payment(
            session, PaymentInput(village["张三"], date(2026, 6, 1), D("3.00")), TODAY
        )  # to June
        record_payment(
            session, PaymentInput(village["李四"], date(2026, 10, 1), D("4.50")), TODAY
        )  # to Sept
        record_payment(
            session, PaymentInput(village["赵六"], date(2026, 10, 1), D("420.00")), TODAY
        )  # to Oct
    with database.read() as session:
        found = {a.name: a for a in arrears(session, TODAY)}
        assert found["张三"].run == 4 and found["张三"].months_text == "2026年7—10月"
        assert found["王五"].run == 10 and found["王五"].amount == D("5.00")
        assert found["李四"].run == 1 and "赵六" not in found
        texts = [r.text for r in reminders(session, TODAY)]
    assert any(t.startswith("王五已连续10个月未交党费") and "已满六个月" in t for t in texts)
    assert "1名党员已连续3个月以上未交党费：张三" in texts


def test_the_period_summary_reconciles(database: Database, village: dict) -> None:
    with database.transaction() as session:
        record_payment(
            session,
            PaymentInput(village["赵六"], date(2026, 10, 8), D("126.00"), Month(2026, 10)),
            TODAY,
        )
        record_payment(session, PaymentInput(village["张三"], date(2026, 10, 8), D("1.50"), Month(2026, 10), paid_at_org="杭州市某社区党委"), TODAY)  # fmt: skip
        record_special(
            session,
            SpecialInput(village["李四"], date(2026, 11, 3), D("50"), "支援抗洪救灾"),
            TODAY,
        )
        record_remittance(
            session,
            RemittanceInput(date(2026, 11, 20), D("100"), Month(2026, 10), Month(2026, 10)),
            TODAY,
        )
    with database.read() as session:
        part = summary(session, date(2026, 10, 1), date(2026, 12, 31), TODAY, "2026年第四季度")
    # October is counted; November is still being collected on 11-30, so not yet owed:
    # 3 farmers × 0.50 + 赵六 42
    assert part.counted_to == Month(2026, 10)
    assert part.owed == D("43.50") and part.paid == D("42.00") + D("0.50")
    assert part.owed - part.paid == part.arrears  # 李四 and 王五's October
    assert (
        part.collected == D("126.00") and part.elsewhere == D("1.50") and part.special == D("50.00")
    )
    assert part.remitted == D("100.00") and part.not_remitted == D("76.00")
    assert part.behind == 2 and part.rate_text == "97.7%"  # 42.50 / 43.50


def test_each_write_is_in_the_audit_log_and_a_payment_can_be_removed(
    database: Database, village: dict
) -> None:
    with database.transaction() as session:
        payment = record_payment(
            session, PaymentInput(village["张三"], date(2026, 2, 1), D("1.00")), TODAY
        ).payment
        payment_id = payment.id
    with database.transaction() as session:
        delete_payment(session, payment_id)
    with database.read() as session:
        entries = [(e.subject, e.action) for e in session.scalars(select(audit.AuditEntry))]
        assert (
            ("党费标准", "新增") in entries
            and ("党费", "新增") in entries
            and ("党费", "删除") in entries
        )
    assert _cells(database, "张三")[1] == "未交"


def test_the_plan_of_a_payment_is_what_saving_it_records(database: Database, village: dict) -> None:
    """登记党费 shows the months before saving: the plan and the saved payment agree."""
    with database.transaction() as session:
        record_payment(session, PaymentInput(village["张三"], date(2026, 2, 1), D("1.00")), TODAY)
    with database.read() as session:
        plan = plan_payment(session, village["张三"], date(2026, 5, 6), D("2.20"))
    assert plan.first == Month(2026, 3) and plan.text == "2026年3—7月"
    assert plan.shares[-1] == (Month(2026, 7), D("0.20"))  # July part-paid
    with database.transaction() as session:
        saved = record_payment(
            session, PaymentInput(village["张三"], date(2026, 5, 6), D("2.20")), TODAY
        )
    assert saved.months == plan.months and saved.extra == plan.extra


def test_the_month_list_names_who_still_owes_and_who_has_no_standard(
    database: Database, village: dict
) -> None:
    """整月登记 lists the members still owing the month, at what they still owe."""
    with database.transaction() as session:
        record_payment(
            session,
            PaymentInput(village["李四"], date(2026, 11, 2), D("0.30"), Month(2026, 11)),
            TODAY,
        )
        add_member(session, person("钱七"), TODAY)
    with database.read() as session:
        owing, unset = month_owing(session, Month(2026, 11))
    assert [(o.name, o.owed) for o in owing] == [
        ("张三", D("0.50")), ("李四", D("0.20")), ("王五", D("0.50")), ("赵六", D("42.00"))
    ]  # fmt: skip
    assert unset == ["钱七"]


def test_the_payments_of_one_month(database: Database, village: dict) -> None:
    with database.transaction() as session:
        record_payment(session, PaymentInput(village["张三"], date(2026, 2, 1), D("1.00")), TODAY)
        record_payment(session, PaymentInput(village["张三"], date(2026, 4, 1), D("1.00")), TODAY)
    with database.read() as session:
        lines = payment_lines(session, village["张三"], 2026, 3)
        assert [(p.paid_on, text) for p, text in lines] == [(date(2026, 4, 1), "2026年3—4月")]
        standard = standard_in_force(session, village["赵六"], Month(2026, 6))
    assert standard is not None and standard.base == D("4200.00")


def test_the_demo_village_keeps_a_believable_dues_book(database: Database) -> None:
    """Most members 农民, some 在职/离退休/村干部, one 免交; one pays the year in advance, one
    through a relative, 流动党员 at the 流入地; a few behind; 特殊党费 and 上缴 recorded."""
    from dangwu_desktop.core.demo import build_demo_village
    from dangwu_desktop.ledgers.dues.models import DuesRemittance, DuesStandard, SpecialDues

    with database.transaction() as session:
        build_demo_village(session, TODAY)
    with database.read() as session:
        kinds = [s.category for s in session.scalars(select(DuesStandard))]
        payments = session.scalars(select(DuesPayment)).all()
        found = arrears(session, TODAY)
        assert kinds.count(DuesCategory.FARMER) > len(kinds) / 2
        assert {DuesCategory.RETIRED, DuesCategory.REDUCED} <= set(kinds)
        assert any(p.note == "一次交清全年党费" for p in payments)
        assert any(p.paid_by for p in payments) and any(p.paid_at_org for p in payments)
        assert [a.run for a in found] == [5, 3, 2]
        assert session.scalars(select(SpecialDues)).all()
        assert len(session.scalars(select(DuesRemittance)).all()) == 3  # Q1–Q3 by 11-30
        texts = [r.text for r in reminders(session, TODAY)]
    assert any("再过1个月即满六个月" in t for t in texts)


def test_the_collection_rate_says_100_only_when_nothing_is_owed() -> None:
    from dangwu_desktop.ledgers.dues.book import DuesSummary

    def rate(owed: str, paid: str) -> str:
        return DuesSummary("", 1, D(owed), D(paid), 0, D(0), 0, D(0), D(0), D(0), D(0), 0).rate_text

    assert rate("9451.50", "9448.00") == "99.9%"  # 99.96 %: not rounded up to 100
    assert rate("43.50", "42.50") == "97.7%" and rate("10", "10") == "100.0%"
    assert rate("0", "0") == "—"
