"""操作日志: every change to members, records, training and settings, written by a flush hook in
the same transaction as the change itself, so no service can forget it and no change outlives
its entry (or the other way round)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction, object_session

from dangwu_desktop.core.glossary import QUARTER_NAMES, ActivityKind
from dangwu_desktop.core.idnumber import mask
from dangwu_desktop.core.member_fields import audit_labels
from dangwu_desktop.core.models import (
    Activity,
    ActivityAttachment,
    Appraisal,
    AuditEntry,
    Base,
    Branch,
    CommitteeMember,
    ExternalStudy,
    Member,
    MemberMovement,
    PartyGroup,
    PlannedActivity,
    ReportNote,
    Setting,
)


def _member_name(row: Any) -> str:
    """The member a row is about, also while the row is still pending (its relationship unloaded)."""
    session = object_session(row)
    member = session.get(Member, row.member_id) if session and row.member_id else row.member
    return member.name if member is not None else ""


def _report_period(key: str) -> str:
    year, _, quarter = key.partition("-Q")
    return f"{year}年{QUARTER_NAMES[int(quarter) - 1]}" if quarter else f"{year}年度"


# Settings that are not among the settings page's items (those carry their own label).
SETTING_NAMES = {
    "security/password": "登录密码",
    "security/failures": "密码连续输错次数",
    "security/locked_until": "密码输错后暂停到",
    "database/id": "数据库标识",
}


def setting_name(key: str) -> str:
    """What a setting is called in Chinese words, from the same specs the 设置 page shows."""
    # Imported here: the settings service imports the models and services, which load after this hook.
    from dangwu_desktop.core.activity_templates import template_key
    from dangwu_desktop.core.services.settings import REGISTERED

    names = {key: spec.label for key, spec in REGISTERED.items()}
    names |= {template_key(kind): f"{kind.value}议题模板" for kind in ActivityKind}
    return names.get(key) or SETTING_NAMES.get(key) or key


# What each audited model is called, and how one of its rows is named in the log.
SUBJECTS: dict[type[Base], tuple[str, Callable[[Any], str]]] = {
    Member: ("党员", lambda m: m.name),
    MemberMovement: ("人员变动", lambda m: f"{_member_name(m)} {m.kind.value} {m.date}"),
    Activity: ("组织生活与学习", lambda a: f"{a.date} {a.kind.value}"),
    ActivityAttachment: ("附件", lambda a: a.original_name),
    ExternalStudy: ("外出学习学时", lambda e: f"{_member_name(e)} {e.date}"),
    PartyGroup: ("党小组", lambda g: g.name),
    Branch: ("支部信息", lambda b: b.name),
    CommitteeMember: (
        "支部委员",
        lambda c: f"{c.post.value if hasattr(c.post, 'value') else c.post}{c.name}",
    ),
    Setting: ("设置", lambda s: setting_name(s.key)),
    ReportNote: ("报告文字", lambda n: f"{_report_period(n.period)}工作报告"),
    Appraisal: ("民主评议", lambda a: f"{_member_name(a)} {a.year}年"),
    PlannedActivity: (
        "季度计划",
        lambda p: (
            f"{p.year}年{QUARTER_NAMES[p.quarter - 1]} {p.kind.value if p.kind else ''}".rstrip()
        ),
    ),
}
# The Chinese word for each logged field; a field that means something else in one book is
# named in MODEL_LABELS.
LABELS = {
    **audit_labels(),  # the member's fields, from their registry (core.member_fields)
    "kind": "类别", "date": "日期",
    "place": "地点", "title": "主题", "host": "主持人", "recorder": "记录人", "minutes": "会议记录",
    "decisions": "决议", "study_hours": "学时", "teacher": "主讲人", "deleted_at": "删除时间", "value": "内容",
    "hours": "学时", "source": "来源", "grade": "等次", "comment": "评议意见", "term_start": "任期开始",
    "term_end": "任期届满", "parent_org": "上级党组织", "leader": "党小组长", "mobile_since": "外出时间",
    "mobile_org": "流入地党组织", "reason": "原因", "other_org": "转入/转出党组织",
    "letter_number": "介绍信编号", "start_time": "开始时间", "end_time": "结束时间",
    "observers": "列席人员", "original_name": "文件名", "size": "文件大小（字节）", "year": "年度",
    "quarter": "季度", "planned_date": "计划日期", "topic": "主题", "achievements": "工作成效",
    "problems": "存在问题", "plans": "下步打算", "post": "职务",
}  # fmt: skip
MODEL_LABELS: dict[type[Base], dict[str, str]] = {
    Branch: {"name": "支部名称"},
    PartyGroup: {"name": "党小组名称"},
    ExternalStudy: {"topic": "学习内容"},
    ActivityAttachment: {"kind": "附件类别"},
    MemberMovement: {"kind": "变动类别", "place": "流向地"},
}
QUIET = frozenset(
    {
        "search_key",
        "updated_at",
        "entered_at",
        "recorded_at",
        "created_at",
        "added_at",
        "sort_order",
        "sha256",  # the file's fingerprint and its name in the attachments folder: internal
        "stored_name",
    }
)

LONG_TEXT = 40
SECRET = "security/"

_operator = ""


def set_operator(name: str) -> None:
    """Who is making changes, where the program has a login; empty otherwise."""
    global _operator
    _operator = name


def _shown(attribute: str, value: object) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime | date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    text = str(value)
    if attribute == "id_number":
        return mask(text)
    return text if len(text) <= LONG_TEXT else text[:LONG_TEXT] + "…"


def logged_fields(model: type[Base]) -> list[str]:
    """The columns whose changes an entry lists: not keys (the entry's record names the row),
    links to other rows, or bookkeeping."""
    return [
        attribute.key
        for attribute in inspect(model).column_attrs
        if not (
            attribute.key in QUIET
            or attribute.key.endswith("_id")
            or any(column.primary_key for column in attribute.columns)
        )
    ]


def field_label(model: type[Base], key: str) -> str:
    """The Chinese word a log entry uses for one of the model's fields."""
    return MODEL_LABELS.get(model, {}).get(key) or LABELS.get(key, key)


def _changes(obj: Base, *, new: bool) -> list[str]:
    if isinstance(obj, Setting) and obj.key.startswith(SECRET):
        return ["（内容不记录）"]  # a password hash or the count of wrong tries has no place here
    state = inspect(obj)
    lines = []
    for key in logged_fields(type(obj)):
        label = field_label(type(obj), key)
        history = state.attrs[key].history
        if new:
            value = getattr(obj, key)
            if value not in (None, "", False):
                lines.append(f"{label}：{_shown(key, value)}")
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            current = history.added[0] if history.added else None
            if old != current:
                lines.append(f"{label}：{_shown(key, old)} → {_shown(key, current)}")
    return lines


def _entry(obj: Base, action: str, lines: list[str]) -> AuditEntry:
    subject, name = SUBJECTS[type(obj)]
    try:
        record = name(obj)
    except Exception:  # a half-loaded row: the log still says what kind of thing changed
        record = ""
    if action == "修改" and type(obj) is Activity and "删除时间" in "".join(lines):
        action = "移到回收站" if getattr(obj, "deleted_at", None) else "从回收站恢复"
    return AuditEntry(
        at=datetime.now(),
        operator=_operator,
        subject=subject,
        action=action,
        record=record[:100],
        changes="\n".join(lines),
    )


@event.listens_for(Session, "before_flush")
def _record_changes(session: Session, _transaction: UOWTransaction, _instances: object) -> None:
    entries = []
    for obj in session.new:
        if type(obj) in SUBJECTS:
            entries.append(_entry(obj, "新增", _changes(obj, new=True)))
    for obj in session.dirty:
        if type(obj) in SUBJECTS and session.is_modified(obj, include_collections=False):
            lines = _changes(obj, new=False)
            if lines:
                entries.append(_entry(obj, "修改", lines))
    for obj in session.deleted:
        if type(obj) in SUBJECTS:
            entries.append(_entry(obj, "删除", []))
    session.add_all(entries)


def record(session: Session, subject: str, action: str, what: str, changes: str = "") -> None:
    """An entry for a change made without ORM objects (a bulk import's single statement)."""
    session.add(
        AuditEntry(
            at=datetime.now(),
            operator=_operator,
            subject=subject,
            action=action,
            record=what,
            changes=changes,
        )
    )
