"""三张清单 rules: each item's deadline and where it stands against it on a day, what an item
must say to be kept, and what 销号 needs (DOMAIN.md §8). Pure: no database session (the service and
the book gather, these judge); each rule in the rule book's form.

Citations: turning a 组织生活会's 查摆问题 into 整改 items is 《中国共产党支部工作条例（试行）》第十七条
("会上查摆问题……会后制定整改措施，逐一整改落实"), read in a reprint of the article. That an item has a
责任人 and a 时限, that one past it is 逾期, and that 销号 needs the work done, its 佐证材料 and a
验收 are how townships run their 整改台账 (清单式管理、销号式推进): 地方规定, with no article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dangwu_desktop.core.rulebook import (
    BRANCH_REGULATIONS,
    LOCAL_RULE,
    Finding,
    Rule,
    Severity,
    Source,
)

WARN_DAYS_DEFAULT = 7  # 到期前几天在首页提醒 (a setting)
WARN_CHOICES_MAXIMUM = 60
LIFE_MEETING_MONTHS = 3  # the 时限 the dialog proposes for a 查摆问题: the program's default


class ListKind(StrEnum):
    """Which of the three lists an item is on."""

    PROBLEM = "问题清单"
    TASK = "任务清单"
    DUTY = "责任清单"


class ItemSource(StrEnum):
    """Where an item came from. The first five are the sources townships name for 整改 items;
    a 任务清单's items are mostly 上级部署, a 责任清单's the branch's own division of work."""

    INSPECTION = "上级督查"
    PATROL = "巡察"
    UNANNOUNCED = "明察暗访"
    LIFE_MEETING = "组织生活会查摆"
    MASSES = "群众反映"
    ASSIGNED = "上级部署"
    SELF_CHECK = "支部自查"
    OTHER = "其他"


class ItemStatus(StrEnum):
    NOT_STARTED = "未开始"
    UNDER_WAY = "推进中"
    DONE = "已完成"
    CLOSED = "已销号"


OPEN_STATUSES = frozenset({ItemStatus.NOT_STARTED, ItemStatus.UNDER_WAY})
FINISHED_STATUSES = frozenset({ItemStatus.DONE, ItemStatus.CLOSED})


class EvidenceKind(StrEnum):
    """What a 佐证材料 file is."""

    PHOTO = "照片"
    DOCUMENT = "文件资料"
    RECORD = "台账记录"
    OTHER = "其他材料"


# The 类型 a list's items are usually sorted under; the box takes any other word too.
CATEGORIES: dict[ListKind, tuple[str, ...]] = {
    ListKind.PROBLEM: (
        "组织建设",
        "党员教育管理",
        "组织生活",
        "作风建设",
        "党风廉政",
        "村务管理",
        "服务群众",
        "其他",
    ),
    ListKind.TASK: ("党建工作", "乡村振兴", "基层治理", "集体经济", "民生实事", "其他"),
    ListKind.DUTY: ("主体责任", "第一责任人", "一岗双责", "监督责任", "其他"),
}

LISTS_CHECKS = "三张清单、首页提醒、整改台账"

DEADLINE_RULE = Rule(
    "lists.deadline",
    "问题清单、任务清单的每一事项应明确责任人和完成时限；到期未完成的为逾期，到期前提醒",
    f"{LOCAL_RULE}（整改台账清单式管理：明确责任人、整改时限，逾期未完成的督办）",
    Source.LOCAL, "到期前7天提醒", "lists/warn_days", LISTS_CHECKS,
)  # fmt: skip
DUTY_RULE = Rule(
    "lists.duty_long_term",
    "责任清单的事项可以长期坚持，不设完成时限；仍须明确责任人",
    f"{LOCAL_RULE}（责任清单明确支部书记、委员的职责分工）",
    Source.LOCAL, used_in=LISTS_CHECKS,
)  # fmt: skip
LIFE_MEETING_RULE = Rule(
    "lists.life_meeting_rectification",
    "组织生活会查摆出的问题，会后制定整改措施，逐一整改落实",
    f"{BRANCH_REGULATIONS}第十七条：组织生活会应当确定主题，会前认真学习，谈心谈话，听取意见；"
    "会上查摆问题，开展批评和自我批评，明确整改方向；会后制定整改措施，逐一整改落实",
    used_in="从组织生活会查摆问题生成整改事项、首页提醒",
)  # fmt: skip
CLOSE_RULE = Rule(
    "lists.close_after_review",
    "整改事项完成后，附佐证材料，经验收（支委会研究或上级审核）方可销号",
    f"{LOCAL_RULE}（整改一项、验收一项、销号一项）",
    Source.LOCAL, used_in="销号、销号清单",
)  # fmt: skip
RULES = (DEADLINE_RULE, DUTY_RULE, LIFE_MEETING_RULE, CLOSE_RULE)


