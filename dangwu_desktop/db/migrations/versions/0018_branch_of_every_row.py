"""Every record belongs to a branch: a `branch_id` on each table of a branch's data, so that one
database can hold many branches (a township's) kept apart, and a server can guard them by that
column (row-level security).

An existing database holds one branch: each row gets that branch's id, then the column becomes
NOT NULL. A database with rows but no branch yet (a roster imported before the first-start
dialog) gets an unnamed branch for them, which that dialog names. What was unique in the
database and is a branch's (a group's name, an ID number, a receipt number, a report's period)
becomes unique in its branch. Not a branch's: `branch` itself, `setting` (the database's) and
`development_step` (the national procedure); `audit_entry` gets a branch that may be empty.
The township's 发展指标, a setting a year, becomes a setting of the branch and year.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables of a branch's data at 0017 (committee_member has had its branch_id since 0001;
# report_note and audit_entry are done apart).
TABLES = (
    "party_group",
    "member",
    "member_movement",
    "activity",
    "attendance_excusal",
    "activity_topic",
    "activity_talk",
    "activity_attendance",
    "activity_attachment",
    "appraisal",
    "planned_activity",
    "external_study",
    "dues_standard",
    "dues_payment",
    "dues_allocation",
    "special_dues",
    "dues_remittance",
    "development_person",
    "development_record",
    "development_helper",
    "development_document",
    "branch_term",
    "branch_term_seat",
    "election",
    "election_candidate",
    "election_round",
    "election_vote",
    "mobile_stint",
    "mobile_contact",
    "mobile_lost",
    "incoming_member",
    "incoming_taking_part",
)
# Unique in the database until now, unique in a branch from now: table → column.
PER_BRANCH = {
    "party_group": "name",
    "member": "id_number",
    "development_person": "id_number",
    "dues_payment": "receipt_no",
    "special_dues": "receipt_no",
}
ONLY_THE_TABLE = {"resolve_fks": False}
# The township's 发展指标 for a branch, a setting a year: development/quota/2026 until now,
# development/quota/<branch>/2026 from now (the setting table stays the database's).
QUOTA = "development/quota/"
REPORT_NOTE_COLUMNS = "period, achievements, problems, plans, updated_at"


def _the_branch() -> int | None:
    """The branch every existing row belongs to: the database's one (the first, as the program
    has always read it); an unnamed one where rows exist without any."""
    bind = op.get_bind()
    found = bind.execute(sa.text("SELECT MIN(id) FROM branch")).scalar()
    if found is not None:
        return int(found)
    tables = (*TABLES, "report_note", "audit_entry")
    if not any(bind.execute(sa.text(f"SELECT 1 FROM {t} LIMIT 1")).first() for t in tables):
        return None
    branch = sa.table("branch", sa.column("id"), sa.column("name"), sa.column("parent_org"))
    bind.execute(sa.insert(branch).values(name="", parent_org=""))
    return int(bind.execute(sa.text("SELECT MIN(id) FROM branch")).scalar_one())


def _add_branch_column(table: str, branch: int | None, nullable: bool = False) -> None:
    op.add_column(table, sa.Column("branch_id", sa.Integer(), nullable=True))  # SQLite too
    if branch is not None:
        op.execute(sa.text(f"UPDATE {table} SET branch_id = :branch").bindparams(branch=branch))
    # One rebuild per table on SQLite; the tables it refers to are not reflected each time (a
    # tenth of the statements, each a point where a kill must leave the file as it was).
    with op.batch_alter_table(table, reflect_kwargs=ONLY_THE_TABLE) as batch_op:
        if not nullable:
            batch_op.alter_column("branch_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f(f"fk_{table}_branch_id_branch"), "branch", ["branch_id"], ["id"]
        )
        batch_op.create_index(batch_op.f(f"ix_{table}_branch_id"), ["branch_id"], unique=False)
        if table in PER_BRANCH:
            column = PER_BRANCH[table]
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_{column}"), type_="unique")
            batch_op.create_unique_constraint(
                batch_op.f(f"uq_{table}_branch_id_{column}"), ["branch_id", column]
            )


def _report_note(branch_key: bool, branch: int | None = None) -> None:
    """report_note rebuilt with its key: (branch, period) from now, period alone before."""
    columns = [
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("achievements", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("plans", sa.Text(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
    ]
    if branch_key:
        columns.insert(0, sa.Column("branch_id", sa.Integer(), nullable=False))
        keys: tuple[object, ...] = (
            sa.ForeignKeyConstraint(
                ["branch_id"], ["branch.id"], name=op.f("fk_report_note_branch_id_branch")
            ),
            sa.PrimaryKeyConstraint("branch_id", "period", name=op.f("pk_report_note")),
        )
        select = f"SELECT :branch, {REPORT_NOTE_COLUMNS} FROM report_note_old"
        into = f"branch_id, {REPORT_NOTE_COLUMNS}"
    else:
        keys = (sa.PrimaryKeyConstraint("period", name=op.f("pk_report_note")),)
        select = f"SELECT {REPORT_NOTE_COLUMNS} FROM report_note_old"
        into = REPORT_NOTE_COLUMNS
    # Renamed first, its key dropped (PostgreSQL names the key's index pk_report_note too).
    op.rename_table("report_note", "report_note_old")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("pk_report_note", "report_note_old", type_="primary")
    op.create_table("report_note", *columns, *keys)  # type: ignore[arg-type]
    statement = sa.text(f"INSERT INTO report_note ({into}) {select}")
    if branch_key:
        statement = statement.bindparams(branch=branch)
    op.execute(statement)
    op.drop_table("report_note_old")


def _quota_keys(branch: int | None) -> None:
    """Each year's 发展指标 made the branch's (`branch`), or the database's again (None)."""
    bind = op.get_bind()
    setting = sa.table("setting", sa.column("key", sa.String))
    found = bind.execute(sa.select(setting.c.key).where(setting.c.key.like(f"{QUOTA}%")))
    for key in list(found.scalars()):
        year = key.removeprefix(QUOTA).rpartition("/")[2]
        new = f"{QUOTA}{year}" if branch is None else f"{QUOTA}{branch}/{year}"
        bind.execute(sa.update(setting).where(setting.c.key == key).values(key=new))


