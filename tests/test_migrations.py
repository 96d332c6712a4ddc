"""The migration ladder and the upgrade's safety: a database seeded at every revision reaches the
current schema with its content; an upgrade completes or leaves the file as it was, even when
killed at any statement; a failed upgrade names the copy made before it, and a retry reuses it."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dangwu_desktop.core.models import Base
from dangwu_desktop.db import migrate
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.migrate import (
    REVISIONS,
    SCHEMA_REVISION,
    SchemaState,
    UpgradeFailed,
    alembic_config,
    current_revision,
    migrate_to,
    schema_state,
)
from dangwu_desktop.db.paths import backup_dir
from dangwu_desktop.db.startup import open_database

MEMBER = (
    "INSERT INTO member (id, name, sex, ethnicity, native_place, education, category, occupation,"
    " phone, address, party_post, remarks, status, is_mobile, mobile_place, mobile_org,"
    " search_key) VALUES ({id}, '{name}', '男', '汉族', '', '', '正式党员', '', '', '', '', '',"
    " '在册', 0, '', '', '')"
)
ACTIVITY = (
    "INSERT INTO activity (id, kind, date, place, title, host, recorder, group_id, observers,"
    " minutes, decisions{extra}) VALUES ({id}, '党课', '{date}', '村部', '{title}', '陈静', '王伟',"
    " 1, '', '', ''{values})"
)
LIFE_MEETING = (
    "INSERT INTO activity (id, kind, date, place, title, host, recorder, observers, minutes,"
    " decisions{extra}) VALUES ({id}, '{kind}', '{date}', '村部', '{title}', '陈静', '王伟', '',"
    " '', ''{values})"
)
# What each revision can hold, inserted by a secretary of that time (raw SQL: the models are
# today's). Two members share the name 王伟, so migration 0007 must not link that seat.
SEEDS: dict[str, list[str]] = {
    "0001": [
        "INSERT INTO branch (id, name, parent_org) VALUES (1, '中共东岙村支部委员会', '城关镇党委')",
        "INSERT INTO party_group (id, name, leader, sort_order) VALUES (1, '第一党小组', '陈静', 0)",
        MEMBER.format(id=1, name="陈静"),
        MEMBER.format(id=2, name="王伟"),
        MEMBER.format(id=3, name="王伟"),
        "UPDATE member SET group_id = 1 WHERE id = 1",
        "INSERT INTO committee_member (branch_id, name, post, sort_order)"
        " VALUES (1, '陈静', '书记', 0), (1, '王伟', '组织委员', 1)",
        "INSERT INTO member_movement (member_id, kind, date, reason, other_org, letter_number,"
        " place) VALUES (2, '流出', '2025-03-01', '务工', '', '', '杭州')",
    ],
    "0002": [
        "INSERT INTO setting (key, value) VALUES ('党课频次', '季度')",
        ACTIVITY.format(id=1, date="2026-03-15", title="学习党章", extra="", values=""),
        "INSERT INTO activity_topic (activity_id, position, text) VALUES (1, 0, '学习党章')",
        "INSERT INTO activity_attendance (activity_id, member_id, attendance, absence_reason)"
        " VALUES (1, 1, '出席', ''), (1, 2, '缺席', '外出务工')",
        "INSERT INTO activity_attachment (activity_id, kind, original_name, sha256, size,"
        f" stored_name) VALUES (1, '签到表', '签到.jpg', '{'ab' * 32}', 10, 'ab.jpg')",
        "INSERT INTO appraisal (year, member_id, grade, comment) VALUES (2025, 1, '优秀', '')",
        # 2025's 组织生活会, held in January 2026: before 0008 it could only count for 2026.
        LIFE_MEETING.format(
            id=3, kind="组织生活会", date="2026-01-18", title="年度组织生活会", extra="", values=""
        ),
        # A 谈心谈话 written as one text, before conversations were rows (0012).
        "INSERT INTO activity (id, kind, date, place, title, host, recorder, observers, minutes,"
        " decisions) VALUES (5, '谈心谈话', '2026-02-10', '村部', '', '陈静', '王伟', '',"
        " '陈静与王伟谈心，谈了村里产业发展', '')",
    ],
    "0003": [
        "INSERT INTO planned_activity (year, quarter, kind, planned_date, topic, place, host)"
        " VALUES (2026, 2, '主题党日', '2026-05-10', '植树', '村部', '陈静')",
    ],
    "0004": [
        "INSERT INTO external_study (member_id, date, hours, topic, source)"
        " VALUES (2, '2026-04-01', 8.0, '网络学习', '流入地党组织')",
        ACTIVITY.format(
            id=2,
            date="2026-04-20",
            title="党史",
            extra=", study_hours, teacher",
            values=", 2.5, '陈静'",
        ),
    ],
    "0005": ["INSERT INTO report_note VALUES ('2026', '成绩', '问题', '打算', '2026-06-01')"],
    "0006": [
        "INSERT INTO audit_entry (at, operator, subject, action, record, changes)"
        " VALUES ('2026-05-01 10:00:00', '陈静', '党员', '新增', '陈静', '')",
    ],
    "0007": [
        MEMBER.format(id=4, name="李红"),
        "INSERT INTO committee_member (branch_id, name, post, sort_order, member_id)"
        " VALUES (1, '李红', '宣传委员', 2, 4)",
    ],
    "0008": [
        LIFE_MEETING.format(
            id=4,
            kind="民主评议党员",
            date="2026-01-19",
            title="民主评议",
            extra=", belongs_to_year",
            values=", 2025",
        ),
    ],
    "0009": [
        "INSERT INTO member_movement (member_id, kind, date, reason, other_org, letter_number,"
        " place, decision_date, extension_months) VALUES (4, '延长预备期', '2026-04-01', '', '',"
        " '', '', '2026-04-10', 6)",
    ],
    "0010": [
        "INSERT INTO attendance_excusal (member_id, reason, start, end, decided_on, decided_by)"
        " VALUES (2, '长期外出未转关系', '2026-01-01', NULL, '2025-12-20', '支部党员大会')",
    ],
    "0011": [
        "INSERT INTO activity_topic (activity_id, position, text, vote_due, vote_present,"
        " votes_for, votes_against, votes_abstain) VALUES (1, 1, '接收预备党员', 3, 2, 2, 0, 0)",
    ],
    "0012": [
        "INSERT INTO dues_standard (id, member_id, effective_from, category, base, monthly_amount,"
        " approval_ref, note) VALUES (1, 1, '2026-01-01', '在职', 420000, 4200, '', '')",
        "INSERT INTO dues_payment (id, member_id, paid_on, amount, receipt_no, paid_by, method,"
        " paid_at_org, note) VALUES (1, 1, '2026-01-08', 4200, 'A001', '', '现金', '', '')",
        "INSERT INTO dues_allocation (payment_id, year, month, amount) VALUES (1, 2026, 1, 4200)",
    ],
    "0013": [
        "INSERT INTO activity_talk (activity_id, position, talker_id, talkee_id, date, talk_type,"
        " content, suggestions) VALUES (5, 0, 1, 4, '2026-02-10', '委员与党员', '谈思想', '')",
    ],
    # 0014 seeds the 25 steps itself; an applicant, their application and their 培养联系人.
    "0014": [
        "INSERT INTO development_person (id, name, sex, ethnicity, education, occupation, phone,"
        " address, notes) VALUES (1, '周晓', '女', '汉族', '', '', '', '', '')",
        "INSERT INTO development_record (id, person_id, step_id, date, conclusion, notes)"
        " VALUES (1, 1, 1, '2026-03-02', '', '')",
        "INSERT INTO development_record (id, person_id, step_id, date, conclusion, notes)"
        " VALUES (2, 1, 5, '2026-09-10', '', '')",
        "INSERT INTO development_helper (record_id, member_id, position) VALUES (2, 1, 0)",
    ],
    # The term in office (made by 0015 from the branch) gets its number and its election.
    "0015": [
        "UPDATE branch_term SET number = 9",
        "INSERT INTO election (term_id, seats, request_on, request_ref, reply_ref, timing,"
        " timing_ref, approval_ref, note) VALUES (1, 5, '2026-01-10', '东岙支〔2026〕1号', '',"
        " '按期', '', '', '')",
        # Its 支部党员大会 (the 组织生活 record seeded at 0002) and the vote held at it.
        "UPDATE election SET activity_id = 1, held_on = '2026-03-20'",
        "INSERT INTO election_round (id, election_id, number, due, present, issued, returned,"
        " valid, void) VALUES (1, 1, 1, 3, 3, 3, 3, 3, 0)",
    ],
    # 王伟's 流出 (seeded at 0001) gets its record, a contact and a 流入党员 beside the roster.
    "0016": [
        "INSERT INTO mobile_stint (id, member_id, outflow_id, reason, fixed_place, phone_there,"
        " address_there, wechat, org_contact, card_number, contact_person_id, note)"
        " VALUES (1, 2, 1, '务工', 0, '', '', '', '', '流证001', 1, '')",
        "INSERT INTO mobile_contact (stint_id, date, way, said, study)"
        " VALUES (1, '2026-02-01', '电话', '近况', '')",
        "INSERT INTO incoming_member (name, id_number, phone, address, home_branch, home_contact,"
        " card_number, since, note) VALUES ('刘晓燕', '', '', '', '和平社区党支部', '', '',"
        " '2026-03-01', '')",
    ],
    # The 书记 reported for approval; a 另行选举 held at a later meeting.
    "0017": [
        "UPDATE election SET submitted_on = '2026-03-22'",
        "INSERT INTO election_round (election_id, number, due, present, issued, returned, valid,"
        " void, stage, activity_id, held_on) VALUES (1, 2, 3, 3, 3, 3, 3, 0, 2, 5, '2026-04-02')",
        # The township's 发展指标 for the year, a setting of the database until 0018.
        "INSERT INTO setting (key, value) VALUES ('development/quota/2026', '2')",
    ],
    # Every row names its branch: the third quarter's report text, of branch 1.
    "0018": [
        "INSERT INTO report_note (branch_id, period, achievements, problems, plans, updated_at)"
        " VALUES (1, '2026-Q3', '三季度成绩', '', '', '2026-09-30')",
    ],
    # A problem the 组织生活会 (seeded at 0002) found, with a progress note and a photo.
    "0019": [
        "INSERT INTO list_item (id, branch_id, kind, category, source, source_detail, description,"
        " measures, responsible, responsible_id, raised_on, deadline, status, result, evidence,"
        " reviewer, review_note, meeting_id) VALUES (1, 1, '问题清单', '组织生活', '组织生活会查摆',"
        " '', '学习笔记不全', '每季度检查', '陈静', 1, '2026-01-18', '2026-04-18', '推进中', '', '',"
        " '', '', 3)",
        "INSERT INTO list_progress (branch_id, item_id, date, note)"
        " VALUES (1, 1, '2026-02-05', '已检查一次')",
        "INSERT INTO list_attachment (branch_id, item_id, kind, original_name, sha256, size,"
        " stored_name) VALUES (1, 1, '照片', '笔记.jpg', 'ab', 10, 'ab/ab.jpg')",
    ],
    # 陈静's row saved twice since it had versions, the second time by 王伟.
    "0020": [
        "UPDATE member SET version = 3, changed_by = '王伟', changed_at = '2026-12-01 09:30:00'"
        " WHERE id = 1",
    ],
    # A township's record of a package it imported for the branch.
    "0021": [
        "INSERT INTO package_import (branch_id, file_name, made_at, imported_at, data_sha256,"
        " schema_revision, database_id, manifest, changes) VALUES (1, '东岙.dwpkg',"
        " '2026-11-30 09:00:00', '2026-12-01 10:00:00', 'ab12', '0018', 'v1', '{}', '首次导入')",
    ],
    # A 转出 whose 回执 came back.
    "0022": [
        "INSERT INTO member_movement (branch_id, member_id, kind, date, reason, other_org,"
        " letter_number, place, receipt_date) VALUES (1, 3, '转出', '2026-05-01', '', '某镇党委',"
        " '转字第9号', '', '2026-05-20')",
    ],
}
# The content read back at the current schema; each query's rows come from the seeds above.
CONTENT = {
    "branch": "SELECT name, parent_org FROM branch",
    # 0010 links the leader 陈静 (the one member of that name in the group) to the member.
    "party_group": "SELECT name, leader, leader_id FROM party_group",
    "member": "SELECT id, name, group_id, status FROM member ORDER BY id",
    "member_version": "SELECT id, version, changed_by FROM member ORDER BY id",
    "committee_member": "SELECT name, post, member_id FROM committee_member ORDER BY sort_order",
    "member_movement": "SELECT member_id, kind, date, place, decision_date, extension_months"
    " FROM member_movement ORDER BY id",
    "setting": "SELECT key, value FROM setting ORDER BY key",
    "activity": "SELECT id, title, group_id, study_hours, teacher, belongs_to_year FROM activity"
    " ORDER BY id",
    # A 谈心谈话 from before 0012 keeps its text and has no conversation rows.
    "talk_text": "SELECT id, minutes FROM activity WHERE kind = '谈心谈话'",
    "activity_talk": "SELECT activity_id, talker_id, talkee_id, date, content FROM activity_talk",
    "activity_topic": "SELECT activity_id, text, vote_due, votes_for FROM activity_topic"
    " ORDER BY position",
    "activity_attendance": "SELECT member_id, attendance, absence_reason FROM activity_attendance"
    " ORDER BY member_id",
    "activity_attachment": "SELECT activity_id, original_name FROM activity_attachment",
    "appraisal": "SELECT year, member_id, grade FROM appraisal",
    "planned_activity": "SELECT quarter, topic FROM planned_activity",
    "external_study": "SELECT member_id, hours, source FROM external_study",
    "report_note": "SELECT period, achievements FROM report_note ORDER BY period",
    "audit_entry": "SELECT operator, action FROM audit_entry",
    "attendance_excusal": "SELECT member_id, reason, decided_on FROM attendance_excusal",
    # Money in whole fen: 42元 is 4200.
    "dues_standard": "SELECT member_id, category, base, monthly_amount FROM dues_standard",
    "dues_allocation": "SELECT year, month, amount FROM dues_allocation",
    "development_step": "SELECT number, code, stage, people_role FROM development_step"
    " WHERE number IN (1, 5, 15, 25) ORDER BY number",
    "development_record": "SELECT person_id, step_id, date FROM development_record ORDER BY id",
    "development_helper": "SELECT record_id, member_id FROM development_helper",
    # The term in office has no dates or seats of its own: they stay on branch, committee_member.
    "branch_term": 'SELECT id, number, start, "end", handed_over_on FROM branch_term',
    "election": "SELECT term_id, seats, request_on, request_ref, submitted_on FROM election",
    # A round from before 0017 is of the election itself, held at its meeting.
    "election_round": "SELECT number, stage, activity_id, held_on FROM election_round"
    " ORDER BY number",
    "mobile_stint": "SELECT member_id, outflow_id, reason, card_number, end_id FROM mobile_stint",
    "mobile_contact": "SELECT stint_id, date, way FROM mobile_contact",
    "incoming_member": "SELECT name, home_branch, since FROM incoming_member",
    "list_item": "SELECT kind, source, responsible_id, deadline, status, meeting_id FROM list_item",
    "list_progress": "SELECT item_id, date, note FROM list_progress",
    "list_attachment": "SELECT item_id, kind, original_name FROM list_attachment",
    "package_import": "SELECT branch_id, file_name, data_sha256, changes FROM package_import",
    # A 转出 from before 0022 has no 回执 day.
    "transfer_receipt": "SELECT member_id, letter_number, receipt_date FROM member_movement"
    " WHERE kind = '转出' ORDER BY id",
}


def expected_content(start: str) -> dict[str, list[tuple[Any, ...]]]:
    """What a database seeded up to `start` holds once upgraded to the current schema."""
    held = REVISIONS[: REVISIONS.index(start) + 1]
    since = lambda revision, rows: rows if revision in held else []  # noqa: E731
    # 0007 links a seat to the one member of its name (陈静, seeded at 0001 and so always
    # migrated by it); one whose name two members share stays a name; 李红's seat is made linked.
    return {
        "branch": [("中共东岙村支部委员会", "城关镇党委")],
        "party_group": [("第一党小组", "陈静", 1)],
        "member": [
            (1, "陈静", 1, "在册"),
            (2, "王伟", None, "在册"),
            (3, "王伟", None, "在册"),
            *since("0007", [(4, "李红", None, "在册")]),
        ],
        # A row from before 0020 is its first version, saved by nobody in particular.
        "member_version": [
            (1, 3, "王伟") if "0020" in held else (1, 1, ""),
            (2, 1, ""),
            (3, 1, ""),
            *since("0007", [(4, 1, "")]),
        ],
        "committee_member": [
            ("陈静", "书记", 1),
            ("王伟", "组织委员", None),
            *since("0007", [("李红", "宣传委员", 4)]),
        ],
        # A movement from before 0009 has no meeting day and no extension.
        "member_movement": [
            (2, "流出", "2025-03-01", "杭州", None, None),
            *since("0009", [(4, "延长预备期", "2026-04-01", "", "2026-04-10", 6)]),
            *since("0022", [(3, "转出", "2026-05-01", "", None, None)]),
        ],
        # 0018 makes the year's 发展指标 the branch's.
        "setting": since("0017", [("development/quota/1/2026", "2")])
        + since("0002", [("党课频次", "季度")]),
        # A meeting recorded before 0004 gets no study hours and an empty 主讲人; one recorded
        # before 0008 belongs to its date's year (the year it was counted in until then).
        "activity": sorted(
            since(
                "0002",
                [
                    (1, "学习党章", 1, None, "", 2026),
                    (3, "年度组织生活会", None, None, "", 2026),
                    (5, "", None, None, "", 2026),
                ],
            )
            + since("0004", [(2, "党史", 1, 2.5, "陈静", 2026)])
            + since("0008", [(4, "民主评议", None, None, "", 2025)])
        ),
        # A topic recorded before 0011 was not put to a vote.
        "activity_topic": since("0002", [(1, "学习党章", None, None)])
        + since("0011", [(1, "接收预备党员", 3, 2)]),
        "talk_text": since("0002", [(5, "陈静与王伟谈心，谈了村里产业发展")]),
        "activity_talk": since("0013", [(5, 1, 4, "2026-02-10", "谈思想")]),
        "activity_attendance": since("0002", [(1, "出席", ""), (2, "缺席", "外出务工")]),
        "activity_attachment": since("0002", [(1, "签到.jpg")]),
        "appraisal": since("0002", [(2025, 1, "优秀")]),
        "planned_activity": since("0003", [(2, "植树")]),
        "external_study": since("0004", [(2, 8.0, "流入地党组织")]),
        "report_note": since("0005", [("2026", "成绩")])
        + since("0018", [("2026-Q3", "三季度成绩")]),
        "audit_entry": since("0006", [("陈静", "新增")]),
        "attendance_excusal": since("0010", [(2, "长期外出未转关系", "2025-12-20")]),
        "dues_standard": since("0012", [(1, "在职", 420000, 4200)]),
        "dues_allocation": since("0012", [(2026, 1, 4200)]),
        # Whatever the start, the upgrade leaves the step list seeded.
        "development_step": [
            (1, "application", 1, ""),
            (5, "contacts", 2, "培养联系人"),
            (15, "admission", 4, ""),
            (25, "archive", 5, ""),
        ],
        "development_record": since("0014", [(1, 1, "2026-03-02"), (1, 5, "2026-09-10")]),
        "development_helper": since("0014", [(2, 1)]),
        # 0015 makes the row of the term in office for every database with a branch.
        "branch_term": since("0015", [(1, 9, None, None, None)]) or [(1, None, None, None, None)],
        "election": since(
            "0015",
            [(1, 5, "2026-01-10", "东岙支〔2026〕1号", "2026-03-22" if "0017" in held else None)],
        ),
        "election_round": since("0015", [(1, 1, 1, "2026-03-20")])
        + since("0017", [(2, 2, 5, "2026-04-02")]),
        "mobile_stint": since("0016", [(2, 1, "务工", "流证001", None)]),
        "mobile_contact": since("0016", [(1, "2026-02-01", "电话")]),
        "transfer_receipt": since("0022", [(3, "转字第9号", "2026-05-20")]),
        "incoming_member": since("0016", [("刘晓燕", "和平社区党支部", "2026-03-01")]),
        "list_item": since("0019", [("问题清单", "组织生活会查摆", 1, "2026-04-18", "推进中", 3)]),
        "list_progress": since("0019", [(1, "2026-02-05", "已检查一次")]),
        "list_attachment": since("0019", [(1, "照片", "笔记.jpg")]),
        "package_import": since("0021", [(1, "东岙.dwpkg", "ab12", "首次导入")]),
    }


def seeded_at(path: Path, revision: str) -> Path:
    """A database built by `alembic upgrade <revision>`, holding the seeds up to that revision."""
    database = Database.for_file(path)
    for step in REVISIONS[: REVISIONS.index(revision) + 1]:
        migrate_to(database, step)
        with database.engine.begin() as connection:
            for statement in SEEDS[step]:
                connection.exec_driver_sql(statement)
    database.dispose()
    return path


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(path)) as connection:
        return {table: connection.execute(query).fetchall() for table, query in CONTENT.items()}


def dump(path: Path) -> list[str]:
    """Every table, index and row of a file at any revision, as SQL."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def structure(database: Database) -> dict[str, Any]:
    """Tables with their columns, indexes and foreign keys, as SQLite reports them (the CREATE
    text differs between a table made at once and one rebuilt by a batch migration)."""
    with database.engine.connect() as connection:
        run = connection.exec_driver_sql
        tables = run(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version' ORDER BY name"
        ).scalars()
        return {
            table: (
                run(f"PRAGMA table_info('{table}')").all(),
                sorted(
                    (index[1], index[2], run(f"PRAGMA index_info('{index[1]}')").all())
                    for index in run(f"PRAGMA index_list('{table}')").all()
                ),
                sorted(tuple(fk[2:]) for fk in run(f"PRAGMA foreign_key_list('{table}')").all()),
            )
            for table in list(tables)
        }


