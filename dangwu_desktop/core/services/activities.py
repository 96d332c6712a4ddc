"""Keeping the records of organisational life: write, list, delete to the 回收站 and restore."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Integer, Select, and_, cast, extract, func, or_, select
from sqlalchemy.orm import Session, selectinload

from dangwu_desktop.core import audit
from dangwu_desktop.core.activity_rules import (
    LABELS,
    ActivityDraft,
    Attendee,
    Excused,
    Talk,
    check_activity,
)
from dangwu_desktop.core.glossary import (
    ABSENCE_REASONS,
    ORGANISATIONAL_LIFE,
    ActivityKind,
    AttachmentKind,
    Attendance,
    CommitteePost,
    MemberCategory,
    MembershipStatus,
)
from dangwu_desktop.core.models import (
    Activity,
    ActivityAttachment,
    ActivityAttendance,
    ActivityTalk,
    ActivityTopic,
    AttendanceExcusal,
    CommitteeMember,
    Member,
    PartyGroup,
)
from dangwu_desktop.core.repetition import normalised, repeats, shingles
from dangwu_desktop.core.rulebook import (
    TopicVote,
    belonging_year,
    belonging_year_findings,
    is_late_entry,
    minutes_repeated,
)
from dangwu_desktop.core.rules import Finding, Severity, TextField, check_texts
from dangwu_desktop.core.schedule import HeldActivity, ScheduleRow, year_schedule
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services.excusals import excused_on
from dangwu_desktop.core.services.settings import (
    DAILY_HOURS,
    LATE_ENTRY_DAYS,
    LECTURE_PERIOD,
    Period,
    get_int,
    get_setting,
)
from dangwu_desktop.core.text_rules import TextKind

# The reason a 流动党员 starts with; one of the listed reasons (index() fails loudly if not).
MOBILE_ABSENCE = ABSENCE_REASONS[ABSENCE_REASONS.index("流动在外")]


@dataclass(frozen=True, slots=True)
class NewAttachment:
    """A file already copied into the attachments folder, to be recorded with the activity."""

    kind: AttachmentKind
    original_name: str
    sha256: str
    size: int
    stored_name: str


def has_committee(session: Session) -> bool:
    """A 支部委员会 exists when seats beyond the secretary are filled."""
    query = select(func.count()).where(CommitteeMember.post != CommitteePost.SECRETARY)
    return bool(session.scalar(query))


def expected_attendees(
    session: Session, kind: ActivityKind, group_id: int | None, day: date
) -> list[Attendee]:
    """Who is due to attend: everyone 在册 who had joined by then (for a 党员大会, less those the
    branch has decided are not counted); the committee for its meeting; the group's members for a
    党小组会; nobody by default for a 谈心谈话.

    Those present by default are the members at home: a 流动党员 who was away by then starts
    as absent, 流动在外, since ticking him present would also silence the reminder that he has
    not taken part for six months."""
    if kind is ActivityKind.TALK:
        return []
    query = select(Member).where(
        Member.status == MembershipStatus.ACTIVE,
        (Member.join_date <= day) | Member.join_date.is_(None),
    )
    if kind is ActivityKind.COMMITTEE:
        query = query.where(Member.id.in_(select(CommitteeMember.member_id)))
    if kind is ActivityKind.GROUP:
        query = query.where(Member.group_id == group_id)
    if kind is ActivityKind.BRANCH_GENERAL:  # not due: those the branch has excused by then
        away = [e.member_id for e in excused_on(session, day) if not e.reason.keeps_attendance]
        query = query.where(Member.id.not_in(away))
    members = session.scalars(query.order_by(Member.group_id, Member.id))
    return [
        _attendee(m, Attendance.ABSENT, MOBILE_ABSENCE, day)
        if _away(m, day)
        else _attendee(m, Attendance.PRESENT, "", day)
        for m in members
    ]


def _away(member: Member, day: date) -> bool:
    return member.is_mobile and (member.mobile_since is None or member.mobile_since <= day)


def _attendee(member: Member, attendance: Attendance, reason: str, day: date) -> Attendee:
    """A member due on `day`, with a vote there if a 正式党员 by then (not only by today)."""
    return Attendee(
        member.id,
        member.name,
        attendance,
        reason,
        not _probationary_on(member, day),
        member.is_mobile,
    )


def check_activity_record(
    session: Session, draft: ActivityDraft, today: date, activity_id: int | None = None
) -> list[Finding]:
    """The record's own rules, and what only the roster and the other records can tell."""
    draft = with_talkers(session, with_excusals(session, draft))
    findings = check_activity(draft, today)
    findings[:0] = belonging_year_findings(draft.kind, draft.date, draft.belongs_to_year)
    findings += _repeated_minutes(session, draft, activity_id)
    findings[:0] = check_texts(activity_texts(draft))
    if draft.group_id is not None and session.get(PartyGroup, draft.group_id) is None:
        findings.insert(0, Finding("group", "该党小组已不存在", Severity.ERROR, label="党小组"))
    findings[:0] = _not_yet_members(session, draft) + _too_many_hours(session, draft, activity_id)
    return findings


