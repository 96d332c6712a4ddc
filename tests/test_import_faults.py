"""The faults a township's collection template brought out (issue 19), one kind a test, each with a
file the test builds: columns the ID number contradicts, a missing number, a foot that looks like
data; and the forms a number arrives in (15 digits, a lowercase x, full-width digits, spaces, a
"Unicode 文本" file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from dangwu_desktop.core.glossary import Sex
from dangwu_desktop.core.rulebook import IMPORT_REFUSES, RULES
from dangwu_desktop.core.rules import check_member
from dangwu_desktop.core.services.roster_import import Fault, ImportCheck
from dangwu_desktop.db.database import Database
from dangwu_desktop.io.roster_reader import RosterFile, check_roster_file, read_roster
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.import_wizard import ImportWizard
from tests.conftest import member
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


def where(faults: list[Fault]) -> list[tuple[int, str, str, str, str]]:
    return [(f.row, f.column, f.value, f.reason, f.detail) for f in faults]


def test_member_id_agreement_a_sex_or_birth_date_the_number_contradicts_is_a_fault(
    database: Database, tmp_path: Path
) -> None:
    """Not overwritten, not a mere 提示: the row is refused, naming the file's row and column, the
    value in the file and what the number says instead."""
    path = write_xlsx(
        tmp_path / "采集表.xlsx",
        [TITLE, [], HEADER,
         row(1, "王芳", "男", "1970-03-08", WOMAN),
         row(2, "李强", "男", "1965-12-02", MAN),
         row(3, "赵敏", "女", "1970-03-08", OTHER_WOMAN)],
    )  # fmt: skip
    _roster, check = checked(database, path)
    assert where(check.faults) == [
        (4, "性别", "男", "性别与身份号码不一致", "填写的是男，号码第17位为偶数（女）"),
        (5, "出生日期", "1965-12-02", "出生日期与身份号码不一致",
         "填写的是1965-12-02，号码第7至14位为1965-11-02"),
    ]  # fmt: skip
    assert [c.row for c in check.accepted] == [6]


def test_the_dialog_and_the_import_apply_the_same_rule_from_the_rule_book() -> None:
    """The member dialog shows the contradiction as a 提示 citing the rule the import refuses by."""
    data = member(sex=Sex.MALE, id_number=WOMAN, birth_date=None)
    findings = check_member(data, TODAY).warnings
    assert [(f.attribute, f.rule) for f in findings] == [("sex", "member.id_agreement")]
    assert findings[0].citation == RULES["member.id_agreement"].citation
    assert {"member.id_agreement", "member.id_required"} == IMPORT_REFUSES


def test_member_id_required_a_row_without_an_id_number_is_a_fault(
    database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "采集表.xlsx",
        [TITLE, HEADER, row(1, "王芳", "女", "1970-03-08", ""), row(2, "李强", "男", "", MAN)],
    )
    _roster, check = checked(database, path)
    assert where(check.faults) == [
        (3, "公民身份号码", "", "身份号码为空", "上报的花名册须登记公民身份号码")
    ]
    assert [c.row for c in check.accepted] == [4]


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


def test_id_numbers_in_the_forms_villages_type_them(database: Database, tmp_path: Path) -> None:
    """15 digits (converted, noted), a lowercase x, full-width digits, spaces inside the number,
    all in a "Unicode 文本" file as Excel saves it: UTF-16 LE with a BOM, tab-separated."""
    with_x = next(
        number
        for serial in range(1, 999)
        if (number := id_number("330304", date(1958, 6, 30), serial, "男")).endswith("X")
    )
    fullwidth = MAN.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    spaced = f"{WOMAN[:6]} {WOMAN[6:14]}\u3000{WOMAN[14:]}"
    legacy = "330302" + "700308" + "124"  # 王芳's number before 1999: 1970-03-08, even (女)
    lines = [
        "\t".join(HEADER),
        "\t".join(["1", "吴刚", "男", "", with_x.lower(), "1990-07-01", "1991-07-01", "正式党员"]),
        "\t".join(["2", "李强", "男", "", fullwidth, "1990-07-01", "1991-07-01", "正式党员"]),
        "\t".join(["3", "赵敏", "女", "", spaced, "1990-07-01", "1991-07-01", "正式党员"]),
        "\t".join(["4", "王芳", "女", "", legacy, "1990-07-01", "1991-07-01", "正式党员"]),
    ]
    path = tmp_path / "花名册.txt"
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    _roster, check = checked(database, path)
    assert check.faults == []
    numbers = [c.data.id_number for c in check.accepted]
    assert numbers[:3] == [with_x, MAN, WOMAN]
    assert len(numbers[3]) == 18 and numbers[3].startswith("33030219700308124")
    assert [(w.row, w.reason) for w in check.warnings] == [(5, "15位旧身份号码已转换为18位")]


def test_the_wizard_lists_each_fault_and_the_skipped_foot(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "采集表.xlsx",
        [TITLE, HEADER, row(1, "王芳", "男", "1970-03-08", WOMAN),
         row(2, "李强", "男", "1965-11-02", ""), row(3, "赵敏", "女", "1970-03-08", OTHER_WOMAN),
         ["填表人：", "", "李明", "", "审核人：", "", "王强"]],
    )  # fmt: skip
    context.today = lambda: TODAY
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.ui.checkPage
    faults = wizard.ui.faultsTable
    assert [
        tuple(faults.item(i, c).text() for c in range(3)) for i in range(faults.rowCount())
    ] == [("3", "性别", "男"), ("4", "公民身份号码", "")]
    assert faults.item(0, 3).text() == "性别与身份号码不一致：填写的是男，号码第17位为偶数（女）"
    skipped = wizard.ui.skippedTable
    assert [skipped.item(i, 0).text() for i in range(skipped.rowCount())] == ["6"]
    assert skipped.item(0, 1).text().startswith("表尾：填表人")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
