"""Issue 19: what a roster file notes of 流动, 转出 and 去世 is written in bulk, as the members are,
with the same history and 操作日志 entries recording each movement by hand gives, and the
流出时间, 流入地 and 流入党组织 the file gives kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import event, select
from sqlalchemy.engine import Connection

from dangwu_desktop.core.glossary import MembershipStatus, MovementKind
from dangwu_desktop.core.models import AuditEntry, Member, MemberMovement
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.roster_import import UNRECORDED, apply_import
from dangwu_desktop.db.database import Database
from dangwu_desktop.db.startup import open_database
from dangwu_desktop.io.roster_export import export_roster
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from tests.conftest import TODAY
from tests.roster_files import MIXED_HEADER, mixed_people, mixed_roster, write_xlsx

SOURCE = "混合.xlsx"


def import_file(database: Database, path: Path) -> None:
    with database.transaction() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
        assert result.faults == []
        apply_import(session, result, TODAY, update_existing=False, source=SOURCE)


def stored(database: Database) -> tuple[list[tuple[object, ...]], ...]:
    """The members, their movements and the 人员变动 log entries, without ids' timestamps."""
    with database.read() as session:
        members = [
            (m.id, m.name, m.status, m.is_mobile, m.mobile_place, m.mobile_since, m.mobile_org)
            for m in session.scalars(select(Member).order_by(Member.id))
        ]
        movements = [
            (m.member_id, m.kind, m.date, m.reason, m.other_org, m.letter_number, m.place)
            for m in session.scalars(select(MemberMovement).order_by(MemberMovement.id))
        ]
        entries = [
            (e.subject, e.action, e.record, e.changes, e.operator)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.subject == "人员变动").order_by(AuditEntry.id)
            )
        ]
    return members, movements, entries


def test_the_bulk_import_writes_what_recording_each_movement_by_hand_writes(
    database: Database, tmp_path: Path
) -> None:
    """Same members, same movements, same 操作日志 lines as record_movement gives, one at a time."""
    path = mixed_roster(tmp_path / SOURCE)
    import_file(database, path)
    members, movements, entries = stored(database)
    assert len(movements) == len(entries) == 9  # 5 流动, 3 转出 (one of them 流动), 1 去世

    by_hand = open_database(tmp_path / "by_hand.sqlite3")
    with by_hand.transaction() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
        member_service.insert_members(session, [(c.data, None) for c in result.accepted])
        for member_id, kind, day, reason, other_org, letter, place in movements:
            movement = Movement(kind, day, reason, other_org, letter, place)  # type: ignore[arg-type]
            member_service.record_movement(session, member_id, movement, TODAY)  # type: ignore[arg-type]
    try:
        assert stored(by_hand) == (members, movements, entries)
    finally:
        by_hand.dispose()
    lines = dict((record, changes) for _s, _a, record, changes, _o in entries)
    assert lines["董秀 流出 2023-09-18"].splitlines() == [
        "变动类别：流出",
        "日期：2023-09-18",
        f"原因：导入《{SOURCE}》第19行时原表注明为流动党员",
        "转入/转出党组织：苏州工业园区流动党员党支部",
        "流向地：江苏省苏州市",
        "流动党员：否 → 是",
        "流向：（空） → 江苏省苏州市",
        "外出时间：（空） → 2023-09-18",
        "流入地党组织：（空） → 苏州工业园区流动党员党支部",
    ]


def test_the_outflow_the_file_gives_is_kept_and_one_it_lacks_is_noted(
    database: Database, tmp_path: Path
) -> None:
    import_file(database, mixed_roster(tmp_path / SOURCE))
    with database.read() as session:
        people = {m.name: m for m in session.scalars(select(Member))}
        outflows = {
            m.member.name: (m.date, m.place, m.other_org, m.reason)
            for m in session.scalars(
                select(MemberMovement).where(MemberMovement.kind == MovementKind.MOBILE_OUT)
            )
        }
        noted = f"导入《{SOURCE}》第"
        assert outflows["崔珍"] == (
            TODAY,
            UNRECORDED,
            "",
            f"{noted}4行时原表注明为流动党员，流出日期{UNRECORDED}",
        )
        assert outflows["熊燕"] == (
            date(2024, 3, 1),
            "浙江省杭州市",
            "杭州市西湖区流动党员党支部",
            f"{noted}9行时原表注明为流动党员",
        )
        assert outflows["冯娟兰"][:3] == (
            date(2024, 5, 2),
            "上海市浦东新区",
            "浦东新区张江镇流动党员党委",
        )
        assert outflows["武梅永"][:3] == (
            date(2023, 11, 1),
            "广东省深圳市",
            "深圳市宝安区流动党员党支部",
        )
        xiong = people["熊燕"]
        assert (xiong.is_mobile, xiong.mobile_since, xiong.mobile_org) == (
            True,
            date(2024, 3, 1),
            "杭州市西湖区流动党员党支部",
        )
        # 流动 since 2023-09-18, then 转出 today: off the roster, no longer 流动 here
        assert (people["董秀"].status, people["董秀"].is_mobile) == (
            MembershipStatus.TRANSFERRED_OUT,
            False,
        )
        assert people["杜芳"].status is MembershipStatus.TRANSFERRED_OUT
        assert people["武春明"].status is MembershipStatus.DECEASED