def with_excusals(session: Session, draft: ActivityDraft) -> ActivityDraft:
    """The draft with the branch's excusals in force on its date (a 党员大会's only)."""
    if draft.kind is not ActivityKind.BRANCH_GENERAL:
        return replace(draft, excused=[])
    return replace(draft, excused=excused_on(session, draft.date))


def with_talkers(session: Session, draft: ActivityDraft) -> ActivityDraft:
    """A 谈心谈话's people present: those listed, and everyone in its conversations (a member
    talked with has taken part in organisational life that day)."""
    if draft.kind is not ActivityKind.TALK or not draft.talks:
        return draft
    listed = {a.member_id for a in draft.attendees}
    ids = [
        member
        for talk in draft.talks
        for member in (talk.talker_id, talk.talkee_id)
        if member is not None and member not in listed
    ]
    members = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(ids)))}
    added = [
        _attendee(members[member], Attendance.PRESENT, "", draft.date)
        for member in dict.fromkeys(ids)
        if member in members
    ]
    return replace(draft, attendees=[*draft.attendees, *added])


REPETITION_WINDOW = timedelta(days=366)  # a year either side: what an inspector leafs through


def _repeated_minutes(
    session: Session, draft: ActivityDraft, activity_id: int | None
) -> list[Finding]:
    """Minutes found nearly whole in other records of the year around, named by date and kind."""
    if draft.kind not in ORGANISATIONAL_LIFE:
        return []
    own = shingles(normalised(draft.minutes, draft.topics))
    if not own:
        return []
    query = (
        select(Activity)
        .options(selectinload(Activity.topics))
        .where(
            Activity.deleted_at.is_(None),
            Activity.id != (activity_id or -1),
            Activity.date.between(draft.date - REPETITION_WINDOW, draft.date + REPETITION_WINDOW),
            Activity.kind.in_(ORGANISATIONAL_LIFE),
        )
    )
    others = {a.id: a for a in session.scalars(query)}
    found = repeats(
        own,
        {
            key: shingles(normalised(a.minutes, [t.text for t in a.topics]))
            for key, a in others.items()
        },
    )
    copied = [f"{others[r.key].date:%Y-%m-%d}{others[r.key].kind.value}" for r in found[:3]]
    return minutes_repeated(copied, len(found))


ONE_LINE_FIELDS = ("place", "title", "host", "recorder", "observers", "teacher")
MULTI_LINE_FIELDS = ("minutes", "decisions")


