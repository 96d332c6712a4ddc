"""花名册's sections of the year's archive: the branch and its committee, the roster and who
came and went in the year."""

from __future__ import annotations

from collections import Counter
from datetime import date
from html import escape

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date, format_date
from dangwu_desktop.core.glossary import MemberCategory
from dangwu_desktop.core.roster import RosterRow
from dangwu_desktop.core.rulebook import probationary_on
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.reports import roster_changes
from dangwu_desktop.core.services.roll import mobile_on, roster_on
from dangwu_desktop.io.record_html import STYLE, table_html
from dangwu_desktop.ledgers.base import BinderItem, ExportScope


def branch_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    """支部基本情况 and its 委员会, as on the archive's day (the year's end once it is over)."""
    day = scope.as_of
    info = branch_service.load_branch_info(session)
    name = branch_service.branch_name(session)
    rows = roster_on(session, day, scope.today)
    probationary = sum(probationary_on(r.category, r.full_member_date, day) for r in rows)
    mobile = mobile_on(session, [r.member_id for r in rows], day)
    facts: list[tuple[str, str]] = [
        ("支部名称", name),
        ("上级党组织", info.parent_org if info else ""),
        ("本届任期", _term(info.term_start, info.term_end) if info else ""),
        (
            "党员人数",
            f"{len(rows)}名（正式党员{len(rows) - probationary}名、预备党员{probationary}名；"
            f"流动党员{len(mobile)}名），截至{document_date(day)}",
        ),
    ]
    head = "".join(
        f"<tr><td class='label' width='22%'>{escape(k)}</td><td>{escape(v)}</td></tr>"
        for k, v in facts
    )
    seats = []
    if info is not None:
        if info.secretary:
            seats.append(("书记", info.secretary))
        seats += [(seat.post.value, seat.name) for seat in info.committee]
    committee = (
        "".join(
            f"<tr><td align='center'>{n}</td><td>{escape(post)}</td><td>{escape(who)}</td></tr>"
            for n, (post, who) in enumerate(seats, start=1)
        )
        or "<tr><td colspan='3'>（未登记支部委员会）</td></tr>"
    )
    leaders = branch_service.group_leaders(session)
    sizes = Counter(r.group_name for r in rows)
    groups = (
        "".join(
            f"<tr><td align='center'>{n}</td><td>{escape(g.name)}</td>"
            f"<td>{escape(leaders.get(g.id, ''))}</td><td align='center'>{sizes[g.name]}</td></tr>"
            for n, g in enumerate(branch_service.list_groups(session), start=1)
        )
        or "<tr><td colspan='4'>（未设党小组）</td></tr>"
    )
    html = (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"<p class='title'>{escape(name)}<br>基本情况</p>"
        f"<table class='head' width='100%' border='1' cellspacing='0' cellpadding='4'>{head}</table>"
        "<p class='section'>支部委员会</p>"
        "<table class='head' width='100%' border='1' cellspacing='0' cellpadding='4'>"
        "<tr><td class='label' width='12%'>序号</td><td class='label'>职务</td>"
        f"<td class='label'>姓名</td></tr>{committee}</table>"
        "<p class='section'>党小组</p>"
        "<table class='head' width='100%' border='1' cellspacing='0' cellpadding='4'>"
        "<tr><td class='label' width='12%'>序号</td><td class='label'>党小组</td>"
        f"<td class='label'>组长</td><td class='label'>党员人数</td></tr>{groups}</table>"
        "</body></html>"
    )
    return [BinderItem("支部基本情况和支部委员会", html)]


def _full_by(row: RosterRow, day: date) -> bool:
    """A 正式党员 on `day`: one confirmed since was a 预备党员 then."""
    return not probationary_on(row.category, row.full_member_date, day)


def _term(start: date | None, end: date | None) -> str:
    if start is None:
        return ""
    return f"{document_date(start)}至{document_date(end)}" if end else document_date(start)


ROSTER_HEADER = ("序号", "姓名", "性别", "民族", "出生日期", "学历", "入党时间", "转正时间",
                 "类别", "党小组", "党内职务", "工作岗位", "备注")  # fmt: skip
ROSTER_WIDTHS = (4, 7, 4, 5, 9, 7, 9, 9, 7, 9, 9, 11, 10)


def roster_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    """The members 在册 on the archive's day as their movements tell (no ID numbers or phones:
    the binder is shown to visitors), and every 入党, 转正 and movement of the year."""
    day = scope.as_of
    name = branch_service.branch_name(session)
    on_roll = roster_on(session, day, scope.today)
    mobile = mobile_on(session, [r.member_id for r in on_roll], day)
    rows = [
        (
            n,
            r.name,
            r.sex.value,
            r.ethnicity,
            format_date(r.birth_date),
            r.education,
            format_date(r.join_date),
            format_date(r.full_member_date if _full_by(r, day) else None),
            (MemberCategory.PROBATIONARY if not _full_by(r, day) else r.category).value,
            r.group_name,
            r.party_post,
            r.occupation,
            "流动党员" if r.member_id in mobile else "",
        )
        for n, r in enumerate(on_roll, start=1)
    ]
    roster = table_html(
        f"{name}党员花名册", f"截至{document_date(day)}　共{len(rows)}名", ROSTER_HEADER, rows,
        widths=ROSTER_WIDTHS, font_pt=9,
    )  # fmt: skip
    first, last = scope.bounds
    changes: list[tuple[object, ...]] = [
        (n, format_date(c.date), c.kind, c.name, c.detail, c.meeting, c.vote or c.problem)
        for n, c in enumerate(roster_changes(session, first, last), start=1)
    ] or [("", "", "本年度无变动", "", "", "", "")]
    moved = table_html(
        f"{name}{scope.year}年党员队伍变动情况", f"填报单位（盖章）：{name}",
        ("序号", "日期", "变动", "姓名", "情况", "支部党员大会", "表决结果"), changes,
        widths=(5, 11, 10, 8, 30, 18, 18), font_pt=10,
    )  # fmt: skip
    return [
        BinderItem("党员花名册", roster, landscape=True),
        BinderItem(f"{scope.year}年党员队伍变动情况", moved, landscape=True),
    ]
