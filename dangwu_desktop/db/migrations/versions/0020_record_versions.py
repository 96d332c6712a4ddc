"""Versions of the records two PCs may edit at once: a member's row and a meeting record get a
`version` (every row so far is version 1), and who saved the latest version and when.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("member", "activity")


def upgrade() -> None:
    """Upgrade schema."""
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
            batch_op.add_column(
                sa.Column("changed_by", sa.String(length=50), server_default="", nullable=False)
            )
            batch_op.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("changed_at")
            batch_op.drop_column("changed_by")
            batch_op.drop_column("version")
