"""The 流动党员 book kept through its services: a 流出 is the roster's 流出 with its details, a
contact credits study and records dues in their own books, 失联 is searched for and closed, a
流入党员 is kept apart from the roster; the 首页, the work report and the 台账 read them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from dangwu_desktop.core import audit
from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import (
    ActivityKind,
    Attendance,
    MembershipStatus,
    MovementKind,
    Sex,
)
from dangwu_desktop.core.models import ExternalStudy, Member
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services.activities import save_activity
from dangwu_desktop.core.services.dashboard import participation
from dangwu_desktop.core.services.members import add_member, record_movement
from dangwu_desktop.core.services.settings import set_setting
from dangwu_desktop.db.startup import Database
from dangwu_desktop.io.mobile_xlsx import export_register
from dangwu_desktop.ledgers import export_named
from dangwu_desktop.ledgers import reminders as all_reminders
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.dues.rules import DuesCategory, StandardInput
from dangwu_desktop.ledgers.dues.service import set_standard
from dangwu_desktop.ledgers.mobile.book import mobile_book
from dangwu_desktop.ledgers.mobile.reminders import reminders
from dangwu_desktop.ledgers.mobile.report import mobile, mobile_text
from dangwu_desktop.ledgers.mobile.rules import ContactWay, LostOutcome, MobileReason, StintInput
from dangwu_desktop.ledgers.mobile.service import (
    CONTACT_MONTHS,
    ContactInput,
    IncomingInput,
    close_lost,
    current_stint,
    end_incoming,
    end_stint,
    log_contact,
    mark_lost,
    record_taking_part,
    register_incoming,
    start_stint,
)
from tests.conftest import member

TODAY = date(2026, 11, 30)
LEFT = date(2026, 1, 10)


@pytest.fixture
def village(database: Database, branch: None) -> dict[str, int]:
    """张三 (who will leave) and 李四 (the branch's contact person), both 农民 from January."""
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


def away(**overrides: object) -> StintInput:
    values: dict[str, object] = {
        "start": LEFT, "place": "上海市松江区", "reason": MobileReason.WORK,
        "org_there": "松江区九亭镇流动党员党支部", "org_contact": "王书记 13800000000",
        "phone_there": "13911112222", "card_number": "流证2026001",
        "card_issued_on": LEFT, "card_expires_on": date(2027, 1, 9),
    }  # fmt: skip
    values.update(overrides)
    return StintInput(**values)  # type: ignore[arg-type]


def test_a_stint_is_the_rosters_outflow_with_its_details(database: Database, village: dict) -> None:
    with database.transaction() as session:
        stint = start_stint(
            session, village["张三"], away(contact_person_id=village["李四"]), TODAY
        )
        stint_id = stint.id
    with database.read() as session:
        person = session.get(Member, village["张三"])
        assert person is not None
        # One truth: where and since when are the roster's, which now shows the member away.
        assert (person.is_mobile, person.mobile_place, person.mobile_since, person.mobile_org) == (
            True, "上海市松江区", LEFT, "松江区九亭镇流动党员党支部",
        )  # fmt: skip
        assert [m.kind for m in person.movements] == [MovementKind.MOBILE_OUT]
        stint = current_stint(session, village["张三"])
        assert stint is not None and stint.id == stint_id
        assert stint.outflow.place == "上海市松江区" and stint.contact_person is not None
        entries = [(e.subject, e.action) for e in session.scalars(select(audit.AuditEntry))]
        assert ("人员变动", "登记") in entries and ("流动党员", "新增") in entries


def test_a_member_the_roster_already_shows_away_gets_the_details_of_that_outflow(
    database: Database, village: dict
) -> None:
    with database.transaction() as session:
        record_movement(
            session, village["张三"],
            Movement(MovementKind.MOBILE_OUT, LEFT, "外出务工", "昆山市流动党员党支部", "", "江苏昆山"),
            TODAY,
        )  # fmt: skip
    with database.read() as session:
        assert [r.stint for r in mobile_book(session, TODAY, TODAY, TODAY).rows] == [None]
        texts = [r.text for r in reminders(session, TODAY)]
        assert any("还没有流出登记" in t and "张三" in t for t in texts)
    with database.transaction() as session:
        stint = start_stint(session, village["张三"], away(place="（不用）"), TODAY)
        # The roster's place and date stay: the details were added to its 流出.
        assert stint.outflow.place == "江苏昆山"
        assert len(session.get(Member, village["张三"]).movements) == 1  # type: ignore[union-attr]
    with database.transaction() as session, pytest.raises(RecordInvalid, match="已有流动党员记录"):
        start_stint(session, village["张三"], away(), TODAY)


def test_a_stint_with_bad_card_dates_is_refused_whole(database: Database, village: dict) -> None:
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        start_stint(session, village["张三"], away(card_expires_on=date(2025, 1, 1)), TODAY)
    assert [f.label for f in refused.value.findings] == ["活动证有效期至"]
    with database.read() as session:
        person = session.get(Member, village["张三"])
        assert person is not None and not person.is_mobile and not person.movements


def test_ending_a_stint_is_the_rosters_return_or_transfer(
    database: Database, village: dict
) -> None:
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
        end_stint(session, stint_id, date(2026, 9, 1), TODAY)
    with database.read() as session:
        person = session.get(Member, village["张三"])
        assert person is not None and not person.is_mobile
        (row,) = mobile_book(session, TODAY, date(2026, 1, 1), date(2026, 12, 31)).rows
        assert (row.end, row.end_kind, row.away) == (date(2026, 9, 1), "返回", False)
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(start=date(2026, 10, 1)), TODAY).id
        end_stint(session, stint_id, date(2026, 11, 1), TODAY, transferred_to="松江区九亭镇党委")
    with database.read() as session:
        person = session.get(Member, village["张三"])
        assert person is not None and person.status is MembershipStatus.TRANSFERRED_OUT


