"""换届: the branch's terms (届次) and their elections.

Until now a branch had one term, the dates on its Branch row, and one committee, its
CommitteeMember rows. Those stay the term and committee in office (one source for the 设置 page
and every document); this revision adds the history around them: branch_term, one row a term
(the term in office without dates or seats of its own), branch_term_seat for the seats of a
past term, and the election that ends a term with its candidates, rounds and votes. A database
with a branch gets the row of its term in office, so that the election being prepared in 2026
is the election of that term.

The number is 0014 while 发展党员 is being written beside it; renumbered at the merge.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _indexes(table: str, columns: Sequence[str]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "branch_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("handed_over_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch_term")),
    )
    op.create_table(
        "branch_term_seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("post", sa.String(length=16), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_branch_term_seat_member_id_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["term_id"], ["branch_term.id"], name=op.f("fk_branch_term_seat_term_id_branch_term")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch_term_seat")),
    )
    _indexes("branch_term_seat", ("member_id", "term_id"))
    op.create_table(
        "election",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("new_term_id", sa.Integer(), nullable=True),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("request_on", sa.Date(), nullable=True),
        sa.Column("request_ref", sa.String(length=100), nullable=False),
        sa.Column("reply_on", sa.Date(), nullable=True),
        sa.Column("reply_ref", sa.String(length=100), nullable=False),
        sa.Column("timing", sa.String(length=16), nullable=False),
        sa.Column("timing_months", sa.Integer(), nullable=True),
        sa.Column("timing_approved_on", sa.Date(), nullable=True),
        sa.Column("timing_ref", sa.String(length=100), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("approval_ref", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_election_activity_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["new_term_id"], ["branch_term.id"], name=op.f("fk_election_new_term_id_branch_term")
        ),
        sa.ForeignKeyConstraint(
            ["term_id"], ["branch_term.id"], name=op.f("fk_election_term_id_branch_term")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election")),
    )
    _indexes("election", ("activity_id", "new_term_id", "term_id"))
    op.create_table(
        "election_candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=50), nullable=False),
        sa.Column("recommendations", sa.Integer(), nullable=True),
        sa.Column("vetting", sa.String(length=16), nullable=False),
        sa.Column("vetting_note", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["election.id"],
            name=op.f("fk_election_candidate_election_id_election"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_election_candidate_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election_candidate")),
    )
    _indexes("election_candidate", ("election_id", "member_id"))
    op.create_table(
        "election_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("issued", sa.Integer(), nullable=False),
        sa.Column("returned", sa.Integer(), nullable=False),
        sa.Column("valid", sa.Integer(), nullable=False),
        sa.Column("void", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"], ["election.id"], name=op.f("fk_election_round_election_id_election")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election_round")),
    )
    _indexes("election_round", ("election_id",))
    op.create_table(
        "election_vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["election_candidate.id"],
            name=op.f("fk_election_vote_candidate_id_election_candidate"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["election_round.id"],
            name=op.f("fk_election_vote_round_id_election_round"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election_vote")),
    )
    _indexes("election_vote", ("candidate_id", "round_id"))
    # The term in office, for a database that has a branch: its dates and seats stay where the
    # 设置 page keeps them (branch, committee_member).
    op.execute(
        'INSERT INTO branch_term (number, start, "end", handed_over_on, note)'
        " SELECT NULL, NULL, NULL, NULL, '' FROM branch"
        " WHERE id = (SELECT MIN(id) FROM branch)"
    )


def downgrade() -> None:
    """Downgrade schema."""
    for table, columns in (
        ("election_vote", ("round_id", "candidate_id")),
        ("election_round", ("election_id",)),
        ("election_candidate", ("member_id", "election_id")),
        ("election", ("term_id", "new_term_id", "activity_id")),
        ("branch_term_seat", ("term_id", "member_id")),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
    op.drop_table("branch_term")
