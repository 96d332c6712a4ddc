"""Importing the villages' own roster files: every kind of file, every date form, every fault kind."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dangwu_desktop.cli import main
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind
from dangwu_desktop.core.models import Member, MemberMovement, PartyGroup
from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services.roster_import import ImportCancelled, apply_import
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.roster_reader import check_roster_file, read_roster
from dangwu_desktop.io.tables import TableFileError
from tests.conftest import SAMPLES
from tests.roster_files import (
    bad_rows_roster,
    messy_csv,
    messy_roster,
    standard_roster,
    write_xlsx,
)

TODAY = date(2026, 11, 25)
HEADER = ["姓名", "性别", "出生日期", "公民身份号码", "入党时间", "转正时间", "人员类别"]
VALID = ["张三", "男", "1990-01-01", "330726199001011238", "2015-07-01", "2016-07-01", "正式党员"]


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def check(database: Database, path: Path) -> list[tuple[int, str]]:
    roster = read_roster(path)
    with database.read() as session:
        result = check_roster_file(session, roster, TODAY)
    return [(fault.row, fault.reason) for fault in result.first_fault_per_row()]


def count(database: Database, model: type = Member) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# Roster files as villages send them (written by tests/roster_files.py), through the command line


def test_check_lists_each_faulty_row_once_with_its_first_fault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster_file = bad_rows_roster(tmp_path / "bad_rows.xlsx")
    code = main(["--db", str(tmp_path / "c.sqlite3"), "import-roster", str(roster_file), "--check"])
    assert capsys.readouterr().out.splitlines() == [
        "3\t身份号码校验位错误",
        "5\t姓名为空",
        "7\t入党时间在未来",
        "9\t入党时未满18周岁",
        "11\t性别无法识别",
        "13\t入党时间无法识别",
        "15\t转正时间早于入党时间",
        "17\t人员类别无法识别",
        "19\t身份号码位数不正确",
        "21\t身份号码被存成数字，末位已丢失",
        "22\t身份号码与第2行重复",
    ]
    assert code == 1


def test_the_standard_roster_is_clean_and_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "s.sqlite3")]
    roster_file = str(standard_roster(tmp_path / "standard.xlsx", count=36))
    assert main([*db, "import-roster", roster_file, "--check"]) == 0
    assert capsys.readouterr().out == ""
    assert main([*db, "import-roster", roster_file]) == 0
    assert capsys.readouterr().out.strip() == "已导入36人，更新0人，跳过已有0人"
    assert main([*db, "import-roster", roster_file]) == 0
    assert capsys.readouterr().out.strip() == "已导入0人，更新0人，跳过已有36人"


def test_the_messy_legacy_xls(database: Database, tmp_path: Path) -> None:
    """WPS .xls: a title row, 入党情况 merged over 入党时间/转正时间, month-only birth dates, dates
    typed three ways, spaced names, a trailing space in a number, three ID numbers mangled into
    floats, blank rows and a footer (tests/roster_files.py: messy_roster)."""
    roster = read_roster(messy_roster(tmp_path / "西岙村.xls"))
    assert (roster.header.first_row, roster.header.last_row) == (2, 3)
    titles = {c.title: c.target for c in roster.header.columns}
    assert (
        titles["入党情况/入党时间"] == "join_date"
        and titles["入党情况/转正时间"] == "full_member_date"
    )
    assert titles["姓 名"] == "name" and titles["出生年月"] == "birth_date"
    assert roster.unmatched == []
    assert [(s.row, s.reason) for s in roster.skipped] == [
        (8, "空行"), (13, "空行"), (19, "空行"), (23, "空行"),
        (24, "表尾：合计：16人"), (25, "表尾：填表人：            审核人："),
    ]  # fmt: skip
    with database.read() as session:
        result = check_roster_file(session, roster, TODAY)
    assert [(f.row, f.column, f.reason) for f in result.first_fault_per_row()] == [
        (row, "身份证号码", "身份号码被存成数字，末位已丢失") for row in (7, 11, 17)
    ]
    assert result.faults[0].value == "4.10122E+17"  # as WPS shows the mangled number
    assert len(result.accepted) == 16 - 3
    by_row = {c.row: c.data for c in result.accepted}
    assert by_row[9].name == "熊玉"  # "熊 玉"
    assert by_row[4].birth_date == date(1979, 10, 12)  # "1979年10月", the day from the ID number
    assert [by_row[row].join_date for row in (4, 5, 6)] == [
        date(2013, 8, 17),  # "2013.8.17"
        date(1959, 11, 30),  # a date cell
        date(2021, 9, 20),  # "2021年9月20日"
    ]
    assert by_row[14].id_number == "410122193805152292"  # "410122193805152292 "
    assert by_row[10].category is MemberCategory.PROBATIONARY  # no 转正时间
    assert result.warnings == []  # month-only births agree with the ID numbers: nothing to report


def test_the_messy_roster_exported_by_wps_as_gbk_csv(database: Database, tmp_path: Path) -> None:
    """The same roster saved as CSV: the mangled numbers are now the text 4.10122E+17."""
    roster = read_roster(messy_csv(tmp_path / "西岙村.csv"))
    assert (roster.header.first_row, roster.header.last_row) == (2, 3)
    with database.read() as session:
        result = check_roster_file(session, roster, TODAY)
    assert [(f.row, f.value, f.reason) for f in result.first_fault_per_row()] == [
        (7, "4.10122E+17", "身份号码被存成数字，末位已丢失"),
        (11, "6.10124E+17", "身份号码被存成数字，末位已丢失"),
        (17, "3.30303E+17", "身份号码被存成数字，末位已丢失"),
    ]
    by_row = {c.row: c.data for c in result.accepted}
    assert (by_row[5].join_date, by_row[16].name) == (date(1959, 11, 30), "邹志红")
    assert result.warnings == []


def test_faulty_rows_block_the_import(database: Database, tmp_path: Path) -> None:
    roster = read_roster(bad_rows_roster(tmp_path / "bad_rows.xlsx"))
    with database.transaction() as session:
        result = check_roster_file(session, roster, TODAY)
        assert len(result.accepted) == 22 - 11  # the valid rows alone would import
        with pytest.raises(ServiceError, match="11行有错误"):
            apply_import(session, result, TODAY, update_existing=False, source="x")
    assert count(database) == 0


def test_the_fault_report_lists_each_faulty_row_for_whoever_fixes_the_file(
    database: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from dangwu_desktop.io.fault_report import save_fault_report

    roster = read_roster(bad_rows_roster(tmp_path / "bad_rows.xlsx"))
    with database.read() as session:
        result = check_roster_file(session, roster, TODAY)
    report = load_workbook(save_fault_report(tmp_path / "错误报告.xlsx", roster, result))
    assert report.sheetnames == ["错误", "提示", "跳过的行"]
    faults = report["错误"]
    assert "bad_rows.xlsx" in faults["A1"].value and faults["A1"].font.b
    assert [cell.value for cell in faults[2]] == ["行号", "列", "内容", "问题", "说明"]
    listed = [row for row in faults.iter_rows(min_row=3, values_only=True)]
    assert [(row[0], row[3]) for row in listed] == [(f.row, f.reason) for f in result.faults]
    assert (listed[0][0], listed[0][1], listed[0][3]) == (3, "公民身份号码", "身份号码校验位错误")
    assert faults.freeze_panes == "A3"


def test_the_fault_report_prints_as_a_form_on_every_sheet(
    database: Database, tmp_path: Path
) -> None:
    """Issue 18: A4 landscape fitted to the width, a title and column widths on every sheet, a
    bordered table whose header repeats on every page, 宋体 throughout (8 faulty rows printed on
    7 pages)."""
    from openpyxl import load_workbook

    from dangwu_desktop.io.fault_report import save_fault_report

    roster = read_roster(bad_rows_roster(tmp_path / "bad_rows.xlsx"))
    with database.read() as session:
        result = check_roster_file(session, roster, TODAY)
    report = load_workbook(save_fault_report(tmp_path / "错误报告.xlsx", roster, result))
    for sheet in report.worksheets:
        assert "bad_rows.xlsx" in str(sheet["A1"].value), sheet.title
        assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows == "$1:$2" and sheet.freeze_panes == "A3"
        assert sheet.column_dimensions["A"].width and sheet.column_dimensions["B"].width > 10
        cells = [c for row in sheet.iter_rows() for c in row if c.value not in (None, "")]
        assert {c.font.name for c in cells} == {"宋体"}, sheet.title
        table = [c for c in cells if c.row >= 2]
        assert table and all(c.border.left.style == "thin" for c in table), sheet.title


# Real villages' files: a check on real-world rosters where they are at hand, not a requirement


def test_the_real_sample_rosters_give_their_expected_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every roster in ../shared/samples (beside the clone, in the project's workspace only) is
    read; each one with a NAME.expected.txt reports exactly the faulty rows listed there."""
    if not SAMPLES.is_dir():
        pytest.skip(
            f"no real sample rosters at {SAMPLES}: the check on real-world files is skipped"
        )
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in {".xlsx", ".xls", ".csv"})
    assert files, f"{SAMPLES} holds no roster files"
    for roster_file in files:
        db = ["--db", str(tmp_path / f"{roster_file.stem}.sqlite3")]
        code = main([*db, "import-roster", str(roster_file), "--check"])
        out = capsys.readouterr()
        assert code in (0, 1), (roster_file.name, out.err)  # 2: the file could not be read
        expected_file = roster_file.with_name(f"{roster_file.stem}.expected.txt")
        if expected_file.exists():
            expected = [
                line
                for line in expected_file.read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")
            ]
            assert out.out.splitlines() == expected, roster_file.name
            assert code == (1 if expected else 0), roster_file.name


