"""操作日志: each service that changes data writes its own entry, in the same transaction as the
change: who did it, what it was about (named in Chinese words), and each changed field old → new.
Child rows (attendance, 议题, grades, plan items) are written as changes of what they belong to."""

from __future__ import annotations

import getpass
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from enum import Enum
from typing import TypeVar, cast

from sqlalchemy import Table, inspect, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.bulk import insert_rows
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.idnumber import mask
from dangwu_desktop.core.member_fields import audit_labels
from dangwu_desktop.core.models import (
    ActivityAttachment,
    AuditEntry,
    Base,
    Branch,
    ExternalStudy,
    Member,
    MemberMovement,
    PartyGroup,
)

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
    "observers": "列席人员", "original_name": "文件名", "size": "文件大小（字节）", "year": "年度", "belongs_to_year": "所属年度",
    "quarter": "季度", "planned_date": "计划日期", "topic": "主题", "achievements": "工作成效",
    "problems": "存在问题", "plans": "下步打算", "post": "职务", "group": "党小组",
    "decision_date": "支部党员大会日期", "extension_months": "延长月数", "receipt_date": "回执收回日期",
    "start": "开始日期", "end": "结束日期", "decided_on": "决定日期", "decided_by": "决定机构",
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
        "version",  # core.models.Versioned: the entry itself says who changed the record when
        "changed_by",
        "changed_at",
    }
)

LONG_TEXT = 40
SECRET = "security/"

_operator = ""


def set_operator(name: str) -> None:
    """Who is making changes, once the program has a sign-in; until then the PC's user name."""
    global _operator
    _operator = name


def operator() -> str:
    """The name written into each entry: the signed-in name, else the Windows/Linux user."""
    if _operator:
        return _operator
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account): still log the change
        return "（未知用户）"


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
    return short(text)


def short(text: str) -> str:
    """A long text cut to what a log line can show."""
    text = " ".join(text.split())
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
    return (
        model.AUDIT_LABELS.get(key) or MODEL_LABELS.get(model, {}).get(key) or LABELS.get(key, key)
    )


Snapshot = Mapping[str, object]


def snapshot(obj: Base, **extra: object) -> dict[str, object]:
    """A row's logged fields as they are now (plus `extra` ones, e.g. a group's name), to compare
    with the same row after a change."""
    return {key: getattr(obj, key) for key in logged_fields(type(obj))} | extra


def changes(
    before: Snapshot | None,
    after: Snapshot,
    label: Callable[[str], str] = lambda k: LABELS.get(k, k),
) -> list[str]:
    """One line per field: "标签：旧 → 新" where it changed; for a new row (`before` None) "标签：值"
    for each field that holds something."""
    if before is None:
        return [
            f"{label(key)}：{_shown(key, value)}"
            for key, value in after.items()
            if value not in (None, "", False)
        ]
    keys = [*after, *(key for key in before if key not in after)]
    return [
        f"{label(key)}：{_shown(key, before.get(key))} → {_shown(key, after.get(key))}"
        for key in keys
        if before.get(key) != after.get(key)
    ]


def row_changes(obj: Base, before: Snapshot | None, after: Snapshot | None = None) -> list[str]:
    """changes() for one ORM row, with the Chinese words of its model."""
    return changes(before, after or snapshot(obj), lambda key: field_label(type(obj), key))


ABSENT = "（无）"
K = TypeVar("K", bound=Hashable)


def keyed_changes(
    before: Mapping[K, tuple[str, str]], after: Mapping[K, tuple[str, str]]
) -> list[str]:
    """Child rows with an identity (a member's attendance): key → (name, value shown). One line
    per child whose value changed, was added or was dropped: "王五：出席 → 缺席（病假）"."""
    keys = [*after, *(key for key in before if key not in after)]
    lines = []
    for key in keys:
        name, old = before.get(key, ("", ABSENT))
        name, new = after.get(key, (name, ABSENT))
        if old != new:
            lines.append(f"{name}：{old} → {new}")
    return lines


