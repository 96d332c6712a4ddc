"""The annual registers are made from what the ledgers keep, and agree with them: a member's
meetings attended and missed are the 三会一课台账's, their hours the 学时统计's, their dues the
登记簿's, their grade the 民主评议's; the 新发展, 转正, 转入 and 转出 registers come from the
roster's movements and the 发展党员 files, and what nothing keeps is written 未登记."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from dangwu_desktop.cli import main
from dangwu_desktop.core.demo import ensure_demo_village
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.models import MemberMovement
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.binder import gather_binder
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers import ExportScope, export_named
from dangwu_desktop.ledgers.registers.binder import register_named, transfer_checks
from dangwu_desktop.ledgers.registers.book import NOT_KEPT, member_years
from tests.conftest import TODAY, member, place_args

SCOPE = ExportScope(TODAY, TODAY.year)


@pytest.fixture
def demo(database: Database) -> Database:
    with database.transaction() as session:
        ensure_demo_village(session, TODAY)
    return database


def test_a_members_year_counts_what_each_ledger_counts(demo: Database) -> None:
    with demo.read() as session:
        years = member_years(session, SCOPE)
        meetings = export_named("meeting-ledger").gather(session, SCOPE)
        hours, _credits = export_named("training-hours").gather(session, SCOPE)
        dues = export_named("dues-register").gather(session, SCOPE)
        grades = export_named("appraisal-results").gather(session, SCOPE)
    names = [y.member.name for y in years]
    assert len(names) == len(set(names)) > 50  # the ledgers name members: no two alike here
    by_id = {h.member_id: h for h in hours}
    paid = {row.dues.member_id: row.paid for row in dues.rows}
    graded = {g.member_id: g.grade for g in grades}
    # The year's roll holds the members 在册 today and the demo's member who moved away in
    # March (the hours ledger counts only those 在册).
    (gone,) = (y for y in years if y.member.member_id not in by_id)
    assert gone.member.status is MembershipStatus.TRANSFERRED_OUT
    assert [y.member.member_id for y in years if y is not gone] == [h.member_id for h in hours]
    absences = 0
    for year in years:
        if year is gone:
            continue
        name = year.member.name
        present = sum(name in r.present for r in meetings)
        absent = [(r.date, why) for r in meetings for who, why in r.absent if who == name]
        assert (year.attended, year.missed) == (present, len(absent)), name
        assert sorted(a for t in year.meetings for a in t.absences) == sorted(
            (day, why or NOT_KEPT) for day, why in absent
        )
        assert year.hours is not None and year.hours.total == by_id[year.member.member_id].total
        assert year.dues is not None and year.dues.paid == paid[year.member.member_id]
        assert year.grade == graded.get(year.member.member_id, year.grade)
        assert year.points == NOT_KEPT  # the program keeps no 党员积分
        absences += year.missed
    assert absences > 0  # the demo branch's absences are there, each with its reason


def test_the_transfer_registers_give_the_letters_and_whether_the_receipt_came_back(
    demo: Database,
) -> None:
    """The demo's member who moved away in March (回执 not back), and one who left and came
    back without the letter's number being recorded, whose 回执 came back on 2月20日: listed by
    the completeness sheet."""
    with demo.transaction() as session:
        back = member_service.add_member(
            session, member(name="周回", id_number="330726198001011233"), TODAY
        )
        member_service.record_movement(
            session, back.id,
            Movement(MovementKind.TRANSFER_OUT, date(2026, 2, 1), "务工", "中共某街道委员会",
                     receipt_date=date(2026, 2, 20)),
            TODAY,
        )  # fmt: skip
        member_service.record_movement(
            session, back.id,
            Movement(MovementKind.TRANSFER_IN, date(2026, 5, 10), "返乡", "中共某街道委员会"),
            TODAY,
        )  # fmt: skip
    with demo.read() as session:
        outgoing = register_named(session, SCOPE, "transfer-out-register")
        incoming = register_named(session, SCOPE, "transfer-in-register")
        (check,) = transfer_checks(session, SCOPE)
    header = list(outgoing.header)
    letters = {row[1]: row[header.index("介绍信编号")] for row in outgoing.rows}
    assert len(letters) == 2 and letters["周回"] == NOT_KEPT
    (demo_letter,) = (v for k, v in letters.items() if k != "周回")
    assert str(demo_letter).startswith("浙浦组转字〔2026〕第")
    receipts = {row[1]: row[header.index("回执收回")] for row in outgoing.rows}
    assert receipts == {"周回": "已回（2026-02-20）", next(iter(set(letters) - {"周回"})): "未回"}
    (row,) = incoming.rows
    assert row[1] == "周回" and row[list(incoming.header).index("转入时间")] == date(2026, 5, 10)
    assert row[list(incoming.header).index("回执寄回")] == NOT_KEPT
    assert "由外单位转入" in incoming.note
    assert check.on_record == (
        f"转入1名，转出{len(outgoing.rows)}名；转出回执已收回1份、未收回1份；转入回执{NOT_KEPT}"
    )
    (away,) = (r for r in outgoing.rows if r[1] != "周回")
    moved_on, went_to = away[header.index("转出时间")], away[header.index("转往党组织")]
    assert isinstance(moved_on, date)
    assert [g for g in check.gaps if g[0] == "回执未收回"] == [
        (
            "回执未收回",
            f"{away[1]}于{moved_on.year}年{moved_on.month}月{moved_on.day}日转往{went_to}",
        )
    ]
    assert ("介绍信编号未登记", "周回于2026年2月1日转出（中共某街道委员会）") in check.gaps
    assert ("介绍信编号未登记", "周回于2026年5月10日转入（中共某街道委员会）") in check.gaps


def test_new_members_and_confirmations_come_from_the_roster_and_the_development_files(
    demo: Database,
) -> None:
    """A member entered on the roster as admitted this year, with no 发展 file: the register
    lists them with the file's dates 未登记; the demo's 预备党员 confirmed on time, with the
    支部大会 that decided it."""
    with demo.transaction() as session:
        member_service.add_member(
            session,
            member(name="吴新", join_date=date(2026, 3, 20), full_member_date=None,
                   category=MemberCategory.PROBATIONARY, id_number="330726199501011234"),
            TODAY,
        )  # fmt: skip
    with demo.read() as session:
        admitted = register_named(session, SCOPE, "new-members-register")
        confirmed = register_named(session, SCOPE, "confirmation-register")
        movements = list(
            session.execute(
                select(MemberMovement.date, MemberMovement.decision_date).where(
                    MemberMovement.kind == MovementKind.CONFIRMED,
                    MemberMovement.date.between(*SCOPE.bounds),
                )
            )
        )
    header = list(admitted.header)
    row = next(r for r in admitted.rows if r[1] == "吴新")
    assert row[header.index("支部大会讨论通过时间")] == date(2026, 3, 20)
    for column in ("申请入党时间", "确定入党积极分子时间", "入党介绍人", "上级党委审批时间"):
        assert row[header.index(column)] == NOT_KEPT, column
    assert row[header.index("备注")] == "未建发展党员档案"
    header = list(confirmed.header)
    assert len(confirmed.rows) == len(movements) >= 1
    ((day, meeting),) = movements
    first = confirmed.rows[0]
    assert first[header.index("结果")] == "按期转正"
    assert first[header.index("转正时间")] == day
    assert first[header.index("支部大会讨论时间")] == meeting


def test_the_registers_are_exported_on_their_own_and_a_members_record_for_one_person(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo.read() as session:
        name = member_years(session, SCOPE)[0].member.name
    target = tmp_path / "记实表"
    target.mkdir()
    code = main([*place_args(demo), "export", "member-records", "--year", str(TODAY.year),
                 "--person", name, "--to", str(target)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    (written,) = target.iterdir()
    assert written.name.endswith(f"{TODAY.year}年党员日常管理记实表（{name}）.docx")
    document = Document(str(written))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert name in cells and NOT_KEPT in cells  # 党员积分
    assert [p.text for p in document.paragraphs if "记实表" in p.text] == [
        f"党员日常管理记实表（{TODAY.year}年度）"
    ]
    sheet = tmp_path / "转出.xlsx"
    code = main([*place_args(demo), "export", "transfer-out-register", "--year",
                 str(TODAY.year), "--to", str(sheet)])  # fmt: skip
    assert code == 0
    rows = CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()
    assert any("未回" in row for row in rows)  # the demo's 转出: its 回执 not back


def test_the_registers_and_every_members_record_are_bound_in_the_archive(demo: Database) -> None:
    with demo.read() as session:
        binder = gather_binder(session, TODAY.year, TODAY)
        years = member_years(session, SCOPE)
    sections = {s.title: s for s in binder.sections}
    registers = sections["党员发展、转正和组织关系转接登记"]
    assert [i.title for i in registers.items] == [
        f"{TODAY.year}年{t}"
        for t in ("新发展党员登记表", "预备党员转正登记表", "转入党员登记表", "转出党员登记表")
    ]
    records = sections["党员日常管理记实表（一人一表）"]
    assert [i.title for i in records.items] == [
        f"{y.member.name}（{y.member.group_name}）" for y in years
    ]
    assert all(y.member.name in i.html for y, i in zip(years, records.items, strict=True))
