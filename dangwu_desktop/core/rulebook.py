"""The rule book: every rule the records are judged by, each with an id, its wording and where it is
written down, and the pure arithmetic of each. It never sees a database session; the record checks
(core.rules, core.activity_rules, core.schedule), the services and the dialogs' previews all take
their rules from here, so that a dialog says what the service refuses with.

Citations name an article only where one was checked; otherwise they name the document and its
chapter, or say that the figure is a local rule (地方规定) the branch sets in 设置.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from dangwu_desktop.core.dates import add_months, add_years, age_on
from dangwu_desktop.core.glossary import ActivityKind, CommitteePost, MemberCategory
from dangwu_desktop.core.periods import Period

# The documents cited. An article is named only where its text was read (DOMAIN.md §1, §3, §4);
# otherwise the document and its chapter, or 中组部有关规定 / 地方规定 with no article at all.
BRANCH_REGULATIONS = "《中国共产党支部工作条例（试行）》"
CONSTITUTION = "《中国共产党章程》"
ELECTION_REGULATIONS = "《中国共产党基层组织选举工作条例》"
EDUCATION_REGULATIONS = "《中国共产党党员教育管理工作条例》"
TRAINING_PLAN = "《全国党员教育培训工作规划》"
DEVELOPMENT_RULES = "《中国共产党发展党员工作细则》（2014）"
ID_NUMBER_STANDARD = "《公民身份号码》GB 11643-1999"
GUIDANCE = "中组部有关规定"
LOCAL_RULE = "地方规定"

CONSTITUTION_ART_1 = f"{CONSTITUTION}第一条：年满十八岁的中国工人、农民……可以申请加入中国共产党"
CONSTITUTION_ART_7 = f"{CONSTITUTION}第七条：预备党员的预备期为一年"
DEVELOPMENT_ART_32 = (
    f"{DEVELOPMENT_RULES}第三十二条：预备党员预备期满，党支部应当及时讨论其能否转为正式党员。"
    "认真履行党员义务、具备党员条件的，应当按期转为正式党员；需要继续考察和教育的，可以延长一次"
    "预备期，延长时间不能少于半年，最长不超过一年；不履行党员义务、不具备党员条件的，应当取消其"
    "预备党员资格"
)

PROBATION_YEARS = 1
EXTENSION_MONTHS = (6, 12)  # 延长预备期: at least half a year, at most a year, once
# 及时讨论 has no figure in the rules: a 转正 whose meeting came more than this long after the
# probation ended is pointed out (the program's own threshold, not a rule's).
LATE_DECISION_MONTHS = 3
FULL_MEMBERS_FOR_COMMITTEE = 7
COMMITTEE_USUAL_SEATS = (3, 5)
COMMITTEE_MAX_SEATS = 7
BRANCH_SIZE_LIMIT = 50
VILLAGE_TERM_YEARS = 5
TERM_TOLERANCE_DAYS = 31
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


class Source(StrEnum):
    """Where a rule comes from; only a 党内法规, a 中组部 document whose article was read, or a
    standard is cited by article."""

    REGULATION = "党内法规条文"
    CIRCULAR = "中组部文件"  # a document of the 中央组织部 (the 2008 党费 rules)
    STANDARD = "国家标准"
    PLAN = "全国规划"  # a plan issued for some years, whose figures a province may replace
    GUIDANCE = "中组部有关规定"
    LOCAL = "地方规定"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str  # stable, English: "member.full_after_one_year"
    wording: str  # the rule as a secretary reads it
    citation: str  # where it is written down
    source: Source = Source.REGULATION
    figure: str = ""  # the figure it checks, as the 依据 list shows it
    setting: str = ""  # the key of the 设置 that holds the figure, where the branch may change it
    used_in: str = ""  # where the program applies it

    def finding(
        self,
        attribute: str,
        reason: str,
        severity: Severity,
        detail: str = "",
        label: str = "",
    ) -> Finding:
        return Finding(attribute, reason, severity, detail, self.citation, label, self.id)


def _branch(article: str, text: str) -> str:
    return f"{BRANCH_REGULATIONS}{article}：{text}"


ROSTER_CHECKS = "新增、修改党员，导入花名册"
MEETING_RECORD = "组织生活记录保存前的检查"
SCHEDULE = "组织生活“年度完成情况”、首页提醒、季度计划、工作报告"

# 党员 (DOMAIN.md §2)
JOINING_AGE = Rule(
    "member.joining_age", "年满十八岁方可入党", CONSTITUTION_ART_1,
    figure="18周岁", used_in=ROSTER_CHECKS,
)  # fmt: skip
FULL_NOT_BEFORE_JOINING = Rule(
    "member.full_not_before_joining", "转正时间不能早于入党时间", CONSTITUTION_ART_7,
    used_in=f"{ROSTER_CHECKS}，登记转正",
)  # fmt: skip
FULL_AFTER_ONE_YEAR = Rule(
    "member.full_after_one_year", "预备党员的预备期为一年，期满方可转正", CONSTITUTION_ART_7,
    figure="1年", used_in=f"{ROSTER_CHECKS}，登记转正，花名册“待转正”和首页提醒",
)  # fmt: skip
PROBATION_DECISION = Rule(
    "member.probation_decision",
    "预备党员转正、延长预备期或取消预备党员资格，都须经支部党员大会讨论通过",
    f"{CONSTITUTION}第七条：预备党员转为正式党员，或延长预备期，或取消预备党员资格，"
    "都应当经支部大会讨论通过和上级党组织批准",
    figure="支部党员大会的日期", used_in="登记转正、延长预备期、取消预备党员资格",
)  # fmt: skip
PROBATION_EXTENSION = Rule(
    "member.probation_extension",
    "需要继续考察和教育的，可以延长一次预备期，延长时间不能少于半年，最长不超过一年",
    DEVELOPMENT_ART_32,
    figure="1次，6至12个月", used_in="登记延长预备期，花名册“待转正”和首页提醒",
)  # fmt: skip
CONFIRMATION_ON_TIME = Rule(
    "member.confirmation_on_time",
    "预备期满，党支部应当及时讨论其能否转为正式党员",
    DEVELOPMENT_ART_32,
    figure=f"期满{LATE_DECISION_MONTHS}个月后才讨论的提示（程序的提示界限）",
    used_in="登记转正",
)  # fmt: skip
STANDING = Rule(
    "member.standing", "党龄从预备期满转为正式党员之日算起",
    f"{CONSTITUTION}第七条：党员的党龄，从预备期满转为正式党员之日算起",
    used_in="花名册统计（按党龄）",
)  # fmt: skip
ID_NUMBER = Rule(
    "member.id_number", "公民身份号码须为有效的18位号码（或可转换的15位旧号码）",
    ID_NUMBER_STANDARD, Source.STANDARD, "18位，末位校验码", used_in=ROSTER_CHECKS,
)  # fmt: skip
# What the number says is the record: a 性别 or 出生日期 that disagrees with it is a slip somewhere.
# The dialog shows it as a 提示 (the secretary is looking at the person's card); an imported file
# is refused with it, as nobody looks at 20,000 rows one by one.
ID_AGREEMENT = Rule(
    "member.id_agreement", "填写的性别、出生日期须与公民身份号码一致",
    f"{ID_NUMBER_STANDARD}：第7至14位为出生日期，第17位奇数为男性、偶数为女性",
    Source.STANDARD, "第17位的奇偶，第7至14位",
    used_in="新增、修改党员（提示），导入花名册（错误）",
)  # fmt: skip
# The 全国党员管理信息系统 keys every member by the number, so a roster sent upward needs it.
ID_REQUIRED = Rule(
    "member.id_required", "上报的党员花名册须登记每名党员的公民身份号码",
    f"{GUIDANCE}（全国党员管理信息系统以公民身份号码登记党员）", Source.GUIDANCE,
    used_in="新增、修改党员（提示），导入花名册（错误）",
)  # fmt: skip
# Findings the importer refuses a row with although the dialog only points them out.
IMPORT_REFUSES = frozenset({ID_AGREEMENT.id, ID_REQUIRED.id})
INACTIVITY = Rule(
    "member.inactivity",
    "党员没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，"
    "就被认为是自行脱党",
    f"{CONSTITUTION}第九条：党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，"
    "或不做党所分配的工作，就被认为是自行脱党",
    figure="连续6个月", used_in="首页提醒（长期未参加组织生活）",
)  # fmt: skip

# 支部和支部委员会 (DOMAIN.md §1, §10): the committee articles are cited by their chapter.
BRANCH_SIZE = Rule(
    "branch.size", "党支部党员人数一般不超过50人",
    _branch("第四条", "党支部党员人数一般不超过50人"),
    figure="50人", used_in="支部基本信息（党员人数的提示）",
)  # fmt: skip
COMMITTEE_SEATS = Rule(
    "branch.committee_seats",
    "有正式党员7人以上的党支部设立支部委员会，由3至5人组成，一般不超过7人；"
    "必要时可以设1名副书记",
    f"{BRANCH_REGULATIONS}第六章 党支部委员会建设：有正式党员7人以上的党支部，应当设立党支部委员会。"
    "党支部委员会由3至5人组成，一般不超过7人。党支部委员会设书记和组织委员、宣传委员、纪检委员等，"
    "必要时可以设1名副书记",
    figure="3至5人，不超过7人", used_in="支部基本信息（委员会人数）",
)  # fmt: skip
SECRETARY_ONLY = Rule(
    "branch.secretary_only",
    "正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记，不设支部委员会",
    f"{BRANCH_REGULATIONS}第六章 党支部委员会建设：正式党员不足7人的党支部，设1名书记，"
    "必要时可以设1名副书记",
    figure="正式党员7人", used_in="支部基本信息（委员会人数）",
)  # fmt: skip
SEAT_FULL_MEMBER = Rule(
    "branch.seat_full_member",
    "预备党员没有被选举权，不能担任支部书记、副书记或委员",
    f"{CONSTITUTION}第七条：预备党员的权利，除了没有表决权、选举权和被选举权以外，"
    "也同正式党员一样",
    used_in="支部基本信息（委员会名单）",
)  # fmt: skip
COMMITTEE_TERM = Rule(
    "branch.term", "村党支部委员会每届任期5年",
    f"{BRANCH_REGULATIONS}第六章 党支部委员会建设：村、社区党支部委员会每届任期5年",
    figure="5年", used_in="支部基本信息（任期届满日期）",
)  # fmt: skip
ELECTION_DUE = Rule(
    "branch.election_due",
    "任期届满应当按期换届；延期或者提前须报上级党组织批准，一般不超过1年",
    f"{ELECTION_REGULATIONS}第三条：党的基层组织设立的委员会任期届满应当按期进行换届选举。"
    "如需延期或者提前进行换届选举，应当报上级党组织批准。延长或者提前期限一般不超过1年",
    figure="届满前6个月、3个月提醒；延期或提前不超过12个月", used_in="首页提醒（换届），换届延期或提前",
)  # fmt: skip

# 组织生活 (DOMAIN.md §3). Both articles say “半数以上”; for the 党员大会 the 发展党员工作细则 spells
# it out as “超过……半数”, and the 支委会 is read the same way: one reading of the same words.
GENERAL_MEETING_QUORUM = Rule(
    "meeting.general_quorum",
    "党员大会表决须有超过半数的有表决权的党员到会，赞成人数超过应到会有表决权的党员的半数为通过",
    _branch(
        "第十一条",
        "表决必须有半数以上有表决权的党员到会方可进行，赞成人数超过应到会有表决权的党员的半数为通过",
    )
    + f"；{DEVELOPMENT_RULES}第二十条：召开讨论接收预备党员的支部大会，"
    "有表决权的到会人数必须超过应到会有表决权人数的半数",
    figure="到会超过半数，赞成超过半数", used_in=MEETING_RECORD,
)  # fmt: skip
TOPIC_VOTE = Rule(
    "meeting.topic_vote",
    "党员大会对议题进行表决的，记录应到和实到有表决权的党员人数及同意、反对、弃权票数；"
    "到会超过半数方可表决，赞成超过应到会有表决权的党员的半数为通过",
    GENERAL_MEETING_QUORUM.citation,
    figure="到会超过半数，赞成超过半数", used_in=f"{MEETING_RECORD}，打印的会议记录",
)  # fmt: skip
COMMITTEE_QUORUM = Rule(
    "meeting.committee_quorum", "党支部委员会会议须有超过半数的委员到会方可进行",
    _branch("第十二条", "党支部委员会会议须有半数以上委员到会方可进行"),
    figure="超过半数", used_in=MEETING_RECORD,
)  # fmt: skip
EXCUSED_FROM_COUNT = Rule(
    "meeting.excused_from_count",
    "长期外出未转组织关系、卧床不起、服刑等不能到会的党员，经支部决定可不计入应到会人数",
    f"{GUIDANCE}：可不计算在应到会人数内的情形，须经党组织决定",
    Source.GUIDANCE, "须有决定及其日期", used_in=f"{MEETING_RECORD}，党员大会的应到人数",
)  # fmt: skip
NO_VOTE_ON_PROBATION = Rule(
    "meeting.no_vote_on_probation", "受留党察看处分的党员在察看期间没有表决权",
    f"{ELECTION_REGULATIONS}第五条：受留党察看处分的党员在留党察看期间没有表决权、选举权和被选举权",
    used_in=f"{MEETING_RECORD}，党员大会有表决权的人数",
)  # fmt: skip
PEOPLE_PRESENT = Rule(
    "meeting.people_present",
    "主持人、记录人、主讲人须在出席人员之中，不能同时记为缺席",
    f"{LOCAL_RULE}：会议记录应如实记载出席情况",
    Source.LOCAL, used_in=MEETING_RECORD,
)  # fmt: skip
MINUTES_OWN = Rule(
    "meeting.minutes_own",
    "会议记录应记录本次会议的发言和讨论，不应照抄其他会议的记录",
    f"{LOCAL_RULE}：会议记录应如实记录，检查中“千篇一律”的记录视为不实",
    Source.LOCAL, "与其他记录重复八成以上", used_in=MEETING_RECORD,
)  # fmt: skip
GROUP_HOST = Rule(
    "meeting.group_host", "党小组会由党小组组长召集并主持",
    _branch("第十四条", "党小组会由党小组组长召集并主持"),
    used_in="新建党小组会记录时的主持人",
)  # fmt: skip
LATE_ENTRY = Rule(
    "meeting.late_entry",
    "会后超过设定天数才录入的记录为补录，显示录入日期",
    f"{LOCAL_RULE}：补录的天数在“设置”中填写",
    Source.LOCAL, "会后3天", "records/late_entry_days", "组织生活记录的录入日期，首页补录提示",
)  # fmt: skip
SECRETARY_LECTURE = Rule(
    "meeting.secretary_lecture",
    "党支部书记每年至少为党员讲1次党课",
    f"{LOCAL_RULE}：党支部书记每年至少讲1次党课（{BRANCH_REGULATIONS}的“每年至少讲1次党课”"
    "是对党委（党组）书记的要求）",
    Source.LOCAL, "每年1次", used_in="首页提醒（年度事项）",
)  # fmt: skip

# The 组织生活会 and 民主评议 of year N are usually held in January–February of N+1 (DOMAIN.md §3).
YEAR_END_KINDS = frozenset({ActivityKind.LIFE_MEETING, ActivityKind.APPRAISAL})
YEAR_END_MONTHS = (1, 2)
BELONGS_TO_YEAR = Rule(
    "meeting.belongs_to_year",
    "组织生活会和民主评议党员计入所属年度：上一年度的可在次年1至2月召开，仍算上一年度",
    f"{GUIDANCE}（年度组织生活会和民主评议党员）：上一年度的组织生活会和民主评议党员"
    "一般在次年年初召开",
    Source.GUIDANCE, "次年1至2月", used_in=f"组织生活记录的所属年度，{SCHEDULE}",
)  # fmt: skip

# 民主评议, 学习培训
APPRAISAL_GRADES = Rule(
    "appraisal.grades", "民主评议按优秀、合格、基本合格、不合格评定等次",
    f"{GUIDANCE}（民主评议党员）：按照“优秀”“合格”“基本合格”“不合格”对党员进行评定",
    Source.GUIDANCE, "4个等次", used_in="民主评议…",
)  # fmt: skip
EXCELLENT_AT_MOST_A_THIRD = Rule(
    "appraisal.excellent_at_most_a_third", "优秀一般不超过参评党员的三分之一",
    f"{GUIDANCE}（民主评议党员）：评定为“优秀”的比例一般不超过党员总数的三分之一",
    Source.GUIDANCE, "三分之一", used_in="民主评议…",
)  # fmt: skip
APPRAISAL_WHO = Rule(
    "appraisal.who",
    "民主评议评议所属年度的党员：年度末在册的党员（年度未结束的，按今天在册）；"
    "年度结束后才入党的不参加该年度评议",
    f"{GUIDANCE}（民主评议党员）：党支部每年对党员进行民主评议",
    Source.GUIDANCE, "所属年度12月31日在册", used_in="民主评议（评议名单）",
)  # fmt: skip
PROBATIONARY_NOT_GRADED = Rule(
    "appraisal.probationary_not_graded",
    "预备党员参加民主评议，但不评定等次，也不计入优秀比例的人数",
    f"{GUIDANCE}（民主评议党员）：预备党员参加民主评议，不评定等次",
    Source.GUIDANCE, used_in="民主评议（评议名单、等次、优秀比例）",
)  # fmt: skip
YEARLY_TRAINING_HOURS = Rule(
    "training.yearly_hours",
    "党员每年集中学习培训时间一般不少于32学时",
    f"{EDUCATION_REGULATIONS}第二十条：党员每年集中学习培训时间一般不少于32学时"
    f"（{TRAINING_PLAN}和本省另有要求的，在“设置”中修改）",
    figure="32学时", setting="training/member_hours", used_in="学习培训“学时统计”、首页提醒",
)  # fmt: skip
CADRE_TRAINING_HOURS = Rule(
    "training.cadre_hours",
    "党支部书记和委员每年集中培训和集体学习时间一般不少于56学时",
    f"{TRAINING_PLAN}：党支部书记和委员每年集中培训和集体学习一般不少于56学时"
    "（2019—2023年规划的数字；现行规划和本省另有要求的，在“设置”中修改）",
    Source.PLAN, "56学时", "training/cadre_hours", "学习培训“学时统计”、首页提醒",
)  # fmt: skip
TRAINING_CITATION = f"{YEARLY_TRAINING_HOURS.citation}；{CADRE_TRAINING_HOURS.citation}"
STUDY_HOURS_RECORDED = Rule(
    "training.hours_recorded", "学习培训记录须填写学时", YEARLY_TRAINING_HOURS.citation,
    used_in="学习培训记录保存前的检查",
)  # fmt: skip
GRADE_CITATION = f"{APPRAISAL_GRADES.citation}；{EXCELLENT_AT_MOST_A_THIRD.citation}"
QUORUM_CITATION = GENERAL_MEETING_QUORUM.citation
COMMITTEE_CITATION = COMMITTEE_QUORUM.citation

# 三会一课的频次 (DOMAIN.md §3): each kind cites its own article of the 条例; the 党课's period is
# a local setting, the 条例 says only “按期”.
FREQUENCIES: dict[ActivityKind, tuple[str, str, str, str]] = {
    ActivityKind.BRANCH_GENERAL: (
        "党员大会一般每季度召开1次", "每季度1次",
        "第十一条", "党支部党员大会是党支部的议事决策机构，由全体党员参加，一般每季度召开1次",
    ),
    ActivityKind.COMMITTEE: (
        "党支部委员会会议一般每月召开1次", "每月1次",
        "第十二条", "党支部委员会会议一般每月召开1次，根据需要可以随时召开",
    ),
    ActivityKind.GROUP: (
        "党小组会一般每月召开1次", "每月1次（每个党小组）",
        "第十三条", "党小组会一般每月召开1次",
    ),
    ActivityKind.THEME_DAY: (
        "每月相对固定1天开展主题党日", "每月1次",
        "第十六条", "党支部每月相对固定1天开展主题党日",
    ),
    ActivityKind.LIFE_MEETING: (
        "组织生活会一般每年召开1次", "每年1次",
        "第十七条", "党支部每年至少召开1次组织生活会，一般安排在第四季度",
    ),
    ActivityKind.APPRAISAL: (
        "民主评议党员一般每年开展1次", "每年1次",
        "第十八条", "党支部一般每年开展1次民主评议党员",
    ),
    ActivityKind.TALK: (
        "党支部委员之间、委员和党员之间每年谈心谈话一般不少于1次", "每年1次",
        "第十九条",
        "党支部委员之间、党支部委员和党员之间、党员和党员之间，每年谈心谈话一般不少于1次",
    ),
}  # kind: wording, figure, article, the article's words  # fmt: skip
FREQUENCY_WORDING: dict[ActivityKind, str] = {kind: row[0] for kind, row in FREQUENCIES.items()}
LECTURE_PERIOD_SETTING = "rules/lecture_period"


def frequency(kind: ActivityKind, lecture_period: Period = Period.QUARTER) -> Rule:
    """How often a kind of organisational life must be held, citing the article that says so."""
    rule_id = f"meeting.frequency.{kind.name.lower()}"
    if kind is ActivityKind.LECTURE:
        return Rule(
            rule_id,
            f"党课应当按期进行（本地规定：{lecture_period.value}至少1次）",
            _branch("第十六条", "党支部应当组织党员按期参加党员大会、党小组会和上党课")
            + f"；党课的频次为{LOCAL_RULE}，在“设置”中选择",
            figure=f"{lecture_period.value}1次",
            setting=LECTURE_PERIOD_SETTING,
            used_in=SCHEDULE,
        )
    wording, figure, article, text = FREQUENCIES[kind]
    return Rule(rule_id, wording, _branch(article, text), figure=figure, used_in=SCHEDULE)


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        JOINING_AGE,
        FULL_NOT_BEFORE_JOINING,
        FULL_AFTER_ONE_YEAR,
        PROBATION_DECISION,
        PROBATION_EXTENSION,
        CONFIRMATION_ON_TIME,
        STANDING,
        ID_NUMBER,
        ID_AGREEMENT,
        ID_REQUIRED,
        INACTIVITY,
        BRANCH_SIZE,
        COMMITTEE_SEATS,
        SECRETARY_ONLY,
        SEAT_FULL_MEMBER,
        COMMITTEE_TERM,
        ELECTION_DUE,
        *(
            frequency(kind)
            for kind in ActivityKind
            if kind in FREQUENCIES or kind is ActivityKind.LECTURE
        ),
        GENERAL_MEETING_QUORUM,
        TOPIC_VOTE,
        COMMITTEE_QUORUM,
        EXCUSED_FROM_COUNT,
        NO_VOTE_ON_PROBATION,
        PEOPLE_PRESENT,
        MINUTES_OWN,
        GROUP_HOST,
        LATE_ENTRY,
        SECRETARY_LECTURE,
        BELONGS_TO_YEAR,
        APPRAISAL_GRADES,
        EXCELLENT_AT_MOST_A_THIRD,
        APPRAISAL_WHO,
        PROBATIONARY_NOT_GRADED,
        YEARLY_TRAINING_HOURS,
        CADRE_TRAINING_HOURS,
        STUDY_HOURS_RECORDED,
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


def confirmation_due_date(join_date: date, extension_months: int = 0) -> date:
    """The day a 预备党员's probation ends and 转正 falls due: one year after joining, or
    later by the months of an extension (member.probation_extension)."""
    year_on = add_years(join_date, PROBATION_YEARS)
    return add_months(year_on, extension_months) if extension_months else year_on


def is_due_for_confirmation(
    category: MemberCategory, join_date: date | None, today: date, extension_months: int = 0
) -> bool:
    """待转正: a 预备党员 whose probation (extended or not) has passed (党章第七条)."""
    return (
        category is MemberCategory.PROBATIONARY
        and join_date is not None
        and confirmation_due_date(join_date, extension_months) <= today
    )


def full_membership(
    join_date: date | None,
    full_date: date,
    *,
    short: Severity = Severity.ERROR,
    extension_months: int = 0,
) -> list[Finding]:
    """转正 on `full_date`: not before joining, and not before the probation (one year, or as
    extended) is over. `short` is kept for callers that only flag; the roster and the 转正
    movement both refuse."""
    if join_date is None:
        return []
    if full_date < join_date:
        return [
            FULL_NOT_BEFORE_JOINING.finding(
                "full_member_date", "转正时间早于入党时间", Severity.ERROR
            )
        ]
    due = confirmation_due_date(join_date, extension_months)
    # A year from 1995-10-14 runs through 1996-10-13: many rosters date the 转正 on that last day
    # of the 预备期 rather than the day after it, and neither is a short probation.
    if full_date >= due - timedelta(days=1):
        return []
    if extension_months:
        return [
            PROBATION_EXTENSION.finding(
                "full_member_date",
                "延长的预备期未满",
                short,
                f"入党{join_date:%Y-%m-%d}，预备期延长{extension_months}个月至"
                f"{due:%Y-%m-%d}，转正{full_date:%Y-%m-%d}",
            )
        ]
    return [
        FULL_AFTER_ONE_YEAR.finding(
            "full_member_date",
            "预备期不足一年",
            short,
            f"入党{join_date:%Y-%m-%d}，转正{full_date:%Y-%m-%d}",
        )
    ]


DECISION_LABEL = "支部党员大会日期"


def probation_decision(join_date: date | None, decision: date | None, today: date) -> list[Finding]:
    """转正、延长预备期、取消预备党员资格 each rest on a 支部党员大会's decision, whose day is
    recorded: required, not before joining, not in the future."""
    if decision is None:
        return [
            PROBATION_DECISION.finding(
                "decision_date",
                "未填写支部党员大会讨论的日期",
                Severity.ERROR,
                label=DECISION_LABEL,
            )
        ]
    if decision > today:
        return [
            PROBATION_DECISION.finding(
                "decision_date", "支部党员大会日期晚于今天", Severity.ERROR, label=DECISION_LABEL
            )
        ]
    if join_date is not None and decision < join_date:
        return [
            PROBATION_DECISION.finding(
                "decision_date",
                "支部党员大会日期早于入党时间",
                Severity.ERROR,
                label=DECISION_LABEL,
            )
        ]
    return []


def probation_extension(months: int | None, already_extended: bool) -> list[Finding]:
    """延长预备期: once, by six to twelve months."""
    low, high = EXTENSION_MONTHS
    if already_extended:
        return [
            PROBATION_EXTENSION.finding(
                "extension_months", "预备期已经延长过一次，不能再延长", Severity.ERROR,
                label="延长月数",
            )
        ]  # fmt: skip
    if months is None or not low <= months <= high:
        given = "未填写" if months is None else f"填写的是{months}个月"
        return [
            PROBATION_EXTENSION.finding(
                "extension_months",
                f"延长预备期须为{low}至{high}个月",
                Severity.ERROR,
                given,
                "延长月数",
            )
        ]
    return []


def confirmation_timeliness(due: date, full_date: date, decision: date | None) -> list[Finding]:
    """A 转正 dated after the probation ended (党龄 counts from the end of the probation, not
    from the meeting or the registration), and one whose meeting came long after that day (it
    should have been held on time, 及时讨论): both pointed out, not refused, as the file may say
    why."""
    findings = []
    if full_date > due:
        findings.append(
            STANDING.finding(
                "date",
                "转正时间不是预备期满之日",
                Severity.WARNING,
                f"预备期满日为{due:%Y-%m-%d}，填写的转正时间为{full_date:%Y-%m-%d}",
                "转正日期",
            )
        )
    if decision is not None and decision > add_months(due, LATE_DECISION_MONTHS):
        findings.append(
            CONFIRMATION_ON_TIME.finding(
                "decision_date",
                "预备期满后未及时讨论转正",
                Severity.WARNING,
                f"预备期{due:%Y-%m-%d}已满，支部党员大会{decision:%Y-%m-%d}才讨论"
                f"（晚了{(decision - due).days}天）",
                DECISION_LABEL,
            )
        )
    return findings


# 组织生活


def votes_needed(voters: int) -> int:
    """The fewest that is more than half of `voters`: the members present for a vote, or the
    votes in favour for a decision (第十一条's 双过半)."""
    return voters // 2 + 1


def general_meeting_quorum(voters: int, present: int) -> list[Finding]:
    """A 支部党员大会 votes only with more than half of the members with a vote due to attend
    present; `voters` counts neither a 预备党员 nor those the branch has excused."""
    if not voters or present >= votes_needed(voters):
        return []
    return [
        GENERAL_MEETING_QUORUM.finding(
            "attendance",
            "到会有表决权的党员未过半数，不能进行表决",
            Severity.WARNING,
            f"应到有表决权的党员{voters}人，实到{present}人，须至少{votes_needed(voters)}人",
            "出席情况",
        )
    ]


@dataclass(frozen=True, slots=True)
class TopicVote:
    """表决 on one 议题 of a 支部党员大会: those with a vote due and present, and the votes."""

    due: int  # 应到会有表决权的党员
    present: int  # 实到会有表决权的党员
    votes_for: int
    votes_against: int = 0
    abstentions: int = 0

    @property
    def passed(self) -> bool:
        """第十一条's 双过半: more than half of those due present, and more than half of those
        due in favour (not of those present)."""
        needed = votes_needed(self.due)
        return self.due > 0 and self.present >= needed and self.votes_for >= needed

    @property
    def result(self) -> str:
        if self.due and self.present < votes_needed(self.due):
            return "到会未过半数，表决无效"
        return "通过" if self.passed else "未通过"

    @property
    def line(self) -> str:
        """As a printed record says it."""
        return (
            f"表决：应到有表决权的党员{self.due}人，实到{self.present}人；同意{self.votes_for}票，"
            f"反对{self.votes_against}票，弃权{self.abstentions}票；{self.result}"
        )


def topic_votes(
    topics: Sequence[tuple[str, TopicVote | None]],
    voters_due: int,
    voters_present: int,
    decisions: str = "",
) -> list[Finding]:
    """Rule meeting.topic_vote on a 党员大会's 议题: counts that cannot be true are refused; a
    count that differs from the attendance, a vote without a quorum, and 决议 with no vote
    recorded on any topic are pointed out."""
    findings = []
    label = "议题"
    for topic, vote in topics:
        if vote is None:
            continue
        cast = vote.votes_for + vote.votes_against + vote.abstentions
        if vote.present > vote.due or cast > vote.present:
            detail = (
                f"实到{vote.present}人多于应到{vote.due}人"
                if vote.present > vote.due
                else f"同意、反对、弃权合计{cast}票，多于实到{vote.present}人"
            )
            findings.append(
                TOPIC_VOTE.finding(
                    "votes", f"“{topic}”的表决票数不成立", Severity.ERROR, detail, label
                )
            )
            continue
        if (vote.due, vote.present) != (voters_due, voters_present):
            findings.append(
                TOPIC_VOTE.finding(
                    "votes",
                    f"“{topic}”的表决人数与出席情况不符",
                    Severity.WARNING,
                    f"表决记为应到{vote.due}人、实到{vote.present}人；出席情况中有表决权的党员"
                    f"应到{voters_due}人、实到{voters_present}人",
                    label,
                )
            )
        if vote.due and vote.present < votes_needed(vote.due):
            findings.append(
                TOPIC_VOTE.finding(
                    "votes",
                    f"“{topic}”表决时到会有表决权的党员未过半数",
                    Severity.WARNING,
                    f"须至少{votes_needed(vote.due)}人到会，表决无效",
                    label,
                )
            )
    if decisions.strip() and topics and all(vote is None for _topic, vote in topics):
        findings.append(
            TOPIC_VOTE.finding(
                "votes",
                "决议未记录表决情况",
                Severity.WARNING,
                "请在“议题与记录”中为作出决定的议题填写同意、反对、弃权票数",
                label,
            )
        )
    return findings


def committee_quorum(expected: int, present: int) -> list[Finding]:
    """A 支部委员会会议 is held with more than half of the committee present."""
    if not expected or present >= votes_needed(expected):
        return []
    return [
        COMMITTEE_QUORUM.finding(
            "attendance",
            "到会委员未过半数",
            Severity.WARNING,
            f"应到{expected}人，实到{present}人，须至少{votes_needed(expected)}人",
            "出席情况",
        )
    ]


def people_present(roles: dict[str, str], absent: set[str]) -> list[Finding]:
    """The 主持人, 记录人 or 主讲人 (label → name) listed as absent from the same record: a record
    that cannot be true, and one the secretary can put right at once (tick them present, or
    write who did host)."""
    wrong = [f"{label}{name}" for label, name in roles.items() if name.strip() in absent]
    if not wrong:
        return []
    return [
        PEOPLE_PRESENT.finding(
            "attendance",
            "主持人、记录人或主讲人被记为缺席",
            Severity.ERROR,
            f"{'、'.join(wrong)}在出席情况中为缺席；请勾选出席，或改填实际的人员",
            "出席情况",
        )
    ]


def minutes_repeated(copied: list[str], total: int) -> list[Finding]:
    """The minutes are found, nearly whole, in `total` other records; `copied` names the first
    few (date and kind)."""
    if not total:
        return []
    more = f"等{total}条" if total > len(copied) else ""
    return [
        MINUTES_OWN.finding(
            "minutes",
            "会议记录与其他记录基本相同",
            Severity.WARNING,
            f"与{'、'.join(copied)}{more}记录的内容八成以上相同；请记录本次会议实际的发言和讨论",
            "会议记录",
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


def default_belonging_year(kind: ActivityKind, day: date) -> int:
    """The 所属年度 a record of `kind` held on `day` is offered: the year before for a
    组织生活会 or 民主评议 held in January–February, else the date's year."""
    if kind in YEAR_END_KINDS and day.month in YEAR_END_MONTHS:
        return day.year - 1
    return day.year


def belonging_year(kind: ActivityKind, day: date, year: int | None) -> int:
    """The 所属年度 to store: the one given for a year-end kind, the date's year for the others."""
    if kind in YEAR_END_KINDS:
        return default_belonging_year(kind, day) if year is None else year
    return day.year


def belonging_year_findings(kind: ActivityKind, day: date, year: int | None) -> list[Finding]:
    """A year-end item belongs to its date's year or the year before, no other."""
    if kind not in YEAR_END_KINDS or year is None or year in (day.year, day.year - 1):
        return []
    return [
        BELONGS_TO_YEAR.finding(
            "belongs_to_year", f"所属年度只能是{day.year - 1}年或{day.year}年", Severity.ERROR,
            f"{format(day, '%Y-%m-%d')}召开的{kind.value}", "所属年度",
        )
    ]  # fmt: skip


# 民主评议


def appraisal_roll_date(year: int, today: date) -> date:
    """The day whose roster a year's 民主评议 lists: the year's last day, or today while the year
    is still running."""
    return min(date(year, 12, 31), today)


def probationary_on(category: MemberCategory, full_member_date: date | None, day: date) -> bool:
    """Whether a member was still a 预备党员 on `day`: one 转正 later was one then."""
    return category is MemberCategory.PROBATIONARY or (
        full_member_date is not None and full_member_date > day
    )


def appraisal_grades_allowed(
    year: int, not_on_roll: Sequence[str], probationary: Sequence[str]
) -> list[Finding]:
    """Grades only for the year's members, and none for a 预备党员 (named in the findings)."""
    findings = []
    if not_on_roll:
        findings.append(
            APPRAISAL_WHO.finding(
                "grade", f"{'、'.join(not_on_roll)}不是{year}年度的参评党员", Severity.ERROR,
                f"{year}年末（或今天）不在册，或年度结束后才入党", "评议等次",
            )
        )  # fmt: skip
    if probationary:
        findings.append(
            PROBATIONARY_NOT_GRADED.finding(
                "grade", f"{'、'.join(probationary)}是预备党员，参加评议但不评定等次",
                Severity.ERROR, label="评议等次",
            )
        )  # fmt: skip
    return findings


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


# 支部和支部委员会


@dataclass(frozen=True, slots=True)
class SeatHolder:
    """A seat of the committee as the rules see it: its post, and its holder where the roster
    has them (`probationary` is None for a name not on the roster)."""

    name: str
    post: CommitteePost
    probationary: bool | None = None


def committee_findings(
    seats: list[SeatHolder],
    full_members: int,
    members: int,
    term_start: date | None = None,
    term_end: date | None = None,
) -> list[Finding]:
    """The committee judged against the roster: `full_members` and `members` count the 在册
    正式党员 and all 在册 members. An empty roster (the first start, before the import) says
    nothing about the branch's size, so the rules that count members wait for it."""
    findings = [
        SEAT_FULL_MEMBER.finding(
            "committee",
            f"{seat.name}是预备党员，没有被选举权，不能担任{seat.post.value}",
            Severity.ERROR,
            label="支部委员会",
        )
        for seat in seats
        if seat.probationary
    ]
    count = len(seats)
    deputies = sum(seat.post is CommitteePost.DEPUTY_SECRETARY for seat in seats)
    if deputies > 1:
        findings.append(
            COMMITTEE_SEATS.finding(
                "committee", f"副书记有{deputies}名，最多设1名", Severity.ERROR, label="支部委员会"
            )
        )
    low, high = COMMITTEE_USUAL_SEATS
    if count > COMMITTEE_MAX_SEATS:
        findings.append(
            COMMITTEE_SEATS.finding(
                "committee",
                f"支部委员会共{count}人，超过{COMMITTEE_MAX_SEATS}人",
                Severity.ERROR,
                label="支部委员会",
            )
        )
    elif count > high:
        findings.append(
            COMMITTEE_SEATS.finding(
                "committee",
                f"支部委员会共{count}人，一般由{low}至{high}人组成",
                Severity.WARNING,
                label="支部委员会",
            )
        )
    if members:
        others = [
            seat
            for seat in seats
            if seat.post not in (CommitteePost.SECRETARY, CommitteePost.DEPUTY_SECRETARY)
        ]
        if full_members < FULL_MEMBERS_FOR_COMMITTEE and others:
            findings.append(
                SECRETARY_ONLY.finding(
                    "committee",
                    f"正式党员只有{full_members}人，不足{FULL_MEMBERS_FOR_COMMITTEE}人，"
                    "不设支部委员会",
                    Severity.ERROR,
                    "只设书记1名，必要时设副书记1名；"
                    f"请去掉{'、'.join(f'{s.post.value}{s.name}' for s in others)}",
                    "支部委员会",
                )
            )
        elif full_members >= FULL_MEMBERS_FOR_COMMITTEE and count < low:
            findings.append(
                COMMITTEE_SEATS.finding(
                    "committee",
                    f"正式党员{full_members}人，应当设立支部委员会",
                    Severity.WARNING,
                    f"支部委员会一般由{low}至{high}人组成，现填写{count}人",
                    "支部委员会",
                )
            )
        if members > BRANCH_SIZE_LIMIT:
            findings.append(
                BRANCH_SIZE.finding(
                    "members",
                    f"本支部在册党员{members}人，{BRANCH_SIZE.wording}",
                    Severity.WARNING,
                    "可向上级党组织请示调整支部设置（如设党总支或分设支部）",
                    "党员人数",
                )
            )
    findings.extend(village_term(term_start, term_end))
    return findings


def village_term(term_start: date | None, term_end: date | None) -> list[Finding]:
    """A village branch's committee serves five years: another term length is pointed out."""
    if not (term_start and term_end) or term_end <= term_start:
        return []
    five_years = add_years(term_start, VILLAGE_TERM_YEARS)
    # A term ending the day before its fifth anniversary, or an election a few weeks off it, is
    # still a five-year term; three or four years (or six) is not.
    if abs((term_end - five_years).days) <= TERM_TOLERANCE_DAYS:
        return []
    return [
        COMMITTEE_TERM.finding(
            "term_end",
            f"任期与“{COMMITTEE_TERM.wording}”不符",
            Severity.WARNING,
            f"填写的任期为{term_start:%Y-%m-%d}至{term_end:%Y-%m-%d}，"
            f"五年一届应届满于{five_years:%Y-%m-%d}",
            "任期届满",
        )
    ]
