"""学习培训's section of the year's archive: the 教育培训台账, each member's hours, then the
records of the study sessions that are not meetings (集中学习, 专题培训 …; a 党课 is bound with
the meetings), each followed by its files; and who is short of the year's hours."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date, format_date
from dangwu_desktop.core.glossary import ORGANISATIONAL_LIFE, TRAINING_FORMS
from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.core.services.roll import roll_during, roll_on
from dangwu_desktop.core.services.settings import get_int
from dangwu_desktop.core.services.training import (
    CADRE_HOURS,
    MEMBER_HOURS,
    member_hours,
    training_sessions,
)
from dangwu_desktop.io.record_html import table_html
from dangwu_desktop.ledgers.base import BinderCheck, BinderItem, ExportScope
from dangwu_desktop.ledgers.meetings.binder import record_items_of

STUDY_KINDS = tuple(k for k in TRAINING_FORMS if k not in ORGANISATIONAL_LIFE)


def ledger_html(session: Session, year: int, today: date) -> str:
    """The year's 党员教育培训台账: its study sessions with their hours and a total (printed from
    the 学习培训 page and bound in the archive)."""
    name = branch_name(session)
    sessions = training_sessions(session, year)
    rows: list[tuple[object, ...]] = [
        (
            n,
            format_date(s.date),
            s.kind.value,
            s.subject,
            s.teacher,
            f"{s.study_hours or 0:g}",
            s.expected,
            len(s.present),
        )
        for n, s in enumerate(sessions, start=1)
    ]
    total = sum(s.study_hours or 0 for s in sessions)
    rows.append(("合计", "", f"{len(sessions)}次", "", "", f"{total:g}", "", ""))
    return table_html(
        f"{name}{year}年党员教育培训台账", f"填报单位（盖章）：{name}",
        ("序号", "日期", "形式", "学习内容", "主讲人 / 组织者", "学时", "应参加", "实参加"),
        rows, today,
    )  # fmt: skip


def training_items(session: Session, scope: ExportScope) -> list[BinderItem]:
    name = branch_name(session)
    ledger = ledger_html(session, scope.year, scope.today)
    first, _last = scope.bounds
    staying = set(roll_on(session, scope.as_of))
    year_roll = roll_during(session, first, scope.as_of)
    hours = [
        (n, h.name, h.group_name, h.role, h.required, f"{h.attended:g}", f"{h.credited:g}",
         f"{h.attended + h.credited:g}",
         ("已达标" if h.attended + h.credited >= h.required else "未达标")
         if h.member_id in staying else LEFT_IN_YEAR)
        for n, h in enumerate(member_hours(session, scope.year, scope.as_of, year_roll), start=1)
    ]  # fmt: skip
    hours_html = table_html(
        f"{name}{scope.year}年党员学习培训学时统计", f"统计至{format_date(scope.as_of)}",
        ("序号", "姓名", "党小组", "身份", "应完成学时", "集中学习", "外出学习", "合计", "情况"),
        hours, widths=(6, 10, 14, 12, 11, 11, 11, 10, 15), font_pt=10,
    )  # fmt: skip
    return [
        BinderItem(f"{scope.year}年党员教育培训台账", ledger, landscape=True),
        BinderItem(f"{scope.year}年党员学习培训学时统计", hours_html),
        *record_items_of(session, scope, STUDY_KINDS),
    ]


# A member who left within the year (转出, 停止党籍 …): listed with their hours until then,
# and not judged against the year's requirement.
LEFT_IN_YEAR = "年内离册，不考核"


def training_checks(session: Session, scope: ExportScope) -> list[BinderCheck]:
    """Each member behind on the year's hours: short of the year's requirement once it is
    over, short of the share due by the archive's day while it runs (as the 学习培训 page)."""
    rows = member_hours(session, scope.year, scope.as_of, roll_on(session, scope.as_of))
    behind = tuple(
        ("学时不足",
         f"{h.name}（{h.group_name or '未分组'}）已完成{h.total:g}学时，"
         f"至{document_date(scope.as_of)}应完成{h.expected_by_now:g}学时（全年{h.required}学时）")
        for h in rows
        if h.behind
    )  # fmt: skip
    return [
        BinderCheck(
            "党员学习培训学时",
            f"党员每年{get_int(session, MEMBER_HOURS)}学时，书记、委员"
            f"{get_int(session, CADRE_HOURS)}学时",
            f"{len(rows) - len(behind)}名达到进度",
            behind,
        )
    ]
