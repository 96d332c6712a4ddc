"""Settings kept with the data: where a province sets a stricter figure than the national rule."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.models import Setting
from dangwu_desktop.core.periods import Period as Period  # where the setting's choices come from
from dangwu_desktop.core.services import ServiceError


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    label: str
    default: str
    choices: tuple[str, ...] = ()
    note: str = ""
    unit: str = ""  # a whole number's unit, as the 设置 page shows it after the number
    maximum: int = 200  # a whole number's largest value (the smallest is 1)

    @property
    def yes_or_no(self) -> bool:
        return self.choices == YES_NO

    def __post_init__(self) -> None:
        REGISTERED[self.key] = self  # so the 操作日志 can name any setting, wherever it is declared


REGISTERED: dict[str, SettingSpec] = {}
YES_NO = ("是", "否")


LECTURE_PERIOD = SettingSpec(
    "rules/lecture_period",
    "党课频次",
    Period.QUARTER.value,
    (Period.QUARTER.value, Period.HALF_YEAR.value),
    "《支部工作条例》只要求“按期”上党课；各地多为每季度1次，也有每半年1次",
)
LATE_ENTRY_DAYS = SettingSpec(
    "records/late_entry_days", "会后几天以上录入算补录", "3", note="补录的记录会显示录入日期",
    unit="天", maximum=60,
)  # fmt: skip
ATTACHMENT_LIMIT_MB = SettingSpec(
    "records/attachment_limit_mb", "单个附件大小上限", "20", unit="MB"
)
DAILY_HOURS = SettingSpec(
    "training/daily_hours", "每人每天最多计入学时", "8", unit="学时", maximum=24,
    note="地方规定：一天的学习按实际学时登记，超过此数多半是录入错误；多天的培训请按天分别记录",
)  # fmt: skip
MASK_EXPORTS = SettingSpec(
    "privacy/mask_exports", "导出花名册时隐去身份号码和电话的中间几位", "否", YES_NO,
    "打开后导出的花名册可放心转交他人，但不能再导入",
)  # fmt: skip


def masking_exports(session: Session) -> bool:
    return get_setting(session, MASK_EXPORTS) == "是"


def get_setting(session: Session, spec: SettingSpec) -> str:
    stored = session.get(Setting, spec.key)
    return stored.value if stored is not None else spec.default


def get_int(session: Session, spec: SettingSpec) -> int:
    return int(get_setting(session, spec))


def set_settings(session: Session, values: Iterable[tuple[SettingSpec, str]]) -> None:
    """Store several settings in one operation; the first refused value refuses them all."""
    for spec, value in values:
        set_setting(session, spec, value)


def set_setting(session: Session, spec: SettingSpec, value: str) -> None:
    value = value.strip()
    if spec.choices and value not in spec.choices:
        raise ServiceError(f"“{spec.label}”只能是：{'、'.join(spec.choices)}")
    # isascii: "²" and "٣" are digits to isdigit() but not to int(); 6 digits are plenty.
    if not spec.choices and not (value.isascii() and value.isdigit() and len(value) <= 6):
        raise ServiceError(f"“{spec.label}”应为正整数")
    stored = session.get(Setting, spec.key)
    if stored is None:
        session.add(Setting(key=spec.key, value=value))
        audit.record(session, "设置", "新增", spec.label, f"内容：{value}")
    elif stored.value != value:
        audit.record(session, "设置", "修改", spec.label, f"内容：{stored.value} → {value}")
        stored.value = value
    session.flush()
