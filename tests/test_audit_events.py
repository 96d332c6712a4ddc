"""操作日志 as events the services write: who, what (in Chinese words) and old → new, also for
child rows (attendance, 议题, grades, plan items), restores and imports, which a flush hook
could not see; and every service that changes data writes an entry."""

from __future__ import annotations

import getpass
import hashlib
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import inspect as inspect_database
from sqlalchemy import select, text
from sqlalchemy.orm import Session

import dangwu_desktop.core.services
from dangwu_desktop.core import activity_templates, audit, security
from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.branch_scope import ALL_BRANCHES
from dangwu_desktop.core.glossary import (
    ActivityKind,
    Attendance,
    ExcusalReason,
    Grade,
    MovementKind,
    Sex,
)
from dangwu_desktop.core.models import AuditEntry, ExternalStudy, MemberMovement
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import (
    activities,
    appraisals,
    branch,
    excusals,
    members,
    plans,
    reports,
    roster_import,
    settings,
    training,
)
from dangwu_desktop.db.backups import backup_now, list_backups
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.safety import import_roster, open_for_use, restore_backup
from tests.conftest import TODAY, member

pytestmark = pytest.mark.usefixtures("branch")

CHINESE = re.compile(r"[\u4e00-\u9fff]")
WANG = "110101199003074426"  # a valid ID number for a second member


class Entry(NamedTuple):
    subject: str
    action: str
    record: str
    changes: str
    operator: str


def entries(database: Database) -> list[Entry]:
    with database.read() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [Entry(e.subject, e.action, e.record, e.changes, e.operator) for e in rows]


def last(database: Database) -> Entry:
    return entries(database)[-1]


def meeting(
    wang: int, attendance: Attendance = Attendance.PRESENT, reason: str = ""
) -> ActivityDraft:
    """A 支部党员大会 that 张三 (the member added just before 王五) attended, and 王五 as given."""
    return ActivityDraft(
        ActivityKind.BRANCH_GENERAL,
        TODAY,
        topics=["传达学习上级精神", "讨论发展党员"],
        attendees=[
            Attendee(wang - 1, "张三", Attendance.PRESENT),
            Attendee(wang, "王五", attendance, reason),
        ],
    )


@pytest.fixture
def wang(database: Database) -> int:
    """王五's id, added after 张三."""
    with database.transaction() as session:
        members.add_member(session, member(), TODAY)
        return members.add_member(session, member(name="王五", id_number=WANG), TODAY).id


@pytest.fixture
def record_id(database: Database, wang: int) -> int:
    with database.transaction() as session:
        return activities.save_activity(session, meeting(wang), TODAY).id


# The misses of the flush hook named in the issue


def test_marking_a_member_absent_on_a_saved_record_is_logged(
    database: Database, wang: int, record_id: int
) -> None:
    with database.transaction() as session:
        draft = meeting(wang, Attendance.ABSENT, "病假")
        activities.save_activity(session, draft, TODAY, activity_id=record_id)
    entry = last(database)
    assert (entry.subject, entry.action, entry.record) == (
        "组织生活与学习",
        "修改",
        "2026-06-30 支部党员大会",
    )
    assert entry.changes == "王五：出席 → 缺席（病假）"


def test_editing_a_records_topics_is_logged(database: Database, wang: int, record_id: int) -> None:
    with database.transaction() as session:
        draft = meeting(wang)
        draft.topics = ["传达学习上级精神", "讨论确定入党积极分子", "其他事项"]
        activities.save_activity(session, draft, TODAY, activity_id=record_id)
    assert last(database).changes.splitlines() == [
        "议题：第2条 讨论发展党员 → 讨论确定入党积极分子",
        "议题：新增第3条 其他事项",
    ]


def test_a_new_record_lists_its_topics_and_who_was_absent(database: Database, wang: int) -> None:
    with database.transaction() as session:
        activities.save_activity(session, meeting(wang, Attendance.ABSENT, "外出务工"), TODAY)
    entry = last(database)
    assert entry.action == "新增"
    assert "出席1人，缺席1人：王五（外出务工）" in entry.changes.splitlines()
    assert "议题：第1条 传达学习上级精神" in entry.changes.splitlines()


