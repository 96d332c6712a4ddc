"""Attendance excusals, and a 党小组's leader as a member.

A 党员大会 counted every 流动党员 as due to attend, so a village with many migrant workers never
reached its quorum; the branch may decide that a member is not counted (long away, bedridden,
detained) or has no vote (留党察看), and that decision is now a dated row. A group's leader was a
name only; the leader is now linked to the member, filled in where exactly one member of the
group has that name.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "attendance_excusal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "长期外出未转关系",
                "卧床不起",
                "不能表达意志",
                "留置逮捕服刑",
                "留党察看",
                name="excusalreason",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_attendance_excusal_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_excusal")),
    )
    with op.batch_alter_table("attendance_excusal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_excusal_member_id"), ["member_id"], unique=False
        )
    with op.batch_alter_table("party_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("leader_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_party_group_leader_id"), ["leader_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_party_group_leader_id_member"),
            "member",
            ["leader_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.execute(
        """
        UPDATE party_group SET leader_id = (
            SELECT MIN(member.id) FROM member
            WHERE member.name = party_group.leader AND member.group_id = party_group.id
        )
        WHERE party_group.leader != '' AND (
            SELECT COUNT(*) FROM member
            WHERE member.name = party_group.leader AND member.group_id = party_group.id
        ) = 1
        """
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("party_group", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_party_group_leader_id_member"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_party_group_leader_id"))
        batch_op.drop_column("leader_id")
    with op.batch_alter_table("attendance_excusal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_excusal_member_id"))
    op.drop_table("attendance_excusal")
