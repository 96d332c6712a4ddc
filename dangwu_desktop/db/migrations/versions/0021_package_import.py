"""导入记录: each 上报数据包 a township database imported, for a branch (which file, made when,
its data's SHA-256 and manifest, what changed since the branch's previous one). A new table;
nothing existing changes.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "package_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("data_sha256", sa.String(length=64), nullable=False),
        sa.Column("schema_revision", sa.String(length=32), nullable=False),
        sa.Column("database_id", sa.String(length=64), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_package_import_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_import")),
    )
    with op.batch_alter_table("package_import") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_package_import_branch_id"), ["branch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_package_import_data_sha256"), ["data_sha256"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("package_import") as batch_op:
        batch_op.drop_index(batch_op.f("ix_package_import_data_sha256"))
        batch_op.drop_index(batch_op.f("ix_package_import_branch_id"))
    op.drop_table("package_import")
