"""Correcting the 流动党员 book: a 流出 record's details and a contact entry corrected or deleted,
with the hours and dues a contact recorded in the training and 党费 books following it (withdrawn
with it, re-recorded when it changes), and a 失联 case entered by mistake taken back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import Sex
from dangwu_desktop.core.models import ExternalStudy, Member
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.dues.rules import DuesCategory, StandardInput
from dangwu_desktop.ledgers.dues.service import set_standard
from dangwu_desktop.ledgers.mobile.models import LostContact, MobileContact, MobileStint
from dangwu_desktop.ledgers.mobile.rules import ContactWay, MobileReason
from dangwu_desktop.ledgers.mobile.service import (
    ContactInput,
    delete_contact,
    delete_lost,
    delete_stint,
    log_contact,
    mark_lost,
    start_stint,
    stint_input,
    update_contact,
    update_stint,
)
from tests.conftest import member
from tests.test_mobile_service import LEFT, TODAY, away


@pytest.fixture
def village(database: Database, branch: None) -> dict[str, int]:
    """张三 (who will leave) and 李四 (the branch's contact person), 农民 paying dues."""
    with database.transaction() as session:
        ids = {
            "张三": add_member(session, member(name="张三"), TODAY).id,
            "李四": add_member(
                session,
                member(name="李四", id_number="", sex=Sex.FEMALE, birth_date=date(1980, 2, 3)),
                TODAY,
            ).id,
        }
        for member_id in ids.values():
            set_standard(
                session, member_id, StandardInput(DuesCategory.FARMER, date(2026, 1, 1)), TODAY
            )
    return ids


def _entries(session: object, subject: str) -> list[tuple[str, str]]:
    rows = session.scalars(select(audit.AuditEntry))  # type: ignore[attr-defined]
    return [(e.action, e.changes) for e in rows if e.subject == subject]


def _contact_with_hours_and_dues(database: Database, village: dict) -> tuple[int, int]:
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
        contact = log_contact(
            session,
            ContactInput(stint_id, date(2026, 11, 5), ContactWay.WECHAT, "了解近况", None,
                         "主题党日", 2.0, Decimal("3.00")),
            TODAY,
        )  # fmt: skip
        return stint_id, contact.id


def test_deleting_a_contact_withdraws_the_hours_and_the_dues_it_recorded(
    database: Database, village: dict
) -> None:
    _stint_id, contact_id = _contact_with_hours_and_dues(database, village)
    with database.transaction() as session:
        delete_contact(session, contact_id)
    with database.read() as session:
        assert session.scalars(select(MobileContact)).all() == []
        assert session.scalars(select(ExternalStudy)).all() == []
        assert session.scalars(select(DuesPayment)).all() == []
        assert [a for a, _ in _entries(session, "流动党员联系")] == ["新增", "删除"]
        assert any(a == "删除" for a, _ in _entries(session, "外出学习学时"))


def test_correcting_a_contact_re_records_changed_hours_and_dues_and_keeps_unchanged_ones(
    database: Database, village: dict
) -> None:
    stint_id, contact_id = _contact_with_hours_and_dues(database, village)
    with database.read() as session:
        payment_id = session.scalars(select(DuesPayment.id)).one()
    corrected = ContactInput(stint_id, date(2026, 11, 5), ContactWay.PHONE, "了解近况，身体好",
                             None, "主题党日", 4.0, Decimal("3.00"))  # fmt: skip
    with database.transaction() as session:
        update_contact(session, contact_id, corrected, TODAY)
    with database.read() as session:
        contact = session.get(MobileContact, contact_id)
        assert contact is not None and contact.way is ContactWay.PHONE
        assert [c.hours for c in session.scalars(select(ExternalStudy))] == [4.0]
        # The amount and the day are as they were: the 党费 book's payment is untouched.
        assert session.scalars(select(DuesPayment.id)).all() == [payment_id]
    with database.transaction() as session:
        update_contact(session, contact_id, replace(corrected, paid_amount=None, study_hours=0),
                       TODAY)  # fmt: skip
    with database.read() as session:
        assert session.scalars(select(DuesPayment)).all() == []
        assert session.scalars(select(ExternalStudy)).all() == []


def test_a_corrected_contact_is_checked_like_a_new_one_and_refused_whole(
    database: Database, village: dict
) -> None:
    stint_id, contact_id = _contact_with_hours_and_dues(database, village)
    bad = ContactInput(stint_id, date(2025, 12, 1), ContactWay.PHONE, study_hours=1.0)
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        update_contact(session, contact_id, bad, TODAY)
    assert [f.label for f in refused.value.findings] == ["联系日期"]
    with database.read() as session:
        contact = session.get(MobileContact, contact_id)
        assert contact is not None and contact.date == date(2026, 11, 5)
        assert [c.hours for c in session.scalars(select(ExternalStudy))] == [2.0]


def test_correcting_a_stint_changes_its_details_and_the_rosters_place(
    database: Database, village: dict
) -> None:
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
    with database.transaction() as session:
        stint = session.get(MobileStint, stint_id)
        assert stint is not None
        given = replace(stint_input(stint), place="上海市闵行区", reason=MobileReason.BUSINESS,
                        phone_there="13900000000", contact_person_id=village["李四"])  # fmt: skip
        update_stint(session, stint_id, given, TODAY)
    with database.read() as session:
        person = session.get(Member, village["张三"])
        stint = session.get(MobileStint, stint_id)
        assert person is not None and stint is not None
        assert (person.mobile_place, stint.outflow.place) == ("上海市闵行区", "上海市闵行区")
        assert (stint.reason, stint.phone_there) == (MobileReason.BUSINESS, "13900000000")
        ((action, changes),) = _entries(session, "流动党员")[1:]
        assert action == "修改" and "外出地点：上海市松江区 → 上海市闵行区" in changes
    with database.transaction() as session, pytest.raises(RecordInvalid, match="人员变动中更正"):
        stint = session.get(MobileStint, stint_id)
        assert stint is not None
        update_stint(session, stint_id, replace(stint_input(stint), start=LEFT.replace(day=1)),
                     TODAY)  # fmt: skip


def test_a_stint_with_contacts_is_not_deleted_one_without_is_and_the_roster_keeps_its_outflow(
    database: Database, village: dict
) -> None:
    stint_id, contact_id = _contact_with_hours_and_dues(database, village)
    with database.transaction() as session, pytest.raises(RecordInvalid, match="请先删除"):
        delete_stint(session, stint_id)
    with database.transaction() as session:
        delete_contact(session, contact_id)
        delete_stint(session, stint_id)
    with database.read() as session:
        assert session.scalars(select(MobileStint)).all() == []
        person = session.get(Member, village["张三"])
        assert person is not None and person.is_mobile and len(person.movements) == 1


def test_a_lost_case_entered_by_mistake_is_taken_back(database: Database, village: dict) -> None:
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
        case_id = mark_lost(session, stint_id, TODAY, "电话停机", TODAY).id
    with database.transaction() as session:
        delete_lost(session, case_id)
    with database.read() as session:
        assert session.scalars(select(LostContact)).all() == []
        assert [a for a, _ in _entries(session, "失联党员")] == ["新增", "删除"]


def test_a_payment_a_contact_recorded_can_still_be_deleted_on_the_dues_page(
    database: Database, village: dict
) -> None:
    """The 党费 page deletes payments one by one: one recorded with a contact goes too, and the
    contact stays, no longer saying dues were paid."""
    from dangwu_desktop.ledgers.dues.service import delete_payment

    _stint_id, contact_id = _contact_with_hours_and_dues(database, village)
    with database.read() as session:
        payment_id = session.scalars(select(DuesPayment.id)).one()
    with database.transaction() as session:
        delete_payment(session, payment_id)
    with database.read() as session:
        contact = session.get(MobileContact, contact_id)
        assert contact is not None and contact.payment is None
        assert contact.credit is not None  # the hours stay
