"""The 首页's reminder of a 转出 whose 介绍信 回执 has not come back after the set months: the
branch keeps responsibility for the member until the receiving organisation confirms them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import MovementKind
from dangwu_desktop.core.models import MemberMovement
from dangwu_desktop.core.reminders import Reminder, months_between
from dangwu_desktop.core.services.settings import SettingSpec, get_int

KIND = "转出回执"
PAGE = "roster"
RECEIPT_CITATION = "组织关系介绍信实行回执制度；回执多久未回须催问，按地方规定"
RECEIPT_MONTHS = SettingSpec(
    "registers/receipt_months", "转出后几个月回执未回即提醒", "3", ("1", "2", "3", "6"),
    "转出党员组织关系的介绍信回执由接收方寄回；期限按地方规定", unit="个月",
)  # fmt: skip


def reminders(session: Session, today: date) -> list[Reminder]:
    """Each 转出 of the member's latest transfer whose 回执 is not back after the set months."""
    months = get_int(session, RECEIPT_MONTHS)
    query = (
        select(MemberMovement)
        .where(
            MemberMovement.kind == MovementKind.TRANSFER_OUT,
            MemberMovement.receipt_date.is_(None),
        )
        .options(selectinload(MemberMovement.member))
        .order_by(MemberMovement.date, MemberMovement.id)
    )
    return [
        Reminder(
            KIND,
            f"{mv.member.name}于{format_date(mv.date)}转往{mv.other_org}，已{months_between(mv.date, today)}个月"
            f"仍未登记介绍信回执：请向接收方催问，收回后在花名册的人员变动中登记回执收回日期",
            RECEIPT_CITATION, mv.member_id, PAGE, overdue=True,
        )
        for mv in session.scalars(query)
        if months_between(mv.date, today) >= months
    ]  # fmt: skip