def upgrade() -> None:
    """Upgrade schema."""
    branch = _the_branch()
    for table in TABLES:
        _add_branch_column(table, branch)
    _add_branch_column("audit_entry", branch, nullable=True)
    _report_note(branch_key=True, branch=branch)
    if branch is not None:
        _quota_keys(branch)


def downgrade() -> None:
    """Downgrade schema: possible while the database holds one branch."""
    if op.get_bind().execute(sa.text("SELECT COUNT(*) FROM branch")).scalar_one() > 1:
        raise RuntimeError("a database of several branches cannot go back before 0018")
    _quota_keys(None)
    _report_note(branch_key=False)
    for table in (*reversed(TABLES), "audit_entry"):
        with op.batch_alter_table(table, reflect_kwargs=ONLY_THE_TABLE) as batch_op:
            if table in PER_BRANCH:
                column = PER_BRANCH[table]
                batch_op.drop_constraint(
                    batch_op.f(f"uq_{table}_branch_id_{column}"), type_="unique"
                )
                if table == "development_person":  # its two keys in their order at 0017
                    batch_op.drop_constraint(
                        batch_op.f("uq_development_person_member_id"), type_="unique"
                    )
                batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_{column}"), [column])
                if table == "development_person":
                    batch_op.create_unique_constraint(
                        batch_op.f("uq_development_person_member_id"), ["member_id"]
                    )
            batch_op.drop_index(batch_op.f(f"ix_{table}_branch_id"))
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_branch_id_branch"), type_="foreignkey")
            batch_op.drop_column("branch_id")
