"""三张清单: the 问题清单, 任务清单 and 责任清单 items (source, 措施, 责任人, 时限, status, 完成 and
销号), the dated progress notes under each, and their 佐证材料 files (copied beside the database, as a
meeting record's attachments are). An item or a note links the 组织生活 record that decided or
heard it.

Nothing existing changes; the new tables start empty. Each row is a branch's (`branch_id`, as
every table of a branch's data since 0018); no value in them is unique, so no per-branch keys.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "list_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "问题清单", "任务清单", "责任清单", name="listkind", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "上级督查",
                "巡察",
                "明察暗访",
                "组织生活会查摆",
                "群众反映",
                "上级部署",
                "支部自查",
                "其他",
                name="itemsource",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("source_detail", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=50), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "未开始",
                "推进中",
                "已完成",
                "已销号",
                name="itemstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("review_meeting_id", sa.Integer(), nullable=True),
        sa.Column(
            "entered_at",
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
            ["meeting_id"],
            ["activity.id"],
            name=op.f("fk_list_item_meeting_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["member.id"],
            name=op.f("fk_list_item_responsible_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["review_meeting_id"],
            ["activity.id"],
            name=op.f("fk_list_item_review_meeting_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_list_item_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_item")),
    )
    with op.batch_alter_table("list_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_item_branch_id"), ["branch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_list_item_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_list_item_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_list_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_list_item_raised_on"), ["raised_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_list_item_responsible_id"), ["responsible_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_list_item_status"), ["status"], unique=False)

    op.create_table(
        "list_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "照片",
                "文件资料",
                "台账记录",
                "其他材料",
                name="evidencekind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_name", sa.String(length=120), nullable=False),
        sa.Column(
            "added_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["list_item.id"], name=op.f("fk_list_attachment_item_id_list_item")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_list_attachment_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_attachment")),
    )
    with op.batch_alter_table("list_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_list_attachment_branch_id"), ["branch_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_list_attachment_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_list_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "list_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["list_item.id"], name=op.f("fk_list_progress_item_id_list_item")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["activity.id"],
            name=op.f("fk_list_progress_meeting_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_list_progress_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_progress")),
    )
    with op.batch_alter_table("list_progress", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_progress_branch_id"), ["branch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_list_progress_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("list_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_progress_branch_id"))
        batch_op.drop_index(batch_op.f("ix_list_progress_item_id"))

    op.drop_table("list_progress")
    with op.batch_alter_table("list_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_attachment_branch_id"))
        batch_op.drop_index(batch_op.f("ix_list_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_list_attachment_item_id"))

    op.drop_table("list_attachment")
    with op.batch_alter_table("list_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_item_branch_id"))
        batch_op.drop_index(batch_op.f("ix_list_item_status"))
        batch_op.drop_index(batch_op.f("ix_list_item_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_list_item_raised_on"))
        batch_op.drop_index(batch_op.f("ix_list_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_list_item_kind"))
        batch_op.drop_index(batch_op.f("ix_list_item_deadline"))

    op.drop_table("list_item")
