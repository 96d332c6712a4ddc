"""Roster files as villages send them, written by code into a test's own folder.

Each builder writes one kind of file the import has to cope with and says, row by row, what is in
it; the tests say what the import must make of it. The files were modelled on real rosters (the
samples in ../shared/samples), but nothing here reads those: the suite needs nothing outside the
repository. tools/screenshots.py uses the same builders for its import-wizard pictures.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import xlsxwriter
import xlwt
from openpyxl import Workbook

AREAS = ("330302", "330303", "330304", "320412", "410122", "610124")  # real county codes
GROUPS = ("第一党小组", "第二党小组", "第三党小组", "第四党小组")


def id_number(area: str, born: date, serial: int, sex: str) -> str:
    """A valid 18-digit number: the area, the birth date, a serial whose last digit is odd for a
    man and even for a woman (as the 17th digit says), and the right check digit."""
    odd = serial % 2 == 1
    if odd != (sex == "男"):
        serial += 1
    body = f"{area}{born:%Y%m%d}{serial % 1000:03d}"
    checksum = (1 - 2 * int(body, 13)) % 11  # GB 11643: the same as stdnum's calc_check_digit
    return body + ("X" if checksum == 10 else str(checksum))


def as_excel_number(number: str) -> float:
    """An 18-digit number typed into a General cell: Excel keeps 15 significant digits."""
    return float(f"{int(number[:17] + '0'):.15g}")


def with_wrong_check_digit(number: str) -> str:
    return number[:17] + ("1" if number[17] != "1" else "2")


# A clean roster, as the township's template asks for it (.xlsx)

STANDARD_HEADER = ["序号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "入党时间",
                   "转正时间", "人员类别", "工作岗位", "联系电话", "家庭住址", "党小组", "是否流动党员"]  # fmt: skip
_SURNAMES = "段董崔杜张严武熊范闫毛卢冯苏陈田"
_GIVEN = ("娟兰", "秀明", "珍", "芳", "伟宏", "秀", "春明", "燕", "志勇", "涛平", "梅永", "红")
_EDUCATION = ("小学", "初中", "高中", "中专", "大专", "大学本科", "研究生")
_WORK = ("农牧渔民", "企业职工", "个体工商户", "离退休人员", "村干部", "无固定职业")
_ETHNICITY = ("汉族", "汉族", "汉族", "土家族", "汉族", "壮族")


def standard_people(count: int) -> list[list[str]]:
    """`count` valid rows of STANDARD_HEADER: the first a probationary member (no 转正时间), the
    fifth 流动, everyone in one of GROUPS in turn, all ID numbers typed as text."""
    rows: list[list[str]] = []
    for i in range(count):
        sex = "女" if i % 3 == 1 else "男"
        born = date(1940 + (i * 7) % 60, 1 + i % 12, 1 + (i * 5) % 28)
        joined = date(max(born.year + 20, 1970 + i % 30), 1 + (i * 3) % 12, 1 + i % 27)
        full = date(joined.year + 1, joined.month, joined.day)
        category = "正式党员"
        if i == 0:
            born, joined, category = date(2000, 1, 22), date(2026, 4, 17), "预备党员"
        rows.append([
            str(i + 1), _SURNAMES[i % len(_SURNAMES)] + _GIVEN[i % len(_GIVEN)], sex,
            _ETHNICITY[i % len(_ETHNICITY)], f"{born:%Y-%m-%d}",
            id_number(AREAS[i % len(AREAS)], born, 100 + i, sex), _EDUCATION[i % len(_EDUCATION)],
            f"{joined:%Y-%m-%d}", "" if i == 0 else f"{full:%Y-%m-%d}", category,
            _WORK[i % len(_WORK)], f"13{800000000 + i * 7919:09d}",
            f"东岙{1 + i % 9}组{10 + i}号", GROUPS[i % len(GROUPS)], "是" if i == 4 else "否",
        ])  # fmt: skip
    return rows


def standard_roster(path: Path, count: int = 36) -> Path:
    """Row 1 a title and row 2 the unit and date, each merged across the table; the header in
    row 3; then `count` valid members (standard_people) from row 4. Written with XlsxWriter, as
    the township's template is."""
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("党员花名册")
    last = len(STANDARD_HEADER) - 1
    sheet.merge_range(0, 0, 0, last, "东岙村党支部党员花名册", workbook.add_format({"bold": True}))
    sheet.merge_range(
        1, 0, 1, last, "填报单位（盖章）：东岙村党支部        填报日期：2026年10月8日"
    )
    sheet.write_row(2, 0, STANDARD_HEADER)
    for index, row in enumerate(standard_people(count), start=3):
        sheet.write_number(index, 0, int(row[0]))
        for column, value in enumerate(row[1:], start=1):
            sheet.write_string(index, column, value)
    workbook.close()
    return path


