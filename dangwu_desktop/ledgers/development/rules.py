"""发展党员 rules: the five stages and 25 steps of the 2014 细则 (the list is data a province may
adjust; these are its defaults, which migration 0014 seeds), and the time rules each recorded step
is judged by. Pure: no database session (the service gathers, these judge), each rule in the rule
book's form with where it is written down (DOMAIN.md §6).

Articles of the 细则 are named only where their text was read (第五条, 第七条, 第八条, 第九条,
第十三条, 第十四条, 第十七条; 第二十条 and 第三十二条 are the rule book's); the half-yearly
assessment and the three months of 审批 cite the document without an article, and the figures
local rules set (公示 days, the months before an applicant may be chosen as 积极分子) are settings.

Nothing here refuses what really happened, late or early: those are 提示 that stay with the
record. Refused are only facts that cannot be: a day after today, an application before the
applicant was 18, and a step dated before a step of an EARLIER STAGE (nobody is admitted before
being made a 发展对象). Within one stage the usual order is only pointed out (a 备案 may well come
after the 培养联系人 was named)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from datetime import date as Day  # the type, named apart from a step's field `date`

from dangwu_desktop.core.dates import add_months, add_years, age_on
from dangwu_desktop.core.glossary import ActivityKind, some_names
from dangwu_desktop.core.rulebook import (
    CONFIRMATION_ON_TIME,
    CONSTITUTION,
    DEVELOPMENT_RULES,
    GENERAL_MEETING_QUORUM,
    LOCAL_RULE,
    MINIMUM_JOINING_AGE,
    Finding,
    Rule,
    Severity,
    Source,
    TopicVote,
    votes_needed,
)

STAGES = (
    "申请入党",
    "入党积极分子的确定和培养教育",
    "发展对象的确定和考察",
    "预备党员的接收",
    "预备党员的教育考察和转正",
)
RECORDING = "登记发展党员步骤"
PIPELINE = "发展党员进度、首页提醒"

TALK_MONTHS = 1
ASSESSMENT_MONTHS = 6
CANDIDATE_AFTER_YEARS = 1
CONTACTS = (1, 2)
INTRODUCERS = 2
TRAINING_DAYS = 3
TRAINING_HOURS = 24
APPROVAL_MONTHS = (3, 6)  # 审批 within three months of the vote; six at the very most
CONFIRMATION_APPROVAL_MONTHS = 3
DEFAULT_PUBLICITY_DAYS = 7
DEFAULT_ACTIVIST_AFTER_MONTHS = 6
DUE_SOON_DAYS = 30

AGE = Rule(
    "development.age", "年满十八岁方可申请入党；申请时未满十八岁的，不能登记为入党申请",
    f"{DEVELOPMENT_RULES}第五条：年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子，"
    "承认党的纲领和章程……可以申请加入中国共产党",
    figure="18周岁", used_in=RECORDING,
)  # fmt: skip
TALK = Rule(
    "development.talk_within_a_month", "党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话",
    f"{DEVELOPMENT_RULES}第七条：党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话，"
    "了解基本情况",
    figure="1个月", used_in=f"{RECORDING}，{PIPELINE}",
)  # fmt: skip
ACTIVIST_DECIDED = Rule(
    "development.activist_decided",
    "入党积极分子由支部委员会研究决定，并报上级党委备案",
    f"{DEVELOPMENT_RULES}第八条：在入党申请人中确定入党积极分子，……由支部委员会"
    "（不设支部委员会的由支部大会）研究决定，并报上级党委备案",
    figure="支部委员会会议", used_in=RECORDING,
)  # fmt: skip
ACTIVIST_AFTER = Rule(
    "development.activist_after_applying",
    "递交入党申请书满设定的月数后，方可确定为入党积极分子",
    f"{LOCAL_RULE}：不少地方规定递交入党申请书半年以上方可确定为入党积极分子（“设置”中填0不检查）",
    Source.LOCAL, "6个月", "development/activist_after_months", RECORDING,
)  # fmt: skip
CONTACTS_RULE = Rule(
    "development.contacts", "党组织应当指定一至两名正式党员作入党积极分子的培养联系人",
    f"{DEVELOPMENT_RULES}第九条：党组织应当指定一至两名正式党员作入党积极分子的培养联系人",
    figure="1至2名正式党员", used_in=RECORDING,
)  # fmt: skip
ASSESSMENT = Rule(
    "development.assessment_half_yearly", "党支部每半年对入党积极分子进行一次考察",
    f"{DEVELOPMENT_RULES}（入党积极分子的培养教育）：党支部每半年对入党积极分子进行一次考察",
    figure="每半年1次", used_in=f"{RECORDING}，{PIPELINE}",
)  # fmt: skip
CANDIDATE_AFTER = Rule(
    "development.candidate_after_a_year",
    "入党积极分子经过一年以上培养教育和考察，方可列为发展对象；由支部委员会讨论同意并报上级党委备案",
    f"{DEVELOPMENT_RULES}第十三条：对经过一年以上培养教育和考察、基本具备党员条件的入党积极分子，"
    "……支部委员会讨论同意并报上级党委备案后，可列为发展对象",
    figure="1年以上", used_in=f"{RECORDING}，{PIPELINE}",
)  # fmt: skip
INTRODUCERS_RULE = Rule(
    "development.introducers", "发展对象应当有两名正式党员作入党介绍人",
    f"{DEVELOPMENT_RULES}第十四条：发展对象应当有两名正式党员作入党介绍人；{CONSTITUTION}第五条："
    "申请入党的人，要填写入党志愿书，要有两名正式党员作介绍人",
    figure="2名正式党员", used_in=RECORDING,
)  # fmt: skip
TRAINING = Rule(
    "development.training", "发展对象须经短期集中培训，时间一般不少于三天（或不少于二十四个学时）",
    f"{DEVELOPMENT_RULES}第十七条：基层党委或县级党委组织部门应当对发展对象进行短期集中培训。"
    "培训时间一般不少于三天（或不少于二十四个学时）",
    figure="3天或24学时", used_in=RECORDING,
)  # fmt: skip
PUBLICITY = Rule(
    "development.publicity", "接收预备党员前对发展对象公示，公示期不少于设定的天数",
    f"{LOCAL_RULE}：各地规定发展对象公示5个工作日至7天不等（天数在“设置”中填写，按自然日计算）",
    Source.LOCAL, "7天", "development/publicity_days", RECORDING,
)  # fmt: skip
MEETING_LINK = Rule(
    "development.meeting",
    "积极分子、发展对象和支委会审查由支部委员会会议决定，接收预备党员和转正由支部党员大会讨论："
    "链接的会议记录须是这种会议且在同一天",
    f"{DEVELOPMENT_RULES}第八条、第十三条；{CONSTITUTION}第五条：申请入党的人……要经过支部大会通过"
    "和上级党组织批准",
    used_in=RECORDING,
)  # fmt: skip
APPROVAL = Rule(
    "development.approval_within_three_months",
    "上级党委应当在支部大会通过接收预备党员的决议后三个月内审批，遇特殊情况可适当延长，但不得超过六个月",
    f"{DEVELOPMENT_RULES}（预备党员的接收）：基层党委审批……应当在三个月内审批；遇有特殊情况"
    "可适当延长审批时间，但不得超过六个月",
    figure="3个月，最长6个月", used_in=f"{RECORDING}，{PIPELINE}",
)  # fmt: skip
CONFIRMATION_APPROVAL = Rule(
    "development.confirmation_approval",
    "支部大会讨论预备党员转正后，上级党委应当在三个月内审批",
    f"{DEVELOPMENT_RULES}（预备党员的教育考察和转正）：上级党委应当在三个月内审批预备党员转正",
    figure="3个月", used_in=f"{RECORDING}，{PIPELINE}",
)  # fmt: skip
ORDER = Rule(
    "development.order",
    "发展党员按五个阶段依次进行：日期早于前一阶段步骤的不能登记，同一阶段内颠倒或跳过的予以提示",
    f"{DEVELOPMENT_RULES}：发展党员工作分五个阶段，依次进行",
    used_in=RECORDING,
)  # fmt: skip
DATED = Rule(
    "development.dated", "每一步骤按实际日期登记，不能晚于今天",
    f"{LOCAL_RULE}：发展党员工作全程纪实，按实际办理的日期记录",
    Source.LOCAL, used_in=RECORDING,
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    AGE, TALK, ACTIVIST_DECIDED, ACTIVIST_AFTER, CONTACTS_RULE, ASSESSMENT, CANDIDATE_AFTER,
    INTRODUCERS_RULE, TRAINING, PUBLICITY, MEETING_LINK, APPROVAL, CONFIRMATION_APPROVAL, ORDER,
    DATED,
)  # fmt: skip


def circled(number: int) -> str:
    """①…⑳, ㉑…㉕: how the 25 steps are numbered in print."""
    if 1 <= number <= 20:
        return chr(0x2460 + number - 1)
    if 21 <= number <= 35:
        return chr(0x3251 + number - 21)
    return f"({number})"


@dataclass(frozen=True, slots=True)
class StepSpec:
    """One step of the procedure as the step list keeps it."""

    code: str  # stable, English: "admission"
    number: int  # 1–25, the order of the list
    name: str  # 支部大会讨论
    stage: int  # 1–5 (STAGES)
    documents: tuple[str, ...] = ()  # what the file holds for it (入党志愿书 …)
    people_role: str = ""  # 培养联系人 / 入党介绍人: members named on the step
    people_min: int = 0
    people_max: int = 0
    meeting_kind: str = ""  # the kind of meeting record that decides it (ActivityKind value)
    repeats: bool = False  # recorded more than once (the half-yearly 考察)

    @property
    def label(self) -> str:
        return f"{circled(self.number)}{self.name}"

    @property
    def stage_name(self) -> str:
        return STAGES[self.stage - 1]


COMMITTEE = ActivityKind.COMMITTEE.value
GENERAL = ActivityKind.BRANCH_GENERAL.value
# The default step list: DOMAIN.md §6's common numbering of the 2014 细则. Migration 0014 seeds a
# copy of it (a test keeps the two the same); a province's list replaces the rows, not this code.
DEFAULT_STEPS: tuple[StepSpec, ...] = (
    StepSpec("application", 1, "递交入党申请书", 1, ("入党申请书",)),
    StepSpec("talk", 2, "党组织派人谈话", 1, ("谈话记录",)),
    StepSpec("activist", 3, "推荐和确定入党积极分子", 2, ("推荐材料", "支委会会议记录"),
             meeting_kind=COMMITTEE),
    StepSpec("activist_filed", 4, "报上级党委备案", 2, ("备案报告",)),
    StepSpec("contacts", 5, "指定培养联系人", 2, (), "培养联系人", *CONTACTS),
    StepSpec("assessment", 6, "培养教育考察", 2, ("入党积极分子培养考察登记表", "思想汇报"),
             repeats=True),
    StepSpec("candidate", 7, "确定发展对象", 3, ("支委会会议记录", "征求意见情况"),
             meeting_kind=COMMITTEE),
    StepSpec("candidate_filed", 8, "报上级党委备案", 3, ("备案报告",)),
    StepSpec("introducers", 9, "确定入党介绍人", 3, (), "入党介绍人", INTRODUCERS, INTRODUCERS),
    StepSpec("political_review", 10, "政治审查", 3, ("政治审查材料",)),
    StepSpec("training", 11, "集中培训", 3, ("培训结业证书",)),
    StepSpec("committee_review", 12, "支部委员会审查", 4, ("支委会会议记录", "公示材料"),
             meeting_kind=COMMITTEE),
    StepSpec("pre_review", 13, "上级党委预审", 4, ("预审意见",)),
    StepSpec("volunteer_form", 14, "填写入党志愿书", 4, ("入党志愿书",)),
    StepSpec("admission", 15, "支部大会讨论", 4, ("支部大会会议记录",), meeting_kind=GENERAL),
    StepSpec("approval_talk", 16, "上级党委派人谈话", 4, ("谈话记录",)),
    StepSpec("approval", 17, "上级党委审批", 4, ("审批意见",)),
    StepSpec("approval_filed", 18, "再上一级党委组织部门备案", 4, ("备案材料",)),
    StepSpec("grouping", 19, "编入党支部和党小组", 5),
    StepSpec("oath", 20, "入党宣誓", 5, ("入党宣誓记录",)),
    StepSpec("probation_education", 21, "继续教育考察", 5, ("预备党员考察材料", "思想汇报"),
             repeats=True),
    StepSpec("confirmation_request", 22, "提出转正申请", 5, ("转正申请书",)),
    StepSpec("confirmation_meeting", 23, "支部大会讨论", 5, ("支部大会会议记录",),
             meeting_kind=GENERAL),
    StepSpec("confirmation_approval", 24, "上级党委审批", 5, ("审批意见",)),
    StepSpec("archive", 25, "材料归档", 5, ("归档材料目录",)),
)  # fmt: skip
ADMISSION = "admission"
APPROVAL_STEP = "approval"
CONFIRMATION_MEETING = "confirmation_meeting"
CONFIRMATION_STEP = "confirmation_approval"


@dataclass(frozen=True, slots=True)
class Helper:
    """A member named on a step (培养联系人, 入党介绍人), as the roster had them on its day."""

    name: str
    full: bool  # 正式党员 on the day
    on_roster: bool = True


@dataclass(frozen=True, slots=True)
class Done:
    """A step as recorded (or about to be), in the plain values the rules judge."""

    code: str
    date: date
    end_date: Day | None = None  # 集中培训's last day
    hours: float | None = None  # 集中培训's 学时
    people: tuple[Helper, ...] = ()
    vote: TopicVote | None = None
    meeting: tuple[str, Day] | None = None  # the linked record's kind and day
    publicity: tuple[Day, Day] | None = None  # 公示 from … to


@dataclass(frozen=True, slots=True)
class Limits:
    """The local figures, from the 设置."""

    publicity_days: int = DEFAULT_PUBLICITY_DAYS
    activist_after_months: int = DEFAULT_ACTIVIST_AFTER_MONTHS


def _first(history: Sequence[Done], code: str) -> Done | None:
    found = [d for d in history if d.code == code]
    return min(found, key=lambda d: d.date) if found else None


def _last(history: Sequence[Done], code: str) -> Done | None:
    found = [d for d in history if d.code == code]
    return max(found, key=lambda d: d.date) if found else None


def _day(day: date) -> str:
    return f"{day:%Y-%m-%d}"


def step_findings(
    steps: Sequence[StepSpec],
    done: Done,
    history: Sequence[Done],
    birth: date | None,
    today: date,
    limits: Limits = Limits(),
) -> list[Finding]:
    """What the rules say of `done` among the person's other recorded steps (`history`, without
    it): errors for what cannot be, 提示 for what was late, early, out of order or short."""
    by_code = {s.code: s for s in steps}
    spec = by_code[done.code]
    others = [d for d in history if d.code in by_code]
    findings: list[Finding] = []
    label = "日期"
    if done.date > today:
        findings.append(
            DATED.finding("date", f"{spec.name}的日期{_day(done.date)}晚于今天", Severity.ERROR,
                          label=label)
        )  # fmt: skip
    if done.code == "application" and birth is not None:
        age = age_on(birth, done.date)
        if age < MINIMUM_JOINING_AGE:
            findings.append(
                AGE.finding(
                    "date", "递交入党申请书时未满十八周岁", Severity.ERROR,
                    f"出生于{_day(birth)}，{_day(done.date)}时{age}周岁；"
                    f"{_day(add_years(birth, MINIMUM_JOINING_AGE))}起方可申请", label,
                )
            )  # fmt: skip
    findings += _order(by_code, spec, done, others)
    findings += _timing(spec, done, others, limits)
    findings += _people(spec, done)
    findings += _meeting(spec, done)
    findings += _content(spec, done, limits)
    findings.sort(key=lambda f: f.severity is not Severity.ERROR)
    return findings


def _order(
    by_code: dict[str, StepSpec], spec: StepSpec, done: Done, others: Sequence[Done]
) -> list[Finding]:
    findings = []
    for other in others:
        theirs = by_code[other.code]
        if theirs.code == spec.code:
            continue
        earlier_stage = theirs.stage < spec.stage and other.date > done.date
        later_stage = theirs.stage > spec.stage and other.date < done.date
        if earlier_stage or later_stage:
            first, then = (theirs, spec) if earlier_stage else (spec, theirs)
            findings.append(
                ORDER.finding(
                    "date", f"{spec.label}的日期与{theirs.label}先后矛盾", Severity.ERROR,
                    f"{first.label}属于“{first.stage_name}”，不能晚于{then.label}"
                    f"（{theirs.label}为{_day(other.date)}，本步骤为{_day(done.date)}）", "日期",
                )
            )  # fmt: skip
        elif theirs.stage == spec.stage and (
            (theirs.number < spec.number and other.date > done.date)
            or (theirs.number > spec.number and other.date < done.date)
        ):
            findings.append(
                ORDER.finding(
                    "date", f"{spec.label}与{theirs.label}先后颠倒", Severity.WARNING,
                    f"{theirs.label}为{_day(other.date)}，本步骤为{_day(done.date)}", "日期",
                )
            )  # fmt: skip
    recorded = {d.code for d in others} | {done.code}
    missing = [
        s
        for s in by_code.values()
        if s.number < spec.number and s.code not in recorded and not s.repeats
    ]
    if missing:
        names = some_names([s.label for s in missing], 4)
        findings.append(
            ORDER.finding(
                "date", "前面的步骤尚未登记", Severity.WARNING, f"{names}还没有登记", "日期"
            )
        )
    return findings


def _timing(spec: StepSpec, done: Done, others: Sequence[Done], limits: Limits) -> list[Finding]:
    findings: list[Finding] = []
    application = _first(others, "application")
    activist = _first(others, "activist")
    admission = _first(others, ADMISSION)
    if spec.code == "talk" and application is not None:
        deadline = add_months(application.date, TALK_MONTHS)
        if done.date > deadline:
            findings.append(
                TALK.finding(
                    "date", "谈话晚于收到入党申请书后一个月", Severity.WARNING,
                    f"申请书{_day(application.date)}递交，应在{_day(deadline)}前谈话，"
                    f"实际{_day(done.date)}（晚了{(done.date - deadline).days}天）", "日期",
                )
            )  # fmt: skip
    if spec.code == "activist" and application is not None and limits.activist_after_months:
        earliest = add_months(application.date, limits.activist_after_months)
        if application.date <= done.date < earliest:
            findings.append(
                ACTIVIST_AFTER.finding(
                    "date", f"递交申请书不满{limits.activist_after_months}个月即确定为入党积极分子",
                    Severity.WARNING,
                    f"申请书{_day(application.date)}递交，{_day(earliest)}起方可确定", "日期",
                )
            )  # fmt: skip
    if spec.code == "assessment":
        before = [
            d.date for d in others if d.code in ("activist", "assessment") and d.date < done.date
        ]
        if before:
            since = max(before)
            due = add_months(since, ASSESSMENT_MONTHS)
            if done.date > due:
                findings.append(
                    ASSESSMENT.finding(
                        "date", "距上次考察超过半年", Severity.WARNING,
                        f"上次（或确定为积极分子）在{_day(since)}，应在{_day(due)}前考察", "日期",
                    )
                )  # fmt: skip
    if spec.code == "candidate" and activist is not None:
        earliest = add_years(activist.date, CANDIDATE_AFTER_YEARS)
        if activist.date <= done.date < earliest:
            findings.append(
                CANDIDATE_AFTER.finding(
                    "date", "入党积极分子培养考察不满一年即列为发展对象", Severity.WARNING,
                    f"{_day(activist.date)}确定为入党积极分子，{_day(earliest)}起方可列为发展对象",
                    "日期",
                )
            )  # fmt: skip
    if spec.code == "candidate":
        assessed = [d.date for d in others if d.code == "assessment" and d.date <= done.date]
        if activist is not None and not assessed:
            findings.append(
                ASSESSMENT.finding(
                    "date", "列为发展对象前没有登记培养教育考察", Severity.WARNING,
                    "请登记⑥培养教育考察（每半年一次）", "日期",
                )
            )  # fmt: skip
    if spec.code == APPROVAL_STEP and admission is not None:
        usual, longest = (add_months(admission.date, m) for m in APPROVAL_MONTHS)
        if done.date > usual:
            beyond = done.date > longest
            findings.append(
                APPROVAL.finding(
                    "date",
                    "审批超过六个月" if beyond else "审批超过三个月",
                    Severity.WARNING,
                    f"支部大会{_day(admission.date)}通过，应在{_day(usual)}前审批"
                    + (f"，最迟不超过{_day(longest)}" if beyond else "（特殊情况可延长至六个月）"),
                    "日期",
                )
            )  # fmt: skip
    meeting = _first(others, CONFIRMATION_MEETING)
    if spec.code == CONFIRMATION_STEP and meeting is not None:
        deadline = add_months(meeting.date, CONFIRMATION_APPROVAL_MONTHS)
        if done.date > deadline:
            findings.append(
                CONFIRMATION_APPROVAL.finding(
                    "date", "转正审批超过三个月", Severity.WARNING,
                    f"支部大会{_day(meeting.date)}讨论转正，应在{_day(deadline)}前审批", "日期",
                )
            )  # fmt: skip
    return findings


def _people(spec: StepSpec, done: Done) -> list[Finding]:
    if not spec.people_role:
        return []
    rule = INTRODUCERS_RULE if spec.code == "introducers" else CONTACTS_RULE
    findings = []
    count = len(done.people)
    low, high = spec.people_min, spec.people_max
    if not low <= count <= high:
        wanted = f"{low}名" if low == high else f"{low}至{high}名"
        findings.append(
            rule.finding(
                "people", f"{spec.people_role}填写了{count}名，应为{wanted}", Severity.WARNING,
                label=spec.people_role,
            )
        )  # fmt: skip
    not_full = [p.name for p in done.people if not p.full]
    if not_full:
        findings.append(
            rule.finding(
                "people", f"{'、'.join(not_full)}在{_day(done.date)}不是在册的正式党员",
                Severity.WARNING, f"{spec.people_role}应当是正式党员（预备党员不能担任）",
                spec.people_role,
            )
        )  # fmt: skip
    return findings


def _meeting(spec: StepSpec, done: Done) -> list[Finding]:
    if done.meeting is None:
        return []
    kind, day = done.meeting
    label = "会议记录"
    if not spec.meeting_kind:
        return [
            MEETING_LINK.finding(
                "activity", f"{spec.label}不由会议决定，不能链接会议记录", Severity.ERROR,
                label=label,
            )
        ]  # fmt: skip
    findings = []
    if kind != spec.meeting_kind:
        findings.append(
            MEETING_LINK.finding(
                "activity", f"{spec.label}应由{spec.meeting_kind}决定", Severity.ERROR,
                f"所选的记录是{_day(day)}的{kind}", label,
            )
        )  # fmt: skip
    elif day != done.date:
        findings.append(
            MEETING_LINK.finding(
                "activity", "会议记录的日期与本步骤的日期不同", Severity.ERROR,
                f"会议在{_day(day)}召开，本步骤为{_day(done.date)}", label,
            )
        )  # fmt: skip
    return findings


def _content(spec: StepSpec, done: Done, limits: Limits) -> list[Finding]:
    findings: list[Finding] = []
    if spec.code == "training" and (done.end_date is not None or done.hours is not None):
        end = done.end_date or done.date
        if end < done.date:
            findings.append(
                TRAINING.finding(
                    "end_date", "培训结束日期早于开始日期", Severity.ERROR, label="结束日期"
                )
            )
            return findings
        days = (end - done.date).days + 1
        if days < TRAINING_DAYS and (done.hours or 0) < TRAINING_HOURS:
            hours = f"、{done.hours:g}学时" if done.hours is not None else ""
            findings.append(
                TRAINING.finding(
                    "end_date", "集中培训不足三天或二十四学时", Severity.WARNING,
                    f"登记为{days}天{hours}", "培训时间",
                )
            )  # fmt: skip
    if done.publicity is not None:
        start, end = done.publicity
        if end < start:
            findings.append(
                PUBLICITY.finding(
                    "publicity", "公示结束日期早于开始日期", Severity.ERROR, label="公示"
                )
            )
        elif (end - start).days + 1 < limits.publicity_days:
            findings.append(
                PUBLICITY.finding(
                    "publicity", f"公示不足{limits.publicity_days}天", Severity.WARNING,
                    f"{_day(start)}至{_day(end)}，共{(end - start).days + 1}天", "公示",
                )
            )  # fmt: skip
    if spec.code in (ADMISSION, CONFIRMATION_MEETING) and done.vote is not None:
        findings += _vote(spec, done.vote)
    return findings


def _vote(spec: StepSpec, vote: TopicVote) -> list[Finding]:
    cast = vote.votes_for + vote.votes_against + vote.abstentions
    if vote.present > vote.due or cast > vote.present:
        return [
            GENERAL_MEETING_QUORUM.finding(
                "vote", "表决票数不成立", Severity.ERROR,
                f"应到{vote.due}人，实到{vote.present}人，同意、反对、弃权合计{cast}票", "表决",
            )
        ]  # fmt: skip
    if vote.passed:
        return []
    needed = votes_needed(vote.due)
    why = (
        f"实到{vote.present}人，须至少{needed}人到会"
        if vote.present < needed
        else f"同意{vote.votes_for}票，须超过应到会有表决权的{vote.due}人的半数（至少{needed}票）"
    )
    return [
        GENERAL_MEETING_QUORUM.finding(
            "vote", f"表决未通过，不能登记为{spec.name}通过", Severity.ERROR, why, "表决"
        )
    ]


# The pipeline: what is due next and by when.


@dataclass(frozen=True, slots=True)
class Due:
    """A step waiting for the person: by when it must be done (`by`), or from when it may be
    (`earliest`), and the rule that says so."""

    step: StepSpec
    by: date | None = None
    earliest: date | None = None
    rule: Rule | None = None
    since: date | None = None  # the day the wait is counted from

    def overdue(self, today: date) -> bool:
        return self.by is not None and self.by < today

    def due_within(self, today: date, days: int = DUE_SOON_DAYS) -> bool:
        return self.by is not None and today <= self.by and (self.by - today).days <= days

    @property
    def text(self) -> str:
        if self.by is not None:
            return f"{self.step.label}，应在{_day(self.by)}前"
        if self.earliest is not None:
            return f"{self.step.label}，{_day(self.earliest)}起"
        return self.step.label


def dues(
    steps: Sequence[StepSpec],
    history: Sequence[Done],
    limits: Limits = Limits(),
    probation_end: date | None = None,
) -> list[Due]:
    """What is due next for a person whose recorded steps are `history`: the next step not yet
    recorded, with its deadline or its earliest day where a rule gives one, and, while the person
    is an 积极分子, the half-yearly 考察. `probation_end` is the roster's end of the 预备期 (an
    extension moves it); without it the year is counted from the vote."""
    if not history:
        return [Due(steps[0])] if steps else []
    recorded = {d.code for d in history}
    last = max((s for s in steps if s.code in recorded), key=lambda s: s.number, default=None)
    if last is None:
        return []
    waiting = [s for s in steps if s.number > last.number and s.code not in recorded]
    found: list[Due] = []
    application = _first(history, "application")
    activist = _first(history, "activist")
    admission = _first(history, ADMISSION)
    meeting = _first(history, CONFIRMATION_MEETING)
    if activist is not None and "candidate" not in recorded:
        assessed = _last(history, "assessment")
        since = max(activist.date, assessed.date if assessed else activist.date)
        spec = next((s for s in steps if s.code == "assessment"), None)
        if spec is not None:
            found.append(Due(spec, add_months(since, ASSESSMENT_MONTHS), rule=ASSESSMENT,
                             since=since))  # fmt: skip
    # The half-yearly 考察 is listed above while it applies; the next step is the one after it.
    waiting = [s for s in waiting if not (s.code == "assessment" and found)]
    if not waiting:
        return found
    following = waiting[0]
    due = Due(following)
    if following.code == "talk" and application is not None:
        due = Due(following, add_months(application.date, TALK_MONTHS), rule=TALK,
                  since=application.date)  # fmt: skip
    elif following.code == "activist" and application is not None and limits.activist_after_months:
        due = Due(following, earliest=add_months(application.date, limits.activist_after_months),
                  rule=ACTIVIST_AFTER, since=application.date)  # fmt: skip
    elif following.code == "candidate" and activist is not None:
        due = Due(following, earliest=add_years(activist.date, CANDIDATE_AFTER_YEARS),
                  rule=CANDIDATE_AFTER, since=activist.date)  # fmt: skip
    elif following.code == APPROVAL_STEP and admission is not None:
        due = Due(following, add_months(admission.date, APPROVAL_MONTHS[0]), rule=APPROVAL,
                  since=admission.date)  # fmt: skip
    elif following.code == CONFIRMATION_STEP and meeting is not None:
        due = Due(following, add_months(meeting.date, CONFIRMATION_APPROVAL_MONTHS),
                  rule=CONFIRMATION_APPROVAL, since=meeting.date)  # fmt: skip
    elif following.code in ("confirmation_request", CONFIRMATION_MEETING) and admission:
        end = probation_end or add_years(admission.date, 1)
        if following.code == CONFIRMATION_MEETING:
            due = Due(following, end, rule=CONFIRMATION_ON_TIME, since=admission.date)
        else:
            due = Due(following, earliest=add_months(end, -1), since=admission.date)
    return [*found, due]
