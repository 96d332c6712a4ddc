"""三张清单 in the year's archive (文件 → 生成年度台账档案): the 整改台账, 任务清单, 责任清单 and the
year's 销号清单 with each 销号 item's 佐证材料 bound after it; the completeness sheet names the items
past their 时限 (lists.deadline) and those done without 佐证材料, which cannot be 销号
(lists.close_after_review)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers import ExportScope
from dangwu_desktop.ledgers.lists.binder import list_checks, list_items
from dangwu_desktop.ledgers.lists.models import ListItem
from dangwu_desktop.ledgers.lists.rules import (
    CloseInput,
    EvidenceKind,
    ItemInput,
    ItemSource,
    ItemStatus,
    ListKind,
)
from dangwu_desktop.ledgers.lists.service import NewEvidence, close_item, item_input, save_item

TODAY = date(2026, 6, 30)
SCOPE = ExportScope(TODAY, 2026)

pytestmark = pytest.mark.usefixtures("branch")


def item(**changes: object) -> ItemInput:
    values: dict[str, object] = {
        "kind": ListKind.PROBLEM, "description": "村道路灯损坏6盏", "raised_on": date(2026, 4, 1),
        "source": ItemSource.MASSES, "measures": "申请资金维修", "responsible": "何永强",
        "deadline": date(2026, 5, 16),
    }  # fmt: skip
    return ItemInput(**(values | changes))  # type: ignore[arg-type]


def finished(database: Database, given: ItemInput, evidence: str = "", **kwargs: object) -> int:
    with database.transaction() as session:
        item_id = save_item(session, given, TODAY, **kwargs).id  # type: ignore[arg-type]
        done = replace(item_input(session.get(ListItem, item_id)),  # type: ignore[arg-type]
                       status=ItemStatus.DONE, completed_on=date(2026, 5, 10),
                       result="已完成", evidence=evidence)  # fmt: skip
        save_item(session, done, TODAY, item_id)
        return item_id


def test_lists_deadline_and_close_after_review_gaps_on_the_completeness_sheet(
    database: Database,
) -> None:
    with database.transaction() as session:
        save_item(session, item(), TODAY)  # past its 时限, not done: 逾期
        save_item(session, item(description="修订村规民约", deadline=date(2026, 9, 30)), TODAY)
        save_item(session, item(kind=ListKind.DUTY, description="联系外出党员", deadline=None),
                  TODAY)  # fmt: skip
    finished(database, item(description="公开栏更新"))  # done, nothing to prove it
    finished(database, item(description="党员活动室整理"), evidence="整理前后照片存档案盒")
    with database.read() as session:
        [check] = list_checks(session, SCOPE)
    assert check.subject == "三张清单"
    assert check.on_record == "问题清单4项、任务清单0项、责任清单1项，本年销号0项"
    assert check.gaps == (
        ("逾期未完成", "问题清单：村道路灯损坏6盏（责任人何永强），时限2026年5月16日，逾期45天"),
        ("已完成未附佐证材料", "问题清单：公开栏更新（责任人何永强）"),
    )


def test_the_archive_holds_the_three_lists_and_the_closure_list_with_its_evidence(
    database: Database,
) -> None:
    photo = NewEvidence(EvidenceKind.PHOTO, "修好的路灯.jpg", "ab" * 32, 2048, "ab/ab.jpg")
    closed = finished(database, item(), attachments=[photo])
    waiting = finished(database, item(description="公开栏更新"), evidence="公开栏照片")
    with database.transaction() as session:
        close_item(session, closed, CloseInput(date(2026, 6, 20), "浦阳镇党委组织办"), TODAY)
        save_item(session, item(kind=ListKind.TASK, description="完成换届准备",
                                deadline=date(2026, 12, 31)), TODAY)  # fmt: skip
    with database.read() as session:
        items = list_items(session, SCOPE)
    assert [i.title for i in items] == [
        "2026年问题清单（整改台账）",
        "2026年任务清单",
        "2026年责任清单",
        "2026年整改事项销号清单",
    ]
    ledger, tasks, duties, closure = items
    assert all(i.landscape for i in items)
    assert "村道路灯损坏6盏" in ledger.html and "公开栏更新" in ledger.html
    assert "问题清单共2个问题：已销号1个" in ledger.html  # the figures under the table
    assert "完成换届准备" in tasks.html and "本年度无责任清单事项" in duties.html
    assert "经验收销号的事项1项，已整改完成、待验收销号的事项1项" in closure.html
    assert "2026年6月20日" in closure.html and "2026-06-20" not in closure.html
    assert waiting and [(f.caption, f.stored_name) for f in closure.files] == [
        ("佐证材料（第1项）：修好的路灯.jpg", "ab/ab.jpg")
    ]