# Header finding and column mapping


def test_header_below_title_rows_with_synonyms_and_unknown_columns(
    database: Database, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["东岙村党员名册"],
        ["单位：东岙村党支部", None, None, "2026年10月"],
        ["序号", "姓 名", "身份证号", "入党日期", "转正日期", "手机号码", "特长"],
        [1, "张三", "330726199001011238", "2015.7.1", "2016.7.1", "13800001111", "木工"],
    ]
    roster = read_roster(write_xlsx(tmp_path / "a.xlsx", rows))
    assert roster.header.first_row == 3
    assert roster.unmatched == ["特长"]  # shown, never silently dropped
    targets = [c.target for c in roster.header.columns]
    assert targets == [
        "ignore",
        "name",
        "id_number",
        "join_date",
        "full_member_date",
        "phone",
        None,
    ]
    corrected = roster.with_mapping({6: "remarks"})
    with database.read() as session:
        result = check_roster_file(session, corrected, TODAY)
    assert (
        result.accepted[0].data.remarks == "木工" and result.accepted[0].data.phone == "13800001111"
    )


def test_a_file_without_a_roster_header_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "b.xlsx", [["会议记录"], ["时间", "地点"]])
    with pytest.raises(TableFileError, match="没有找到花名册表头"):
        read_roster(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.xlsx", b"this is not a spreadsheet", "无法打开"),
        ("a.xls", b"\xd0\xcf\x11\xe0 broken", "无法打开"),
        ("a.docx", b"PK", "不是可导入的表格文件"),
        ("a.csv", b"\xff\xfe\x00\x00\x81\x30", "编码无法识别|不是文本格式"),
    ],
)
def test_unreadable_files_get_a_clear_message(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TableFileError, match=message):
        read_roster(path)


