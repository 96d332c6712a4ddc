"""Many branches in one database (issue 23): every record belongs to a branch. A session works for
one branch: what it reads counts that branch's rows only, what it writes leaves every other
branch's rows as they were; a village database's session finds its one branch by itself; an
older single-branch database is upgraded with every row on its branch."""

from __future__ import annotations

import dataclasses
import enum
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from dangwu_desktop.cli import main
from dangwu_desktop.core import demo
from dangwu_desktop.core.branch_scope import BranchNotChosen
from dangwu_desktop.core.models import Activity, Base, Branch, BranchOwned, Member
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.roster import load_roster
from dangwu_desktop.core.services import (
    RecordInvalid,
    ServiceError,
    activities,
    audit_log,
    members,
    training,
)
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.dashboard import headline
from dangwu_desktop.core.services.plans import load_plan
from dangwu_desktop.core.services.talks import talk_coverage
from dangwu_desktop.core.statistics import roster_statistics
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.migrate import SCHEMA_REVISION, current_revision, migrate_to
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.ledgers import all_exports, ledgers, report_sections, year_scopes
from dangwu_desktop.ledgers.base import ExportScope, Span
from dangwu_desktop.ledgers.development import files as development_files
from dangwu_desktop.ledgers.development import service as development
from dangwu_desktop.ledgers.development.models import DevelopmentPerson
from dangwu_desktop.ledgers.dues import book as dues_book
from dangwu_desktop.ledgers.dues.registers import register
from dangwu_desktop.ledgers.elections import book as elections_book
from dangwu_desktop.ledgers.mobile import service as mobile
from dangwu_desktop.ledgers.mobile.book import away_rows, incoming_rows
from dangwu_desktop.ledgers.mobile.models import MobileContact, MobileStint
from tests.conftest import TODAY, member, place_args
from tests.server_database import empty_database
from tests.test_audit_events import MUTATIONS, seed

WEST = "中共南岙村支部委员会"
OWN_BRANCH = 1  # the branch fixture's, the first of the database


def branch_tables() -> list[str]:
    """Every table whose rows are a branch's."""
    tables = [mapper.local_table for mapper in Base.registry.mappers]
    return sorted({t.name for t in tables if "branch_id" in t.c and t.name != "audit_entry"})  # type: ignore[attr-defined]


def rows_of(session: Session, branch_id: int) -> dict[str, list[Any]]:
    """Everything one branch holds (read with plain SQL, which no filter touches), and its row."""
    held = {
        table: session.execute(
            text(f'SELECT * FROM "{table}" WHERE branch_id = :b ORDER BY 1'), {"b": branch_id}
        ).all()
        for table in branch_tables()
    }
    held["branch"] = session.execute(
        text("SELECT * FROM branch WHERE id = :b"), {"b": branch_id}
    ).all()
    return held


def add_west(database: Database) -> int:
    """A second branch in the database, with a village of its own (the demo generator's, from
    another seed): rows in every ledger's tables."""
    with database.transaction() as session:
        west = branch_service.add_branch(session, WEST, "城关镇党委").id
    with database.transaction(branch_id=west) as session:
        demo.build_demo_village(session, TODAY, seed=7, name=WEST)
        development_files.set_quota(session, TODAY.year, 3)  # the township's 指标 for west
        this_year = Activity.date >= date(TODAY.year, 1, 1)
        deleted = session.scalars(
            select(Activity.id).where(this_year).order_by(Activity.id)
        ).first()
        assert deleted is not None
        activities.delete_activity(session, deleted, datetime.combine(TODAY, time(9)))
    return west


# -- writing on one branch leaves the other as it was ----------------------------------------------


@pytest.fixture(scope="module")
def two_branches_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """On SQLite, the two branches built once and copied for each test (the demo village takes
    seconds to build)."""
    path = tmp_path_factory.mktemp("branches") / "two.sqlite3"
    database = open_database(path)
    _two_branches(database)
    database.dispose()
    return path


def _two_branches(database: Database) -> int:
    """The branch fixture's branch, and west's village beside it."""
    with database.transaction() as session:
        branch_service.save_branch_info(
            session, branch_service.BranchInfo(name="中共东岙村支部委员会", secretary="陈静")
        )
        branch_service.add_group(session, "第一党小组")
        branch_service.add_group(session, "第二党小组")
    return add_west(database)


