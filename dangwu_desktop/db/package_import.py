"""导入上报数据包: a township database takes in a village's verified package, replacing that
branch's records with the package's, in the caller's one transaction.

The branch is found by the package's branch name (made, with its 上级党组织, when new). Its rows of
every branch table are deleted (children first) and the snapshot's inserted with new primary keys:
the village's ids collide with other branches' in a township database, so each table's old ids are
mapped to new ones in `Base.metadata.sorted_tables` order and every foreign key is rewritten
through the maps. A key to a table that comes later (party_group.leader_id → member, the one cycle)
is written empty and filled in once its table is in; a key to the national 发展党员 steps
(development_step, seeded by migration 0014 in every database) goes by the step's code.

What is not imported: the village's settings (the database's, not the branch's) except the
township's 发展指标 for the branch where the township has not set its own for that year; the
village's 操作日志 (its own history, not the branch's records); attachment files, which stay on the
village PC (their rows, with the file's name and size, travel).

Which database is a township's: any but a village's. A database of one branch whose roster was
entered in it (not imported) is a village's, and importing into it is refused (it would become a
database of several branches, which the village never asked for); so is a package into the
database it was made from (same database id), and a package that would replace records entered by
hand rather than imported. A new database, or one whose only branch is the township's own details
and committee, or one of several branches, takes packages. Importing the package last imported for the branch (same SHA-256) changes
nothing; one made before it is refused unless forced.

What changed since the branch's previous package is told from the two manifests (records of each
kind, net): the township keeps each package's manifest, not its rows, so edits within a kind are
not seen (`verify-package --since` compares two package files row by row).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    Table,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.models import Base, Branch, BranchOwned, PackageImport, Setting
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.identity import DATABASE_ID_KEY
from dangwu_desktop.db.package import Manifest, VerifiedPackage, manifest_from_json, read_package
from dangwu_desktop.db.package_changes import KindChange, compare_manifests, summary

STEP_TABLE = "development_step"  # the national procedure: the same steps, by code, everywhere
QUOTA_PREFIX = "development/quota/"
FIRST_IMPORT = "首次导入"
INSERT_CHUNK = 2000


class ImportRefused(Exception):
    """A package not imported; the message is Chinese and says why and what to do."""


@dataclass(frozen=True, slots=True)
class PreviousImport:
    file_name: str
    made_at: datetime
    imported_at: datetime
    data_sha256: str
    manifest: Manifest


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What importing a package would do, told before anything is written."""

    manifest: Manifest
    file_name: str
    branch_id: int | None  # None: the branch is new to this database
    previous: PreviousImport | None
    changes: list[KindChange] = field(default_factory=list)
    renamed_from: str = ""  # the same village database imported before under this branch name

    @property
    def same_as_last(self) -> bool:
        return self.previous is not None and self.previous.data_sha256 == self.manifest.data_sha256

    @property
    def older_than_last(self) -> bool:
        return self.previous is not None and self.manifest.made_at < self.previous.made_at

    @property
    def changes_text(self) -> str:
        if self.previous is None:
            return (
                FIRST_IMPORT if self.branch_id is None else f"{FIRST_IMPORT}（支部已在本数据库中）"
            )
        if self.same_as_last:
            return "与上次导入的是同一个数据包，没有变化"
        return summary(self.changes)

    def lines(self) -> list[str]:
        """The package and what importing it changes, one fact a line."""
        manifest = self.manifest
        lines = [
            *(
                ["演示数据：这是党务台账演示村的数据包，不是真实支部的数据"]
                if manifest.demo
                else []
            ),
            f"支部：{manifest.branch_name}（{'新支部' if self.branch_id is None else '已有'}）",
            f"报送时间：{manifest.made_at:%Y-%m-%d %H:%M}（{manifest.period}）",
            f"在册党员：{manifest.members_active}人",
            f"内容：{_counts_text(manifest)}",
        ]
        if self.previous is not None:
            lines.append(
                f"上次导入：{self.previous.imported_at:%Y-%m-%d %H:%M}，"
                f"报送时间{self.previous.made_at:%Y-%m-%d %H:%M}（{self.previous.file_name}）"
            )
        lines.append(f"变化：{self.changes_text}")
        if manifest.attachments:
            lines.append(
                f"附件：{manifest.attachments}个附件文件留在村里，导入的记录中保留附件名称"
            )
        if self.renamed_from:
            lines.append(
                f"注意：同一个村的数据库以前是以“{self.renamed_from}”导入的，支部可能改了名称；"
                "这次导入为另一个支部"
            )
        if self.older_than_last and not self.same_as_last:
            lines.append("注意：这个数据包比上次导入的旧")
        return lines


