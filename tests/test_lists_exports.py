"""The demo village's year of 三张清单, and what goes to the township read back: the 整改台账 workbook
(a row a problem with its figures under it, the 任务清单, the 责任清单, the progress notes) and the
销号清单 (Word), their figures agreeing with the records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from dangwu_desktop.core.demo import BRANCH_NAME, build_demo_village
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers import ExportScope, export_named
from dangwu_desktop.ledgers.lists.book import ItemRow, item_rows
from dangwu_desktop.ledgers.lists.reminders import reminders
from dangwu_desktop.ledgers.lists.rules import ItemStatus, ListKind

TODAY = date(2026, 6, 30)
HEADER_ROW = 3  # under the title, and the unit and date on a line


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from dangwu_desktop.db.startup import open_database

    database = open_database(tmp_path_factory.mktemp("lists") / "demo.sqlite3")
    with database.transaction() as session:
        build_demo_village(session, TODAY)
    return database


@pytest.fixture(scope="module")
def rows(demo: Database) -> list[ItemRow]:
    with demo.read() as session:
        return item_rows(session, TODAY)


def test_the_demo_village_keeps_a_year_of_lists(demo: Database, rows: list[ItemRow]) -> None:
    """Items from the township's 督查, a 巡察, a 明察暗访, the villagers and the 组织生活会; some 销号,
    some done and waiting, exactly one past its 时限, one due within days; the three lists."""
    with demo.read() as session:
        texts = [r.text for r in reminders(session, TODAY)]
    sources = {r.source for r in rows if r.kind is ListKind.PROBLEM}
    assert {"上级督查", "巡察", "明察暗访", "群众反映", "组织生活会查摆"} <= sources
    assert {r.kind for r in rows} == set(ListKind)
    assert [r.description[:6] for r in rows if r.overdue] == ["3组至石塘的"]
    assert sum(r.status is ItemStatus.CLOSED for r in rows) >= 4
    assert any(r.status is ItemStatus.DONE for r in rows)
    assert all(r.raised_on >= date(2025, 6, 30) for r in rows)  # a year of it
    life = [r for r in rows if r.source == "组织生活会查摆"]
    assert len(life) == 4 and all(r.meeting.endswith("组织生活会") for r in life)
    assert any("将于5天后" in t for t in texts) and not any("组织生活会（" in t for t in texts)


def written(demo: Database, key: str, scope: ExportScope, folder: Path) -> Path:
    export = export_named(key)
    with demo.read() as session:
        gathered = export.gather(session, scope)
    return export.write(folder / export.file_name(BRANCH_NAME, scope), gathered, BRANCH_NAME, scope)


def table(sheet: object, width: int) -> list[list[object]]:
    """The rows under the header, up to the first empty row."""
    found = []
    for values in sheet.iter_rows(min_row=HEADER_ROW + 1, max_col=width, values_only=True):  # type: ignore[attr-defined]
        if values[0] is None:
            break
        found.append(list(values))
    return found


def test_the_rectification_workbook_lists_every_problem_with_figures_that_agree(
    demo: Database, rows: list[ItemRow], tmp_path: Path
) -> None:
    path = written(demo, "lists-ledger", ExportScope(TODAY, 2026), tmp_path)
    assert path.name == f"{BRANCH_NAME}2026年三张清单及整改台账.xlsx"
    book = load_workbook(path)
    assert book.sheetnames == ["整改台账", "任务清单", "责任清单", "进展记录"]
    sheet = book["整改台账"]
    assert sheet.print_title_rows == "$1:$3" and sheet.freeze_panes == "A4"
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header[:8] == ["序号", "类型", "问题来源", "问题描述", "整改措施", "责任人", "提出日期",
                          "整改时限"]  # fmt: skip
    # the year's: raised in it, or carried into it not yet 销号
    year = [r for r in rows if r.closed_on is None or r.closed_on.year == 2026]
    problems = [r for r in year if r.kind is ListKind.PROBLEM]
    listed = table(sheet, len(header))
    assert [line[3] for line in listed] == [r.description for r in problems]
    column = {name: index for index, name in enumerate(header)}
    lamps = next(line for line in listed if str(line[3]).startswith("3组至石塘"))
    assert lamps[column["状态"]] == "推进中（逾期45天）"
    assert lamps[column["整改时限"]].date() == date(2026, 5, 16)  # a date the sheet can sort
    assert "2026-04-08 已查清损坏路灯6盏" in lamps[column["整改进展"]]
    closed = [line for line in listed if line[column["状态"]] == "已销号"]
    assert len(closed) == sum(r.status is ItemStatus.CLOSED for r in problems)
    assert all(line[column["销号日期"]] and line[column["验收情况"]] for line in closed)
    figures = [c.value for c in sheet["A"][HEADER_ROW + len(listed) :] if isinstance(c.value, str)]
    count = {s: sum(r.status is s for r in problems) for s in ItemStatus}
    assert figures[0] == (
        f"2026年问题清单共{len(problems)}个问题：已销号{count[ItemStatus.CLOSED]}个，"
        f"已完成待销号{count[ItemStatus.DONE]}个，推进中{count[ItemStatus.UNDER_WAY]}个，"
        f"未开始{count[ItemStatus.NOT_STARTED]}个；其中逾期未完成1个。"
    )
    tasks = table(book["任务清单"], 12)
    assert [line[3] for line in tasks] == [r.description for r in year if r.kind is ListKind.TASK]
    duties = table(book["责任清单"], 9)
    assert {line[6] for line in duties} == {"长期"}
    notes = table(book["进展记录"], 7)
    in_year = [n for r in year for n in r.notes if n.date.year == 2026]
    assert len(notes) == len(in_year)


def test_the_closure_list_reports_what_was_closed_and_what_waits(
    demo: Database, rows: list[ItemRow], tmp_path: Path
) -> None:
    scope = ExportScope(TODAY, 2026)
    path = written(demo, "closure-list", scope, tmp_path)
    assert path.name == f"{BRANCH_NAME}2026年度整改事项销号清单.docx"
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    closed = [r for r in rows if r.closed_on is not None and r.closed_on.year == 2026]
    waiting = [r for r in rows if r.status is ItemStatus.DONE]
    assert (
        f"按照问题清单、任务清单的整改要求，本支部2026年度经验收销号的事项{len(closed)}项，"
        f"已整改完成、待验收销号的事项{len(waiting)}项，具体如下。"
    ) in texts
    first, second = document.tables
    assert [c.text for c in first.rows[0].cells][:4] == [
        "序号",
        "问题（事项）",
        "来源",
        "整改完成情况",
    ]
    assert [row.cells[1].text for row in first.rows[1:]] == [r.description for r in closed]
    assert [row.cells[1].text for row in second.rows[1:]] == [r.description for r in waiting]
    last = closed[-1]
    assert (
        first.rows[-1].cells[7].text
        == f"{last.closed_on.year}年\n{last.closed_on.month}月{last.closed_on.day}日"
    )  # type: ignore[union-attr]
    assert "乡镇党委审核意见：" in texts and "（盖章）" in texts


def test_the_closure_list_of_a_quarter_holds_only_its_closures(
    demo: Database, rows: list[ItemRow], tmp_path: Path
) -> None:
    scope = ExportScope(TODAY, 2026, quarter=2)
    path = written(demo, "closure-list", scope, tmp_path)
    first = Document(str(path)).tables[0]
    in_quarter = [
        r for r in rows if r.closed_on is not None and date(2026, 4, 1) <= r.closed_on <= TODAY
    ]
    assert [row.cells[1].text for row in first.rows[1:]] == [r.description for r in in_quarter]
