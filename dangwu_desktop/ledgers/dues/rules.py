"""党费 rules: what a member owes a month, when a month is owed at all, how a payment is spread over
months, and when arrears call for attention. Pure: no database session (the service gathers, these
judge), each rule in the rule book's form with where it is written down (DOMAIN.md §5, §3).

The 2008 rules (关于中国共产党党费收缴、使用和管理的规定, 中组发〔2008〕3号) are cited by article
only for the wage bands (第二条), whose wording and number were read in more than one reprint;
elsewhere by the document, since reprints number its articles differently."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from dangwu_desktop.core.money import ZERO, round_fen, yuan
from dangwu_desktop.core.rulebook import (
    CONSTITUTION,
    LOCAL_RULE,
    Finding,
    Rule,
    Severity,
    Source,
)

DUES_RULES = "《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）"
STANDARD_CHECKS = "党费标准的核定"
PAYMENT_CHECKS = "登记党费、整月登记、粘贴名单、导入党费名单"
ARREARS = "党费“欠缴名单”、首页提醒、工作报告"


class DuesCategory(StrEnum):
    """How a member's monthly dues are worked out."""

    EMPLOYED = "在职"
    RETIRED = "离退休"
    SELF_EMPLOYED = "个体/灵活就业"
    VILLAGE_CADRE = "村干部"
    MIGRANT = "外出务工经商"
    FARMER = "农民"
    LOW_INCOME = "学生/失业/低保/困难"
    REDUCED = "减免"


# The base each category's dues are a share of, as the 标准 dialog asks for it.
BASE_LABELS: dict[DuesCategory, str] = {
    DuesCategory.EMPLOYED: "月工资收入（税后）",
    DuesCategory.RETIRED: "月离退休费或养老金总额",
    DuesCategory.SELF_EMPLOYED: "上季度月平均纯收入",
    DuesCategory.VILLAGE_CADRE: "月定额补贴",
    DuesCategory.MIGRANT: "申报的月平均纯收入",
}
WAGE_CATEGORIES = frozenset(
    {
        DuesCategory.EMPLOYED,
        DuesCategory.SELF_EMPLOYED,
        DuesCategory.VILLAGE_CADRE,
        DuesCategory.MIGRANT,
    }
)
# 在职 (and those paying like them): the whole income at one rate, by the band it falls in.
WAGE_BANDS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal(3000), Decimal("0.005")),
    (Decimal(5000), Decimal("0.01")),
    (Decimal(10000), Decimal("0.015")),
    (None, Decimal("0.02")),
)
PENSION_BANDS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal(5000), Decimal("0.005")),
    (None, Decimal("0.01")),
)
LOW_INCOME_MONTHLY = Decimal("0.20")
FARMER_RANGE = (Decimal("0.20"), Decimal("1.00"))
FARMER_CHOICES = ("0.2", "0.3", "0.5", "1")
BACK_PAY_MONTHS = 6
ARREARS_NOTICE_MONTHS = (3, 5)  # 首页 names members this far behind, before the six months
UNPAID_MONTHS_LIMIT = 6
REVIEW_MONTHS = 12
ADVANCE_MONTHS = 12  # a payment is spread over at most this many months past the month it is paid

