"""The command line over the same services: members add and members list."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from dangwu_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_members_add_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, out, _ = run(capsys, "--db", db, "members", "add", "--name", "王五", "--id-number", "330726199001011238", "--join-date", "2010年1月1日", "--full-date", "2011.01.05")  # fmt: skip
    assert (code, out.strip()) == (0, "已新增党员王五（编号1）")
    code, out, _ = run(capsys, "--db", db, "members", "list")
    assert code == 0
    assert out.splitlines()[0].startswith("王五\t男\t汉族\t1990-01-01\t330726199001011238")
    assert out.splitlines()[-1] == "共1人"


def test_members_list_as_csv_opens_in_wps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    run(capsys, "--db", db, "members", "add", "--name", "王五", "--id-number", "330726199001011238", "--join-date", "2010-01-01", "--full-date", "2011-01-05")  # fmt: skip
    code, out, _ = run(capsys, "--db", db, "members", "list", "--csv")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("\ufeff姓名,性别,民族,出生日期,公民身份号码")
    assert lines[1].startswith("王五,男,汉族,1990-01-01,330726199001011238")


def test_members_add_reports_each_fault_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, _, err = run(capsys, "--db", db, "members", "add", "--name", "王五", "--id-number", "330726199001011234", "--join-date", "2010-01-01")  # fmt: skip
    assert code == 1
    assert (
        "公民身份号码\t身份号码校验位错误：按GB 11643-1999校验不通过，多为某一位录错或两位颠倒，请核对号码"
        in err
    )
    assert run(capsys, "--db", db, "members", "list")[1].strip() == "共0人"


def test_members_add_refuses_an_unreadable_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "c.sqlite3"), "members", "add", "--name", "王五", "--join-date", "去年")  # fmt: skip
    assert code == 1 and "不是可识别的日期" in err


def test_demo_database_is_separate_and_built_once(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--demo", "members", "list", "--all")
    assert code == 0 and (data_dir / "demo.sqlite3").exists()
    assert not (data_dir / "dangwu.sqlite3").exists()
    first = out
    assert run(capsys, "--demo", "members", "list", "--all")[1] == first


# The command line takes the window's safety steps (issue 14): the same services, not copies.


def _roster_file(folder: Path) -> Path:
    from tests.roster_files import write_xlsx

    return write_xlsx(
        folder / "花名册.xlsx",
        [
            ["姓名", "公民身份号码", "入党时间", "转正时间"],
            ["王五", "330726199001011238", "2010-01-01", "2011-01-05"],
        ],
    )


def test_import_roster_backs_the_database_up_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dangwu_desktop.db.backups import list_backups

    db = tmp_path / "cli.sqlite3"
    run(capsys, "--db", str(db), "members", "list")
    code, out, _ = run(capsys, "--db", str(db), "import-roster", str(_roster_file(tmp_path)))
    assert code == 0 and "已导入1人" in out
    labels = [b.label for b in list_backups(tmp_path / "backups" / "cli")]
    assert "before-import" in labels


def test_a_command_waits_for_no_one_while_the_window_has_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dangwu_desktop.db.single_writer import one_writer

    db = tmp_path / "cli.sqlite3"
    with one_writer(db):
        code, out, err = run(capsys, "--db", str(db), "import-roster", str(_roster_file(tmp_path)))
    assert code == 1 and out == "" and "已在运行" in err
    assert not db.exists()


def test_a_command_refuses_a_damaged_database_and_leaves_it_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    db = tmp_path / "cli.sqlite3"
    run(capsys, "--db", str(db), "members", "list")
    run(capsys, "--db", str(db), "members", "list")  # the first start of an existing file: a backup
    with db.open("r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(3000))
    damaged = db.read_bytes()
    code, out, err = run(capsys, "--db", str(db), "import-roster", str(_roster_file(tmp_path)))
    assert code == 1 and out == ""
    assert "数据文件检查未通过" in err and "请打开党务台账窗口" in err
    assert db.read_bytes() == damaged


def test_an_unexpected_failure_prints_chinese_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop.core.services import roster_import

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("330726199001011238 王五 13812345678")

    monkeypatch.setattr(roster_import, "apply_import", fail)
    db = tmp_path / "cli.sqlite3"
    code, out, err = run(capsys, "--db", str(db), "import-roster", str(_roster_file(tmp_path)))
    assert code == 1 and "出错了，命令没有完成，数据保持原样" in err
    assert "Traceback" not in err and "330726199001011238" not in err + out


def test_a_full_disk_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=1024))
    code, _, err = run(capsys, "--db", str(tmp_path / "cli.sqlite3"), "members", "list")
    assert code == 1 and "磁盘已满" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_command_asks_for_the_password_the_window_asks_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import io

    from dangwu_desktop.core import security
    from dangwu_desktop.db.startup import open_database

    db = tmp_path / "cli.sqlite3"
    database = open_database(db)
    with database.transaction() as session:
        security.set_password(session, "dongao2026")
    database.dispose()
    monkeypatch.setattr(sys, "stdin", _Terminal())  # typed at a console: asked, not shown
    answers = iter(["wrong-one", "dongao2026"])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": next(answers))
    code, out, err = run(capsys, "--db", str(db), "members", "list")
    assert code == 0 and out.strip() == "共0人" and "密码不正确" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-one\n" * 5))
    code, out, err = run(capsys, "--db", str(db), "members", "list")
    assert code == 1 and out == "" and err.count("密码不正确") == security.FREE_TRIES
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # nothing to read: said, not a traceback
    code, out, err = run(capsys, "--db", str(db), "members", "list")
    assert code == 1 and "没有可读取的输入" in err and "出错了" not in err


def test_a_failed_command_leaves_its_details_in_the_log_with_ids_masked(
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import re

    from dangwu_desktop.core.services import roster_import

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("330726199001011238 王五 13812345678")

    monkeypatch.setattr(roster_import, "apply_import", fail)
    run(capsys, "--db", str(tmp_path / "cli.sqlite3"), "import-roster", str(_roster_file(tmp_path)))
    log = (data_dir / "logs" / "dangwu.log").read_text(encoding="utf-8")
    assert "命令没有完成" in log and "RuntimeError" in log and "王五" in log
    assert not re.search(r"\d{17}[\dX]|1[3-9]\d{9}", log)


@pytest.mark.parametrize("stdin", [None, "", "wrong-one\n"], ids=["closed", "empty", "one-wrong"])
def test_a_password_with_no_terminal_to_type_it_is_refused_in_chinese(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str | None,
) -> None:
    """Run from a script or a scheduled task: getpass warned in English and the EOF it met was an
    unexpected failure ('出错了') with a traceback in the log."""
    db = _with_password(tmp_path, "dongao2026")
    monkeypatch.setattr(sys, "stdin", None if stdin is None else io.StringIO(stdin))
    code, out, err = run(capsys, "--db", str(db), "members", "list")
    assert code == 1 and out == ""
    assert "没有可读取的输入" in err and "出错了" not in err and "Warning" not in err


def test_a_script_may_give_the_password_on_standard_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _with_password(tmp_path, "dongao2026")
    monkeypatch.setattr(sys, "stdin", io.StringIO("dongao2026\r\n"))
    code, out, err = run(capsys, "--db", str(db), "members", "list")
    assert code == 0 and out.strip() == "共0人" and "Warning" not in err


def _with_password(folder: Path, password: str) -> Path:
    from dangwu_desktop.core import security
    from dangwu_desktop.db.startup import open_database

    db = folder / "cli.sqlite3"
    database = open_database(db)
    with database.transaction() as session:
        security.set_password(session, password)
    database.dispose()
    return db


def test_a_refused_start_says_which_computer_holds_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a network share the other holder is another PC: name it (issue 15), so a secretary is
    not told '已在运行' with nothing in her own taskbar."""
    import socket

    from dangwu_desktop.db.single_writer import one_writer

    db = tmp_path / "share.sqlite3"
    monkeypatch.setattr(socket, "gethostname", lambda: "PC-会计室")
    with one_writer(db):
        monkeypatch.setattr(socket, "gethostname", lambda: "PC-书记")
        code, _, err = run(capsys, "--db", str(db), "members", "list")
    assert code == 1 and "正在电脑“PC-会计室”" in err and "请先在那台电脑上关闭党务台账" in err
    assert not db.with_name("share.sqlite3.lock-info").exists()  # the holder cleared its note


