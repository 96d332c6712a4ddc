"""The roster rules, each with its source: the one implementation the dialog, the importer and
the CLI all use to judge a member's record (DOMAIN.md §2)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from dangwu_desktop.core.dates import add_years, age_on
from dangwu_desktop.core.glossary import MemberCategory
from dangwu_desktop.core.idnumber import CITATION as ID_CITATION
from dangwu_desktop.core.idnumber import IdNumberError, parse_id_number
from dangwu_desktop.core.member_data import FIELD_LABELS, MemberData
from dangwu_desktop.core.member_fields import FieldType, keys_of_type, text_kinds
from dangwu_desktop.core.text_rules import TextKind, text_problem

CONSTITUTION_ART_1 = "《中国共产党章程》第一条：年满十八岁的中国工人、农民……可以申请加入中国共产党"
CONSTITUTION_ART_7 = "《中国共产党章程》第七条：预备党员的预备期为一年"
DEVELOPMENT_RULES = "《中国共产党发展党员工作细则》（2014）"
PROBATION_YEARS = 1
MINIMUM_JOINING_AGE = 18


class Severity(StrEnum):
    ERROR = "错误"
    WARNING = "提示"


@dataclass(frozen=True, slots=True)
class Finding:
    """One judgement on a record: `reason` names the fault (short, stable), `detail` explains."""

    attribute: str
    reason: str
    severity: Severity
    detail: str = ""
    citation: str = ""
    label: str = ""  # the field's Chinese name where it is not a roster field

    @property
    def field_label(self) -> str:
        return self.label or FIELD_LABELS.get(self.attribute, self.attribute)

    @property
    def message(self) -> str:
        return f"{self.reason}：{self.detail}" if self.detail else self.reason

    @property
    def line(self) -> str:
        """The finding as one sentence naming its field (if it has one), for a message box or
        the CLI."""
        label = self.field_label
        return f"{label}：{self.message}" if label else self.message


@dataclass(frozen=True, slots=True)
class MemberCheck:
    """The outcome of checking a member: the record as it will be stored, and the findings."""

    data: MemberData
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not self.errors


# How much each roster field may hold (core.text_rules); the 身份号码 has its own rule besides.
MEMBER_TEXT_KINDS: dict[str, TextKind] = text_kinds()
DATE_FIELDS = keys_of_type(FieldType.DATE)  # each checked not to lie in the future


@dataclass(frozen=True, slots=True)
class TextField:
    """One text a user or a file supplied, as the text rule judges it."""

    attribute: str
    value: str
    kind: TextKind
    label: str = ""  # the field's Chinese name where it is not a roster field
    where: str = ""  # which one of several, e.g. "第2条" of the 议题, "张三的" absence reason


def check_texts(texts: Iterable[TextField]) -> list[Finding]:
    """Errors for texts holding control or direction characters, or too long (core.text_rules)."""
    findings = []
    for text in texts:
        problem = text_problem(text.value.strip(), text.kind)
        if problem is not None:
            detail = f"{text.where}{problem.detail}" if text.where else problem.detail
            findings.append(
                Finding(text.attribute, problem.reason, Severity.ERROR, detail, label=text.label)
            )
    return findings


def check_member(data: MemberData, today: date, *, duplicate_of: str | None = None) -> MemberCheck:
    """Judge a member's record on `today`.

    `duplicate_of` names the record that already holds the same ID number ("第2行", "党员张三"),
    as only the caller knows where to look. Errors come first, most fundamental first, so the
    first error is the one worth reporting when only one can be.
    """
    data = data.cleaned()
    findings = check_texts(
        TextField(attribute, getattr(data, attribute), kind)
        for attribute, kind in MEMBER_TEXT_KINDS.items()
    )
    if findings:  # text that cannot be stored: the other rules would only misread it
        return MemberCheck(data, tuple(findings))
    if not data.name:
        findings.append(Finding("name", "姓名为空", Severity.ERROR))
    id_count = len(findings)
    data = _check_id_number(data, findings)
    id_unreadable = any(f.severity is Severity.ERROR for f in findings[id_count:])
    if data.id_number and duplicate_of:
        findings.append(
            Finding(
                "id_number",
                f"身份号码与{duplicate_of}重复",
                Severity.ERROR,
                "同一公民身份号码只能登记一次",
            )
        )
    # A number that could not be read would have supplied these; its own error says enough.
    if data.sex is None and not id_unreadable:
        findings.append(Finding("sex", "性别为空", Severity.ERROR))
    if data.birth_date is None and not id_unreadable:
        findings.append(
            Finding("birth_date", "出生日期为空", Severity.ERROR, "请填写出生日期或身份号码")
        )
    if data.join_date is None:
        findings.append(Finding("join_date", "入党时间为空", Severity.ERROR))
    findings.extend(_future_dates(data, today))
    findings.extend(_joining_age(data))
    findings.extend(_probation(data))
    findings.sort(key=lambda f: f.severity is not Severity.ERROR)
    return MemberCheck(data, tuple(findings))


def _check_id_number(data: MemberData, findings: list[Finding]) -> MemberData:
    if not data.id_number:
        findings.append(
            Finding("id_number", "身份号码为空", Severity.WARNING, "花名册应登记公民身份号码")
        )
        return data
    try:
        parsed = parse_id_number(data.id_number)
    except IdNumberError as exc:
        findings.append(Finding("id_number", exc.reason, Severity.ERROR, exc.detail, ID_CITATION))
        return data
    if not parsed.region_known:
        findings.append(
            Finding(
                "id_number",
                "身份号码地区码未找到",
                Severity.WARNING,
                f"前6位“{parsed.number[:6]}”不在行政区划代码表中，请核对",
                ID_CITATION,
            )
        )
    if parsed.converted_from_15:
        findings.append(
            Finding(
                "id_number",
                "15位旧身份号码已转换为18位",
                Severity.WARNING,
                f"新号码为{parsed.number}，请与本人现行身份证核对",
                ID_CITATION,
            )
        )
    if data.birth_date and data.birth_date != parsed.birth_date:
        findings.append(
            Finding(
                "birth_date",
                "出生日期与身份号码不一致",
                Severity.WARNING,
                f"身份号码中为{parsed.birth_date:%Y-%m-%d}，填写的是{data.birth_date:%Y-%m-%d}",
                ID_CITATION,
            )
        )
    if data.sex and data.sex != parsed.sex:
        findings.append(
            Finding(
                "sex",
                "性别与身份号码不一致",
                Severity.WARNING,
                f"身份号码第17位表示{parsed.sex.value}性，填写的是{data.sex.value}",
                ID_CITATION,
            )
        )
    return replace(
        data,
        id_number=parsed.number,
        birth_date=data.birth_date or parsed.birth_date,
        sex=data.sex or parsed.sex,
    )


def _future_dates(data: MemberData, today: date) -> list[Finding]:
    dated = [(attribute, getattr(data, attribute)) for attribute in DATE_FIELDS]
    return [
        Finding(
            attribute,
            f"{FIELD_LABELS[attribute]}在未来",
            Severity.ERROR,
            f"{value:%Y-%m-%d}晚于今天",
        )
        for attribute, value in dated
        if value and value > today
    ]


def _joining_age(data: MemberData) -> list[Finding]:
    if not (data.birth_date and data.join_date):
        return []
    age = age_on(data.birth_date, data.join_date)
    if age >= MINIMUM_JOINING_AGE:
        return []
    return [
        Finding(
            "join_date",
            "入党时未满18周岁",
            Severity.ERROR,
            f"入党时{age}周岁",
            CONSTITUTION_ART_1,
        )
    ]


def _probation(data: MemberData) -> list[Finding]:
    join, full = data.join_date, data.full_member_date
    if data.category is MemberCategory.PROBATIONARY:
        if full:
            return [
                Finding(
                    "full_member_date",
                    "预备党员不应有转正时间",
                    Severity.ERROR,
                    "已转正的请把人员类别改为正式党员",
                )
            ]
        return []
    if full is None:
        return [Finding("full_member_date", "正式党员未填转正时间", Severity.WARNING)]
    if join and full < join:
        return [
            Finding(
                "full_member_date", "转正时间早于入党时间", Severity.ERROR, "", CONSTITUTION_ART_7
            )
        ]
    if join and full < add_years(join, PROBATION_YEARS):
        return [
            Finding(
                "full_member_date",
                "预备期不足一年",
                Severity.WARNING,
                f"入党{join:%Y-%m-%d}，转正{full:%Y-%m-%d}",
                CONSTITUTION_ART_7,
            )
        ]
    return []


def confirmation_due_date(join_date: date) -> date:
    """The day a 预备党员's one-year probation ends and 转正 falls due."""
    return add_years(join_date, PROBATION_YEARS)


def is_due_for_confirmation(category: MemberCategory, join_date: date | None, today: date) -> bool:
    """待转正: a 预备党员 whose year of probation has passed (党章第七条)."""
    return (
        category is MemberCategory.PROBATIONARY
        and join_date is not None
        and confirmation_due_date(join_date) <= today
    )
