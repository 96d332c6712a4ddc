"""Writing the 流动党员 book: a 流出 stint begun (the roster's 流出 movement with its details) and
ended (the roster's 返回 or 转出), a contact logged (its study hours credited through the training
book, its dues recorded through the 党费 book), a member marked 失联 and found, a 流入党员
registered and gone. Each refuses bad input whole (RecordInvalid) and writes its 操作日志 entry;
none commits (the caller's transaction is the user's operation)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import date as Day  # the type, named apart from a contact's field `date`
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import MovementKind
from dangwu_desktop.core.models import ExternalStudy, Member, MemberMovement
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.rulebook import Finding, Severity
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.services import RecordInvalid, ServiceError, refused, text_problems
from dangwu_desktop.core.services.members import record_movement
from dangwu_desktop.core.services.settings import SettingSpec, get_int
from dangwu_desktop.core.services.training import credit_hours, withdraw_credit
from dangwu_desktop.core.text_rules import TextKind
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.dues.service import PaymentInput, delete_payment, record_payment
from dangwu_desktop.ledgers.mobile.models import (
    IncomingMember,
    IncomingTakingPart,
    LostContact,
    MobileContact,
    MobileStint,
)
from dangwu_desktop.ledgers.mobile.rules import (
    CONTACT_CHOICES,
    CONTACT_MONTHS_DEFAULT,
    LOST_CHOICES,
    LOST_MONTHS_DEFAULT,
    ContactWay,
    LostOutcome,
    StintInput,
    contact_findings,
    stint_findings,
)

CONTACT_MONTHS = SettingSpec(
    "mobile/contact_months", "与流动党员至少几个月联系一次", str(CONTACT_MONTHS_DEFAULT), CONTACT_CHOICES,
    "《中国共产党党员教育管理工作条例》要求流出地党组织与流动党员保持经常联系；间隔按地方规定",
    unit="个月",
)  # fmt: skip
LOST_MONTHS = SettingSpec(
    "mobile/lost_months", "几个月联系不上按失联查找", str(LOST_MONTHS_DEFAULT), LOST_CHOICES,
    "《中国共产党党员教育管理工作条例》第二十四条：失去联系6个月以上、查找仍无联系的，予以停止党籍",
    unit="个月",
)  # fmt: skip


def contact_months(session: Session) -> int:
    return get_int(session, CONTACT_MONTHS)


def lost_months(session: Session) -> int:
    return get_int(session, LOST_MONTHS)


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise ServiceError("该党员记录已不存在")
    return member


def _stint(session: Session, stint_id: int) -> MobileStint:
    stint = session.get(MobileStint, stint_id)
    if stint is None:
        raise ServiceError("这条外出记录已不存在")
    return stint


def _refuse_texts(
    texts: list[tuple[str, str, str]], kind: TextKind = TextKind.LINE
) -> list[Finding]:
    problems = text_problems(TextField(a, v, kind, label) for a, v, label in texts)
    return [Finding("", p, Severity.ERROR) for p in problems]


def open_outflow(session: Session, member_id: int) -> MemberMovement | None:
    """The roster's 流出 movement of a member away now (None when the member is not away)."""
    member = _member(session, member_id)
    if not member.is_mobile:
        return None
    return next((m for m in reversed(member.movements) if m.kind is MovementKind.MOBILE_OUT), None)


def current_stint(session: Session, member_id: int) -> MobileStint | None:
    outflow = open_outflow(session, member_id)
    if outflow is None:
        return None
    return session.scalars(select(MobileStint).where(MobileStint.outflow_id == outflow.id)).first()


ENDING_KINDS = frozenset(
    {MovementKind.MOBILE_RETURN, MovementKind.TRANSFER_OUT, MovementKind.DECEASED,
     MovementKind.EXPELLED, MovementKind.SUSPENDED}
)  # fmt: skip


def _end_id(member: Member, outflow: MemberMovement) -> int | None:
    """The roster's movement that ended a 流出 already over: the first 返回 (or 转出 …) after it."""
    later = [m for m in member.movements if (m.date, m.id) > (outflow.date, outflow.id or 0)]
    return next((m.id for m in later if m.kind in ENDING_KINDS), None)


