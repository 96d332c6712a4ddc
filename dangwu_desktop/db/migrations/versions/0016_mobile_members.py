"""流动党员: each 流出 stint's details beside the roster's 流出 movement, the contact log, 失联
cases, and 流入党员 (members of other branches living in the village) with what they took part in.

Nothing existing changes: where a member is and since when stay on the roster's movements, which
a stint links to; the new tables start empty (a member already 流动 gets a stint when the branch
fills in the record).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "incoming_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("home_branch", sa.String(length=100), nullable=False),
        sa.Column("home_contact", sa.String(length=100), nullable=False),
        sa.Column("card_number", sa.String(length=50), nullable=False),
        sa.Column("card_expires_on", sa.Date(), nullable=True),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_member")),
    )
    op.create_table(
        "incoming_taking_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incoming_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("hours", sa.Numeric(precision=5, scale=1, asdecimal=False), nullable=True),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["incoming_id"],
            ["incoming_member.id"],
            name=op.f("fk_incoming_taking_part_incoming_id_incoming_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_taking_part")),
    )
    with op.batch_alter_table("incoming_taking_part", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incoming_taking_part_incoming_id"), ["incoming_id"], unique=False
        )

    op.create_table(
        "mobile_stint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("outflow_id", sa.Integer(), nullable=False),
        sa.Column("end_id", sa.Integer(), nullable=True),
        sa.Column(
            "reason",
            sa.Enum(
                "务工",
                "经商",
                "就学",
                "随迁",
                "其他",
                name="mobilereason",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("fixed_place", sa.Boolean(), nullable=False),
        sa.Column("phone_there", sa.String(length=30), nullable=False),
        sa.Column("address_there", sa.String(length=200), nullable=False),
        sa.Column("wechat", sa.String(length=50), nullable=False),
        sa.Column("org_contact", sa.String(length=100), nullable=False),
        sa.Column("card_number", sa.String(length=50), nullable=False),
        sa.Column("card_issued_on", sa.Date(), nullable=True),
        sa.Column("card_expires_on", sa.Date(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["member.id"],
            name=op.f("fk_mobile_stint_contact_person_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["end_id"], ["member_movement.id"], name=op.f("fk_mobile_stint_end_id_member_movement")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_mobile_stint_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["outflow_id"],
            ["member_movement.id"],
            name=op.f("fk_mobile_stint_outflow_id_member_movement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mobile_stint")),
        sa.UniqueConstraint("outflow_id", name=op.f("uq_mobile_stint_outflow_id")),
    )
    with op.batch_alter_table("mobile_stint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mobile_stint_member_id"), ["member_id"], unique=False)

    op.create_table(
        "mobile_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stint_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column(
            "way",
            sa.Enum(
                "电话", "微信", "走访", "信函", name="contactway", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("said", sa.Text(), nullable=False),
        sa.Column("study", sa.Text(), nullable=False),
        sa.Column("study_id", sa.Integer(), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("next_planned", sa.Date(), nullable=True),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["member.id"],
            name=op.f("fk_mobile_contact_by_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["dues_payment.id"],
            name=op.f("fk_mobile_contact_payment_id_dues_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["stint_id"], ["mobile_stint.id"], name=op.f("fk_mobile_contact_stint_id_mobile_stint")
        ),
        sa.ForeignKeyConstraint(
            ["study_id"],
            ["external_study.id"],
            name=op.f("fk_mobile_contact_study_id_external_study"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mobile_contact")),
    )
    with op.batch_alter_table("mobile_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mobile_contact_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_mobile_contact_stint_id"), ["stint_id"], unique=False)

    op.create_table(
        "mobile_lost",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stint_id", sa.Integer(), nullable=False),
        sa.Column("marked_on", sa.Date(), nullable=False),
        sa.Column("last_reached", sa.Date(), nullable=False),
        sa.Column("steps", sa.Text(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "查找中", "已取得联系", "停止党籍", name="lostoutcome", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("decision_ref", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["stint_id"], ["mobile_stint.id"], name=op.f("fk_mobile_lost_stint_id_mobile_stint")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mobile_lost")),
    )
    with op.batch_alter_table("mobile_lost", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mobile_lost_stint_id"), ["stint_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("mobile_lost", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mobile_lost_stint_id"))

    op.drop_table("mobile_lost")
    with op.batch_alter_table("mobile_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mobile_contact_stint_id"))
        batch_op.drop_index(batch_op.f("ix_mobile_contact_date"))

    op.drop_table("mobile_contact")
    with op.batch_alter_table("mobile_stint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mobile_stint_member_id"))

    op.drop_table("mobile_stint")
    with op.batch_alter_table("incoming_taking_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incoming_taking_part_incoming_id"))

    op.drop_table("incoming_taking_part")
    op.drop_table("incoming_member")
