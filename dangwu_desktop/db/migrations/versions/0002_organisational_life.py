"""Organisational life: activities with topics, attendance and attachments; appraisals; settings.

Issue 5. One `activity` table holds every kind of record (三会一课, 主题党日, 组织生活会 …) so that
the schedule, the ledgers and later the training hours read one source. Deleted records keep
their row with `deleted_at` set (回收站). `setting` keeps rule variations such as the 党课
frequency with the data they judge.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "支部党员大会",
                "支部委员会会议",
                "党小组会",
                "党课",
                "主题党日",
                "组织生活会",
                "民主评议党员",
                "谈心谈话",
                "其他",
                name="activitykind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=50), nullable=False),
        sa.Column("recorder", sa.String(length=50), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("observers", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
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
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"], ["party_group.id"], name=op.f("fk_activity_group_id_party_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_kind"), ["kind"], unique=False)

    op.create_table(
        "activity_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "签到表",
                "照片",
                "会议通知",
                "其他材料",
                name="attachmentkind",
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
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_attachment_activity_id_activity"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_attachment")),
    )
    with op.batch_alter_table("activity_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_attachment_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activity_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "activity_attendance",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "attendance",
            sa.Enum("出席", "缺席", name="attendance", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("absence_reason", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_attendance_activity_id_activity"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_activity_attendance_member_id_member")
        ),
        sa.PrimaryKeyConstraint("activity_id", "member_id", name=op.f("pk_activity_attendance")),
    )
    with op.batch_alter_table("activity_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_attendance_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "activity_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_activity_topic_activity_id_activity")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_topic")),
    )
    with op.batch_alter_table("activity_topic", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_topic_activity_id"), ["activity_id"], unique=False
        )

    op.create_table(
        "appraisal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "grade",
            sa.Enum(
                "优秀", "合格", "基本合格", "不合格", name="grade", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_appraisal_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal")),
        sa.UniqueConstraint("year", "member_id", name=op.f("uq_appraisal_year")),
    )
    with op.batch_alter_table("appraisal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appraisal_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appraisal_year"), ["year"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("appraisal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_year"))
        batch_op.drop_index(batch_op.f("ix_appraisal_member_id"))

    op.drop_table("appraisal")
    with op.batch_alter_table("activity_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_topic_activity_id"))

    op.drop_table("activity_topic")
    with op.batch_alter_table("activity_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_attendance_member_id"))

    op.drop_table("activity_attendance")
    with op.batch_alter_table("activity_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_activity_attachment_activity_id"))

    op.drop_table("activity_attachment")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_kind"))
        batch_op.drop_index(batch_op.f("ix_activity_group_id"))
        batch_op.drop_index(batch_op.f("ix_activity_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_activity_date"))

    op.drop_table("activity")
    op.drop_table("setting")