WAGE_BANDS_RULE = Rule(
    "dues.wage_bands",
    "在职党员按月工资收入（税后）的比例交纳党费：3000元以下（含）0.5%，3000元以上至5000元（含）1%，"
    "5000元以上至10000元（含）1.5%，10000元以上2%，按全部收入适用所在档次的比例",
    f"{DUES_RULES}第二条：党员交纳党费的比例为：每月工资收入（税后）在3000元以下（含3000元）者，"
    "交纳月工资收入的0.5%；3000元以上至5000元（含5000元）者，交纳1%；5000元以上至10000元"
    "（含10000元）者，交纳1.5%；10000元以上者，交纳2%",
    Source.CIRCULAR, "0.5%／1%／1.5%／2%", used_in=STANDARD_CHECKS,
)  # fmt: skip
SELF_EMPLOYED_RULE = Rule(
    "dues.self_employed_base",
    "不按月取得收入的个体经营者等党员，以上季度月平均纯收入为基数，按在职党员的比例交纳",
    f"{DUES_RULES}：不按月取得收入的个体经营者等人员中的党员，每月以个人上季度月平均纯收入为"
    "计算基数，参照在职党员的比例交纳党费",
    Source.CIRCULAR, used_in=STANDARD_CHECKS,
)  # fmt: skip
PENSION_BANDS_RULE = Rule(
    "dues.pension_bands",
    "离退休党员以实际领取的离退休费总额或养老金总额为基数：5000元以下（含）0.5%，5000元以上1%",
    f"{DUES_RULES}：离退休干部、职工中的党员，每月以实际领取的离退休费总额或养老金总额为计算基数，"
    "5000元以下（含5000元）的按0.5%交纳党费，5000元以上的按1%交纳党费",
    Source.CIRCULAR, "0.5%／1%", used_in=STANDARD_CHECKS,
)  # fmt: skip
FARMER_RULE = Rule(
    "dues.farmer",
    "农民党员每月交纳党费0.2元至1元，具体数额按本省规定",
    f"{DUES_RULES}：农民党员每月交纳党费0.2元—1元（具体数额各省有规定，在“设置”中填写）",
    Source.CIRCULAR, "0.2—1元", "dues/farmer_amount", STANDARD_CHECKS,
)  # fmt: skip
LOW_INCOME_RULE = Rule(
    "dues.low_income",
    "学生党员、下岗失业的党员、依靠抚恤或救济生活的党员、领取最低生活保障金的党员每月交纳0.2元",
    f"{DUES_RULES}：学生党员、下岗失业的党员、依靠抚恤或救济生活的党员、领取当地最低生活保障金的"
    "党员，每月交纳党费0.2元",
    Source.CIRCULAR, "每月0.2元", used_in=STANDARD_CHECKS,
)  # fmt: skip
LOCAL_BASE_RULE = Rule(
    "dues.cadre_and_migrant",
    "领取定额补贴的村干部党员、外出务工经商的农民党员，以补贴或申报的月平均纯收入为基数，按在职党员的比例交纳",
    f"{LOCAL_RULE}：多数省份规定领取定额补贴的村干部党员、外出务工经商的农民党员参照在职党员的比例交纳党费",
    Source.LOCAL, used_in=STANDARD_CHECKS,
)  # fmt: skip
ROUNDING_RULE = Rule(
    "dues.rounding",
    "按比例算出的党费四舍五入到分",
    f"{LOCAL_RULE}：党费按元、角、分计收，按比例计算的数额四舍五入到分",
    Source.LOCAL, used_in=STANDARD_CHECKS,
)  # fmt: skip
RELIEF_RULE = Rule(
    "dues.relief",
    "交纳党费确有困难的党员，经党支部研究、报上一级党委批准后，可以少交或免交",
    f"{DUES_RULES}：交纳党费确有困难的党员，由本人提出申请，经党支部研究，报上一级党委批准后，"
    "可以少交或免交党费",
    Source.CIRCULAR, used_in=STANDARD_CHECKS,
)  # fmt: skip
REVIEW_RULE = Rule(
    "dues.yearly_review",
    "每年核定一次党员的月交纳党费数额；标准核定已满一年的，提醒重新核定",
    f"{LOCAL_RULE}：各地多规定每年年初核定党员当年每月交纳党费的数额，年内一般不变动",
    Source.LOCAL, "12个月", used_in="首页提醒",
)  # fmt: skip
PROBATIONARY_RULE = Rule(
    "dues.probationary_from_admission",
    "预备党员从支部党员大会通过其为预备党员之日起交纳党费",
    f"{DUES_RULES}：预备党员从支部大会通过其为预备党员之日起交纳党费",
    Source.CIRCULAR, used_in="应交月份（党费登记簿、欠缴名单）",
)  # fmt: skip
WHERE_RULE = Rule(
    "dues.where_paid",
    "党员向组织关系所在的党支部交纳党费：转入当月由原支部收取，转出当月由本支部收取；"
    "流动党员外出期间可以向流入地党组织交纳",
    f"{DUES_RULES}：党员一般应当向其正式组织关系所在的党支部交纳党费；持《中国共产党流动党员活动证》"
    "的党员，外出期间可以持证向流入地党组织交纳党费",
    Source.CIRCULAR, used_in="应交月份（党费登记簿、欠缴名单）",
)  # fmt: skip
MONTHLY_RULE = Rule(
    "dues.monthly",
    "党员按月交纳党费；经党支部同意可以按季度交纳、预交，也可以委托亲属或其他党员代交；"
    "补交一般不超过6个月",
    f"{DUES_RULES}：党员应当主动按月交纳党费。遇到特殊情况，经党支部同意，可以每季度交纳一次党费，"
    "也可以委托其亲属或者其他党员代为交纳或者补交党费。补交党费的时间一般不得超过6个月",
    Source.CIRCULAR, "补交不超过6个月", used_in=PAYMENT_CHECKS,
)  # fmt: skip
UNPAID_RULE = Rule(
    "dues.six_months_unpaid",
    "没有正当理由连续六个月不交纳党费的，被认为是自行脱党；欠缴3个月、5个月时提前提醒",
    f"{CONSTITUTION}第九条：党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，"
    f"或不做党所分配的工作，就被认为是自行脱党；{DUES_RULES}：对无正当理由，连续6个月不交纳"
    "党费的党员，按自行脱党处理",
    figure="连续6个月", used_in=ARREARS,
)  # fmt: skip
RECEIPT_RULE = Rule(
    "dues.receipt_once",
    "每张收据（凭证）号只用一次；交纳日期不能早于入党（或转入），不能晚于今天；金额不能为负数，最多到分",
    f"{LOCAL_RULE}：党费收据按号使用、专账登记（党费管理的财务要求）",
    Source.LOCAL, used_in=PAYMENT_CHECKS,
)  # fmt: skip
SPECIAL_RULE = Rule(
    "dues.special_apart",
    "党员自愿多交的党费和自愿交纳的“特殊党费”单独登记，不计入按月应交的党费",
    f"{DUES_RULES}：党员自愿多交党费不限；党组织不得要求党员交纳规定以外的各种名目的“特殊党费”",
    Source.CIRCULAR, used_in="特殊党费登记、收缴统计",
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    WAGE_BANDS_RULE, SELF_EMPLOYED_RULE, PENSION_BANDS_RULE, FARMER_RULE, LOW_INCOME_RULE,
    LOCAL_BASE_RULE, ROUNDING_RULE, RELIEF_RULE, REVIEW_RULE, PROBATIONARY_RULE, WHERE_RULE,
    MONTHLY_RULE, UNPAID_RULE, RECEIPT_RULE, SPECIAL_RULE,
)  # fmt: skip