class Timing(StrEnum):
    """Where an item stands against its 时限 on a day."""

    LONG_TERM = "长期"
    ON_TRACK = "按期推进"
    DUE_SOON = "即将到期"
    OVERDUE = "逾期"
    DONE_ON_TIME = "按期完成"
    DONE_LATE = "逾期完成"


@dataclass(frozen=True, slots=True)
class Standing:
    """`days`: for 即将到期 the days left (0 on the day itself), for 逾期 the days past, for 逾期完成
    the days late; 0 otherwise."""

    timing: Timing
    days: int = 0

    @property
    def text(self) -> str:
        if self.timing is Timing.OVERDUE:
            return f"逾期{self.days}天"
        if self.timing is Timing.DUE_SOON:
            return "今天到期" if self.days == 0 else f"{self.days}天后到期"
        if self.timing is Timing.DONE_LATE:
            return f"逾期{self.days}天完成"
        return self.timing.value


def standing(
    deadline: date | None,
    status: ItemStatus,
    completed_on: date | None,
    today: date,
    warn_days: int,
) -> Standing:
    """An item's standing on `today`: the 时限 is the last day to finish (an item done on it is in
    time; one still open the day after is 逾期); one without a 时限 is 长期. A finished item is
    judged by the day it was done, whatever today is."""
    if deadline is None:
        return Standing(Timing.LONG_TERM)
    if status in FINISHED_STATUSES:
        late = (completed_on - deadline).days if completed_on is not None else 0
        return Standing(Timing.DONE_LATE, late) if late > 0 else Standing(Timing.DONE_ON_TIME)
    left = (deadline - today).days
    if left < 0:
        return Standing(Timing.OVERDUE, -left)
    if left <= warn_days:
        return Standing(Timing.DUE_SOON, left)
    return Standing(Timing.ON_TRACK)


def is_overdue(deadline: date | None, status: ItemStatus, today: date) -> bool:
    return deadline is not None and status in OPEN_STATUSES and today > deadline


@dataclass(frozen=True, slots=True)
class ItemInput:
    """An item as the dialog or a script supplies it. `responsible_id` is a member of the roster;
    a cadre who is not one (a 村委会 member) is named in `responsible` alone."""

    kind: ListKind
    description: str
    raised_on: date  # 提出（交办、发现）日期
    source: ItemSource = ItemSource.SELF_CHECK
    category: str = ""
    source_detail: str = ""  # 督查通报、巡察反馈意见的名称和文号
    measures: str = ""
    responsible: str = ""
    responsible_id: int | None = None
    deadline: date | None = None
    status: ItemStatus = ItemStatus.NOT_STARTED
    completed_on: date | None = None
    result: str = ""  # 完成（整改）情况
    evidence: str = ""  # 佐证材料说明 (where the paper copies are, what the files show)
    meeting_id: int | None = None  # 研究部署的会议


def _error(attribute: str, reason: str, label: str, rule: Rule = DEADLINE_RULE) -> Finding:
    return rule.finding(attribute, reason, Severity.ERROR, label=label)


def _warning(attribute: str, reason: str, label: str, rule: Rule = DEADLINE_RULE) -> Finding:
    return rule.finding(attribute, reason, Severity.WARNING, label=label)


