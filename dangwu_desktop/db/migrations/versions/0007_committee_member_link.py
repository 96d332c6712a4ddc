"""Committee seats linked to the members who hold them.

A seat kept only a name, so a namesake on the roster was taken for a 委员 (the 56-hour study
requirement, the 支委会's attendance). Existing seats are linked where exactly one member has the
seat's name; the others stay as names until the branch information is saved again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("member_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_committee_member_member_id"), ["member_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_committee_member_member_id_member"),
            "member",
            ["member_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.execute(
        """
        UPDATE committee_member SET member_id = (
            SELECT MIN(member.id) FROM member WHERE member.name = committee_member.name
        )
        WHERE (SELECT COUNT(*) FROM member WHERE member.name = committee_member.name) = 1
        """
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_committee_member_member_id_member"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_committee_member_member_id"))
        batch_op.drop_column("member_id")
