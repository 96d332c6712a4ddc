"""The registers' tables as rows, the same for the Excel and Word files and the archive's PDF:
each register's header and rows, and a member's 记实表 as its particulars and its blocks. Pure:
no session. A blank a register asks for and the program does not keep reads NOT_KEPT."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.glossary import MovementKind
from dangwu_desktop.ledgers.development.rules import (
    ADMISSION,
    APPROVAL_STEP,
    CONFIRMATION_MEETING,
    CONFIRMATION_STEP,
)
from dangwu_desktop.ledgers.dues.book import months_text
from dangwu_desktop.ledgers.registers.book import (
    NOT_KEPT,
    NOT_KEPT_FIELDS,
    ConfirmationLine,
    MemberYear,
    NewMemberLine,
    TransferLine,
)

Cell = object  # str, int, date or Decimal: a date is written as each file writes dates


@dataclass(frozen=True, slots=True)
class Register:
    """One of the year's registers: its title, its table and the note under it."""

    title: str  # 2026年新发展党员登记表
    header: tuple[str, ...]
    widths: tuple[int, ...]  # Excel column widths; the PDF shares the page out in proportion
    rows: list[tuple[Cell, ...]]
    note: str
    empty: str  # the row shown when there is none: 本年度无新发展党员


def _kept(value: date | str | None) -> Cell:
    return value if value else NOT_KEPT


NEW_MEMBERS_HEADER = (
    "序号", "姓名", "性别", "民族", "出生日期", "学历", "职业", "申请入党时间", "确定入党积极分子时间",
    "确定发展对象时间", "入党介绍人", "支部大会讨论通过时间", "上级党委审批时间", "入党志愿书编号",
    "编入党小组", "备注",
)  # fmt: skip
NEW_MEMBERS_WIDTHS = (4, 7, 4, 5, 11, 6, 9, 11, 11, 11, 10, 11, 11, 11, 9, 9)


def new_members_register(year: int, lines: Sequence[NewMemberLine]) -> Register:
    rows: list[tuple[Cell, ...]] = [
        (
            n, line.name, line.sex, line.ethnicity, line.birth_date, line.education,
            line.occupation, _kept(line.step("application")), _kept(line.step("activist")),
            _kept(line.step("candidate")), _kept(line.people("introducers")),
            line.step(ADMISSION) or line.joined, _kept(line.step(APPROVAL_STEP)),
            _kept(line.document_number("入党志愿书")), line.group_name,
            "" if line.file is not None else "未建发展党员档案",
        )
        for n, line in enumerate(lines, start=1)
    ]  # fmt: skip
    return Register(
        f"{year}年新发展党员登记表",
        NEW_MEMBERS_HEADER,
        NEW_MEMBERS_WIDTHS,
        rows,
        "说明：支部大会讨论通过时间为花名册的入党时间；其余日期、入党介绍人和入党志愿书编号取自发展党员档案，"
        f"档案中没有登记的写“{NOT_KEPT}”。",
        "本年度无新发展党员",
    )


CONFIRMATION_HEADER = (
    "序号", "姓名", "性别", "党小组", "入党时间", "预备期满时间", "提出转正申请时间", "支部大会讨论时间",
    "上级党委审批时间", "结果", "转正时间", "备注",
)  # fmt: skip
CONFIRMATION_WIDTHS = (5, 8, 5, 11, 11, 11, 11, 11, 11, 14, 11, 20)


def _outcome(line: ConfirmationLine) -> str:
    if line.outcome is MovementKind.CONFIRMED:
        return "按期转正" if line.due is None or line.day <= line.due else "转正"
    if line.outcome is MovementKind.PROBATION_EXTENDED:
        months = f"{line.extension_months}个月" if line.extension_months else ""
        return f"延长预备期{months}"
    return line.outcome.value


