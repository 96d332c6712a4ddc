"""迎检: the year's archive in one go — every ledger's sections in the township's order (each
ledger declares its own, ledgers/base.py BinderSection), each record followed by its files, a
completeness sheet first, written as one PDF (by a renderer the caller hands in: Qt's, which
this layer never imports) and as the ledgers' own Word/Excel files in numbered folders."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.glossary import CHINESE_ORDINALS
from dangwu_desktop.core.services.activities import year_records_kept
from dangwu_desktop.core.services.branch import branch_name, load_branch_info
from dangwu_desktop.db.attachments import attachments_folder
from dangwu_desktop.io.atomic import safe_file_name
from dangwu_desktop.io.binder_xlsx import export_completeness
from dangwu_desktop.ledgers import (
    BinderCheck,
    BinderItem,
    BinderSection,
    ExportScope,
    binder_sections,
    export_named,
    year_scopes,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dangwu_desktop.db.database import Database

Progress = Callable[[int, int], bool]
# Pictures a PDF page can show; any other file is copied beside the PDF and listed.
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"})
COMPLETENESS = "台账完整性核对表"
FILES_FOLDER = "附件（未装入PDF）"


class BinderCancelled(Exception):
    """The user pressed 取消: nothing is left behind."""


@dataclass(frozen=True, slots=True)
class BoundFile:
    """A record's file as the binder binds it: `path` to an image to print as a page, or None
    with `problem` saying why it is not in the PDF."""

    caption: str
    path: Path | None
    problem: str = ""
    source: Path | None = None  # the kept copy, when it exists (copied beside the PDF if not bound)


@dataclass(frozen=True, slots=True)
class BoundItem:
    number: str  # 3-12: section 3, its 12th document
    title: str
    html: str
    landscape: bool
    files: tuple[BoundFile, ...]


@dataclass(frozen=True, slots=True)
class BoundSection:
    number: str  # 三 (the completeness sheet is 一)
    title: str
    folder: str  # 03 三会一课及其他组织生活记录
    items: tuple[BoundItem, ...]
    exports: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Binder:
    branch: str
    parent_org: str
    year: int
    today: date
    sections: tuple[BoundSection, ...]
    checks: tuple[BinderCheck, ...]
    # Gaps found while binding (a file missing or unreadable), after the checks' own.
    found: tuple[tuple[str, str], ...] = ()

    @property
    def scope(self) -> ExportScope:
        return binder_scope(self.year, self.today)

    @property
    def as_of(self) -> date:
        return self.scope.as_of

    @property
    def gaps(self) -> list[tuple[str, str]]:
        return [gap for check in self.checks for gap in check.gaps] + list(self.found)

    @property
    def title(self) -> str:
        return f"{self.branch}{self.year}年度台账档案"

    def with_found(self, found: list[tuple[str, str]]) -> Binder:
        return replace(self, found=self.found + tuple(found))

    def items(self) -> list[BoundItem]:
        return [item for section in self.sections for item in section.items]


def binder_scope(year: int, today: date) -> ExportScope:
    """The year, seen from its last day once it is over (the roster as it stood then)."""
    return ExportScope(min(today, date(year, 12, 31)), year)


def ordinal(n: int) -> str:
    """一 … 十, 十一 … 十九 (sections are few)."""
    if n <= 10:
        return CHINESE_ORDINALS[n - 1]
    return "十" + (CHINESE_ORDINALS[n - 11] if n > 10 else "")


def gather_binder(
    session: Session,
    year: int,
    today: date,
    attachments: Path | None = None,  # the folder the records' files are kept in
    progress: Progress | None = None,
) -> Binder:
    """Every declared section's documents for `year`, numbered, each record's files resolved
    against the attachments folder; and each section's checks for the completeness sheet."""
    scope = binder_scope(year, today)
    declared = binder_sections()
    sections: list[BoundSection] = []
    checks: list[BinderCheck] = []
    found: list[tuple[str, str]] = []
    for index, declaration in enumerate(declared, start=2):  # 一 is the completeness sheet
        if progress is not None and not progress(index - 2, len(declared)):
            raise BinderCancelled
        number = ordinal(index)
        gathered = list(declaration.gather(session, scope)) or [_nothing(declaration, year)]
        items = tuple(
            _bound(f"{index}-{n}", item, attachments, found)
            for n, item in enumerate(gathered, start=1)
        )
        sections.append(
            BoundSection(
                number,
                declaration.title,
                f"{index:02d} {declaration.title}",
                items,
                declaration.exports,
            )
        )
        if declaration.checks is not None:
            checks += declaration.checks(session, scope)
    info = load_branch_info(session)
    return Binder(
        branch_name(session), info.parent_org if info else "", year, today, tuple(sections),
        tuple(checks), tuple(found),
    )  # fmt: skip


def _nothing(declaration: BinderSection, year: int) -> BinderItem:
    """A section with nothing on record still has its page, saying so."""
    from dangwu_desktop.io.record_html import STYLE

    return BinderItem(
        f"{declaration.title}（本年度无记录）",
        f"<html><head><style>{STYLE}</style></head><body>"
        f"<p>{year}年度没有{declaration.title}的记录。</p></body></html>",
    )