def activity_texts(draft: ActivityDraft) -> list[TextField]:
    """Every text of a record, as the text rule judges it."""
    texts = [
        TextField(name, getattr(draft, name), TextKind.LINE, LABELS[name])
        for name in ONE_LINE_FIELDS
    ]
    texts += [
        TextField(name, getattr(draft, name), TextKind.TEXT, LABELS[name])
        for name in MULTI_LINE_FIELDS
    ]
    texts += [
        TextField("topics", topic, TextKind.LINE, LABELS["topics"], f"第{index}条的")
        for index, topic in enumerate(draft.topics, start=1)
    ]
    for number, talk in enumerate(draft.talks, start=1):
        where = f"第{number}次谈话的"
        texts += [
            TextField("talks", talk.talk_type, TextKind.LINE, "谈话类型", where),
            TextField("talks", talk.content, TextKind.TEXT, "谈话内容", where),
            TextField("talks", talk.suggestions, TextKind.TEXT, "意见建议", where),
        ]
    texts += [
        TextField("attendance", a.reason, TextKind.LINE, "缺席原因", f"{a.name}的")
        for a in draft.attendees
        if a.attendance is Attendance.ABSENT
    ]
    return texts


def _not_yet_members(session: Session, draft: ActivityDraft) -> list[Finding]:
    ids = [a.member_id for a in draft.attendees]
    later = session.scalars(select(Member).where(Member.id.in_(ids), Member.join_date > draft.date))
    names = [m.name for m in later]
    if not names:
        return []
    detail = f"{'、'.join(names)}在{draft.date:%Y-%m-%d}还不是党员，请从出席情况中移除或核对日期"
    return [
        Finding(
            "attendance", "出席情况中有当时尚未入党的人员", Severity.ERROR, detail, label="出席情况"
        )
    ]


def _too_many_hours(
    session: Session, draft: ActivityDraft, activity_id: int | None
) -> list[Finding]:
    """No one is credited more than the day's limit (设置), however many records that day holds."""
    if not draft.study_hours:
        return []
    cap = get_int(session, DAILY_HOURS)
    if draft.study_hours > cap:
        detail = "多天的培训请按天分别记录（上限可在“设置”中调整）"
        return [
            Finding("study_hours", f"一天的学时超过{cap}", Severity.ERROR, detail, label="学时")
        ]
    present = [a.member_id for a in draft.attendees if a.attendance is Attendance.PRESENT]
    query = (
        select(ActivityAttendance.member_id, func.sum(Activity.study_hours))
        .join(Activity)
        .where(
            Activity.date == draft.date,
            Activity.deleted_at.is_(None),
            Activity.study_hours.is_not(None),
            ActivityAttendance.attendance == Attendance.PRESENT,
            ActivityAttendance.member_id.in_(present),
            Activity.id != (activity_id or -1),
        )
        .group_by(ActivityAttendance.member_id)
    )
    over = [mid for mid, hours in session.execute(query) if (hours or 0) + draft.study_hours > cap]
    if not over:
        return []
    names = [a.name for a in draft.attendees if a.member_id in over]
    detail = (
        f"{'、'.join(names[:5])}当天已有其他学习记录，合计将超过{cap}学时（上限可在“设置”中调整）"
    )
    return [Finding("study_hours", f"一天的学时超过{cap}", Severity.ERROR, detail, label="学时")]


def save_activity(
    session: Session,
    draft: ActivityDraft,
    today: date,
    *,
    activity_id: int | None = None,
    attachments: Sequence[NewAttachment] = (),
    removed_attachments: Sequence[int] = (),
    now: datetime | None = None,
) -> Activity:
    """Write a record whole, or raise RecordInvalid and write nothing.

    A new record is stamped with the local time it was entered (the database's own clock is UTC),
    which is what shows a 补录."""
    findings = check_activity_record(session, draft, today, activity_id)
    # A file's name can hide its real extension behind a U+202E ("记录\u202efdp.exe").
    findings += check_texts(
        TextField("attachments", a.original_name, TextKind.LINE, "附件名") for a in attachments
    )
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise RecordInvalid(errors)
    draft = with_talkers(session, draft)
    if activity_id is None:
        activity = Activity(kind=draft.kind, date=draft.date, entered_at=now or datetime.now())
        before = None
    else:
        activity = get_activity(session, activity_id)
        before = _audit_state(session, activity)
    for name in ("kind", "date", "start_time", "end_time", "group_id", "study_hours"):
        setattr(activity, name, getattr(draft, name))
    activity.belongs_to_year = belonging_year(draft.kind, draft.date, draft.belongs_to_year)
    for name in (
        "place",
        "title",
        "host",
        "recorder",
        "observers",
        "minutes",
        "decisions",
        "teacher",
    ):
        setattr(activity, name, getattr(draft, name).strip())
    activity.topics = [
        _topic(position, text, vote)
        for position, (text, vote) in enumerate(draft.topics_with_votes())
    ]
    activity.attendance = [
        ActivityAttendance(
            member_id=a.member_id,
            attendance=a.attendance,
            absence_reason=a.reason.strip() if a.attendance is Attendance.ABSENT else "",
        )
        for a in {a.member_id: a for a in draft.attendees}.values()
    ]
    activity.talks = (
        [_talk(position, talk) for position, talk in enumerate(draft.talks)]
        if draft.kind is ActivityKind.TALK
        else []
    )
    removed = set(removed_attachments)
    activity.attachments = [a for a in activity.attachments if a.id not in removed] + [
        ActivityAttachment(
            kind=new.kind,
            original_name=new.original_name,
            sha256=new.sha256,
            size=new.size,
            stored_name=new.stored_name,
        )
        for new in attachments
    ]
    session.add(activity)
    session.flush()
    _record_change(session, activity, before)
    return activity


