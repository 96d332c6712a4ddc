"""换届 tables: the branch's terms (届次) and each election that ends one — the 请示 and 批复, an
approved postponement or advance, the candidates with their 推荐 and 资格联审, the ballot of each
round and each candidate's votes.

One source of truth for the current committee: the term in office has no seats and no dates of
its own here — they are the Branch row's term_start/term_end and its CommitteeMember rows, which
the 设置 page edits. When a new committee takes office, the outgoing term's dates and seats are
copied into its BranchTerm and TermSeat rows, and the Branch row takes the new ones."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dangwu_desktop.core.glossary import CommitteePost
from dangwu_desktop.core.models import (
    Activity,
    Base,
    BranchOwned,
    Member,
    label_enum,
    member_name_of,
)
from dangwu_desktop.ledgers.elections.rules import Timing, Vetting


class BranchTerm(BranchOwned, Base):
    """一届支部委员会. `handed_over_on` is None for the term in office."""

    __tablename__ = "branch_term"
    AUDIT_SUBJECT = "届次"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "number": "届次", "start": "任期开始", "end": "任期届满", "handed_over_on": "交接日期",
        "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"第{self.number}届" if self.number else "本届"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int | None] = mapped_column(Integer)  # 第几届; None where nobody entered it
    # A past term's dates; the term in office reads its own from the Branch row.
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    handed_over_on: Mapped[date | None] = mapped_column(Date)  # the next committee took office
    note: Mapped[str] = mapped_column(Text, default="")

    seats: Mapped[list[TermSeat]] = relationship(
        order_by="TermSeat.sort_order", cascade="all, delete-orphan"
    )


class TermSeat(BranchOwned, Base):
    """A seat of a past term, as it was when the term ended (logged as part of the handover)."""

    __tablename__ = "branch_term_seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("branch_term.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    post: Mapped[CommitteePost] = mapped_column(label_enum(CommitteePost))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Election(BranchOwned, Base):
    """The 换届选举 that ends `term` and, once its committee takes office, begins `new_term`."""

    __tablename__ = "election"
    AUDIT_SUBJECT = "换届选举"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "seats": "应选委员人数", "request_on": "换届请示日期", "request_ref": "请示文号",
        "reply_on": "批复日期", "reply_ref": "批复文号", "timing": "选举时间",
        "timing_months": "延期或提前月数", "timing_approved_on": "延期或提前批准日期",
        "timing_ref": "延期或提前批复文号", "held_on": "选举日期", "filed_on": "委员备案日期",
        "submitted_on": "书记副书记报批日期", "approved_on": "书记副书记批准日期", "approval_ref": "批准文号", "note": "备注",
    }  # fmt: skip

    def audit_name(self) -> str:
        return f"{self.held_on or self.request_on or ''} 换届选举".strip()

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("branch_term.id"), index=True)
    new_term_id: Mapped[int | None] = mapped_column(ForeignKey("branch_term.id"), index=True)
    seats: Mapped[int] = mapped_column(Integer)  # 应选委员人数 (the secretary included)
    request_on: Mapped[date | None] = mapped_column(Date)  # 换届请示 sent to the township
    request_ref: Mapped[str] = mapped_column(String(100), default="")
    reply_on: Mapped[date | None] = mapped_column(Date)  # the township's 批复
    reply_ref: Mapped[str] = mapped_column(String(100), default="")
    timing: Mapped[Timing] = mapped_column(label_enum(Timing), default=Timing.ON_TIME)
    timing_months: Mapped[int | None] = mapped_column(Integer)
    timing_approved_on: Mapped[date | None] = mapped_column(Date)
    timing_ref: Mapped[str] = mapped_column(String(100), default="")
    # The 支部党员大会 that elected, once held.
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    held_on: Mapped[date | None] = mapped_column(Date)
    filed_on: Mapped[date | None] = mapped_column(Date)  # 委员 报上级党组织备案
    submitted_on: Mapped[date | None] = mapped_column(Date)  # 书记、副书记 报上级党组织批准
    approved_on: Mapped[date | None] = mapped_column(Date)  # 书记、副书记 批准; takes office
    approval_ref: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    activity: Mapped[Activity | None] = relationship()
    candidates: Mapped[list[ElectionCandidate]] = relationship(
        order_by="[ElectionCandidate.stage, ElectionCandidate.sort_order]",
        cascade="all, delete-orphan",
    )
    rounds: Mapped[list[ElectionRound]] = relationship(
        order_by="ElectionRound.number", cascade="all, delete-orphan"
    )


class ElectionCandidate(BranchOwned, Base):
    """一名候选人: who recommended them and how many, and the 资格联审's result. `stage` 1 is the
    election's list; 2, 3 … the list of each 另行选举 for the seats the one before left empty
    (a member not elected may stand again, so a member may be on more than one list)."""

    __tablename__ = "election_candidate"
    AUDIT_SUBJECT = "换届候选人"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "source": "推荐方式", "recommendations": "推荐票数", "vetting": "资格联审",
        "vetting_note": "联审意见", "sort_order": "排序", "stage": "选举",
    }  # fmt: skip

    def audit_name(self) -> str:
        return member_name_of(self)

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    source: Mapped[str] = mapped_column(String(50), default="")  # 党员推荐、群众推荐 …
    recommendations: Mapped[int | None] = mapped_column(Integer)
    vetting: Mapped[Vetting] = mapped_column(label_enum(Vetting), default=Vetting.PENDING)
    vetting_note: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    stage: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    member: Mapped[Member] = relationship()


class ElectionRound(BranchOwned, Base):
    """One vote: the first of a `stage` (the election, or a 另行选举 for the seats left empty), or
    a second among those tied. Rounds are numbered through the whole election; each has the day
    of the 支部党员大会 that held it (a 另行选举 may be at the same meeting or a later one)."""

    __tablename__ = "election_round"
    AUDIT_SUBJECT = "选举计票"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "number": "轮次", "due": "应到会有选举权人数", "present": "实到会有选举权人数",
        "issued": "发出选票", "returned": "收回选票", "valid": "有效票", "void": "无效票",
        "stage": "选举", "held_on": "选举日期",
    }  # fmt: skip

    def audit_name(self) -> str:
        further = f"第{self.stage - 1}次另行选举" if self.stage > 1 else ""
        return f"{further}第{self.number}轮"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    due: Mapped[int] = mapped_column(Integer)
    present: Mapped[int] = mapped_column(Integer)
    issued: Mapped[int] = mapped_column(Integer)
    returned: Mapped[int] = mapped_column(Integer)
    valid: Mapped[int] = mapped_column(Integer)
    void: Mapped[int] = mapped_column(Integer)
    stage: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    held_on: Mapped[date | None] = mapped_column(Date)

    votes: Mapped[list[ElectionVote]] = relationship(
        order_by="ElectionVote.id", cascade="all, delete-orphan"
    )


class ElectionVote(BranchOwned, Base):
    """A candidate's 赞成票 in one round."""

    __tablename__ = "election_vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id"), index=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("election_candidate.id"), index=True)
    votes: Mapped[int] = mapped_column(Integer)