def test_saving_a_record_unchanged_leaves_no_entry(
    database: Database, wang: int, record_id: int
) -> None:
    before = len(entries(database))
    with database.transaction() as session:
        activities.save_activity(session, meeting(wang), TODAY, activity_id=record_id)
    assert len(entries(database)) == before


def test_changing_a_grade_names_the_member_and_the_old_grade(database: Database, wang: int) -> None:
    zhang = wang - 1
    with database.transaction() as session:
        grades = [
            appraisals.GradeEntry(wang, Grade.QUALIFIED),
            appraisals.GradeEntry(zhang, Grade.QUALIFIED),
        ]
        appraisals.save_grades(session, 2025, grades, TODAY)
    count = len(entries(database))
    with database.transaction() as session:
        grades = [
            appraisals.GradeEntry(wang, Grade.BASICALLY_QUALIFIED, "多次无故缺席组织生活"),
            appraisals.GradeEntry(zhang, Grade.QUALIFIED),
        ]
        appraisals.save_grades(session, 2025, grades, TODAY)
    new = entries(database)[count:]
    assert [(e.subject, e.action, e.record, e.changes.splitlines()) for e in new] == [
        (
            "民主评议",
            "修改",
            "王五 2025年",
            ["等次：合格 → 基本合格", "评议意见：（空） → 多次无故缺席组织生活"],
        )
    ]


def test_changing_a_quarters_plan_says_what_was_added_and_dropped(database: Database) -> None:
    first = plans.PlanItem(ActivityKind.THEME_DAY, date(2026, 4, 10), "学习党章")
    with database.transaction() as session:
        plans.save_plan(session, 2026, 2, [first])
    with database.transaction() as session:
        moved = plans.PlanItem(ActivityKind.THEME_DAY, date(2026, 5, 10), "学习党章")
        plans.save_plan(session, 2026, 2, [moved])
    entry = last(database)
    assert (entry.subject, entry.action, entry.record) == ("季度计划", "修改", "2026年第二季度")
    assert entry.changes.splitlines() == [
        "计划：删去 2026-04-10 主题党日 学习党章",
        "计划：新增 2026-05-10 主题党日 学习党章",
    ]


def test_a_restore_is_logged_in_the_restored_data(tmp_path: Path) -> None:
    path = tmp_path / "dangwu.sqlite3"
    opened = open_for_use(path, datetime(2026, 6, 1, 8, 0))
    with opened.database.transaction() as session:
        branch.save_branch_info(
            session, branch.BranchInfo(name="中共东岙村支部委员会", secretary="陈静")
        )
    backup_now(path, "manual", now=datetime(2026, 6, 1, 9, 0))
    snapshot = list_backups(tmp_path / "backups" / "dangwu")[0]
    restore_backup(opened.database, snapshot)
    entry = last(opened.database)
    opened.database.dispose()
    assert (entry.subject, entry.action) == ("数据备份", "恢复备份")
    assert entry.record.startswith("2026-06-01 09:00")
    assert f"备份文件：{snapshot.path.name}" in entry.changes.splitlines()
    assert "恢复前的数据另存为：" in entry.changes and entry.operator


def test_an_import_names_the_new_members_and_each_update(database: Database) -> None:
    with database.transaction() as session:
        members.add_member(session, member(), TODAY)
    candidates = [
        roster_import.Candidate(2, member(phone="13911112222")),
        roster_import.Candidate(3, member(name="王五", id_number=WANG)),
    ]
    with database.read() as session:
        check = roster_import.check_candidates(session, candidates, TODAY)
    count = len(entries(database))
    import_roster(database, check, TODAY, update_existing=True, source="花名册.xlsx")
    new = [(e.subject, e.action, e.record, e.changes) for e in entries(database)[count:]]
    assert ("党员", "修改", "张三", "联系电话：13800001111 → 13911112222") in new
    summary = new[-1]
    assert summary[:3] == ("党员", "导入花名册", "《花名册.xlsx》")
    assert summary[3].splitlines() == ["新增1人，更新1人，跳过已有0人", "新增的党员：王五"]


