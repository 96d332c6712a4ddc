"""The Windows installer (installer/dangwu.nsi, nsis_files.py) and the bundle's contents (dangwu.spec).

What Linux can check: makensis compiles the script exactly as a Chinese Windows PC reads it
(system code page GBK: -INPUTCHARSET CP936), the uninstaller's file list matches what the
installer copies, and the script's per-user choices. Whether Windows then behaves (no UAC prompt,
a running program detected, shortcuts in the right profile) needs a real Windows PC: see the README.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "dangwu.nsi"
MAKENSIS = shutil.which("makensis")
needs_makensis = pytest.mark.skipif(
    MAKENSIS is None, reason="makensis is not installed (make system-deps installs nsis as root)"
)


def nsis_files(*arguments: str | Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "installer" / "nsis_files.py"), *map(str, arguments)],
        check=True,
    )


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A bundle shaped like PyInstaller's: the launcher, _internal with nested folders, a Chinese
    file name, a `$` in a name (NSIS's variable sign) and an empty folder."""
    folder = tmp_path / "dangwu"
    for relative in (
        "dangwu.exe",
        "_internal/python311.dll",
        "_internal/PySide6/plugins/platforms/qwindows.dll",
        "_internal/resources/templates/季度报告$模板.docx",
    ):
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(b"stub")
    (folder / "_internal" / "empty").mkdir()
    return folder


def compile_installer(
    bundle: Path, tmp_path: Path, *defines: str
) -> subprocess.CompletedProcess[str]:
    """makensis as on a Chinese Windows PC, against `bundle` and its file list."""
    assert MAKENSIS is not None
    file_list = tmp_path / "files.nsh"
    nsis_files(bundle, file_list)
    return subprocess.run(
        [
            MAKENSIS, "-V2", "-INPUTCHARSET", "CP936", "-DVERSION=0.1.0", f"-DBUNDLE={bundle}",
            f"-DFILELIST={file_list}", f"-DOUTFILE={tmp_path / 'setup.exe'}", *defines, str(SCRIPT),
        ],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


def test_script_carries_a_byte_order_mark_so_every_makensis_reads_it_as_utf8() -> None:
    assert SCRIPT.read_bytes().startswith(b"\xef\xbb\xbf")


@needs_makensis
def test_script_compiles_as_makensis_reads_it_on_a_chinese_windows(
    bundle: Path, tmp_path: Path
) -> None:
    result = compile_installer(bundle, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "setup.exe").stat().st_size > 0


@needs_makensis
def test_release_signing_signs_the_installer_and_the_uninstaller_inside_it(
    bundle: Path, tmp_path: Path
) -> None:
    signed = tmp_path / "signed.txt"
    signer = tmp_path / "sign.sh"  # stands in for `signtool sign /fd SHA256 /tr … /td SHA256`
    signer.write_text(f'#!/bin/sh\necho "$1" >> "{signed}"\n', encoding="utf-8")
    signer.chmod(0o755)
    result = compile_installer(bundle, tmp_path, f"-DSIGN={signer}")
    assert result.returncode == 0, result.stdout + result.stderr
    files = signed.read_text(encoding="utf-8").split()
    assert len(files) == 2 and str(tmp_path / "setup.exe") in files  # and the uninstaller before it


def macro_lines(include: str, name: str) -> list[str]:
    body = include.split(f"!macro {name}\n", 1)[1].split("!macroend", 1)[0]
    return [line.strip() for line in body.splitlines()]


def test_uninstaller_removes_exactly_the_files_the_installer_copies(
    bundle: Path, tmp_path: Path
) -> None:
    nsis_files(bundle, tmp_path / "files.nsh")
    include = (tmp_path / "files.nsh").read_text(encoding="utf-8-sig")

    installed: set[str] = set()
    out_path = ""
    for line in macro_lines(include, "INSTALL_BUNDLE"):
        if line.startswith("SetOutPath "):
            out_path = line.removeprefix('SetOutPath "').removesuffix('"')
        elif line.startswith("File "):
            source = line.removeprefix('File "${BUNDLE}\\').removesuffix('"')
            assert (bundle / source.replace("\\", "/")).is_file()  # a compile-time path, no escapes
            installed.add(out_path + "\\" + source.rsplit("\\", 1)[-1].replace("$", "$$"))
    uninstall = macro_lines(include, "UNINSTALL_BUNDLE")
    deleted = {
        line.removeprefix('Delete "').removesuffix('"')
        for line in uninstall
        if line.startswith("Delete ")
    }
    assert installed == deleted and len(deleted) == 4
    assert (
        "$INSTDIR\\_internal\\resources\\templates\\季度报告$$模板.docx" in deleted
    )  # `$` kept literal

    removed = [line for line in uninstall if line.startswith("RMDir")]
    assert all(line.startswith('RMDir "$INSTDIR\\') for line in removed)  # never RMDir /r
    depth = [line.count("\\") for line in removed]
    assert depth == sorted(depth, reverse=True)  # a folder after the folders inside it
    assert (
        'RMDir "$INSTDIR\\_internal\\empty"' in removed and 'RMDir "$INSTDIR\\_internal"' in removed
    )
    assert "!define BUNDLE_SIZE_KB 1" in include  # 程序和功能's size, of the bundle alone


def test_file_list_refuses_a_folder_without_the_windows_program(tmp_path: Path) -> None:
    (tmp_path / "dangwu").mkdir()
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "nsis_files.py"), str(tmp_path / "dangwu"), str(tmp_path / "f.nsh")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1 and "dangwu.exe" in result.stderr
    assert not (tmp_path / "f.nsh").exists()