def item_findings(given: ItemInput, today: date) -> list[Finding]:
    """What is refused (错误) or pointed out (提示) in an item, whatever else is stored."""
    findings: list[Finding] = []
    if not given.description.strip():
        findings.append(_error("description", "请填写事项内容", "事项内容"))
    if not given.responsible.strip() and given.responsible_id is None:
        findings.append(_error("responsible", "请填写责任人", "责任人"))
    if given.raised_on > today:
        findings.append(_error("raised_on", "提出日期不能晚于今天", "提出日期"))
    if given.deadline is None and given.kind is not ListKind.DUTY:
        findings.append(_error("deadline", f"{given.kind.value}的事项须填写完成时限", "完成时限"))
    if given.deadline is not None and given.deadline < given.raised_on:
        findings.append(_error("deadline", "完成时限不能早于提出日期", "完成时限"))
    if given.status is ItemStatus.CLOSED:
        findings.append(_error("status", "销号请用“销号”登记验收情况", "状态", CLOSE_RULE))
    if given.status is ItemStatus.DONE:
        if given.completed_on is None:
            findings.append(_error("completed_on", "已完成的事项请填写完成日期", "完成日期"))
        elif given.completed_on > today:
            findings.append(_error("completed_on", "完成日期不能晚于今天", "完成日期"))
        elif given.completed_on < given.raised_on:
            findings.append(_error("completed_on", "完成日期不能早于提出日期", "完成日期"))
    elif given.completed_on is not None:
        findings.append(
            _error("completed_on", "尚未完成的事项不填完成日期（状态选“已完成”时再填）", "完成日期")
        )
    if given.kind is ListKind.PROBLEM and not given.measures.strip():
        findings.append(_warning("measures", "还没有填写整改措施", "整改措施"))
    if is_overdue(given.deadline, given.status, today):
        assert given.deadline is not None
        findings.append(
            _warning("deadline", f"完成时限{given.deadline:%Y-%m-%d}已过，保存后即为逾期",
                     "完成时限")
        )  # fmt: skip
    if given.source is ItemSource.LIFE_MEETING and given.meeting_id is None:
        findings.append(
            _warning("meeting_id", "来源是组织生活会查摆，请选择那次组织生活会的记录", "研究会议",
                     LIFE_MEETING_RULE)
        )  # fmt: skip
    return findings


@dataclass(frozen=True, slots=True)
class CloseInput:
    """销号: the day, who checked the work (验收人或单位), what they said, and the meeting that
    checked it where a 支委会 did."""

    closed_on: date
    reviewer: str
    review_note: str = ""
    evidence: str = ""  # 佐证材料说明, kept on the item
    review_meeting_id: int | None = None


def close_findings(
    status: ItemStatus,
    completed_on: date | None,
    files: int,
    given: CloseInput,
    today: date,
) -> list[Finding]:
    """What 销号 needs: the item 已完成 first, 佐证材料 (files or a written account of them) and a
    验收 (who checked it, or the meeting that did), dated between the completion and today."""
    findings: list[Finding] = []
    if status is ItemStatus.CLOSED:
        findings.append(_error("status", "这一事项已经销号", "状态", CLOSE_RULE))
        return findings
    if status is not ItemStatus.DONE or completed_on is None:
        findings.append(
            _error("status", f"事项{status.value}，尚未完成：请先登记完成情况，再销号", "状态",
                   CLOSE_RULE)
        )  # fmt: skip
    if files == 0 and not given.evidence.strip():
        findings.append(
            _error("evidence", "没有佐证材料：请添加照片、文件等附件，或写明佐证材料及存放处",
                   "佐证材料", CLOSE_RULE)
        )  # fmt: skip
    if not given.reviewer.strip() and given.review_meeting_id is None:
        findings.append(
            _error("reviewer", "请填写验收人或验收单位（如 镇党委组织办），或选择验收的会议",
                   "验收人（单位）", CLOSE_RULE)
        )  # fmt: skip
    if given.closed_on > today:
        findings.append(_error("closed_on", "销号日期不能晚于今天", "销号日期", CLOSE_RULE))
    elif completed_on is not None and given.closed_on < completed_on:
        findings.append(
            _error("closed_on", f"销号日期不能早于完成日期{completed_on:%Y-%m-%d}", "销号日期",
                   CLOSE_RULE)
        )  # fmt: skip
    return findings


def progress_findings(day: date, raised_on: date, today: date) -> list[Finding]:
    """A progress note is dated within the item's life: not before it was raised, not after today."""
    if day > today:
        return [_error("date", "进展日期不能晚于今天", "日期")]
    if day < raised_on:
        return [_error("date", f"进展日期不能早于提出日期{raised_on:%Y-%m-%d}", "日期")]
    return []
