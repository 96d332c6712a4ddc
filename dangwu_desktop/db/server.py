"""A shared database on a PostgreSQL server (a township office with several PCs): where it is
given, how it is opened. A server has no file to check, lock or copy: several PCs work on it at
once, it is backed up with the server's own pg_dump, and its structure is upgraded by the first
PC that starts a newer program (the others wait for it)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError

from dangwu_desktop.db.database import Database, server_location
from dangwu_desktop.db.identity import ensure_database_id
from dangwu_desktop.db.migrate import (
    SCHEMA_REVISION,
    UpgradeError,
    current_revision,
    known_revision,
    upgrade,
)
from dangwu_desktop.db.paths import data_dir
from dangwu_desktop.db.safety import Opened
from dangwu_desktop.db.single_writer import Refused


class ServerRefused(Refused):
    """A server that cannot be used now; the message is Chinese and says why."""


SERVER_URL_FILE = "server-url.txt"  # in the data folder: the server 设置 saved for this user
SERVER_SCHEMES = ("postgresql",)
CONNECT_TIMEOUT_SECONDS = 8
NOT_A_URL = (
    "数据库地址的格式不对：{given}\n"
    "应当像 postgresql://用户名@服务器地址:5432/数据库名 这样（密码建议写在 pgpass.conf 中）。"
)
NOT_A_SERVER = "只支持 PostgreSQL 服务器的地址（以 postgresql:// 开头），而不是：{scheme}"
UNREACHABLE = (
    "连接不上数据库服务器 {where}。\n请检查网络、服务器是否开着、地址和用户名是否正确。\n{reason}"
)
BACKUP_NOTE = (
    "数据在乡镇的 PostgreSQL 服务器上，由服务器统一备份（pg_dump），本机不做自动备份，"
    "也不能从本机的备份恢复。"
)


def saved_server() -> str:
    """The server URL 设置 saved for this user, or "" for the file on this PC."""
    try:
        return (data_dir() / SERVER_URL_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


def save_server(url: str) -> None:
    """Remember the server for the next start ("" goes back to the file on this PC)."""
    target = data_dir() / SERVER_URL_FILE
    if not url.strip():
        target.unlink(missing_ok=True)
        return
    staged = target.with_name(target.name + ".tmp")
    staged.write_text(url.strip() + "\n", encoding="utf-8")
    staged.replace(target)


def shown_location(given: str) -> str:
    """A server address as a user reads it (never its password)."""
    return server_location(server_url(given))


def server_url(given: str) -> URL:
    """The URL of a PostgreSQL server, from what a user typed; Refused with why if it is not one.
    A bare postgresql:// is read with the psycopg driver the program ships."""
    text = given.strip()
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise ServerRefused(NOT_A_URL.format(given=_without_password(text))) from exc
    if url.get_backend_name() not in SERVER_SCHEMES:
        raise ServerRefused(NOT_A_SERVER.format(scheme=url.drivername))
    if url.drivername in ("postgresql", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    if not url.database:
        raise ServerRefused(NOT_A_URL.format(given=url.render_as_string(hide_password=True)))
    if "connect_timeout" not in url.query:  # an unplugged cable says so, not a frozen window
        url = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_SECONDS)})
    return url


def _without_password(text: str) -> str:
    """What a user typed, shown back without a password it may hold (user:secret@host)."""
    head, at, tail = text.rpartition("@")
    if not at or ":" not in head.split("//")[-1]:
        return text
    scheme, _, credentials = head.rpartition("//")
    return f"{scheme}//{credentials.split(':')[0]}:***@{tail}"


def open_server(given: str | URL) -> Opened:
    """Connect, upgrade the structure if this program is newer, and give the database its id.
    Raises Refused (in Chinese) when the server cannot be reached or its structure is newer."""
    url = given if isinstance(given, URL) else server_url(given)
    try:
        database = Database(url)
    except NoSuchModuleError as exc:
        raise ServerRefused(NOT_A_SERVER.format(scheme=url.drivername)) from exc
    try:
        with database.engine.connect():
            pass
        upgrade(database)
        try:
            database_id = ensure_database_id(database)
        except IntegrityError:  # another PC gave the new database its id at the same moment
            database_id = ensure_database_id(database)
    except UpgradeError as exc:
        database.dispose()
        raise ServerRefused(str(exc)) from exc
    except OperationalError as exc:
        database.dispose()
        raise _unreachable(database, exc) from exc
    except BaseException:
        database.dispose()
        raise
    return Opened(database, database_id)


def _unreachable(database: Database, error: OperationalError) -> ServerRefused:
    reason = str(error.orig).strip().splitlines()[0] if error.orig else ""
    return ServerRefused(UNREACHABLE.format(where=database.location, reason=reason))


def describe_server(given: str) -> str:
    """Try the server without changing anything: what a user sees after 测试连接 — the branch it
    holds and whether its structure is this program's. Refused (Chinese) if it cannot be used."""
    url = server_url(given)
    database = Database(url)
    try:
        revision = current_revision(database)
        if revision is None:
            return f"已连接到 {database.location}。这是一个空数据库，第一次打开时会在其中建立党务台账的数据。"
        if not known_revision(revision):
            raise ServerRefused("服务器上的数据由更新版本的党务台账建立，请先升级本机的程序。")
        # What the server holds as a whole, read without a session's branch: a village's one
        # branch, or a township's several.
        with database.engine.connect() as connection:
            names = list(connection.execute(text("SELECT name FROM branch ORDER BY id")).scalars())
        upgrade_note = "" if revision == SCHEMA_REVISION else "第一次打开时会升级其数据结构。"
        first = names[0] if names and names[0] else "未填写支部名称"
        held = f"“{first}”等{len(names)}个党支部" if len(names) > 1 else f"“{first}”"
        return f"已连接到 {database.location}，其中是{held}的数据。{upgrade_note}"
    except OperationalError as exc:
        raise _unreachable(database, exc) from exc
    finally:
        database.dispose()
