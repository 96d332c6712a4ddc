"""流动党员 tables: each 流出 stint's details beside the roster's 流出 movement (where, since when
and the 流入地党组织 stay on that movement: the roster's one record of them), the contact log,
失联 cases, and 流入党员 — members of other branches living in the village, kept apart from the
roster — with what they took part in here."""

from __future__ import annotations

from datetime import date, datetime
from datetime import date as _Day  # the type, named apart from the `date` columns
from typing import ClassVar

from sqlalchemy import Date, DateTime, ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dangwu_desktop.core.models import (
    Base,
    BranchOwned,
    ExternalStudy,
    Member,
    MemberMovement,
    label_enum,
    member_name_of,
)
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.mobile.rules import ContactWay, LostOutcome, MobileReason


class MobileStint(BranchOwned, Base):
    """One time a member is away: the roster's 流出 movement, and its 返回 (or 转出) once over."""

    __tablename__ = "mobile_stint"
    AUDIT_SUBJECT = "流动党员"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "member_id": "党员", "reason": "外出原因", "fixed_place": "地点相对固定",
        "phone_there": "外出联系电话", "address_there": "外出地址", "wechat": "微信",
        "org_contact": "流入地党组织联系人", "card_number": "活动证编号",
        "card_issued_on": "活动证发证日期", "card_expires_on": "活动证有效期至",
        "contact_person_id": "支部联系人", "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return member_name_of(self)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    outflow_id: Mapped[int] = mapped_column(ForeignKey("member_movement.id"), unique=True)
    # The 返回 or 转出 movement that ended it (None while the member is away).
    end_id: Mapped[int | None] = mapped_column(ForeignKey("member_movement.id"), nullable=True)
    reason: Mapped[MobileReason] = mapped_column(label_enum(MobileReason))
    fixed_place: Mapped[bool] = mapped_column(default=False)
    phone_there: Mapped[str] = mapped_column(String(30), default="")
    address_there: Mapped[str] = mapped_column(String(200), default="")
    wechat: Mapped[str] = mapped_column(String(50), default="")
    org_contact: Mapped[str] = mapped_column(String(100), default="")
    card_number: Mapped[str] = mapped_column(String(50), default="")
    card_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    card_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    member: Mapped[Member] = relationship(foreign_keys=[member_id])
    outflow: Mapped[MemberMovement] = relationship(foreign_keys=[outflow_id])
    end: Mapped[MemberMovement | None] = relationship(foreign_keys=[end_id])
    contact_person: Mapped[Member | None] = relationship(foreign_keys=[contact_person_id])
    contacts: Mapped[list[MobileContact]] = relationship(
        back_populates="stint", order_by="(MobileContact.date, MobileContact.id)"
    )
    lost: Mapped[list[LostContact]] = relationship(
        back_populates="stint", order_by="LostContact.id"
    )


class MobileContact(BranchOwned, Base):
    """One time the branch heard from (or reached) a member away. Study hours and dues paid at the
    流入地 are the training and 党费 books' own rows, linked here, never copied."""

    __tablename__ = "mobile_contact"
    AUDIT_SUBJECT = "流动党员联系"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "stint_id": "外出记录", "date": "联系日期", "way": "联系方式", "by_id": "联系人",
        "said": "联系内容", "study": "学习情况", "study_id": "计入学时",
        "payment_id": "在流入地交纳党费", "next_planned": "计划下次联系",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{self.date}"

    id: Mapped[int] = mapped_column(primary_key=True)
    stint_id: Mapped[int] = mapped_column(ForeignKey("mobile_stint.id"), index=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    way: Mapped[ContactWay] = mapped_column(label_enum(ContactWay))
    by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), nullable=True
    )
    said: Mapped[str] = mapped_column(Text, default="")
    study: Mapped[str] = mapped_column(Text, default="")
    study_id: Mapped[int | None] = mapped_column(ForeignKey("external_study.id"), nullable=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("dues_payment.id"), nullable=True)
    next_planned: Mapped[_Day | None] = mapped_column(Date, nullable=True)
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    stint: Mapped[MobileStint] = relationship(back_populates="contacts")
    by: Mapped[Member | None] = relationship()
    credit: Mapped[ExternalStudy | None] = relationship()
    payment: Mapped[DuesPayment | None] = relationship()


class LostContact(BranchOwned, Base):
    """失联: a member away the branch cannot reach, the steps taken to find them, the outcome."""

    __tablename__ = "mobile_lost"
    AUDIT_SUBJECT = "失联党员"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "stint_id": "外出记录", "marked_on": "登记失联日期", "last_reached": "最后联系日期",
        "steps": "查找措施", "outcome": "处理结果", "outcome_on": "结果日期",
        "decision_ref": "决定文号", "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{self.marked_on}"

    id: Mapped[int] = mapped_column(primary_key=True)
    stint_id: Mapped[int] = mapped_column(ForeignKey("mobile_stint.id"), index=True)
    marked_on: Mapped[date] = mapped_column(Date)
    last_reached: Mapped[date] = mapped_column(Date)
    steps: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[LostOutcome] = mapped_column(
        label_enum(LostOutcome), default=LostOutcome.SEARCHING
    )
    outcome_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_ref: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    stint: Mapped[MobileStint] = relationship(back_populates="lost")


class IncomingMember(BranchOwned, Base):
    """流入党员: a member of another branch living here, not on this branch's roster."""

    __tablename__ = "incoming_member"
    AUDIT_SUBJECT = "流入党员"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "name": "姓名", "id_number": "公民身份号码", "phone": "联系电话", "address": "现住址",
        "home_branch": "所在党组织", "home_contact": "所在党组织联系人", "card_number": "活动证编号",
        "card_expires_on": "活动证有效期至", "since": "流入时间", "until": "离开时间",
        "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return self.name

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    home_branch: Mapped[str] = mapped_column(String(100))
    home_contact: Mapped[str] = mapped_column(String(100), default="")
    card_number: Mapped[str] = mapped_column(String(50), default="")
    card_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    taking_part: Mapped[list[IncomingTakingPart]] = relationship(
        back_populates="incoming", order_by="IncomingTakingPart.date"
    )


class IncomingTakingPart(BranchOwned, Base):
    """A meeting or study a 流入党员 took part in here (counted apart from the roster's)."""

    __tablename__ = "incoming_taking_part"
    AUDIT_SUBJECT = "流入党员参加活动"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "incoming_id": "流入党员", "date": "日期", "what": "活动", "hours": "学时",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{self.date} {self.what}"

    id: Mapped[int] = mapped_column(primary_key=True)
    incoming_id: Mapped[int] = mapped_column(ForeignKey("incoming_member.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(String(200))
    hours: Mapped[float | None] = mapped_column(Numeric(5, 1, asdecimal=False), nullable=True)
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    incoming: Mapped[IncomingMember] = relationship(back_populates="taking_part")
