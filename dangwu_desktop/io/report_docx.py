"""The 季度/年度工作报告 in Word, rendered from a template with docxtpl.

The default template lives in resources/templates; a township can hand the program its own
.docx using the same placeholders (listed in the README), and get its own layout, no code change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate

from dangwu_desktop.core.glossary import CHINESE_ORDINALS, Grade
from dangwu_desktop.core.services.reports import ReportData
from dangwu_desktop.io.atomic import ExportError, atomic_save
from dangwu_desktop.io.gbt9704 import finish_docx
from dangwu_desktop.resources import REPORT_TEMPLATE

DEFAULT_TEMPLATE = REPORT_TEMPLATE
MOST_DATES = 4


def _day(value: object) -> str:
    return f"{value:%Y年%m月%d日}" if value else ""


def _dates(dates: str, records: int) -> str:
    """A few dates are listed; a month-by-month series is counted (the ledger lists them)."""
    if not records:
        return "—"
    return dates if records <= MOST_DATES else f"共{records}次，详见台账"


def _paragraphs(text: str, empty: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines or [empty]


def report_context(data: ReportData) -> dict[str, Any]:
    """Everything a template may use; the README documents each name."""
    annual = data.period.quarter is None
    next_number = 6 if annual else 5
    numbers = {
        key: CHINESE_ORDINALS[next_number - 1 + i]
        for i, key in enumerate(("achievements", "problems", "plans"))
    }
    counts = data.appraisal
    appraisal_text = ""
    if annual and sum(counts.values()) > 0:
        graded = "、".join(f"{grade.value}{counts.get(grade.value, 0)}名" for grade in Grade)
        appraisal_text = (
            f"{data.period.year}年度民主评议党员共评议{sum(counts.values())}名：{graded}。"
        )
        if data.follow_up:
            appraisal_text += f"对{'、'.join(data.follow_up)}，支部已安排专人谈心帮助、跟踪整改。"
    elif annual:
        appraisal_text = "本年度民主评议党员尚未登记结果。"
    return {
        "branch_name": data.branch_name,
        "parent_org": data.parent_org or "上级党委",
        "secretary": data.secretary,
        "period_title": data.period.title,
        "year": data.period.year,
        "quarter": data.period.quarter or "",
        "annual": annual,
        "generated": _day(data.generated),
        "counts": {
            "total": data.counts.total,
            "full": data.counts.full,
            "probationary": data.counts.probationary,
            "mobile": data.counts.mobile,
            "due_for_confirmation": data.counts.due_for_confirmation,
        },
        "meetings": [
            {
                "kind": m.kind,
                "required": m.required,
                "held": m.held,
                "records": m.records,
                "dates": _dates(m.dates, m.records),
                "status": m.status,
            }
            for m in data.meetings
        ],
        "theme_days": [{"date": f"{d:%m月%d日}", "topic": topic} for d, topic in data.theme_days],
        "training": {
            "sessions": data.training_sessions,
            "hours": f"{data.training_hours:g}",
            "average": f"{data.average_hours:g}",
            "short_count": len(data.members_short),
            "short_names": "、".join(data.members_short),
        },
        "changes": [
            {"date": f"{c.date:%m月%d日}", "kind": c.kind, "name": c.name, "detail": c.detail}
            for c in data.changes
        ],
        "appraisal": counts,
        "appraisal_text": appraisal_text,
        "follow_up": "、".join(data.follow_up),
        "numbers": numbers,
        "achievements": _paragraphs(data.notes.achievements, "（请在“报表”中填写本期工作成效）"),
        "problems": _paragraphs(data.notes.problems, "（请在“报表”中填写存在问题）"),
        "plans": _paragraphs(data.notes.plans, "（请在“报表”中填写下步打算）"),
    }


def export_report(target: Path, data: ReportData, template: Path | None = None) -> Path:
    source = template or DEFAULT_TEMPLATE
    if not source.is_file():
        raise ExportError(f"找不到报告模板“{source}”，请在“报表”中重新选择模板或恢复默认模板")

    def write(path: Path) -> None:
        try:
            document = DocxTemplate(str(source))
            document.render(report_context(data), autoescape=True)
        except jinja2.TemplateError as exc:
            raise ExportError(
                f"模板“{source.name}”中的占位符有误：{exc}（占位符的写法见使用说明）"
            ) from exc
        except Exception as exc:  # a file that is not a .docx at all
            raise ExportError(f"“{source.name}”不是可用的Word模板（.docx）：{exc}") from exc
        document.save(str(path))
        finish_docx(path)

    return atomic_save(target, write)
