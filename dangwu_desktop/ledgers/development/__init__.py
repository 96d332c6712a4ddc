"""发展党员: the people on their way into the party, the 25 steps of the 2014 细则 each dated and
documented, checked against its time rules, and the roster row made at admission (DOMAIN.md §6).

This package holds the core (tables, rules, services, 首页 reminders, the report's section and
the demo), its sidebar page (page.py, Qt, imported when first shown) and its exports: the year's
发展党员工作台账 (also a sheet of the workbook), and a person's 培养考察登记表, 全程纪实表 and 归档清单
(Span.PERSON: the page passes the person in ExportScope.person, the command line `--person
姓名或身份号码`; without one, every file the branch kept in the year, each from a new page)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.ledgers.base import (
    BinderSection,
    Export,
    ExportScope,
    Ledger,
    PersonRef,
    ReportSection,
    Sheet,
    SidebarPage,
    Span,
    lazy,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.core.rulebook import Rule
    from dangwu_desktop.core.services.settings import SettingSpec


def _book(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.development.files import development_book

    return development_book(session, scope)


def _write_ledger(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.development_xlsx import export_ledger

    return export_ledger(target, gathered, branch, scope.today)


def _add_ledger(book: Any, gathered: Any, branch: str, scope: ExportScope, title: str) -> None:
    from dangwu_desktop.io.development_xlsx import add_ledger_sheet

    add_ledger_sheet(book, gathered, branch, scope.today, title)


def _files(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.development.files import person_files

    return person_files(session, scope)


def _activists(session: Session, scope: ExportScope) -> Any:
    """The 培养考察登记表 of a person, or of everyone made an 积极分子 (an applicant has none)."""
    from dangwu_desktop.ledgers.development.files import person_files

    files = person_files(session, scope)
    return files if scope.person is not None else [f for f in files if f.day("activist")]


def _find(session: Session, text: str) -> Sequence[PersonRef]:
    from dangwu_desktop.ledgers.development.files import find_people

    return find_people(session, text)


def _whose(scope: ExportScope) -> str:
    """Whose file a per-person export is: 张三 or, for every file, the year's."""
    return scope.person.name if scope.person is not None else f"{scope.year}年"


def _per_person(
    key: str, title: str, writer: str, gather: Callable[[Session, ExportScope], Any] = _files
) -> Export:
    """A per-person Word form: its file named after the person (or the year, for every file)."""

    def write(target: Path, gathered: Any, branch: str, scope: ExportScope) -> Path:
        from dangwu_desktop.io import development_docx

        function: Callable[..., Path] = getattr(development_docx, writer)
        if writer == "export_checklists":
            return function(target, gathered, branch, scope.today,
                            branch_summary=scope.person is None)  # fmt: skip
        return function(target, gathered, branch, scope.today)

    def done(files: Any, scope: ExportScope) -> str:
        who = scope.person.name if scope.person is not None else f"{len(files)}人"
        return f"已生成{title}（{who}）："

    return Export(
        key=key,
        title=title,
        suffix=".docx",
        span=Span.PERSON,
        file_name=lambda branch, scope: f"{branch}{_whose(scope)}{title}.docx",
        gather=gather,
        write=write,
        done=done,
        find_person=_find,
    )


LEDGER_EXPORT = Export(
    key="development-ledger",
    title="发展党员工作台账",
    suffix=".xlsx",
    span=Span.YEAR,
    file_name=lambda branch, scope: f"{branch}{scope.year}年发展党员工作台账.xlsx",
    gather=_book,
    write=_write_ledger,
    done=lambda book, scope: f"已导出{scope.year}年发展党员工作台账（{len(book.files)}人）：",
)
ASSESSMENT_FORM = _per_person(
    "development-assessment", "入党积极分子培养考察登记表", "export_assessment_forms", _activists
)
FULL_RECORD = _per_person("development-file", "发展党员工作全程纪实表", "export_full_records")
CHECKLIST = _per_person("development-checklist", "发展党员档案材料归档清单", "export_checklists")


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.ledgers.development.service import ACTIVIST_AFTER_MONTHS, PUBLICITY_DAYS

    return (PUBLICITY_DAYS, ACTIVIST_AFTER_MONTHS)


def _rules() -> Sequence[Rule]:
    from dangwu_desktop.ledgers.development import service  # noqa: F401  (registers the settings)
    from dangwu_desktop.ledgers.development.rules import RULES

    return RULES


LEDGER = Ledger(
    "development",
    "发展党员",
    exports=(LEDGER_EXPORT, ASSESSMENT_FORM, FULL_RECORD, CHECKLIST),
    sheets=(Sheet("发展党员台账", 50, _book, _add_ledger),),
    pages=(SidebarPage("development", "发展党员", 37, f"{__name__}.page"),),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    sections=(ReportSection.named("development", "发展党员情况", 42, f"{__name__}.report"),),
    settings=_settings,
    rules=_rules,
    demo=lazy(f"{__name__}.demo:build_demo_development"),
    binder=(
        BinderSection(
            "发展党员", 70, lazy(f"{__name__}.binder:development_items"), ("development-ledger",)
        ),
    ),
)