def test_revisions_lists_every_migration_in_order(database: Database) -> None:
    """REVISIONS tells an older file from one made by a newer program; a new migration must be
    added to it, or databases made by this very program would be refused."""
    script = ScriptDirectory.from_config(alembic_config(database))
    walked = tuple(reversed([revision.revision for revision in script.walk_revisions()]))
    assert walked == REVISIONS, "把新的 revision 加进 db/migrate.py 的 REVISIONS"


@pytest.mark.parametrize("start", REVISIONS)
def test_a_database_seeded_at_each_revision_is_upgraded_with_its_content(
    tmp_path: Path, start: str
) -> None:
    path = seeded_at(tmp_path / f"at-{start}.sqlite3", start)
    assert schema_state(path) is (
        SchemaState.CURRENT if start == SCHEMA_REVISION else SchemaState.OLDER
    )
    database = open_database(path)
    assert current_revision(database) == SCHEMA_REVISION
    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.dispose()
    assert content(path) == expected_content(start)


def test_each_downgrade_restores_the_structure_of_its_revision(tmp_path: Path) -> None:
    """Kept for developers reworking their newest migration (`alembic downgrade -1`); the program
    never downgrades a secretary's file (an older program refuses it, see NewerSchema)."""
    built = {}
    for revision in REVISIONS:
        database = Database.for_file(tmp_path / f"built-{revision}.sqlite3")
        migrate_to(database, revision)
        built[revision] = structure(database)
        database.dispose()
    database = Database.for_file(seeded_at(tmp_path / "walk.sqlite3", SCHEMA_REVISION))
    for revision in reversed(REVISIONS[:-1]):
        migrate_to(database, revision)
        assert current_revision(database) == revision
        assert structure(database) == built[revision], f"downgrade to {revision}"
    migrate_to(database, "base")
    assert structure(database) == {}
    migrate_to(database, "head")
    assert structure(database) == built[SCHEMA_REVISION]
    database.dispose()


