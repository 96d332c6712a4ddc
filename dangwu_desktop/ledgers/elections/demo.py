"""The demo village's 2026-style 换届: the committee's five years end on 18 April of the demo's
year. In January the branch sends its 换届请示 and has the township's 批复; in February the
candidates are recommended and pass the 资格联审 (six for five seats); the March 支部党员大会
elects, the township approves the 书记 and 副书记 a week later, and the new committee takes
office. Each step is recorded only once its day has come, so a demo made early in the year shows
the election still being prepared (and the 首页 saying what it needs)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.glossary import ActivityKind, Attendance, CommitteePost, MemberCategory
from dangwu_desktop.core.models import Activity, Member
from dangwu_desktop.core.services.branch import get_branch
from dangwu_desktop.core.services.excusals import excused_on
from dangwu_desktop.core.strokes import by_strokes
from dangwu_desktop.ledgers.elections.book import voters_on
from dangwu_desktop.ledgers.elections.rules import Ballot, Vetting, quorum_met
from dangwu_desktop.ledgers.elections.service import (
    CandidateInput,
    Office,
    Preparation,
    RoundInput,
    prepare,
    record_round,
    save_candidates,
    set_term_number,
    take_office,
)

OUTGOING_TERM = 11


def build_demo_election(session: Session, today: date) -> None:
    branch = get_branch(session)
    if branch is None or branch.term_end is None or branch.term_end.year != today.year:
        return
    year = today.year
    set_term_number(session, OUTGOING_TERM)
    request_on, reply_on = date(year, 1, 8), date(year, 1, 20)
    if request_on > today:
        return
    election = prepare(
        session,
        Preparation(
            seats=5,
            request_on=request_on,
            request_ref=f"前溪支〔{year}〕1号",
            reply_on=reply_on if reply_on <= today else None,
            reply_ref=f"城关党〔{year}〕12号" if reply_on <= today else "",
        ),
        today,
    )
    recommended_on = date(year, 2, 20)
    if recommended_on > today:
        return
    seats = [(s.member_id, s.post) for s in branch.committee if s.member_id is not None]
    committee = {member_id for member_id, _ in seats}
    newcomer = next(m for m in voters_on(session, recommended_on) if m.id not in committee)
    people = [*committee_order(seats), newcomer.id]
    names = [session.get(Member, member_id).name for member_id in people]  # type: ignore[union-attr]
    candidates = [  # listed as the 选票 prints them: 按姓氏笔画为序
        CandidateInput(people[i], "党员推荐", 40 - i * 2, Vetting.PASSED) for i in by_strokes(names)
    ]
    save_candidates(session, election.id, candidates, today)
    meeting = _election_meeting(session, date(year, 3, 1), min(branch.term_end, today))
    if meeting is None:
        return
    excused = {e.member_id for e in excused_on(session, meeting.date)}
    voting = [
        a
        for a in meeting.attendance
        if a.member.category is MemberCategory.FULL and a.member_id not in excused
    ]
    due = len(voting)
    present = sum(a.attendance is Attendance.PRESENT for a in voting)
    if not quorum_met(due, present):
        return
    void = 1 if present > 10 else 0
    valid = present - void
    # Five names at most on a ballot: the committee's votes leave room for the newcomer's.
    votes = {m: valid - 4 - index % 3 for index, m in enumerate(committee_order(seats))}
    votes[newcomer.id] = min(due // 3, 24)
    record_round(
        session,
        election.id,
        RoundInput(Ballot(due, present, present, present, valid, void), votes, meeting.id),
        today,
    )
    approved_on = date(year, 3, 28) if meeting.date < date(year, 3, 28) else meeting.date
    if approved_on > today:
        return
    take_office(
        session,
        election.id,
        Office(seats, approved_on, f"城关党〔{year}〕31号", filed_on=approved_on),
        today,
    )


def committee_order(seats: list[tuple[int, CommitteePost]]) -> list[int]:
    return [member_id for member_id, _ in seats]


def _election_meeting(session: Session, first: date, last: date) -> Activity | None:
    query = select(Activity).where(
        Activity.kind == ActivityKind.BRANCH_GENERAL,
        Activity.deleted_at.is_(None),
        Activity.date >= first,
        Activity.date <= last,
    )
    return session.scalars(query.order_by(Activity.date).limit(1)).first()
