"""The 上报数据包 on the command line: `export-package` writes the open database's package (a
password only from standard input), `verify-package` checks a file without any database."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from dangwu_desktop.cli import main
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.package import read_package
from tests.conftest import place_args


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def given_input(monkeypatch: pytest.MonkeyPatch, text: str | None) -> None:
    monkeypatch.setattr(sys, "stdin", None if text is None else io.StringIO(text))


def test_export_package_writes_the_demo_villages_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    given_input(monkeypatch, None)
    target = tmp_path / "前溪村.dwpkg"
    code, out, err = run(capsys, "--demo", "export-package", str(target))
    assert (code, err) == (0, "")
    assert out.startswith(f"已导出上报数据包：{target}\n演示数据：")
    assert "支部：中共前溪村支部委员会" in out and "密码：无" in out
    with read_package(target) as package:
        assert package.manifest.demo and package.manifest.members_active > 50


def test_export_package_into_a_folder_takes_the_suggested_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    given_input(monkeypatch, None)
    code, _out, _err = run(capsys, "--demo", "export-package", str(tmp_path))
    assert code == 0
    [written] = tmp_path.glob("*.dwpkg")
    assert written.name.startswith("上报数据包-中共前溪村支部委员会-20")


def test_a_package_password_comes_from_standard_input_never_the_command_line(
    database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "p.dwpkg"
    given_input(monkeypatch, "乡镇2026口令\n")
    code, out, _err = run(
        capsys, *place_args(database), "export-package", str(target), "--password-stdin"
    )
    assert code == 0 and "密码：有（已加密）" in out
    with zipfile.ZipFile(target) as archive:
        assert "data.sqlite3.aes" in archive.namelist()
    given_input(monkeypatch, "乡镇2026口令\r\n")
    code, out, err = run(capsys, "verify-package", str(target), "--password-stdin")
    assert (code, err) == (0, "")
    assert out.startswith("“p.dwpkg”完好，未被改动。\n支部：")


def test_the_programs_own_password_comes_first_then_the_packages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangwu_desktop.core import security
    from dangwu_desktop.db.startup import open_database

    db = tmp_path / "cli.sqlite3"
    database = open_database(db)
    with database.transaction() as session:
        security.set_password(session, "dongao2026")
    database.dispose()
    target = tmp_path / "p.dwpkg"
    given_input(monkeypatch, "dongao2026\n包的密码123\n")
    code, _out, err = run(
        capsys, "--db", str(db), "export-package", str(target), "--password-stdin"
    )
    assert (code, err) == (0, "")
    with read_package(target, "包的密码123") as package:
        assert package.manifest.encrypted


@pytest.mark.parametrize("text", [None, "", "\n"], ids=["closed", "empty", "blank-line"])
def test_password_stdin_with_nothing_to_read_writes_nothing(
    database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    text: str | None,
) -> None:
    given_input(monkeypatch, text)
    target = tmp_path / "p.dwpkg"
    code, out, err = run(
        capsys, *place_args(database), "export-package", str(target), "--password-stdin"
    )
    assert code == 2 and out == "" and "没有读到数据包密码" in err
    assert not target.exists()


def test_a_short_package_password_is_refused(
    database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given_input(monkeypatch, "12345\n")
    target = tmp_path / "p.dwpkg"
    code, _out, err = run(
        capsys, *place_args(database), "export-package", str(target), "--password-stdin"
    )
    assert code == 1 and err.strip() == "数据包密码至少6位" and not target.exists()


def test_verify_package_refuses_in_chinese_with_exit_code_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    given_input(monkeypatch, None)
    target = tmp_path / "p.dwpkg"
    assert run(capsys, "--demo", "export-package", str(target))[0] == 0
    given_input(monkeypatch, "wrong-password\n")
    code, out, err = run(capsys, "verify-package", str(target), "--password-stdin")
    assert code == 0  # a package without a password: a password given is not needed
    sealed = tmp_path / "sealed.dwpkg"
    given_input(monkeypatch, "right-password\n")
    assert run(capsys, "--demo", "export-package", str(sealed), "--password-stdin")[0] == 0
    for text, expected in ((None, "设了密码"), ("wrong-password\n", "密码不正确")):
        given_input(monkeypatch, text)
        extra = () if text is None else ("--password-stdin",)
        code, out, err = run(capsys, "verify-package", str(sealed), *extra)
        assert code == 1 and out == "" and expected in err
    not_a_package = tmp_path / "花名册.xlsx"
    not_a_package.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, "verify-package", str(not_a_package))
    assert code == 1 and "不是党务台账的上报数据包" in err


def test_verify_package_since_an_earlier_one_says_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    given_input(monkeypatch, None)
    earlier, later = tmp_path / "1.dwpkg", tmp_path / "2.dwpkg"
    assert run(capsys, "--demo", "export-package", str(earlier))[0] == 0
    code, _, _ = run(capsys, "--demo", "members", "add", "--name", "王五", "--id-number", "330726199001011238", "--join-date", "2010-01-01", "--full-date", "2011-01-05")  # fmt: skip
    assert code == 0
    assert run(capsys, "--demo", "export-package", str(later))[0] == 0
    code, out, _err = run(capsys, "verify-package", str(later), "--since", str(earlier))
    assert code == 0 and out.splitlines()[-1] == "与“1.dwpkg”相比：党员 +1/−0"