@pytest.fixture
def west(database: Database, two_branches_file: Path) -> int:
    """The id of west's branch, beside the own branch (id 1) in the test's database."""
    if database.file_path is None:  # on the server: built in the test's database
        return _two_branches(database)
    database.dispose()
    shutil.copyfile(two_branches_file, database.file_path)
    with database.read() as session:
        return max(b.id for b in branch_service.list_branches(session))


@pytest.mark.parametrize(
    "function", list(MUTATIONS), ids=lambda f: f"{f.__module__.rsplit('.', 1)[-1]}.{f.__name__}"
)
def test_every_service_that_writes_leaves_the_other_branch_as_it_was(
    database: Database, west: int, function: Callable[..., object]
) -> None:
    prepare, change = MUTATIONS[function]
    with database.read(branch_id=OWN_BRANCH) as session:  # rolled back afterwards
        ids = seed(session)  # 张三 again: an ID number west's roster may hold too
        if prepare:
            prepare(session, ids)
        session.flush()
        before, own_before = rows_of(session, west), rows_of(session, OWN_BRANCH)
        change(session, ids)
        session.flush()
        assert rows_of(session, west) == before
        if function is not branch_service.add_branch:
            assert rows_of(session, OWN_BRANCH) != own_before or function.__module__.endswith(
                ("settings", "security", "activity_templates")  # the database's own settings
            )


# -- reading on one branch never counts the other's rows -----------------------------------------


def plain(value: Any) -> Any:
    """A result as comparable data: rows as their columns, dataclasses as their fields."""
    if isinstance(value, Base):
        return (type(value).__name__, *(plain(getattr(value, a.key)) for a in _columns(value)))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            *(plain(getattr(value, f.name)) for f in dataclasses.fields(value)),
        )
    if isinstance(value, dict):
        return sorted((repr(plain(k)), plain(v)) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (str, int, float, Decimal, date, datetime, time, enum.Enum, Path)):
        return value
    if value is None:
        return None
    if hasattr(value, "_asdict"):
        return plain(value._asdict())
    if hasattr(value, "__slots__") or hasattr(value, "__dict__"):
        names = getattr(value, "__slots__", None) or vars(value).keys()
        return (type(value).__name__, *(plain(getattr(value, n, None)) for n in names))
    return repr(value)


def _columns(row: Base) -> list[Any]:
    return list(inspect(type(row)).column_attrs)


def everything_read(database: Database, branch_id: int | None = None) -> dict[str, Any]:
    """What the pages, the 首页 and every export show of one branch on TODAY."""
    seen: dict[str, Any] = {}
    with database.read(branch_id=branch_id) as session:
        seen["roster"] = plain(load_roster(session, TODAY))
        seen["branch"] = plain(branch_service.load_branch_info(session))
        seen["groups"] = plain(branch_service.list_groups(session))
        for ledger in ledgers():
            if ledger.reminders is not None:
                seen[f"reminders {ledger.key}"] = plain(ledger.reminders(session, TODAY))
        for export in all_exports():
            # A per-person form's every file (the page's person is one of them).
            scopes = (
                (ExportScope(TODAY, TODAY.year),)
                if export.span is Span.PERSON
                else year_scopes(export, TODAY.year, TODAY)
            )
            for scope in scopes:
                seen[f"{export.key} {scope}"] = plain(export.gather(session, scope))
        for section in report_sections(annual=True):
            seen[f"report {section.key}"] = plain(
                section.gather(session, YearPeriod(TODAY.year), TODAY)
            )
        seen.update({f"page {key}": plain(value) for key, value in page_reads(session).items()})
    return seen


# Empty for the demo village; west has a record in its 回收站 and a 指标, which would show.
EMPTY_IN_THE_DEMO = {"page 回收站", "page 发展指标", "page 未定标准"}


