"""The registers' sections of the year's archive: the 新发展党员, 转正, 转入 and 转出 registers
beside the roster, and a 党员日常管理记实表 per member after the ledgers; what the transfers
lack for the completeness sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date, format_date
from dangwu_desktop.core.glossary import MovementKind
from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.io.record_html import STYLE, signature_html, table_html
from dangwu_desktop.ledgers.base import BinderCheck, BinderItem, ExportScope
from dangwu_desktop.ledgers.registers.book import (
    NOT_KEPT,
    MemberYear,
    confirmations,
    member_years,
    new_members,
    transfers,
)
from dangwu_desktop.ledgers.registers.tables import (
    Register,
    confirmation_register,
    new_members_register,
    particulars,
    record_blocks,
    record_title,
    transfer_register,
)

REGISTERS: dict[str, Callable[[Session, ExportScope], Register]] = {
    "new-members-register": lambda s, scope: new_members_register(
        scope.year, new_members(s, scope)
    ),
    "confirmation-register": lambda s, scope: confirmation_register(
        scope.year, confirmations(s, scope)
    ),
    "transfer-in-register": lambda s, scope: transfer_register(
        scope.year, transfers(s, scope, MovementKind.TRANSFER_IN), incoming=True
    ),
    "transfer-out-register": lambda s, scope: transfer_register(
        scope.year, transfers(s, scope, MovementKind.TRANSFER_OUT), incoming=False
    ),
}


def register_named(session: Session, scope: ExportScope, key: str) -> Register:
    return REGISTERS[key](session, scope)


def year_registers(session: Session, scope: ExportScope) -> list[Register]:
    return [read(session, scope) for read in REGISTERS.values()]


def register_html(register: Register, name: str, today: date) -> str:
    rows = [tuple(_cell(v) for v in row) for row in register.rows] or [
        ("", register.empty, *("" for _ in register.header[2:]))
    ]
    total = sum(register.widths)
    html = table_html(
        f"{name}{register.title}", f"填报单位（盖章）：{name}", register.header, rows, today,
        widths=[round(w * 100 / total) for w in register.widths], font_pt=7.5,
    )  # fmt: skip
    note = f"<p class='note' style='text-indent: 0'>{escape(register.note)}</p>"
    at = html.find("<p class='sign'>")
    return html[:at] + note + html[at:]


def _cell(value: object) -> str:
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


def register_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_name(session)
    return [
        BinderItem(r.title, register_html(r, name, scope.today), landscape=True)
        for r in year_registers(session, scope)
    ]


def member_record_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_name(session)
    return [
        BinderItem(
            f"{r.member.name}（{r.member.group_name or '未分组'}）",
            record_html(r, name, scope.today),
        )
        for r in member_years(session, scope)
    ]


SMALL = "font-size: 10.5pt"  # the particulars, so that a member's year fits on a page


def record_html(record: MemberYear, name: str, today: date) -> str:
    """A member's 记实表 as the Word file has it."""
    pairs = particulars(record)
    cells = ""
    for index in range(0, len(pairs), 3):
        cells += "<tr>" + "".join(
            f"<td class='label' width='12%' style='{SMALL}'>{escape(k)}</td>"
            f"<td width='21%' style='{SMALL}'>{escape(v)}</td>"
            for k, v in pairs[index : index + 3]
        ) + "</tr>"  # fmt: skip
    parts = [
        f"<p class='title'>{escape(record_title(record.year))}</p>",
        f"<p style='text-indent: 0; font-size: 11pt'>所在党支部：{escape(name)}　　　　"
        f"填表日期：{document_date(today)}</p>",
        f"<table class='head' width='100%' border='1' cellspacing='0' cellpadding='3'>{cells}</table>",
    ]
    for block in record_blocks(record):
        head = "".join(
            f"<th width='{w}%'>{escape(h)}</th>" for h, w in zip(block.header, block.widths,
                                                              strict=True)
        )  # fmt: skip
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in block.rows
        )
        parts.append(
            f"<p class='section' style='font-size: 12pt'>{escape(block.heading)}</p>"
            "<table width='100%' border='1' cellspacing='0' cellpadding='2' style='font-size: 10pt'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )
    parts.append(signature_html(("党员本人（签字）：", "支部书记（签字）：")))
    return (
        f"<html><head><style>{STYLE} th {{ background-color: #e7e6e6; font-size: 10pt; }}"
        f" td {{ font-size: 10pt; }}</style></head><body>{''.join(parts)}</body></html>"
    )


def transfer_checks(session: Session, scope: ExportScope) -> list[BinderCheck]:
    """Each transfer of the year without its letter's number, and each 转出 whose 回执 has not
    come back (the 回执 of a 转入, sent by the branch, is not kept: the check says so)."""
    gaps = []
    counts = []
    away = back = 0
    for kind in (MovementKind.TRANSFER_IN, MovementKind.TRANSFER_OUT):
        lines = transfers(session, scope, kind)
        counts.append(f"{kind.value}{len(lines)}名")
        gaps += [
            (
                "介绍信编号未登记",
                f"{line.name}于{document_date(line.day)}{kind.value}（{line.other_org or NOT_KEPT}）",
            )
            for line in lines
            if not line.letter_number
        ]
        if kind is MovementKind.TRANSFER_OUT:
            back = sum(line.receipt_date is not None for line in lines)
            away = len(lines) - back
            gaps += [
                ("回执未收回", f"{line.name}于{document_date(line.day)}转往{line.other_org}")
                for line in lines
                if line.receipt_date is None
            ]
    return [
        BinderCheck(
            "组织关系转接",
            "转入、转出凭组织关系介绍信办理，回执寄回或收回",
            f"{'，'.join(counts)}；转出回执已收回{back}份、未收回{away}份；转入回执{NOT_KEPT}",
            tuple(gaps),
        )
    ]