def _topic(position: int, text: str, vote: TopicVote | None) -> ActivityTopic:
    topic = ActivityTopic(position=position, text=text)
    if vote is not None:
        topic.vote_due, topic.vote_present = vote.due, vote.present
        topic.votes_for, topic.votes_against = vote.votes_for, vote.votes_against
        topic.votes_abstain = vote.abstentions
    return topic


def _talk(position: int, talk: Talk) -> ActivityTalk:
    assert talk.talker_id is not None and talk.talkee_id is not None  # checked before
    return ActivityTalk(
        position=position,
        talker_id=talk.talker_id,
        talkee_id=talk.talkee_id,
        date=talk.date,
        talk_type=talk.talk_type.strip(),
        content=talk.content.strip(),
        suggestions=talk.suggestions.strip(),
    )


def stored_talk(row: ActivityTalk) -> Talk:
    """A conversation as the dialog, the print and the coverage read it."""
    return Talk(
        row.talker_id,
        row.talker.name,
        row.talkee_id,
        row.talkee.name,
        row.date,
        row.content,
        row.suggestions,
        row.talk_type,
    )


def topic_vote(topic: ActivityTopic) -> TopicVote | None:
    """The 表决 recorded on a 议题, or None where it was not put to a vote."""
    if topic.vote_due is None or topic.vote_present is None or topic.votes_for is None:
        return None
    return TopicVote(
        topic.vote_due,
        topic.vote_present,
        topic.votes_for,
        topic.votes_against or 0,
        topic.votes_abstain or 0,
    )


@dataclass(frozen=True, slots=True)
class _AuditState:
    """What a record's 操作日志 entry compares: its fields, who attended, its 议题 and files."""

    fields: dict[str, object]
    attendance: dict[int, tuple[str, str]]
    topics: list[str]
    attachments: list[str]
    talks: list[str]


def _audit_state(session: Session, activity: Activity) -> _AuditState:
    rows = list(activity.attendance)
    names = audit.member_names(session, [a.member_id for a in rows])
    return _AuditState(
        audit.snapshot(activity, group=activity.group.name if activity.group else ""),
        {
            a.member_id: (
                names.get(a.member_id, ""),
                a.attendance.value + (f"（{a.absence_reason}）" if a.absence_reason else ""),
            )
            for a in rows
        },
        [_topic_line(topic) for topic in activity.topics],
        [a.original_name for a in activity.attachments],
        [_talk_line(row) for row in activity.talks],
    )


def _talk_line(row: ActivityTalk) -> str:
    talk = stored_talk(row)
    return f"{talk.line}：{talk.content}" if talk.content else talk.line


def _topic_line(topic: ActivityTopic) -> str:
    vote = topic_vote(topic)
    return f"{topic.text}（{vote.line}）" if vote else topic.text