def confirmation_register(year: int, lines: Sequence[ConfirmationLine]) -> Register:
    rows: list[tuple[Cell, ...]] = [
        (
            n, line.name, line.sex, line.group_name, line.joined, line.due,
            _kept(line.step("confirmation_request")),
            _kept(line.meeting or line.step(CONFIRMATION_MEETING)),
            _kept(line.step(CONFIRMATION_STEP)), _outcome(line),
            line.day if line.outcome is MovementKind.CONFIRMED else "", line.reason,
        )
        for n, line in enumerate(lines, start=1)
    ]  # fmt: skip
    return Register(
        f"{year}年预备党员转正登记表",
        CONFIRMATION_HEADER,
        CONFIRMATION_WIDTHS,
        rows,
        "说明：转正时间为预备期满之日（花名册的转正变动）；支部大会讨论时间取自转正变动，"
        "提出转正申请和上级党委审批时间取自发展党员档案，没有登记的写"
        f"“{NOT_KEPT}”。延长预备期、取消预备党员资格也在此登记。",
        "本年度无预备党员转正",
    )


TRANSFER_IN_HEADER = (
    "序号", "姓名", "性别", "出生日期", "人员类别", "入党时间", "转入时间", "原所在党组织",
    "介绍信编号", "回执寄回", "编入党小组", "备注",
)  # fmt: skip
TRANSFER_OUT_HEADER = (
    "序号", "姓名", "性别", "出生日期", "人员类别", "入党时间", "转出时间", "转往党组织",
    "介绍信编号", "回执收回", "原所在党小组", "转出原因",
)  # fmt: skip
TRANSFER_WIDTHS = (5, 8, 5, 11, 9, 11, 11, 27, 20, 15, 11, 14)  # 回执: 已回（2026-08-25）
# A member new to the branch is listed when they were added with 由外单位转入 (their 转入 is
# recorded then); one added without it has no 转入 and is not.
NEWCOMERS_NOTE = "从外单位转入的党员，须在花名册“添加党员”时选择“由外单位转入”才列入本表。"


def transfer_register(year: int, lines: Sequence[TransferLine], *, incoming: bool) -> Register:
    rows: list[tuple[Cell, ...]] = [
        (
            n, line.name, line.sex, line.birth_date, line.category, line.joined, line.day,
            _kept(line.other_org), _kept(line.letter_number), line.receipt, line.group_name,
            line.reason,
        )
        for n, line in enumerate(lines, start=1)
    ]  # fmt: skip
    what = "转入" if incoming else "转出"
    note = f"说明：取自花名册的“{what}”变动；介绍信编号为变动登记时所填。"
    if incoming:
        note += (
            f"程序不记{NOT_KEPT_FIELDS['回执']}，该栏写“{NOT_KEPT}”，请按纸质回执核对后手工填写。"
            + NEWCOMERS_NOTE
        )
    else:
        note += "回执收回栏取自转出变动登记的回执收回日期，没有登记的写“未回”。"
    return Register(
        f"{year}年{what}党员登记表",
        TRANSFER_IN_HEADER if incoming else TRANSFER_OUT_HEADER,
        TRANSFER_WIDTHS,
        rows,
        note,
        f"本年度无{what}党员",
    )


# 党员日常管理记实表


@dataclass(frozen=True, slots=True)
class Block:
    """A part of a member's 记实表: its heading and a small table."""

    heading: str
    header: tuple[str, ...]
    widths: tuple[int, ...]  # percent of the line
    rows: Sequence[tuple[str, ...]]


def record_title(year: int) -> str:
    return f"党员日常管理记实表（{year}年度）"


def particulars(record: MemberYear) -> list[tuple[str, str]]:
    m = record.member
    return [
        ("姓名", m.name), ("性别", m.sex.value), ("民族", m.ethnicity),
        ("出生日期", _day(m.birth_date)), ("学历", m.education), ("人员类别", m.category.value),
        ("入党时间", _day(m.join_date)), ("转正时间", _day(m.full_member_date)),
        ("党小组", m.group_name), ("党内职务", m.party_post), ("工作岗位", m.occupation),
        ("流动党员", f"是（{m.mobile_place}）" if m.is_mobile else "否"),
    ]  # fmt: skip


def _day(value: date | None) -> str:
    return document_date(value) if value else ""


def _short(value: date) -> str:
    return f"{value.month}月{value.day}日"


