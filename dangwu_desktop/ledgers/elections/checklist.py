"""What the 换届 page lists of an election: each step in the order it is done, whether it is
done (with its dates and references) or still needed, and the rule that asks for it; and the
line over the page when the term is running out or has run out. Pure: no session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dangwu_desktop.core.dates import add_months, document_date
from dangwu_desktop.core.rulebook import ELECTION_DUE
from dangwu_desktop.ledgers.elections.book import (
    ElectionState,
    ElectionView,
    StageCount,
    counted_stages,
)
from dangwu_desktop.ledgers.elections.rules import (
    MAJORITY,
    MARGIN,
    QUORUM_RULE,
    REMIND_MONTHS,
    REPORTING,
    TIES,
    Timing,
    Vetting,
    least_candidates,
    least_present,
    quorum_met,
)


@dataclass(frozen=True, slots=True)
class Step:
    title: str
    done: bool
    detail: str  # what was recorded, or what is still needed
    citation: str


def margin_text(seats: int, candidates: int) -> str:
    """应选5名，候选人6名，差额20%: the 差额 as the list stands (the rule wants 20 % or more)."""
    if seats < 1:
        return f"候选人{candidates}名"
    percent = (candidates - seats) * 100 / seats
    shown = f"{percent:.0f}" if percent == int(percent) else f"{percent:.1f}"
    return f"应选{seats}名，候选人{candidates}名，差额{shown}%"


def _dated(day: date | None, reference: str) -> str:
    return "　".join(part for part in (document_date(day), reference) if part)


def steps(view: ElectionView) -> list[Step]:
    """The election's steps: 请示, 批复, an approved 延期 or 提前, the candidates, the meeting,
    the count, 委员备案 and 书记副书记报批."""
    due_rule = ELECTION_DUE.citation
    found = [
        Step("换届请示", view.request_on is not None,
             _dated(view.request_on, view.request_ref) or "向上级党组织报送换届请示", due_rule),
        Step("上级党组织批复", view.reply_on is not None,
             _dated(view.reply_on, view.reply_ref) or "等待乡镇党委对换届请示的批复", due_rule),
    ]  # fmt: skip
    if view.timing is not Timing.ON_TIME:
        found.append(
            Step(
                f"{view.timing.value}换届的批准",
                view.timing_approved_on is not None,
                f"{view.timing.value}{view.timing_months}个月，"
                + _dated(view.timing_approved_on, view.timing_ref),
                due_rule,
            )
        )
    listed = view.listed(1)
    passed = sum(c.vetting is Vetting.PASSED for c in listed)
    pending = sum(c.vetting is Vetting.PENDING for c in listed)
    least = least_candidates(view.seats)
    ready = passed >= least and passed == len(listed)
    if not listed:
        detail = f"推荐候选人并报资格联审（应选{view.seats}名，候选人至少{least}名）"
    else:
        detail = f"{margin_text(view.seats, len(listed))}；资格联审通过{passed}名"
        if pending:
            detail += f"，待审{pending}名"
        if len(listed) < least:
            detail += f"；候选人至少{least}名"
    found.append(Step("候选人推荐和资格联审", ready, detail, MARGIN.citation))
    stages = counted_stages(view.seats, view.rounds)
    first = view.rounds[0] if view.rounds else None
    if first is None:
        found.append(
            Step("支部党员大会选举", False, "召开支部党员大会进行选举", QUORUM_RULE.citation)
        )
    else:
        valid = "有效" if quorum_met(first.due, first.present) else "不足五分之四"
        found.append(
            Step(
                "支部党员大会选举",
                True,
                f"{document_date(view.held_on)}，应到{first.due}人，实到{first.present}人"
                f"（至少{least_present(first.due)}人，{valid}）",
                QUORUM_RULE.citation,
            )
        )
    for stage in stages:
        found.append(_count_step(view, stage))
    last = stages[-1] if stages else None
    if last is not None and last.short:
        following = last.stage + 1
        listed = view.listed(following)
        title = StageCount(following, 0, (), (), (), 0).title
        if listed:
            detail = (
                f"不足{last.short}名，候选人{'、'.join(c.name for c in listed)}；"
                "召开支部党员大会进行另行选举"
            )
        else:
            detail = f"少{last.short}名：确定另行选举的候选人，召开支部党员大会另行选举"
        found.append(Step(title, False, detail, TIES.citation))
    found.append(
        Step(
            "委员报上级党组织备案",
            view.filed_on is not None,
            document_date(view.filed_on) or "选出的委员报上级党组织备案",
            REPORTING.citation,
        )
    )
    if view.approved_on is not None:
        approval = _dated(view.approved_on, view.approval_ref)
        if view.submitted_on is not None:
            approval = f"{document_date(view.submitted_on)}报批，{approval}批准"
    elif view.submitted_on is not None:
        approval = f"{document_date(view.submitted_on)}已报批，等待上级党组织批准"
    else:
        approval = "书记、副书记报上级党组织批准后到任"
    found.append(
        Step(
            "书记、副书记报上级党组织批准",
            view.approved_on is not None,
            approval,
            REPORTING.citation,
        )
    )
    return found


def _count_step(view: ElectionView, stage: StageCount) -> Step:
    """The count of the election (计票) or of a 另行选举: who it elected, a tie still to vote
    on, seats it left empty."""
    names = "、".join(view.name(i) for i in stage.elected) or "无"
    title = "计票" if stage.stage == 1 else stage.title
    held = "" if stage.stage == 1 else f"{document_date(stage.held_on)}，应选{stage.seats}名，"
    if stage.tied:
        tied = "、".join(view.name(i) for i in stage.tied)
        detail = f"{held}当选：{names}；{tied}票数相等，应就{stage.tied_seats}个名额再次投票"
        return Step(title, False, detail, TIES.citation)
    rounds = f"（共{len(stage.rounds)}轮）" if len(stage.rounds) > 1 else ""
    if stage.short:
        detail = f"{held}当选：{names}{rounds}；少{stage.short}名，不足的名额应另行选举"
        return Step(title, True, detail, TIES.citation)
    return Step(title, True, f"{held}当选：{names}{rounds}", MAJORITY.citation)


def term_line(state: ElectionState, today: date) -> str | None:
    """本届任期至2026年4月18日，已到期N天 once the term has run out (or the approved date of a
    postponed election has passed) and the new committee is not yet in office; 还有N天 in the
    six months before; None otherwise."""
    if state.term_end is None or state.due is None:
        return None
    end = document_date(state.term_end)
    moved = ""
    if state.timing is not Timing.ON_TIME:
        moved = f"，经批准{state.timing.value}至{document_date(state.due)}"
    if state.due < today:
        late = (today - state.term_end).days
        return f"本届任期至{end}，已到期{late}天{moved}"
    if today >= add_months(state.due, -REMIND_MONTHS[0]):
        return f"本届任期至{end}{moved}，还有{(state.due - today).days}天"
    return None