def _record_change(session: Session, activity: Activity, before: _AuditState | None) -> None:
    after = _audit_state(session, activity)
    lines = audit.row_changes(activity, before.fields if before else None, after.fields)
    if before is None:  # who came, in one line rather than one per member
        absent = [
            f"{name}{shown.removeprefix(Attendance.ABSENT.value)}"
            for name, shown in after.attendance.values()
            if shown != Attendance.PRESENT.value
        ]
        present = len(after.attendance) - len(absent)
        lines.append(
            f"出席{present}人" + (f"，缺席{len(absent)}人：{'、'.join(absent)}" if absent else "")
        )
    else:
        lines += audit.keyed_changes(before.attendance, after.attendance)
    old_topics, old_files = (before.topics, before.attachments) if before else ([], [])
    lines += audit.listed_changes("议题", old_topics, after.topics, fresh=before is None)
    old_talks = before.talks if before else []
    lines += audit.listed_changes("谈话", old_talks, after.talks, fresh=before is None)
    lines += audit.set_changes("附件", old_files, after.attachments)
    if before is None or lines:
        subject, what = audit.name_of(activity)
        audit.record(session, subject, "新增" if before is None else "修改", what, lines)


def get_activity(session: Session, activity_id: int, *, deleted: bool = False) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or (activity.deleted_at is not None and not deleted):
        raise ServiceError("该记录已不存在或已删除，请刷新后重试")
    return activity


def activity_draft(activity: Activity) -> ActivityDraft:
    """A stored record as the dialog edits it."""
    return ActivityDraft(
        kind=activity.kind,
        date=activity.date,
        start_time=activity.start_time,
        end_time=activity.end_time,
        place=activity.place,
        title=activity.title,
        host=activity.host,
        recorder=activity.recorder,
        group_id=activity.group_id,
        observers=activity.observers,
        topics=[topic.text for topic in activity.topics],
        votes={
            index: vote
            for index, topic in enumerate(activity.topics)
            if (vote := topic_vote(topic)) is not None
        },
        minutes=activity.minutes,
        decisions=activity.decisions,
        attendees=[
            _attendee(a.member, a.attendance, a.absence_reason, activity.date)
            for a in activity.attendance
        ],
        study_hours=activity.study_hours,
        teacher=activity.teacher,
        belongs_to_year=activity.belongs_to_year,
        talks=[stored_talk(row) for row in activity.talks],
    )


def delete_activity(session: Session, activity_id: int, now: datetime) -> None:
    """Move a record to the 回收站; it keeps everything and can be restored."""
    activity = get_activity(session, activity_id)
    activity.deleted_at = now
    session.flush()
    audit.record_row(session, activity, None, action="移到回收站", after={})


def restore_activity(session: Session, activity_id: int) -> None:
    activity = get_activity(session, activity_id, deleted=True)
    activity.deleted_at = None
    session.flush()
    audit.record_row(session, activity, None, action="从回收站恢复", after={})


def list_activities(
    session: Session,
    year: int,
    *,
    kinds: Sequence[ActivityKind] | None = None,
    deleted: bool = False,
) -> list[RecordSheet]:
    """A year's records, newest first; the 回收站's instead when `deleted`. The year's list has
    the records held in it and those that belong to it (a 组织生活会 held the next January)."""
    late_days = get_int(session, LATE_ENTRY_DAYS)
    query = (
        _sheet_query()
        .where(
            Activity.date.between(date(year, 1, 1), date(year, 12, 31))
            | (Activity.belongs_to_year == year)
        )
        .where(Activity.deleted_at.is_not(None) if deleted else Activity.deleted_at.is_(None))
        .order_by(Activity.date.desc(), Activity.id.desc())
    )
    if kinds:
        query = query.where(Activity.kind.in_(kinds))
    excused = _excused_lines(session)
    return [
        record_sheet(activity, late_days, excused(activity)) for activity in session.scalars(query)
    ]


def held_activities(session: Session, year: int) -> list[HeldActivity]:
    """The records that count for `year`: those of its 所属年度."""
    query = select(Activity.kind, Activity.date, Activity.group_id, Activity.belongs_to_year).where(
        Activity.deleted_at.is_(None), Activity.belongs_to_year == year
    )
    return [HeldActivity(kind, day, gid, owner) for kind, day, gid, owner in session.execute(query)]


