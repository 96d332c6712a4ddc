"""流动党员's section of the year's archive: those away in the year and the 流入党员."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.io.mobile_xlsx import AWAY_HEADER, INCOMING_HEADER, _away_row, _incoming_rows
from dangwu_desktop.io.record_html import table_html
from dangwu_desktop.ledgers.base import BinderItem, ExportScope
from dangwu_desktop.ledgers.mobile.book import mobile_book


def mobile_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_name(session)
    book = mobile_book(session, scope.today, *scope.bounds, title=f"{scope.year}年")
    away = [_away_row(n, row, book) for n, row in enumerate(book.rows, start=1)] or [
        ("", "本年度无流出党员", *("" for _ in AWAY_HEADER[2:]))
    ]
    incoming = list(_incoming_rows(book.incoming)) or [
        ("", "本年度无流入党员", *("" for _ in INCOMING_HEADER[2:]))
    ]
    return [
        BinderItem(
            f"{scope.year}年流动党员（流出）台账",
            table_html(f"{name}{scope.year}年流动党员（流出）台账", f"填报单位（盖章）：{name}",
                       AWAY_HEADER, away, scope.today, font_pt=7.5),
            landscape=True,
        ),
        BinderItem(
            f"{scope.year}年流入党员台账",
            table_html(f"{name}{scope.year}年流入党员台账", f"填报单位（盖章）：{name}",
                       INCOMING_HEADER, incoming, scope.today, font_pt=7.5),
            landscape=True,
        ),
    ]  # fmt: skip
