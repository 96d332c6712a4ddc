"""Which branch a session works for: its ORM queries see that branch's rows only, and the rows it
adds are that branch's (SQLAlchemy's recipe for a global WHERE criteria: `do_orm_execute` adds
`with_loader_criteria`, `before_flush` fills in the column).

A village database holds one branch, and a session finds it by itself, so no caller names it; a
township database holds many, and a session for one of them is opened with its id
(`Database.transaction(branch_id=…)`). Statements that are not ORM statements (Core inserts in
core.bulk, `text()`) are not filtered: they name the branch themselves (`branch_id_for_insert`).
The filter is the program's; a server may add its own (row-level security on `branch_id`),
for which every branch-owned table has the column."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import event, insert, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria
from sqlalchemy.sql.base import ExecutableOption

from dangwu_desktop.core.models import AuditEntry, Branch, BranchOwned

BRANCH_KEY = "branch_id"  # in Session.info: the branch the session works for
# An execution option for the rare query that reads across branches (a township's overview).
ALL_BRANCHES = "all_branches"


class BranchNotChosen(Exception):
    """A database of several branches, opened without saying for which one (Chinese message)."""


def set_session_branch(session: Session, branch_id: int) -> None:
    """Make `session` work for the branch `branch_id` (before its first query)."""
    session.info[BRANCH_KEY] = branch_id


def session_branch_id(session: Session) -> int | None:
    """The branch the session works for: the one it was opened for, else the database's only
    branch; None while the database has no branch yet (before the first-start dialog)."""
    chosen = session.info.get(BRANCH_KEY)
    if chosen is not None:
        return int(chosen)
    # On the connection, not session.execute: this query must not pass through the filter.
    ids = list(
        session.connection().execute(select(Branch.id).order_by(Branch.id).limit(2)).scalars()
    )
    if len(ids) > 1:
        raise BranchNotChosen("这个数据库中有多个党支部，请先选定要打开的支部")
    if not ids:
        return None
    session.info[BRANCH_KEY] = ids[0]
    return ids[0]


def branch_id_for_insert(session: Session) -> int:
    """The branch a new row belongs to. A database without a branch yet (a roster imported
    before the first-start dialog) gets an unnamed one, which that dialog later names."""
    found = session_branch_id(session)
    if found is not None:
        return found
    result = session.connection().execute(insert(Branch).values(name="", parent_org=""))
    key = result.inserted_primary_key
    assert key is not None
    new_id = int(key[0])
    session.info[BRANCH_KEY] = new_id
    return new_id


@event.listens_for(Session, "do_orm_execute")
def _only_the_sessions_branch(state: ORMExecuteState) -> None:
    if not (state.is_select or state.is_update or state.is_delete):
        return
    # A relationship's or a deferred column's load follows a row already filtered.
    if state.is_column_load or state.is_relationship_load:
        return
    if state.execution_options.get(ALL_BRANCHES, False):
        return
    try:
        branch = session_branch_id(state.session)
    except BranchNotChosen:
        # A township database's session for no branch in particular reads the branches
        # themselves (list_branches, add_branch), never a branch's records.
        if any(issubclass(m.class_, (BranchOwned, AuditEntry)) for m in state.all_mappers):
            raise
        return
    if branch is None:
        return
    state.statement = state.statement.options(*_criteria(branch))


@functools.lru_cache(maxsize=64)
def _criteria(branch: int) -> tuple[ExecutableOption, ...]:
    """The options for one branch, made once: making them (the lambdas analysed) for every
    statement doubled the time of a small query. Not carried to the rows loaded (a relationship's
    load is not filtered, see above): carried, they cost a fifth more to load 20,000 members."""
    return (
        with_loader_criteria(
            BranchOwned,
            lambda cls: cls.branch_id == branch,
            include_aliases=True,
            propagate_to_loaders=False,
        ),
        with_loader_criteria(
            AuditEntry,
            lambda cls: or_(cls.branch_id == branch, cls.branch_id.is_(None)),
            include_aliases=True,
            propagate_to_loaders=False,
        ),
    )


@event.listens_for(Session, "before_flush")
def _new_rows_join_the_branch(session: Session, _context: Any, _instances: Any) -> None:
    branch: int | None = None
    for row in session.new:
        if isinstance(row, BranchOwned) and row.branch_id is None:
            branch = branch if branch is not None else branch_id_for_insert(session)
            row.branch_id = branch
        elif isinstance(row, AuditEntry) and row.branch_id is None:
            row.branch_id = branch_id_or_none(session)


def branch_id_or_none(session: Session) -> int | None:
    """The branch an entry of the 操作日志 names: the session's, or none for a change to the
    database's own settings made before a branch was chosen (the password asked at the start of
    a township database), which every branch sees."""
    try:
        return session_branch_id(session)
    except BranchNotChosen:
        return None