def counted_between(first: date, last: date) -> ColumnElement[bool]:
    """Records that count between two dates: held then, in their own year; or belonging to an
    earlier year than their date (a 组织生活会 held in January for the year before), which
    count on that year's last day, so a year, its fourth quarter or December has them."""
    held_in = cast(extract("year", Activity.date), Integer)
    latest = last.year if (last.month, last.day) == (12, 31) else last.year - 1
    return or_(
        and_(Activity.belongs_to_year == held_in, Activity.date.between(first, last)),
        and_(
            Activity.belongs_to_year != held_in,
            Activity.belongs_to_year.between(first.year, latest),
        ),
    )


def schedule_for_year(session: Session, year: int, today: date) -> list[ScheduleRow]:
    """The branch's 12-month matrix for `year`, by the frequency rules and this branch's settings."""
    groups = [
        (g.id, g.name) for g in session.scalars(select(PartyGroup).order_by(PartyGroup.sort_order))
    ]
    return year_schedule(
        year,
        held_activities(session, year),
        today,
        groups=groups,
        has_committee=has_committee(session),
        lecture_period=Period(get_setting(session, LECTURE_PERIOD)),
    )


@dataclass(frozen=True, slots=True)
class RecordSheet:
    """One record, complete, as a printed page of the 会议记录本 shows it."""

    activity_id: int
    kind: ActivityKind
    date: date
    start_time: time | None
    end_time: time | None
    place: str
    title: str
    host: str
    recorder: str
    group_name: str
    observers: str
    topics: tuple[str, ...]
    minutes: str
    decisions: str
    present: tuple[str, ...]
    absent: tuple[tuple[str, str], ...]  # (name, reason)
    attachments: tuple[str, ...]
    entered_at: datetime
    late_entry: bool
    study_hours: float | None = None
    teacher: str = ""
    deleted_at: datetime | None = None
    belongs_to_year: int | None = None  # 所属年度; None: the date's

    @property
    def year_note(self) -> str:
        """“（2025年度）” for a record that belongs to another year than its date's."""
        year = self.belongs_to_year
        return f"（{year}年度）" if year is not None and year != self.date.year else ""

    # A 党员大会's members the branch had excused by its date, as 王五（卧床不起，…决定）.
    excused: tuple[str, ...] = ()
    votes: tuple[TopicVote | None, ...] = ()  # each 议题's 表决, in the order of `topics`
    # Of those due and present: the 预备党员 on the day (no vote), and those with a vote at a
    # 党员大会 (正式党员 less those the branch excused or who are under 留党察看).
    expected_probationary: int = 0
    present_probationary: int = 0
    voters_due: int = 0
    voters_present: int = 0
    talks: tuple[Talk, ...] = ()  # a 谈心谈话's conversations, in order

    def vote_of(self, index: int) -> TopicVote | None:
        return self.votes[index] if index < len(self.votes) else None

    @property
    def expected(self) -> int:
        return len(self.present) + len(self.absent)

    @property
    def subject(self) -> str:
        """The title, or the 议题 where there is none: what a list shows in one cell."""
        return self.title or "；".join(self.topics)

    @property
    def heading(self) -> str:
        return f"{self.kind.value}（{self.group_name}）" if self.group_name else self.kind.value


def record_sheets(
    session: Session,
    first: date,
    last: date,
    *,
    kinds: Sequence[ActivityKind] | None = None,
    held: bool = False,
) -> list[RecordSheet]:
    """Every record that counts between two dates (see counted_between), oldest first, ready to
    print or export; with `held`, those held between them (study hours are counted so)."""
    kept = _kept_year(session, first, last)
    if kept is not None:
        wanted = set(kinds) if kinds else None
        return [
            sheet
            for sheet in kept
            if (wanted is None or sheet.kind in wanted)
            and (first <= sheet.date <= last if held else counts_between(sheet, first, last))
        ]
    late_days = get_int(session, LATE_ENTRY_DAYS)
    span = Activity.date.between(first, last) if held else counted_between(first, last)
    query = (
        _sheet_query()
        .where(span, Activity.deleted_at.is_(None))
        .order_by(Activity.date, Activity.id)
    )
    if kinds:
        query = query.where(Activity.kind.in_(kinds))
    excused = _excused_lines(session)
    return [
        record_sheet(activity, late_days, excused(activity)) for activity in session.scalars(query)
    ]


