"""党费: each member's dated standard, the payments and the months each covers, 特殊党费 and 上缴.

Money is kept as whole fen (integers): exact on SQLite and on a server alike. Nothing existing
changes; the tables start empty.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "dues_remittance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("remitted_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("first_month", sa.Date(), nullable=False),
        sa.Column("last_month", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_remittance")),
    )
    with op.batch_alter_table("dues_remittance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dues_remittance_remitted_on"), ["remitted_on"], unique=False
        )

    op.create_table(
        "dues_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("receipt_no", sa.String(length=50), nullable=True),
        sa.Column("paid_by", sa.String(length=50), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("paid_at_org", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_dues_payment_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_payment")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_dues_payment_receipt_no")),
    )
    with op.batch_alter_table("dues_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dues_payment_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dues_payment_paid_on"), ["paid_on"], unique=False)

    op.create_table(
        "dues_standard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "在职",
                "离退休",
                "个体/灵活就业",
                "村干部",
                "外出务工经商",
                "农民",
                "学生/失业/低保/困难",
                "减免",
                name="duescategory",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("base", sa.Integer(), nullable=True),
        sa.Column("monthly_amount", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("approval_ref", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_dues_standard_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_standard")),
        sa.UniqueConstraint("member_id", "effective_from", name=op.f("uq_dues_standard_member_id")),
    )
    with op.batch_alter_table("dues_standard", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dues_standard_member_id"), ["member_id"], unique=False)

    op.create_table(
        "special_dues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("receipt_no", sa.String(length=50), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_special_dues_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_special_dues")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_special_dues_receipt_no")),
    )
    with op.batch_alter_table("special_dues", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_special_dues_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_special_dues_paid_on"), ["paid_on"], unique=False)

    op.create_table(
        "dues_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["dues_payment.id"],
            name=op.f("fk_dues_allocation_payment_id_dues_payment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dues_allocation")),
    )
    with op.batch_alter_table("dues_allocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dues_allocation_payment_id"), ["payment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_dues_allocation_year"), ["year"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("dues_allocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dues_allocation_year"))
        batch_op.drop_index(batch_op.f("ix_dues_allocation_payment_id"))

    op.drop_table("dues_allocation")
    with op.batch_alter_table("special_dues", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_special_dues_paid_on"))
        batch_op.drop_index(batch_op.f("ix_special_dues_member_id"))

    op.drop_table("special_dues")
    with op.batch_alter_table("dues_standard", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dues_standard_member_id"))

    op.drop_table("dues_standard")
    with op.batch_alter_table("dues_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dues_payment_paid_on"))
        batch_op.drop_index(batch_op.f("ix_dues_payment_member_id"))

    op.drop_table("dues_payment")
    with op.batch_alter_table("dues_remittance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dues_remittance_remitted_on"))

    op.drop_table("dues_remittance")