def test_schema_state_of_a_file(tmp_path: Path) -> None:
    assert schema_state(tmp_path / "none.sqlite3") is SchemaState.NEW
    assert schema_state(seeded_at(tmp_path / "old.sqlite3", "0003")) is SchemaState.OLDER
    open_database(tmp_path / "new.sqlite3").dispose()
    assert schema_state(tmp_path / "new.sqlite3") is SchemaState.CURRENT
    folder = tmp_path / "U盘 #1?备份 100%"  # any name Windows allows
    folder.mkdir()
    shutil.copy(tmp_path / "new.sqlite3", folder / "备份.sqlite3")
    with closing(sqlite3.connect(folder / "备份.sqlite3")) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    assert schema_state(folder / "备份.sqlite3") is SchemaState.NEWER
    assert sorted(p.name for p in folder.iterdir()) == ["备份.sqlite3"]


def _copies(path: Path) -> list[Path]:
    return sorted(backup_dir(path).glob(f"{path.stem}-*-before-migration-from-*"))


def broken_migrations(tmp_path: Path, statement: str) -> Path:
    """A copy of the migrations whose 0004 also runs `statement` after its changes."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    training = folder / "versions" / "0004_training.py"
    source = training.read_text(encoding="utf-8")
    source = source.replace(
        "\n\ndef downgrade() -> None:",
        f"\n    op.execute({statement!r})\n\n\ndef downgrade() -> None:",
    )
    training.write_text(source, encoding="utf-8")
    return folder


def test_a_failed_upgrade_leaves_the_file_as_it_was_and_names_the_copy_made_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = seeded_at(tmp_path / "old.sqlite3", "0001")
    before = dump(path)
    monkeypatch.setattr(
        migrate, "MIGRATIONS", broken_migrations(tmp_path, "SELECT no_such_function()")
    )
    for _attempt in range(3):  # the secretary tries again: the same copy is named, no new one
        with pytest.raises(UpgradeFailed) as failed:
            open_database(path).dispose()
        assert failed.value.copy_path == _copies(path)[0]
        assert str(failed.value.copy_path) in str(failed.value)
        assert "数据保持原样" in str(failed.value)
        assert schema_state(path) is SchemaState.OLDER and dump(path) == before
    assert len(_copies(path)) == 1
    with closing(sqlite3.connect(_copies(path)[0])) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    monkeypatch.undo()
    database = open_database(path)  # the mended program upgrades the same file, copy reused
    assert current_revision(database) == SCHEMA_REVISION
    database.dispose()
    assert len(_copies(path)) == 1
    assert content(path) == expected_content("0001")


def test_a_copy_of_other_content_is_not_reused(tmp_path: Path) -> None:
    """A copy from the same revision but older content (the upgrade failed, the old program
    went on being used) is not the file as it is now: a new copy is made."""
    path = seeded_at(tmp_path / "old.sqlite3", "0001")
    made = migrate._copy_before_upgrade(path, "0001")  # as left by a failed upgrade, last month
    first = made.rename(made.with_name("old-20261030-090000-before-migration-from-0001.sqlite3"))
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(MEMBER.format(id=9, name="赵六"))
    database = open_database(path)
    database.dispose()
    old_copy, new_copy = _copies(path)
    assert old_copy == first
    with closing(sqlite3.connect(new_copy)) as copy:
        assert copy.execute("SELECT count(*) FROM member").fetchone() == (4,)


# Kill -9 in the middle of the upgrade 0001 → head, which sends some 900 statements (0018 alone
# rebuilds thirty-odd tables). Killing a process at each of them, and starting the program again
# after each, took four minutes; so the upgrade runs once, and just before each statement it
# forks a child that copies the database file and its journal as they are on disk at that
# moment: exactly what a kill there leaves (a killed process writes nothing more, and what it
# held in memory is lost). Every copy must open as the file was before the upgrade. Then a dozen
# real kills, spread over the upgrade, are each followed by the next start.
SNAPSHOTS = """
import os, shutil, sys
from pathlib import Path
from sqlalchemy import Engine, event
from dangwu_desktop.db.startup import open_database

