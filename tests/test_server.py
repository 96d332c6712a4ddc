"""A township's shared PostgreSQL server: where the data is chosen (--db, --demo, --db-url, the
saved server, the own file), a server address read and refused in Chinese, and a server database
opened, upgraded by one PC at a time, and used from the command line. The tests that need a
server run in the PostgreSQL pass of `make test` (tools/pg_test_server.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from dangwu_desktop.cli import main
from dangwu_desktop.core.models import Member, Setting
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.identity import DATABASE_ID_KEY
from dangwu_desktop.db.migrate import SCHEMA_REVISION, current_revision
from dangwu_desktop.db.paths import DATABASE_FILE, DEMO_DATABASE_FILE
from dangwu_desktop.db.place import choose_place
from dangwu_desktop.db.server import (
    describe_server,
    open_server,
    save_server,
    saved_server,
    server_url,
)
from dangwu_desktop.db.single_writer import Refused
from tests.server_database import empty_database

# -- reading an address -------------------------------------------------------------------------


def test_a_bare_postgresql_address_is_read_with_the_shipped_driver_and_a_connect_timeout() -> None:
    url = server_url(" postgresql://dangwu@10.0.0.5:5432/township ")
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.port, url.database) == ("10.0.0.5", 5432, "township")
    assert url.query["connect_timeout"] == "8"


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("garbage", "数据库地址的格式不对"),
        ("mysql://u@host/db", "只支持 PostgreSQL 服务器的地址"),
        ("sqlite:///village.sqlite3", "只支持 PostgreSQL 服务器的地址"),
        ("postgresql://u@host", "数据库地址的格式不对"),  # no database named
    ],
)
def test_an_address_that_is_not_a_postgresql_database_is_refused_in_chinese(
    given: str, says: str
) -> None:
    with pytest.raises(Refused, match=says):
        server_url(given)


def test_a_refused_address_never_shows_its_password() -> None:
    with pytest.raises(Refused) as refused:
        server_url("postgresql://zhang:secret99@host")
    assert "secret99" not in str(refused.value) and "zhang" in str(refused.value)


# -- choosing the place ------------------------------------------------------------------------


def test_the_data_is_the_own_file_until_a_server_is_saved(data_dir: Path) -> None:
    assert choose_place(None, None, demo=False).path == data_dir / DATABASE_FILE
    save_server("postgresql://dangwu@server/township")
    assert saved_server() == "postgresql://dangwu@server/township"
    chosen = choose_place(None, None, demo=False)
    assert chosen.on_server and chosen.url is not None and chosen.url.database == "township"
    save_server("")  # 设置: an empty address goes back to the file
    assert choose_place(None, None, demo=False).path == data_dir / DATABASE_FILE


def test_db_and_demo_win_over_a_saved_server_and_db_url_over_the_saved_one(
    data_dir: Path, tmp_path: Path
) -> None:
    save_server("postgresql://dangwu@server/township")
    assert choose_place(tmp_path / "x.sqlite3", None, demo=False).path == tmp_path / "x.sqlite3"
    assert choose_place(None, None, demo=True).path == data_dir / DEMO_DATABASE_FILE
    given = choose_place(None, "postgresql://li@other/town2", demo=False)
    assert given.url is not None and (given.url.host, given.url.database) == ("other", "town2")
    assert given.location == "服务器 other 上的数据库 town2（用户 li）"


def test_a_place_on_a_server_is_shown_without_its_password() -> None:
    place = choose_place(None, "postgresql://li:secret99@192.168.1.10:5432/town2", demo=False)
    assert place.location == "服务器 192.168.1.10:5432 上的数据库 town2（用户 li）"


def test_a_command_given_a_wrong_address_says_why_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code = main(["--db-url", "mysql://u@host/db", "members", "list"])
    assert code == 1
    assert "只支持 PostgreSQL 服务器的地址" in capsys.readouterr().err
    assert not (data_dir / DATABASE_FILE).exists()


# -- on a server -------------------------------------------------------------------------------


@pytest.fixture
def empty_server(server: URL | None) -> Iterator[URL]:
    if server is None:
        pytest.skip("needs a PostgreSQL server: runs in the PostgreSQL pass of make test")
    with empty_database(server) as url:
        yield url


def test_an_empty_server_database_is_built_at_first_open_and_given_its_id(
    empty_server: URL,
) -> None:
    assert "空数据库" in describe_server(empty_server.render_as_string(hide_password=False))
    opened = open_server(empty_server)
    try:
        assert current_revision(opened.database) == SCHEMA_REVISION
        with opened.database.read() as session:
            assert session.get(Setting, DATABASE_ID_KEY).value == opened.database_id  # type: ignore[union-attr]
    finally:
        opened.database.dispose()
    again = open_server(empty_server)  # the next PC finds it current and keeps the id
    assert again.database_id == opened.database_id
    again.database.dispose()


def test_pcs_starting_a_newer_program_at_once_upgrade_the_server_once(empty_server: URL) -> None:
    """The advisory lock: one PC builds the structure, the others wait and find it built."""
    outcomes: list[object] = []

    def start() -> None:
        try:
            opened = open_server(empty_server)
            outcomes.append(opened.database_id)
            opened.database.dispose()
        except Exception as exc:  # recorded for the assertion
            outcomes.append(exc)

    pcs = [threading.Thread(target=start) for _ in range(3)]
    for pc in pcs:
        pc.start()
    for pc in pcs:
        pc.join()
    assert len(set(outcomes)) == 1 and isinstance(outcomes[0], str), outcomes


def test_describe_names_the_branch_held_and_an_unknown_database_is_unreachable(
    database: Database, server: URL | None
) -> None:
    if server is None:
        pytest.skip("needs a PostgreSQL server: runs in the PostgreSQL pass of make test")
    from dangwu_desktop.core.services.branch import BranchInfo, add_branch, save_branch_info

    with database.transaction() as session:
        save_branch_info(session, BranchInfo(name="中共东岙村支部委员会", secretary="陈静"))
    address = database.url.render_as_string(hide_password=False)
    assert "“中共东岙村支部委员会”的数据" in describe_server(address)
    with database.transaction() as session:  # a township's: several branches
        add_branch(session, "中共南岙村支部委员会")
    assert "“中共东岙村支部委员会”等2个党支部的数据" in describe_server(address)
    with pytest.raises(Refused, match="连接不上数据库服务器"):
        describe_server(server.set(database="no_such_town").render_as_string(hide_password=False))


def test_the_command_line_works_on_the_server(
    empty_server: URL, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    address = empty_server.render_as_string(hide_password=False)
    code = main(["--db-url", address, "members", "add", "--name", "王五", "--id-number", "330726199001011238", "--join-date", "2010-01-01"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    code = main(["--db-url", address, "members", "list"])
    assert code == 0 and capsys.readouterr().out.splitlines()[-1] == "共1人"
    assert not (data_dir / DATABASE_FILE).exists()  # nothing written to a file on this PC
    opened = open_server(empty_server)
    with opened.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 1
    opened.database.dispose()