def _bound(
    number: str, item: BinderItem, folder: Path | None, found: list[tuple[str, str]]
) -> BoundItem:
    files = []
    for kept in item.files:
        where = f"〔{number}〕{item.title}的{kept.caption}"
        path = folder / kept.stored_name if folder is not None else None
        if path is None or not path.is_file():
            files.append(BoundFile(kept.caption, None, "文件缺失"))
            found.append(("附件缺失", f"{where}：数据文件夹中找不到"))
        elif path.suffix.lower() not in IMAGE_SUFFIXES:
            files.append(BoundFile(kept.caption, None, "不是图片", path))
            found.append(("附件未装入", f"{where}：不是图片，已复制到“{FILES_FOLDER}”文件夹"))
        else:
            files.append(BoundFile(kept.caption, path, "", path))
    return BoundItem(number, item.title, item.html, item.landscape, tuple(files))


@dataclass(frozen=True, slots=True)
class Written:
    folder: Path
    pdf: Path
    pages: int
    documents: int  # Word/Excel files written
    gaps: int
    notes: list[str] = field(default_factory=list)


# (binder, target PDF, progress) -> (pages, gaps the renderer found: images it could not read)
Render = Callable[[Binder, Path, Progress], tuple[int, list[tuple[str, str]]]]


def make_binder(
    database: Database,
    year: int,
    into: Path,
    today: date,
    render: Render,
    progress: Progress | None = None,
) -> Written:
    """The archive in a new folder inside `into`: the PDF and the numbered folders of Word and
    Excel files. It is built in a hidden folder and renamed when complete, so that a cancel
    or a failure leaves nothing half-made."""
    report: Progress = progress or (lambda _d, _t: True)

    def stage(start: int, span: int) -> Progress:
        def step(done: int, total: int) -> bool:
            if not report(start + (span * done // max(total, 1)), 100):
                raise BinderCancelled
            return True

        return step

    folder_attachments = (
        attachments_folder(database.file_path) if database.file_path is not None else None
    )
    into.mkdir(parents=True, exist_ok=True)
    work = into / f".binder-{uuid.uuid4().hex}.partial"
    work.mkdir()
    try:
        with database.read() as session, year_records_kept(session, year):
            binder = gather_binder(session, year, today, folder_attachments, stage(0, 15))
            documents = _write_documents(session, binder, work, stage(15, 25))
        _copy_unbound(binder, work)
        pdf = work / safe_file_name(f"{binder.title}.pdf")
        pages, found = render(binder, pdf, stage(40, 60))
        _write_completeness(binder.with_found(found), work)
        documents += 1
        target = _free_name(into / safe_file_name(binder.title))
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    report(100, 100)
    return Written(target, target / pdf.name, pages, documents, len(binder.gaps) + len(found))


def _free_name(path: Path) -> Path:
    """`path`, or 名称（2）… when an earlier archive is there (it is never overwritten)."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}（{n}）")
        n += 1
    return candidate


def _write_documents(session: Session, binder: Binder, work: Path, progress: Progress) -> int:
    """The completeness sheet, then each section's exports as the window's menus write them,
    into its numbered folder: a month's or a quarter's file once for each of the year's (the
    动态登记月报, the 计划报备表), a report for the year and for each quarter."""
    scope = binder.scope
    jobs = [
        (section, export, each)
        for section in binder.sections
        for export in map(export_named, section.exports)
        for each in year_scopes(export, binder.year, scope.today)
    ]
    for done, (section, export, each) in enumerate(jobs):
        progress(done, len(jobs))
        folder = work / safe_file_name(section.folder)
        folder.mkdir(exist_ok=True)
        gathered = export.gather(session, each)
        export.write(folder / safe_file_name(export.file_name(binder.branch, each)), gathered,
                     binder.branch, each)  # fmt: skip
    progress(len(jobs), len(jobs))
    return len(jobs)


def _write_completeness(binder: Binder, work: Path) -> None:
    """The completeness sheet as a workbook of its own, first of the numbered folders (with
    the files the PDF could not take, which are known once it is drawn)."""
    folder = work / safe_file_name(f"01 {COMPLETENESS}")
    folder.mkdir()
    target = folder / safe_file_name(f"{binder.branch}{binder.year}年度{COMPLETENESS}.xlsx")
    export_completeness(target, binder.branch, binder.year, binder.as_of, binder.checks,
                        binder.gaps)  # fmt: skip


def _copy_unbound(binder: Binder, work: Path) -> None:
    """Files that are not pictures go beside the PDF, in their section's folder."""
    for section in binder.sections:
        for item in section.items:
            for kept in item.files:
                if kept.path is None and kept.source is not None:
                    folder = work / safe_file_name(section.folder) / FILES_FOLDER
                    folder.mkdir(parents=True, exist_ok=True)
                    name = safe_file_name(f"{item.number} {kept.caption.split('：', 1)[-1]}")
                    shutil.copyfile(kept.source, folder / name)


def completeness_date(binder: Binder) -> str:
    return document_date(binder.as_of)