def page_reads(session: Session) -> dict[str, Any]:
    """What the pages and their dialogs show beyond the exports, each as the page asks for it."""
    year, first = TODAY.year, date(TODAY.year, 1, 1)
    stands = development.pipeline(session, TODAY)
    return {
        "首页": headline(session, TODAY),
        "组织生活": activities.list_activities(session, year),
        "回收站": activities.list_activities(session, year, deleted=True),
        "记录": activities.record_sheets(session, first, TODAY),
        "完成情况": activities.schedule_for_year(session, year, TODAY),
        "谈心谈话": talk_coverage(session, year),
        "季度计划": [load_plan(session, year, quarter) for quarter in range(1, 5)],
        "学时": training.member_hours(session, year, TODAY),
        "每月学习": training.monthly_study(session, year, TODAY),
        "学时认定": training.credits_in_year(session, year),
        "统计": roster_statistics(members.active_roster(session, TODAY), TODAY),
        "党小组人数": branch_service.group_member_counts(session),
        "操作日志": audit_log.entries(session),
        "日志类别": audit_log.subjects(session),
        "发展党员": stands,
        "发展档案": [development.timeline(session, s.person_id, TODAY) for s in stands],
        "发展指标": development_files.quota(session, year),
        "换届": elections_book.state(session),
        "届次": elections_book.terms(session),
        "选举": elections_book.latest_election(session),
        "选票": elections_book.ballot_sheet(session),
        "流出党员": away_rows(session, TODAY, first, TODAY),
        "流入党员": incoming_rows(session, first, TODAY),
        "党费": dues_book.year_book(session, year, TODAY),
        "党费登记簿": register(session, first, date(year, 12, 31), TODAY, f"{year}年"),
        "欠缴": dues_book.arrears(session, TODAY),
        "未定标准": dues_book.unset_members(session),
    }


def test_reads_on_one_branch_never_count_another_branchs_rows(database: Database) -> None:
    """The demo village read before and after a second village joins the database: every page,
    reminder, export and report section shows the same; the second village reads as its own."""
    with database.transaction() as session:  # a village database, as at the first start
        demo.build_demo_village(session, TODAY)
    alone = everything_read(database)
    west = add_west(database)
    assert everything_read(database, OWN_BRANCH) == alone
    west_read = everything_read(database, west)
    assert west_read["roster"] and west_read["roster"] != alone["roster"]
    assert west_read["branch"] != alone["branch"]
    assert (alone["page 发展指标"], west_read["page 发展指标"]) == (None, 3)
    assert west_read["page 回收站"]
    # The pages show something of each village, so an equal read above is not an empty one.
    empty = {key for key, value in alone.items() if key.startswith("page ") and not value}
    assert empty == EMPTY_IN_THE_DEMO


def test_a_session_for_one_branch_finds_no_record_of_another_by_its_id(database: Database) -> None:
    """A page or dialog opened on an id (a reminder's member, a record chosen in a list) finds
    nothing of another branch: neither shown nor changed."""
    with database.transaction() as session:
        demo.build_demo_village(session, TODAY)
    west = add_west(database)
    with database.read(branch_id=west) as session:
        ids = {
            "activity": session.scalars(select(Activity.id)).first(),
            "person": session.scalars(select(DevelopmentPerson.id)).first(),
            "stint": session.scalars(select(MobileStint.id)).first(),
            "contact": session.scalars(select(MobileContact.id)).first(),
            "member": session.scalars(select(Member.id)).first(),
        }
    assert None not in ids.values()
    with database.read(branch_id=OWN_BRANCH) as session:
        with pytest.raises(ServiceError):
            activities.get_activity(session, ids["activity"])
        with pytest.raises(ServiceError):
            development.timeline(session, ids["person"], TODAY)
        with pytest.raises(ServiceError):
            mobile.stint_form(session, ids["stint"])
        with pytest.raises(ServiceError):
            mobile.contact_form(session, ids["contact"])
        with pytest.raises(ServiceError):
            members.get_member(session, ids["member"])
        with pytest.raises(ServiceError):
            activities.delete_activity(session, ids["activity"], datetime(2026, 6, 1))


# -- one database, several branches -------------------------------------------------------------


