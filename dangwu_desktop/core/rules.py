"""A member's record judged by the rule book (core.rulebook): the one check the dialog, the importer
and the CLI all use (DOMAIN.md §2), and the text rule every service applies to what it stores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter, le, methodcaller

from dangwu_desktop.core.glossary import MemberCategory, Sex
from dangwu_desktop.core.idnumber import IdNumberError, parse_id_number
from dangwu_desktop.core.member_data import FIELD_LABELS, MemberData
from dangwu_desktop.core.member_fields import FieldType, keys_of_type, text_kinds
from dangwu_desktop.core.rulebook import (
    CONSTITUTION_ART_1 as CONSTITUTION_ART_1,
)
from dangwu_desktop.core.rulebook import (
    CONSTITUTION_ART_7 as CONSTITUTION_ART_7,
)
from dangwu_desktop.core.rulebook import (
    ID_AGREEMENT,
    ID_NUMBER,
    ID_REQUIRED,
    Finding,
    Severity,
    full_membership,
    joining_age,
)
from dangwu_desktop.core.rulebook import (
    confirmation_due_date as confirmation_due_date,
)
from dangwu_desktop.core.rulebook import (
    is_due_for_confirmation as is_due_for_confirmation,
)
from dangwu_desktop.core.text_rules import (
    FORMULA_LEADS,
    MAX_LENGTH,
    TextKind,
    TextProblem,
    text_problem,
)

__all__ = ["Finding", "Severity"]  # the finding type lives in the rule book; named here too


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
# The same as (attribute, kind) pairs, taken from the registry once: a member's check, run for
# every row of a 20,000-row import, reads them instead of building a TextField per field.
MEMBER_TEXTS: tuple[tuple[str, TextKind], ...] = tuple(MEMBER_TEXT_KINDS.items())
DATE_FIELDS = keys_of_type(FieldType.DATE)  # each checked not to lie in the future
_member_texts = attrgetter(*(attribute for attribute, _kind in MEMBER_TEXTS))
_TEXT_LIMITS = tuple(MAX_LENGTH[kind] for _attribute, kind in MEMBER_TEXTS)
# the names a spreadsheet could take for a formula ("name" twice at least, so a tuple comes back)
_name_texts = attrgetter(*(a for a, kind in MEMBER_TEXTS if kind is TextKind.NAME), "name")
_formula_like = methodcaller("startswith", tuple(FORMULA_LEADS))  # text[:1] in FORMULA_LEADS
_dates_of = attrgetter(*DATE_FIELDS, "birth_date")  # ("birth_date" twice: a tuple comes back)


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
            findings.append(_text_error(text.attribute, problem, text.label, text.where))
    return findings


def _text_error(attribute: str, problem: TextProblem, label: str = "", where: str = "") -> Finding:
    detail = f"{where}{problem.detail}" if where else problem.detail
    return Finding(attribute, problem.reason, Severity.ERROR, detail, label=label)


def check_member(data: MemberData, today: date, *, duplicate_of: str | None = None) -> MemberCheck:
    """Judge a member's record on `today`.

    `duplicate_of` names the record that already holds the same ID number ("第2行", "党员张三"),
    as only the caller knows where to look. Errors come first, most fundamental first, so the
    first error is the one worth reporting when only one can be.
    """
    data = data.cleaned()  # its texts stripped, as check_texts would strip them
    texts = _member_texts(data)
    # Most records: every text printable, none too long, no name like a formula, found with a few
    # calls at C speed; only a record failing that has each field judged by the text rule.
    if not (
        "".join(texts).isprintable()
        and all(map(le, map(len, texts), _TEXT_LIMITS))
        and not any(map(_formula_like, _name_texts(data)))
    ):
        findings = [
            _text_error(attribute, problem)
            for (attribute, kind), value in zip(MEMBER_TEXTS, texts, strict=True)
            if value  # an empty field has nothing to refuse
            and (problem := text_problem(value, kind)) is not None
        ]
        if findings:  # text that cannot be stored: the other rules would only misread it
            return MemberCheck(data, tuple(findings))
    findings = []
    if not data.name:
        findings.append(Finding("name", "姓名为空", Severity.ERROR))
    id_count = len(findings)
    _check_id_number(data, findings)
    id_unreadable = len(findings) > id_count and any(
        f.severity is Severity.ERROR for f in findings[id_count:]
    )
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
    findings.extend(joining_age(data.birth_date, data.join_date))
    findings.extend(_probation(data))
    if len(findings) > 1:
        findings.sort(key=lambda f: f.severity is not Severity.ERROR)
    return MemberCheck(data, tuple(findings))


def id_number_findings(data: MemberData) -> list[Finding]:
    """The roster's checks of a 公民身份号码 and of the 性别 and 出生日期 beside it, for anyone
    the branch keeps a record of (an applicant for membership too). `data` is filled as
    check_member fills it: the number in its 18-digit form, the sex and birth date it gives."""
    findings: list[Finding] = []
    _check_id_number(data, findings)
    return findings


def _check_id_number(data: MemberData, findings: list[Finding]) -> None:
    """Judge the ID number; a readable one is stored in its 18-digit form and supplies the sex and
    birth date left empty. `data` is check_member's own cleaned copy, so it is filled in place
    (a `dataclasses.replace` per imported row cost more than the rest of this check)."""
    if not data.id_number:
        findings.append(
            ID_REQUIRED.finding(
                "id_number", "身份号码为空", Severity.WARNING, "上报的花名册须登记公民身份号码"
            )
        )
        return
    try:
        parsed = parse_id_number(data.id_number)
    except IdNumberError as exc:
        findings.append(ID_NUMBER.finding("id_number", exc.reason, Severity.ERROR, exc.detail))
        return
    if not parsed.region_known:
        findings.append(
            ID_NUMBER.finding(
                "id_number",
                "身份号码地区码未找到",
                Severity.WARNING,
                f"前6位“{parsed.number[:6]}”不在行政区划代码表中，请核对",
            )
        )
    if parsed.converted_from_15:
        findings.append(
            ID_NUMBER.finding(
                "id_number",
                "15位旧身份号码已转换为18位",
                Severity.WARNING,
                f"新号码为{parsed.number}，请与本人现行身份证核对",
            )
        )
    if data.birth_date and data.birth_date != parsed.birth_date:
        findings.append(
            ID_AGREEMENT.finding(
                "birth_date",
                "出生日期与身份号码不一致",
                Severity.WARNING,
                f"填写的是{data.birth_date:%Y-%m-%d}，号码第7至14位为{parsed.birth_date:%Y-%m-%d}",
            )
        )
    if data.sex and data.sex != parsed.sex:
        parity = "奇数" if parsed.sex is Sex.MALE else "偶数"
        findings.append(
            ID_AGREEMENT.finding(
                "sex",
                "性别与身份号码不一致",
                Severity.WARNING,
                f"填写的是{data.sex.value}，号码第17位为{parity}（{parsed.sex.value}）",
            )
        )
    data.id_number = parsed.number
    data.birth_date = data.birth_date or parsed.birth_date
    data.sex = data.sex or parsed.sex


def _future_dates(data: MemberData, today: date) -> list[Finding]:
    latest = max(filter(None, _dates_of(data)), default=None)
    if latest is None or latest <= today:  # most records: no date at all after today
        return []
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
    # The same rule the 转正 movement applies, and it refuses here too: 转正 cannot come before
    # the year of probation ends (an extended one lasts longer still, so it passes this check).
    return full_membership(join, full)
