"""所属年度 on organisational-life records: the year a record counts for.

The 组织生活会 and the 民主评议 of year N are usually held in January–February of N+1; counted by
their date, year N showed them 未开展 and N+1 showed them held. Each record now carries the year
it belongs to. Existing records get their date's year, which is what they were counted in until
now; the secretary moves a January 组织生活会 to the year before by editing it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("belongs_to_year", sa.Integer(), nullable=True))
    activity = sa.table("activity", sa.column("date", sa.Date()), sa.column("belongs_to_year"))
    # extract() is written in each database's own SQL (strftime on SQLite, EXTRACT on PostgreSQL).
    op.execute(activity.update().values(belongs_to_year=sa.extract("year", activity.c.date)))
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.alter_column("belongs_to_year", existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(
            batch_op.f("ix_activity_belongs_to_year"), ["belongs_to_year"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_belongs_to_year"))
        batch_op.drop_column("belongs_to_year")
