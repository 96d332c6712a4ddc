"""What a user, a file or a script supplies for one member: the input the roster rules judge."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import Any

from dangwu_desktop.core.glossary import MemberCategory, Sex
from dangwu_desktop.core.member_fields import field_labels

# The Chinese name of each field, as messages and forms say it (core.member_fields has them all).
FIELD_LABELS: dict[str, str] = field_labels()


@dataclass(slots=True)
class MemberData:
    """The editable fields of a roster row; text fields are stripped by `cleaned()`.

    Declared here for the type checker, one attribute per editable field of the registry in its
    order (a test holds them together); the default is what an empty cell or box means."""

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
        values: list[Any] = [v.strip() if type(v) is str else v for v in _field_values(self)]
        return MemberData(*values)


_FIELD_NAMES = tuple(f.name for f in fields(MemberData))
# Every field's value at once, in the declared order (the constructor's): taken for each row an
# import checks, so looked up once here rather than field by field.
_field_values = attrgetter(*_FIELD_NAMES)