def record_blocks(record: MemberYear) -> list[Block]:
    return [
        _meetings(record),
        _study(record),
        _dues(record),
        Block(
            "民主评议和党员积分",
            ("民主评议等次", "评议意见", "党员积分"),
            (25, 50, 25),
            [(record.grade, record.grade_note, record.points)],
        ),
        *_mobile(record),
        _talks(record),
    ]


def _meetings(record: MemberYear) -> Block:
    rows = [
        (t.kind.value, str(t.expected), str(t.present), str(t.expected - t.present),
         "；".join(f"{_short(day)}（{reason}）" for day, reason in t.absences))
        for t in record.meetings
    ]  # fmt: skip
    rows.append(
        ("合计", str(record.expected), str(record.attended), str(record.missed), "")
        if rows
        else ("本年度未列入会议出席名单", "", "", "", "")
    )
    return Block(
        "参加组织生活",
        ("会议", "应参加", "出席", "缺席", "缺席日期和原因"),
        (22, 10, 10, 10, 48),
        rows,
    )


def _study(record: MemberYear) -> Block:
    h = record.hours
    if h is None:
        row = ("", "", "", "", "", "不在学时统计之列")
    else:
        state = "已达标" if h.total >= h.required else f"尚差{h.required - h.total:g}学时"
        if not record.stayed:  # a member who left within the year is not judged on the year
            state = "年内离册，不考核"
        row = (str(h.required), f"{h.attended:g}", f"{h.credited:g}", f"{h.total:g}",
               f"{h.self_study:g}", state)  # fmt: skip
    return Block(
        "学习培训（学时）",
        ("全年要求", "集中学习", "外出学习", "合计", "自学（不计入）", "情况"),
        (15, 15, 15, 15, 18, 22),
        [row],
    )


def _dues(record: MemberYear) -> Block:
    d = record.dues
    if d is None:
        row = ("党费登记簿中没有此人", "", "", "", "", "")
    else:
        paid = months_text(d.months_paid()) or "无"
        row = (d.dues.standard or d.category, f"{d.owed}", f"{d.paid}", f"{max(d.owed - d.paid, 0)}",
               paid, d.note)  # fmt: skip
    return Block(
        "交纳党费（元）",
        ("交纳标准", "应交", "实交", "欠交", "已交月份", "备注"),
        (22, 11, 11, 11, 25, 20),
        [row],
    )


def _mobile(record: MemberYear) -> list[Block]:
    if not record.away:
        return [Block("流动情况和联系记录", ("情况",), (100,), [("本年度未外出流动",)])]
    stints = [
        (_day(a.start), a.place, a.org_there,
         f"{a.end_kind}（{_day(a.end)}）" if a.end else "在外",
         a.stint.keeper if a.stint else NOT_KEPT)
        for a in record.away
    ]  # fmt: skip
    contacts = [
        (_day(c.date), c.way, c.by, c.said, f"{c.hours:g}" if c.hours else "",
         f"{c.paid}" if c.paid else "")
        for a in record.away
        for c in a.contacts
        if c.date.year == record.year
    ]  # fmt: skip
    return [
        Block(
            "流动情况",
            ("外出时间", "外出地点", "流入地党组织", "返回或转出", "支部联系人"),
            (18, 20, 30, 18, 14),
            stints,
        ),
        Block(
            "联系记录",
            ("日期", "方式", "联系人", "情况", "学时", "党费（元）"),
            (18, 10, 12, 40, 8, 12),
            contacts or [("本年度没有联系记录", "", "", "", "", "")],
        ),
    ]


def _talks(record: MemberYear) -> Block:
    """A row per role (谈话人, 谈话对象): how many talks, and each one's day and other party."""
    rows = []
    for role in ("谈话人", "谈话对象"):
        talks = sorted((t for t in record.talks if t.role == role), key=lambda t: t.date)
        if talks:
            rows.append(
                (role, str(len(talks)), "；".join(f"{_short(t.date)}{t.other}" for t in talks))
            )
    return Block(
        "谈心谈话",
        ("本人为", "次数", "日期和对方"),
        (14, 8, 78),
        rows or [("", "0", "本年度没有谈心谈话记录")],
    )
