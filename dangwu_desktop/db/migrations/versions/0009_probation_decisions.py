"""Movements that a 支部党员大会 decides carry the meeting's day; an extension its months.

转正 was stored with one date, the day it was registered, though the 转正 date is the day the
预备期 ends and the decision is the meeting's; 延长预备期 (six to twelve months, once) and
取消预备党员资格 are new movements. Both columns are empty on existing rows: a 转正 entered
before this revision does not say when its meeting was, and the program does not guess it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("member_movement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decision_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("extension_months", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("member_movement", schema=None) as batch_op:
        batch_op.drop_column("extension_months")
        batch_op.drop_column("decision_date")
