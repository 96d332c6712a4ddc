"""The 回执 of a 转出's 组织关系介绍信: kept on the movement (the day it came back), shown in the
转出党员登记表 (已回 with its day / 未回), and reminded of on the 首页 once the set months have
passed without it (地方规定, 3 months unless set otherwise). A member who comes from another
branch is added with their 转入, which the 转入党员登记表 lists."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.glossary import MovementKind
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.settings import set_setting
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers import ExportScope
from dangwu_desktop.ledgers.registers.binder import register_named
from dangwu_desktop.ledgers.registers.reminders import KIND, RECEIPT_MONTHS, reminders
from tests.conftest import TODAY, member

OUT = MovementKind.TRANSFER_OUT


def _moved_out(database: Database, day: date, receipt: date | None = None) -> int:
    with database.transaction() as session:
        added = member_service.add_member(session, member(), TODAY)
        member_service.record_movement(
            session, added.id,
            Movement(OUT, day, "工作调动", "中共城南社区委员会", "浙组转字〔2026〕3号",
                     receipt_date=receipt),
            TODAY,
        )  # fmt: skip
        return added.movements[0].id


# 转出 day, 回执 day, reminded on TODAY (2026-06-30) with the default 3 months
REMINDED = [
    (date(2026, 3, 30), None, True),  # three whole months: due
    (date(2026, 4, 1), None, False),  # not yet three months
    (date(2026, 1, 5), date(2026, 2, 1), False),  # came back
]


@pytest.mark.parametrize(("moved", "receipt", "reminded"), REMINDED)
def test_a_receipt_not_back_after_the_set_months_is_reminded(
    database: Database, moved: date, receipt: date | None, reminded: bool
) -> None:
    _moved_out(database, moved, receipt)
    with database.read() as session:
        found = [r for r in reminders(session, TODAY) if r.kind == KIND]
    assert bool(found) is reminded
    if reminded:
        assert "张三于2026-03-30转往中共城南社区委员会，已3个月仍未登记介绍信回执" in found[0].text


def test_the_reminders_months_are_a_setting(database: Database) -> None:
    _moved_out(database, date(2026, 5, 1))
    with database.transaction() as session:
        assert reminders(session, TODAY) == []
        set_setting(session, RECEIPT_MONTHS, "1")
        assert len(reminders(session, TODAY)) == 1


def test_the_receipt_is_recorded_later_and_shown_in_the_register(database: Database) -> None:
    movement_id = _moved_out(database, date(2026, 3, 1))
    scope = ExportScope(TODAY, 2026)
    with database.read() as session:
        (row,) = register_named(session, scope, "transfer-out-register").rows
    assert "未回" in row
    with database.transaction() as session:
        with pytest.raises(RecordInvalid, match="不能早于转出日期"):
            member_service.record_receipt(session, movement_id, date(2026, 2, 1), TODAY)
        with pytest.raises(RecordInvalid, match="不能晚于今天"):
            member_service.record_receipt(session, movement_id, date(2026, 7, 1), TODAY)
        member_service.record_receipt(session, movement_id, date(2026, 3, 25), TODAY)
    with database.read() as session:
        (row,) = register_named(session, scope, "transfer-out-register").rows
        assert "已回（2026-03-25）" in row
        assert reminders(session, TODAY) == []


def test_only_a_transfer_out_has_a_receipt(database: Database) -> None:
    with database.transaction() as session:
        added = member_service.add_member(session, member(), TODAY)
        with pytest.raises(RecordInvalid, match="只有转出才登记介绍信回执"):
            member_service.record_movement(
                session, added.id,
                Movement(MovementKind.MOBILE_OUT, date(2026, 3, 1), place="杭州",
                         receipt_date=date(2026, 3, 5)),
                TODAY,
            )  # fmt: skip


def test_a_member_from_another_branch_is_added_with_the_transfer_in(database: Database) -> None:
    """由外单位转入: the member's history begins with the 转入; before it they were not on this
    branch's roll, from it they are, and the 转入党员登记表 lists them."""
    arrival = Movement(MovementKind.TRANSFER_IN, date(2026, 5, 10), "由外单位转入",
                       "中共某镇某村支部委员会", "浙组转字〔2026〕8号")  # fmt: skip
    with database.transaction() as session:
        added = member_service.add_member(session, member(), TODAY, arrival)
        assert added.status.value == "在册"
        with pytest.raises(ServiceError, match="只能登记“由外单位转入”"):
            member_service.add_member(
                session, member(name="李四", id_number="330726199001011262"), TODAY,
                Movement(OUT, date(2026, 5, 10), other_org="某地"),
            )  # fmt: skip
    with database.read() as session:
        (row,) = register_named(session, ExportScope(TODAY, 2026), "transfer-in-register").rows
        assert row[1] == "张三" and "中共某镇某村支部委员会" in row and "浙组转字〔2026〕8号" in row
        assert register_named(session, ExportScope(TODAY, 2025), "transfer-in-register").rows == []
