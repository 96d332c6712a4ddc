"""The 依据 list: every rule the program applies, read from the rule book with the branch's own
settings, so that what the command line (and a 依据 page) shows cannot drift from what is checked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.rulebook import RULES, Rule, frequency

# Imported for the settings they declare: a rule names its setting by key, and these modules
# register the specs that give the key its label and default.
from dangwu_desktop.core.services import training as _training  # noqa: F401
from dangwu_desktop.core.services.settings import (
    LECTURE_PERIOD,
    REGISTERED,
    Period,
    SettingSpec,
    get_setting,
)

COLUMNS = ("规则", "数字", "依据", "用于")  # the 依据 list's columns, in the window and on paper


@dataclass(frozen=True, slots=True)
class RuleEntry:
    rule: Rule
    setting: (
        SettingSpec | None
    )  # the 设置 that holds the rule's figure, if the branch may change it
    value: str = ""  # the setting's value in this database (its default until changed)

    @property
    def setting_text(self) -> str:
        """现为40学时（默认32学时，可在“设置”中修改）; empty for a rule without a setting."""
        if self.setting is None:
            return ""
        unit = self.setting.unit
        return f"现为{self.value}{unit}（默认{self.setting.default}{unit}，可在“设置”中修改）"

    @property
    def figure_text(self) -> str:
        """The figure the rule checks, as the 依据 list shows it: the setting's, where it has one."""
        if self.setting is not None:
            return f"{self.setting.label}：{self.setting_text}"
        return self.rule.figure

    @property
    def cells(self) -> tuple[str, str, str, str]:
        """The entry as the 依据 list shows it, in the order of COLUMNS."""
        rule = self.rule
        return (
            rule.wording,
            self.figure_text,
            f"{rule.citation}（{rule.source.value}）",
            rule.used_in,
        )

    @property
    def lines(self) -> list[str]:
        """The entry as the command line prints it: the id and wording, then one line each."""
        rule = self.rule
        lines = [f"{rule.id}\t{rule.wording}"]
        if rule.figure and self.setting is None:
            lines.append(f"  数字：{rule.figure}")
        if self.setting is not None:
            lines.append(f"  设置：“{self.setting.label}”{self.setting_text}")
        lines.append(f"  依据：{rule.citation}")
        lines.append(f"  来源：{rule.source.value}")
        if rule.used_in:
            lines.append(f"  用于：{rule.used_in}")
        return lines


def setting_spec(rule: Rule) -> SettingSpec | None:
    """The setting a rule names, if it names one (a test keeps every key registered)."""
    return REGISTERED.get(rule.setting) if rule.setting else None


def rule_book(session: Session) -> list[RuleEntry]:
    """Every rule of the rule book, in its order, with the current value of its setting; the 党课
    rule is worded with the branch's own 党课 period."""
    from dangwu_desktop.ledgers import ledger_rules

    entries = []
    for rule in (*RULES.values(), *ledger_rules()):
        shown = rule
        if rule.id == frequency(ActivityKind.LECTURE).id:
            shown = frequency(ActivityKind.LECTURE, Period(get_setting(session, LECTURE_PERIOD)))
        spec = setting_spec(shown)
        value = get_setting(session, spec) if spec is not None else ""
        entries.append(RuleEntry(shown, spec, value))
    return entries