class Month(NamedTuple):
    """A calendar month; months compare and subtract in order."""

    year: int
    month: int

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def ordinal(self) -> int:
        return self.year * 12 + self.month - 1

    @classmethod
    def from_ordinal(cls, index: int) -> Month:
        return cls(index // 12, index % 12 + 1)

    def plus(self, months: int) -> Month:
        return Month.from_ordinal(self.ordinal + months)

    def minus(self, other: Month) -> int:
        """How many months after `other` this one is."""
        return self.ordinal - other.ordinal

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"


def _rate(base: Decimal, bands: Sequence[tuple[Decimal | None, Decimal]]) -> Decimal:
    for ceiling, rate in bands:
        if ceiling is None or base <= ceiling:
            return rate
    raise AssertionError("the last band has no ceiling")


def wage_rate(base: Decimal) -> Decimal:
    return _rate(base, WAGE_BANDS)


def pension_rate(base: Decimal) -> Decimal:
    return _rate(base, PENSION_BANDS)


def monthly_amount(
    category: DuesCategory, base: Decimal | None, farmer_amount: Decimal, fixed: Decimal | None
) -> Decimal:
    """What a member of `category` owes a month: a share of `base` by the bands, the province's
    farmer figure, 0.2 yuan, or the `fixed` amount a 减免 decision set."""
    if category in WAGE_CATEGORIES:
        assert base is not None
        return round_fen(base * wage_rate(base))
    if category is DuesCategory.RETIRED:
        assert base is not None
        return round_fen(base * pension_rate(base))
    if category is DuesCategory.FARMER:
        return farmer_amount
    if category is DuesCategory.LOW_INCOME:
        return LOW_INCOME_MONTHLY
    assert fixed is not None
    return fixed


def needs_base(category: DuesCategory) -> bool:
    return category in BASE_LABELS


@dataclass(frozen=True, slots=True)
class StandardInput:
    """A dues standard as the dialog or an import gives it."""

    category: DuesCategory
    effective_from: date
    base: Decimal | None = None
    fixed_amount: Decimal | None = None  # 减免 only: the reduced amount (0 for 免交)
    decided_on: date | None = None  # 减免: the 支部委员会/党员大会 that discussed it
    approval_ref: str = ""  # 减免: the higher committee's approval (文号)
    note: str = ""


def standard_findings(
    standard: StandardInput, join_date: date | None, today: date
) -> list[Finding]:
    """What is wrong with a standard before it is saved."""
    findings: list[Finding] = []
    category = standard.category
    if needs_base(category):
        rule = PENSION_BANDS_RULE if category is DuesCategory.RETIRED else WAGE_BANDS_RULE
        if standard.base is None:
            findings.append(
                rule.finding(
                    "base", f"请填写{BASE_LABELS[category]}", Severity.ERROR, label="计算基数"
                )
            )
        elif standard.base <= 0:
            findings.append(
                rule.finding("base", "计算基数须大于0", Severity.ERROR, label="计算基数")
            )
    if category is DuesCategory.REDUCED:
        if standard.fixed_amount is None:
            findings.append(
                RELIEF_RULE.finding(
                    "fixed_amount", "请填写减免后的每月金额（免交填0）", Severity.ERROR,
                    label="每月金额",
                )
            )  # fmt: skip
        if standard.decided_on is None:
            findings.append(
                RELIEF_RULE.finding(
                    "decided_on", "减免须经党支部研究：请填写研究日期", Severity.ERROR,
                    label="支部研究日期",
                )
            )  # fmt: skip
        elif standard.decided_on > today:
            findings.append(
                RELIEF_RULE.finding(
                    "decided_on", "支部研究日期不能晚于今天", Severity.ERROR, label="支部研究日期"
                )
            )
        if not standard.approval_ref.strip():
            findings.append(
                RELIEF_RULE.finding(
                    "approval_ref", "减免须报上一级党委批准：请填写批准文号或批复日期",
                    Severity.ERROR, label="上级批准",
                )
            )  # fmt: skip
    if join_date is not None and Month.of(standard.effective_from) < Month.of(join_date):
        findings.append(
            PROBATIONARY_RULE.finding(
                "effective_from",
                f"执行月份不能早于入党时间（{join_date:%Y-%m-%d}）",
                Severity.ERROR,
                label="执行月份",
            )
        )
    return findings


def owes_in(
    month: Month, on_roster: Sequence[tuple[date, date | None]], admitted: date | None = None
) -> bool:
    """Whether a member owes this branch `month`'s dues: on its roster on the month's first day
    (so the month of a 转出 is owed here and the month of a 转入 at the old branch), or admitted
    as a 预备党员 here during the month (owed from the day of the vote). `on_roster` lists the
    member's stretches on the roster, (from, until) with until exclusive or None."""
    if admitted is not None and Month.of(admitted) == month:
        return True
    first = month.first_day
    return any(start <= first and (until is None or first < until) for start, until in on_roster)


def payment_findings(
    amount: Decimal,
    paid_on: date,
    today: date,
    joined: date | None,
    receipt_no: str,
    receipt_used: bool,
) -> list[Finding]:
    """What refuses a payment: no amount, a day after today or before the member joined, a receipt
    number already used."""
    findings: list[Finding] = []
    if amount <= 0:
        findings.append(RECEIPT_RULE.finding("amount", "金额须大于0", Severity.ERROR, label="金额"))
    if paid_on > today:
        findings.append(
            RECEIPT_RULE.finding(
                "paid_on", f"交纳日期{paid_on:%Y-%m-%d}晚于今天", Severity.ERROR, label="交纳日期"
            )
        )
    if joined is not None and paid_on < joined:
        findings.append(
            RECEIPT_RULE.finding(
                "paid_on",
                f"交纳日期{paid_on:%Y-%m-%d}早于入党时间{joined:%Y-%m-%d}",
                Severity.ERROR,
                label="交纳日期",
            )
        )
    if receipt_no and receipt_used:
        findings.append(
            RECEIPT_RULE.finding(
                "receipt_no", f"收据号“{receipt_no}”已经用过", Severity.ERROR, label="收据号"
            )
        )
    return findings


def allocate(
    amount: Decimal, still_owed: Sequence[tuple[Month, Decimal]]
) -> tuple[list[tuple[Month, Decimal]], Decimal]:
    """Spread a payment over months in order, each up to what it still owes; returns the shares
    and what is left over (more than the months owe: 多交, recorded on the last month)."""
    shares: list[tuple[Month, Decimal]] = []
    left = amount
    for month, owed in still_owed:
        if left <= 0:
            break
        share = min(owed, left)
        if share > 0:
            shares.append((month, share))
            left -= share
    return shares, left


def back_pay_months(paid_on: date, months: Iterable[Month]) -> list[Month]:
    """The months a payment reaches back more than six months for (补交超过6个月)."""
    paid = Month.of(paid_on)
    return [m for m in months if paid.minus(m) > BACK_PAY_MONTHS]


def unpaid_run(unpaid: Sequence[Month], before: Month) -> int:
    """How many months in a row, ending with the month before `before`, are unpaid."""
    missing = set(unpaid)
    run, month = 0, before.plus(-1)
    while month in missing:
        run += 1
        month = month.plus(-1)
    return run


def arrears_severity(run: int) -> Severity | None:
    """首页 names a member three months behind (a 提示), and six months as an error."""
    if run >= UNPAID_MONTHS_LIMIT:
        return Severity.ERROR
    if run >= ARREARS_NOTICE_MONTHS[0]:
        return Severity.WARNING
    return None


def standard_summary(category: DuesCategory, base: Decimal | None, amount: Decimal) -> str:
    """农民，每月0.50元 / 在职，月工资收入（税后）4200.00元×1%，每月42.00元."""
    if base is not None and needs_base(category):
        rate = pension_rate(base) if category is DuesCategory.RETIRED else wage_rate(base)
        percent = f"{(rate * 100).normalize():f}%"
        return f"{category.value}，{BASE_LABELS[category]}{yuan(base)}元×{percent}，每月{yuan(amount)}元"
    if category is DuesCategory.REDUCED and amount == ZERO:
        return "免交"
    return f"{category.value}，每月{yuan(amount)}元"
