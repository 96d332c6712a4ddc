"""What makes a record of organisational life acceptable, and what makes it thin (DOMAIN.md §3).

Errors stop a save; warnings are the completeness check an inspector would apply, shown before
saving so that a secretary can add what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from dangwu_desktop.core.glossary import (
    CHINESE_ORDINALS,
    ORGANISATIONAL_LIFE,
    TRAINING_FORMS,
    ActivityKind,
    Attendance,
    ExcusalReason,
    some_names,
)
from dangwu_desktop.core.rulebook import COMMITTEE_CITATION as COMMITTEE_CITATION
from dangwu_desktop.core.rulebook import MAXIMUM_DAILY_HOURS as MAXIMUM_DAILY_HOURS
from dangwu_desktop.core.rulebook import QUORUM_CITATION as QUORUM_CITATION
from dangwu_desktop.core.rulebook import (
    STUDY_HOURS_RECORDED,
    Finding,
    Severity,
    TopicVote,
    committee_quorum,
    general_meeting_quorum,
    people_present,
    topic_votes,
    votes_needed,
)
from dangwu_desktop.core.rulebook import TRAINING_CITATION as TRAINING_CITATION

LABELS = {
    "kind": "类别",
    "date": "日期",
    "time": "时间",
    "place": "地点",
    "title": "主题",
    "host": "主持人",
    "recorder": "记录人",
    "group": "党小组",
    "observers": "列席人员",
    "attendance": "出席情况",
    "topics": "议题",
    "minutes": "会议记录",
    "decisions": "决议",
    "study_hours": "学时",
    "teacher": "主讲人",
    "votes": "表决",
    "talks": "谈话记录",
}
DECISION_MEETINGS = frozenset({ActivityKind.BRANCH_GENERAL, ActivityKind.COMMITTEE})
MINUTES_MINIMUM_CHARACTERS = 60


@dataclass(slots=True)
class Attendee:
    member_id: int
    name: str
    attendance: Attendance
    reason: str = ""
    full_member: bool = True  # 正式党员: has a vote at a 支部党员大会
    mobile: bool = False  # 流动党员: away from the village at the time


@dataclass(frozen=True, slots=True)
class Excused:
    """A member the branch decided is not counted among those due at a 党员大会 on the record's
    date (or, under 留党察看, has no vote): who, why, and when it was decided."""

    member_id: int
    name: str
    reason: ExcusalReason
    decided_on: date

    @property
    def line(self) -> str:
        """As the record and its print say it: 王五（卧床不起，2026年3月1日决定）."""
        return f"{self.name}（{self.reason.value}，{self.decided_on.year}年{self.decided_on.month}月{self.decided_on.day}日决定）"


@dataclass(frozen=True, slots=True)
class Talk:
    """One conversation of a 谈心谈话 record. A name typed that is not one member of the roster
    has no id (the check says so); the names are kept for the findings and the print."""

    talker_id: int | None  # 谈话人
    talker: str
    talkee_id: int | None  # 谈话对象
    talkee: str
    date: date
    content: str = ""  # 谈话内容
    suggestions: str = ""  # 意见建议
    talk_type: str = ""  # 谈话类型, e.g. 委员之间 / 委员与党员 / 提醒谈话

    @property
    def line(self) -> str:
        """As the record and its print head a conversation: 2026年1月12日 陈静与王伟谈话（…）."""
        kind = f"（{self.talk_type}）" if self.talk_type else ""
        day = f"{self.date.year}年{self.date.month}月{self.date.day}日"
        return f"{day}　谈话人：{self.talker}　谈话对象：{self.talkee}{kind}"


@dataclass(slots=True)
class ActivityDraft:
    """A record as the dialog or a script supplies it."""

    kind: ActivityKind
    date: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    title: str = ""
    host: str = ""
    recorder: str = ""
    group_id: int | None = None
    observers: str = ""
    topics: list[str] = field(default_factory=list)
    # 表决 on a 党员大会's 议题, by the topic's place in `topics`; a topic not voted on has none.
    votes: dict[int, TopicVote] = field(default_factory=dict)
    minutes: str = ""
    decisions: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    study_hours: float | None = None  # 学时: set, the record counts as training for those present
    teacher: str = ""  # 主讲人 / 组织者
    # 所属年度, for the kinds held after their year ends (rulebook.YEAR_END_KINDS); None: the
    # rule book's default for the date.
    belongs_to_year: int | None = None
    # Filled in by the service from the branch's decisions in force on the date (党员大会 only).
    excused: list[Excused] = field(default_factory=list)
    # A 谈心谈话's conversations, one each (ignored on the other kinds).
    talks: list[Talk] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return len(self.attendees)

    def voters(self) -> tuple[int, int]:
        """(due, present) of those with a vote at a 党员大会: 正式党员 listed as due, less those
        the branch has excused or who are under 留党察看."""
        excused = {e.member_id for e in self.excused}
        voters = [a for a in self.attendees if a.full_member and a.member_id not in excused]
        return len(voters), sum(a.attendance is Attendance.PRESENT for a in voters)

    def quorum_note(self) -> str:
        """What the dialog shows under the attendance of a 党员大会 or 支委会 while it is typed."""
        if self.kind is ActivityKind.BRANCH_GENERAL:
            due, present = self.voters()
            note = f"有表决权的党员应到 {due} 人，实到 {present} 人"
            if due:
                needed = votes_needed(due)
                state = "已过半数" if present >= needed else "未过半数，不能表决"
                note += f"（{state}；表决须至少 {needed} 人到会、{needed} 票赞成）"
            if self.excused:
                note += "；经支部决定不计应到或无表决权：" + "、".join(e.line for e in self.excused)
            return note
        if self.kind is ActivityKind.COMMITTEE and self.expected:
            needed = votes_needed(self.expected)
            state = "已过半数" if self.present >= needed else "未过半数"
            return f"到会委员{state}（须至少 {needed} 人）"
        return ""

    @property
    def present(self) -> int:
        return sum(a.attendance is Attendance.PRESENT for a in self.attendees)

    def topics_with_votes(self) -> list[tuple[str, TopicVote | None]]:
        """The 议题 that are filled in, each with its 表决 (a 党员大会's only)."""
        general = self.kind is ActivityKind.BRANCH_GENERAL
        return [
            (text.strip(), self.votes.get(index) if general else None)
            for index, text in enumerate(self.topics)
            if text.strip()
        ]


def _finding(
    attribute: str, reason: str, severity: Severity, detail: str = "", citation: str = ""
) -> Finding:
    return Finding(attribute, reason, severity, detail, citation, LABELS.get(attribute, attribute))


def check_activity(draft: ActivityDraft, today: date) -> list[Finding]:
    """Errors first, then the completeness warnings."""
    findings = [*_errors(draft, today), *_thin_record(draft)]
    if draft.kind is ActivityKind.TALK:
        findings += talk_findings(draft.talks, today)
    if draft.kind is ActivityKind.BRANCH_GENERAL:
        findings += topic_votes(draft.topics_with_votes(), *draft.voters(), draft.decisions)
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def _errors(draft: ActivityDraft, today: date) -> list[Finding]:
    errors = []
    error = Severity.ERROR
    if draft.date > today:
        errors.append(
            _finding("date", "日期在未来", error, "只能记录已经开展的活动；计划请填在季度计划中")
        )
    if draft.start_time and draft.end_time and draft.end_time <= draft.start_time:
        errors.append(_finding("time", "结束时间应晚于开始时间", error))
    if draft.kind is ActivityKind.GROUP and draft.group_id is None:
        errors.append(_finding("group", "党小组会须选择党小组", error))
    if draft.attendees and draft.present == 0:
        errors.append(_finding("attendance", "没有出席人员", error, "请在出席情况中勾选到会的党员"))
    unexplained = [
        a.name
        for a in draft.attendees
        if a.attendance is Attendance.ABSENT and not a.reason.strip()
    ]
    if unexplained:
        names = some_names(unexplained, 5)
        errors.append(
            _finding("attendance", "缺席人员未写明原因", error, f"{names}共{len(unexplained)}人")
        )
    absent = {a.name for a in draft.attendees if a.attendance is Attendance.ABSENT}
    roles = {"主持人": draft.host, "记录人": draft.recorder, "主讲人": draft.teacher}
    errors.extend(people_present(roles, absent))
    if not draft.attendees and draft.kind is not ActivityKind.OTHER:
        errors.append(
            _finding("attendance", "没有应到人员", error, "请在出席情况中加入应到会的党员")
        )
    errors.extend(_hour_errors(draft))
    return errors


def talk_findings(talks: list[Talk], today: date) -> list[Finding]:
    """Each conversation names two different members of the roster, on a day already past, and
    says what was talked about; a 谈心谈话 record without conversations counts for nobody."""
    error, warning = Severity.ERROR, Severity.WARNING
    if not talks:
        detail = (
            "在“谈话记录”中逐次登记谈话人、谈话对象、日期和谈话内容，才能统计年度谈心谈话覆盖情况"
        )
        return [_finding("talks", "没有逐次登记谈话", warning, detail)]
    findings = []
    for number, talk in enumerate(talks, start=1):
        where = f"第{number}次谈话"
        for role, name, member in (
            ("谈话人", talk.talker, talk.talker_id),
            ("谈话对象", talk.talkee, talk.talkee_id),
        ):
            if member is None:
                shown = f"“{name.strip()}”不是花名册中的党员" if name.strip() else f"未填写{role}"
                findings.append(
                    _finding(
                        "talks", f"{where}的{role}有误", error, f"{shown}，请从提示的姓名中选择"
                    )
                )
        if talk.talker_id is not None and talk.talker_id == talk.talkee_id:
            findings.append(_finding("talks", f"{where}的谈话人和谈话对象是同一人", error))
        if talk.date > today:
            findings.append(
                _finding("talks", f"{where}的日期在未来", error, "只能登记已经进行的谈话")
            )
        if not talk.content.strip():
            findings.append(_finding("talks", f"{where}未填写谈话内容", warning))
    return findings


def _hour_errors(draft: ActivityDraft) -> list[Finding]:
    hours, error = draft.study_hours, Severity.ERROR
    if hours is None:
        if draft.kind in TRAINING_FORMS and draft.kind is not ActivityKind.LECTURE:
            reason = STUDY_HOURS_RECORDED.wording
            return [STUDY_HOURS_RECORDED.finding("study_hours", reason, error, label="学时")]
        return []
    if hours <= 0:
        return [_finding("study_hours", "学时应大于0", error, "不计学时的记录请把学时清空")]
    if hours > MAXIMUM_DAILY_HOURS:
        detail = "多天的培训请按天分别记录"
        return [_finding("study_hours", f"一天的学时不能超过{MAXIMUM_DAILY_HOURS}", error, detail)]
    return []


def only_outline(draft: ActivityDraft) -> bool:
    """The minutes are still the template's headings, one per 议题 (一、传达学习 …), and nothing
    was written under them: the record of a meeting nobody has described yet."""
    topics = {t.strip() for t in draft.topics if t.strip()}
    lines = [line.strip() for line in draft.minutes.splitlines() if line.strip()]
    return bool(lines) and all(_heading(line) in topics for line in lines)


def _heading(line: str) -> str | None:
    """The 议题 of a line 一、传达学习 (or 1、传达学习); None for any other line."""
    ordinal, separator, topic = line.partition("、")
    if separator and ordinal and all(c in CHINESE_ORDINALS or c.isdigit() for c in ordinal):
        return topic.strip()
    return None


def _thin_record(draft: ActivityDraft) -> list[Finding]:
    warning = Severity.WARNING
    if draft.kind not in ORGANISATIONAL_LIFE:  # a study session: what was studied, and who taught
        warnings = []
        if not draft.teacher.strip():
            warnings.append(_finding("teacher", "未填写主讲人或组织者", warning))
        if not [t for t in draft.topics if t.strip()]:
            warnings.append(_finding("topics", "没有填写学习内容", warning))
        return warnings
    if draft.kind is ActivityKind.TALK and draft.talks:
        return []  # each conversation is its own record: talk_findings judges them
    warnings = [
        _finding(attribute, f"未填写{LABELS[attribute]}", warning)
        for attribute in ("place", "host", "recorder")
        if not getattr(draft, attribute).strip()
    ]
    if not [t for t in draft.topics if t.strip()]:
        warnings.append(_finding("topics", "没有议题", warning, "检查时会看每次会议议了什么"))
    if draft.kind in DECISION_MEETINGS and not draft.decisions.strip():
        warnings.append(
            _finding("decisions", "没有决议", warning, f"{draft.kind.value}应记录作出的决定")
        )
    if only_outline(draft):
        warnings.append(
            _finding(
                "minutes",
                "会议记录只有模板提纲",
                warning,
                "各议题下还没有记录发言和讨论情况；保存后本次会议即按已开展计算",
            )
        )
    elif len(draft.minutes.strip()) < MINUTES_MINIMUM_CHARACTERS:
        warnings.append(
            _finding(
                "minutes",
                "会议记录过短",
                warning,
                f"不足{MINUTES_MINIMUM_CHARACTERS}字，请如实记录发言和讨论情况",
            )
        )
    if draft.kind is ActivityKind.BRANCH_GENERAL:
        warnings.extend(general_meeting_quorum(*draft.voters()))
    if draft.kind is ActivityKind.COMMITTEE:
        warnings.extend(committee_quorum(draft.expected, draft.present))
    return warnings
