"""发展党员 tables: the step list (data, seeded by migration 0014, which a province may adjust),
the people in the pipeline (not members yet: 申请人, 积极分子, 发展对象 — linked to their roster
row once admitted, never copied), each person's recorded steps with the members named on them
(培养联系人, 入党介绍人), the meeting record that decided them, the vote, and the documents of
the file."""

from __future__ import annotations

from datetime import date, datetime
from datetime import date as Day  # the type, named apart from a record's column `date`
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dangwu_desktop.core.glossary import Sex
from dangwu_desktop.core.models import Activity, Base, BranchOwned, Member, label_enum
from dangwu_desktop.ledgers.development.rules import StepSpec, circled

DOCUMENT_SEPARATOR = "、"


class DevelopmentStep(Base):
    """One step of the procedure: its place in the list, its stage, what the file holds for it,
    who is named on it and which meeting decides it."""

    __tablename__ = "development_step"
    AUDIT_SUBJECT = "发展党员步骤"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "code": "代码", "number": "序号", "name": "步骤名称", "stage": "阶段",
        "documents": "应有材料", "people_role": "须指定的人员", "people_min": "最少人数",
        "people_max": "最多人数", "meeting_kind": "决定的会议", "repeats": "可多次登记",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{circled(self.number)}{self.name}"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    stage: Mapped[int] = mapped_column(Integer)
    documents: Mapped[str] = mapped_column(Text, default="")  # names joined by 、
    people_role: Mapped[str] = mapped_column(String(20), default="")
    people_min: Mapped[int] = mapped_column(Integer, default=0)
    people_max: Mapped[int] = mapped_column(Integer, default=0)
    meeting_kind: Mapped[str] = mapped_column(String(16), default="")
    repeats: Mapped[bool] = mapped_column(Boolean, default=False)

    def spec(self) -> StepSpec:
        return StepSpec(
            self.code, self.number, self.name, self.stage,
            tuple(d for d in self.documents.split(DOCUMENT_SEPARATOR) if d),
            self.people_role, self.people_min, self.people_max, self.meeting_kind, self.repeats,
        )  # fmt: skip


class DevelopmentPerson(BranchOwned, Base):
    """Someone on the way into the party. `member_id` links the roster row made at admission
    (or found there, for a member whose file is entered afterwards): one record, not a copy."""

    __tablename__ = "development_person"
    AUDIT_SUBJECT = "发展对象档案"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "name": "姓名", "sex": "性别", "ethnicity": "民族", "birth_date": "出生日期",
        "id_number": "身份号码", "education": "学历", "occupation": "职业", "phone": "联系电话",
        "address": "家庭住址", "notes": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return self.name

    # An ID number once per branch (a township database holds many branches' applicants).
    __table_args__ = (
        UniqueConstraint(
            "branch_id", "id_number", name="uq_development_person_branch_id_id_number"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    sex: Mapped[Sex | None] = mapped_column(label_enum(Sex), nullable=True)
    ethnicity: Mapped[str] = mapped_column(String(20), default="汉族")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    id_number: Mapped[str | None] = mapped_column(String(18), nullable=True)
    education: Mapped[str] = mapped_column(String(20), default="")
    occupation: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id"), unique=True, nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    member: Mapped[Member | None] = relationship()
    records: Mapped[list[DevelopmentRecord]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="DevelopmentRecord.date"
    )


class DevelopmentRecord(BranchOwned, Base):
    """One step done for one person, on its day: the people named, the meeting record that
    decided it and its vote, 集中培训's days and hours, 公示's dates, 政审's conclusion."""

    __tablename__ = "development_record"
    AUDIT_SUBJECT = "发展党员纪实"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "date": "日期", "end_date": "结束日期", "hours": "学时", "vote_due": "应到有表决权人数",
        "vote_present": "实到有表决权人数", "votes_for": "同意票", "votes_against": "反对票",
        "votes_abstain": "弃权票", "publicity_from": "公示开始", "publicity_to": "公示结束",
        "conclusion": "结论", "notes": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        from sqlalchemy.orm import object_session

        session = object_session(self)
        person = session.get(DevelopmentPerson, self.person_id) if session else None
        step = session.get(DevelopmentStep, self.step_id) if session else None
        who = person.name if person else ""
        what = f"{circled(step.number)}{step.name}" if step else ""
        return f"{who} {what} {self.date}".strip()

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("development_person.id"), index=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("development_step.id"), index=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[Day | None] = mapped_column(Date, nullable=True)
    hours: Mapped[float | None] = mapped_column(Numeric(5, 1, asdecimal=False), nullable=True)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id"), index=True, nullable=True
    )
    vote_due: Mapped[int | None] = mapped_column(Integer, nullable=True)
    vote_present: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_for: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_against: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_abstain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    publicity_from: Mapped[Day | None] = mapped_column(Date, nullable=True)
    publicity_to: Mapped[Day | None] = mapped_column(Date, nullable=True)
    conclusion: Mapped[str] = mapped_column(Text, default="")  # 政审结论, 考察意见 …
    notes: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    person: Mapped[DevelopmentPerson] = relationship(back_populates="records")
    step: Mapped[DevelopmentStep] = relationship()
    activity: Mapped[Activity | None] = relationship()
    people: Mapped[list[DevelopmentHelper]] = relationship(
        cascade="all, delete-orphan", order_by="DevelopmentHelper.position"
    )
    documents: Mapped[list[DevelopmentDocument]] = relationship(
        cascade="all, delete-orphan", order_by="DevelopmentDocument.id"
    )


class DevelopmentHelper(BranchOwned, Base):
    """A member named on a step: a 培养联系人 or an 入党介绍人 (the step says which)."""

    __tablename__ = "development_helper"

    record_id: Mapped[int] = mapped_column(ForeignKey("development_record.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    member: Mapped[Member] = relationship()


class DevelopmentDocument(BranchOwned, Base):
    """One document of a person's file, kept with the step it belongs to: 入党志愿书 with its
    number, 政审材料, 公示 …, and whether the paper is on file (the 归档 checklist reads this)."""

    __tablename__ = "development_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("development_record.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    number: Mapped[str] = mapped_column(String(50), default="")  # 入党志愿书编号 …
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    on_file: Mapped[bool] = mapped_column(Boolean, default=True)