# Normalising values


@pytest.mark.parametrize(
    "join",
    [
        "2015-7-1",
        "2015/07/01",
        "2015.07.01",
        "2015年7月1日",
        "20150701",
        "２０１５－０７－０１",
        42186,
        "2015.07",
    ],
)
def test_every_date_form_in_a_file(database: Database, tmp_path: Path, join: object) -> None:
    row = [*VALID]
    row[4], row[5] = join, "2016年7月1日"  # type: ignore[call-overload]
    path = write_xlsx(tmp_path / "d.xlsx", [HEADER, row])
    with database.read() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
    assert result.faults == [] and result.accepted[0].data.join_date == date(2015, 7, 1)


def test_csv_in_gbk_and_utf8(database: Database, tmp_path: Path) -> None:
    for encoding in ("gbk", "utf-8-sig", "utf-8"):
        path = write_csv(tmp_path / f"{encoding}.csv", [HEADER, VALID], encoding)
        with database.read() as session:
            result = check_roster_file(session, read_roster(path), TODAY)
        assert [c.data.name for c in result.accepted] == ["张三"], encoding


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        (3, 3.30726199001011e17, "身份号码被存成数字，末位已丢失"),
        (3, "330726199001011234", "身份号码校验位错误"),
        (3, "33072619900101", "身份号码位数不正确"),
        (0, "", "姓名为空"),
        (1, "未知", "性别无法识别"),
        (2, "1990年13月", "出生日期无法识别"),
        (4, "去年七一", "入党时间无法识别"),
        (4, "2031-01-01", "入党时间在未来"),
        (4, "2005-01-01", "入党时未满18周岁"),
        (5, "2015-06-30", "转正时间早于入党时间"),
        (6, "积极分子", "人员类别无法识别"),
    ],
)
def test_each_fault_kind_names_row_column_and_reason(
    database: Database, tmp_path: Path, column: int, value: object, reason: str
) -> None:
    row: list[object] = [*VALID]
    row[column] = value
    path = write_xlsx(tmp_path / "f.xlsx", [HEADER, row])
    with database.read() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
    fault = result.faults[0]
    assert (fault.row, fault.reason) == (2, reason)
    assert fault.column in HEADER


