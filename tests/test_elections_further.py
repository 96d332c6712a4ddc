"""另行选举: when fewer are elected than there are seats, the seats left empty are filled by a
further election of their own — its own candidates (those not elected, or others), at the same
支部党员大会 or a later one, its own rounds (a tie among its candidates votes again), and a second
另行选举 if it too leaves a seat empty. The new committee takes office only once every seat is
filled; the 书记、副书记 are reported (报批) and approved apart from the 委员's 备案."""

from __future__ import annotations

from datetime import date

import pytest

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import ActivityKind, Attendance, CommitteePost
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services.activities import save_activity
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers.elections.book import (
    ballot_sheet,
    latest_election,
    open_election,
    result,
    terms,
)
from dangwu_desktop.ledgers.elections.checklist import steps
from dangwu_desktop.ledgers.elections.reminders import reminders
from dangwu_desktop.ledgers.elections.rules import Ballot
from dangwu_desktop.ledgers.elections.service import (
    Office,
    RoundInput,
    record_round,
    save_candidates,
    set_term_number,
    take_office,
)
from tests import test_elections_service as service_tests
from tests.test_elections_service import HELD, TODAY, candidates, prepared

village = service_tests.village  # the fixture: eight 正式党员, a committee of three

LATER = date(2026, 4, 2)  # a second 支部党员大会, for a 另行选举 not held at the first
EARLIER = date(2026, 3, 10)  # one before the election: no 另行选举 there
FIGURES = Ballot(8, 8, 8, 8, 8, 0)  # eight with a vote, all present: more than 4 votes elect
S, D, ORG, M = (
    CommitteePost.SECRETARY,
    CommitteePost.DEPUTY_SECRETARY,
    CommitteePost.ORGANISATION,
    CommitteePost.MEMBER,
)


def meeting_on(database: Database, ids: dict[str, int], day: date) -> int:
    attendees = [
        Attendee(member_id, name, Attendance.PRESENT, "", name != "吴十")
        for name, member_id in ids.items()
    ]
    draft = ActivityDraft(ActivityKind.BRANCH_GENERAL, day, topics=["选举"], host="陈静",
                          recorder="王伟", attendees=attendees)  # fmt: skip
    with database.transaction() as session:
        return save_activity(session, draft, TODAY).id


def first_round(database: Database, ids: dict[str, int], votes: dict[str, int]) -> tuple[int, int]:
    """Three seats, four candidates (陈静, 王伟, 李红, 张三), the vote of 20 March."""
    election_id = prepared(database, ids)
    activity_id = meeting_on(database, ids, HELD)
    with database.transaction() as session:
        set_term_number(session, 11)
        save_candidates(session, election_id, candidates(ids, "陈静", "王伟", "李红", "张三"), TODAY)  # fmt: skip
        by_member = {ids[n]: v for n, v in votes.items()}
        record_round(session, election_id, RoundInput(FIGURES, by_member, activity_id), TODAY)
    return election_id, activity_id


def names_of(database: Database, ids_elected: tuple[int, ...]) -> list[str]:
    with database.read() as session:
        view = latest_election(session)
        assert view is not None
        return [view.name(i) for i in ids_elected]