@dataclass(frozen=True, slots=True)
class ImportResult:
    plan: ImportPlan
    imported: bool  # False: the same package as last time, nothing changed
    branch_id: int
    rows: int = 0  # rows inserted, all tables

    @property
    def message(self) -> str:
        name = self.plan.manifest.branch_name
        if not self.imported:
            return f"“{name}”的这个数据包上次已导入，没有改动任何数据"
        return f"已导入“{name}”的数据包：{self.plan.changes_text}"


def _counts_text(manifest: Manifest) -> str:
    from dangwu_desktop.db.package_changes import table_counts_text

    return table_counts_text(manifest.tables)


@cache
def branch_tables() -> list[Table]:
    """Every table of a branch's data, parents before children."""
    from dangwu_desktop.ledgers import load_models

    load_models()
    owned = {
        cast(Table, mapper.local_table).name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, BranchOwned)
    }
    return [table for table in Base.metadata.sorted_tables if table.name in owned]


# Planning


def plan_import(session: Session, package: VerifiedPackage, file_name: str) -> ImportPlan:
    """What importing `package` into the session's database would do; ImportRefused when this
    database must not take it (see the module's note)."""
    manifest = package.manifest
    connection = session.connection()
    own_id = connection.scalar(select(Setting.value).where(Setting.key == DATABASE_ID_KEY))
    if own_id and own_id == manifest.database_id:
        raise ImportRefused(
            f"“{file_name}”是本数据库自己导出的数据包，不用导入。"
            "导入数据包应在乡镇的汇总数据库中进行"
        )
    branches = list(connection.execute(select(Branch.id, Branch.name).order_by(Branch.id)))
    imported = set(connection.scalars(select(PackageImport.branch_id).distinct()))
    entered_here = [
        (branch_id, name)
        for branch_id, name in branches
        if branch_id not in imported and _holds_records(connection, branch_id)
    ]
    target = next((b for b, name in branches if name == manifest.branch_name), None)
    if len(branches) == 1 and entered_here and _holds_roster(connection, entered_here[0][0]):
        raise ImportRefused(
            f"这个数据库是“{entered_here[0][1] or '党支部'}”自己的台账（记录是在本数据库中录入的），"
            "不是乡镇的汇总数据库，导入会把它变成多个支部的数据库或覆盖它的记录。"
            "请新建一个数据库（启动时选“新建”，或命令行 --db 新文件名）专门用于导入各支部的数据包"
        )
    if target is not None and any(target == b for b, _ in entered_here):
        raise ImportRefused(
            f"“{manifest.branch_name}”的记录是在本数据库中录入的，不是从数据包导入的，"
            "导入会覆盖这些记录，已拒绝。如确需以数据包为准，请先另存备份并删除该支部的记录"
        )
    previous = _previous_import(session, target) if target is not None else None
    changes = compare_manifests(previous.manifest, manifest) if previous else []
    return ImportPlan(
        manifest, file_name, target, previous, changes, _renamed_from(session, manifest, target)
    )


def _renamed_from(session: Session, manifest: Manifest, target: int | None) -> str:
    """The branch this village's database was last imported as under another name (the village
    renamed its branch): the township may want to merge the two by hand."""
    if not manifest.database_id:
        return ""
    found = session.execute(
        select(Branch.name)
        .join(PackageImport, PackageImport.branch_id == Branch.id)
        .where(PackageImport.database_id == manifest.database_id, Branch.id != target)
        .order_by(PackageImport.id.desc())
        .limit(1)
    ).scalar()
    return "" if found is None or found == manifest.branch_name else str(found)


def _holds_roster(connection: Connection, branch_id: int) -> bool:
    """A roster entered here makes a database a village's (a township's first start fills in
    only its own branch's details and committee)."""
    members = Base.metadata.tables["member"]
    return bool(connection.scalar(select(exists().where(members.c.branch_id == branch_id))))


def _holds_records(connection: Connection, branch_id: int) -> bool:
    return any(
        connection.scalar(select(exists().where(table.c.branch_id == branch_id)))
        for table in branch_tables()
    )


