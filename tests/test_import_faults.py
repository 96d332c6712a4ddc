"""The faults a township's collection template brought out (issue 19), one kind a test, each with a
file the test builds: columns the ID number contradicts, a missing number, a foot that looks like
data; and the forms a number arrives in (15 digits, a lowercase x, full-width digits, spaces, a
"Unicode 文本" file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dangwu_desktop.core.services.roster_import import ImportCheck
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.roster_reader import RosterFile, check_roster_file, read_roster
from tests.roster_files import id_number, write_xlsx

TODAY = date(2026, 11, 25)
TITLE = ["某某镇党员信息采集表"]  # the township's template: title rows above the header
HEADER = ["序号", "姓名", "性别", "出生日期", "公民身份号码", "入党时间", "转正时间", "人员类别"]
WOMAN = id_number("330302", date(1970, 3, 8), 12, "女")  # 17th digit even
MAN = id_number("330303", date(1965, 11, 2), 13, "男")
OTHER_WOMAN = id_number("330304", date(1970, 3, 8), 22, "女")


def row(n: int, name: str, sex: str, born: str, number: str) -> list[object]:
    return [n, name, sex, born, number, "1995-07-01", "1996-07-01", "正式党员"]


def checked(database: Database, path: Path) -> tuple[RosterFile, ImportCheck]:
    roster = read_roster(path)
    with database.read() as session:
        return roster, check_roster_file(session, roster, TODAY)


@pytest.mark.parametrize(
    "foot",
    [
        ["填表人：", "", "李明", "", "审核人：", "", "王强"],
        ["", "填表人:", "李明", "审核人", "王强", "联系电话：", "１３８０５７１２３４５"],
        ["", "负责人", "张华", "", "填报日期：", "2026年11月20日"],
        ["", "", "", "", "", "村党支部（盖章）"],
        ["审批", "", "刘洋", "男"],
    ],
    ids=["labels-with-colon", "names-in-name-column", "负责人-填报日期", "盖章", "审批"],
)
def test_foot_rows_are_told_by_their_labels_anywhere_and_listed_as_skipped(
    database: Database, tmp_path: Path, foot: list[object]
) -> None:
    """A foot spreads its names across the columns, so a name lands in 姓名 and a word in 性别:
    it is skipped and listed, not a member with an unreadable sex."""
    path = write_xlsx(
        tmp_path / "采集表.xlsx",
        [TITLE, HEADER, row(1, "赵敏", "女", "1970-03-08", WOMAN), [], foot],
    )
    roster, check = checked(database, path)
    assert check.faults == []
    assert [c.row for c in check.accepted] == [3]
    assert [s.row for s in roster.skipped] == [4, 5]
    assert roster.skipped[1].reason.startswith("表尾：")


def test_a_members_row_that_mentions_a_foot_label_is_still_a_member(
    database: Database, tmp_path: Path
) -> None:
    """A 备注 reading 联系电话：… or a post named 负责人 does not make a member's row a foot: it
    has an ID number."""
    header = [*HEADER, "备注"]
    path = write_xlsx(
        tmp_path / "采集表.xlsx",
        [header, [*row(1, "赵敏", "女", "1970-03-08", WOMAN), "联系电话：13805712345"],
         [*row(2, "李强", "男", "1965-11-02", MAN), "负责人"]],
    )  # fmt: skip
    roster, check = checked(database, path)
    assert roster.skipped == []
    assert [c.row for c in check.accepted] == [2, 3]
