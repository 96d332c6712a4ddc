"""SQLAlchemy models of the branch's records. Rows are history: members are never deleted."""

from __future__ import annotations

from datetime import date, datetime, time
from datetime import date as _Day  # the type, named apart from the movement's column `date`
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    object_session,
    relationship,
)

from dangwu_desktop.core.glossary import (
    ActivityKind,
    AttachmentKind,
    Attendance,
    CommitteePost,
    ExcusalReason,
    Grade,
    MemberCategory,
    MembershipStatus,
    MovementKind,
    Sex,
)
from dangwu_desktop.core.periods import YearPeriod

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def label_enum(enum_class: type[StrEnum]) -> Enum:
    """A portable VARCHAR column that stores an enum's Chinese label, not its code name."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    # What the 操作日志 calls a row of this table, and how it names the row: each book declares its
    # own, so a new ledger's tables are logged without a list kept elsewhere. A table without a
    # subject is logged as part of its parent (attendance and 议题 as changes of their record).
    AUDIT_SUBJECT: ClassVar[str] = ""
    # The Chinese words the log uses for this table's own fields (a ledger's tables name theirs
    # here; the shared words are in core.audit.LABELS).
    AUDIT_LABELS: ClassVar[dict[str, str]] = {}

    def audit_name(self) -> str:
        return ""


def _member_name(row: Any) -> str:
    """The member a row is about, also while the row is pending (its relationship unloaded)."""
    session = object_session(row)
    member = session.get(Member, row.member_id) if session and row.member_id else row.member
    return member.name if member is not None else ""


member_name_of = _member_name  # for the ledgers' own tables' audit names


class BranchOwned:
    """A row of one branch's records. A township database holds many branches side by side; a
    session works for one of them (core.branch_scope): its queries see that branch's rows only
    and the rows it adds are that branch's. A table of a branch's data takes this mixin as its
    first base (`class Payment(BranchOwned, Base)`), also a child table whose rows are reached
    through their parent, so that a database policy keyed on the column (PostgreSQL row-level
    security) can guard every table alike. A unique constraint over a branch's data names
    `branch_id` among its columns: two branches may hold the same ID number or receipt number.
    Tables outside: `branch` itself, `setting` (the database's settings) and `development_step`
    (the national procedure); `audit_entry` names its branch but may name none; `package_import`
    names its branch but is the township's record of imports, not the branch's data."""

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)


class Versioned:
    """A record that two PCs on one server may edit at once. Each save of it through its service
    makes the next `version` (core/record_versions.py), and the database's UPDATE names the
    version it replaces, so a save begun from an older version is refused instead of silently
    overwriting the other's change; `changed_by` and `changed_at` say whose save came first."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(String(50), default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column(DateTime)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The program sets each next version itself (a save that changes only a record's
        # attendance or topics is still a new version of the record).
        return {"version_id_col": cls.version, "version_id_generator": False}


class Branch(Base):
    """党支部: the one branch whose records this database keeps."""

    __tablename__ = "branch"
    AUDIT_SUBJECT = "支部信息"

    def audit_name(self) -> str:
        return self.name

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_org: Mapped[str] = mapped_column(String(100), default="")
    term_start: Mapped[date | None] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    committee: Mapped[list[CommitteeMember]] = relationship(
        back_populates="branch",
        order_by="CommitteeMember.sort_order",
        cascade="all, delete-orphan",
    )


class CommitteeMember(BranchOwned, Base):
    """A seat on the 支部委员会, or the secretary alone where there is no committee."""

    __tablename__ = "committee_member"
    AUDIT_SUBJECT = "支部委员"

    def audit_name(self) -> str:
        post = self.post.value if hasattr(self.post, "value") else self.post
        return f"{post}{self.name}"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))  # as entered; the member's own when linked
    # The member holding the seat, once the roster has them (the first-start dialog comes before
    # the roster): linked by id, so a namesake is not taken for a 委员.
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    post: Mapped[CommitteePost] = mapped_column(label_enum(CommitteePost))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    branch: Mapped[Branch] = relationship(back_populates="committee")
    member: Mapped[Member | None] = relationship()


