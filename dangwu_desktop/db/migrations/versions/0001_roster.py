"""The first tables: the branch and its committee, party groups, members and their movements.

The roster starts here, before any ledger of meetings. Enum columns store the Chinese labels as VARCHAR so that the
schema stays portable to PostgreSQL and readable in any SQLite browser.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "branch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_org", sa.String(length=100), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
    )
    op.create_table(
        "party_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("leader", sa.String(length=50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_group")),
        sa.UniqueConstraint("name", name=op.f("uq_party_group_name")),
    )
    op.create_table(
        "committee_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column(
            "post",
            sa.Enum(
                "书记",
                "副书记",
                "组织委员",
                "宣传委员",
                "纪检委员",
                "委员",
                name="committeepost",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_committee_member_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_member")),
    )
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_committee_member_branch_id"), ["branch_id"], unique=False
        )

    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column(
            "sex", sa.Enum("男", "女", name="sex", native_enum=False, length=16), nullable=False
        ),
        sa.Column("ethnicity", sa.String(length=20), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("native_place", sa.String(length=100), nullable=False),
        sa.Column("education", sa.String(length=20), nullable=False),
        sa.Column("join_date", sa.Date(), nullable=True),
        sa.Column("full_member_date", sa.Date(), nullable=True),
        sa.Column(
            "category",
            sa.Enum("正式党员", "预备党员", name="membercategory", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("occupation", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("party_post", sa.String(length=30), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "在册",
                "转出",
                "去世",
                "出党",
                "停止党籍",
                name="membershipstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("is_mobile", sa.Boolean(), nullable=False),
        sa.Column("mobile_place", sa.String(length=100), nullable=False),
        sa.Column("mobile_since", sa.Date(), nullable=True),
        sa.Column("mobile_org", sa.String(length=100), nullable=False),
        sa.Column("search_key", sa.String(length=400), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["party_group.id"], name=op.f("fk_member_group_id_party_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("id_number", name=op.f("uq_member_id_number")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_status"), ["status"], unique=False)

    op.create_table(
        "member_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "转入",
                "转出",
                "流出",
                "返回",
                "去世",
                "出党",
                "停止党籍",
                "恢复党籍",
                "转正",
                name="movementkind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("other_org", sa.String(length=100), nullable=False),
        sa.Column("letter_number", sa.String(length=50), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column(
            "recorded_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_member_movement_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_movement")),
    )
    with op.batch_alter_table("member_movement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_movement_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("member_movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_movement_member_id"))

    op.drop_table("member_movement")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_status"))
        batch_op.drop_index(batch_op.f("ix_member_name"))
        batch_op.drop_index(batch_op.f("ix_member_group_id"))

    op.drop_table("member")
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_member_branch_id"))

    op.drop_table("committee_member")
    op.drop_table("party_group")
    op.drop_table("branch")
