"""The log file a secretary sends to support holds no full 公民身份号码 and no mobile number: not
in a message, not in its arguments, not in a traceback, not in a log an older version wrote."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dangwu_desktop.core.services.roster_import import apply_import
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from dangwu_desktop.logs import LOG_FILE, mask_sensitive, setup_logging
from tests.roster_files import standard_people, standard_roster

TODAY = date(2026, 11, 25)
log = logging.getLogger("dangwu_desktop")
FULL_ID = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


@pytest.fixture
def log_text(data_dir: Path) -> Iterator[Callable[[], str]]:
    """The program's log file, set up as the window and the command line set it up."""
    setup_logging()
    path = data_dir / "logs" / LOG_FILE

    def read() -> str:
        for handler in logging.getLogger().handlers:
            handler.flush()
        return path.read_text(encoding="utf-8")

    yield read
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "").startswith(str(data_dir)):
            logging.getLogger().removeHandler(handler)
            handler.close()


FULL_DISK = {  # a trigger refusing every new member, in each database's own SQL
    True: [
        "CREATE TRIGGER full_disk BEFORE INSERT ON member "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    ],
    False: [
        "CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'database or disk is full'; END $$",
        "CREATE TRIGGER full_disk BEFORE INSERT ON member "
        "FOR EACH ROW EXECUTE FUNCTION full_disk()",
    ],
}


def test_a_failed_import_logs_its_traceback_without_ids_or_phones(
    tmp_path: Path, database: Database, log_text: Callable[[], str]
) -> None:
    people = standard_people(36)
    roster = read_roster(standard_roster(tmp_path / "花名册.xlsx"))
    with database.transaction() as session:
        # The disk fills up while the members are written: the database refuses the insert, and
        # its error carries the statement's parameters, ten rows of names, IDs and phones.
        for statement in FULL_DISK[database.is_sqlite]:
            session.execute(text(statement))
    with pytest.raises(RuntimeError):
        try:
            with database.transaction() as session:
                check = check_roster_file(session, roster, TODAY)
                first = check.accepted[0].data
                try:
                    apply_import(session, check, TODAY, update_existing=False, source="花名册.xlsx")
                except Exception as exc:
                    # A chained error whose message is the repr() of a value, as locals show.
                    raise RuntimeError(f"导入第{check.accepted[0].row}行失败：{first!r}") from exc
        except RuntimeError:
            log.exception("导入失败")
            raise
    written = log_text()
    assert "database or disk is full" in written and "Traceback" in written
    assert people[0][1] in written  # the failing rows are in the log, so the masking is tested
    assert FULL_ID.findall(written) == []
    assert MOBILE.findall(written) == []
    assert f"{people[0][5][:4]}**********{people[0][5][-4:]}" in written
    assert f"{people[0][11][:3]}****{people[0][11][-4:]}" in written


def test_the_stack_of_a_log_record_is_masked(log_text: Callable[[], str]) -> None:
    log.warning("查重 %s", "330726199001011238", stack_info=True)  # 13800001111 330726199001011238
    written = log_text()
    assert "Stack (most recent call last)" in written
    assert "查重 3307**********1238" in written
    assert "# 138****1111 3307**********1238" in written
    assert FULL_ID.findall(written) == [] and MOBILE.findall(written) == []


def test_logs_an_older_version_wrote_are_masked_once(data_dir: Path) -> None:
    folder = data_dir / "logs"
    folder.mkdir(parents=True)
    old = "2026-10-01 09:00:00,000 ERROR dangwu_desktop: 张三 330726199001011238 13800001111\n"
    (folder / LOG_FILE).write_text(old, encoding="utf-8")
    (folder / f"{LOG_FILE}.3").write_text(old * 3, encoding="utf-8")
    try:
        setup_logging()
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "").startswith(str(data_dir)):
                logging.getLogger().removeHandler(handler)
                handler.close()
    masked = "2026-10-01 09:00:00,000 ERROR dangwu_desktop: 张三 3307**********1238 138****1111\n"
    assert (folder / LOG_FILE).read_text(encoding="utf-8") == masked
    assert (folder / f"{LOG_FILE}.3").read_text(encoding="utf-8") == masked * 3
    assert sorted(p.name for p in folder.iterdir()) == [".masked-1", LOG_FILE, f"{LOG_FILE}.3"]


@pytest.mark.parametrize(
    ("written", "logged"),
    [
        ("330726199001011238", "3307**********1238"),
        ("33072619900101123X", "3307**********123X"),
        ("33072619900101123x", "3307**********123x"),
        ("330726900101123", "3307*******1123"),
        ("['330726199001011238', '张三']", "['3307**********1238', '张三']"),
        ("330726199001011238330726199001011238", "3307****************************1238"),
        ("13800001111", "138****1111"),
        ("电话:19912345678。", "电话:199****5678。"),
        ("138-0000-1111", "138****1111"),
        ("138 0000 1111", "138****1111"),
        ("+86 13800001111", "+86 138****1111"),
        ("8613800001111", "86138****1111"),
        # Left alone: times, row numbers, landlines, 11 digits that are no mobile, short numbers
        ("2026-11-30 17:48:19,123", "2026-11-30 17:48:19,123"),
        ("第12345行", "第12345行"),
        ("0571-88886666", "0571-88886666"),
        ("12345678901", "12345678901"),
        ("3307261990", "3307261990"),
    ],
)
def test_mask_sensitive(written: str, logged: str) -> None:
    assert mask_sensitive(written) == logged


def test_the_log_module_loads_no_qt_for_the_command_line() -> None:
    code = "import sys, dangwu_desktop.logs; print([m for m in sys.modules if 'PySide6' in m])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
