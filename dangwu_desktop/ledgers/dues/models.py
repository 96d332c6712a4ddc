"""党费 tables: each member's dated standard, the payments and the months each covers, voluntary
特殊党费 kept apart, and what was handed up (上缴) to the township. Money is whole fen in the
database and Decimal yuan in Python."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dangwu_desktop.core.models import Base, BranchOwned, Member, label_enum, member_name_of
from dangwu_desktop.core.money import from_fen, to_fen, yuan
from dangwu_desktop.ledgers.dues.rules import DuesCategory, Month


class Money(TypeDecorator[Decimal]):
    """Decimal yuan kept as an integer number of fen: exact, and the same on every database."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else to_fen(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_fen(int(value))


class DuesStandard(BranchOwned, Base):
    """What a member owes a month from `effective_from` (the first day of a month) on."""

    __tablename__ = "dues_standard"
    __table_args__ = (UniqueConstraint("member_id", "effective_from"),)
    AUDIT_SUBJECT = "党费标准"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "member_id": "党员", "effective_from": "执行月份", "category": "类别", "base": "计算基数",
        "monthly_amount": "每月党费", "decided_on": "支部研究日期", "approval_ref": "上级批准",
        "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{member_name_of(self)} {Month.of(self.effective_from).label}起"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    effective_from: Mapped[date] = mapped_column(Date)
    category: Mapped[DuesCategory] = mapped_column(label_enum(DuesCategory))
    base: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    monthly_amount: Mapped[Decimal] = mapped_column(Money)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 减免: 支部研究
    approval_ref: Mapped[str] = mapped_column(String(100), default="")  # 减免: 上级批准
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    member: Mapped[Member] = relationship()


class DuesPayment(BranchOwned, Base):
    """One payment of regular dues, spread over the months it covers (DuesAllocation)."""

    __tablename__ = "dues_payment"
    # A receipt number once per branch: each branch keeps its own receipt book.
    __table_args__ = (
        UniqueConstraint("branch_id", "receipt_no", name="uq_dues_payment_branch_id_receipt_no"),
    )
    AUDIT_SUBJECT = "党费"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "member_id": "党员", "paid_on": "交纳日期", "amount": "金额", "receipt_no": "收据号",
        "paid_by": "代交人", "method": "交纳方式", "paid_at_org": "流入地党组织", "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{member_name_of(self)} {self.paid_on} {yuan(self.amount)}元"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    receipt_no: Mapped[str | None] = mapped_column(String(50), nullable=True)
    paid_by: Mapped[str] = mapped_column(String(50), default="")  # 代缴: who handed it in
    method: Mapped[str] = mapped_column(String(20), default="现金")
    paid_at_org: Mapped[str] = mapped_column(String(100), default="")  # 流入地党组织, if paid there
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    member: Mapped[Member] = relationship()
    shares: Mapped[list[DuesAllocation]] = relationship(
        back_populates="payment", cascade="all, delete-orphan", order_by="DuesAllocation.id"
    )


class DuesAllocation(BranchOwned, Base):
    """The part of a payment that covers one month."""

    __tablename__ = "dues_allocation"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("dues_payment.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)

    payment: Mapped[DuesPayment] = relationship(back_populates="shares")


class SpecialDues(BranchOwned, Base):
    """特殊党费 or another voluntary payment beyond the monthly dues, kept apart from them."""

    __tablename__ = "special_dues"
    __table_args__ = (
        UniqueConstraint("branch_id", "receipt_no", name="uq_special_dues_branch_id_receipt_no"),
    )
    AUDIT_SUBJECT = "特殊党费"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "member_id": "党员", "paid_on": "交纳日期", "amount": "金额", "purpose": "用途",
        "receipt_no": "收据号", "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{member_name_of(self)} {self.paid_on} {yuan(self.amount)}元"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    purpose: Mapped[str] = mapped_column(String(200))
    receipt_no: Mapped[str | None] = mapped_column(String(50), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    member: Mapped[Member] = relationship()


class DuesRemittance(BranchOwned, Base):
    """党费上缴: what the branch handed up to the township, for which months."""

    __tablename__ = "dues_remittance"
    AUDIT_SUBJECT = "党费上缴"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "remitted_on": "上缴日期", "amount": "金额", "first_month": "起始月份",
        "last_month": "终止月份", "reference": "凭证号", "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{self.remitted_on} {yuan(self.amount)}元"

    id: Mapped[int] = mapped_column(primary_key=True)
    remitted_on: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    first_month: Mapped[date] = mapped_column(Date)
    last_month: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(100), default="")  # 上缴凭证 / 回执号
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