# Rows the rules refuse (.xlsx, one header row)

BAD_ROWS_HEADER = ["姓名", "性别", "出生日期", "公民身份号码", "入党时间", "转正时间", "人员类别"]


def bad_rows_roster(path: Path) -> Path:
    """The header in row 1; valid members in the even rows 2–14, and in the odd rows one fault
    each:
      3 a wrong check digit          5 no name                  7 joined in 2090
      9 joined at 12                11 sex 未知                 13 an 入党时间 of 去年七一
     15 转正 before 入党            17 category 积极分子        19 a 14-digit number
     21 the number typed as a number (mangled)
     22 the ID number of row 2 again (another name), 23 a valid member."""
    header = BAD_ROWS_HEADER

    def valid(name: str, sex: str, born: date, serial: int) -> list[object]:
        number = id_number(AREAS[serial % len(AREAS)], born, serial, sex)
        joined = date(born.year + 25, born.month, 1)
        return [name, sex, f"{born:%Y-%m-%d}", number, f"{joined:%Y-%m-%d}",
                f"{joined.year + 1}-{joined.month:02d}-15", "正式党员"]  # fmt: skip

    def faulty(name: str, sex: str, born: date, serial: int, column: str, value: object) -> list[object]:  # fmt: skip
        row = valid(name, sex, born, serial)
        row[header.index(column)] = value
        return row

    first = valid("卢静晓", "男", date(1948, 4, 5), 123)
    wrong_check = valid("谭敏", "男", date(1940, 12, 14), 431)
    wrong_check[3] = with_wrong_check_digit(str(wrong_check[3]))
    rows: list[list[object]] = [
        header,
        first,
        wrong_check,
        valid("于磊刚", "男", date(1985, 12, 24), 793),
        faulty("", "男", date(1976, 8, 20), 253, "姓名", ""),
        valid("肖伟", "男", date(1969, 5, 22), 453),
        faulty("邵伟伟", "女", date(1982, 4, 17), 188, "入党时间", "2090-01-01"),
        valid("蔡国", "男", date(1990, 6, 20), 121),
        faulty("林志", "男", date(1966, 12, 11), 857, "入党时间", "1978-12-08"),
        valid("雷兰", "女", date(1994, 7, 22), 924),
        faulty("万红", "男", date(1982, 9, 10), 349, "性别", "未知"),
        valid("邵磊文", "男", date(1977, 5, 11), 475),
        faulty("姜桂", "女", date(1980, 8, 8), 752, "入党时间", "去年七一"),
        valid("崔珍", "男", date(1977, 12, 19), 433),
        faulty("陆明", "女", date(1945, 6, 27), 612, "转正时间", "1960-01-01"),
        valid("黎芳", "男", date(1957, 3, 23), 75),
        faulty("赵国", "男", date(1963, 12, 11), 807, "人员类别", "积极分子"),
        valid("陆淑红", "男", date(1967, 12, 13), 959),
        faulty("叶德建", "男", date(1970, 4, 7), 547, "公民身份号码", "41012219700407"),
        valid("韦磊", "女", date(2000, 3, 20), 400),
    ]
    mangled = valid("郭文秀", "男", date(1949, 3, 4), 707)
    mangled[3] = as_excel_number(str(mangled[3]))
    again = [*first]
    again[0] = "卢静晓乙"
    rows += [mangled, again, valid("谢志", "男", date(1942, 8, 9), 301)]
    return write_xlsx(path, rows)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """The rows as the first sheet of an .xlsx, row 1 first."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


# The legacy .xls a village keeps in WPS, with everything a hand-kept file collects

MESSY_HEADER_TOP = ["序号", "姓 名", "性别", "出生年月", "身份证号码", "文化程度", "入党情况", "",
                    "职业", "联系方式", "住址", "备注"]  # fmt: skip
_DATE_CELL = xlwt.easyxf(num_format_str="yyyy-mm-dd")


def messy_people() -> list[list[object]]:
    """The 16 members of messy_roster, as its columns hold them; a date object is a real date cell."""

    return [
        [1, "龙德新", "男", "1979年10月", id_number("330302", date(1979, 10, 12), 91, "男"), "大专", "2013.8.17", "2014.08.23", "无固定职业", "13380339475", "北岙9组114号", ""],
        [2, "韦秀华", "男", "1939.09", id_number("330303", date(1939, 9, 13), 941, "男"), "本科", date(1959, 11, 30), "1960.12.17", "村干部", "15158585679", "西岙9组100号", ""],
        [3, "梁明国", "女", "198506", id_number("330303", date(1985, 6, 3), 792, "女"), "高中", "2021年9月20日", "2022.09.28", "离退休人员", "19672474447", "西岙8组47号", "流动党员"],
        [4, "侯明", "男", "1980.09", as_excel_number(id_number("410122", date(1980, 9, 14), 555, "男")), "大专", "2005.11.16", "2006.11.21", "农牧渔民", "18048794735", "南岙3组17号", ""],
        [5, "熊 玉", "男", "197611", id_number("330303", date(1976, 11, 14), 49, "男"), "中专", "1997.5.10", "1998.05.13", "村干部", "15959893280", "西岙8组51号", ""],
        [6, "方磊", "男", "1980年1月", id_number("410122", date(1980, 1, 28), 497, "男"), "初中", "2026年6月25日", "", "离退休人员", "13369052001", "东岙3组87号", "预备党员"],
        [7, "孙梅金", "女", "196511", as_excel_number(id_number("610124", date(1965, 11, 5), 960, "女")), "本科", "2006.9.11", "2007.09.20", "农牧渔民", "19779991784", "东岙2组57号", ""],
        [8, "汪建", "男", "1987年11月", id_number("330303", date(1987, 11, 4), 775, "男"), "高中", date(2009, 7, 19), "2010.07.20", "个体工商户", "18337199523", "北岙1组83号", ""],
        [9, "邵桂玉", "男", "1938年5月", id_number("410122", date(1938, 5, 15), 229, "男") + " ", "研究生", date(2019, 2, 22), "2020.03.13", "农牧渔民", "18850932515", "北岙7组32号", ""],
        [10, "蔡丽明", "男", "197109", id_number("330304", date(1971, 9, 8), 13, "男"), "中专", date(1997, 12, 9), "1998.12.22", "农牧渔民", "15958417009", "北岙6组71号", ""],
        [11, "邹 志红", "男", "195009", id_number("330304", date(1950, 9, 26), 923, "男"), "小学", "1979年1月23日", "1980.01.23", "农牧渔民", "13053414558", "南岙8组33号", "流动党员"],
        [12, "段杰志", "男", "195602", as_excel_number(id_number("330303", date(1956, 2, 4), 167, "男")), "中专", "2014年10月23日", "2015.11.03", "学生", "19194345178", "北岙9组91号", ""],
        [13, "罗永", "女", "195003", id_number("320412", date(1950, 3, 7), 454, "女"), "初中", "2013.2.17", "2014.03.02", "农牧渔民", "19823072082", "东岙4组10号", ""],
        [14, "叶 凤", "男", "194608", id_number("610124", date(1946, 8, 1), 959, "男"), "中专", "1971.10.25", "1972.11.04", "农牧渔民", "13857336692", "南岙5组51号", ""],
        [15, "白志宏", "女", "1980.06", id_number("410122", date(1980, 6, 18), 998, "女"), "中专", "2006年2月11日", "2007.02.20", "村干部", "15215387635", "南岙9组90号", "流动党员"],
        [16, "任淑玉", "男", "1939.10", id_number("410122", date(1939, 10, 28), 301, "男"), "高中", "2026年8月8日", "", "村干部", "13975425733", "北岙8组68号", "预备党员"],
    ]  # fmt: skip


def messy_roster(path: Path) -> Path:
    """A WPS .xls (BIFF8, written with xlwt):
    row 1      a title, merged across the table
    rows 2–3   a two-level header: 入党情况 merged over 入党时间/转正时间, the other titles
               merged down both rows; 姓 名 with a space in it
    rows 4–22  the 16 members of messy_people, with blank rows 8, 13 and 19 between them:
               births as 1979年10月, 1939.09 or 198506 (month only); 入党时间 as 2013.8.17,
               2021年9月20日 or a real date cell; names with spaces (熊 玉); one number with a
               trailing space (row 14); three numbers typed as numbers, so Excel kept only 15
               digits (rows 7, 11 and 17); two probationary members without 转正时间 (rows 10
               and 22)
    row 23     blank; rows 24–25 a footer: 合计：16人 and 填表人/审核人."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    width = len(MESSY_HEADER_TOP)
    sheet.write_merge(0, 0, 0, width - 1, "西岙村党支部党员基本信息统计表")
    for column, title in enumerate(MESSY_HEADER_TOP):
        if column == 6:
            sheet.write_merge(1, 1, 6, 7, title)
        elif column != 7:
            sheet.write_merge(1, 2, column, column, title)
    sheet.write(2, 6, "入党时间")
    sheet.write(2, 7, "转正时间")
    people = iter(messy_people())
    blank = {8, 13, 19}
    row = 4
    while row <= 22:
        if row not in blank:
            for column, value in enumerate(next(people)):
                if isinstance(value, date):
                    sheet.write(row - 1, column, value, _DATE_CELL)
                elif value != "":
                    sheet.write(row - 1, column, value)
        row += 1
    sheet.write(23, 0, "合计：16人")
    sheet.write(24, 0, "填表人：            审核人：            联系电话：")
    book.save(str(path))
    return path


