"""表决 on a 议题 of a 支部党员大会: who had a vote, who was there, and how they voted.

第十一条 of the 支部工作条例 makes a decision valid only with more than half of the members with a
vote due to attend present, and with more votes in favour than half of them. A record said only
“同意” in its 决议; an inspector reads the count. Each topic now carries its own 表决 (应到有表决权、
实到有表决权、同意、反对、弃权), empty where the topic was not put to a vote, as it is for every
topic recorded before this revision.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("vote_due", "vote_present", "votes_for", "votes_against", "votes_abstain")


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("activity_topic", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("activity_topic", schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
