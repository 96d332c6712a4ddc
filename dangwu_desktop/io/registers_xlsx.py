"""The year's registers in Excel (新发展党员, 预备党员转正, 转入 and 转出党员登记表): a landscape
table under the title rows, its note, and the signature line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dangwu_desktop.io.xlsx_layout import (
    Book,
    Look,
    Styled,
    append_table,
    save_book,
    signature_line,
    table_sheet,
    title_rows,
)
from dangwu_desktop.ledgers.registers.tables import Register


def add_register_sheet(book: Book, register: Register, branch_name: str, today: date) -> None:
    sheet = book.sheet(register.title[:31])
    table_sheet(sheet, register.widths, landscape=True)
    title_rows(sheet, f"{branch_name}{register.title}", branch_name, today, len(register.header))
    rows = register.rows or [("", register.empty, *("" for _ in register.header[2:]))]
    left = {i for i, h in enumerate(register.header) if h in WIDE_COLUMNS}
    append_table(sheet, register.header, rows, widths=register.widths, left_columns=left)
    sheet.append([])
    sheet.append([Styled(sheet, Look(size=10.5))(register.note)])
    signature_line(sheet)


# Columns of free text, set flush left.
WIDE_COLUMNS = frozenset({"原所在党组织", "转往党组织", "备注", "转出原因", "入党介绍人"})


def export_register(target: Path, register: Register, branch_name: str, today: date) -> Path:
    return save_book(target, lambda book: add_register_sheet(book, register, branch_name, today))