def listed_changes(
    label: str, before: Sequence[str], after: Sequence[str], *, fresh: bool = False
) -> list[str]:
    """Numbered child rows (议题): "议题：第2条 旧 → 新", "议题：新增第3条 …", "议题：删去第3条 …";
    for a new record (`fresh`) simply "议题：第1条 …"."""
    lines = []
    for index in range(max(len(before), len(after))):
        old = before[index] if index < len(before) else None
        new = after[index] if index < len(after) else None
        if old == new:
            continue
        if old is None:
            word = "" if fresh else "新增"
            lines.append(f"{label}：{word}第{index + 1}条 {short(str(new))}")
        elif new is None:
            lines.append(f"{label}：删去第{index + 1}条 {short(old)}")
        else:
            lines.append(f"{label}：第{index + 1}条 {short(old)} → {short(new)}")
    return lines


def set_changes(label: str, before: Iterable[str], after: Iterable[str]) -> list[str]:
    """Child rows without an identity (a quarter's plan items, committee seats): what was added
    and what was dropped, "季度计划：新增 …" / "季度计划：删去 …"."""
    old, new = Counter(before), Counter(after)
    return [f"{label}：删去 {item}" for item in (old - new).elements()] + [
        f"{label}：新增 {item}" for item in (new - old).elements()
    ]


def record(
    session: Session,
    subject: str,
    action: str,
    what: str,
    changes: str | Iterable[str] = "",
    *,
    branch_id: int | None = None,
) -> None:
    """Write one entry: `subject` is the kind of thing (党员, 民主评议 …), `what` names the one
    changed (王五, 2026-06-30 支部党员大会 …), `changes` its lines, old → new. The entry is the
    session's branch's unless `branch_id` names another (a branch being added)."""
    text = changes if isinstance(changes, str) else "\n".join(changes)
    session.add(
        AuditEntry(
            branch_id=branch_id,
            at=datetime.now(),
            operator=operator()[:50],
            subject=subject,
            action=action,
            record=what[:100],
            changes=text,
        )
    )


def record_many(
    session: Session, entries: Iterable[tuple[str, str, str, str | Iterable[str]]]
) -> None:
    """record() for many entries at once, (subject, action, what, changes) each, in one insert:
    for bulk writes (an import's movements), where a flush per entry is most of the time."""
    now, who = datetime.now(), operator()[:50]
    rows = [
        {
            "at": now,
            "operator": who,
            "subject": subject,
            "action": action,
            "record": what[:100],
            "changes": changes if isinstance(changes, str) else "\n".join(changes),
        }
        for subject, action, what, changes in entries
    ]
    insert_rows(session, cast(Table, AuditEntry.__table__), rows)


def member_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """Members' names by id, for entries about their attendance or grades."""
    query = select(Member.id, Member.name).where(Member.id.in_(ids))
    return {member_id: name for member_id, name in session.execute(query)}


def audited_models() -> list[type[Base]]:
    """Every table whose rows the 操作日志 names on their own (they declare AUDIT_SUBJECT)."""
    return [m.class_ for m in Base.registry.mappers if m.class_.AUDIT_SUBJECT]


def name_of(obj: Base) -> tuple[str, str]:
    """The subject and the record an entry about this row carries."""
    subject = type(obj).AUDIT_SUBJECT
    try:
        return subject, obj.audit_name()
    except Exception:  # a half-loaded row: the log still says what kind of thing changed
        return subject, ""


def record_row(
    session: Session,
    obj: Base,
    before: Snapshot | None,
    *,
    action: str | None = None,
    after: Snapshot | None = None,
    more: Iterable[str] = (),
) -> None:
    """The entry for one row: 新增 when there was no `before`, else 修改 (nothing when no logged
    field changed and `more` is empty), or `action` with the same lines."""
    lines = [*row_changes(obj, before, after), *more]
    if action is None:
        action = "新增" if before is None else "修改"
        if before is not None and not lines:
            return
    subject, what = name_of(obj)
    record(session, subject, action, what, lines)