@pytest.mark.usefixtures("branch")
def test_a_member_transferred_between_two_branches_is_on_both_rosters(database: Database) -> None:
    """The ID number is unique in a branch, not in the database (转出 here, 转入 there)."""
    with database.transaction() as session:
        members.add_member(session, member(), TODAY)
        west = branch_service.add_branch(session, WEST).id
    with database.transaction(branch_id=west) as session:
        members.add_member(session, member(), TODAY)
        with pytest.raises(ServiceError):  # still once per branch
            members.add_member(session, member(name="张叁"), TODAY)
    with database.read(branch_id=west) as session:
        assert [row.name for row in load_roster(session, TODAY)] == ["张三"]
    with database.read(branch_id=OWN_BRANCH) as session:
        count = session.scalar(select(func.count()).select_from(Member))
        all_count = session.scalar(
            select(func.count()).select_from(Member).execution_options(all_branches=True)
        )
        assert (count, all_count) == (1, 2)


@pytest.mark.usefixtures("branch")
def test_a_session_for_another_branch_neither_reads_nor_finds_this_ones_rows(
    database: Database,
) -> None:
    with database.transaction() as session:
        own = members.add_member(session, member(), TODAY).id
        west = branch_service.add_branch(session, WEST).id
    with database.transaction(branch_id=west) as session:
        assert session.get(Member, own) is None  # not found, so not editable either
        with pytest.raises(ServiceError):
            members.update_member(session, own, member(phone="13911112222"), TODAY)
        assert branch_service.list_groups(session) == []
        group = branch_service.add_group(session, "第一党小组")  # the same name as the own one's
        assert group.branch_id == west
        assert branch_service.get_branch(session).name == WEST  # type: ignore[union-attr]
        # Branches are chosen by name: two of one name would be one choice.
        own_name = branch_service.BranchInfo(name="中共东岙村支部委员会", secretary="李四")
        with pytest.raises(RecordInvalid, match="数据库中已有“中共东岙村支部委员会”"):
            branch_service.save_branch_info(session, own_name)
        renamed = branch_service.BranchInfo(name=WEST, parent_org="城关镇党委", secretary="李四")
        assert branch_service.save_branch_info(session, renamed).name == WEST  # its own name


@pytest.mark.usefixtures("branch")
def test_a_database_of_several_branches_asks_which_branch_a_session_is_for(
    database: Database,
) -> None:
    with database.transaction() as session:
        branch_service.add_branch(session, WEST)
        with pytest.raises(ServiceError, match="已有"):
            branch_service.add_branch(session, WEST)
    with database.read() as session:
        assert [b.name for b in branch_service.list_branches(session)] == [
            "中共东岙村支部委员会",
            WEST,
        ]
        with pytest.raises(BranchNotChosen, match="多个党支部"):
            load_roster(session, TODAY)