def counts_between(sheet: RecordSheet, first: date, last: date) -> bool:
    """counted_between for a sheet already read (a test holds the two to the same cases)."""
    held_in = sheet.date.year
    if sheet.belongs_to_year is None or sheet.belongs_to_year == held_in:
        return first <= sheet.date <= last
    latest = last.year if (last.month, last.day) == (12, 31) else last.year - 1
    return first.year <= sheet.belongs_to_year <= latest


KEPT_YEAR = "record_sheets.year"  # session.info: (year, its sheets once read)


@contextmanager
def year_records_kept(session: Session, year: int) -> Iterator[None]:
    """While it lasts, record_sheets for any stretch within `year` is answered from the year's
    records read once: for a read session that asks for them many times over (the year's
    archive: its records, reports, monthly returns and registers), not for one that writes."""
    session.info[KEPT_YEAR] = (year, None)
    try:
        yield
    finally:
        session.info.pop(KEPT_YEAR, None)


def _kept_year(session: Session, first: date, last: date) -> list[RecordSheet] | None:
    """The kept year's sheets (read at the first call) when the stretch lies within it: every
    record held in it or belonging to it, as counted_between and `held` may ask."""
    kept: tuple[int, list[RecordSheet] | None] | None = session.info.get(KEPT_YEAR)
    if kept is None:
        return None
    year, sheets = kept
    if not (date(year, 1, 1) <= first and last <= date(year, 12, 31)):
        return None
    if sheets is None:
        query = (
            _sheet_query()
            .where(
                Activity.date.between(date(year, 1, 1), date(year, 12, 31))
                | (Activity.belongs_to_year == year),
                Activity.deleted_at.is_(None),
            )
            .order_by(Activity.date, Activity.id)
        )
        late_days = get_int(session, LATE_ENTRY_DAYS)
        excused = _excused_lines(session)
        sheets = [record_sheet(a, late_days, excused(a)) for a in session.scalars(query)]
        session.info[KEPT_YEAR] = (year, sheets)
    return sheets


def _sheet_query() -> Select[Activity]:
    """Activities with everything a sheet shows, loaded in a few queries rather than per row."""
    return select(Activity).options(
        selectinload(Activity.topics),
        selectinload(Activity.attendance).selectinload(ActivityAttendance.member),
        selectinload(Activity.attachments),
        selectinload(Activity.group),
        selectinload(Activity.talks).selectinload(ActivityTalk.talker),
        selectinload(Activity.talks).selectinload(ActivityTalk.talkee),
    )


def _excused_lines(session: Session) -> Callable[[Activity], tuple[Excused, ...]]:
    """For each 党员大会, the excusals in force on its date: every decision read once."""
    decisions = list(
        session.scalars(
            select(AttendanceExcusal)
            .options(selectinload(AttendanceExcusal.member))
            .order_by(AttendanceExcusal.member_id, AttendanceExcusal.id)
        )
    )

    def lines(activity: Activity) -> tuple[Excused, ...]:
        if activity.kind is not ActivityKind.BRANCH_GENERAL:
            return ()
        found: dict[int, Excused] = {}
        for e in decisions:
            if e.applies_on(activity.date):
                found.setdefault(
                    e.member_id, Excused(e.member_id, e.member.name, e.reason, e.decided_on)
                )
        return tuple(found.values())

    return lines


def _probationary_on(member: Member, day: date) -> bool:
    """A 预备党员 on the day: still one, or made 正式 only after it."""
    if member.category is MemberCategory.PROBATIONARY:
        return True
    return member.full_member_date is not None and member.full_member_date > day


