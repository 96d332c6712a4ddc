"""Writing the 三张清单: an item entered and corrected (with its 佐证材料 files), a progress note
logged, an item 销号 after its 验收 (and the 销号 undone), an item deleted, and a 组织生活会's
查摆问题 turned into 整改 items in one step. Each refuses bad input whole (RecordInvalid, citing its
rule) and writes its 操作日志 entry; none commits (the caller's transaction is the user's
operation)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.models import Activity, Member
from dangwu_desktop.core.rulebook import Finding, Severity
from dangwu_desktop.core.rules import TextField, check_texts
from dangwu_desktop.core.services import RecordInvalid, ServiceError, refused
from dangwu_desktop.core.services.settings import SettingSpec, get_int
from dangwu_desktop.core.text_rules import TextKind
from dangwu_desktop.ledgers.lists.meeting_problems import Found, find_problems
from dangwu_desktop.ledgers.lists.models import ListAttachment, ListItem, ListProgress
from dangwu_desktop.ledgers.lists.rules import (
    CLOSE_RULE,
    LIFE_MEETING_RULE,
    WARN_CHOICES_MAXIMUM,
    WARN_DAYS_DEFAULT,
    CloseInput,
    EvidenceKind,
    ItemInput,
    ItemSource,
    ItemStatus,
    ListKind,
    close_findings,
    item_findings,
    progress_findings,
)

WARN_DAYS = SettingSpec(
    "lists/warn_days", "清单事项到期前几天提醒", str(WARN_DAYS_DEFAULT), unit="天",
    maximum=WARN_CHOICES_MAXIMUM,
    note="地方规定：问题清单、任务清单的事项临近完成时限时在首页提醒",
)  # fmt: skip


def warn_days(session: Session) -> int:
    return get_int(session, WARN_DAYS)


def _item(session: Session, item_id: int) -> ListItem:
    item = session.get(ListItem, item_id)
    if item is None:
        raise ServiceError("这一清单事项已不存在")
    return item


def _meeting_label(activity: Activity | None) -> str:
    if activity is None:
        return "（无）"
    return f"{activity.date:%Y-%m-%d} {activity.kind.value}"


def _meeting_findings(session: Session, meeting_id: int | None, attribute: str) -> list[Finding]:
    if meeting_id is None:
        return []
    activity = session.get(Activity, meeting_id)
    if activity is None or activity.deleted_at is not None:
        return [Finding(attribute, "所选的会议记录已不存在（或在回收站中）", Severity.ERROR,
                        label="会议记录")]  # fmt: skip
    return []


def _text_findings(given: ItemInput) -> list[Finding]:
    return check_texts(
        [TextField("description", given.description, TextKind.TEXT, "事项内容"),
         TextField("measures", given.measures, TextKind.TEXT, "措施"),
         TextField("result", given.result, TextKind.TEXT, "完成情况"),
         TextField("evidence", given.evidence, TextKind.TEXT, "佐证材料说明"),
         TextField("category", given.category, TextKind.LINE, "类型"),
         TextField("source_detail", given.source_detail, TextKind.LINE, "来源说明"),
         TextField("responsible", given.responsible, TextKind.NAME, "责任人")]
    )  # fmt: skip


def _responsible_findings(session: Session, given: ItemInput) -> list[Finding]:
    if given.responsible_id is not None and session.get(Member, given.responsible_id) is None:
        return [Finding("responsible", "所选的责任人已不在花名册中", Severity.ERROR,
                        label="责任人")]  # fmt: skip
    if len(given.category.strip()) > 30:
        return [Finding("category", "类型请写得简短（30字以内）", Severity.ERROR, label="类型")]
    return []


def check_item(
    session: Session, given: ItemInput, today: date, item_id: int | None = None
) -> list[Finding]:
    """Every finding on an item as it would be saved: errors refuse it, 提示 are shown once."""
    findings = item_findings(given, today) + _text_findings(given)
    findings += _responsible_findings(session, given)
    findings += _meeting_findings(session, given.meeting_id, "meeting_id")
    if item_id is not None and _item(session, item_id).status is ItemStatus.CLOSED:
        findings.append(
            CLOSE_RULE.finding("status", "已销号的事项不能修改：确需修改，请先撤销销号",
                               Severity.ERROR, label="状态")
        )  # fmt: skip
    return findings


@dataclass(frozen=True, slots=True)
class NewEvidence:
    """A file already copied into the attachments folder, to be recorded with the item."""

    kind: EvidenceKind
    original_name: str
    sha256: str
    size: int
    stored_name: str


def _attachment_label(attachment: ListAttachment | NewEvidence) -> str:
    return f"{attachment.kind.value}：{attachment.original_name}"


def _responsible_name(session: Session, given: ItemInput) -> str:
    if given.responsible_id is not None:
        member = session.get(Member, given.responsible_id)
        if member is not None:
            return member.name
    return given.responsible.strip()


def save_item(
    session: Session,
    given: ItemInput,
    today: date,
    item_id: int | None = None,
    *,
    attachments: Sequence[NewEvidence] = (),
    removed_attachments: Sequence[int] = (),
) -> ListItem:
    """Enter an item, or correct one not yet 销号, with the 佐证材料 files added and removed in
    the same step. Refused whole (RecordInvalid) for any error; 提示 do not stop it."""
    findings = check_item(session, given, today, item_id)
    findings += check_texts(
        TextField("attachments", a.original_name, TextKind.LINE, "附件名") for a in attachments
    )
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise RecordInvalid(errors)
    item = _item(session, item_id) if item_id is not None else None
    before = audit.snapshot(item) if item is not None else None
    old_meeting = item.meeting if item is not None else None
    old_files = [_attachment_label(a) for a in item.attachments] if item is not None else []
    if item is None:
        item = ListItem(kind=given.kind, source=given.source, description="",
                        raised_on=given.raised_on)  # fmt: skip
        session.add(item)
    item.kind, item.category = given.kind, given.category.strip()
    item.source, item.source_detail = given.source, given.source_detail.strip()
    item.description, item.measures = given.description.strip(), given.measures.strip()
    item.responsible_id = given.responsible_id
    item.responsible = _responsible_name(session, given)
    item.raised_on, item.deadline = given.raised_on, given.deadline
    item.status = given.status
    item.completed_on = given.completed_on if given.status is ItemStatus.DONE else None
    item.result, item.evidence = given.result.strip(), given.evidence.strip()
    item.meeting_id = given.meeting_id
    removed = set(removed_attachments)
    item.attachments = [a for a in item.attachments if a.id not in removed] + [
        ListAttachment(kind=new.kind, original_name=new.original_name, sha256=new.sha256,
                       size=new.size, stored_name=new.stored_name)
        for new in attachments
    ]  # fmt: skip
    session.flush()
    session.refresh(item, ["meeting"])
    more = audit.set_changes(
        "佐证材料", old_files, [_attachment_label(a) for a in item.attachments]
    )
    if before is None:
        if item.meeting is not None:
            more.append(f"研究会议：{_meeting_label(item.meeting)}")
    elif item.meeting is not old_meeting:
        more.append(f"研究会议：{_meeting_label(old_meeting)} → {_meeting_label(item.meeting)}")
    audit.record_row(session, item, before, more=more)
    return item


def item_input(item: ListItem) -> ItemInput:
    """A stored item as the form that corrects it starts."""
    return ItemInput(
        item.kind, item.description, item.raised_on, item.source, item.category,
        item.source_detail, item.measures, item.responsible, item.responsible_id, item.deadline,
        item.status, item.completed_on, item.result, item.evidence, item.meeting_id,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class StoredEvidence:
    attachment_id: int
    kind: EvidenceKind
    original_name: str
    size: int
    stored_name: str


@dataclass(frozen=True, slots=True)
class ItemForm:
    """A stored item for its dialog: what it says, its files, and whether it is 销号 (read only)."""

    given: ItemInput
    attachments: tuple[StoredEvidence, ...]
    closed: bool


def item_form(session: Session, item_id: int) -> ItemForm:
    item = _item(session, item_id)
    files = tuple(
        StoredEvidence(a.id, a.kind, a.original_name, a.size, a.stored_name)
        for a in item.attachments
    )
    return ItemForm(item_input(item), files, item.status is ItemStatus.CLOSED)


def delete_item(session: Session, item_id: int) -> None:
    """Delete an item entered by mistake or twice, with its notes and its files' records (the
    files stay in the attachments folder: another record may hold the same file). A 销号 item
    is part of what went to the township: it is refused."""
    item = _item(session, item_id)
    if item.status is ItemStatus.CLOSED:
        raise refused(["已销号的事项不能删除：它已列入销号清单。确是误登的，请先撤销销号"])
    more = [f"进展记录：{len(item.notes)}条", f"佐证材料：{len(item.attachments)}个"]
    audit.record_row(session, item, audit.snapshot(item), action="删除", more=more)
    session.delete(item)
    session.flush()


@dataclass(frozen=True, slots=True)
class ProgressInput:
    date: date
    note: str
    meeting_id: int | None = None  # the meeting that heard (研究、听取) this progress


def _check_progress(session: Session, item: ListItem, given: ProgressInput, today: date) -> None:
    findings = progress_findings(given.date, item.raised_on, today)
    findings += check_texts([TextField("note", given.note, TextKind.TEXT, "进展情况")])
    if not given.note.strip():
        findings.append(Finding("note", "请填写进展情况", Severity.ERROR, label="进展情况"))
    findings += _meeting_findings(session, given.meeting_id, "meeting_id")
    if item.status is ItemStatus.CLOSED:
        findings.append(
            CLOSE_RULE.finding("status", "已销号的事项不再登记进展", Severity.ERROR, label="状态")
        )
    if findings:
        raise RecordInvalid(findings)


def add_progress(session: Session, item_id: int, given: ProgressInput, today: date) -> ListProgress:
    """A dated progress note. An item 未开始 is 推进中 from its first note (the change is logged)."""
    item = _item(session, item_id)
    _check_progress(session, item, given, today)
    note = ListProgress(item=item, date=given.date, note=given.note.strip(),
                        meeting_id=given.meeting_id)  # fmt: skip
    session.add(note)
    more = [f"事项：{item.audit_name()}"]
    if given.meeting_id is not None:
        more.append(f"会议：{_meeting_label(session.get(Activity, given.meeting_id))}")
    if item.status is ItemStatus.NOT_STARTED:
        before = audit.snapshot(item)
        item.status = ItemStatus.UNDER_WAY
        session.flush()
        audit.record_row(session, item, before, more=["（登记了第一条进展）"])
    session.flush()
    audit.record_row(session, note, None, more=more)
    return note


def _note(session: Session, note_id: int) -> ListProgress:
    note = session.get(ListProgress, note_id)
    if note is None:
        raise ServiceError("这条进展记录已不存在")
    return note


def update_progress(
    session: Session, note_id: int, given: ProgressInput, today: date
) -> ListProgress:
    note = _note(session, note_id)
    _check_progress(session, note.item, given, today)
    before = audit.snapshot(note)
    old_meeting = note.meeting
    note.date, note.note, note.meeting_id = given.date, given.note.strip(), given.meeting_id
    session.flush()
    session.refresh(note, ["meeting"])
    more = [f"事项：{note.item.audit_name()}"]
    if note.meeting is not old_meeting:
        more.append(f"会议：{_meeting_label(old_meeting)} → {_meeting_label(note.meeting)}")
    audit.record_row(session, note, before, more=more)
    return note


def progress_input(session: Session, note_id: int) -> tuple[int, ProgressInput]:
    """The item and what a stored note says, for the form that corrects it."""
    note = _note(session, note_id)
    return note.item_id, ProgressInput(note.date, note.note, note.meeting_id)


def delete_progress(session: Session, note_id: int) -> None:
    note = _note(session, note_id)
    if note.item.status is ItemStatus.CLOSED:
        raise refused(["已销号的事项，进展记录不能删除"])
    audit.record_row(session, note, audit.snapshot(note), action="删除",
                     more=[f"事项：{note.item.audit_name()}"])  # fmt: skip
    session.delete(note)
    session.flush()


def check_close(session: Session, item_id: int, given: CloseInput, today: date) -> list[Finding]:
    item = _item(session, item_id)
    findings = close_findings(item.status, item.completed_on, len(item.attachments), given, today)
    findings += check_texts(
        [TextField("reviewer", given.reviewer, TextKind.LINE, "验收人（单位）"),
         TextField("review_note", given.review_note, TextKind.TEXT, "验收意见"),
         TextField("evidence", given.evidence, TextKind.TEXT, "佐证材料说明")]
    )  # fmt: skip
    return findings + _meeting_findings(session, given.review_meeting_id, "review_meeting_id")


def close_item(session: Session, item_id: int, given: CloseInput, today: date) -> ListItem:
    """销号: an item 已完成, with its 佐证材料, checked (验收) by someone or at a meeting."""
    findings = check_close(session, item_id, given, today)
    if findings:
        raise RecordInvalid(findings)
    item = _item(session, item_id)
    before = audit.snapshot(item)
    item.status, item.closed_on = ItemStatus.CLOSED, given.closed_on
    item.reviewer, item.review_note = given.reviewer.strip(), given.review_note.strip()
    item.evidence = given.evidence.strip()
    item.review_meeting_id = given.review_meeting_id
    session.flush()
    session.refresh(item, ["review_meeting"])
    more = [f"佐证材料：{len(item.attachments)}个文件"]
    if item.review_meeting is not None:
        more.append(f"验收会议：{_meeting_label(item.review_meeting)}")
    audit.record_row(session, item, before, action="销号", more=more)
    return item


def reopen_item(session: Session, item_id: int, reason: str, today: date) -> ListItem:
    """撤销销号: back to 已完成 (the 验收 cleared), with the reason — a 销号 the township did not
    accept, or one entered by mistake."""
    item = _item(session, item_id)
    problems = [f.line for f in check_texts([TextField("reason", reason, TextKind.TEXT, "原因")])]
    if item.status is not ItemStatus.CLOSED:
        problems.append("这一事项没有销号")
    if not reason.strip():
        problems.append("请写明撤销销号的原因（如 镇党委验收未通过）")
    if problems:
        raise refused(problems)
    before = audit.snapshot(item)
    item.status, item.closed_on = ItemStatus.DONE, None
    item.reviewer, item.review_note, item.review_meeting_id = "", "", None
    session.flush()
    audit.record_row(session, item, before, action="撤销销号", more=[f"原因：{reason.strip()}"])
    return item


# Meetings, to link and to read 查摆问题 from


@dataclass(frozen=True, slots=True)
class MeetingChoice:
    activity_id: int
    date: date
    kind: ActivityKind
    title: str
    belongs_to_year: int

    @property
    def label(self) -> str:
        what = f"{self.kind.value}（{self.title}）" if self.title else self.kind.value
        year = (
            f"（{self.belongs_to_year}年度）"
            if self.kind is ActivityKind.LIFE_MEETING and self.belongs_to_year != self.date.year
            else ""
        )
        return f"{self.date:%Y-%m-%d} {what}{year}"


LINKABLE_KINDS = (
    ActivityKind.COMMITTEE, ActivityKind.BRANCH_GENERAL, ActivityKind.LIFE_MEETING,
    ActivityKind.GROUP, ActivityKind.THEME_DAY, ActivityKind.OTHER,
)  # fmt: skip


def meeting_choices(
    session: Session, first: date, last: date, kinds: Sequence[ActivityKind] = LINKABLE_KINDS
) -> list[MeetingChoice]:
    """The meetings recorded between two days (not in the 回收站), newest first: what an item or a
    note may be linked to (a 支委会 that assigned it, a 组织生活会 that found it …)."""
    query = (
        select(Activity)
        .where(Activity.deleted_at.is_(None), Activity.kind.in_(kinds),
               Activity.date.between(first, last))
        .order_by(Activity.date.desc(), Activity.id.desc())
    )  # fmt: skip
    return [
        MeetingChoice(a.id, a.date, a.kind, a.title, a.belongs_to_year)
        for a in session.scalars(query)
    ]


def meeting_choice(session: Session, activity_id: int) -> MeetingChoice | None:
    activity = session.get(Activity, activity_id)
    if activity is None:
        return None
    return MeetingChoice(activity.id, activity.date, activity.kind, activity.title,
                         activity.belongs_to_year)  # fmt: skip


def life_meetings(session: Session) -> list[MeetingChoice]:
    """Every 组织生活会 record kept, newest first."""
    return meeting_choices(session, date(1900, 1, 1), date(9999, 12, 31),
                           (ActivityKind.LIFE_MEETING,))  # fmt: skip


@dataclass(frozen=True, slots=True)
class MeetingProblems:
    """What a 组织生活会 record's minutes hold: the problems found (see meeting_problems), and
    which of them are already items of the 问题清单 linked to it."""

    meeting: MeetingChoice
    found: Found
    already: frozenset[str]


def _normal(text: str) -> str:
    return "".join(text.split())


def meeting_problems(session: Session, activity_id: int) -> MeetingProblems:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.kind is not ActivityKind.LIFE_MEETING:
        raise ServiceError("没有找到这次组织生活会的记录")
    made = session.scalars(select(ListItem.description).where(ListItem.meeting_id == activity_id))
    choice = MeetingChoice(activity.id, activity.date, activity.kind, activity.title,
                           activity.belongs_to_year)  # fmt: skip
    return MeetingProblems(choice, find_problems(activity.minutes),
                           frozenset(_normal(text) for text in made))  # fmt: skip


@dataclass(frozen=True, slots=True)
class ProblemDraft:
    """One 查摆问题 as the secretary confirmed it, to become a 问题清单 item."""

    problem: str
    measures: str
    responsible: str
    responsible_id: int | None
    deadline: date | None
    category: str = ""


def create_from_meeting(
    session: Session, activity_id: int, drafts: Sequence[ProblemDraft], today: date
) -> list[ListItem]:
    """Turn a 组织生活会's 查摆问题 into 问题清单 items in one step (第十七条: 会后制定整改措施，
    逐一整改落实): each linked to the meeting, raised on its date, source 组织生活会查摆. All or
    nothing: a draft refused refuses them all, named by its row; a problem already on the list
    from this meeting is refused too."""
    problems = meeting_problems(session, activity_id)
    meeting = problems.meeting
    if not drafts:
        raise refused(["请至少选择一个问题"])
    findings: list[Finding] = []
    givens: list[ItemInput] = []
    seen: set[str] = set()
    for row, draft in enumerate(drafts, start=1):
        given = ItemInput(
            ListKind.PROBLEM, draft.problem, meeting.date, ItemSource.LIFE_MEETING,
            draft.category or "组织生活", f"{meeting.belongs_to_year}年度组织生活会查摆问题",
            draft.measures, draft.responsible, draft.responsible_id, draft.deadline,
            meeting_id=activity_id,
        )  # fmt: skip
        errors = [f for f in check_item(session, given, today) if f.severity is Severity.ERROR]
        key = _normal(draft.problem)
        if key and (key in problems.already or key in seen):
            errors.append(
                LIFE_MEETING_RULE.finding("description", "这个问题已列入问题清单",
                                          Severity.ERROR, label="问题")
            )  # fmt: skip
        seen.add(key)
        findings += [
            Finding(f.attribute, f"第{row}个问题：{f.reason}", f.severity, f.detail, f.citation,
                    f.label, f.rule)
            for f in errors
        ]  # fmt: skip
        givens.append(given)
    if findings:
        raise RecordInvalid(findings)
    return [save_item(session, given, today) for given in givens]
