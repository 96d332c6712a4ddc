"""三张清单 tables: an item of the 问题、任务 or 责任清单 (its source, 责任人, 时限, status, what was
done and its 销号), the dated progress notes under it, and its 佐证材料 files (copied into the
attachments folder beside the database, as a meeting record's are). A meeting that decided or
reviewed an item is the 组织生活 record itself, linked, never copied."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dangwu_desktop.core.models import Activity, Base, BranchOwned, Member, label_enum
from dangwu_desktop.ledgers.lists.rules import EvidenceKind, ItemSource, ItemStatus, ListKind


class ListItem(BranchOwned, Base):
    """One item of a list: a problem to put right, a task to carry out, a duty someone holds."""

    __tablename__ = "list_item"
    AUDIT_SUBJECT = "三张清单"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "kind": "清单", "category": "类型", "source": "来源", "source_detail": "来源说明",
        "description": "事项内容", "measures": "措施", "responsible": "责任人",
        "raised_on": "提出日期", "deadline": "完成时限", "status": "状态",
        "completed_on": "完成日期", "result": "完成情况", "evidence": "佐证材料说明",
        "closed_on": "销号日期", "reviewer": "验收人（单位）", "review_note": "验收意见",
    }  # fmt: skip

    def audit_name(self) -> str:
        text = " ".join(self.description.split())
        return f"{self.kind.value}：{text[:20]}{'…' if len(text) > 20 else ''}"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ListKind] = mapped_column(label_enum(ListKind), index=True)
    category: Mapped[str] = mapped_column(String(30), default="")
    source: Mapped[ItemSource] = mapped_column(label_enum(ItemSource))
    source_detail: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text)
    measures: Mapped[str] = mapped_column(Text, default="")
    # The 责任人 by name (a cadre need not be on the roster), and the member where one is.
    responsible: Mapped[str] = mapped_column(String(50), default="")
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    raised_on: Mapped[date] = mapped_column(Date, index=True)
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[ItemStatus] = mapped_column(
        label_enum(ItemStatus), default=ItemStatus.NOT_STARTED, index=True
    )
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    review_note: Mapped[str] = mapped_column(Text, default="")
    # The meeting that decided (交办、研究) the item, and the one that checked it for 销号.
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), nullable=True, index=True
    )
    review_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), nullable=True
    )
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )

    responsible_member: Mapped[Member | None] = relationship(foreign_keys=[responsible_id])
    meeting: Mapped[Activity | None] = relationship(foreign_keys=[meeting_id])
    review_meeting: Mapped[Activity | None] = relationship(foreign_keys=[review_meeting_id])
    notes: Mapped[list[ListProgress]] = relationship(
        back_populates="item",
        order_by="(ListProgress.date, ListProgress.id)",
        cascade="all, delete-orphan",
    )
    attachments: Mapped[list[ListAttachment]] = relationship(
        order_by="ListAttachment.id", cascade="all, delete-orphan"
    )


class ListProgress(BranchOwned, Base):
    """A dated note of how an item went on, and the meeting that heard it where one did."""

    __tablename__ = "list_progress"
    AUDIT_SUBJECT = "清单事项进展"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {"date": "日期", "note": "进展情况"}

    def audit_name(self) -> str:
        return f"{self.date:%Y-%m-%d}"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("list_item.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), nullable=True
    )
    entered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    item: Mapped[ListItem] = relationship(back_populates="notes")
    meeting: Mapped[Activity | None] = relationship()


class ListAttachment(BranchOwned, Base):
    """A 佐证材料 file kept with an item, copied into the data folder (named by its content)."""

    __tablename__ = "list_attachment"
    AUDIT_SUBJECT = "清单事项佐证材料"
    AUDIT_LABELS: ClassVar[dict[str, str]] = {
        "kind": "材料类别", "original_name": "文件名", "size": "文件大小（字节）"
    }  # fmt: skip

    def audit_name(self) -> str:
        return self.original_name

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("list_item.id"), index=True)
    kind: Mapped[EvidenceKind] = mapped_column(label_enum(EvidenceKind))
    original_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    stored_name: Mapped[str] = mapped_column(String(120))  # inside the attachments folder
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
