"""换届: 另行选举 and the 书记、副书记 报批 date.

An election whose vote left seats empty holds a 另行选举 for them, with its own candidate list,
at the same 支部党员大会 or a later one: election_candidate and election_round get a `stage`
(1 the election itself, 2, 3 … each 另行选举; every row so far is 1), and each round the meeting
and day that held it (a round so far has its election's). The election gets the day its 书记 and
副书记 were reported for approval (报批), beside the approval and the 委员's 备案.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("election", schema=None) as batch_op:
        batch_op.add_column(sa.Column("submitted_on", sa.Date(), nullable=True))
    with op.batch_alter_table("election_candidate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stage", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("election_round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stage", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("activity_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("held_on", sa.Date(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_election_round_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_election_round_activity_id_activity"),
            "activity",
            ["activity_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # A round recorded so far was held at its election's meeting.
    op.execute(
        "UPDATE election_round SET"
        " activity_id = (SELECT activity_id FROM election"
        " WHERE election.id = election_round.election_id),"
        " held_on = (SELECT held_on FROM election WHERE election.id = election_round.election_id)"
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("election_round", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_election_round_activity_id_activity"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_election_round_activity_id"))
        batch_op.drop_column("held_on")
        batch_op.drop_column("activity_id")
        batch_op.drop_column("stage")
    with op.batch_alter_table("election_candidate", schema=None) as batch_op:
        batch_op.drop_column("stage")
    with op.batch_alter_table("election", schema=None) as batch_op:
        batch_op.drop_column("submitted_on")