def _check_stint(session: Session, member_id: int, given: StintInput, today: date) -> None:
    """Refuse a 流出 record's details whole (RecordInvalid) when any is wrong."""
    findings = stint_findings(given, today)
    findings += _refuse_texts(
        [("phone_there", given.phone_there, "外出联系电话"),
         ("address_there", given.address_there, "外出地址"), ("wechat", given.wechat, "微信"),
         ("org_contact", given.org_contact, "流入地党组织联系人"),
         ("card_number", given.card_number, "活动证编号"), ("note", given.note, "备注")]
    )  # fmt: skip
    if given.contact_person_id is not None:
        if given.contact_person_id == member_id:
            findings.append(
                Finding("contact_person_id", "支部联系人不能是本人", Severity.ERROR,
                        label="支部联系人")
            )  # fmt: skip
        else:
            _member(session, given.contact_person_id)
    if findings:
        raise RecordInvalid(findings)


def start_stint(
    session: Session,
    member_id: int,
    given: StintInput,
    today: date,
    *,
    outflow_id: int | None = None,
) -> MobileStint:
    """Record a member leaving (the roster's 流出) with the 流出 record's details — or, for a
    member the roster already shows away (an imported roster, an older record), the details of
    that 流出, whose place, date and 流入地党组织 are then the roster's own. `outflow_id` names an
    earlier 流出 of the member's history to fill in (a stint already over)."""
    member = _member(session, member_id)
    _check_stint(session, member_id, given, today)
    if outflow_id is not None:
        outflow = session.get(MemberMovement, outflow_id)
        if (
            outflow is None
            or outflow.member_id != member_id
            or (outflow.kind is not MovementKind.MOBILE_OUT)
        ):
            raise ServiceError("没有找到这次流出的变动记录")
    else:
        outflow = open_outflow(session, member_id)
    if outflow is None:
        outflow = record_movement(
            session, member_id,
            Movement(MovementKind.MOBILE_OUT, given.start, given.reason.value, given.org_there,
                     "", given.place),
            today,
        )  # fmt: skip
    elif session.scalars(select(MobileStint).where(MobileStint.outflow_id == outflow.id)).first():
        raise refused([f"{member.name}这次外出已有流动党员记录，请在原记录上修改"])
    stint = MobileStint(
        member_id=member_id, outflow_id=outflow.id, end_id=_end_id(member, outflow), reason=given.reason,
        fixed_place=given.fixed_place, phone_there=given.phone_there.strip(),
        address_there=given.address_there.strip(), wechat=given.wechat.strip(),
        org_contact=given.org_contact.strip(), card_number=given.card_number.strip(),
        card_issued_on=given.card_issued_on, card_expires_on=given.card_expires_on,
        contact_person_id=given.contact_person_id, note=given.note.strip(),
    )  # fmt: skip
    session.add(stint)
    session.flush()
    audit.record_row(
        session, stint, None,
        more=[f"外出地点：{outflow.place}", f"外出时间：{outflow.date}",
              f"流入地党组织：{outflow.other_org or '（未填）'}"],
    )  # fmt: skip
    return stint


def end_stint(
    session: Session, stint_id: int, day: date, today: date, *, transferred_to: str = ""
) -> MobileStint:
    """The member is back (the roster's 返回), or — with `transferred_to` — the 组织关系 went to
    the 流入地 (the roster's 转出): either ends the stint and the member's 流动."""
    stint = _stint(session, stint_id)
    if stint.end_id is not None:
        raise refused(["这次外出已经结束"])
    if transferred_to.strip():
        movement = Movement(MovementKind.TRANSFER_OUT, day, "外出6个月以上，地点相对固定",
                            transferred_to.strip())  # fmt: skip
    else:
        movement = Movement(MovementKind.MOBILE_RETURN, day, "返回")
    if day < stint.outflow.date:
        raise refused([f"结束日期不能早于外出日期{stint.outflow.date:%Y-%m-%d}"])
    entry = record_movement(session, stint.member_id, movement, today)
    before = audit.snapshot(stint)
    stint.end_id = entry.id
    session.flush()
    audit.record_row(session, stint, before, more=[f"结束：{movement.kind.value} {day}"])
    return stint


