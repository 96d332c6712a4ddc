"""流动党员's section of the work report: 流动党员情况 for the period — those away (by reason and
destination), how many the branch heard from, 失联, and 流入党员 counted apart from the roster."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dangwu_desktop.core.money import ZERO, yuan
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.ledgers.base import SectionText
from dangwu_desktop.ledgers.mobile.book import MobileBook, mobile_book


def mobile(session: Session, period: YearPeriod, today: date) -> MobileBook:
    first, last = period.bounds
    return mobile_book(session, min(today, last), first, min(today, last), title=period.title)


def _counted(counts: dict[str, int]) -> str:
    return "、".join(f"{key}{n}名" for key, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def mobile_text(book: MobileBook) -> SectionText:
    rows = book.rows
    paid = sum((r.paid_there for r in rows), ZERO)
    hours = sum(r.study_hours for r in rows)
    if not rows and not book.incoming:
        lines = ["本期没有流动党员。"]
    else:
        lines = []
        if rows:
            line = (
                f"本期有流出党员{len(rows)}名（期末仍在外{len(book.away_now)}名），"
                f"按外出原因：{_counted(book.by_reason)}；按去向：{_counted(book.by_place)}。"
                f"支部本期与其中{len(book.contacted)}名取得联系"
            )
            line += f"，失联{len(book.lost)}名，正在查找。" if book.lost else "，没有失联党员。"
            lines.append(line)
            extra = []
            if hours:
                extra.append(f"在流入地参加学习计{hours:g}学时")
            if paid:
                extra.append(f"在流入地交纳党费{yuan(paid)}元")
            if extra:
                lines.append("流动党员" + "，".join(extra) + "。")
        if book.incoming:
            lines.append(
                f"流入本村的外地党员{len(book.incoming)}名（不计入本支部党员人数），"
                f"本期参加本支部组织生活和学习{sum(r.meetings for r in book.incoming)}人次。"
            )
    placeholders = {
        "mobile": {
            "away": len(rows),
            "away_now": len(book.away_now),
            "by_reason": _counted(book.by_reason),
            "by_place": _counted(book.by_place),
            "contacted": len(book.contacted),
            "lost": len(book.lost),
            "incoming": len(book.incoming),
            "paid_there": yuan(paid),
            "hours": hours,
        }
    }
    return SectionText(placeholders, lines)


def mobile_summary(book: MobileBook) -> str:
    return f"流出{len(book.rows)}人、失联{len(book.lost)}人、流入{len(book.incoming)}人"
