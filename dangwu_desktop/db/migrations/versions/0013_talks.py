"""谈心谈话 per conversation: who talked with whom, on which day, about what.

A 谈心谈话 was one record with its text, so nobody could tell whether every 支部委员 had talked
with each other and with the members in the year (第十九条). A record now holds its
conversations, one row each (谈话人 and 谈话对象 linked to the roster, the day, 谈话类型, 谈话内容
and 意见建议). A record kept before this revision keeps its text and has no conversation rows:
it stays valid, and the year's coverage counts only conversations entered as such.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "activity_talk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("talker_id", sa.Integer(), nullable=False),
        sa.Column("talkee_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("talk_type", sa.String(length=20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_activity_talk_activity_id_activity")
        ),
        sa.ForeignKeyConstraint(
            ["talker_id"], ["member.id"], name=op.f("fk_activity_talk_talker_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["talkee_id"], ["member.id"], name=op.f("fk_activity_talk_talkee_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_talk")),
    )
    with op.batch_alter_table("activity_talk", schema=None) as batch_op:
        for column in ("activity_id", "talker_id", "talkee_id", "date"):
            batch_op.create_index(batch_op.f(f"ix_activity_talk_{column}"), [column], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("activity_talk", schema=None) as batch_op:
        for column in ("date", "talkee_id", "talker_id", "activity_id"):
            batch_op.drop_index(batch_op.f(f"ix_activity_talk_{column}"))
    op.drop_table("activity_talk")