class PartyGroup(BranchOwned, Base):
    """党小组: every member belongs to one."""

    __tablename__ = "party_group"
    AUDIT_SUBJECT = "党小组"

    def audit_name(self) -> str:
        return self.name

    # A group's name is unique in its branch (every village has its 第一党小组).
    __table_args__ = (UniqueConstraint("branch_id", "name", name="uq_party_group_branch_id_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    leader: Mapped[str] = mapped_column(String(50), default="")  # the leader's name, as shown
    # The 组长 as a member (a namesake is not the leader); the name above follows it.
    leader_id: Mapped[int | None] = mapped_column(
        # use_alter: member names its group and the group its leader, a cycle the table sort
        # cannot order otherwise (SQLite still writes the key inside CREATE TABLE).
        ForeignKey("member.id", ondelete="SET NULL", use_alter=True),
        index=True,
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Member(BranchOwned, Versioned, Base):
    """党员: one roster row. Status and 流动 fields are derived from the movements."""

    __tablename__ = "member"
    AUDIT_SUBJECT = "党员"

    def audit_name(self) -> str:
        return self.name

    # An ID number once per branch: after a 转出 and 转入 a township database holds the member
    # on both branches' rosters.
    __table_args__ = (
        UniqueConstraint("branch_id", "id_number", name="uq_member_branch_id_id_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    sex: Mapped[Sex] = mapped_column(label_enum(Sex))
    ethnicity: Mapped[str] = mapped_column(String(20), default="汉族")
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18))
    native_place: Mapped[str] = mapped_column(String(100), default="")
    education: Mapped[str] = mapped_column(String(20), default="")
    join_date: Mapped[date | None] = mapped_column(Date)
    full_member_date: Mapped[date | None] = mapped_column(Date)
    category: Mapped[MemberCategory] = mapped_column(label_enum(MemberCategory))
    occupation: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("party_group.id"), index=True)
    party_post: Mapped[str] = mapped_column(String(30), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")

    status: Mapped[MembershipStatus] = mapped_column(
        label_enum(MembershipStatus), default=MembershipStatus.ACTIVE, index=True
    )
    is_mobile: Mapped[bool] = mapped_column(default=False)
    mobile_place: Mapped[str] = mapped_column(String(100), default="")
    mobile_since: Mapped[date | None] = mapped_column(Date)
    mobile_org: Mapped[str] = mapped_column(String(100), default="")

    search_key: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )

    group: Mapped[PartyGroup | None] = relationship(foreign_keys=[group_id])
    movements: Mapped[list[MemberMovement]] = relationship(
        back_populates="member",
        order_by="(MemberMovement.date, MemberMovement.id)",
        cascade="all, delete-orphan",
    )


class MemberMovement(BranchOwned, Base):
    """人员变动: a dated entry in a member's history; never overwritten."""

    __tablename__ = "member_movement"
    AUDIT_SUBJECT = "人员变动"

    def audit_name(self) -> str:
        return f"{_member_name(self)} {self.kind.value} {self.date}"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[MovementKind] = mapped_column(label_enum(MovementKind))
    date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    other_org: Mapped[str] = mapped_column(String(100), default="")
    letter_number: Mapped[str] = mapped_column(String(50), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    # 转正、延长预备期、取消预备党员资格: the day of the 支部党员大会 that decided it.
    decision_date: Mapped[_Day | None] = mapped_column(Date, nullable=True)
    extension_months: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 延长预备期
    # 转出: the day the 介绍信's 回执 came back (None: not back yet).
    receipt_date: Mapped[_Day | None] = mapped_column(Date, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    member: Mapped[Member] = relationship(back_populates="movements")


class Activity(BranchOwned, Versioned, Base):
    """A record of organisational life: a meeting, a 党课, a 主题党日, a talk …

    Deleting moves it to the 回收站 (`deleted_at`); `entered_at` shows when it was written down,
    so a record entered well after the meeting is visibly a 补录, never back-dated.
    """

    __tablename__ = "activity"
    AUDIT_SUBJECT = "组织生活与学习"

    def audit_name(self) -> str:
        return f"{self.date} {self.kind.value}"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = mapped_column(label_enum(ActivityKind), index=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    # 所属年度: the year the record counts for. The date's own year, except that a 组织生活会 or
    # 民主评议 held in January–February may be the year before's (DOMAIN.md §3).
    belongs_to_year: Mapped[int] = mapped_column(Integer, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    host: Mapped[str] = mapped_column(String(50), default="")
    recorder: Mapped[str] = mapped_column(String(50), default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("party_group.id"), index=True)
    observers: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    # 学时: a record with hours counts as education and training for those present (issue 6),
    # so a 党课 or a study meeting is entered once and appears in both ledgers.
    study_hours: Mapped[float | None] = mapped_column(Numeric(5, 1, asdecimal=False))
    teacher: Mapped[str] = mapped_column(String(50), default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    group: Mapped[PartyGroup | None] = relationship()
    topics: Mapped[list[ActivityTopic]] = relationship(
        order_by="ActivityTopic.position", cascade="all, delete-orphan"
    )
    attendance: Mapped[list[ActivityAttendance]] = relationship(cascade="all, delete-orphan")
    attachments: Mapped[list[ActivityAttachment]] = relationship(
        order_by="ActivityAttachment.id", cascade="all, delete-orphan"
    )
    # A 谈心谈话 record's conversations, one row each (none on the other kinds).
    talks: Mapped[list[ActivityTalk]] = relationship(
        order_by="ActivityTalk.position", cascade="all, delete-orphan"
    )


class AttendanceExcusal(BranchOwned, Base):
    """A branch decision that a member is not counted among those due at a 党员大会 (or, under
    留党察看, has no vote there) from one date to another: the count of 应到 changes only by
    such a decision, dated, and the records held meanwhile say so."""

    __tablename__ = "attendance_excusal"
    AUDIT_SUBJECT = "不计应到"

    def audit_name(self) -> str:
        return f"{_member_name(self)} {self.reason.value} {self.start}"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    reason: Mapped[ExcusalReason] = mapped_column(label_enum(ExcusalReason))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)  # open until the branch ends it
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(100), default="")  # e.g. 支部党员大会

    member: Mapped[Member] = relationship()

    def applies_on(self, day: date) -> bool:
        return (
            self.decided_on <= day and self.start <= day and (self.end is None or day <= self.end)
        )


class ActivityTopic(BranchOwned, Base):
    """议题: one item on a record's agenda, in order."""

    __tablename__ = "activity_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))
    # 表决 (a 支部党员大会's decision topic): empty where the topic was not put to a vote.
    vote_due: Mapped[int | None] = mapped_column(Integer)  # 应到会有表决权的党员
    vote_present: Mapped[int | None] = mapped_column(Integer)  # 实到会有表决权的党员
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)


class ActivityTalk(BranchOwned, Base):
    """One conversation of a 谈心谈话 record: who talked with whom, on which day, about what.

    The year's coverage (every 支部委员 with each other and with the members, 第十九条) is read
    from these rows, so both people are members of the roster, linked by id."""

    __tablename__ = "activity_talk"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    talker_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)  # 谈话人
    talkee_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)  # 谈话对象
    date: Mapped[_Day] = mapped_column(Date, index=True)
    talk_type: Mapped[str] = mapped_column(String(20), default="")  # 谈话类型 (may be empty)
    content: Mapped[str] = mapped_column(Text, default="")  # 谈话内容
    suggestions: Mapped[str] = mapped_column(Text, default="")  # 意见建议

    talker: Mapped[Member] = relationship(foreign_keys=[talker_id])
    talkee: Mapped[Member] = relationship(foreign_keys=[talkee_id])


class ActivityAttendance(BranchOwned, Base):
    """One member due to attend: present, or absent with the reason."""

    __tablename__ = "activity_attendance"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True, index=True)
    attendance: Mapped[Attendance] = mapped_column(label_enum(Attendance))
    absence_reason: Mapped[str] = mapped_column(String(100), default="")

    member: Mapped[Member] = relationship()


class ActivityAttachment(BranchOwned, Base):
    """A file kept with a record (sign-in sheet, photo, notice), copied into the data folder."""

    __tablename__ = "activity_attachment"
    AUDIT_SUBJECT = "附件"

    def audit_name(self) -> str:
        return self.original_name

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(label_enum(AttachmentKind))
    original_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    stored_name: Mapped[str] = mapped_column(String(120))  # inside the attachments folder
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Appraisal(BranchOwned, Base):
    """民主评议党员: one member's grade in one year."""

    __tablename__ = "appraisal"
    AUDIT_SUBJECT = "民主评议"

    def audit_name(self) -> str:
        return f"{_member_name(self)} {self.year}年"

    __table_args__ = (UniqueConstraint("year", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    grade: Mapped[Grade] = mapped_column(label_enum(Grade))
    comment: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship()


class Setting(Base):
    """A setting that belongs with the data (rule variations, templates), as text."""

    __tablename__ = "setting"
    AUDIT_SUBJECT = "设置"

    def audit_name(self) -> str:
        from dangwu_desktop.core.audit import setting_name  # the settings' own labels

        return setting_name(self.key)

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PlannedActivity(BranchOwned, Base):
    """季度计划: a meeting the branch plans for a quarter, reported to the township beforehand."""

    __tablename__ = "planned_activity"
    AUDIT_SUBJECT = "季度计划"

    def audit_name(self) -> str:
        kind = self.kind.value if self.kind else ""
        return f"{YearPeriod(self.year, self.quarter).title} {kind}".rstrip()

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    quarter: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ActivityKind] = mapped_column(label_enum(ActivityKind))
    planned_date: Mapped[date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    host: Mapped[str] = mapped_column(String(50), default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("party_group.id"))


class ExternalStudy(BranchOwned, Base):
    """Hours a member studied elsewhere (a 流动党员 at the branch where they work), credited here
    with the source noted (DOMAIN.md §9)."""

    __tablename__ = "external_study"
    AUDIT_SUBJECT = "外出学习学时"

    def audit_name(self) -> str:
        return f"{_member_name(self)} {self.date}"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    hours: Mapped[float] = mapped_column(Numeric(5, 1, asdecimal=False))
    topic: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(200))
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    member: Mapped[Member] = relationship()


class ReportNote(BranchOwned, Base):
    """What only the secretary can write for a period's report (工作成效, 存在问题, 下步打算),
    kept so that the report can be regenerated with the latest figures."""

    __tablename__ = "report_note"
    AUDIT_SUBJECT = "报告文字"

    def audit_name(self) -> str:
        return f"{YearPeriod.from_key(self.period).title}工作报告"

    # One text per branch and period: the branch is part of the key.
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    period: Mapped[str] = mapped_column(
        String(10), primary_key=True
    )  # 2026-Q4, or 2026 for the year
    achievements: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    plans: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )


class AuditEntry(Base):
    """操作日志: one change to the records, written in the same transaction as the change.
    Never edited or deleted by the program."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The branch whose records changed; none for a change to the database's own settings made
    # before any branch existed. A branch's log shows its own entries and those.
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    operator: Mapped[str] = mapped_column(String(50), default="")
    subject: Mapped[str] = mapped_column(String(20), index=True)  # 党员, 组织生活, 设置 …
    action: Mapped[str] = mapped_column(String(20))  # 新增, 修改, 删除
    record: Mapped[str] = mapped_column(
        String(100), default=""
    )  # which one: a name, a date and kind
    changes: Mapped[str] = mapped_column(Text, default="")  # 字段：旧 → 新, one per line


class PackageImport(Base):
    """导入记录: one 上报数据包 a township database took in for a branch. Not a branch's data
    (BranchOwned): importing the next package replaces the branch's rows, never this record of
    where they came from."""

    __tablename__ = "package_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    made_at: Mapped[datetime] = mapped_column(DateTime)  # when the village exported it
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    data_sha256: Mapped[str] = mapped_column(String(64), index=True)
    schema_revision: Mapped[str] = mapped_column(String(32))
    database_id: Mapped[str] = mapped_column(String(64), default="")  # the village database's
    manifest: Mapped[str] = mapped_column(Text)  # the manifest as JSON, as the package held it
    changes: Mapped[str] = mapped_column(Text, default="")  # since the branch's previous package


# The session's branch: its queries' filter and its new rows' branch (imported last: it needs
# the models above).
from dangwu_desktop.core import branch_scope as _branch_scope  # noqa: E402, F401
