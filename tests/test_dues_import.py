"""A dues list recorded whole (issue 20): an Excel/CSV 名单 or lines pasted from a bank or WeChat
list, each row matched to a member and recorded by record_payment; every fault with its row,
column, value and reason, as in the roster import; a list with faults records nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dangwu_desktop.cli import main
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.startup import Database
from dangwu_desktop.io.dues_list import read_dues_file, read_pasted
from dangwu_desktop.ledgers.dues.models import DuesPayment
from dangwu_desktop.ledgers.dues.payment_list import (
    DuesListCheck,
    DuesListRefused,
    check_dues_list,
    record_dues_list,
)
from dangwu_desktop.ledgers.dues.rules import DuesCategory, StandardInput
from dangwu_desktop.ledgers.dues.service import PaymentInput, record_payment, set_standard
from tests.conftest import member
from tests.roster_files import id_number, write_xlsx
from tests.test_dues_service import person

D = Decimal
TODAY = date(2026, 11, 30)
WANG_1 = id_number("330726", date(1980, 5, 6), 11, "女")
WANG_2 = id_number("330726", date(1985, 8, 9), 21, "女")


@pytest.fixture
def village(database: Database, branch: None) -> dict[str, int]:
    """张三, 李四 and two women named 王芳 (told apart by their ID numbers), all 农民 at 0.50 a
    month from January; 李四 has paid January to October with receipt A001."""
    ids = {}
    with database.transaction() as session:
        ids["张三"] = add_member(session, person("张三"), TODAY).id
        ids["李四"] = add_member(session, person("李四"), TODAY).id
        ids["王芳1"] = add_member(session, member(name="王芳", id_number=WANG_1), TODAY).id
        ids["王芳2"] = add_member(session, member(name="王芳", id_number=WANG_2), TODAY).id
        for member_id in ids.values():
            set_standard(
                session, member_id, StandardInput(DuesCategory.FARMER, date(2026, 1, 1)), TODAY
            )
        record_payment(
            session,
            PaymentInput(ids["李四"], date(2026, 10, 3), D("5.00"), receipt_no="A001"),
            TODAY,
        )
    return ids


def _payments(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(DuesPayment)) or 0


def _check(database: Database, text: str, paid_on: date = TODAY) -> DuesListCheck:
    with database.read() as session:
        return check_dues_list(session, read_pasted(text), TODAY, paid_on)


HEADER = ["序号", "姓 名", "身份证号", "所属月份", "金额（元）", "交纳日期", "收据号", "代缴人"]


def test_a_spreadsheet_list_is_recorded_row_by_row(
    database: Database, village: dict, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "十一月党费.xlsx",
        [
            ["东岙村党支部2026年11月党费收缴名单"],
            HEADER,
            [1, "张三", "", "2026年1—11月", "5.50", date(2026, 11, 20), "B001", "张小明"],
            [2, "李四", "", "11月", 0.5, "2026-11-21", "B002", ""],
            [3, "王芳", WANG_2, "", 1, "", "", ""],
            [None, "合计", None, None, 7, None, None, None],
            ["填表人：陈静", None, None, None, None, None, None, None],
        ],
    )
    dues_list = read_dues_file(path)
    assert [row.number for row in dues_list.rows] == [3, 4, 5]
    assert [s.row for s in dues_list.skipped] == [6, 7]
    with database.transaction() as session:
        done = record_dues_list(session, dues_list, TODAY, TODAY)
    assert done.faults == [] and done.summary == "共3笔，7.00元"
    lines = {p.row: p for p in done.payments}
    assert lines[3].months_text == "2026年1—11月" and lines[3].paid_by == "张小明"
    assert lines[3].paid_on == date(2026, 11, 20)
    assert lines[4].months_text == "2026年11月"
    assert lines[5].name == "王芳" and lines[5].months_text == "2026年1—2月"
    assert lines[5].member_id == village["王芳2"] and lines[5].paid_on == TODAY
    # 1—4月 were paid more than six months late: the six-month rule's warning, not a refusal
    assert any("补交了2026年1—4月的党费，超过6个月" in w.reason for w in done.warnings)
    assert _payments(database) == 4


def test_every_fault_is_named_by_row_column_value_and_reason_and_nothing_is_recorded(
    database: Database, village: dict, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "名单.xlsx",
        [
            HEADER,
            [1, "张三", "", "", "0.50", "2026-11-20", "B001", ""],
            [2, "赵六", "", "", "0.50", "", "", ""],
            [3, "王芳", "", "", "0.50", "", "", ""],
            [4, "张三", "", "", "五毛", "", "", ""],
            [5, "张三", "", "", "0.50", "2026-12-01", "", ""],
            [6, "张三", "", "", "0.50", "", "A001", ""],
            [7, "张三", "", "13月", "0.50", "", "", ""],
            [8, "李四", "", "", "0.50", "2010-01-01", "", ""],
        ],
    )
    with database.read() as session:
        check = check_dues_list(session, read_dues_file(path), TODAY, TODAY)
    faults = [(f.row, f.column, f.value, f.reason) for f in check.faults]
    assert faults == [
        (3, "姓 名", "赵六", "花名册中没有这名党员"),
        (4, "姓 名", "王芳", "花名册中有2名党员叫王芳"),
        (5, "金额（元）", "五毛", "金额无法识别"),
        (6, "交纳日期", "2026-12-01", "交纳日期2026-12-01晚于今天"),
        (7, "收据号", "A001", "收据号“A001”已经用过"),
        (8, "所属月份", "13月", "月份无法识别"),
        (9, "交纳日期", "2010-01-01", "交纳日期2010-01-01早于入党时间2015-07-01"),
    ]  # fmt: skip
    assert check.faults[1].detail == "请在名单中加一列“身份证号”区分"
    refused = pytest.raises(DuesListRefused, match="名单有7行错误，没有登记任何党费")
    with refused, database.transaction() as session:
        record_dues_list(session, read_dues_file(path), TODAY, TODAY)
    assert _payments(database) == 1  # 李四's from before, and nothing of the list


def test_an_id_number_alone_finds_the_member_and_must_agree_with_the_name(
    database: Database, village: dict, tmp_path: Path
) -> None:
    path = tmp_path / "名单.csv"
    path.write_text(
        f"身份证号,姓名,金额\n{WANG_1},,0.50\n{WANG_2},张三,0.50\n110101199003070000,,0.50\n",
        encoding="utf-8-sig",
    )
    with database.read() as session:
        check = check_dues_list(session, read_dues_file(path), TODAY, TODAY)
    assert [p.member_id for p in check.payments] == [village["王芳1"]]
    assert [(f.row, f.reason) for f in check.faults] == [
        (3, "与身份证号不符：该号码是王芳的"),
        (4, "花名册中没有这个身份证号的党员"),
    ]


def test_pasted_lines_of_name_and_amount(database: Database, village: dict) -> None:
    """A WeChat list: "张三 ￥0.50"; a line copied from a bank statement, tab between cells; a
    date and a month may come in any order; a line that says more than that is a fault."""
    check = _check(
        database,
        "张三 ￥0.50\n\n李四\t0.50\t2026-11-02\n王芳 " + WANG_1 + " 1.00元 2026年3月\n"
        "王芳 0.50 已收\n",
        paid_on=date(2026, 11, 25),
    )
    lines = [(p.row, p.name, p.amount, p.months_text, p.paid_on) for p in check.payments]
    assert lines == [
        (1, "张三", D("0.50"), "2026年1月", date(2026, 11, 25)),
        (3, "李四", D("0.50"), "2026年11月", date(2026, 11, 2)),
        (4, "王芳", D("1.00"), "2026年3—4月", date(2026, 11, 25)),
    ]
    faults = [(f.row, f.column, f.value, f.reason) for f in check.faults]
    assert faults == [
        (5, "第3项", "已收", "无法识别"),
        (5, "姓名", "王芳", "花名册中有2名党员叫王芳"),
    ]
    assert _payments(database) == 1  # the check wrote nothing


def test_a_pasted_table_with_its_header_is_read_by_its_columns(
    database: Database, village: dict
) -> None:
    text = "交易日期\t对方户名\t交易金额\t摘要\n2026-11-03\t张三\t1.50\t党费\n2026-11-04\t李四\t0.50\t\n"
    check = _check(database, text)
    assert [(p.name, p.paid_on, p.months_text) for p in check.payments] == [
        ("张三", date(2026, 11, 3), "2026年1—3月"),
        ("李四", date(2026, 11, 4), "2026年11月"),
    ]


@pytest.mark.parametrize(
    ("month", "amount", "paid_on", "covered"),
    [
        ("12月", "0.50", date(2027, 1, 10), "2026年12月"),  # the December just past
        ("12月", "0.50", date(2026, 11, 10), "2026年12月"),  # paid ahead
        ("1月", "0.50", date(2026, 11, 10), "2026年1月"),  # paid back
        ("2026.3", "0.50", date(2026, 11, 10), "2026年3月"),
        ("1-2月", "1.00", date(2026, 11, 10), "2026年1—2月"),
        ("2026年11月—2027年1月", "1.50", date(2026, 11, 10), "2026年11—12月、2027年1月"),
    ],
)
def test_a_month_without_its_year_is_this_years_unless_that_is_far_ahead(
    database: Database, village: dict, month: str, amount: str, paid_on: date, covered: str
) -> None:
    with database.read() as session:
        check = check_dues_list(
            session, read_pasted(f"张三\t{amount}\t{month}"), date(2027, 1, 31), paid_on
        )
    assert [p.months_text for p in check.payments] == [covered]


def test_a_payment_short_of_a_months_dues_is_pointed_out(database: Database, village: dict) -> None:
    check = _check(database, "张三\t1.20")
    assert check.payments[0].months_text == "2026年1—3月"
    assert "不够交满2026年3月：还差0.30元" in [w.reason for w in check.warnings]


def test_a_range_the_amount_does_not_cover_is_pointed_out(
    database: Database, village: dict
) -> None:
    check = _check(database, "张三\t1.00\t1—3月")
    assert "所填月份为2026年1—3月，1.00元实际交到2026年2月" in [w.reason for w in check.warnings]


def test_import_dues_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    database = _farmers_database(tmp_path / "cli.sqlite3")
    database.dispose()
    listed = tmp_path / "名单.txt"
    listed.write_text("张三 0.50\n赵六 0.50\n", encoding="utf-8")
    assert main(["--db", db, "import-dues", str(listed), "--check"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "2\t姓名\t花名册中没有这名党员：请核对姓名，或先在花名册中登记\n"
    assert "没有登记任何党费" in captured.err
    listed.write_text("张三 0.50\n", encoding="utf-8")
    assert main(["--db", db, "import-dues", str(listed), "--check"]) == 0
    assert "检查无误：共1笔，0.50元" in capsys.readouterr().out
    from dangwu_desktop.db.backups import list_backups

    assert main(["--db", db, "import-dues", str(listed), "--date", "2026-11-02"]) == 0
    assert "已登记党费共1笔，0.50元" in capsys.readouterr().out
    # backed up first, as before a roster import: the list can be undone from 设置
    assert "before-import" in [b.label for b in list_backups(tmp_path / "backups" / "cli")]
    assert main(["--db", db, "import-dues", str(listed), "--date", "明天"]) == 2


def _farmers_database(path: Path) -> Database:
    """A database whose 张三 owes 0.50 a month from January (no branch needed)."""
    from dangwu_desktop.db.startup import open_database

    database = open_database(path)
    with database.transaction() as session:
        member_id = add_member(session, person("张三"), TODAY).id
        set_standard(
            session, member_id, StandardInput(DuesCategory.FARMER, date(2026, 1, 1)), TODAY
        )
    return database
