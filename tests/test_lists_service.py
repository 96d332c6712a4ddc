"""The 三张清单 kept through their services: an item entered, corrected and deleted, a progress note
logged, 销号 after the work is done with its 佐证材料 and 验收 (and undone), a 组织生活会's 查摆问题
turned into items in one step; every write logged; the 首页, the report and the demo read them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from dangwu_desktop.core import audit
from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import ActivityKind, Attendance
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services import RecordInvalid
from dangwu_desktop.core.services.activities import delete_activity, save_activity
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.core.services.settings import set_setting
from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers import reminders as all_reminders
from dangwu_desktop.ledgers.lists.book import item_rows, lists_book
from dangwu_desktop.ledgers.lists.models import ListItem, ListProgress
from dangwu_desktop.ledgers.lists.reminders import reminders
from dangwu_desktop.ledgers.lists.report import lists, lists_summary, lists_text
from dangwu_desktop.ledgers.lists.rules import (
    CloseInput,
    EvidenceKind,
    ItemInput,
    ItemSource,
    ItemStatus,
    ListKind,
)
from dangwu_desktop.ledgers.lists.service import (
    WARN_DAYS,
    NewEvidence,
    ProblemDraft,
    ProgressInput,
    add_progress,
    check_item,
    close_item,
    create_from_meeting,
    delete_item,
    delete_progress,
    item_form,
    item_input,
    meeting_problems,
    reopen_item,
    save_item,
    update_progress,
)
from tests.conftest import member

TODAY = date(2026, 6, 30)
LIFE_MEETING = """一、通报上年度整改落实情况
陈静通报。
二、对照检查
陈静代表支委会作对照检查，查摆出以下问题：
1. 理论学习不够深入，学习笔记不全。
2. 三会一课记录不规范。
3. 与外出务工党员联系不经常。
三、批评与自我批评
张三自我批评。
四、整改措施
1. 每月专题学习。
2. 每月检查记录。
3. 每月联系一次。"""

pytestmark = pytest.mark.usefixtures("branch")


@pytest.fixture
def zhang(database: Database) -> int:
    with database.transaction() as session:
        return add_member(session, member(), TODAY).id


@pytest.fixture
def life_meeting(database: Database, zhang: int) -> int:
    """The 2025 组织生活会, held on 18 January 2026, its problems numbered in the minutes."""
    draft = ActivityDraft(
        ActivityKind.LIFE_MEETING, date(2026, 1, 18), start_time=time(19), host="陈静",
        topics=["通报上年度整改落实情况", "对照检查", "批评与自我批评", "整改措施"],
        minutes=LIFE_MEETING, attendees=[Attendee(zhang, "张三", Attendance.PRESENT)],
    )  # fmt: skip
    with database.transaction() as session:
        return save_activity(session, draft, TODAY).id


def problem(**changes: object) -> ItemInput:
    values: dict[str, object] = {
        "kind": ListKind.PROBLEM, "description": "村道路灯损坏6盏", "raised_on": date(2026, 4, 1),
        "source": ItemSource.MASSES, "measures": "申请资金维修", "responsible": "何永强",
        "deadline": date(2026, 5, 16), "category": "服务群众",
    }  # fmt: skip
    return ItemInput(**(values | changes))  # type: ignore[arg-type]


def entries(database: Database, subject: str) -> list[tuple[str, str, str]]:
    with database.read() as session:
        rows = session.scalars(select(audit.AuditEntry).order_by(audit.AuditEntry.id))
        return [(e.action, e.record, e.changes) for e in rows if e.subject == subject]


def saved(database: Database, given: ItemInput, **kwargs: object) -> int:
    with database.transaction() as session:
        return save_item(session, given, TODAY, **kwargs).id  # type: ignore[arg-type]


def test_an_item_is_entered_with_its_responsible_member_and_logged(
    database: Database, zhang: int
) -> None:
    item_id = saved(database, problem(responsible="", responsible_id=zhang))
    with database.read() as session:
        item = session.get(ListItem, item_id)
        assert item is not None and item.responsible == "张三"  # the roster's name
        assert item.status is ItemStatus.NOT_STARTED
    [(action, record, changes)] = entries(database, "三张清单")
    assert (action, record) == ("新增", "问题清单：村道路灯损坏6盏")
    assert "责任人：张三" in changes and "完成时限：2026-05-16" in changes


def test_lists_deadline_an_item_refused_is_not_written(database: Database) -> None:
    with database.transaction() as session, pytest.raises(RecordInvalid) as refusal:
        save_item(session, problem(deadline=date(2026, 3, 1)), TODAY)
    [finding] = refusal.value.findings
    assert finding.rule == "lists.deadline" and finding.citation.startswith("地方规定")
    with database.read() as session:
        assert session.scalars(select(ListItem)).all() == []
    assert entries(database, "三张清单") == []


def test_lists_deadline_a_warning_does_not_stop_the_save(database: Database) -> None:
    """Past its 时限 when entered: pointed out in the dialog, saved all the same (逾期 at once)."""
    with database.read() as session:
        found = check_item(session, problem(), TODAY)
    assert [f.reason for f in found] == ["完成时限2026-05-16已过，保存后即为逾期"]
    item_id = saved(database, problem())
    with database.read() as session:
        [row] = item_rows(session, TODAY)
    assert row.item_id == item_id and row.overdue and row.status_text == "未开始（逾期45天）"


def test_the_first_progress_note_puts_an_item_under_way(
    database: Database, life_meeting: int
) -> None:
    item_id = saved(database, problem())
    with database.transaction() as session:
        add_progress(session, item_id, ProgressInput(date(2026, 4, 8), "已报镇里申请资金"), TODAY)
        note = add_progress(
            session, item_id, ProgressInput(date(2026, 5, 20), "已修2盏", life_meeting), TODAY
        )
        note_id = note.id
    with database.read() as session:
        item = session.get(ListItem, item_id)
        assert item is not None and item.status is ItemStatus.UNDER_WAY
        assert [n.note for n in item.notes] == ["已报镇里申请资金", "已修2盏"]
        assert item.notes[1].meeting_id == life_meeting
    logged = entries(database, "三张清单") + entries(database, "清单事项进展")
    assert (
        "修改",
        "问题清单：村道路灯损坏6盏",
        "状态：未开始 → 推进中\n（登记了第一条进展）",
    ) in logged
    assert any("会议：2026-01-18 组织生活会" in changes for _a, _r, changes in logged)
    with database.transaction() as session:
        update_progress(session, note_id, ProgressInput(date(2026, 5, 21), "已修3盏"), TODAY)
    with database.transaction() as session:
        delete_progress(session, note_id)
    actions = [(a, c) for a, _r, c in entries(database, "清单事项进展")]
    assert actions[-2][0] == "修改" and "进展情况：已修2盏 → 已修3盏" in actions[-2][1]
    assert "会议：2026-01-18 组织生活会 → （无）" in actions[-2][1]
    assert actions[-1][0] == "删除"


def test_lists_deadline_a_progress_note_before_the_item_is_refused(database: Database) -> None:
    item_id = saved(database, problem())
    with database.transaction() as session, pytest.raises(RecordInvalid) as refusal:
        add_progress(session, item_id, ProgressInput(date(2026, 3, 1), "早了"), TODAY)
    assert [f.reason for f in refusal.value.findings] == ["进展日期不能早于提出日期2026-04-01"]


def done(database: Database, item_id: int, day: date = date(2026, 6, 10)) -> None:
    with database.transaction() as session:
        given = item_input(session.get(ListItem, item_id))  # type: ignore[arg-type]
        save_item(
            session, replace(given, status=ItemStatus.DONE, completed_on=day, result="修好6盏"),
            TODAY, item_id,
        )  # fmt: skip


def test_lists_close_after_review_only_once_done_with_evidence(database: Database) -> None:
    item_id = saved(database, problem())
    close = CloseInput(date(2026, 6, 20), "浦阳镇党委组织办", "已整改到位")
    with database.transaction() as session, pytest.raises(RecordInvalid) as refusal:
        close_item(session, item_id, close, TODAY)
    assert {f.attribute for f in refusal.value.findings} == {"status", "evidence"}
    assert all(f.rule == "lists.close_after_review" for f in refusal.value.findings)
    done(database, item_id)
    photo = NewEvidence(EvidenceKind.PHOTO, "修好后.jpg", "ab" * 32, 2048, "ab/abab.jpg")
    with database.transaction() as session:
        given = item_input(session.get(ListItem, item_id))  # type: ignore[arg-type]
        save_item(session, given, TODAY, item_id, attachments=[photo])
    with database.transaction() as session:
        close_item(session, item_id, close, TODAY)
    with database.read() as session:
        item = session.get(ListItem, item_id)
        assert item is not None and item.status is ItemStatus.CLOSED
        assert (item.closed_on, item.reviewer) == (date(2026, 6, 20), "浦阳镇党委组织办")
        form = item_form(session, item_id)
        assert form.closed and [a.original_name for a in form.attachments] == ["修好后.jpg"]
    corrected = replace(form.given, measures="改")
    logged = entries(database, "三张清单")
    assert "佐证材料：新增 照片：修好后.jpg" in logged[-2][2]
    assert logged[-1][0] == "销号" and "验收人（单位）：（空） → 浦阳镇党委组织办" in logged[-1][2]
    # A 销号 item is read only: corrected, deleted or noted only after the 销号 is undone.
    with database.transaction() as session, pytest.raises(RecordInvalid) as refusal:
        save_item(session, corrected, TODAY, item_id)
    assert "已销号的事项不能修改" in str(refusal.value)
    with database.transaction() as session, pytest.raises(RecordInvalid):
        delete_item(session, item_id)
    with database.transaction() as session, pytest.raises(RecordInvalid):
        add_progress(session, item_id, ProgressInput(TODAY, "又坏了"), TODAY)
    with database.transaction() as session, pytest.raises(RecordInvalid):
        reopen_item(session, item_id, "", TODAY)  # the reason is asked for
    with database.transaction() as session:
        reopen_item(session, item_id, "镇党委验收未通过", TODAY)
    with database.read() as session:
        item = session.get(ListItem, item_id)
        assert item is not None and (item.status, item.closed_on, item.reviewer) == (
            ItemStatus.DONE, None, "",
        )  # fmt: skip
    assert entries(database, "三张清单")[-1][0] == "撤销销号"


def test_a_meeting_can_stand_for_the_review(database: Database, life_meeting: int) -> None:
    item_id = saved(database, problem(evidence="照片存档案盒"))
    done(database, item_id)
    with database.transaction() as session:
        close_item(session, item_id, CloseInput(date(2026, 6, 20), "", evidence="照片存档案盒",
                                                review_meeting_id=life_meeting), TODAY)  # fmt: skip
    assert "验收会议：2026-01-18 组织生活会" in entries(database, "三张清单")[-1][2]


def test_an_item_deleted_takes_its_notes_and_files_records_with_it(database: Database) -> None:
    photo = NewEvidence(EvidenceKind.PHOTO, "路灯.jpg", "cd" * 32, 10, "cd/cdcd.jpg")
    item_id = saved(database, problem(), attachments=[photo])
    with database.transaction() as session:
        add_progress(session, item_id, ProgressInput(date(2026, 4, 8), "已报"), TODAY)
    with database.transaction() as session:
        delete_item(session, item_id)
    with database.read() as session:
        assert session.scalars(select(ListProgress)).all() == []
    assert entries(database, "三张清单")[-1][0] == "删除"
    assert "进展记录：1条" in entries(database, "三张清单")[-1][2]


def test_life_meeting_rectification_in_one_step(database: Database, life_meeting: int) -> None:
    """第十七条: the 查摆问题 become 问题清单 items, each linked to the meeting and raised on its day;
    the same problem is not listed twice."""
    with database.read() as session:
        found = meeting_problems(session, life_meeting)
    assert found.meeting.belongs_to_year == 2025 and found.already == frozenset()
    proposals = found.found.proposals
    assert [p.measures for p in proposals] == ["每月专题学习", "每月检查记录", "每月联系一次"]
    drafts = [
        ProblemDraft(p.problem, p.measures, "陈静", None, date(2026, 4, 18)) for p in proposals[:2]
    ]
    with database.transaction() as session:
        made = create_from_meeting(session, life_meeting, drafts, TODAY)
        assert [(i.source, i.meeting_id, i.raised_on) for i in made] == [
            (ItemSource.LIFE_MEETING, life_meeting, date(2026, 1, 18))
        ] * 2
        assert made[0].source_detail == "2025年度组织生活会查摆问题"
    with database.read() as session:
        again = meeting_problems(session, life_meeting)
    assert len(again.already) == 2
    third = ProblemDraft(proposals[2].problem, "", "", None, None)
    with database.transaction() as session, pytest.raises(RecordInvalid) as refusal:
        create_from_meeting(session, life_meeting, [drafts[0], third], TODAY)
    assert [f.reason for f in refusal.value.findings] == [
        "第1个问题：这个问题已列入问题清单",
        "第2个问题：请填写责任人",
        "第2个问题：问题清单的事项须填写完成时限",
    ]
    with database.read() as session:
        assert len(session.scalars(select(ListItem)).all()) == 2  # nothing of the refused step
    assert len(entries(database, "三张清单")) == 2


def test_life_meeting_rectification_reminds_until_its_problems_are_listed(
    database: Database, life_meeting: int
) -> None:
    with database.read() as session:
        texts = [r.text for r in reminders(session, TODAY)]
    assert texts == [
        "2025年度组织生活会（2026-01-18）查摆的问题还没有列入问题清单：请在“专项台账 → 三张清单”中"
        "“从组织生活会生成整改事项”"
    ]
    with database.transaction() as session:
        create_from_meeting(
            session, life_meeting,
            [ProblemDraft("学习笔记不全", "", "陈静", None, date(2026, 7, 18))], TODAY,
        )  # fmt: skip
    with database.read() as session:
        assert [r.text for r in reminders(session, TODAY)] == []
    with database.transaction() as session:  # a meeting in the 回收站 is not asked about
        delete_activity(session, life_meeting, TODAY)


@pytest.mark.parametrize(
    ("deadline", "warn_days", "expected"),
    [
        (date(2026, 6, 29), 7, ("完成时限2026-06-29已过1天，仍未开始", True)),
        (date(2026, 6, 30), 7, ("今天", False)),
        (date(2026, 7, 7), 7, ("7天后", False)),
        (date(2026, 7, 8), 7, None),
        (date(2026, 7, 8), 8, ("8天后", False)),
    ],
)
def test_lists_deadline_reminds_of_overdue_and_due_items(
    database: Database,
    deadline: date,
    warn_days: int,
    expected: tuple[str, bool] | None,
) -> None:
    with database.transaction() as session:
        set_setting(session, WARN_DAYS, str(warn_days))
        item_id = save_item(session, problem(deadline=deadline), TODAY).id
    with database.read() as session:
        found = [r for r in all_reminders(session, TODAY) if r.kind == "三张清单"]
    if expected is None:
        assert found == []
        return
    [reminder] = found
    assert expected[0] in reminder.text and reminder.overdue is expected[1], reminder.text
    assert (reminder.page, reminder.item) == ("lists", item_id)
    assert "何永强" in reminder.text and reminder.citation.startswith("地方规定")


def test_lists_close_after_review_reminds_of_items_done_and_not_yet_closed(
    database: Database,
) -> None:
    item_id = saved(database, problem(deadline=date(2026, 12, 31)))
    done(database, item_id)
    with database.read() as session:
        [reminder] = reminders(session, TODAY)
    assert reminder.text == "1项清单事项已完成、尚未销号：请附佐证材料，经验收后销号"


def test_the_report_and_the_book_count_the_period(database: Database) -> None:
    """Second quarter of 2026: one problem raised in it and done, one carried in from the first
    quarter and still open past its 时限, one 销号 in the first quarter (not the second's)."""
    old = saved(database, problem(description="制度牌陈旧", raised_on=date(2026, 2, 1),
                                  deadline=date(2026, 3, 1), evidence="照片"))  # fmt: skip
    done(database, old, date(2026, 2, 20))
    with database.transaction() as session:
        close_item(session, old, CloseInput(date(2026, 3, 1), "镇党委组织办", evidence="照片"),
                   TODAY)  # fmt: skip
    carried = saved(database, problem(raised_on=date(2026, 3, 10), deadline=date(2026, 5, 16)))
    fresh = saved(database, problem(description="党费登记不及时", raised_on=date(2026, 4, 2),
                                    deadline=date(2026, 12, 31)))  # fmt: skip
    done(database, fresh, date(2026, 6, 1))
    with database.read() as session:
        second = lists(session, YearPeriod(2026, 2), TODAY)
        first = lists_book(session, date(2026, 1, 1), date(2026, 3, 31), TODAY, "第一季度")
    assert [r.item_id for r in second.rows] == [carried, fresh]
    assert [r.item_id for r in first.closed_in()] == [old]
    # the first quarter as it stood on its last day: the lamps were raised, not yet overdue
    assert [(r.item_id, r.status.value) for r in first.rows] == [
        (old, "已销号"),
        (carried, "未开始"),
    ]
    text = lists_text(second)
    assert text.lines == [
        "问题清单本期共2个问题（本期新列入1个：群众反映1个），已整改完成1个，已销号0个；"
        "期末尚在整改1个，其中逾期1个。"
    ]
    assert text.placeholders["lists"]["problems_overdue"] == 1
    assert lists_summary(second) == "问题2个、销号0个、逾期1项"