@pytest.mark.usefixtures("branch")
def test_a_command_on_a_database_of_several_branches_names_its_branch(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--branch 名称`: what the command lists and adds is that branch's; without it a database
    of several branches is refused, the message naming them."""
    with database.transaction() as session:
        members.add_member(session, member(), TODAY)
        branch_service.add_branch(session, WEST)
    database.dispose()

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*place_args(database), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, _out, err = run("members", "list")
    assert code == 1
    assert f"这个数据库中有2个党支部：中共东岙村支部委员会、{WEST}。" in err and "--branch" in err
    # The ID number 张三 has in 东岙: once per branch.
    added = run("--branch", WEST, "members", "add", "--name", "李四", "--id-number", "330726199001011238", "--join-date", "2010-07-01", "--full-date", "2011-07-01")  # fmt: skip
    assert added[0] == 0, added[2]
    assert "李四" in run("--branch", WEST, "members", "list")[1]
    listed = run("--branch", "中共东岙村支部委员会", "members", "list")[1]
    assert "张三" in listed and "李四" not in listed
    code, _out, err = run("--branch", "中共北岙村支部委员会", "members", "list")
    assert code == 1 and "数据库中没有“中共北岙村支部委员会”" in err


def test_rows_entered_before_the_first_start_dialog_are_that_branchs(database: Database) -> None:
    """A roster imported first gets an unnamed branch, which the first-start dialog then names:
    one branch, not two, and the dialog still comes (the branch is not set up)."""
    with database.transaction() as session:
        members.add_member(session, member(), TODAY)
        assert branch_service.get_branch(session) is None
        assert branch_service.branch_name(session) == branch_service.UNNAMED
    with database.transaction() as session:
        branch_service.save_branch_info(
            session, branch_service.BranchInfo(name="中共东岙村支部委员会", secretary="张三")
        )
    with database.read() as session:
        assert [b.name for b in branch_service.list_branches(session)] == ["中共东岙村支部委员会"]
        assert session.scalars(select(Member.branch_id)).all() == [
            branch_service.list_branches(session)[0].id
        ]


def test_every_table_of_a_branchs_data_names_its_branch() -> None:
    """Only the database's own tables are without a branch; a ledger's new table takes
    BranchOwned (see core/models.py)."""
    unowned = {
        mapper.local_table.name  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if not issubclass(mapper.class_, BranchOwned)
    }
    assert unowned == {"branch", "setting", "development_step", "audit_entry"}
    assert not Branch.__table__.c.id.nullable


# -- older databases ----------------------------------------------------------------------------


@pytest.fixture
def blank(tmp_path: Path, server: URL | None) -> Iterator[Database]:
    """An empty database: a new file, or a new database on the server in the PostgreSQL pass."""
    if server is None:
        database = Database.for_file(tmp_path / "blank.sqlite3")
        yield database
        database.dispose()
        return
    with empty_database(server) as url:
        database = Database(url)
        yield database
        database.dispose()


# What a secretary's database at 0017 holds, in SQL both databases read (the flags as parameters).
AT_0017 = [
    "INSERT INTO branch (id, name, parent_org) VALUES (1, '中共东岙村支部委员会', '城关镇党委')",
    "INSERT INTO party_group (id, name, leader, sort_order) VALUES (1, '第一党小组', '陈静', 0)",
    "INSERT INTO member (id, name, sex, ethnicity, native_place, education, category, occupation,"
    " phone, address, party_post, remarks, status, is_mobile, mobile_place, mobile_org,"
    " search_key, id_number, group_id) VALUES (1, '陈静', '女', '汉族', '', '', '正式党员', '', '',"
    " '', '', '', '在册', :no, '', '', '', '330726199001011238', 1)",
    "INSERT INTO activity (id, kind, date, belongs_to_year, place, title, host, recorder,"
    " observers, minutes, decisions, teacher) VALUES (1, '党课', '2026-03-15', 2026, '村部',"
    " '学习党章', '陈静', '', '', '', '', '')",
    "INSERT INTO activity_attendance (activity_id, member_id, attendance, absence_reason)"
    " VALUES (1, 1, '出席', '')",
    "INSERT INTO report_note (period, achievements, problems, plans)"
    " VALUES ('2026', '成绩', '', '')",
    "INSERT INTO audit_entry (at, operator, subject, action, record, changes)"
    " VALUES ('2026-05-01 10:00:00', '陈静', '党员', '新增', '陈静', '')",
    "INSERT INTO setting (key, value) VALUES ('development/quota/2026', '2')",
]


def _seeded_at_0017(database: Database, statements: list[str]) -> None:
    migrate_to(database, "0017")
    with database.engine.begin() as connection:
        for statement in statements:
            parameters = {"no": False} if ":no" in statement else {}
            connection.execute(text(statement), parameters)
        if not database.is_sqlite:  # ids given by hand: the server's counters move past them
            for table in ("branch", "party_group", "member", "activity"):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                        f" COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                    )
                )


def _branches_of_every_row(database: Database) -> dict[str, set[int | None]]:
    with database.engine.connect() as connection:
        return {
            table: set(connection.execute(text(f'SELECT branch_id FROM "{table}"')).scalars())
            for table in [*branch_tables(), "audit_entry"]
            if connection.execute(text(f'SELECT 1 FROM "{table}" LIMIT 1')).first()
        }


# Columns later revisions add, empty on every row from before them: not 0018's to keep.
ADDED_AFTER_0018 = frozenset({"receipt_date"})  # 0021: a 转出's 回执
SKIPPED = ADDED_AFTER_0018 | {"branch_id"}


def _every_row(database: Database) -> dict[str, list[str]]:
    """Every row of every table but its branch (and the columns added after 0018), in a
    comparable form (the order of the rows aside: a rebuilt table may give them in another)."""
    with database.engine.connect() as connection:
        tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
        return {
            table: sorted(
                repr(sorted((k, v) for k, v in row._mapping.items() if k not in SKIPPED))
                for row in connection.execute(text(f'SELECT * FROM "{table}"'))
            )
            for table in tables
        }


def _quota_of_the_database(rows: dict[str, list[str]]) -> dict[str, list[str]]:
    """The rows as 0017 kept them: the 发展指标's setting without its branch."""
    settings = [r.replace("development/quota/1/", "development/quota/") for r in rows["setting"]]
    return {**rows, "setting": sorted(settings)}


def test_a_database_of_one_branch_keeps_every_row_on_it_after_the_upgrade(blank: Database) -> None:
    """On SQLite and on the server: the rows of 0017 all belong to the branch, unchanged; the
    year's 发展指标 is the branch's; a second branch may then hold the same group name and ID
    number."""
    _seeded_at_0017(blank, AT_0017)
    before = _every_row(blank)
    migrate_to(blank, "head")
    assert _quota_of_the_database(_every_row(blank)) == before
    assert _branches_of_every_row(blank) == {
        "party_group": {1},
        "member": {1},
        "activity": {1},
        "activity_attendance": {1},
        "report_note": {1},
        "audit_entry": {1},
    }
    with blank.read() as session:
        assert [row.name for row in load_roster(session, TODAY)] == ["陈静"]
        assert development_files.quota(session, 2026) == 2
    with blank.transaction() as session:
        west = branch_service.add_branch(session, WEST).id
    with blank.transaction(branch_id=west) as session:
        branch_service.add_group(session, "第一党小组")
        members.add_member(session, member(name="陈静", group_name="第一党小组"), TODAY)
        assert development_files.quota(session, 2026) is None


def test_the_demo_village_taken_back_to_0017_and_upgraded_again_is_as_it_was(
    blank: Database,
) -> None:
    """A village with rows in every ledger's tables: at 0017 (the downgrade of a database of one
    branch) and upgraded again, every row is as it was, on the branch, and every page, reminder,
    export and report section shows the same."""
    migrate_to(blank, "head")
    with blank.transaction() as session:
        demo.build_demo_village(session, TODAY)
        development_files.set_quota(session, TODAY.year, 2)
    shown = everything_read(blank)
    migrate_to(blank, "0017")
    at_0017 = _every_row(blank)
    migrate_to(blank, "head")
    assert _quota_of_the_database(_every_row(blank)) == at_0017
    assert set().union(*_branches_of_every_row(blank).values()) == {1}
    assert everything_read(blank) == shown


def test_a_database_of_several_branches_cannot_go_back_before_0018(blank: Database) -> None:
    """Going back would put two villages' rows in one: refused, and nothing changes."""
    _seeded_at_0017(blank, AT_0017)
    migrate_to(blank, "head")
    with blank.transaction() as session:
        branch_service.add_branch(session, WEST)
    before = _every_row(blank)
    with pytest.raises(RuntimeError, match="several branches"):
        migrate_to(blank, "0017")
    assert current_revision(blank) == SCHEMA_REVISION
    assert _every_row(blank) == before


def test_rows_of_a_database_without_a_branch_get_an_unnamed_one(blank: Database) -> None:
    """Rows entered before the first-start dialog (a roster imported first): one unnamed branch
    holds them, and the first start still asks for the branch's information."""
    _seeded_at_0017(blank, [s for s in AT_0017 if "INTO branch" not in s])
    migrate_to(blank, "head")
    with blank.read() as session:
        assert [(b.id, b.name) for b in branch_service.list_branches(session)] == [(1, "")]
        assert branch_service.get_branch(session) is None
    assert set().union(*_branches_of_every_row(blank).values()) == {1}


def test_an_empty_database_gets_no_branch_from_the_upgrade(blank: Database) -> None:
    _seeded_at_0017(blank, [])
    migrate_to(blank, "head")
    with blank.read() as session:
        assert branch_service.list_branches(session) == []
