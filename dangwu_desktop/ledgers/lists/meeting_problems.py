"""The 查摆问题 of a 组织生活会 record, read out of its 会议记录.

The record keeps them as free text: its minutes start from the 议题 headings (一、通报上年度整改落实情况
二、对照检查 三、批评与自我批评 四、整改措施, core/activity_templates.py) and the recorder writes the
problems under 对照检查, usually numbered (1. 2. / （一） / ① / 一是……二是……). This module finds that
section and splits it into one problem a numbered point (a point's unnumbered lines go with it;
an unnumbered section is a problem a line), and pairs them with the 整改措施 section's points
when both have as many. The dialog shows what it found for the secretary to correct before
anything is made: the split proposes, she decides."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A heading of the minutes: 一、 … 十、 at the start of a line.
HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")
# Headings under which problems are written, in the words recorders use.
PROBLEM_WORDS = ("查摆", "对照检查", "检视", "存在问题", "存在的问题", "问题清单")
MEASURE_WORDS = ("整改措施", "整改方向", "改进措施", "整改清单")
# A numbered point at the start of a line: 1. 1、 1） （1） ① （一） 一是
POINT = re.compile(
    r"^\s*(?:\d{1,2}\s*[\.．、)）]|[（(]\s*\d{1,2}\s*[)）]|[①-⑳]|[（(][一二三四五六七八九十]{1,2}[)）]"
    r"|[一二三四五六七八九十]{1,2}是)\s*"
)
# 一是……；二是…… within one line: split before each 一是, 二是 … that follows a clause's end or a
# lead-in's colon (查摆出4个问题：一是……).
INLINE_POINT = re.compile(r"[；;。：:]\s*(?=[一二三四五六七八九十]{1,2}是)")
SHORTEST = 4  # fewer characters is a stray word, not a problem


@dataclass(frozen=True, slots=True)
class Proposal:
    """One problem found, and the 整改措施 written for it where the minutes pair them."""

    problem: str
    measures: str = ""


@dataclass(frozen=True, slots=True)
class Found:
    """What was found: the heading the problems were under (None when there was none to read
    and nothing was found), and the problems in order."""

    heading: str | None
    proposals: tuple[Proposal, ...]


def _sections(text: str) -> list[tuple[str, list[str]]]:
    """The minutes as (heading, lines under it); lines before the first heading under ""."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines():
        if HEADING.match(line):
            sections.append((line.strip(), []))
        else:
            sections[-1][1].append(line)
    return sections


def _clean(text: str) -> str:
    """A point as the list keeps it: without its closing punctuation."""
    return text.strip().rstrip("。；;，,").strip()


def points(lines: list[str]) -> list[str]:
    """The points of a section: numbered points with their unnumbered lines, or — where nothing
    is numbered — a point a line. A lead-in line ending in a colon (查摆出以下问题：) is dropped."""
    expanded = [part for line in lines for part in INLINE_POINT.split(line.strip()) if part.strip()]
    numbered = any(POINT.match(line) for line in expanded)
    found: list[str] = []
    for line in expanded:
        if numbered:
            if POINT.match(line):
                found.append(POINT.sub("", line, count=1))
            elif found:
                found[-1] += line.strip()
            continue  # a line before the first point introduces them
        if not line.rstrip().endswith(("：", ":")):
            found.append(line)
    return [p for p in map(_clean, found) if len(p) >= SHORTEST]


def _section(sections: list[tuple[str, list[str]]], words: tuple[str, ...]) -> int | None:
    return next(
        (i for i, (heading, _) in enumerate(sections) if any(w in heading for w in words)), None
    )


def find_problems(minutes: str) -> Found:
    """The 查摆问题 of a 组织生活会's minutes: the points under its 对照检查 (查摆、检视、存在问题)
    heading, with the 整改措施 section's points beside them when there are as many."""
    sections = _sections(minutes)
    at = _section(sections, PROBLEM_WORDS)
    if at is None:
        return Found(None, ())
    heading, lines = sections[at]
    problems = points(lines)
    measures_at = _section(sections, MEASURE_WORDS)
    measures = points(sections[measures_at][1]) if measures_at is not None else []
    if len(measures) != len(problems):
        measures = [""] * len(problems)
    return Found(heading, tuple(Proposal(p, m) for p, m in zip(problems, measures, strict=True)))