def stint_input(stint: MobileStint) -> StintInput:
    """A stored 流出 record as the form that corrects it starts (place, start and 流入地党组织
    are the roster's 流出 movement's)."""
    return StintInput(
        stint.outflow.date, stint.outflow.place, stint.reason, stint.outflow.other_org,
        stint.org_contact, stint.fixed_place, stint.phone_there, stint.address_there,
        stint.wechat, stint.card_number, stint.card_issued_on, stint.card_expires_on,
        stint.contact_person_id, stint.note,
    )  # fmt: skip


def stint_form(session: Session, stint_id: int) -> tuple[int, StintInput]:
    """The member and the details of a stored 流出 record, for the form that corrects it."""
    stint = _stint(session, stint_id)
    return stint.member_id, stint_input(stint)


def update_stint(session: Session, stint_id: int, given: StintInput, today: date) -> MobileStint:
    """Correct a 流出 record's details. Its place and 流入地党组织 are the roster's 流出
    movement's, corrected there too (and on the member while they are away on it); its start
    is the roster's date of the movement and is not changed here (人员变动 in the roster)."""
    stint = _stint(session, stint_id)
    _check_stint(session, stint.member_id, given, today)
    outflow, member = stint.outflow, stint.member
    problems = text_problems(
        [TextField("place", given.place, TextKind.LINE, "外出地点"),
         TextField("org_there", given.org_there, TextKind.LINE, "流入地党组织")]
    )  # fmt: skip
    if not given.place.strip():
        problems.append("请填写外出地点")
    if given.start != outflow.date:
        problems.append("外出时间是花名册人员变动的日期，请在花名册的人员变动中更正")
    if problems:
        raise refused(problems)
    before = audit.snapshot(stint)
    more = []
    place, org = given.place.strip(), given.org_there.strip()
    if (outflow.place, outflow.other_org) != (place, org):
        more.append(f"外出地点：{outflow.place} → {place}" if outflow.place != place else "")
        more.append(
            f"流入地党组织：{outflow.other_org} → {org}" if outflow.other_org != org else ""
        )
        outflow.place, outflow.other_org = place, org
        if member.is_mobile and stint.end_id is None:
            member.mobile_place, member.mobile_org = place, org
    stint.reason, stint.fixed_place = given.reason, given.fixed_place
    stint.phone_there, stint.address_there = given.phone_there.strip(), given.address_there.strip()
    stint.wechat, stint.org_contact = given.wechat.strip(), given.org_contact.strip()
    stint.card_number = given.card_number.strip()
    stint.card_issued_on, stint.card_expires_on = given.card_issued_on, given.card_expires_on
    stint.contact_person_id, stint.note = given.contact_person_id, given.note.strip()
    session.flush()
    audit.record_row(session, stint, before, more=[line for line in more if line])
    return stint


def delete_stint(session: Session, stint_id: int) -> None:
    """Delete a 流出 record's details entered for the wrong member or twice. The roster's 流出
    movement stays (it is the roster's: 人员变动); a record with contacts or 失联 cases is
    refused: those are the branch's history of keeping in touch, deleted one by one first."""
    stint = _stint(session, stint_id)
    if stint.contacts or stint.lost:
        raise refused(
            [f"{stint.member.name}的这次外出已有{len(stint.contacts)}条联系记录、"
             f"{len(stint.lost)}条失联记录：请先删除它们，再删除流出登记"]
        )  # fmt: skip
    audit.record_row(
        session, stint, audit.snapshot(stint), action="删除",
        more=[f"外出地点：{stint.outflow.place}", f"外出时间：{stint.outflow.date}",
              "花名册中的流出变动保留"],
    )  # fmt: skip
    session.delete(stint)
    session.flush()


@dataclass(frozen=True, slots=True)
class ContactInput:
    stint_id: int
    date: date
    way: ContactWay
    said: str = ""
    by_id: int | None = None  # the branch's member who made the contact
    study: str = ""  # what the member studied there
    study_hours: float = 0  # credited as hours studied elsewhere (the training book's row)
    paid_amount: Decimal | None = None  # dues paid at the 流入地, recorded in the 党费 book
    next_planned: Day | None = None


