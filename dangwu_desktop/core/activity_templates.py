"""The default agenda of each kind of record, so a new record starts with what inspections expect.

A template is a list of 议题; the minutes start with one heading per 议题. A branch may change
a kind's template in 设置 (kept as a setting); these are the defaults.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import CHINESE_ORDINALS, ActivityKind
from dangwu_desktop.core.models import Setting
from dangwu_desktop.core.rules import TextField
from dangwu_desktop.core.services import require_clean_text
from dangwu_desktop.core.text_rules import TextKind

DEFAULT_TOPICS: dict[ActivityKind, tuple[str, ...]] = {
    ActivityKind.BRANCH_GENERAL: ("传达学习上级精神", "通报支部近期工作", "讨论决定有关事项"),
    ActivityKind.COMMITTEE: ("传达学习", "研究事项", "工作部署"),
    ActivityKind.GROUP: ("集中学习", "讨论交流", "党员思想和工作情况汇报"),
    ActivityKind.LECTURE: ("党课", "交流讨论"),
    ActivityKind.THEME_DAY: ("重温入党誓词", "集中学习", "主题实践活动", "交纳党费"),
    ActivityKind.LIFE_MEETING: ("通报上年度整改落实情况", "对照检查", "批评与自我批评", "整改措施"),
    ActivityKind.APPRAISAL: ("个人自评", "党员互评", "民主测评", "确定评议等次"),
    ActivityKind.TALK: ("开展谈心谈话", "梳理意见建议并研究落实"),  # each talk: 谈话记录
    ActivityKind.OTHER: (),
    ActivityKind.COLLECTIVE_STUDY: ("学习内容", "交流讨论"),
    ActivityKind.DISTANCE_EDUCATION: ("收看远程教育节目", "交流讨论"),
    ActivityKind.SPECIAL_TRAINING: ("专题辅导", "交流研讨"),
    ActivityKind.STUDY_TRIP: ("参观学习", "心得交流"),
    ActivityKind.ONLINE_STUDY: ("线上学习内容",),
    ActivityKind.SELF_STUDY: ("自学内容",),
}


def template_key(kind: ActivityKind) -> str:
    """The setting that keeps a kind's template."""
    return f"templates/{kind.name.lower()}"


def template_topics(session: Session, kind: ActivityKind) -> list[str]:
    stored = session.get(Setting, template_key(kind))
    if stored is not None:
        return [line for line in stored.value.splitlines() if line.strip()]
    return list(DEFAULT_TOPICS[kind])


def save_template_topics(session: Session, kind: ActivityKind, topics: list[str]) -> None:
    """Raises RecordInvalid, storing nothing, for a 议题 the text rule refuses."""
    require_clean_text(
        TextField("topics", topic, TextKind.LINE, "议题", f"第{index}条的")
        for index, topic in enumerate(topics, start=1)
    )
    value = "\n".join(t.strip() for t in topics if t.strip())
    before = template_topics(session, kind)
    stored = session.get(Setting, template_key(kind))
    if stored is None:
        session.add(Setting(key=template_key(kind), value=value))
    else:
        stored.value = value
    session.flush()
    if lines := audit.listed_changes("议题", before, value.splitlines() if value else []):
        audit.record(session, "设置", "修改", f"{kind.value}议题模板", lines)


def minutes_outline(topics: list[str]) -> str:
    """一、传达学习 … : a heading per 议题, for the recorder to fill in."""
    lines = []
    for index, topic in enumerate(t for t in topics if t.strip()):
        ordinal = CHINESE_ORDINALS[index] if index < len(CHINESE_ORDINALS) else str(index + 1)
        lines += [f"{ordinal}、{topic}", "", ""]
    return "\n".join(lines).rstrip() + ("\n" if lines else "")


def reset_template(session: Session, kind: ActivityKind) -> None:
    """Back to the built-in default agenda."""
    stored = session.get(Setting, template_key(kind))
    if stored is not None:
        lines = audit.listed_changes("议题", template_topics(session, kind), DEFAULT_TOPICS[kind])
        audit.record(session, "设置", "恢复默认", f"{kind.value}议题模板", lines)
        session.delete(stored)
        session.flush()