def test_a_contact_credits_study_and_records_dues_in_their_own_books(
    database: Database, village: dict
) -> None:
    """Study at the 流入地 counts as taking part (the 首页's participation reads the credited
    hours); dues paid there are the 党费 book's payment, linked, not copied."""
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
        contact = log_contact(
            session,
            ContactInput(stint_id, date(2026, 11, 5), ContactWay.WECHAT, "了解近况",
                         village["李四"], "参加流入地支部主题党日", 2.0, Decimal("3.00"),
                         next_planned=date(2027, 2, 5)),
            TODAY,
        )  # fmt: skip
        assert contact.credit is not None and contact.payment is not None
        # The branch keeps records: a 主题党日 the member away did not attend.
        present = [Attendee(village["李四"], "李四", Attendance.PRESENT)]
        save_activity(
            session,
            ActivityDraft(ActivityKind.THEME_DAY, date(2026, 1, 12), attendees=present),
            TODAY,
        )
    with database.read() as session:
        (credit,) = session.scalars(select(ExternalStudy)).all()
        assert (credit.hours, credit.source) == (2.0, "流入地党组织：松江区九亭镇流动党员党支部")
        (payment,) = session.scalars(select(DuesPayment)).all()
        assert (payment.amount, payment.paid_at_org) == (
            Decimal("3.00"),
            "松江区九亭镇流动党员党支部",
        )
        seen = {p.member_id: p.since for p in participation(session, TODAY)}
        assert seen[village["张三"]] == date(2026, 11, 5)
        (row,) = mobile_book(session, TODAY, date(2026, 10, 1), date(2026, 12, 31)).rows
        assert (row.paid_there, row.study_hours, row.last_contact) == (
            Decimal("3.00"), 2.0, date(2026, 11, 5),
        )  # fmt: skip


def test_a_contact_outside_the_stint_is_refused(database: Database, village: dict) -> None:
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        log_contact(session, ContactInput(stint_id, date(2025, 12, 1), ContactWay.PHONE), TODAY)
    assert [f.rule for f in refused.value.findings] == ["mobile.contact_interval"]


def test_the_home_page_reminds_of_contact_transfer_card_and_lost(
    database: Database, village: dict
) -> None:
    with database.transaction() as session:
        stint_id = start_stint(
            session,
            village["张三"],
            away(fixed_place=True, card_expires_on=date(2026, 11, 1)),
            TODAY,
        ).id
        log_contact(session, ContactInput(stint_id, date(2026, 8, 1), ContactWay.PHONE), TODAY)
    with database.read() as session:
        texts = [r.text for r in all_reminders(session, TODAY)]
    assert any("张三（3个月）" in t and "没有联系" in t for t in texts)
    assert any("张三在上海市松江区外出已满6个月且地点相对固定" in t for t in texts)
    assert any("张三的流动党员活动证已于2026-11-01过期" in t for t in texts)
    # The interval is the branch's setting: every six months, three months is no reminder.
    with database.transaction() as session:
        set_setting(session, CONTACT_MONTHS, "6")
    with database.read() as session:
        assert not any("没有联系：" in r.text for r in reminders(session, TODAY))
    # Not reached for six months: to be searched for as 失联.
    with database.read() as session:
        later = [r.text for r in reminders(session, date(2027, 2, 1))]
    assert any("张三已6个月没有联系上" in t and "失联" in t for t in later)