def _check_contact(stint: MobileStint, given: ContactInput, today: date) -> None:
    end = stint.end.date if stint.end is not None else None
    findings = contact_findings(given.date, stint.outflow.date, end, today)
    findings += _refuse_texts(
        [("said", given.said, "联系内容"), ("study", given.study, "学习情况")], TextKind.TEXT
    )
    if given.next_planned is not None and given.next_planned <= given.date:
        findings.append(
            Finding("next_planned", "计划下次联系的日期应晚于本次", Severity.ERROR,
                    label="计划下次联系")
        )  # fmt: skip
    if given.study_hours < 0:
        findings.append(
            Finding("study_hours", "学时不能为负数", Severity.ERROR, label="计入学时")
        )  # fmt: skip
    if given.paid_amount is not None and given.paid_amount <= 0:
        findings.append(
            Finding("paid_amount", "党费金额应大于0（没有交纳请空着）", Severity.ERROR,
                    label="在流入地交纳党费")
        )  # fmt: skip
    if findings:
        raise RecordInvalid(findings)


def _credit(
    session: Session, stint: MobileStint, given: ContactInput, today: date
) -> ExternalStudy | None:
    org = stint.outflow.other_org or stint.outflow.place
    if not given.study_hours:
        return None
    return credit_hours(
        session, stint.member_id, given.date, given.study_hours,
        given.study.strip()[:200], f"流入地党组织：{org}", today,
    )  # fmt: skip


def _payment(
    session: Session, stint: MobileStint, given: ContactInput, today: date
) -> DuesPayment | None:
    if given.paid_amount is None:
        return None
    return record_payment(
        session,
        PaymentInput(stint.member_id, given.date, given.paid_amount, method="其他",
                     paid_at_org=stint.outflow.other_org or stint.outflow.place),
        today,
    ).payment  # fmt: skip


def log_contact(session: Session, given: ContactInput, today: date) -> MobileContact:
    """A contact with a member away. Hours studied there are credited through the training book
    (so they count for the member's 学时 and participation); dues paid at the 流入地 are recorded
    through the 党费 book (so they count there): this entry only links the two."""
    stint = _stint(session, given.stint_id)
    _check_contact(stint, given, today)
    contact = MobileContact(
        stint_id=stint.id, date=given.date, way=given.way, by_id=given.by_id,
        said=given.said.strip(), study=given.study.strip(), next_planned=given.next_planned,
    )  # fmt: skip
    contact.credit = _credit(session, stint, given, today)
    contact.payment = _payment(session, stint, given, today)
    session.add(contact)
    session.flush()
    audit.record_row(session, contact, None, more=[f"党员：{stint.member.name}"])
    return contact


def _contact(session: Session, contact_id: int) -> MobileContact:
    contact = session.get(MobileContact, contact_id)
    if contact is None:
        raise ServiceError("这条联系记录已不存在")
    return contact


def update_contact(
    session: Session, contact_id: int, given: ContactInput, today: date
) -> MobileContact:
    """Correct a contact entry. The hours it credited and the dues it recorded follow it: when
    the date, the hours or the study changed, the old credit is withdrawn and the new one
    credited (the training book checks it again); when the date or the amount paid changed, the
    old payment is deleted and the new one recorded through the 党费 book (which places it in
    the months it covers again). Unchanged, both are left as they are."""
    contact = _contact(session, contact_id)
    stint = contact.stint
    if given.stint_id != stint.id:
        raise ServiceError("联系记录不能改到另一次外出")
    _check_contact(stint, given, today)
    before = audit.snapshot(contact)
    old_hours = contact.credit.hours if contact.credit is not None else 0
    old_paid = contact.payment.amount if contact.payment is not None else None
    if (old_hours, contact.date, contact.study) != (given.study_hours, given.date,
                                                    given.study.strip()):  # fmt: skip
        old_credit, contact.credit = contact.credit, None
        session.flush()
        if old_credit is not None:
            withdraw_credit(session, old_credit.id)
        contact.credit = _credit(session, stint, given, today)
    if (old_paid, contact.date) != (given.paid_amount, given.date) and (
        old_paid is not None or given.paid_amount is not None
    ):
        old_payment, contact.payment = contact.payment, None
        session.flush()
        if old_payment is not None:
            delete_payment(session, old_payment.id)
        contact.payment = _payment(session, stint, given, today)
    contact.date, contact.way, contact.by_id = given.date, given.way, given.by_id
    contact.said, contact.study = given.said.strip(), given.study.strip()
    contact.next_planned = given.next_planned
    session.flush()
    audit.record_row(session, contact, before, more=[f"党员：{stint.member.name}"])
    return contact