def test_the_operator_is_the_pc_user_or_the_signed_in_name(database: Database) -> None:
    with database.transaction() as session:
        members.add_member(session, member(), TODAY)
    assert last(database).operator == getpass.getuser()
    audit.set_operator("陈静")
    try:
        with database.transaction() as session:
            settings.set_setting(session, settings.LATE_ENTRY_DAYS, "5")
    finally:
        audit.set_operator("")
    assert last(database).operator == "陈静"


def test_a_password_is_logged_without_its_content(database: Database) -> None:
    with database.transaction() as session:
        security.set_password(session, "secret-123")
    entry = last(database)
    assert (entry.subject, entry.action, entry.record, entry.changes) == (
        "设置",
        "设置",
        "登录密码",
        "（内容不记录）",
    )
    assert all("argon2" not in e.changes for e in entries(database))


# Every service that changes data leaves a readable entry


@dataclass
class Seeded:
    member: int  # 张三, in 第一党小组
    other: int  # 王五
    record: int
    group: int  # 第二党小组, empty


def seed(session: Session) -> Seeded:
    groups = {g.name: g.id for g in branch.list_groups(session)}
    zhang = members.add_member(session, member(group_name="第一党小组"), TODAY).id
    wang = members.add_member(session, member(name="王五", id_number=WANG), TODAY).id
    assert wang == zhang + 1  # as meeting() expects
    record = activities.save_activity(session, meeting(wang), TODAY).id
    appraisals.save_grades(session, 2025, [appraisals.GradeEntry(zhang, Grade.QUALIFIED)], TODAY)
    plans.save_plan(session, 2026, 2, [plans.PlanItem(ActivityKind.THEME_DAY, date(2026, 4, 10))])
    reports.save_notes(session, reports.ReportPeriod(2026, 2), reports.Notes("完成换届"))
    return Seeded(zhang, wang, record, groups["第二党小组"])


Action = Callable[[Session, Seeded], object]


def _import(session: Session, ids: Seeded) -> object:
    candidate = roster_import.Candidate(2, member(name="李梅", id_number="330726198001010011"))
    check = roster_import.check_candidates(session, [candidate], TODAY)
    return roster_import.apply_import(
        session, check, TODAY, update_existing=False, source="名单.xlsx"
    )


# function → (what to do first, unlogged; the change itself)
def _latest_movement(session: Session, member_id: int) -> int:
    query = select(MemberMovement.id).where(MemberMovement.member_id == member_id)
    found = session.scalar(query.order_by(MemberMovement.id.desc()))
    assert found is not None
    return found