def test_lost_contact_is_searched_for_and_closed(database: Database, village: dict) -> None:
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
        log_contact(session, ContactInput(stint_id, date(2026, 2, 1), ContactWay.PHONE), TODAY)
    with database.transaction() as session, pytest.raises(RecordInvalid, match="查找措施"):
        mark_lost(session, stint_id, TODAY, "", TODAY)
    with database.transaction() as session:
        case = mark_lost(
            session, stint_id, date(2026, 8, 10), "电话停机；联系家属；函询流入地党组织", TODAY
        )
        assert case.last_reached == date(2026, 2, 1)
        case_id = case.id
    with database.read() as session:
        book = mobile_book(session, TODAY, date(2026, 1, 1), date(2026, 12, 31))
        assert [r.name for r in book.lost] == ["张三"]
        texts = [r.text for r in reminders(session, TODAY)]
        # Lost since 2026-02-01, over six months: 停止党籍 to be decided (第二十四条).
        assert any("失去联系已满6个月" in t and "停止党籍" in t for t in texts)
        assert not any("没有联系：" in t for t in texts)  # searched for, not "to be contacted"
    with database.transaction() as session:
        close_lost(session, case_id, LostOutcome.FOUND, date(2026, 9, 1), TODAY)
    with database.transaction() as session, pytest.raises(RecordInvalid, match="已处理"):
        close_lost(session, case_id, LostOutcome.STOPPED, date(2026, 9, 2), TODAY)
    with database.read() as session:
        assert mobile_book(session, TODAY, date(2026, 1, 1), date(2026, 12, 31)).lost == []


def test_incoming_members_are_kept_and_counted_apart_from_the_roster(
    database: Database, village: dict
) -> None:
    with database.transaction() as session, pytest.raises(RecordInvalid, match="所在的党组织"):
        register_incoming(session, IncomingInput("刘晓燕", "", date(2026, 3, 1)), TODAY)
    with database.transaction() as session:
        incoming = register_incoming(
            session, IncomingInput("刘晓燕", "临泉县和平社区党支部", date(2026, 3, 1)), TODAY
        )
        record_taking_part(session, incoming.id, date(2026, 11, 8), "主题党日", TODAY, 2.0)
        record_taking_part(session, incoming.id, date(2026, 6, 8), "集中学习", TODAY)
        with pytest.raises(ServiceError):
            record_taking_part(session, incoming.id, date(2026, 2, 1), "早于流入", TODAY)
        incoming_id = incoming.id
    with database.read() as session:
        assert session.scalars(select(Member.name).where(Member.name == "刘晓燕")).all() == []
        part = mobile(session, YearPeriod(2026, 4), TODAY)
        (row,) = part.incoming
        assert (row.meetings, row.hours) == (1, 2.0)
        text = mobile_text(part)
        assert text.placeholders["mobile"]["incoming"] == 1
        assert any("不计入本支部党员人数" in line for line in text.lines or [])
    with database.transaction() as session:
        end_incoming(session, incoming_id, date(2026, 11, 20), TODAY)
    with database.read() as session:
        assert mobile_book(session, TODAY, TODAY, TODAY).incoming_here == []


def test_the_report_counts_those_away_by_reason_and_place(
    database: Database, village: dict
) -> None:
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
        log_contact(session, ContactInput(stint_id, date(2026, 10, 8), ContactWay.PHONE), TODAY)
        start_stint(
            session,
            village["李四"],
            away(place="浙江省义乌市", reason=MobileReason.BUSINESS),
            TODAY,
        )
    with database.read() as session:
        text = mobile_text(mobile(session, YearPeriod(2026, 4), TODAY))
    figures = text.placeholders["mobile"]
    assert (figures["away"], figures["away_now"], figures["contacted"], figures["lost"]) == (
        2,
        2,
        1,
        0,
    )
    assert figures["by_reason"] in ("务工1名、经商1名", "经商1名、务工1名")
    assert set(figures["by_place"].split("、")) == {"上海市1名", "浙江省1名"}
    assert text.lines is not None and text.lines[0].startswith("本期有流出党员2名")


def test_the_register_is_an_a4_landscape_workbook_with_its_header_in_view(
    database: Database, village: dict, tmp_path: Path
) -> None:
    with database.transaction() as session:
        stint_id = start_stint(session, village["张三"], away(), TODAY).id
        log_contact(
            session, ContactInput(stint_id, date(2026, 10, 8), ContactWay.PHONE, "近况"), TODAY
        )
        register_incoming(
            session, IncomingInput("刘晓燕", "临泉县和平社区党支部", date(2026, 3, 1)), TODAY
        )
    export = export_named("mobile-register")
    scope = ExportScope(TODAY, 2026)
    with database.read() as session:
        gathered = export.gather(session, scope)
    path = export_register(tmp_path / "流动党员台账.xlsx", gathered, "东岙村党支部", TODAY)
    book = load_workbook(path)
    assert book.sheetnames == ["流出党员", "联系记录", "流入党员"]
    sheet = book["流出党员"]
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9  # A4
    assert sheet.freeze_panes == "A4" and sheet.print_title_rows == "$1:$3"
    assert sheet["A1"].value == "东岙村党支部2026年流动党员台账"
    assert [c.value for c in sheet[3]][:5] == ["序号", "姓名", "外出原因", "外出地点", "外出时间"]
    assert sheet["B4"].value == "张三" and sheet["E4"].number_format == "yyyy-mm-dd"
    assert sheet["E4"].value.date() == LEFT
    assert book["联系记录"]["F4"].value == "近况"
    assert book["流入党员"]["B4"].value == "刘晓燕"
    assert export.done(gathered, scope) == "已导出2026年流动党员台账（流出1人、流入1人）："