def test_a_rows_unreadable_cells_come_before_what_the_rules_find_and_a_refused_row_warns_nothing(
    database: Database, tmp_path: Path
) -> None:
    """One row, every fault in reading order: the cells that could not be read, then the rules'
    errors, then what the ID number contradicts (an error for an import, issue 19); its warnings
    (a 正式党员 without 转正时间) are not listed, as the row is refused anyway. The next row's is."""
    refused = ["张三", "女", "1990-02-01", "330726199001011238", "2031-01-01", "", "积极分子"]
    warned = ["李四", "男", "1980-01-01", _valid_id(1), "2015-07-01", "", "正式党员"]
    path = write_xlsx(tmp_path / "f.xlsx", [HEADER, refused, warned])
    with database.read() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
    assert [(f.row, f.reason) for f in result.faults] == [
        (2, "人员类别无法识别"),
        (2, "入党时间在未来"),
        (2, "出生日期与身份号码不一致"),
        (2, "性别与身份号码不一致"),
    ]
    assert [(w.row, w.reason) for w in result.warnings] == [(3, "正式党员未填转正时间")]


def test_sex_variants_and_a_legacy_15_digit_number(database: Database, tmp_path: Path) -> None:
    rows = [HEADER, ["张三", "男性", "", "330726900101123", "2015-07-01", "2016-07-01", "正式"]]
    path = write_xlsx(tmp_path / "s.xlsx", rows)
    with database.read() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
    data = result.accepted[0].data
    assert (data.id_number, data.sex.value if data.sex else None) == ("330726199001011238", "男")
    assert "15位旧身份号码已转换为18位" in [w.reason for w in result.warnings]


# Committing: all or nothing, duplicates, updates as history


def test_import_adds_groups_mobile_members_and_statuses(database: Database, tmp_path: Path) -> None:
    header = [*HEADER, "党小组", "是否流动党员", "流向", "党籍状态"]
    rows = [
        header,
        [*VALID, "第二党小组", "是", "浙江省杭州市", "在册"],
        ["李梅", "女", "", "110101199003074426", "2015-07-01", "2016-07-01", "正式党员", "第一党小组", "否", "", "去世"],
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "g.xlsx", rows)
    with database.transaction() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
        assert result.new_groups == ["第一党小组", "第二党小组"]
        outcome = apply_import(session, result, TODAY, update_existing=False, source="g.xlsx")
    assert (outcome.added, count(database, PartyGroup)) == (2, 2)
    with database.read() as session:
        members = {m.name: m for m in session.scalars(select(Member))}
        assert members["张三"].is_mobile and members["张三"].mobile_place == "浙江省杭州市"
        assert members["李梅"].status is MembershipStatus.DECEASED
        reasons = [m.reason for m in session.scalars(select(MemberMovement))]
    assert all("导入《g.xlsx》第" in reason for reason in reasons)


