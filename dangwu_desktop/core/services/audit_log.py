"""Reading the 操作日志 (entries are written by the services that make each change, via core.audit)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dangwu_desktop.core.models import AuditEntry

SHOWN = 2000


def entries(
    session: Session,
    *,
    subject: str | None = None,
    text: str = "",
    first: date | None = None,
    last: date | None = None,
) -> Sequence[AuditEntry]:
    """The newest entries first, filtered; at most SHOWN of them."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(SHOWN)
    if subject:
        query = query.where(AuditEntry.subject == subject)
    if text.strip():
        needle = f"%{text.strip()}%"
        query = query.where(or_(AuditEntry.record.like(needle), AuditEntry.changes.like(needle)))
    if first:
        query = query.where(AuditEntry.at >= datetime.combine(first, time.min))
    if last:
        query = query.where(AuditEntry.at <= datetime.combine(last, time.max))
    return session.scalars(query).all()


def subjects(session: Session) -> list[str]:
    return sorted(set(session.scalars(select(AuditEntry.subject).distinct())))
