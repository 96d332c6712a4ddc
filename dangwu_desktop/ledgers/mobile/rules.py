"""流动党员 rules: how often the branch must hear from a member away, when a member at a fixed
place for six months is due to transfer the 组织关系, a 流动党员活动证 past its date, and when a
member not reached is 失联 and what then follows (DOMAIN.md §9). Pure: no database session (the
service and the book gather, these judge); each rule in the rule book's form.

Citations: 《中国共产党党员教育管理工作条例》(2019) is cited by article only for 第二十四条 (失联 →
停止党籍) and 第二十五条 (transfer after six months at a fixed place), whose text was read in the
共产党员网 reprint of its 第五章 and in a second reprint; its wording on keeping in touch
("流出地党组织应当与流动党员保持经常联系") was read only in a commentary, so it is cited by the
document. How often "经常" is, is a local rule (a setting)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dangwu_desktop.core.dates import add_months
from dangwu_desktop.core.reminders import months_between
from dangwu_desktop.core.rulebook import (
    EDUCATION_REGULATIONS,
    GUIDANCE,
    LOCAL_RULE,
    Finding,
    Rule,
    Severity,
    Source,
)

EDUCATION_2019 = f"{EDUCATION_REGULATIONS}（2019）"
MOBILE_CHECKS = "流动党员台账、首页提醒"

CONTACT_MONTHS_DEFAULT = 3  # 地方规定 commonly ask for a contact every quarter
CONTACT_CHOICES = ("1", "2", "3", "6", "12")
LOST_MONTHS_DEFAULT = 6  # the six months of 第二十四条
LOST_CHOICES = ("3", "6", "12")
TRANSFER_MONTHS = 6  # 第二十五条
STOP_AFTER_LOST_MONTHS = 6  # 第二十四条: 失去联系6个月以上、查找仍无联系 → 停止党籍
CARD_WARNING_DAYS = 30  # the program's own notice before a card's date, not a rule's


class MobileReason(StrEnum):
    """Why a member is away (the 流出 record's 外出原因)."""

    WORK = "务工"
    BUSINESS = "经商"
    STUDY = "就学"
    FAMILY = "随迁"
    OTHER = "其他"


class ContactWay(StrEnum):
    PHONE = "电话"
    WECHAT = "微信"
    VISIT = "走访"
    LETTER = "信函"


class LostOutcome(StrEnum):
    """Where a 失联 case stands: still searched for, reached again, or membership stopped."""

    SEARCHING = "查找中"
    FOUND = "已取得联系"
    STOPPED = "停止党籍"


CONTACT_RULE = Rule(
    "mobile.contact_interval",
    "流出地党支部应明确专人与流动党员保持经常联系，至少每隔规定的月数联系一次",
    f"{EDUCATION_2019}：流出地党组织应当与流动党员保持经常联系；联系间隔为{LOCAL_RULE}（在“设置”中填写）",
    Source.LOCAL, "每3个月", "mobile/contact_months", MOBILE_CHECKS,
)  # fmt: skip
TRANSFER_RULE = Rule(
    "mobile.transfer_after_six_months",
    "外出学习、工作、生活6个月以上并且地点相对固定的党员，应当转移组织关系",
    f"{EDUCATION_2019}第二十五条：党员工作单位、经常居住地发生变动的，或者外出学习、工作、"
    "生活6个月以上并且地点相对固定的，应当转移组织关系",
    Source.REGULATION, "6个月", used_in=MOBILE_CHECKS,
)  # fmt: skip
CARD_RULE = Rule(
    "mobile.card_valid",
    "持《流动党员活动证》的党员凭证参加流入地的组织生活；活动证过期的，应及时换发或收回",
    f"{GUIDANCE}（中央组织部《流动党员活动证》制度）：流动党员凭活动证参加外出所在地党组织的"
    "组织生活，返回后将活动证交原党组织查验",
    Source.GUIDANCE, used_in=MOBILE_CHECKS,
)  # fmt: skip
LOST_RULE = Rule(
    "mobile.lost_contact",
    "流动党员超过规定月数没有联系上的，按失联党员登记并多方查找；失去联系6个月以上、通过各种方式"
    "查找仍然没有取得联系的，由党支部按规定作出停止党籍的决定",
    f"{EDUCATION_2019}第二十四条：对与党组织失去联系6个月以上、通过各种方式查找仍然没有取得联系的"
    "党员，予以停止党籍。停止党籍的决定由所在党支部或者上级党组织按照有关规定作出。停止党籍2年后"
    "确实无法取得联系的，按照自行脱党予以除名",
    Source.REGULATION, "6个月", "mobile/lost_months", MOBILE_CHECKS,
)  # fmt: skip
STUDY_RULE = Rule(
    "mobile.study_elsewhere",
    "流动党员在流入地参加的学习和组织生活计入其参加组织生活和学时，注明来源",
    f"{GUIDANCE}：流动党员持证参加流入地党组织的组织生活和学习；流出地党支部登记时注明来源",
    Source.GUIDANCE, used_in="联系记录、学时、长期未参加组织生活提醒",
)  # fmt: skip
RULES = (CONTACT_RULE, TRANSFER_RULE, CARD_RULE, LOST_RULE, STUDY_RULE)


def contact_overdue(last: date, today: date, months: int) -> int | None:
    """The whole months since `last` (the last contact, or the day the member left) when they
    reach `months`; None while the branch is still within the interval."""
    gone = months_between(last, today)
    return gone if gone >= months else None


def transfer_due(start: date, today: date, fixed_place: bool) -> date | None:
    """The day from which a member away at a fixed place should have transferred (six months
    after leaving), once it has come; None for a member without a fixed place, or before it."""
    due = add_months(start, TRANSFER_MONTHS)
    return due if fixed_place and today >= due else None


class CardState(StrEnum):
    NONE = "未登记"
    VALID = "有效"
    EXPIRING = "即将到期"
    EXPIRED = "已过期"


def card_state(expires: date | None, today: date) -> CardState:
    if expires is None:
        return CardState.NONE
    if expires < today:
        return CardState.EXPIRED
    if (expires - today).days <= CARD_WARNING_DAYS:
        return CardState.EXPIRING
    return CardState.VALID


def stop_membership_due(lost_since: date, today: date) -> bool:
    """Whether a member lost since `lost_since` and still searched for has been out of touch
    six months: the branch must decide on 停止党籍 (第二十四条)."""
    return today >= add_months(lost_since, STOP_AFTER_LOST_MONTHS)


@dataclass(frozen=True, slots=True)
class StintInput:
    """A 流出 record as the dialog or a script supplies it (its place, start and 流入地党组织 go
    onto the roster's 流出 movement: the one record of where the member is)."""

    start: date
    place: str
    reason: MobileReason
    org_there: str = ""  # 流入地党组织
    org_contact: str = ""  # its contact person and telephone
    fixed_place: bool = False  # 地点相对固定
    phone_there: str = ""
    address_there: str = ""
    wechat: str = ""
    card_number: str = ""  # 流动党员活动证编号
    card_issued_on: date | None = None
    card_expires_on: date | None = None
    contact_person_id: int | None = None  # the branch's member who keeps in touch
    note: str = ""


def stint_findings(given: StintInput, today: date) -> list[Finding]:
    """What is refused in a 流出 record whatever the member's history."""
    findings = []
    if (
        given.card_issued_on
        and given.card_expires_on
        and given.card_expires_on < given.card_issued_on
    ):
        findings.append(
            CARD_RULE.finding("card_expires_on", "有效期不能早于发证日期", Severity.ERROR,
                              label="活动证有效期至")
        )  # fmt: skip
    if given.card_issued_on and given.card_issued_on > today:
        findings.append(
            CARD_RULE.finding("card_issued_on", "发证日期不能晚于今天", Severity.ERROR,
                              label="活动证发证日期")
        )  # fmt: skip
    if given.card_expires_on and not given.card_number.strip():
        findings.append(
            CARD_RULE.finding("card_number", "填写了有效期，请同时填写活动证编号", Severity.ERROR,
                              label="活动证编号")
        )  # fmt: skip
    return findings


def contact_findings(day: date, start: date, end: date | None, today: date) -> list[Finding]:
    """A contact is dated within the stint, and not after today."""
    findings = []
    if day > today:
        findings.append(
            CONTACT_RULE.finding("date", "联系日期不能晚于今天", Severity.ERROR, label="联系日期")
        )
    elif day < start or (end is not None and day > end):
        findings.append(
            CONTACT_RULE.finding(
                "date", "联系日期不在这次外出期间", Severity.ERROR,
                f"外出自{start:%Y-%m-%d}起" + (f"至{end:%Y-%m-%d}" if end else ""), label="联系日期",
            )
        )  # fmt: skip
    return findings
