"""Education and training: 学时 and 主讲人 on activities, hours credited from elsewhere.

Issue 6. A record with study hours counts as training for those present, so the training
ledger reads the same rows as the organisational-life ledger instead of a copy. Hours studied
away from the branch (流动党员) are kept apart, each with its source.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "external_study",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=5, scale=1, asdecimal=False), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_external_study_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_study")),
    )
    with op.batch_alter_table("external_study", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_external_study_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_external_study_member_id"), ["member_id"], unique=False
        )

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "study_hours", sa.Numeric(precision=5, scale=1, asdecimal=False), nullable=True
            )
        )
        # Existing records get an empty 主讲人; the server default lets SQLite copy them over.
        batch_op.add_column(
            sa.Column("teacher", sa.String(length=50), nullable=False, server_default="")
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("teacher")
        batch_op.drop_column("study_hours")

    with op.batch_alter_table("external_study", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_external_study_member_id"))
        batch_op.drop_index(batch_op.f("ix_external_study_date"))

    op.drop_table("external_study")
