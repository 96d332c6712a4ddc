"""The demo village's 流动党员: the members the roster demo sends away get their 流出 records (one
back home since, one at a fixed place long enough to transfer, one not contacted for too long, one
whose 活动证 has run out), a year of contacts with study at the 流入地, and one 流入党员. Their dues
paid at the 流入地 are the 党费 demo's, read, not recorded again."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import add_months
from dangwu_desktop.core.glossary import MovementKind
from dangwu_desktop.core.models import CommitteeMember, Member, MemberMovement
from dangwu_desktop.ledgers.mobile.rules import ContactWay, MobileReason, StintInput
from dangwu_desktop.ledgers.mobile.service import (
    ContactInput,
    IncomingInput,
    log_contact,
    record_taking_part,
    register_incoming,
    start_stint,
)

# By place: reason, 地点相对固定, months between contacts, months since the last contact (stop).
PLANS: dict[str, tuple[MobileReason, bool, int, int]] = {
    "浙江省杭州市萧山区": (MobileReason.WORK, False, 2, 0),
    "上海市松江区": (MobileReason.BUSINESS, True, 2, 0),  # fixed place ≥ 6 months: transfer
    "江苏省苏州市昆山市": (MobileReason.WORK, False, 2, 5),  # not heard from for 5 months
    "浙江省义乌市": (MobileReason.BUSINESS, False, 3, 0),  # its card ran out last month
}
SAID = (
    "了解务工情况，身体健康，工作稳定；通报支部近期工作",
    "询问在流入地参加组织生活情况，提醒按时交纳党费",
    "传达上级会议精神，征求对村里发展的意见建议",
    "了解家庭困难，转达支部关心",
)
STUDY = ("参加流入地党支部主题党日，学习党章", "参加流入地党支部集中学习", "")


def build_demo_mobile(session: Session, today: date) -> None:
    keeper = session.scalar(
        select(CommitteeMember.member_id)
        .where(CommitteeMember.member_id.is_not(None))
        .order_by(CommitteeMember.sort_order.desc())
    )
    outflows = session.execute(
        select(MemberMovement, Member)
        .join(Member)
        .where(MemberMovement.kind == MovementKind.MOBILE_OUT)
        .order_by(MemberMovement.id)
    ).all()
    for number, (outflow, member) in enumerate(outflows, start=1):
        reason, fixed, every, silent = PLANS.get(outflow.place, (MobileReason.OTHER, False, 3, 0))
        issued = outflow.date
        expires = add_months(issued, 12)
        if silent == 0 and not fixed and every == 3:
            expires = today - timedelta(days=20)  # ran out: to be renewed
        stint = start_stint(
            session, member.id,
            StintInput(
                outflow.date, outflow.place, reason, outflow.other_org,
                org_contact=f"党支部书记 138{number:04d}{member.id:04d}",
                fixed_place=fixed, phone_there=member.phone or f"139{member.id:08d}",
                address_there=f"{outflow.place}{'工业园区宿舍' if reason is MobileReason.WORK else '商贸城'}",
                wechat=f"wx_{member.id:04d}", card_number=f"流证{issued.year}{number:03d}",
                card_issued_on=issued, card_expires_on=expires, contact_person_id=keeper,
            ),
            today, outflow_id=outflow.id,
        )  # fmt: skip
        end = stint.end.date if stint.end is not None else None
        last = min(end or today, today)
        stop = add_months(last, -silent) if silent else last
        day, count = add_months(outflow.date, 1), 0
        while day <= stop:
            study = STUDY[count % len(STUDY)]
            log_contact(
                session,
                ContactInput(
                    stint.id, day, (ContactWay.PHONE, ContactWay.WECHAT)[count % 2],
                    SAID[count % len(SAID)], keeper, study, 2.0 if study else 0,
                    next_planned=add_months(day, every),
                ),
                today,
            )  # fmt: skip
            day, count = add_months(day, every), count + 1
    incoming = register_incoming(
        session,
        IncomingInput(
            "刘晓燕", "中共安徽省阜阳市临泉县城关街道和平社区支部委员会",
            add_months(today, -8), phone="13955880123", address="东岙村3组",
            home_contact="社区党支部书记 0558-6512345", card_number="皖流证2025117",
            card_expires_on=add_months(today, 4), note="随丈夫在本村经营养殖场",
        ),
        today,
    )  # fmt: skip
    for months, what in ((7, "主题党日：学习党章"), (4, "支部党员大会（列席）"), (1, "集中学习")):
        record_taking_part(session, incoming.id, add_months(today, -months), what, today, 2.0)
