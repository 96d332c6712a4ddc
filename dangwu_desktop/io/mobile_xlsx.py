"""流动党员台账 for the township: the members away (a row a 流出, with where, why, the 流入地党组织,
how to reach them, the 活动证, the last contact and what they studied and paid there), the contact
log, and the 流入党员 counted apart from the roster — A4 landscape, the header in view and on
every page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dangwu_desktop.io.xlsx_layout import (
    Book,
    Look,
    Styled,
    append_table,
    ledger_sheet,
    save_book,
    signature_line,
    table_sheet,
    title_rows,
)
from dangwu_desktop.ledgers.mobile.book import AwayRow, IncomingRow, MobileBook
from dangwu_desktop.ledgers.mobile.rules import CardState

AWAY_HEADER = (
    "序号", "姓名", "外出原因", "外出地点", "外出时间", "流入地党组织及联系人", "外出联系方式",
    "活动证编号", "活动证有效期至", "支部联系人", "最近联系", "本期联系次数", "在流入地学时",
    "在流入地交纳党费", "状态",
)  # fmt: skip
AWAY_WIDTHS = (5, 8, 7, 18, 11, 26, 24, 11, 11, 8, 11, 7, 7, 11, 20)
CONTACT_HEADER = ("序号", "姓名", "联系日期", "方式", "联系人", "联系内容", "学习情况", "学时",
                  "在流入地交纳党费", "计划下次联系")  # fmt: skip
CONTACT_WIDTHS = (5, 8, 11, 6, 8, 40, 30, 6, 10, 11)
INCOMING_HEADER = ("序号", "姓名", "组织关系所在党组织", "所在党组织联系人", "活动证编号",
                   "活动证有效期至", "流入时间", "离开时间", "联系电话", "现住址",
                   "本期参加活动（次）", "学时", "备注")  # fmt: skip
INCOMING_WIDTHS = (5, 8, 30, 20, 14, 11, 11, 11, 13, 16, 8, 6, 20)


def status_text(row: AwayRow) -> str:
    """What the 台账's 状态 column says of a member away: back, transferred, 失联, or in touch —
    with what is due (转移组织关系, a card to renew, a contact overdue)."""
    if row.end is not None:
        return f"已{row.end_kind}（{row.end:%Y-%m-%d}）"
    if row.searching and row.lost is not None:
        return f"失联（{row.lost.marked_on:%Y-%m-%d}登记），查找中"
    if row.stint is None:
        return "在外，未填流出登记"
    notes = ["在外"]
    if row.transfer_from is not None:
        notes.append("已满6个月且地点固定，应转组织关系")
    if row.card is CardState.EXPIRED:
        notes.append("活动证已过期")
    if row.contact_gap is not None:
        notes.append(f"{row.contact_gap}个月未联系")
    return "；".join(notes)


def _away_row(number: int, row: AwayRow, book: MobileBook) -> Sequence[object]:
    stint = row.stint
    in_stretch = [c for c in row.contacts if book.first <= c.date <= book.last]
    if stint is None:
        return (number, row.name, "", row.place, row.start, row.org_there, "", "", "", "",
                row.last_contact or "", len(in_stretch), row.study_hours or "",
                row.paid_there or "", status_text(row))  # fmt: skip
    reach = "\n".join(
        part for part in (
            stint.phone_there and f"电话：{stint.phone_there}",
            stint.wechat and f"微信：{stint.wechat}",
            stint.address_there and f"地址：{stint.address_there}",
        ) if part
    )  # fmt: skip
    org = "\n".join(p for p in (row.org_there, stint.org_contact) if p)
    return (
        number, row.name, stint.reason, row.place, row.start, org, reach,
        stint.card_number, stint.card_expires_on or "", stint.keeper, row.last_contact or "",
        len(in_stretch), row.study_hours or "", row.paid_there or "", status_text(row),
    )  # fmt: skip


def add_away_sheet(
    book: Book, gathered: MobileBook, branch_name: str, today: date, sheet_name: str
) -> None:
    """流出党员: a row a 流出 in the stretch, the figures under it, the signature lines."""
    rows = [_away_row(n, r, gathered) for n, r in enumerate(gathered.rows, start=1)]
    sheet = book.sheet(sheet_name)
    table_sheet(sheet, AWAY_WIDTHS, landscape=True)
    title_rows(sheet, f"{branch_name}{gathered.title}流动党员台账", branch_name, today,
               len(AWAY_HEADER))  # fmt: skip
    append_table(sheet, AWAY_HEADER, rows, widths=AWAY_WIDTHS, left_columns={3, 5, 6, 14})
    text = Styled(sheet, Look(size=10.5))
    sheet.append([])
    for line in figure_lines(gathered):
        sheet.append([text(line)])
    signature_line(sheet)


def add_incoming_sheet(
    book: Book, gathered: MobileBook, branch_name: str, today: date, sheet_name: str
) -> None:
    """流入党员: members of other branches living here, counted apart from the roster."""
    ledger_sheet(
        book, sheet_name, f"{branch_name}{gathered.title}流入党员登记表（不计入本支部党员人数）",
        branch_name, today, INCOMING_HEADER, INCOMING_WIDTHS, _incoming_rows(gathered.incoming),
        left_columns={2, 3, 9, 12},
    )  # fmt: skip


def figure_lines(book: MobileBook) -> list[str]:
    lines = [
        f"{book.title}流出党员{len(book.rows)}名，期末仍在外{len(book.away_now)}名，"
        f"期内联系{len(book.contacted)}名，失联{len(book.lost)}名；流入党员{len(book.incoming)}名。",
        f"说明：支部与流动党员至少每{book.contact_months}个月联系一次（间隔在“设置”中填写）；"
        "学时为在流入地参加学习计入的学时；党费为在流入地党组织交纳的党费（取自党费账，金额单位为元）。",
    ]
    return lines


def _incoming_rows(rows: Sequence[IncomingRow]) -> list[Sequence[object]]:
    return [
        (n, r.incoming.name, r.incoming.home_branch, r.incoming.home_contact,
         r.incoming.card_number, r.incoming.card_expires_on or "", r.incoming.since,
         r.incoming.until or "", r.incoming.phone, r.incoming.address, r.meetings,
         r.hours or "", r.incoming.note)
        for n, r in enumerate(rows, start=1)
    ]  # fmt: skip


def export_register(target: Path, gathered: MobileBook, branch_name: str, today: date) -> Path:
    """流动党员台账.xlsx: 流出党员, their 联系记录, and the 流入党员, a sheet each."""

    def fill(book: Book) -> None:
        add_away_sheet(book, gathered, branch_name, today, "流出党员")
        contacts = [
            (row.name, c) for row in gathered.rows for c in row.contacts
            if gathered.first <= c.date <= gathered.last
        ]  # fmt: skip
        ledger_sheet(
            book, "联系记录", f"{branch_name}{gathered.title}流动党员联系记录", branch_name,
            today, CONTACT_HEADER, CONTACT_WIDTHS,
            [(n, name, c.date, c.way, c.by, c.said, c.study, c.hours or "",
              c.paid if c.paid is not None else "", c.next_planned or "")
             for n, (name, c) in enumerate(sorted(contacts, key=lambda nc: nc[1].date), start=1)],
            left_columns={5, 6},
        )  # fmt: skip
        add_incoming_sheet(book, gathered, branch_name, today, "流入党员")

    return save_book(target, fill)
