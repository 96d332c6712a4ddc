"""The rule book: every rule the records are judged by, each with an id, its wording and where it is
written down, and the pure arithmetic of each. It never sees a database session; the record checks
(core.rules, core.activity_rules, core.schedule), the services and the dialogs' previews all take
their rules from here, so that a dialog says what the service refuses with.

Citations name an article only where one was checked; otherwise they name the document and its
chapter, or say that the figure is a local rule (地方规定) the branch sets in 设置.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from dangwu_desktop.core.dates import add_years, age_on
from dangwu_desktop.core.glossary import ActivityKind, MemberCategory
from dangwu_desktop.core.periods import Period

REGULATIONS = "《中国共产党支部工作条例（试行）》第十九至二十二条"
CONSTITUTION_ART_1 = "《中国共产党章程》第一条：年满十八岁的中国工人、农民……可以申请加入中国共产党"
CONSTITUTION_ART_7 = "《中国共产党章程》第七条：预备党员的预备期为一年"
DEVELOPMENT_RULES = "《中国共产党发展党员工作细则》（2014）"
ID_NUMBER_STANDARD = "《公民身份号码》GB 11643-1999"
GRADE_CITATION = f"{REGULATIONS}：民主评议党员一般每年开展1次，评议等次为优秀、合格、基本合格、不合格，优秀一般不超过参评党员的三分之一"
QUORUM_CITATION = f"{REGULATIONS}：党员大会作出决定，须经应到会有表决权的正式党员半数以上同意"
COMMITTEE_CITATION = f"{REGULATIONS}：党支部委员会会议须有半数以上委员到会方能召开"
TRAINING_CITATION = (
    "《2019—2023年全国党员教育培训工作规划》：党员每年集中学习培训时间一般不少于32学时，"
    "党支部书记和委员每年不少于56学时"
)
LOCAL_RULE = "地方规定"

PROBATION_YEARS = 1
MINIMUM_JOINING_AGE = 18
MAXIMUM_DAILY_HOURS = 24


class Severity(StrEnum):
    ERROR = "错误"
    WARNING = "提示"


@dataclass(frozen=True, slots=True)
class Finding:
    """One judgement on a record: `reason` names the fault (short, stable), `detail` explains;
    `rule` is the id of the rule book's rule it applies, where it applies one."""

    attribute: str
    reason: str
    severity: Severity
    detail: str = ""
    citation: str = ""
    label: str = ""  # the field's Chinese name where it is not a roster field
    rule: str = ""

    @property
    def field_label(self) -> str:
        # Imported here: the member fields name the ID-number rules, which name this book.
        from dangwu_desktop.core.member_data import FIELD_LABELS

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
class Rule:
    id: str  # stable, English: "member.full_after_one_year"
    wording: str  # the rule as a secretary reads it
    citation: str  # where it is written down

    def finding(
        self,
        attribute: str,
        reason: str,
        severity: Severity,
        detail: str = "",
        label: str = "",
    ) -> Finding:
        return Finding(attribute, reason, severity, detail, self.citation, label, self.id)


# 党员 (DOMAIN.md §2)
JOINING_AGE = Rule("member.joining_age", "年满十八岁方可入党", CONSTITUTION_ART_1)
FULL_NOT_BEFORE_JOINING = Rule(
    "member.full_not_before_joining", "转正时间不能早于入党时间", CONSTITUTION_ART_7
)
FULL_AFTER_ONE_YEAR = Rule(
    "member.full_after_one_year", "预备党员的预备期为一年，期满方可转正", CONSTITUTION_ART_7
)
ID_NUMBER = Rule(
    "member.id_number", "公民身份号码须为有效的18位号码（或可转换的15位旧号码）", ID_NUMBER_STANDARD
)

# 组织生活 (DOMAIN.md §3)
GENERAL_MEETING_QUORUM = Rule(
    "meeting.general_quorum",
    "党员大会作出决定，须经应到会有表决权的正式党员半数以上同意",
    QUORUM_CITATION,
)
COMMITTEE_QUORUM = Rule(
    "meeting.committee_quorum", "党支部委员会会议须有半数以上委员到会方能召开", COMMITTEE_CITATION
)
LATE_ENTRY = Rule(
    "meeting.late_entry",
    "会后超过设定天数才录入的记录为补录，显示录入日期",
    f"{LOCAL_RULE}：补录的天数在“设置”中填写",
)

# 民主评议, 学习培训
EXCELLENT_AT_MOST_A_THIRD = Rule(
    "appraisal.excellent_at_most_a_third", "优秀一般不超过参评党员的三分之一", GRADE_CITATION
)
YEARLY_TRAINING_HOURS = Rule(
    "training.yearly_hours",
    "党员每年集中学习培训时间一般不少于32学时，党支部书记和委员每年不少于56学时",
    TRAINING_CITATION,
)
STUDY_HOURS_RECORDED = Rule("training.hours_recorded", "学习培训记录须填写学时", TRAINING_CITATION)

