"""Write the NSIS include that installs the bundle's files and uninstalls exactly those files.

    python installer/nsis_files.py dist/dangwu build/nsis/files.nsh
    python installer/nsis_files.py --stub dist/dangwu build/nsis-stub   # for `make dist` on Linux

The installer must never `RMDir /r` its folder: a secretary may have typed a folder that holds
other things (桌面, 文档, D:\\). So the uninstaller deletes the files this build wrote, one by one,
then removes the folders it made only if they are empty (`RMDir` without /r). The list comes from
the bundle at build time, so it is always the bundle's real content.

The include defines BUNDLE_SIZE_KB and two macros for installer/dangwu.nsi:
  INSTALL_BUNDLE    SetOutPath and File lines, the paths taken from ${BUNDLE} (relative to the script)
  UNINSTALL_BUNDLE  Delete lines for every file, then RMDir for every folder, deepest first
It is written as UTF-8 with a byte-order mark, like dangwu.nsi, so a Chinese Windows makensis
(system code page GBK) reads non-ASCII names right.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path, PurePosixPath


def nsis_string(text: str) -> str:
    """`text` as the inside of a double-quoted NSIS string (no variables or escapes expanded)."""
    return text.replace("$", "$$").replace('"', '$\\"')


def windows_path(relative: PurePosixPath) -> str:
    return "\\".join(relative.parts)


def bundle_lines(bundle: Path) -> tuple[list[str], list[str]]:
    """The install and uninstall lines for every file and folder under `bundle`."""
    folders = sorted(
        (
            PurePosixPath(path.relative_to(bundle).as_posix())
            for path in bundle.rglob("*")
            if path.is_dir()
        ),
        key=lambda folder: folder.parts,
    )
    install: list[str] = []
    uninstall: list[str] = []
    for folder in [PurePosixPath("."), *folders]:
        files = sorted(
            path.name for path in (bundle / folder).iterdir() if path.is_file() or path.is_symlink()
        )
        if not files:
            continue
        inside = "" if folder == PurePosixPath(".") else "\\" + windows_path(folder)
        install.append(f'SetOutPath "$INSTDIR{nsis_string(inside)}"')
        for name in files:
            relative = windows_path(folder / name) if inside else name
            install.append(f'File "${{BUNDLE}}\\{relative}"')  # a compile-time path: no $ escape
            uninstall.append(f'Delete "$INSTDIR\\{nsis_string(relative)}"')
    for folder in sorted(folders, key=lambda folder: len(folder.parts), reverse=True):
        uninstall.append(f'RMDir "$INSTDIR\\{nsis_string(windows_path(folder))}"')
    install.append('SetOutPath "$INSTDIR"')
    return install, uninstall


def include_text(bundle: Path) -> str:
    install, uninstall = bundle_lines(bundle)
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file())
    lines = [
        f"; Written by installer/nsis_files.py from {bundle.name}: do not edit.",
        f"!define BUNDLE_SIZE_KB {(size + 1023) // 1024}  ; 程序和功能 shows it as the size",
        "!macro INSTALL_BUNDLE",
        *(f"  {line}" for line in install),
        "!macroend",
        "!macro UNINSTALL_BUNDLE",
        *(f"  {line}" for line in uninstall),
        "!macroend",
    ]
    return "\n".join(lines) + "\n"


def write_stub(bundle: Path, stub: Path) -> None:
    """A copy of `bundle`'s folders and file names with a few bytes in each file, and a dangwu.exe:
    makensis compiles the script against the real layout in seconds on any system."""
    if stub.exists():
        shutil.rmtree(stub)
    stub.mkdir(parents=True)
    for path in sorted(bundle.rglob("*")):
        target = stub / path.relative_to(bundle)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.write_text("stub", encoding="ascii")
    (stub / "dangwu.exe").write_text("stub", encoding="ascii")


def main(arguments: list[str]) -> int:
    if len(arguments) == 3 and arguments[0] == "--stub":
        write_stub(Path(arguments[1]), Path(arguments[2]))
        return 0
    if len(arguments) != 2:
        print("用法：python installer/nsis_files.py 打包文件夹 输出.nsh", file=sys.stderr)
        return 2
    bundle, output = Path(arguments[0]), Path(arguments[1])
    if not (bundle / "dangwu.exe").is_file():
        print(f"{bundle} 中没有打包好的程序（dangwu.exe）", file=sys.stderr)
        return 1
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(include_text(bundle), encoding="utf-8-sig")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
