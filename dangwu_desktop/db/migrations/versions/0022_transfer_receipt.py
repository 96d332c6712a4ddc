"""转出: the day the 组织关系介绍信's 回执 came back.

The 转出党员登记表 says whether the 回执 of each letter came back; the 转出 movement keeps the day
it did (empty: not back yet), entered where the 转出 is recorded or edited. Every movement so far
has none.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("member_movement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("receipt_date", sa.Date(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("member_movement", schema=None) as batch_op:
        batch_op.drop_column("receipt_date")