MUTATIONS: dict[Callable[..., object], tuple[Action | None, Action]] = {
    activities.save_activity: (
        None,
        lambda s, ids: activities.save_activity(
            s, meeting(ids.other, Attendance.ABSENT, "病假"), TODAY, activity_id=ids.record
        ),
    ),
    activities.delete_activity: (
        None,
        lambda s, ids: activities.delete_activity(s, ids.record, datetime(2026, 7, 1)),
    ),
    activities.restore_activity: (
        lambda s, ids: activities.delete_activity(s, ids.record, datetime(2026, 7, 1)),
        lambda s, ids: activities.restore_activity(s, ids.record),
    ),
    appraisals.save_grades: (
        None,
        lambda s, ids: appraisals.save_grades(
            s, 2025, [appraisals.GradeEntry(ids.member, Grade.BASICALLY_QUALIFIED, "缺会多")], TODAY
        ),
    ),
    branch.save_branch_info: (
        None,
        lambda s, ids: branch.save_branch_info(
            s, branch.BranchInfo(name="中共东岙村支部委员会", secretary="张三")
        ),
    ),
    # Logged in the new branch's own log.
    branch.add_branch: (None, lambda s, ids: branch.add_branch(s, "中共西岙村支部委员会")),
    branch.add_group: (None, lambda s, ids: branch.add_group(s, "第三党小组", "王五")),
    branch.update_group: (None, lambda s, ids: branch.update_group(s, ids.group, "第二组", "王五")),
    branch.remove_group: (None, lambda s, ids: branch.remove_group(s, ids.group)),
    excusals.record_excusal: (
        None,
        lambda s, ids: excusals.record_excusal(
            s, ids.other, ExcusalReason.BEDRIDDEN, date(2026, 3, 1), date(2026, 3, 1), TODAY
        ),
    ),
    excusals.end_excusal: (
        lambda s, ids: excusals.record_excusal(
            s, ids.other, ExcusalReason.BEDRIDDEN, date(2026, 3, 1), date(2026, 3, 1), TODAY
        ),
        lambda s, ids: excusals.end_excusal(s, excusals.list_excusals(s)[0].excusal_id, TODAY),
    ),
    members.add_member: (
        None,
        lambda s, ids: members.add_member(
            s, member(name="李梅", id_number="330726198001010011"), TODAY
        ),
    ),
    members.update_member: (
        None,
        lambda s, ids: members.update_member(s, ids.member, member(phone="13911112222"), TODAY),
    ),
    members.insert_members_with_history: (
        None,
        lambda s, ids: members.insert_members_with_history(
            s,
            [
                (
                    member(name="李明", id_number="330726198001010011", sex=Sex.MALE),
                    None,
                    [Movement(MovementKind.MOBILE_OUT, TODAY, "外出务工", place="浙江省杭州市")],
                )
            ],
            TODAY,
        ),
    ),
    members.record_movement: (
        None,
        lambda s, ids: members.record_movement(
            s, ids.member, Movement(MovementKind.MOBILE_OUT, date(2026, 6, 1), place="杭州"), TODAY
        ),
    ),
    members.record_receipt: (
        lambda s, ids: members.record_movement(
            s,
            ids.member,
            Movement(MovementKind.TRANSFER_OUT, date(2026, 6, 1), other_org="中共某镇委员会"),
            TODAY,
        ),
        lambda s, ids: members.record_receipt(
            s, _latest_movement(s, ids.member), date(2026, 6, 20), TODAY
        ),
    ),
    plans.save_plan: (None, lambda s, ids: plans.save_plan(s, 2026, 2, [])),
    reports.save_notes: (
        None,
        lambda s, ids: reports.save_notes(
            s, reports.ReportPeriod(2026, 2), reports.Notes("完成换届", "无")
        ),
    ),
    roster_import.apply_import: (None, _import),
    settings.set_setting: (
        None,
        lambda s, ids: settings.set_setting(s, settings.LATE_ENTRY_DAYS, "7"),
    ),
    settings.set_settings: (
        None,
        lambda s, ids: settings.set_settings(
            s, [(settings.LATE_ENTRY_DAYS, "6"), (settings.ATTACHMENT_LIMIT_MB, "30")]
        ),
    ),
    training.credit_hours: (
        None,
        lambda s, ids: training.credit_hours(
            s, ids.member, date(2026, 6, 1), 4, "党史", "镇党委", TODAY
        ),
    ),
    training.withdraw_credit: (
        lambda s, ids: training.credit_hours(
            s, ids.member, date(2026, 6, 1), 4, "党史", "镇党委", TODAY
        ),
        lambda s, ids: training.withdraw_credit(s, s.scalars(select(ExternalStudy.id)).one()),
    ),
    security.set_password: (None, lambda s, ids: security.set_password(s, "secret-123")),
    security.clear_password: (
        lambda s, ids: security.set_password(s, "secret-123"),
        lambda s, ids: security.clear_password(s, "secret-123"),
    ),
    security.try_password: (
        lambda s, ids: security.set_password(s, "secret-123"),
        lambda s, ids: security.try_password(s, "wrong", datetime(2026, 7, 1)),
    ),
    activity_templates.save_template_topics: (
        None,
        lambda s, ids: activity_templates.save_template_topics(s, ActivityKind.TALK, ["谈心"]),
    ),
    activity_templates.reset_template: (
        lambda s, ids: activity_templates.save_template_topics(s, ActivityKind.TALK, ["谈心"]),
        lambda s, ids: activity_templates.reset_template(s, ActivityKind.TALK),
    ),
}
# Functions that write without an entry of their own, and why.
UNLOGGED = {
    # Links a seat entered before its holder joined the roster; part of the add or import that
    # logs the member.
    branch.link_committee,
    # Bulk inserts for an import (whose entry names the file, the counts and the new members)
    # and the demo village.
    members.insert_members,
}