def record_sheet(
    activity: Activity, late_days: int, excused: Sequence[Excused] = ()
) -> RecordSheet:
    entered = activity.entered_at or datetime.now()
    rows = activity.attendance
    probationary = [a for a in rows if _probationary_on(a.member, activity.date)]
    excused_ids = {e.member_id for e in excused}
    voters = [a for a in rows if a not in probationary and a.member_id not in excused_ids]
    return RecordSheet(
        activity_id=activity.id,
        kind=activity.kind,
        date=activity.date,
        start_time=activity.start_time,
        end_time=activity.end_time,
        place=activity.place,
        title=activity.title,
        host=activity.host,
        recorder=activity.recorder,
        group_name=activity.group.name if activity.group else "",
        observers=activity.observers,
        topics=tuple(t.text for t in activity.topics),
        minutes=activity.minutes,
        decisions=activity.decisions,
        present=tuple(
            a.member.name for a in activity.attendance if a.attendance is Attendance.PRESENT
        ),
        absent=tuple(
            (a.member.name, a.absence_reason)
            for a in activity.attendance
            if a.attendance is Attendance.ABSENT
        ),
        attachments=tuple(f"{a.kind.value}：{a.original_name}" for a in activity.attachments),
        entered_at=entered,
        late_entry=is_late_entry(activity.date, entered, late_days),
        study_hours=float(activity.study_hours) if activity.study_hours is not None else None,
        teacher=activity.teacher,
        deleted_at=activity.deleted_at,
        belongs_to_year=activity.belongs_to_year,
        excused=tuple(e.line for e in excused),
        votes=tuple(topic_vote(topic) for topic in activity.topics),
        expected_probationary=len(probationary),
        present_probationary=sum(a.attendance is Attendance.PRESENT for a in probationary),
        voters_due=len(voters),
        voters_present=sum(a.attendance is Attendance.PRESENT for a in voters),
        talks=tuple(stored_talk(row) for row in activity.talks),
    )


@dataclass(frozen=True, slots=True)
class Presence:
    """A member on a record's attendance list: there, or away with the reason given."""

    present: bool
    reason: str = ""


def presence_by_record(
    session: Session, activity_ids: Sequence[int]
) -> dict[int, dict[int, Presence]]:
    """For each record, its attendance list by member id (the sheets name members by name
    only; a member's own year is counted by id: two members may share a name)."""
    found: dict[int, dict[int, Presence]] = {key: {} for key in activity_ids}
    query = select(
        ActivityAttendance.activity_id,
        ActivityAttendance.member_id,
        ActivityAttendance.attendance,
        ActivityAttendance.absence_reason,
    ).where(ActivityAttendance.activity_id.in_(list(activity_ids)))
    for activity_id, member_id, attendance, reason in session.execute(query):
        found[activity_id][member_id] = Presence(attendance is Attendance.PRESENT, reason)
    return found


@dataclass(frozen=True, slots=True)
class SignInSheet:
    """A blank 签到表 for a planned meeting: the meeting, and who is due to sign, in roster order."""

    kind: ActivityKind
    day: date
    topic: str
    place: str
    host: str
    group_name: str
    names: tuple[tuple[str, str], ...]  # (name, note: 预备党员 / 流动党员)

    @property
    def heading(self) -> str:
        return f"{self.kind.value}（{self.group_name}）" if self.group_name else self.kind.value


def sign_in_sheet(
    session: Session,
    kind: ActivityKind,
    day: date,
    group_id: int | None = None,
    *,
    topic: str = "",
    place: str = "",
    host: str = "",
) -> SignInSheet:
    """The 签到表 of a meeting planned on `day`: those due to attend on that day (a 谈心谈话
    has none by default, and the committee is listed for it)."""
    listed = ActivityKind.COMMITTEE if kind is ActivityKind.TALK else kind
    people = expected_attendees(session, listed, group_id, day)
    group = session.get(PartyGroup, group_id) if group_id is not None else None
    return SignInSheet(
        kind,
        day,
        topic,
        place,
        host,
        group.name if group else "",
        tuple(
            (p.name, "预备党员" if not p.full_member else "流动党员" if p.mobile else "")
            for p in people
        ),
    )
