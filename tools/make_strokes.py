"""Writes dangwu_desktop/core/strokes_data.py: the total stroke count (Unihan kTotalStrokes, its
first value, the one for the simplified form) of every character of the CJK Unified Ideographs
and Extension A blocks, for the 选票's 姓氏笔画 order.

The source is the Unicode Character Database's Unihan file, as Debian's unicode-data package
installs it (`apt-get install unicode-data`) or as Unihan.zip from the Unicode Consortium,
under the Unicode License (permissive: the data may be copied and redistributed with its
notice). Run again with a newer Unihan to refresh the table:

    python tools/make_strokes.py [Unihan_IRGSources.txt(.bz2) | Unihan.zip]
"""

from __future__ import annotations

import bz2
import io
import sys
import zipfile
from pathlib import Path

DEFAULT = Path("/usr/share/unicode/Unihan_IRGSources.txt.bz2")
TARGET = Path(__file__).resolve().parent.parent / "dangwu_desktop" / "core" / "strokes_data.py"
FIRST, LAST = 0x3400, 0x9FFF  # Extension A, then the URO
ZERO = 0x30  # a count n is the character chr(0x30 + n); "0" where Unihan has none
WIDTH = 88
# The Unicode License's notice, which must go with every copy of data taken from its files.
NOTICE = """\
# Unicode Character Database (Unihan) — COPYRIGHT AND PERMISSION NOTICE
# Copyright © 1991-2022 Unicode, Inc. All rights reserved.
# Distributed under the Terms of Use in https://www.unicode.org/copyright.html.
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of the Unicode
# data files and any associated documentation (the "Data Files") or Unicode software and any
# associated documentation (the "Software") to deal in the Data Files or Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, and/or sell copies of the Data Files or Software, and to permit persons to whom
# the Data Files or Software are furnished to do so, provided that (a) the above copyright
# notice(s) and this permission notice appear with all copies of the Data Files or Software,
# (b) both the above copyright notice(s) and this permission notice appear in associated
# documentation, and (c) there is clear notice in each modified Data File or in the Software as
# well as in the documentation associated with the Data File(s) or Software that the data or
# software has been modified.
#
# THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
# PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT
# HOLDER OR HOLDERS INCLUDED IN THIS NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR
# CONSEQUENTIAL DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS,
# WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN
# CONNECTION WITH THE USE OR PERFORMANCE OF THE DATA FILES OR SOFTWARE.
#
# Except as contained in this notice, the name of a copyright holder shall not be used in
# advertising or otherwise to promote the sale, use or other dealings in these Data Files or
# Software without prior written authorization of the copyright holder.
#
# Modified: only the kTotalStrokes field is kept, re-encoded as one character a code point.
"""


def read_lines(source: Path) -> list[str]:
    if source.suffix == ".zip":
        with zipfile.ZipFile(source) as archive:
            name = next(n for n in archive.namelist() if n.endswith("IRGSources.txt"))
            return io.TextIOWrapper(archive.open(name), encoding="utf-8").read().splitlines()
    if source.suffix == ".bz2":
        return bz2.open(source, "rt", encoding="utf-8").read().splitlines()
    return source.read_text(encoding="utf-8").splitlines()


def counts(lines: list[str]) -> dict[int, int]:
    found = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == "kTotalStrokes":
            found[int(parts[0][2:], 16)] = int(parts[2].split()[0])
    return found


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    found = counts(read_lines(source))
    table = "".join(chr(ZERO + found.get(code, 0)) for code in range(FIRST, LAST + 1))
    assert all(ZERO <= ord(c) < 0x7F for c in table), "a count too large for one character"
    rows = "\n".join(
        '    "' + table[i : i + WIDTH].replace("\\", "\\\\") + '"'  # 44 strokes is a backslash
        for i in range(0, len(table), WIDTH)
    )
    TARGET.write_text(
        '"""Total stroke counts of the CJK Unified Ideographs U+3400–U+9FFF, made by\n'
        "tools/make_strokes.py from the Unicode Character Database's Unihan kTotalStrokes (the\n"
        "first value: the simplified form's). Unicode License: Copyright © 1991-2022 Unicode, Inc.\n"
        'Each character is chr(0x30 + count); "0" where Unihan gives none. Generated: do not edit."""\n'
        "\n"
        f"{NOTICE}\n"
        f"FIRST = 0x{FIRST:04X}\n"
        f"LAST = 0x{LAST:04X}\n"
        f"ZERO = 0x{ZERO:02X}\n"
        f"TABLE = (\n{rows}\n)\n",
        encoding="utf-8",
    )
    print(f"{TARGET}: {len(found)} counts read, {len(table)} characters written")


if __name__ == "__main__":
    main()