def _previous_import(session: Session, branch_id: int) -> PreviousImport | None:
    last = session.scalars(
        select(PackageImport)
        .where(PackageImport.branch_id == branch_id)
        .order_by(PackageImport.imported_at.desc(), PackageImport.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return None
    return PreviousImport(
        last.file_name,
        last.made_at,
        last.imported_at,
        last.data_sha256,
        manifest_from_json(last.manifest, last.file_name),
    )


# Importing


def import_package(
    session: Session,
    package: VerifiedPackage,
    file_name: str,
    *,
    force: bool = False,
    now: datetime | None = None,
) -> ImportResult:
    """Replace the package's branch's records with the package's, in the session's transaction
    (the caller's one: a failure leaves the database as it was). The same package as the last
    one imported changes nothing; an older one is refused unless `force`."""
    plan = plan_import(session, package, file_name)
    if plan.same_as_last:
        assert plan.branch_id is not None
        return ImportResult(plan, imported=False, branch_id=plan.branch_id)
    if plan.older_than_last and not force:
        assert plan.previous is not None
        raise ImportRefused(
            f"“{file_name}”的报送时间（{plan.manifest.made_at:%Y-%m-%d %H:%M}）早于上次导入的"
            f"数据包（{plan.previous.made_at:%Y-%m-%d %H:%M}），导入会用旧数据覆盖新数据，已拒绝。"
            "如确需导入，请确认后强制导入"
        )
    connection = session.connection()
    snapshot = package.open_database()
    try:
        with snapshot.engine.connect() as source:
            village_branch = _only_branch(source, file_name)
            branch_id = _branch_for(connection, plan, village_branch)
            _delete_branch_rows(connection, branch_id)
            rows = _copy_rows(source, connection, branch_id, village_branch["id"])
            _copy_quota(source, connection, village_branch["id"], branch_id)
    finally:
        snapshot.dispose()
    moment = (now or datetime.now()).replace(microsecond=0)
    session.add(
        PackageImport(
            branch_id=branch_id,
            file_name=file_name,
            made_at=plan.manifest.made_at,
            imported_at=moment,
            data_sha256=plan.manifest.data_sha256,
            schema_revision=plan.manifest.schema_revision,
            database_id=plan.manifest.database_id,
            manifest=json.dumps(plan.manifest.raw, ensure_ascii=False),
            changes=plan.changes_text,
        )
    )
    audit.record(
        session,
        "数据包导入",
        "导入",
        plan.manifest.branch_name,
        [
            f"数据包：{file_name}",
            f"报送时间：{plan.manifest.made_at:%Y-%m-%d %H:%M}",
            f"变化：{plan.changes_text}",
        ],
        branch_id=branch_id,
    )
    session.flush()
    return ImportResult(plan, imported=True, branch_id=branch_id, rows=rows)


def _only_branch(source: Connection, file_name: str) -> dict[str, Any]:
    branches = list(source.execute(select(Branch.__table__)).mappings())
    if len(branches) != 1:
        raise ImportRefused(
            f"“{file_name}”中有{len(branches)}个党支部，只能导入一个村党支部导出的数据包"
        )
    return dict(branches[0])


def _branch_for(connection: Connection, plan: ImportPlan, village: dict[str, Any]) -> int:
    """The branch's row in this database, made or brought up to the package's details."""
    details = {
        "name": plan.manifest.branch_name,
        "parent_org": plan.manifest.parent_org,
        "term_start": village["term_start"],
        "term_end": village["term_end"],
    }
    if plan.branch_id is not None:
        connection.execute(update(Branch).where(Branch.id == plan.branch_id).values(**details))
        return plan.branch_id
    key = connection.execute(insert(Branch).values(**details)).inserted_primary_key
    assert key is not None
    return int(key[0])


def _delete_branch_rows(connection: Connection, branch_id: int) -> None:
    tables = branch_tables()
    for table, column in _later_keys(tables):  # the cycle: party_group.leader_id → member
        connection.execute(
            update(table).where(table.c.branch_id == branch_id).values({column.name: None})
        )
    for table in reversed(tables):
        connection.execute(delete(table).where(table.c.branch_id == branch_id))


def _later_keys(tables: Sequence[Table]) -> list[tuple[Table, Column[Any]]]:
    """Foreign keys to a branch table that comes later in `tables` (or to the table itself):
    written empty at first, filled in once the table they name is in."""
    order = {table.name: index for index, table in enumerate(tables)}
    later = []
    for index, table in enumerate(tables):
        for column in table.columns:
            for key in column.foreign_keys:
                target = key.column.table.name
                if target in order and order[target] >= index:
                    assert column.nullable, f"{table.name}.{column.name}"
                    later.append((table, column))
    return later


def _copy_rows(source: Connection, target: Connection, branch_id: int, village_id: int) -> int:
    """The snapshot's rows of every branch table, under new keys; the number of rows."""
    tables = branch_tables()
    later = {(table.name, column.name) for table, column in _later_keys(tables)}
    steps = _step_map(source, target)
    maps: dict[str, dict[Any, Any]] = {}
    pending: list[tuple[Table, str, str, list[tuple[Any, Any]]]] = []  # filled in at the end
    total = 0
    for table in tables:
        own_key = _own_id(table)
        rewrites = _rewrites(table)
        new_ids: dict[Any, Any] = {}
        late: dict[str, list[tuple[int, Any]]] = {name: [] for _, name in later if _ == table.name}
        query = select(table).where(table.c.branch_id == village_id)
        rows = source.execute(query.order_by(*table.primary_key.columns)).mappings()
        for chunk in rows.partitions(INSERT_CHUNK):
            old_ids = [row[own_key] for row in chunk] if own_key else []
            values: list[dict[str, Any]] = []
            for position, stored in enumerate(chunk):
                row = dict(stored)
                row["branch_id"] = branch_id
                if own_key:
                    del row[own_key]
                for column, referred in rewrites.items():
                    old = row[column]
                    if old is None:
                        continue
                    if (table.name, column) in later:
                        late[column].append((position + len(new_ids), old))
                        row[column] = None
                    elif referred == STEP_TABLE:
                        row[column] = steps[old]
                    else:
                        row[column] = maps[referred][old]
                values.append(row)
            if own_key:
                inserted = _insert_with_new_keys(target, table, own_key, values)
                new_ids.update(zip(old_ids, inserted, strict=True))
            else:
                target.execute(insert(table), values)
            total += len(values)
        if own_key:
            maps[table.name] = new_ids
            ordered = list(new_ids.values())
            for column, found in late.items():
                pairs = [(ordered[position], old) for position, old in found]
                referred = next(iter(table.c[column].foreign_keys)).column.table.name
                pending.append((table, column, referred, pairs))
    for table, column, referred, pairs in pending:
        if pairs:
            own_key = _own_id(table)
            assert own_key is not None
            target.execute(
                update(table)
                .where(table.c[own_key] == bindparam("row_id"))
                .values({column: bindparam("new_ref")}),
                [{"row_id": row_id, "new_ref": maps[referred][old]} for row_id, old in pairs],
            )
    return total


def _insert_with_new_keys(
    target: Connection, table: Table, key: str, values: list[dict[str, Any]]
) -> list[Any]:
    """Insert rows without their keys; the keys given them, in the rows' order. A server hands
    out keys from its sequence (RETURNING, in parameter order, in batches). SQLite can only keep
    that order one row a statement (fifty times slower than a plain copy for a 2,000-member
    village), so there the keys follow the table's largest: the transaction already holds the
    file's one write lock (the branch's rows were deleted first), so no one else takes them."""
    if target.dialect.name != "sqlite":
        statement = insert(table).returning(table.c[key], sort_by_parameter_order=True)
        return list(target.execute(statement, values).scalars())
    first = int(target.scalar(select(func.max(table.c[key]))) or 0) + 1
    keys = list(range(first, first + len(values)))
    target.execute(
        insert(table), [{**row, key: new} for row, new in zip(values, keys, strict=True)]
    )
    return keys


def _own_id(table: Table) -> str | None:
    """The table's own generated key (`id`); None for a key of other tables' keys (出席)."""
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and not keys[0].foreign_keys:
        return keys[0].name
    return None


def _rewrites(table: Table) -> dict[str, str]:
    """The foreign-key columns to rewrite, each with the table it names (not the branch)."""
    return {
        column.name: key.column.table.name
        for column in table.columns
        for key in column.foreign_keys
        if key.column.table.name != Branch.__tablename__
    }


def _step_map(source: Connection, target: Connection) -> dict[int, int]:
    """The village's development_step ids to this database's, by the step's code."""
    step = Base.metadata.tables[STEP_TABLE]
    here = {code: step_id for code, step_id in target.execute(select(step.c.code, step.c.id))}
    return {old: here[code] for old, code in source.execute(select(step.c.id, step.c.code))}


def _copy_quota(source: Connection, target: Connection, village_id: int, branch_id: int) -> None:
    """The township's 发展指标 as the village recorded it, for the years the township has not set
    one of its own for this branch."""
    prefix, ours = f"{QUOTA_PREFIX}{village_id}/", f"{QUOTA_PREFIX}{branch_id}/"
    theirs = source.execute(
        select(Setting.key, Setting.value).where(Setting.key.like(f"{prefix}%"))
    ).all()
    for key, value in theirs:
        new_key = ours + key.removeprefix(prefix)
        if target.scalar(select(Setting.key).where(Setting.key == new_key)) is None:
            target.execute(insert(Setting).values(key=new_key, value=value))


def import_file(
    database: Database,
    path: Path,
    password: str | None = None,
    *,
    force: bool = False,
    now: datetime | None = None,
) -> ImportResult:
    """A package file verified and imported in a transaction of its own (PackageError or
    ImportRefused when refused, the database unchanged)."""
    with read_package(path, password) as package, database.transaction() as session:
        return import_package(session, package, path.name, force=force, now=now)


def check_file(database: Database, path: Path, password: str | None = None) -> ImportPlan:
    """What importing the file would do; nothing is written."""
    with read_package(path, password) as package, database.read() as session:
        return plan_import(session, package, path.name)