live, folder = Path(sys.argv[1]), Path(sys.argv[2])
count = 0

def before(*_args):
    global count
    count += 1
    pid = os.fork()
    if pid == 0:  # the files a kill before statement `count` leaves behind
        trial = folder / f"before-{count}"
        trial.mkdir()
        for path in live.parent.glob(live.name + "*"):
            shutil.copy(path, trial / path.name)
        os._exit(0)
    os.waitpid(pid, 0)  # the upgrade waits: the copy is of one moment

event.listen(Engine, "before_cursor_execute", before)
open_database(live).dispose()
print(count)
"""
# A driver forks one child per trial; the child counts every statement sent to SQLite and kills
# itself just before statement number K, so that statements 1..K-1 of the upgrade have run.
KILLS = """
import json, os, shutil, signal, sys
from pathlib import Path
from sqlalchemy import Engine, event
from dangwu_desktop.db.startup import open_database
import alembic.command, alembic.script  # loaded once, before the forks

seed, folder, trials = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3])
outcomes = {}
for k in trials:
    trial = folder / f"trial-{k}"
    trial.mkdir()
    shutil.copy(seed, trial / "dangwu.sqlite3")
    pid = os.fork()
    if pid == 0:
        count = 0
        def before(*_args):
            global count
            count += 1
            if count == k:
                os.kill(os.getpid(), signal.SIGKILL)
        event.listen(Engine, "before_cursor_execute", before)
        open_database(trial / "dangwu.sqlite3")
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    outcomes[k] = "killed" if os.WIFSIGNALED(status) else "completed"
print(json.dumps(outcomes))
"""


def _driver(code: str, *args: object) -> str:
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork")
def test_an_upgrade_killed_at_any_statement_leaves_a_database_that_opens(tmp_path: Path) -> None:
    seed = seeded_at(tmp_path / "seed.sqlite3", "0001")
    as_seeded = dump(seed)
    live = tmp_path / "live" / "dangwu.sqlite3"
    live.parent.mkdir()
    shutil.copy(seed, live)
    snapshots = tmp_path / "snapshots"
    snapshots.mkdir()
    statements = int(_driver(SNAPSHOTS, live, snapshots))
    assert content(live) == expected_content("0001")  # the upgrade itself went through
    assert len(list(snapshots.iterdir())) == statements > 100
    for k in range(1, statements + 1):
        path = snapshots / f"before-{k}" / "dangwu.sqlite3"
        with closing(sqlite3.connect(path)) as connection:  # rolls the journal back
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert dump(path) == as_seeded, f"killed before statement {k}: not as it was"

    step = statements // 11
    # (a set: the spread may end on the last statement itself)
    chosen = sorted({*range(1, statements + 1, step), statements, statements + 1})  # last: no kill
    trials = tmp_path / "trials"
    trials.mkdir()
    outcomes = {int(k): v for k, v in json.loads(_driver(KILLS, seed, trials, chosen)).items()}
    assert [k for k, v in outcomes.items() if v == "completed"] == [statements + 1]
    for k in outcomes:
        path = trials / f"trial-{k}" / "dangwu.sqlite3"
        with closing(sqlite3.connect(path)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        if k <= statements:
            assert dump(path) == as_seeded, f"killed before statement {k}: not as it was"
        database = open_database(path)  # the next start
        assert current_revision(database) == SCHEMA_REVISION, f"killed before statement {k}"
        database.dispose()
        assert content(path) == expected_content("0001"), f"killed before statement {k}"
        assert len(_copies(path)) == 1, f"killed before statement {k}: copies {_copies(path)}"


def test_rows_pointing_nowhere_after_a_migration_roll_the_upgrade_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Foreign keys are off while batch migrations rebuild tables, so the upgrade checks them
    itself before committing."""
    path = seeded_at(tmp_path / "old.sqlite3", "0003")
    before = dump(path)
    dangling = (
        "INSERT INTO external_study (member_id, date, hours, topic, source)"
        " VALUES (999, '2026-01-01', 1, '', '')"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", broken_migrations(tmp_path, dangling))
    with pytest.raises(UpgradeFailed):
        open_database(path)
    assert schema_state(path) is SchemaState.OLDER and dump(path) == before
