"""Quarterly plans: the meetings a branch plans for a quarter (季度计划报备).

Issue 5. Townships ask for a plan before each quarter; kept apart from the records of what was
held, so that a plan never counts as a meeting.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "planned_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "支部党员大会",
                "支部委员会会议",
                "党小组会",
                "党课",
                "主题党日",
                "组织生活会",
                "民主评议党员",
                "谈心谈话",
                "其他",
                name="activitykind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("planned_date", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("host", sa.String(length=50), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"], ["party_group.id"], name=op.f("fk_planned_activity_group_id_party_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_activity")),
    )
    with op.batch_alter_table("planned_activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_planned_activity_year"), ["year"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("planned_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_planned_activity_year"))

    op.drop_table("planned_activity")
