"""The one list of a member's fields: what each is called, holds, and where it shows, imports and exports.

Every other list of member fields (the labels, the text rules, the roster's columns and query,
the importer's header words, the workbook's columns, the audit's words, the member dialog's
widgets) is generated from `MEMBER_FIELDS`. Adding a field means a line here, the model's column,
a migration and a widget in forms/member_dialog.ui (named by `widget_names`); tests check that
`MemberData` and `RosterRow` declare the field too and that the dialog has its widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, Sex
from dangwu_desktop.core.idnumber import mask as mask_id_number
from dangwu_desktop.core.text_rules import TextKind


class FieldType(Enum):
    """What a field holds, which decides how it is read from a file, shown and compared."""

    TEXT = "text"  # str; how much it may hold is its TextKind
    DATE = "date"  # date | None
    CHOICE = "choice"  # one of an enum's values
    FLAG = "flag"  # bool, shown 是/否


class Source(Enum):
    """Where a field is kept."""

    COLUMN = "column"  # the member table's column of the same name
    GROUP = "group"  # the name of the member's 党小组 (member.group_id)


def mask_phone(phone: str) -> str:
    """A phone number safe to hand around: 138****1111."""
    digits = phone.strip()
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


Choices = type[StrEnum]  # named outside MemberField, whose own `type` hides the builtin


@dataclass(frozen=True, slots=True)
class MemberField:
    key: str  # the attribute of MemberData, RosterRow and the Member model
    label: str  # the Chinese name in messages, forms and the import wizard
    type: FieldType = FieldType.TEXT
    text_kind: TextKind | None = TextKind.LINE  # for TEXT fields: what the text rule allows
    choices: Choices | None = None  # for CHOICE fields
    # Typed in the member dialog; the others (status, 流动) follow from the recorded movements.
    editable: bool = True
    source: Source = Source.COLUMN
    empty_as_null: bool = False  # stored as NULL when empty (a unique column: many may lack one)
    repeated: bool = False  # villages repeat the value (民族, 学历 …): the roster shares one copy
    synonyms: tuple[str, ...] = ()  # header words villages use for the column; none: not imported
    title: str = ""  # the roster table's column title; the label when empty
    width: int = 80  # the roster table's column width, in pixels
    hidden_by_default: bool = False  # a roster column the user shows from the header's menu
    in_workbook: bool = True  # a column of the exported 花名册 workbook
    workbook_title: str = ""  # its title there (one the importer recognises); `title` when empty
    workbook_width: float = 8  # in characters, as a spreadsheet counts them
    workbook_centred: bool = True
    audit_label: str = ""  # the word the 操作日志 uses; the label when empty
    mask: Callable[[str], str] | None = None  # how a masked export shows it (ID number, phone)

    @property
    def choice_values(self) -> tuple[StrEnum, ...]:
        return tuple(self.choices) if self.choices is not None else ()

    @property
    def column_title(self) -> str:
        return self.title or self.label

    @property
    def export_title(self) -> str:
        return self.workbook_title or self.column_title

    @property
    def logged_as(self) -> str:
        return self.audit_label or self.label


# What the three dates share: a date type, a 96-pixel column, 10.5 characters in the workbook.
_DATE: dict[str, Any] = {
    "type": FieldType.DATE, "text_kind": None, "repeated": True, "width": 96, "workbook_width": 10.5
}  # fmt: skip

# In the roster's column order, which is also the workbook's and the order fields are listed in.
MEMBER_FIELDS: tuple[MemberField, ...] = (
    MemberField(
        "name", "姓名", text_kind=TextKind.NAME, synonyms=("姓名", "党员姓名", "名字"),
    ),
    MemberField(
        "sex", "性别", FieldType.CHOICE, None, Sex, synonyms=("性别",), width=48,
        workbook_width=4.5,
    ),
    MemberField(
        "ethnicity", "民族", repeated=True, synonyms=("民族",), width=64, workbook_width=6
    ),
    MemberField(
        "birth_date", "出生日期", **_DATE,
        synonyms=("出生日期", "出生年月", "出生时间", "出生年月日", "生日"),
    ),
    MemberField(
        "id_number", "公民身份号码", empty_as_null=True, width=168, workbook_width=19.5,
        synonyms=("公民身份号码", "身份证号码", "身份证号", "身份号码", "身份证", "证件号码"),
        mask=mask_id_number,
    ),
    MemberField(
        "native_place", "籍贯", repeated=True, synonyms=("籍贯",), width=90,
        hidden_by_default=True,
    ),
    MemberField("education", "学历", repeated=True, synonyms=("学历", "文化程度", "最高学历")),
    MemberField(
        "join_date", "入党时间", **_DATE,
        synonyms=("入党时间", "入党日期", "入党年月", "加入党组织时间", "加入党组织日期"),
    ),
    MemberField(
        "full_member_date", "转正时间", **_DATE,
        synonyms=("转正时间", "转正日期", "转正年月", "转为正式党员时间", "转为正式党员日期"),
    ),
    MemberField(
        "category", "人员类别", FieldType.CHOICE, None, MemberCategory, width=130,
        synonyms=("人员类别", "党员类别", "党员类型", "类别"), workbook_width=8.5,
    ),
    MemberField(
        "occupation", "工作岗位", repeated=True, width=100, workbook_width=12.5,
        synonyms=("工作岗位", "职业", "岗位", "工作岗位职业", "现职业", "工作单位及职务"),
    ),
    MemberField(
        "phone", "联系电话", width=110, workbook_width=12, mask=mask_phone,
        synonyms=("联系电话", "手机号码", "手机号", "手机", "联系方式", "电话"),
    ),
    MemberField(
        "address", "家庭住址", width=150, hidden_by_default=True, workbook_width=22,
        workbook_centred=False,
        synonyms=("家庭住址", "住址", "现住址", "家庭地址", "居住地址", "现居住地"),
    ),
    MemberField(
        "group_name", "所在党小组", source=Source.GROUP, repeated=True, title="党小组",
        width=96, workbook_width=10, synonyms=("所在党小组", "党小组", "所属党小组"),
    ),
    MemberField("party_post", "党内职务", repeated=True, synonyms=("党内职务",)),
    MemberField(
        "is_mobile", "是否流动党员", FieldType.FLAG, None, editable=False, title="流动党员",
        width=70, workbook_title="是否流动党员", workbook_width=6.5, audit_label="流动党员",
        synonyms=("是否流动党员", "流动党员"),
    ),
    MemberField(
        "mobile_place", "流向", editable=False, repeated=True, width=110,
        hidden_by_default=True, workbook_width=12, workbook_centred=False,
        synonyms=("流向", "流动去向", "外出地点", "流入地", "外出务工地点"),
    ),
    MemberField(
        "status", "党籍状态", FieldType.CHOICE, None, MembershipStatus, editable=False,
        width=72, workbook_width=6.5, synonyms=("党籍状态", "党籍"),
    ),
    MemberField(
        "remarks", "备注", text_kind=TextKind.TEXT, repeated=True, synonyms=("备注",),
        width=150, hidden_by_default=True, workbook_width=12, workbook_centred=False,
    ),
)  # fmt: skip

# What a file may say of a 流动党员's 流出 besides 流向: when they left and the organisation that
# took them in. Not columns of the roster: the import records them as the 流出 movement's date and
# 对方党组织 (the member's mobile_since and mobile_org follow from it), and the roster export writes
# them back as 流出时间 and 接收组织 after 流向, from that movement.
OUTFLOW_FIELDS: tuple[MemberField, ...] = (
    MemberField(
        "mobile_since", "流出时间", **_DATE, editable=False, in_workbook=False,
        synonyms=("流出时间", "流出日期", "外出时间", "外出日期", "流出年月"),
    ),
    MemberField(
        "mobile_org", "流入地党组织", editable=False, in_workbook=False,
        synonyms=("流入地党组织", "流入党组织", "接收组织", "流入地党组织名称", "接收党组织"),
    ),
)  # fmt: skip
# What a file may say of a 党籍状态 other than 在册: when it came about and, for a 转出, where the
# member went; and of a member 在册 who came from another branch, when (转入时间) and from where. Not columns of the roster either: the import records them as the date and 对方党组织
# of the movement that brings the status about (转出, 去世, 出党, 停止党籍), where it used to record
# today and "原表未注明". 党籍变动时间 stands for any status's date where the file has no column
# of the status's own.
STATUS_FIELDS: tuple[MemberField, ...] = (
    MemberField(
        "transfer_out_date", "转出时间", **_DATE, editable=False, in_workbook=False,
        synonyms=("转出时间", "转出日期", "转出年月", "组织关系转出时间", "组织关系转出日期"),
    ),
    MemberField(
        "transfer_out_org", "转往单位", editable=False, in_workbook=False,
        synonyms=("转往单位", "转出去向", "转往党组织", "转入单位", "转出至", "转往何处"),
    ),
    MemberField(
        "transfer_in_date", "转入时间", **_DATE, editable=False, in_workbook=False,
        synonyms=("转入时间", "转入日期", "组织关系转入时间", "组织关系转入日期", "转入年月"),
    ),
    MemberField(
        "transfer_in_org", "原所在党组织", editable=False, in_workbook=False,
        synonyms=("原所在党组织", "转入前所在党组织", "原党组织", "转出单位", "原所在单位党组织"),
    ),
    MemberField(
        "death_date", "去世时间", **_DATE, editable=False, in_workbook=False,
        synonyms=("去世时间", "去世日期", "死亡时间", "死亡日期", "逝世时间", "逝世日期"),
    ),
    MemberField(
        "status_date", "党籍变动时间", **_DATE, editable=False, in_workbook=False,
        synonyms=("党籍变动时间", "党籍变动日期", "出党时间", "除名时间", "停止党籍时间"),
    ),
)  # fmt: skip
# Every field a roster file may carry: the roster's, then the 流出's, then the statuses'.
IMPORT_FIELDS: tuple[MemberField, ...] = (*MEMBER_FIELDS, *OUTFLOW_FIELDS, *STATUS_FIELDS)

FIELDS_BY_KEY: dict[str, MemberField] = {f.key: f for f in IMPORT_FIELDS}


def editable_fields(
    fields: tuple[MemberField, ...] = MEMBER_FIELDS,
) -> tuple[MemberField, ...]:
    """The fields a user, a file or a script supplies (MemberData's fields)."""
    return tuple(f for f in fields if f.editable)


def field_labels(fields: tuple[MemberField, ...] = MEMBER_FIELDS) -> dict[str, str]:
    """The Chinese name of each editable field, in the registry's order."""
    return {f.key: f.label for f in editable_fields(fields)}


def audit_labels(fields: tuple[MemberField, ...] = MEMBER_FIELDS) -> dict[str, str]:
    """The word the 操作日志 uses for each field a member row holds."""
    return {f.key: f.logged_as for f in fields}


def text_kinds(fields: tuple[MemberField, ...] = MEMBER_FIELDS) -> dict[str, TextKind]:
    """How much each editable text field may hold (core.text_rules)."""
    return {f.key: f.text_kind for f in editable_fields(fields) if f.text_kind is not None}


def keys_of_type(
    kind: FieldType, fields: tuple[MemberField, ...] = MEMBER_FIELDS
) -> tuple[str, ...]:
    """The editable fields of one type, e.g. the dates the rules check against today."""
    return tuple(f.key for f in editable_fields(fields) if f.type is kind)


def import_synonyms(fields: tuple[MemberField, ...] = MEMBER_FIELDS) -> dict[str, tuple[str, ...]]:
    """The header words that name each field a roster file may carry."""
    return {f.key: f.synonyms for f in fields if f.synonyms}


def import_labels(fields: tuple[MemberField, ...] = MEMBER_FIELDS) -> dict[str, str]:
    """The fields a roster file may carry, as the import wizard lists them: editable ones first."""
    imported = [f for f in fields if f.synonyms]
    return {f.key: f.label for f in sorted(imported, key=lambda f: not f.editable)}


def widget_names(key: str) -> tuple[str, str]:
    """The objectName the member dialog's widget for a field has: camelCase key + Edit or Combo
    (full_member_date → fullMemberDateEdit or fullMemberDateCombo)."""
    first, *rest = key.split("_")
    stem = first + "".join(word.capitalize() for word in rest)
    return f"{stem}Edit", f"{stem}Combo"