def test_existing_members_are_skipped_or_updated_with_a_history_entry(
    database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "u.xlsx", [[*HEADER, "联系电话"], [*VALID, "13800001111"]])
    for phone, update in (("13800001111", False), ("13922223333", True)):
        path = write_xlsx(tmp_path / "u.xlsx", [[*HEADER, "联系电话"], [*VALID, phone]])
        with database.transaction() as session:
            result = check_roster_file(session, read_roster(path), TODAY)
            apply_import(session, result, TODAY, update_existing=update, source="u.xlsx")
    with database.read() as session:
        member = session.scalars(select(Member)).one()
        assert member.phone == "13922223333"
        entry = member.movements[-1]
        assert entry.kind is MovementKind.UPDATED_BY_IMPORT and "联系电话" in entry.reason
    assert count(database) == 1


def test_a_cancelled_import_leaves_the_roster_untouched(database: Database, tmp_path: Path) -> None:
    rows = [HEADER] + [
        [f"党员{i}", "", "", _valid_id(i), "2015-07-01", "2016-07-01", "正式党员"]
        for i in range(1100)
    ]
    path = write_xlsx(tmp_path / "c.xlsx", rows)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 1000

    with pytest.raises(ImportCancelled), database.transaction() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
        apply_import(
            session, result, TODAY, update_existing=False, source="c.xlsx", progress=progress
        )
    assert seen == [500, 1000] and count(database) == 0


def _valid_id(index: int) -> str:
    from stdnum.cn import ric

    body = f"3307261980{1 + index // 1000:02d}01{index % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def test_a_one_line_cell_wrapped_with_alt_enter_is_read_as_one_line(
    database: Database, tmp_path: Path
) -> None:
    """Excel keeps a line break typed with Alt+Enter in a cell; in 工作岗位 or 籍贯 it is layout,
    not content, so the row is read, not refused as text that cannot be stored. A break pasted
    from Word (U+000B) is a line break too."""
    path = write_xlsx(
        tmp_path / "wrapped.xlsx",
        [
            ["姓名", "公民身份号码", "入党时间", "转正时间", "籍贯", "工作岗位", "备注"],
            ["王五", "330726199001011238", "2010-01-01", "2011-01-05", "浙江\n浦江", "农民\r\n村干部", "一\n二"],
        ],
    )  # fmt: skip
    with database.read() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
    assert result.faults == []
    data = result.accepted[0].data
    assert (data.native_place, data.occupation, data.remarks) == (
        "浙江 浦江",
        "农民 村干部",
        "一\n二",
    )
    pasted = tmp_path / "pasted.csv"
    with pasted.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(
            [
                ["姓名", "公民身份号码", "入党时间", "转正时间", "工作岗位", "备注"],
                [
                    "王五",
                    "330726199001011238",
                    "2010-01-01",
                    "2011-01-05",
                    "农民\x0b村干部",
                    "一\x0b二",
                ],
            ]
        )
    with database.read() as session:
        result = check_roster_file(session, read_roster(pasted), TODAY)
    assert result.faults == []
    data = result.accepted[0].data
    assert (data.occupation, data.remarks) == ("农民 村干部", "一\n二")


def test_every_kind_of_white_space_in_a_cell_is_one_space_and_none_in_a_name(
    database: Database, tmp_path: Path
) -> None:
    """A full-width space (U+3000), a no-break space from a web page and a tab are spaces too: a
    run of them is one space in a one-line field, and a name keeps none (王　五 is 王五)."""
    path = write_xlsx(
        tmp_path / "spaces.xlsx",
        [
            ["姓名", "公民身份号码", "入党时间", "转正时间", "籍贯", "家庭住址"],
            ["王\u3000五", "330726199001011238", "2010-01-01", "2011-01-05", "浙江\u3000\u3000浦江", "一组\xa0\t3号"],
        ],
    )  # fmt: skip
    with database.read() as session:
        result = check_roster_file(session, read_roster(path), TODAY)
    assert result.faults == []
    data = result.accepted[0].data
    assert (data.name, data.native_place, data.address) == ("王五", "浙江 浦江", "一组 3号")
