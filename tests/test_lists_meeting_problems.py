"""Reading a 组织生活会's 查摆问题 out of its minutes (free text under the 议题 headings): the points
under 对照检查 (or 查摆、检视、存在问题), however the recorder numbered them, paired with the 整改措施
section's points when there are as many."""

from __future__ import annotations

import pytest

from dangwu_desktop.core.activity_rules import Attendee
from dangwu_desktop.core.demo import (
    LIFE_MEETING_MEASURES,
    LIFE_MEETING_PROBLEMS,
    life_meeting_minutes,
)
from dangwu_desktop.core.glossary import Attendance
from dangwu_desktop.ledgers.lists.meeting_problems import Proposal, find_problems, points

TEMPLATE = """一、通报上年度整改落实情况
陈静通报上年度整改情况。
二、对照检查
{problems}
三、批评与自我批评
王伟自我批评：学习不够。
四、整改措施
{measures}"""


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("1. 学习不深入。\n2. 记录不规范；\n3. 联系群众不够", ["学习不深入", "记录不规范", "联系群众不够"]),
        ("1、学习不深入\n2、记录不规范", ["学习不深入", "记录不规范"]),
        ("（1）学习不深入\n（2）记录不规范", ["学习不深入", "记录不规范"]),
        ("(1) 学习不深入\n(2) 记录不规范", ["学习不深入", "记录不规范"]),
        ("①学习不深入\n②记录不规范", ["学习不深入", "记录不规范"]),
        ("（一）学习不深入\n（二）记录不规范", ["学习不深入", "记录不规范"]),
        ("一是学习不深入；二是记录不规范；三是联系群众不够。", ["学习不深入", "记录不规范",
                                                           "联系群众不够"]),
        # the lead-in on the same line as the points
        ("查摆出2个问题：一是学习不深入，以读代学；二是记录不规范。", ["学习不深入，以读代学", "记录不规范"]),
        # a lead-in line, and a point running on over two lines
        ("陈静代表支委会对照检查，查摆出以下问题：\n1. 学习不深入，\n以读代学\n2. 记录不规范",
         ["学习不深入，以读代学", "记录不规范"]),
        # nothing numbered: a problem a line, the lead-in dropped, blank lines skipped
        ("查摆出以下问题：\n学习不深入\n\n记录不规范", ["学习不深入", "记录不规范"]),
        ("1. 好\n2. 记录不规范", ["记录不规范"]),  # a stray word is not a problem
    ],
)  # fmt: skip
def test_life_meeting_rectification_points_however_numbered(written: str, found: list[str]) -> None:
    assert points(written.splitlines()) == found


def test_life_meeting_rectification_pairs_measures_when_they_match_one_to_one() -> None:
    minutes = TEMPLATE.format(problems="1. 学习不深入\n2. 记录不规范",
                              measures="1. 每月专题学习\n2. 每月检查记录")  # fmt: skip
    found = find_problems(minutes)
    assert found.heading == "二、对照检查"
    assert found.proposals == (Proposal("学习不深入", "每月专题学习"),
                               Proposal("记录不规范", "每月检查记录"))  # fmt: skip


def test_life_meeting_rectification_leaves_measures_blank_when_they_do_not_match() -> None:
    minutes = TEMPLATE.format(
        problems="1. 学习不深入\n2. 记录不规范", measures="加强学习，规范记录"
    )
    assert [p.measures for p in find_problems(minutes).proposals] == ["", ""]


@pytest.mark.parametrize(
    ("minutes", "heading", "count"),
    [
        ("一、会议情况\n开会了\n二、查摆问题\n1. 学习不深入\n2. 记录不规范", "二、查摆问题", 2),
        ("一、检视问题\n1. 学习不深入", "一、检视问题", 1),
        ("一、存在的问题\n学习不深入", "一、存在的问题", 1),
        (
            "一、传达学习\n学习了文件\n二、批评与自我批评\n王伟：学习不够深入",
            None,
            0,
        ),  # no such heading
        ("", None, 0),
        ("二、对照检查\n", "二、对照检查", 0),  # the heading, nothing written under it
    ],
)
def test_life_meeting_rectification_finds_the_problems_heading(
    minutes: str, heading: str | None, count: int
) -> None:
    found = find_problems(minutes)
    assert (found.heading, len(found.proposals)) == (heading, count)


def test_the_demo_life_meeting_minutes_yield_its_four_problems_and_measures() -> None:
    present = [Attendee(1, "王伟", Attendance.PRESENT, "", True),
               Attendee(2, "李梅", Attendance.PRESENT, "", True)]  # fmt: skip
    found = find_problems(life_meeting_minutes("陈静", present))
    assert [p.problem for p in found.proposals] == list(LIFE_MEETING_PROBLEMS)
    assert [p.measures for p in found.proposals] == list(LIFE_MEETING_MEASURES)