# (first round's votes, then each further round: (its day, its candidates or None for a tie's
# second vote, its votes), then who is elected in order, the seats still empty, the stage of
# the last round, and the 选票 the next ballot prints (its title's end and names)).
FURTHER_CASES = [
    pytest.param(
        {"陈静": 7, "王伟": 6, "李红": 4, "张三": 3},
        [(HELD, ("李红", "张三"), {"李红": 5, "张三": 3})],
        ["陈静", "王伟", "李红"], 0, 2, None,
        id="20 March: one seat short, filled by a 另行选举 at the same meeting",
    ),
    pytest.param(
        {"陈静": 7, "王伟": 6, "李红": 4, "张三": 3},
        [(LATER, ("张三", "赵六"), {"张三": 2, "赵六": 6})],
        ["陈静", "王伟", "赵六"], 0, 2, None,
        id="2 April: the 另行选举 at a later meeting, a new candidate elected",
    ),
    pytest.param(
        {"陈静": 7, "王伟": 4, "李红": 4, "张三": 3},
        [(HELD, ("王伟", "李红", "张三"), {"王伟": 5, "李红": 5, "张三": 5}),
         (HELD, None, {"王伟": 6, "李红": 3, "张三": 2})],
        ["陈静", "王伟"], 1, 2, ("委员会委员第2次另行选举", ()),
        id="two seats short; the 另行选举 ties three for two, the second vote fills one",
    ),
    pytest.param(
        {"陈静": 7, "王伟": 6, "李红": 4, "张三": 3},
        [(HELD, ("李红", "张三"), {"李红": 4, "张三": 4})],
        ["陈静", "王伟"], 1, 2, ("委员会委员第2次另行选举", ()),
        id="the 另行选举 elects nobody: a second 另行选举 is needed, its list not yet made",
    ),
    pytest.param(
        {"陈静": 7, "王伟": 6, "李红": 4, "张三": 3},
        [(HELD, ("李红", "张三"), {"李红": 4, "张三": 4}),
         (LATER, ("李红", "孙八"), {"李红": 7, "孙八": 1})],
        ["陈静", "王伟", "李红"], 0, 3, None,
        id="2 April: the second 另行选举 fills the last seat",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "further", "elected", "short", "stage", "next_sheet"), FURTHER_CASES
)
def test_further_election_fills_the_seats_left_empty(
    database: Database,
    village: dict[str, int],
    first: dict[str, int],
    further: list[tuple[date, tuple[str, ...] | None, dict[str, int]]],
    elected: list[str],
    short: int,
    stage: int,
    next_sheet: tuple[str, tuple[str, ...]] | None,
) -> None:
    election_id, _ = first_round(database, village, first)
    meetings = {HELD: None, LATER: meeting_on(database, village, LATER)}
    with database.read() as session:
        election = open_election(session)
        assert election is not None
        first_activity = election.activity_id
    meetings[HELD] = first_activity
    for day, listed, votes in further:
        by_member = {village[n]: v for n, v in votes.items()}
        with database.transaction() as session:
            if listed is not None:
                save_candidates(session, election_id, candidates(village, *listed), TODAY)
                given = RoundInput(FIGURES, by_member, meetings[day])
            else:
                given = RoundInput(FIGURES, by_member)
            record_round(session, election_id, given, TODAY)
    with database.read() as session:
        election = open_election(session)
        assert election is not None
        counted = result(election)
        held = [(r.stage, r.held_on) for r in election.rounds]
        sheet = ballot_sheet(session)
    assert names_of(database, counted.elected) == elected
    assert (counted.short, counted.stage) == (short, stage)
    assert held[0] == (1, HELD)
    assert held[-1][1] == further[-1][0] or further[-1][1] is None
    if next_sheet is not None:
        assert sheet is not None
        assert sheet.title.endswith(next_sheet[0]) and sheet.names == next_sheet[1]
        assert sheet.seats == short


def test_the_checklist_and_the_home_page_say_what_the_further_election_needs(
    database: Database, village: dict[str, int]
) -> None:
    election_id, activity_id = first_round(database, village, {"陈静": 7, "王伟": 6, "李红": 4, "张三": 3})  # fmt: skip
    with database.read() as session:
        view = latest_election(session)
        assert view is not None
        shown = {s.title: (s.done, s.detail) for s in steps(view)}
        said = [r.text for r in reminders(session, TODAY)]
    assert shown["计票"] == (True, "当选：陈静、王伟；少1名，不足的名额应另行选举")
    assert shown["另行选举"] == (False, "少1名：确定另行选举的候选人，召开支部党员大会另行选举")
    assert said == ["2026-03-20换届选举当选人数比应选少1名，不足的名额应另行选举"]
    assert view.further and view.list_open and view.contenders == ()
    with database.transaction() as session:
        save_candidates(session, election_id, candidates(village, "李红", "张三"), TODAY)
    with database.read() as session:
        view = latest_election(session)
        assert view is not None
        shown = {s.title: (s.done, s.detail) for s in steps(view)}
    assert shown["另行选举"] == (False, "不足1名，候选人李红、张三；召开支部党员大会进行另行选举")
    assert [c.name for c in view.contenders] == ["李红", "张三"] and view.next_seats == 1
    # The election's own list is unchanged beside the 另行选举's.
    assert [c.name for c in view.listed(1)] == ["陈静", "王伟", "李红", "张三"]
    later = meeting_on(database, village, LATER)
    with database.transaction() as session:
        given = {village["李红"]: 2, village["张三"]: 6}
        record_round(session, election_id, RoundInput(FIGURES, given, later), TODAY)
    with database.read() as session:
        view = latest_election(session)
        assert view is not None
        shown = {s.title: (s.done, s.detail) for s in steps(view)}
    assert shown["另行选举"] == (True, "2026年4月2日，应选1名，当选：张三")
    assert not view.ballot_open and not view.list_open
    del activity_id


