"""The 季度/年度工作报告: every ledger's sections for the period, numbered in the report's
order, then the secretary's own 工作成效、存在问题、下步打算."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.glossary import chinese_number
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services.branch import UNNAMED, load_branch_info
from dangwu_desktop.core.services.reports import Notes, load_notes
from dangwu_desktop.ledgers import ReportSection, report_sections

NOTES = (
    ("achievements", "工作成效", "（请在“报表”中填写本期工作成效）"),
    ("problems", "存在问题", "（请在“报表”中填写存在问题）"),
    ("plans", "下步打算", "（请在“报表”中填写下步打算）"),
)


@dataclass(frozen=True, slots=True)
class WorkReport:
    period: YearPeriod
    generated: date
    branch_name: str
    parent_org: str
    secretary: str
    parts: tuple[tuple[ReportSection, Any], ...]  # each section with what it gathered
    notes: Notes

    def part(self, key: str) -> Any:
        """What the section `key` gathered."""
        return next(data for section, data in self.parts if section.key == key)

    @property
    def summary(self) -> str:
        """The figures in one line, as the 报表 page shows them before the report is made."""
        return "；".join(
            section.summary(data) for section, data in self.parts if section.summary is not None
        )


def work_report(session: Session, period: YearPeriod, today: date) -> WorkReport:
    info = load_branch_info(session)
    sections = report_sections(annual=period.quarter is None)
    return WorkReport(
        period=period,
        generated=today,
        branch_name=info.name if info else UNNAMED,
        parent_org=info.parent_org if info else "",
        secretary=info.secretary if info else "",
        parts=tuple((section, section.gather(session, period, today)) for section in sections),
        notes=load_notes(session, period),
    )


def _paragraphs(text: str, empty: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines or [empty]


def report_context(report: WorkReport) -> dict[str, Any]:
    """Everything a template may use; the README documents each name. Each section adds its own
    placeholders, and appears in `sections` (numbered) for the default template's loop."""
    context: dict[str, Any] = {
        "branch_name": report.branch_name,
        "parent_org": report.parent_org or "上级党委",
        "secretary": report.secretary,
        "period_title": report.period.title,
        "year": report.period.year,
        "quarter": report.period.quarter or "",
        "annual": report.period.quarter is None,
        "generated": document_date(report.generated),
    }
    numbers: dict[str, str] = {}
    sections = []
    for index, (section, data) in enumerate(report.parts):
        text, number = section.text(data), chinese_number(index + 1)
        context.update(text.placeholders)
        numbers[section.key] = number
        sections.append(
            {"key": section.key, "number": number, "heading": section.heading, "lines": text.lines}
        )
    for offset, (key, _heading, empty) in enumerate(NOTES):
        numbers[key] = chinese_number(len(sections) + offset + 1)
        context[key] = _paragraphs(getattr(report.notes, key), empty)
    context["sections"] = sections
    context["numbers"] = numbers
    return context
