"""What a user, a file or a script supplies for one member: the input the roster rules judge."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from dangwu_desktop.core.glossary import MemberCategory, Sex

FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "sex": "性别",
    "ethnicity": "民族",
    "birth_date": "出生日期",
    "id_number": "公民身份号码",
    "native_place": "籍贯",
    "education": "学历",
    "join_date": "入党时间",
    "full_member_date": "转正时间",
    "category": "人员类别",
    "occupation": "工作岗位",
    "phone": "联系电话",
    "address": "家庭住址",
    "group_name": "所在党小组",
    "party_post": "党内职务",
    "remarks": "备注",
}


@dataclass(slots=True)
class MemberData:
    """The editable fields of a roster row; text fields are stripped by `cleaned()`."""

    name: str = ""
    sex: Sex | None = None
    ethnicity: str = "汉族"
    birth_date: date | None = None
    id_number: str = ""
    native_place: str = ""
    education: str = ""
    join_date: date | None = None
    full_member_date: date | None = None
    category: MemberCategory = MemberCategory.FULL
    occupation: str = ""
    phone: str = ""
    address: str = ""
    group_name: str = ""
    party_post: str = ""
    remarks: str = field(default="")

    def cleaned(self) -> MemberData:
        """A copy with surrounding white space removed from every text field."""
        # `type(...) is str`, not isinstance: the enum fields are str too and must stay enums.
        values: dict[str, Any] = {
            name: (value.strip() if type(value := getattr(self, name)) is str else value)
            for name in _FIELD_NAMES
        }
        return MemberData(**values)


_FIELD_NAMES = tuple(f.name for f in fields(MemberData))