def services() -> Iterator[Callable[..., object]]:
    """Every public function of core/services (and the password and template modules, which are
    services by another name) that takes a Session."""
    package = dangwu_desktop.core.services
    modules = [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ] + [security, activity_templates]
    for module in modules:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            annotations = [p.annotation for p in inspect.signature(function).parameters.values()]
            if "Session" in annotations or Session in annotations:
                yield function


def digest(session: Session) -> str:
    """Everything stored except the log itself."""
    session.flush()
    tables = [
        name
        for name in inspect_database(session.connection()).get_table_names()
        if name != "audit_entry"
    ]
    hasher = hashlib.sha256()
    for table in sorted(tables):
        hasher.update(
            repr(session.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()).encode()
        )
    return hasher.hexdigest()


def new_entries(session: Session, after_id: int) -> list[AuditEntry]:
    """Every branch's (a branch added is logged in its own log)."""
    session.flush()
    query = select(AuditEntry).where(AuditEntry.id > after_id)
    return list(session.scalars(query.execution_options(**{ALL_BRANCHES: True})))


def last_id(session: Session) -> int:
    session.flush()
    query = select(AuditEntry.id).execution_options(**{ALL_BRANCHES: True})
    return max(session.scalars(query), default=0)


@pytest.mark.parametrize(
    "function", list(MUTATIONS), ids=lambda f: f"{f.__module__.rsplit('.', 1)[-1]}.{f.__name__}"
)
def test_every_change_leaves_a_readable_entry_with_its_operator(
    database: Database, function: Callable[..., object]
) -> None:
    prepare, change = MUTATIONS[function]
    with database.transaction() as session:
        ids = seed(session)
        if prepare:
            prepare(session, ids)
        before, start = digest(session), last_id(session)
        change(session, ids)
        assert digest(session) != before, "the example call changes nothing: pick another"
        written = new_entries(session, start)
        assert written, f"{function.__name__} changed data without an entry"
        for entry in written:
            assert entry.operator == getpass.getuser()
            assert CHINESE.search(entry.subject) and CHINESE.search(entry.action)
            assert CHINESE.search(entry.record + entry.changes)
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", entry.changes), (
                entry.changes
            )  # no field keys


def _arguments(session: Session, ids: Seeded) -> dict[str, object]:
    """Values for the reading services' parameters, by name."""
    return {
        "year": 2026, "today": TODAY, "member_id": ids.member, "activity_id": ids.record,
        "group_id": None, "first": date(2026, 1, 1), "last": date(2026, 12, 31),
        "period": reports.ReportPeriod(2026, 2), "kind": ActivityKind.THEME_DAY,
        "day": TODAY, "name": "张三", "spec": settings.LATE_ENTRY_DAYS, "text": "张",
        "quarter": 2, "secretary": "陈静", "member_ids": [ids.member],
        "activity_ids": [ids.record],
        "data": member(name="李梅", id_number="330726198001010011"),
        "draft": ActivityDraft(ActivityKind.THEME_DAY, TODAY, start_time=time(9)),
        "candidates": [], "now": datetime(2026, 7, 1),
        "movement": Movement(MovementKind.CONFIRMED, TODAY, decision_date=TODAY),
        "info": branch.BranchInfo(name="中共东岙村支部委员会", secretary="陈静"),
    }  # fmt: skip


def test_every_service_that_writes_is_in_the_list(database: Database) -> None:
    """A new service that writes fails here until MUTATIONS shows it leaves an entry: each other
    one is run on the seeded village and must change nothing."""
    listed = set(MUTATIONS) | UNLOGGED
    writers, uncallable = [], []
    for function in services():
        if function in listed:
            continue
        with database.read() as session:  # rolled back afterwards: each starts on the same data
            ids = seed(session)
            arguments = _arguments(session, ids)
            parameters = inspect.signature(function).parameters.values()
            needed = [p.name for p in parameters if p.default is inspect.Parameter.empty]
            if not set(needed) - {"session"} <= set(arguments):
                uncallable.append(function.__name__)  # a new service: list it or give its values
                continue
            before = digest(session)
            function(session, **{name: arguments[name] for name in needed if name != "session"})
            if digest(session) != before:
                writers.append(function.__name__)
    assert (writers, uncallable) == ([], [])