def test_output_redirected_on_a_gbk_system_is_utf8_and_keeps_every_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows writes redirected output in its code page (GBK): a CSV's byte-order mark, or a
    name outside GBK, would end the command with UnicodeEncodeError (issue 15)."""
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "members", "add", "--name", "吉𠮷", "--id-number", "330726199001011238", "--join-date", "2010-01-01", "--full-date", "2011-01-05"]) == 0  # fmt: skip
    written = io.BytesIO()
    redirected = io.TextIOWrapper(written, encoding="gbk")
    monkeypatch.setattr(sys, "stdout", redirected)
    assert main(["--db", db, "members", "list", "--csv"]) == 0
    sys.stdout.flush()
    text = written.getvalue().decode("utf-8")
    assert text.startswith("\ufeff姓名,") and "吉𠮷" in text


def test_a_command_from_the_windowed_program_has_no_output_and_does_not_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)  # what pythonw and a windowed bundle give
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["--db", str(tmp_path / "cli.sqlite3"), "members", "list", "--csv"]) == 0


def test_rules_prints_the_rule_book_with_this_databases_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`rules` lists every rule of the rule book, from the book itself: id and wording, the
    figure or the setting holding it (with this database's value), the citation and its source."""
    from dangwu_desktop.core.rulebook import RULES
    from dangwu_desktop.core.services.settings import LECTURE_PERIOD, set_setting
    from dangwu_desktop.core.services.training import MEMBER_HOURS
    from dangwu_desktop.db.startup import open_database
    from dangwu_desktop.ledgers import ledger_rules

    db = tmp_path / "cli.sqlite3"
    database = open_database(db)
    with database.transaction() as session:
        set_setting(session, MEMBER_HOURS, "40")
        set_setting(session, LECTURE_PERIOD, "每半年")
    database.dispose()

    code, out, _ = run(capsys, "--db", str(db), "rules")
    assert code == 0
    ids = [line.split("\t")[0] for line in out.splitlines() if not line.startswith(" ")][:-1]
    assert ids == [*RULES, *(rule.id for rule in ledger_rules())]
    blocks = out.split("\n" + "meeting.frequency.")
    assert "branch_general\t党员大会一般每季度召开1次\n  数字：每季度1次\n  依据：《中国共产党支部工作条例（试行）》第十一条：" in blocks[1]  # fmt: skip
    assert "\ntraining.yearly_hours\t党员每年集中学习培训时间一般不少于32学时\n  设置：“党员每年集中学习培训学时”现为40学时（默认32学时，可在“设置”中修改）\n  依据：《中国共产党党员教育管理工作条例》第二十条：" in out  # fmt: skip
    assert "\nmeeting.frequency.lecture\t党课应当按期进行（本地规定：每半年至少1次）\n  设置：“党课频次”现为每半年（默认每季度" in out  # fmt: skip
    assert "\nmeeting.secretary_lecture\t党支部书记每年至少为党员讲1次党课\n  数字：每年1次\n  依据：地方规定：" in out  # fmt: skip
    assert "  来源：中组部有关规定\n" in out and "  来源：全国规划\n" in out
    assert out.splitlines()[-1].startswith(f"共{len(RULES) + len(ledger_rules())}条规则。")


def test_rules_asks_for_the_password_like_any_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _with_password(tmp_path, "dangwu2026")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, err = run(capsys, "--db", str(db), "rules")
    assert (code, out) == (1, "") and "数据已设置密码" in err
