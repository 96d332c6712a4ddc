"""The roster rules of DOMAIN.md §2, each named after the rule, its cases as a table."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.glossary import MemberCategory, Sex
from dangwu_desktop.core.idnumber import IdNumberError, mask, parse_id_number
from dangwu_desktop.core.rules import (
    CONSTITUTION_ART_1,
    CONSTITUTION_ART_7,
    Severity,
    check_member,
    is_due_for_confirmation,
)
from tests.conftest import TODAY, member


def reasons(data: object, **kwargs: object) -> list[str]:
    return [f.reason for f in check_member(data, TODAY, **kwargs).errors]  # type: ignore[arg-type]


def warnings(data: object) -> list[str]:
    return [f.reason for f in check_member(data, TODAY).warnings]  # type: ignore[arg-type]


def test_a_complete_valid_member_has_no_findings() -> None:
    assert check_member(member(), TODAY).findings == ()


# GB 11643-1999: the check digit


@pytest.mark.parametrize(
    ("number", "expected_digit"),
    [
        ("330726199001011234", "8"),
        ("11010119900307447X", "7"),
        ("110101199003074420", "6"),
        ("330726198001010010", "1"),
    ],
)
def test_rule_id_number_checksum_asks_to_check_the_number_not_to_change_the_last_digit(
    number: str, expected_digit: str
) -> None:
    result = check_member(member(id_number=number), TODAY)
    assert [f.reason for f in result.errors] == ["身份号码校验位错误"]
    assert "请核对号码" in result.errors[0].message
    assert "末位应为" not in result.errors[0].message
    assert f"“{expected_digit}”" not in result.errors[0].message  # no digit to copy in blindly
    assert "GB 11643-1999" in result.errors[0].citation


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("3.30726199001011E+17", "身份号码被存成数字，末位已丢失"),
        ("330726199001011238.0", "身份号码被存成数字，末位已丢失"),
        ("3307261990010112", "身份号码位数不正确"),
        ("33072619900101123A", "身份号码格式不正确"),
        ("330726199013011235", "身份号码内容无效"),
    ],
)
def test_rule_id_number_must_be_readable(text: str, reason: str) -> None:
    with pytest.raises(IdNumberError) as caught:
        parse_id_number(text)
    assert caught.value.reason == reason


def test_rule_birth_date_and_sex_follow_from_the_id_number() -> None:
    parsed = parse_id_number(" 33072619900101123８ ")
    assert (parsed.birth_date, parsed.sex) == (date(1990, 1, 1), Sex.MALE)
    assert parse_id_number("110101199003074426").sex is Sex.FEMALE  # 17th digit even
    filled = check_member(member(sex=None, birth_date=None), TODAY).data
    assert (filled.birth_date, filled.sex) == (date(1990, 1, 1), Sex.MALE)


def test_rule_contradiction_between_id_and_typed_values_is_shown() -> None:
    data = member(birth_date=date(1990, 2, 1), sex=Sex.FEMALE)
    assert warnings(data) == ["出生日期与身份号码不一致", "性别与身份号码不一致"]
    assert reasons(data) == []


def test_rule_legacy_15_digit_number_is_converted_with_a_warning() -> None:
    result = check_member(member(id_number="330726900101123"), TODAY)
    assert result.data.id_number == "330726199001011238"
    assert "15位旧身份号码已转换为18位" in [f.reason for f in result.warnings]
    assert result.ok


def test_the_checked_record_is_a_copy_and_the_record_given_stays_as_typed() -> None:
    """The check returns the record as it will be stored (trimmed, the 18-digit number, the sex
    and birth date the number gives); what the dialog or the file supplied is left as it was."""
    typed = member(name=" 张三 ", id_number="330726900101123", sex=None, birth_date=None)
    stored = check_member(typed, TODAY).data
    assert (stored.name, stored.id_number, stored.sex, stored.birth_date) == (
        "张三",
        "330726199001011238",
        Sex.MALE,
        date(1990, 1, 1),
    )
    assert (typed.name, typed.id_number, typed.sex, typed.birth_date) == (
        " 张三 ",
        "330726900101123",
        None,
        None,
    )


def test_rule_duplicate_id_number_is_refused() -> None:
    assert reasons(member(), duplicate_of="第2行") == ["身份号码与第2行重复"]


def test_id_numbers_are_masked_for_logs() -> None:
    assert mask("330726199001011238") == "3307**********1238"


# 中国共产党章程 第一条: 年满十八岁


@pytest.mark.parametrize(
    ("birth", "joined", "refused"),
    [
        (date(1990, 1, 1), date(2007, 12, 31), True),  # one day short of 18
        (date(1990, 1, 1), date(2008, 1, 1), False),  # the 18th birthday itself
        (date(1990, 1, 1), date(2020, 1, 1), False),
        (date(1974, 4, 16), date(1986, 4, 13), True),
    ],
)
def test_rule_joining_on_or_after_the_18th_birthday(
    birth: date, joined: date, refused: bool
) -> None:
    data = member(
        id_number="", birth_date=birth, sex=Sex.MALE, join_date=joined, full_member_date=None
    )
    result = check_member(data, TODAY)
    assert ("入党时未满18周岁" in [f.reason for f in result.errors]) is refused
    if refused:
        assert result.errors[0].citation == CONSTITUTION_ART_1


# 中国共产党章程 第七条: 预备期为一年


@pytest.mark.parametrize(
    ("joined", "confirmed", "errors", "warns"),
    [
        (date(2015, 7, 1), date(2016, 7, 1), [], []),
        (date(2015, 7, 1), date(2015, 6, 30), ["转正时间早于入党时间"], []),
        (date(2015, 7, 1), date(2016, 3, 1), ["预备期不足一年"], []),  # was only a warning
        (date(2015, 7, 1), date(2015, 7, 2), ["预备期不足一年"], []),  # one day: was accepted
        (date(2015, 7, 1), None, [], ["正式党员未填转正时间"]),
    ],
)
def test_rule_full_membership_not_before_joining(
    joined: date, confirmed: date | None, errors: list[str], warns: list[str]
) -> None:
    data = member(join_date=joined, full_member_date=confirmed)
    assert reasons(data) == errors
    assert warnings(data) == warns


def test_rule_probationary_member_has_no_full_membership_date() -> None:
    data = member(category=MemberCategory.PROBATIONARY, full_member_date=date(2016, 7, 1))
    assert reasons(data) == ["预备党员不应有转正时间"]


@pytest.mark.parametrize(
    ("category", "joined", "due"),
    [
        (MemberCategory.PROBATIONARY, date(2025, 6, 30), True),  # exactly one year on TODAY
        (MemberCategory.PROBATIONARY, date(2025, 7, 1), False),
        (MemberCategory.PROBATIONARY, date(2024, 1, 1), True),
        (MemberCategory.FULL, date(2024, 1, 1), False),
        (MemberCategory.PROBATIONARY, None, False),
    ],
)
def test_rule_probation_of_one_year_then_due_for_confirmation(
    category: MemberCategory, joined: date | None, due: bool
) -> None:
    assert is_due_for_confirmation(category, joined, TODAY) is due
    assert "预备期为一年" in CONSTITUTION_ART_7


# No date in the future


@pytest.mark.parametrize(
    ("field", "overrides", "reason"),
    [
        ("join_date", {"join_date": date(2026, 7, 1), "full_member_date": None}, "入党时间在未来"),
        ("full_member_date", {"full_member_date": date(2027, 1, 1)}, "转正时间在未来"),
        (
            "birth_date",
            {"id_number": "", "sex": Sex.MALE, "birth_date": date(2027, 1, 1)},
            "出生日期在未来",
        ),
    ],
)
def test_rule_no_date_in_the_future(field: str, overrides: dict[str, object], reason: str) -> None:
    result = check_member(member(**overrides), TODAY)
    assert reason in [f.reason for f in result.errors]
    assert next(f for f in result.errors if f.reason == reason).attribute == field


def test_the_most_fundamental_error_comes_first() -> None:
    data = member(name=" ", join_date=date(2031, 1, 1), full_member_date=date(2008, 1, 1))
    assert reasons(data)[:2] == ["姓名为空", "入党时间在未来"]


def test_required_fields() -> None:
    data = member(name="", id_number="", sex=None, birth_date=None, join_date=None)
    assert reasons(data) == ["姓名为空", "性别为空", "出生日期为空", "入党时间为空"]
    assert "身份号码为空" in warnings(data)


def test_an_unreadable_id_number_is_the_only_complaint_about_what_it_would_have_filled() -> None:
    assert reasons(member(id_number="330726199001011234")) == ["身份号码校验位错误"]


def test_findings_carry_severity_and_field_label() -> None:
    finding = check_member(member(name=""), TODAY).errors[0]
    assert (finding.severity, finding.field_label) == (Severity.ERROR, "姓名")
