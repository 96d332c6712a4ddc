"""The 流动党员 rules, each a table of dated cases: the contact interval, the transfer after six
months at a fixed place (党员教育管理工作条例 第二十五条), the 活动证's date, and 失联 six months
before 停止党籍 (第二十四条)."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.ledgers.mobile.rules import (
    LOST_RULE,
    RULES,
    TRANSFER_RULE,
    CardState,
    MobileReason,
    StintInput,
    card_state,
    contact_findings,
    contact_overdue,
    stint_findings,
    stop_membership_due,
    transfer_due,
)

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("last", "months", "overdue"),
    [
        (date(2026, 9, 1), 3, None),  # 2 whole months: within a quarter
        (date(2026, 8, 30), 3, 3),  # three months to the day
        (date(2026, 8, 31), 3, None),  # a day short of three months
        (date(2026, 5, 1), 3, 6),
        (date(2026, 5, 1), 6, 6),
        (date(2026, 10, 30), 1, 1),
        (date(2025, 11, 30), 12, 12),
    ],
)
def test_mobile_contact_interval(last: date, months: int, overdue: int | None) -> None:
    assert contact_overdue(last, TODAY, months) == overdue


@pytest.mark.parametrize(
    ("start", "fixed", "due"),
    [
        (date(2026, 5, 30), True, date(2026, 11, 30)),  # six months today
        (date(2026, 5, 31), True, date(2026, 11, 30)),  # November has no 31st: its last day
        (date(2026, 6, 1), True, None),  # not yet six months
        (date(2025, 12, 25), True, date(2026, 6, 25)),
        (date(2025, 12, 25), False, None),  # no fixed place: the 活动证 stays in use
    ],
)
def test_mobile_transfer_after_six_months(start: date, fixed: bool, due: date | None) -> None:
    assert transfer_due(start, TODAY, fixed) == due


@pytest.mark.parametrize(
    ("expires", "state"),
    [
        (None, CardState.NONE),
        (date(2026, 11, 29), CardState.EXPIRED),
        (date(2026, 11, 30), CardState.EXPIRING),  # valid to the end of its last day
        (date(2026, 12, 30), CardState.EXPIRING),  # 30 days ahead
        (date(2026, 12, 31), CardState.VALID),
    ],
)
def test_mobile_card_valid(expires: date | None, state: CardState) -> None:
    assert card_state(expires, TODAY) is state


@pytest.mark.parametrize(
    ("lost_since", "due"),
    [
        (date(2026, 5, 30), True),  # six months out of touch today
        (date(2026, 6, 1), False),
        (date(2025, 1, 1), True),
    ],
)
def test_mobile_lost_contact_six_months_before_stopping(lost_since: date, due: bool) -> None:
    assert stop_membership_due(lost_since, TODAY) is due


def test_mobile_card_dates_and_contact_dates_are_checked() -> None:
    card = StintInput(TODAY, "上海", MobileReason.WORK, card_number="", card_issued_on=TODAY,
                      card_expires_on=date(2026, 1, 1))  # fmt: skip
    reasons = {f.reason for f in stint_findings(card, TODAY)}
    assert reasons == {"有效期不能早于发证日期", "填写了有效期，请同时填写活动证编号"}
    assert contact_findings(date(2026, 3, 1), date(2026, 1, 1), None, TODAY) == []
    assert [
        f.reason for f in contact_findings(date(2025, 12, 1), date(2026, 1, 1), None, TODAY)
    ] == ["联系日期不在这次外出期间"]
    assert [
        f.reason for f in contact_findings(date(2026, 12, 1), date(2026, 1, 1), None, TODAY)
    ] == ["联系日期不能晚于今天"]


def test_the_rules_cite_articles_only_where_read() -> None:
    """第二十四条 and 第二十五条 were read; the contact interval is a local rule."""
    assert (
        "第二十五条" in TRANSFER_RULE.citation
        and "6个月以上并且地点相对固定" in TRANSFER_RULE.citation
    )
    assert "第二十四条" in LOST_RULE.citation
    articles = [r.id for r in RULES if "第二十" in r.citation]
    assert articles == ["mobile.transfer_after_six_months", "mobile.lost_contact"]
    assert len({r.id for r in RULES}) == len(RULES)