def test_an_exported_roster_brings_back_when_each_member_left_and_who_took_them_in(
    database: Database, tmp_path: Path
) -> None:
    """The export's 流出时间 and 接收组织 columns import back as the 流出 they came from."""
    import_file(database, mixed_roster(tmp_path / SOURCE))
    with database.read() as session:
        rows = member_service.active_roster(session, TODAY)
        left = member_service.outflows(session, [r.member_id for r in rows])
    exported = export_roster(tmp_path / "导出.xlsx", rows, "东岙村党支部", TODAY, left)
    again = open_database(tmp_path / "again.sqlite3")
    try:
        import_file(again, exported)
        with again.read() as session:
            back = {
                m.name: (m.mobile_place, m.mobile_since, m.mobile_org)
                for m in session.scalars(select(Member).where(Member.is_mobile))
            }
    finally:
        again.dispose()
    with database.read() as session:
        before = {
            m.name: (m.mobile_place, m.mobile_since, m.mobile_org)
            for m in session.scalars(select(Member).where(Member.is_mobile))
        }
    assert back == before and before["熊燕"] == (
        "浙江省杭州市",
        date(2024, 3, 1),
        "杭州市西湖区流动党员党支部",
    )


def test_an_outflow_date_that_cannot_be_is_a_fault_with_its_row_and_column(
    database: Database, tmp_path: Path
) -> None:
    rows = mixed_people(10)
    rows[2][15] = "2027-01-01"  # after TODAY
    rows[7][15] = "1990-05-01"  # before 熊燕 joined (2009-10-08)
    path = write_xlsx(tmp_path / "错.xlsx", [MIXED_HEADER, *rows])
    with database.read() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
    assert [(f.row, f.column, f.value, f.reason) for f in result.faults] == [
        (4, "流出时间", "2027-01-01", "流出时间晚于今天"),
        (9, "流出时间", "1990-05-01", "流出时间早于入党时间"),
    ]


def test_the_statements_an_import_runs_do_not_grow_with_its_moved_members(
    database: Database, tmp_path: Path
) -> None:
    """Each 流动 or 转出 row once cost a flush and a log entry of its own."""

    def statements(count: int) -> int:
        target = open_database(tmp_path / f"{count}.sqlite3")
        path = mixed_roster(tmp_path / f"{count}.xlsx", count)
        executed = []

        def note(conn: Connection, *args: object) -> None:
            executed.append(args[1])

        event.listen(target.engine, "before_cursor_execute", note)
        try:
            import_file(target, path)
        finally:
            event.remove(target.engine, "before_cursor_execute", note)
            target.dispose()
        return len(executed)

    assert statements(60) == statements(15)


def test_a_row_with_a_transfer_in_date_is_imported_with_its_transfer_in(
    database: Database, tmp_path: Path
) -> None:
    """由外单位转入 in a roster file: a member 在册 whose row gives 转入时间 (and 原所在党组织) is
    imported with the 转入 that the 转入党员登记表 lists; one without a date has none, and a date
    before the member joined is a fault of its row and column."""
    from dangwu_desktop.ledgers import ExportScope
    from dangwu_desktop.ledgers.registers.binder import register_named
    from tests.roster_files import STANDARD_HEADER, standard_people

    people = standard_people(3)
    header = [*STANDARD_HEADER, "转入时间", "原所在党组织"]
    rows = [
        [*people[0], "2026-05-10", "中共某镇某村支部委员会"],
        [*people[1], "", ""],
        [*people[2], "2026年4月1日", ""],
    ]
    import_file(database, write_xlsx(tmp_path / SOURCE, [header, *rows]))
    with database.read() as session:
        arrivals = {
            m.member.name: (m.date, m.other_org)
            for m in session.scalars(
                select(MemberMovement).where(MemberMovement.kind == MovementKind.TRANSFER_IN)
            )
        }
        listed = register_named(session, ExportScope(TODAY, 2026), "transfer-in-register").rows
    names = [str(p[STANDARD_HEADER.index("姓名")]) for p in people]
    assert arrivals == {
        names[0]: (date(2026, 5, 10), "中共某镇某村支部委员会"),
        names[2]: (date(2026, 4, 1), UNRECORDED),
    }
    assert [row[1] for row in listed] == [names[2], names[0]]
    bad = [[*people[0], "1990-01-01", ""]]
    with database.read() as session:
        result = check_roster_file(
            session, read_roster(write_xlsx(tmp_path / "早.xlsx", [header, *bad])), TODAY
        )
    (fault,) = result.faults
    assert (fault.column, fault.reason) == ("转入时间", "转入时间早于入党时间")