def delete_contact(session: Session, contact_id: int) -> None:
    """Delete a contact entered by mistake, with what it recorded in the other books: the hours
    it credited are withdrawn and the dues it recorded as paid at the 流入地 are deleted. They
    were recorded only because of this entry (the 党费 page and the training page show them as
    paid and studied at the 流入地), so keeping them would leave money and hours nobody can
    trace back; a payment that really was made is recorded again on the 党费 page."""
    contact = _contact(session, contact_id)
    name = contact.stint.member.name
    credit, payment = contact.credit, contact.payment
    audit.record_row(
        session, contact, audit.snapshot(contact), action="删除", more=[f"党员：{name}"]
    )
    session.delete(contact)
    session.flush()
    if credit is not None:
        withdraw_credit(session, credit.id)
    if payment is not None:
        delete_payment(session, payment.id)


@dataclass(frozen=True, slots=True)
class ContactForm:
    """A stored contact for the form that corrects it: whom it was with, and what it says."""

    member_id: int
    name: str
    place: str
    org: str  # the 流入地党组织 (or the place without one)
    start: date
    given: ContactInput


def contact_form(session: Session, contact_id: int) -> ContactForm:
    contact = _contact(session, contact_id)
    stint = contact.stint
    outflow = stint.outflow
    return ContactForm(
        stint.member_id, stint.member.name, outflow.place, outflow.other_org or outflow.place,
        outflow.date, contact_input(contact),
    )  # fmt: skip


def forget_payment(session: Session, payment_id: int) -> None:
    """A 党费 payment deleted in the 党费 book: the contacts that recorded it no longer link it."""
    for contact in session.scalars(
        select(MobileContact).where(MobileContact.payment_id == payment_id)
    ):
        before = audit.snapshot(contact)
        contact.payment = None
        session.flush()
        audit.record_row(
            session, contact, before, more=[f"党员：{contact.stint.member.name}（党费记录已删除）"]
        )


def contact_input(contact: MobileContact) -> ContactInput:
    """A stored contact as the form that corrects it starts."""
    return ContactInput(
        contact.stint_id, contact.date, contact.way, contact.said, contact.by_id, contact.study,
        contact.credit.hours if contact.credit is not None else 0,
        contact.payment.amount if contact.payment is not None else None, contact.next_planned,
    )  # fmt: skip


def mark_lost(
    session: Session, stint_id: int, day: date, steps: str, today: date, note: str = ""
) -> LostContact:
    """Register a member away as 失联 on `day`, with the steps taken to find them (电话、微信、
    家属、流入地党组织……). The last time the branch reached them is read from the contact log."""
    stint = _stint(session, stint_id)
    problems = text_problems(
        [TextField("steps", steps, TextKind.TEXT, "查找措施"),
         TextField("note", note, TextKind.TEXT, "备注")]
    )  # fmt: skip
    if not steps.strip():
        problems.append("请写明已采取的查找措施（如联系家属、流入地党组织、打电话发微信）")
    if day > today:
        problems.append("登记日期不能晚于今天")
    if any(case.outcome is LostOutcome.SEARCHING for case in stint.lost):
        problems.append(f"{stint.member.name}已登记为失联，正在查找")
    if problems:
        raise refused(problems)
    last = stint.contacts[-1].date if stint.contacts else stint.outflow.date
    case = LostContact(
        stint_id=stint.id, marked_on=day, last_reached=last, steps=steps.strip(), note=note.strip()
    )
    session.add(case)
    session.flush()
    audit.record_row(session, case, None, more=[f"党员：{stint.member.name}"])
    return case


def close_lost(
    session: Session,
    case_id: int,
    outcome: LostOutcome,
    day: date,
    today: date,
    *,
    decision_ref: str = "",
) -> LostContact:
    """A 失联 case ends: the member was reached (已取得联系), or the branch decided to stop their
    membership (停止党籍, with its decision's reference)."""
    case = session.get(LostContact, case_id)
    if case is None:
        raise ServiceError("这条失联记录已不存在")
    problems = text_problems([TextField("decision_ref", decision_ref, TextKind.LINE, "决定文号")])
    if outcome is LostOutcome.SEARCHING:
        problems.append("请选择处理结果")
    if case.outcome is not LostOutcome.SEARCHING:
        problems.append(f"这条失联记录已处理（{case.outcome.value}）")
    if day > today or day < case.marked_on:
        problems.append("结果日期应在登记失联之后、今天之前")
    if problems:
        raise refused(problems)
    before = audit.snapshot(case)
    case.outcome, case.outcome_on, case.decision_ref = outcome, day, decision_ref.strip()
    session.flush()
    audit.record_row(session, case, before)
    return case