# 三会一课的频次 (DOMAIN.md §3): the 党课's period is a local setting, the 条例 says only “按期”.
FREQUENCY_WORDING: dict[ActivityKind, str] = {
    ActivityKind.BRANCH_GENERAL: "党员大会一般每季度召开1次",
    ActivityKind.COMMITTEE: "党支部委员会会议一般每月召开1次",
    ActivityKind.GROUP: "党小组会一般每月召开1次",
    ActivityKind.THEME_DAY: "每月相对固定1天开展主题党日",
    ActivityKind.LIFE_MEETING: "组织生活会一般每年召开1次",
    ActivityKind.APPRAISAL: "民主评议党员一般每年开展1次",
    ActivityKind.TALK: "党支部委员之间、委员和党员之间每年谈心谈话一般不少于1次",
}


def frequency(kind: ActivityKind, lecture_period: Period = Period.QUARTER) -> Rule:
    """How often a kind of organisational life must be held."""
    wording = (
        f"党课应当按期进行（本地规定：{lecture_period.value}至少1次）；党支部书记每年至少讲1次党课"
        if kind is ActivityKind.LECTURE
        else FREQUENCY_WORDING[kind]
    )
    return Rule(f"meeting.frequency.{kind.name.lower()}", wording, f"{REGULATIONS}：{wording}")


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        JOINING_AGE,
        FULL_NOT_BEFORE_JOINING,
        FULL_AFTER_ONE_YEAR,
        ID_NUMBER,
        GENERAL_MEETING_QUORUM,
        COMMITTEE_QUORUM,
        LATE_ENTRY,
        EXCELLENT_AT_MOST_A_THIRD,
        YEARLY_TRAINING_HOURS,
        STUDY_HOURS_RECORDED,
        *(frequency(kind) for kind in (*FREQUENCY_WORDING, ActivityKind.LECTURE)),
    )
}


# 党员


def joining_age(birth_date: date | None, join_date: date | None) -> list[Finding]:
    if not (birth_date and join_date):
        return []
    age = age_on(birth_date, join_date)
    if age >= MINIMUM_JOINING_AGE:
        return []
    return [
        JOINING_AGE.finding("join_date", "入党时未满18周岁", Severity.ERROR, f"入党时{age}周岁")
    ]


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


def full_membership(
    join_date: date | None, full_date: date, *, short: Severity = Severity.ERROR
) -> list[Finding]:
    """转正 on `full_date`: not before joining, and not before the year of probation is over.

    A 转正 being registered is refused when the year is short; a roster row that says so already
    may pass with `short` as a WARNING (the paper file may say why)."""
    if join_date is None:
        return []
    if full_date < join_date:
        return [
            FULL_NOT_BEFORE_JOINING.finding(
                "full_member_date", "转正时间早于入党时间", Severity.ERROR
            )
        ]
    if full_date < confirmation_due_date(join_date):
        return [
            FULL_AFTER_ONE_YEAR.finding(
                "full_member_date",
                "预备期不足一年",
                short,
                f"入党{join_date:%Y-%m-%d}，转正{full_date:%Y-%m-%d}",
            )
        ]
    return []


# 组织生活


def general_meeting_quorum(voters: int, present: int) -> list[Finding]:
    """A 支部党员大会 decides only with more than half of its 正式党员 present."""
    if not voters or present * 2 > voters:
        return []
    return [
        GENERAL_MEETING_QUORUM.finding(
            "attendance",
            "到会正式党员未过半数，不能作出有效决定",
            Severity.WARNING,
            f"应到正式党员{voters}人，实到{present}人",
            "出席情况",
        )
    ]


def committee_quorum(expected: int, present: int) -> list[Finding]:
    if not expected or present * 2 >= expected:
        return []
    return [
        COMMITTEE_QUORUM.finding(
            "attendance",
            "到会委员不足半数",
            Severity.WARNING,
            f"应到{expected}人，实到{present}人",
            "出席情况",
        )
    ]


def days_after(meeting: date, entered: datetime) -> int:
    return (entered.date() - meeting).days


def is_late_entry(meeting: date, entered: datetime, limit_days: int) -> bool:
    """补录: entered more than `limit_days` (a setting) after the meeting."""
    return days_after(meeting, entered) > limit_days


def entry_note(meeting: date, entered: datetime | None, limit_days: int) -> str:
    """What a record says about when it was entered: a 补录 names itself and the rule."""
    if entered is None:
        return "录入时间："
    when = f"{entered:%Y-%m-%d %H:%M}"
    if not is_late_entry(meeting, entered, limit_days):
        return f"录入时间：{when}"
    return (
        f"补录：本记录于{when}录入（会后{days_after(meeting, entered)}天；"
        f"会后超过{limit_days}天录入的记录为补录）"
    )


# 民主评议


def excellent_allowed(participants: int) -> int:
    """How many of `participants` may be graded 优秀."""
    return participants // 3


def excellent_share(excellent: int, participants: int) -> list[Finding]:
    if excellent <= excellent_allowed(participants):
        return []
    return [
        EXCELLENT_AT_MOST_A_THIRD.finding(
            "grade",
            f"评为优秀的{excellent}人，超过参评{participants}人的三分之一",
            Severity.ERROR,
            label="评议等次",
        )
    ]


def excellent_preview(participants: int) -> str:
    """The 1/3 rule as the appraisal dialog shows it while grades are chosen."""
    if not participants:
        return f"{EXCELLENT_AT_MOST_A_THIRD.wording}（按评定的人数计算）。"
    allowed = excellent_allowed(participants)
    return f"{EXCELLENT_AT_MOST_A_THIRD.wording}（参评{participants}人，现可评{allowed}人）。"
