"""The 季度/年度工作报告 in Word, rendered from a template with docxtpl.

The default template lives in resources/templates; a township can hand the program its own
.docx using the same placeholders (listed in the README), and get its own layout, no code change.
What the placeholders hold is the reports ledger's business (ledgers/reports/work_report.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate

from dangwu_desktop.io.atomic import ExportError, atomic_save
from dangwu_desktop.io.gbt9704 import finish_docx
from dangwu_desktop.resources import REPORT_TEMPLATE

DEFAULT_TEMPLATE = REPORT_TEMPLATE


def export_report(target: Path, context: dict[str, Any], template: Path | None = None) -> Path:
    source = template or DEFAULT_TEMPLATE
    if not source.is_file():
        raise ExportError(f"找不到报告模板“{source}”，请在“报表”中重新选择模板或恢复默认模板")

    def write(path: Path) -> None:
        try:
            document = DocxTemplate(str(source))
            document.render(context, autoescape=True)
        except jinja2.TemplateError as exc:
            raise ExportError(
                f"模板“{source.name}”中的占位符有误：{exc}（占位符的写法见使用说明）"
            ) from exc
        except Exception as exc:  # a file that is not a .docx at all
            raise ExportError(f"“{source.name}”不是可用的Word模板（.docx）：{exc}") from exc
        document.save(str(path))
        finish_docx(path)

    return atomic_save(target, write)