def delete_lost(session: Session, case_id: int) -> None:
    """Unmark 失联: a case registered by mistake (the member had been reached, the wrong member)
    is deleted whole, whatever its outcome; its 操作日志 entry keeps what it said."""
    case = session.get(LostContact, case_id)
    if case is None:
        raise ServiceError("这条失联记录已不存在")
    audit.record_row(
        session, case, audit.snapshot(case), action="删除",
        more=[f"党员：{case.stint.member.name}"],
    )  # fmt: skip
    session.delete(case)
    session.flush()


@dataclass(frozen=True, slots=True)
class IncomingInput:
    name: str
    home_branch: str
    since: date
    id_number: str = ""
    phone: str = ""
    address: str = ""
    home_contact: str = ""
    card_number: str = ""
    card_expires_on: date | None = None
    note: str = ""


def register_incoming(session: Session, given: IncomingInput, today: date) -> IncomingMember:
    problems = text_problems(
        [TextField("name", given.name, TextKind.NAME, "姓名"),
         TextField("home_branch", given.home_branch, TextKind.LINE, "所在党组织"),
         TextField("home_contact", given.home_contact, TextKind.LINE, "所在党组织联系人"),
         TextField("phone", given.phone, TextKind.LINE, "联系电话"),
         TextField("address", given.address, TextKind.LINE, "现住址"),
         TextField("card_number", given.card_number, TextKind.LINE, "活动证编号"),
         TextField("note", given.note, TextKind.TEXT, "备注")]
    )  # fmt: skip
    if not given.name.strip():
        problems.append("请填写姓名")
    if not given.home_branch.strip():
        problems.append("请填写其组织关系所在的党组织")
    if given.since > today:
        problems.append("流入时间不能晚于今天")
    if problems:
        raise refused(problems)
    incoming = IncomingMember(
        name=given.name.strip(), home_branch=given.home_branch.strip(), since=given.since,
        id_number=given.id_number.strip().upper(), phone=given.phone.strip(),
        address=given.address.strip(), home_contact=given.home_contact.strip(),
        card_number=given.card_number.strip(), card_expires_on=given.card_expires_on,
        note=given.note.strip(),
    )  # fmt: skip
    session.add(incoming)
    session.flush()
    audit.record_row(session, incoming, None)
    return incoming


def end_incoming(session: Session, incoming_id: int, day: date, today: date) -> IncomingMember:
    incoming = session.get(IncomingMember, incoming_id)
    if incoming is None:
        raise ServiceError("这名流入党员的记录已不存在")
    if incoming.until is not None:
        raise refused([f"{incoming.name}已于{incoming.until:%Y-%m-%d}离开"])
    if day > today or day < incoming.since:
        raise refused(["离开时间应在流入时间之后、今天之前"])
    before = audit.snapshot(incoming)
    incoming.until = day
    session.flush()
    audit.record_row(session, incoming, before)
    return incoming


def record_taking_part(
    session: Session,
    incoming_id: int,
    day: date,
    what: str,
    today: date,
    hours: float | None = None,
) -> IncomingTakingPart:
    """A meeting or study here that a 流入党员 took part in (counted apart from the roster's)."""
    incoming = session.get(IncomingMember, incoming_id)
    if incoming is None:
        raise ServiceError("这名流入党员的记录已不存在")
    problems = text_problems([TextField("what", what, TextKind.LINE, "活动")])
    if not what.strip():
        problems.append("请填写参加的活动")
    if day > today or day < incoming.since or (incoming.until and day > incoming.until):
        problems.append("日期应在其流入期间、今天之前")
    if hours is not None and hours <= 0:
        problems.append("学时应大于0")
    if problems:
        raise refused(problems)
    part = IncomingTakingPart(incoming_id=incoming.id, date=day, what=what.strip(), hours=hours)
    session.add(part)
    session.flush()
    audit.record_row(session, part, None, more=[f"流入党员：{incoming.name}"])
    return part
