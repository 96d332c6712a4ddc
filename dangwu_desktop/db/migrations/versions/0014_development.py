"""发展党员: the people on their way into the party and their 25 steps, each dated.

A person (申请人, 积极分子, 发展对象) is not a member yet, so they have their own table, linked to
the roster row made at admission (`member_id`, unique: one record, never two). The five stages and
25 steps of the 2014 细则 are rows, not code, so that a province whose list differs can adjust
them; this revision seeds the common numbering (DOMAIN.md §6) as it stood when written — a copy,
not an import of the program's current list, so the upgrade means the same thing forever. Each
recorded step keeps the members named on it (培养联系人, 入党介绍人), the meeting record that
decided it with the vote, and the documents of the file. Nothing existing changes.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COMMITTEE = "支部委员会会议"
GENERAL = "支部党员大会"
# code, number, name, stage, documents, people_role, people_min, people_max, meeting_kind, repeats
STEPS = (
    ("application", 1, "递交入党申请书", 1, "入党申请书", "", 0, 0, "", False),
    ("talk", 2, "党组织派人谈话", 1, "谈话记录", "", 0, 0, "", False),
    ("activist", 3, "推荐和确定入党积极分子", 2, "推荐材料、支委会会议记录", "", 0, 0, COMMITTEE, False),
    ("activist_filed", 4, "报上级党委备案", 2, "备案报告", "", 0, 0, "", False),
    ("contacts", 5, "指定培养联系人", 2, "", "培养联系人", 1, 2, "", False),
    ("assessment", 6, "培养教育考察", 2, "入党积极分子培养考察登记表、思想汇报", "", 0, 0, "", True),
    ("candidate", 7, "确定发展对象", 3, "支委会会议记录、征求意见情况", "", 0, 0, COMMITTEE, False),
    ("candidate_filed", 8, "报上级党委备案", 3, "备案报告", "", 0, 0, "", False),
    ("introducers", 9, "确定入党介绍人", 3, "", "入党介绍人", 2, 2, "", False),
    ("political_review", 10, "政治审查", 3, "政治审查材料", "", 0, 0, "", False),
    ("training", 11, "集中培训", 3, "培训结业证书", "", 0, 0, "", False),
    ("committee_review", 12, "支部委员会审查", 4, "支委会会议记录、公示材料", "", 0, 0, COMMITTEE, False),
    ("pre_review", 13, "上级党委预审", 4, "预审意见", "", 0, 0, "", False),
    ("volunteer_form", 14, "填写入党志愿书", 4, "入党志愿书", "", 0, 0, "", False),
    ("admission", 15, "支部大会讨论", 4, "支部大会会议记录", "", 0, 0, GENERAL, False),
    ("approval_talk", 16, "上级党委派人谈话", 4, "谈话记录", "", 0, 0, "", False),
    ("approval", 17, "上级党委审批", 4, "审批意见", "", 0, 0, "", False),
    ("approval_filed", 18, "再上一级党委组织部门备案", 4, "备案材料", "", 0, 0, "", False),
    ("grouping", 19, "编入党支部和党小组", 5, "", "", 0, 0, "", False),
    ("oath", 20, "入党宣誓", 5, "入党宣誓记录", "", 0, 0, "", False),
    ("probation_education", 21, "继续教育考察", 5, "预备党员考察材料、思想汇报", "", 0, 0, "", True),
    ("confirmation_request", 22, "提出转正申请", 5, "转正申请书", "", 0, 0, "", False),
    ("confirmation_meeting", 23, "支部大会讨论", 5, "支部大会会议记录", "", 0, 0, GENERAL, False),
    ("confirmation_approval", 24, "上级党委审批", 5, "审批意见", "", 0, 0, "", False),
    ("archive", 25, "材料归档", 5, "归档材料目录", "", 0, 0, "", False),
)  # fmt: skip
COLUMNS = (
    "code", "number", "name", "stage", "documents", "people_role", "people_min", "people_max",
    "meeting_kind", "repeats",
)  # fmt: skip


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "development_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.Column("people_role", sa.String(length=20), nullable=False),
        sa.Column("people_min", sa.Integer(), nullable=False),
        sa.Column("people_max", sa.Integer(), nullable=False),
        sa.Column("meeting_kind", sa.String(length=16), nullable=False),
        sa.Column("repeats", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_step")),
        sa.UniqueConstraint("code", name=op.f("uq_development_step_code")),
    )
    step_table = sa.table(
        "development_step",
        *(sa.column(name) for name in ("id", *COLUMNS)),
    )
    op.bulk_insert(
        step_table,
        [{"id": row[1], **dict(zip(COLUMNS, row, strict=True))} for row in STEPS],
    )
    op.create_table(
        "development_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column(
            "sex", sa.Enum("男", "女", name="sex", native_enum=False, length=16), nullable=True
        ),
        sa.Column("ethnicity", sa.String(length=20), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("education", sa.String(length=20), nullable=False),
        sa.Column("occupation", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_development_person_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_person")),
        sa.UniqueConstraint("id_number", name=op.f("uq_development_person_id_number")),
        sa.UniqueConstraint("member_id", name=op.f("uq_development_person_member_id")),
    )
    with op.batch_alter_table("development_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_development_person_name"), ["name"], unique=False)

    op.create_table(
        "development_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("hours", sa.Numeric(precision=5, scale=1, asdecimal=False), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("vote_due", sa.Integer(), nullable=True),
        sa.Column("vote_present", sa.Integer(), nullable=True),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_against", sa.Integer(), nullable=True),
        sa.Column("votes_abstain", sa.Integer(), nullable=True),
        sa.Column("publicity_from", sa.Date(), nullable=True),
        sa.Column("publicity_to", sa.Date(), nullable=True),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_development_record_activity_id_activity"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["development_person.id"],
            name=op.f("fk_development_record_person_id_development_person"),
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["development_step.id"],
            name=op.f("fk_development_record_step_id_development_step"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_record")),
    )
    with op.batch_alter_table("development_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_development_record_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_development_record_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_development_record_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_development_record_step_id"), ["step_id"], unique=False
        )

    op.create_table(
        "development_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("on_file", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["development_record.id"],
            name=op.f("fk_development_document_record_id_development_record"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_document")),
    )
    with op.batch_alter_table("development_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_development_document_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "development_helper",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_development_helper_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["development_record.id"],
            name=op.f("fk_development_helper_record_id_development_record"),
        ),
        sa.PrimaryKeyConstraint("record_id", "member_id", name=op.f("pk_development_helper")),
    )
    with op.batch_alter_table("development_helper", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_development_helper_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("development_helper", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_helper_member_id"))

    op.drop_table("development_helper")
    with op.batch_alter_table("development_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_document_record_id"))

    op.drop_table("development_document")
    with op.batch_alter_table("development_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_record_step_id"))
        batch_op.drop_index(batch_op.f("ix_development_record_person_id"))
        batch_op.drop_index(batch_op.f("ix_development_record_date"))
        batch_op.drop_index(batch_op.f("ix_development_record_activity_id"))

    op.drop_table("development_record")
    with op.batch_alter_table("development_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_person_name"))

    op.drop_table("development_person")
    op.drop_table("development_step")
