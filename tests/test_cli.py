"""The command line over the same services: members add and members list."""

from __future__ import annotations

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