def script_text() -> str:
    text = SCRIPT.read_text(encoding="utf-8-sig")
    return "\n".join(
        line.split(";", 1)[0].rstrip() for line in text.splitlines()
    )  # code, no comments


def function_body(text: str, name: str) -> str:
    return text.split(f"Function {name}\n", 1)[1].split("FunctionEnd", 1)[0]


def test_script_installs_for_the_current_user_without_administrator_rights() -> None:
    text = script_text()
    assert "RequestExecutionLevel user" in text and "RequestExecutionLevel admin" not in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APPNAME}"' in text
    assert re.search(r'InstallDirRegKey HKCU "\$\{INSTALLER_KEY\}" "InstallDir"', text)
    assert 'WriteRegStr HKCU "${INSTALLER_KEY}" "InstallDir" "$INSTDIR"' in text
    assert "HKLM" not in text and "$PROGRAMFILES" not in text
    for function in (".onInit", "un.onInit"):  # shortcuts in the profile of the person installing
        assert "SetShellVarContext current" in function_body(text, function)
    for value in (
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "DisplayIcon",
        "EstimatedSize",
        "UninstallString",
    ):
        assert f'HKCU "${{UNINSTALL_KEY}}" "{value}"' in text
    assert '!define MUI_ICON "..\\resources\\icons\\dangwu.ico"' in text


def test_uninstaller_never_removes_a_folder_with_its_contents() -> None:
    text = script_text()
    assert not re.search(r"RMDir\s+/r", text, re.IGNORECASE)
    uninstall = text.split('Section "Uninstall"', 1)[1]
    assert "!insertmacro UNINSTALL_BUNDLE" in uninstall and 'RMDir "$INSTDIR"' in uninstall
    assert "dangwu_desktop\\Installer" in text  # its own key: the program's settings stay


def test_installer_refuses_32_bit_windows_and_a_running_program_in_chinese() -> None:
    text = script_text()
    on_init = function_body(text, ".onInit")
    assert "${IfNot} ${RunningX64}" in on_init and "64位" in on_init and "Abort" in on_init
    assert "党务台账正在运行" in text
    assert "!insertmacro REFUSE_WHILE_RUNNING" in function_body(text, "DirectoryLeave")
    assert "!insertmacro REFUSE_WHILE_RUNNING" in function_body(text, "un.onInit")
    install = text.split('Section "Install"', 1)[1].split("SectionEnd", 1)[0]
    assert install.index("REFUSE_WHILE_RUNNING") < install.index(
        "INSTALL_BUNDLE"
    )  # silent installs too


def spec_filter() -> Callable[[str], bool]:
    """The spec's `wanted` (which collected files go into the bundle), taken from its source."""
    tree = ast.parse((ROOT / "installer" / "dangwu.spec").read_text(encoding="utf-8"))
    names = {"UNUSED_QT_FILES", "KEPT_TRANSLATIONS", "wanted"}
    nodes = [
        node for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name in names)
        or (isinstance(node, ast.Assign) and any(getattr(t, "id", None) in names for t in node.targets))
    ]  # fmt: skip
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), "dangwu.spec", "exec"), namespace)
    wanted = namespace["wanted"]
    assert callable(wanted)
    return wanted  # type: ignore[no-any-return]


def test_bundle_leaves_out_qt_plugins_whose_libraries_essentials_lacks() -> None:
    wanted = spec_filter()
    for dropped in (
        "PySide6/plugins/imageformats/qpdf.dll",  # Qt6Pdf.dll is in PySide6-Addons
        "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",  # Qt6VirtualKeyboard.dll too
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    ):
        assert not wanted(dropped), dropped
    for kept in (
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/plugins/imageformats/qsvg.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",  # 拼音输入法
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    ):
        assert wanted(kept), kept


def test_make_compiles_the_script_as_a_chinese_windows_would_and_installs_makensis() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^APT_PACKAGES :=.* nsis\b", makefile, re.MULTILINE)
    dist = makefile.split("\ndist:", 1)[1]
    assert "makensis -V2 -INPUTCHARSET CP936" in dist and "installer/nsis_files.py" in dist
