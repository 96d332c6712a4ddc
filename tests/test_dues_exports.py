"""The 党费 files a township inspector reads: the 登记簿 (Excel), the 公示 for the notice board
(Word), the 上缴 summary (Excel), and the workbook's 党费收缴 sheet, which must say what the work
report's 党费收缴情况 says."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from dangwu_desktop.core.money import yuan
from dangwu_desktop.core.periods import YearPeriod
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.startup import Database
from dangwu_desktop.ledgers import ExportScope, export_named
from dangwu_desktop.ledgers.dues.report import dues, dues_text
from dangwu_desktop.ledgers.dues.rules import DuesCategory, Month, StandardInput
from dangwu_desktop.ledgers.dues.service import (
    PaymentInput,
    RemittanceInput,
    SpecialInput,
    record_payment,
    record_remittance,
    record_special,
    set_standard,
)
from tests.test_dues_service import person

D = Decimal
TODAY = date(2026, 11, 30)
BRANCH = "中共东岙村支部委员会"
YEAR = ExportScope(TODAY, 2026)
LEADING_ZERO = re.compile(r"(?:年|^|[^0-9])0[1-9]月|月0[1-9]日")


@pytest.fixture
def village(database: Database, branch: None) -> dict[str, int]:
    """Three 农民 at 0.50 and one 在职 at 4200 (42.00) from January. 张三's son hands in
    January to November; 李四 paid to June and is four months behind; 王五 paid the whole year in
    March; 赵六 paid to October; 李四 gave 50 yuan 特殊党费 in July, handed up in October."""
    ids = {}
    with database.transaction() as session:
        for name in ("张三", "李四", "王五", "赵六"):
            ids[name] = add_member(session, person(name), TODAY).id
        for name in ("张三", "李四", "王五"):
            set_standard(
                session, ids[name], StandardInput(DuesCategory.FARMER, date(2026, 1, 1)), TODAY
            )
        set_standard(
            session,
            ids["赵六"],
            StandardInput(DuesCategory.EMPLOYED, date(2026, 1, 1), D("4200")),
            TODAY,
        )
        for name, day, amount, paid_by in (
            ("张三", date(2026, 11, 5), "5.50", "张小明"),
            ("李四", date(2026, 6, 10), "3.00", ""),
            ("王五", date(2026, 3, 1), "6.00", ""),
            ("赵六", date(2026, 10, 8), "420.00", ""),
        ):
            record_payment(
                session,
                PaymentInput(ids[name], day, D(amount), Month(2026, 1), paid_by=paid_by),
                TODAY,
            )
        record_special(
            session, SpecialInput(ids["李四"], date(2026, 7, 16), D("50"), "支援防汛救灾"), TODAY
        )
        record_remittance(
            session,
            RemittanceInput(
                date(2026, 10, 15), D("50"), Month(2026, 7), Month(2026, 9), "镇党委收据0012"
            ),
            TODAY,
        )
    return ids


def _write(database: Database, key: str, scope: ExportScope, folder: Path) -> Path:
    export = export_named(key)
    with database.read() as session:
        gathered = export.gather(session, scope)
    return export.write(folder / export.file_name(BRANCH, scope), gathered, BRANCH, scope)


def _rows(path: Path, sheet: str | None = None) -> list[list[object]]:
    workbook = CalamineWorkbook.from_path(str(path))
    return workbook.get_sheet_by_name(sheet or workbook.sheet_names[0]).to_python()


def _by_name(rows: list[list[object]], header: list[object]) -> dict[str, dict[object, object]]:
    return {str(row[1]): dict(zip(header, row, strict=False)) for row in rows if row[1]}


def test_the_register_has_a_row_a_member_and_a_column_a_month(
    database: Database, village: dict, tmp_path: Path
) -> None:
    path = _write(database, "dues-register", YEAR, tmp_path)
    assert path.name == f"{BRANCH}2026年党费收缴登记簿.xlsx"
    rows = _rows(path)
    assert rows[0][0] == f"{BRANCH}2026年党费收缴登记簿"
    header = rows[2]
    assert header[:5] == ["序号", "姓名", "党小组", "类别", "每月应交"]
    assert header[5:17] == [f"{m}月" for m in range(1, 13)]
    assert header[17:] == ["应交（截至10月）", "实交", "欠交", "特殊党费", "备注"]
    members = _by_name(rows[3:], header)
    # money is a number the sheet can add up, shown to the fen
    assert members["李四"]["1月"] == 0.5 and members["李四"]["6月"] == 0.5
    assert [members["李四"][f"{m}月"] for m in (7, 10, 11, 12)] == ["未交", "未交", "", ""]
    assert members["李四"]["欠交"] == 2.0 and members["李四"]["特殊党费"] == 50.0
    assert members["赵六"]["每月应交"] == 42.0 and members["赵六"]["类别"] == "在职"
    assert members["张三"]["备注"] == "1—11月由张小明代缴；1—4月补交超过6个月"
    assert members["王五"]["12月"] == 0.5 and members["王五"]["备注"] == "12月为预交"
    assert members["王五"]["实交"] == 5.0  # November is still being collected, December ahead
    total = members["合计"]
    assert (total["应交（截至10月）"], total["实交"], total["欠交"]) == (435.0, 433.0, 2.0)
    assert total["12月"] == 0.5 and total["备注"] == "另收当月、预交和多交的1.50元，未计入实交"
    texts = [str(row[0]) for row in rows if row and row[0]]
    assert (
        "2026年收缴情况：应交党费435.00元，实交433.00元，收缴率99.5%；欠交1人，共2.00元。" in texts
    )
    assert any("当月党费尚在收缴，不计入应交" in text for text in texts)
    assert texts[-1].startswith("填表人：") and "审核人：" in texts[-1]


def test_the_register_prints_one_page_wide_in_landscape_with_its_header_on_every_page(
    database: Database, village: dict, tmp_path: Path
) -> None:
    sheet = load_workbook(_write(database, "dues-register", YEAR, tmp_path)).active
    assert sheet is not None
    setup = sheet.page_setup
    assert (setup.orientation, str(setup.paperSize)) == ("landscape", "9")
    assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0)  # 1 wide is the default
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$3"
    assert sheet.freeze_panes == "C4"  # the header and the names stay in view


def test_the_notice_lists_each_members_months_and_the_totals(
    database: Database, village: dict, tmp_path: Path
) -> None:
    path = _write(database, "dues-notice", YEAR, tmp_path)
    document = Document(str(path))
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["序号", "姓名", "每月应交", "已交月份", "交纳金额", "特殊党费", "备注"]
    by_name = {row[1]: row for row in rows[1:]}
    assert by_name["李四"] == ["2", "李四", "0.50", "1—6月", "3.00", "50.00", "欠交4个月2.00元"]
    assert by_name["王五"][3:5] == ["1—12月", "6.00"]
    assert by_name["合计"][3:6] == ["4人", "434.50", "50.00"]
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts[0] == f"{BRANCH}2026年党费收缴情况公示".replace(BRANCH, BRANCH + "\n")
    assert (
        "2026年（截至10月）全支部4名党员应交党费435.00元，实交433.00元，收缴率99.5%；"
        "1名党员欠交，共2.00元。" in texts[3]
    )
    assert "党员自愿交纳特殊党费1笔，共50.00元（用于支援防汛救灾）。" in texts
    assert "支部已向上级党委上缴党费50.00元（10月15日上缴50.00元），尚未上缴434.50元。" in texts
    signed = [p for p in document.paragraphs if p.text][-2:]
    assert [p.text for p in signed] == [BRANCH, "2026年11月30日"]
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.RIGHT for p in signed)
    assert [t for t in texts if LEADING_ZERO.search(t)] == []


def test_the_remittance_summary_sets_each_handing_up_against_what_came_in(
    database: Database, village: dict, tmp_path: Path
) -> None:
    rows = _rows(_write(database, "dues-remittances", YEAR, tmp_path))
    assert rows[0][0] == f"{BRANCH}2026年党费上缴情况汇总表"
    header = rows[2]
    assert header[:8] == [
        "序号", "上缴日期", "所属月份", "上缴金额", "其间收到党费", "其间特殊党费", "应上缴", "差额",
    ]  # fmt: skip
    first = dict(zip(header, rows[3], strict=True))
    assert first["上缴日期"] == date(2026, 10, 15) and first["所属月份"] == "2026年7—9月"
    assert (first["上缴金额"], first["其间收到党费"], first["其间特殊党费"]) == (50.0, 0.0, 50.0)
    assert first["差额"] == 0.0 and first["凭证号"] == "镇党委收据0012"
    texts = [str(row[0]) for row in rows if row and row[0]]
    # received by the day: 5.50 + 3.00 + 6.00 + 420.00, and the 50 of 特殊党费
    assert (
        "2026年收到党费434.50元、特殊党费50.00元，共484.50元；上缴50.00元；未上缴434.50元。"
        in texts
    )


def test_the_workbook_sheet_says_what_the_work_report_says(
    database: Database, village: dict, tmp_path: Path
) -> None:
    scope = ExportScope(TODAY, 2026, quarter=4)
    path = _write(database, "workbook", scope, tmp_path)
    rows = _rows(path, "党费收缴")
    header = rows[2]
    assert header[5:8] == ["10月", "11月", "12月"]
    total = _by_name(rows[3:], header)["合计"]
    with database.read() as session:
        part = dues(session, YearPeriod(2026, 4), TODAY)
    assert (total["应交（截至10月）"], total["实交"], total["欠交"]) == (
        float(part.owed),
        float(part.paid),
        float(part.arrears),
    )
    report = dues_text(part).lines
    assert report is not None
    figures = f"应交党费{yuan(part.owed)}元，实交{yuan(part.paid)}元，收缴率{part.rate_text}"
    assert f"应交{yuan(part.owed)}元，实交{yuan(part.paid)}元" in report[0]
    assert any(figures in str(row[0]) for row in rows if row and row[0])