def messy_csv(path: Path) -> Path:
    """messy_roster as WPS exports it to CSV, in GBK: every cell as the sheet shows it, so each
    number typed as a number reads 4.10122E+17 and a date cell 2009-07-19; the same rows 1–25."""
    blank = [""] * len(MESSY_HEADER_TOP)
    title = ["西岙村党支部党员基本信息统计表", *blank[1:]]
    lower = ["", "", "", "", "", "", "入党时间", "转正时间", "", "", "", ""]
    people = [[_as_shown(value) for value in row] for row in messy_people()]
    rows = [title, MESSY_HEADER_TOP, lower, *people[:4], blank, *people[4:8], blank,
            *people[8:13], blank, *people[13:], blank,
            ["合计：16人", *blank[1:]], ["填表人：            审核人：            联系电话：", *blank[1:]]]  # fmt: skip
    with path.open("w", encoding="gbk", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _as_shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.5E}"  # Excel's General format: 4.10122E+17
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    return str(value)


# A roster as villages keep it: some 流动 with where and when they went, some 转出 and 去世

MIXED_HEADER = [*STANDARD_HEADER, "流出时间", "流入地", "流入党组织", "党籍状态"]
# The 流出 of each 流动 row in turn: (流出时间, 流入地, 流入党组织); the first gives none of them.
OUTFLOWS: tuple[tuple[object, str, str], ...] = (
    ("", "", ""),
    ("2024-03-01", "浙江省杭州市", "杭州市西湖区流动党员党支部"),
    ("2024年5月2日", "上海市浦东新区", "浦东新区张江镇流动党员党委"),
    (date(2023, 9, 18), "江苏省苏州市", "苏州工业园区流动党员党支部"),
    ("2023.11", "广东省深圳市", "深圳市宝安区流动党员党支部"),
)