def test_a_further_election_is_refused_what_the_rules_refuse(
    database: Database, village: dict[str, int]
) -> None:
    election_id, activity_id = first_round(database, village, {"陈静": 7, "王伟": 6, "李红": 4, "张三": 3})  # fmt: skip
    # Not one already elected; not before its list is made; not at a meeting before the vote.
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        save_candidates(session, election_id, candidates(village, "王伟", "李红"), TODAY)
    assert [f.line for f in refused.value.findings] == [
        "候选人：王伟已经当选，不能列为另行选举的候选人"
    ]
    with database.transaction() as session, pytest.raises(ServiceError, match="请先确定另行选举"):
        record_round(session, election_id, RoundInput(FIGURES, {}, activity_id), TODAY)
    earlier = meeting_on(database, village, EARLIER)
    with database.transaction() as session:
        warnings = save_candidates(session, election_id, [], TODAY)
        assert [w.reason for w in warnings] == ["另行选举的候选人少于不足的名额"]  # kept, not voted
        save_candidates(session, election_id, candidates(village, "李红"), TODAY)
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        given = RoundInput(FIGURES, {village["李红"]: 6}, earlier)
        record_round(session, election_id, given, TODAY)
    assert [f.reason for f in refused.value.findings] == ["另行选举不能早于选举"]
    # The committee cannot take office with a seat empty.
    with database.transaction() as session, pytest.raises(ServiceError, match="另行选举"):
        posts = [(village["陈静"], S), (village["王伟"], D)]
        take_office(session, election_id, Office(posts, date(2026, 3, 28)), TODAY)


def test_a_further_election_short_of_candidates_cannot_go_to_the_vote(
    database: Database, village: dict[str, int]
) -> None:
    election_id, activity_id = first_round(database, village, {"陈静": 7, "王伟": 4, "李红": 4, "张三": 3})  # fmt: skip
    with database.transaction() as session:
        warnings = save_candidates(session, election_id, candidates(village, "李红"), TODAY)
    assert [w.line for w in warnings] == ["候选人：另行选举的候选人少于不足的名额：不足2名，候选人1名"]  # fmt: skip
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        given = RoundInput(FIGURES, {village["李红"]: 6}, activity_id)
        record_round(session, election_id, given, TODAY)
    assert [f.reason for f in refused.value.findings] == ["另行选举的候选人少于不足的名额"]


# The 书记、副书记 reported (报批) and approved, the 委员 filed, each after the vote; the day of the
# last 另行选举 is the vote's.
OFFICE_CASES = [
    pytest.param(date(2026, 4, 3), date(2026, 4, 10), date(2026, 4, 3), [], id="in order"),
    pytest.param(None, date(2026, 4, 10), None, [], id="报批 and 备案 not recorded"),
    pytest.param(date(2026, 4, 1), date(2026, 4, 10), None, ["报批日期：报批日期早于选举日期"],
                 id="reported before the 另行选举 of 2 April"),
    pytest.param(date(2026, 4, 12), date(2026, 4, 10), None, ["批准日期：批准日期早于报批日期"],
                 id="approved before it was reported"),
    pytest.param(None, date(2026, 3, 28), None, ["批准日期：批准日期早于选举日期"],
                 id="approved before the 另行选举"),
    pytest.param(None, date(2026, 4, 10), date(2026, 12, 1), ["备案日期：备案日期晚于今天"],
                 id="filed tomorrow"),
]  # fmt: skip


@pytest.mark.parametrize(("submitted", "approved", "filed", "refused"), OFFICE_CASES)
def test_the_committee_takes_office_once_every_seat_is_filled(
    database: Database,
    village: dict[str, int],
    submitted: date | None,
    approved: date,
    filed: date | None,
    refused: list[str],
) -> None:
    election_id, _ = first_round(database, village, {"陈静": 7, "王伟": 6, "李红": 4, "张三": 3})
    later = meeting_on(database, village, LATER)
    with database.transaction() as session:
        save_candidates(session, election_id, candidates(village, "李红", "张三"), TODAY)
        given = RoundInput(FIGURES, {village["李红"]: 6, village["张三"]: 2}, later)
        record_round(session, election_id, given, TODAY)
    posts = [(village["陈静"], S), (village["王伟"], D), (village["李红"], ORG)]
    office = Office(posts, approved, "城关党〔2026〕40号", filed, submitted)
    if refused:
        with database.transaction() as session, pytest.raises(RecordInvalid) as said:
            take_office(session, election_id, office, TODAY)
        assert [f.line for f in said.value.findings] == refused
        return
    with database.transaction() as session:
        take_office(session, election_id, office, TODAY)
    with database.read() as session:
        view = latest_election(session)
        history = terms(session)
    assert view is not None and view.in_office and view.submitted_on == submitted
    old, new = history
    assert old.handed_over_on == approved and new.start == HELD  # five years from the vote
    assert [(s.name, s.post) for s in new.seats] == [("陈静", S), ("王伟", D), ("李红", ORG)]
    shown = {s.title: s.detail for s in steps(view)}
    if submitted is not None:
        assert shown["书记、副书记报上级党组织批准"] == (
            "2026年4月3日报批，2026年4月10日　城关党〔2026〕40号批准"
        )
