"""Report notes: the secretary's own sections of each period's work report.

Issue 7. The figures of a report are computed from the records every time; the sections only
the secretary can write are kept per period, so a report can be regenerated after a late record.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "report_note",
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("achievements", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("plans", sa.Text(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("period", name=op.f("pk_report_note")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("report_note")