def mixed_people(count: int) -> list[list[object]]:
    """standard_people with MIXED_HEADER's columns: every fifth row from the third 流动, taking
    OUTFLOWS in turn (a date object is a date cell); every seventh from the fourth 转出, every
    eleventh from the seventh 去世 (row 17 both 流动 and 转出); the rest 在册."""
    rows: list[list[object]] = []
    for i, person in enumerate(standard_people(count)):
        mobile = i % 5 == 2
        since, place, org = OUTFLOWS[(i // 5) % len(OUTFLOWS)] if mobile else ("", "", "")
        status = "转出" if i % 7 == 3 else "去世" if i % 11 == 6 else "在册"
        rows.append([*person[:-1], "是" if mobile else "否", since, place, org, status])
    return rows


def mixed_roster(path: Path, count: int = 24) -> Path:
    """MIXED_HEADER in row 1, then `count` rows of mixed_people, as an .xlsx."""
    return write_xlsx(path, [MIXED_HEADER, *mixed_people(count)])


# A mixed roster in every form villages type dates in, for the snapshot of what an import writes

DATE_FORMS = ("cell", "%Y-%m-%d", "slashes", "%Y.%m.%d", "chinese", "%Y%m%d")


def date_in_form(day: date, form: int) -> object:
    """`day` as a village types it, by turns: a date cell, 2001-07-01, 2001/7/1, 2001.07.01,
    2001年7月1日, 20010701."""
    kind = DATE_FORMS[form % len(DATE_FORMS)]
    if kind == "cell":
        return day
    if kind == "slashes":
        return f"{day.year}/{day.month}/{day.day}"
    if kind == "chinese":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.strftime(kind)


def varied_mixed_people(count: int) -> list[list[object]]:
    """mixed_people with the 出生日期, 入党时间 and 转正时间 in DATE_FORMS by turns, every
    thirteenth birth date given only as 年月, every ninth 党籍状态 left empty (在册), and every
    seventeenth 流动 written 流动党员 rather than 是."""
    rows = mixed_people(count)
    for i, row in enumerate(rows):
        born = date.fromisoformat(str(row[4]))
        for offset, column in enumerate((4, 7, 8)):
            if row[column]:
                row[column] = date_in_form(date.fromisoformat(str(row[column])), i + offset)
        if i % 13 == 0:
            row[4] = f"{born.year}年{born.month}月"
        if i % 9 == 0 and row[-1] == "在册":
            row[-1] = ""
        if i % 17 == 2 and row[14] == "是":
            row[14] = "流动党员"
    return rows


def varied_mixed_roster(path: Path, count: int = 120) -> Path:
    """MIXED_HEADER in row 1, then `count` rows of varied_mixed_people, as an .xlsx."""
    return write_xlsx(path, [MIXED_HEADER, *varied_mixed_people(count)])
