"""发展党员's section of the year's archive: the year's 发展党员工作台账."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.io.development_xlsx import HEADER, _row
from dangwu_desktop.io.record_html import table_html
from dangwu_desktop.ledgers.base import BinderItem, ExportScope
from dangwu_desktop.ledgers.development.files import development_book


def development_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_name(session)
    book = development_book(session, scope)
    rows = [_row(n, f) for n, f in enumerate(book.files, start=1)] or [
        ("", "本年度无发展对象", *("" for _ in HEADER[2:]))
    ]
    html = table_html(
        f"{name}{scope.year}年发展党员工作台账", f"填报单位（盖章）：{name}", HEADER, rows,
        scope.today, font_pt=7.5,
    )  # fmt: skip
    return [BinderItem(f"{scope.year}年发展党员工作台账", html, landscape=True)]
