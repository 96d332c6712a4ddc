"""The 换届 book kept through its services, end to end: the 请示 and 批复, the candidate list and
its check, the election meeting's ballot with a tie and its second round, and the new committee
taking office — the old one kept as the previous term, the 设置 page's committee the new one."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from dangwu_desktop.core import audit
from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee
from dangwu_desktop.core.glossary import (
    ActivityKind,
    Attendance,
    CommitteePost,
    ExcusalReason,
    MemberCategory,
    Sex,
)
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.models import AuditEntry
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.activities import save_activity
from dangwu_desktop.core.services.excusals import record_excusal
from dangwu_desktop.core.services.members import add_member
from dangwu_desktop.db.database import Database
from dangwu_desktop.ledgers.elections.book import open_election, result, state, terms, voters_on
from dangwu_desktop.ledgers.elections.reminders import reminders
from dangwu_desktop.ledgers.elections.rules import Ballot, Timing, Vetting
from dangwu_desktop.ledgers.elections.service import (
    CandidateInput,
    Office,
    Preparation,
    RoundInput,
    prepare,
    record_round,
    record_timing,
    remove_last_round,
    save_candidates,
    set_term_number,
    take_office,
)
from tests.conftest import member

TODAY = date(2026, 11, 30)
HELD = date(2026, 3, 20)
S, D, ORG = CommitteePost.SECRETARY, CommitteePost.DEPUTY_SECRETARY, CommitteePost.ORGANISATION
FULL = ["陈静", "王伟", "李红", "张三", "赵六", "钱七", "孙八", "周九"]


def person(name: str, **overrides: object) -> MemberData:
    values: dict[str, object] = {
        "name": name,
        "id_number": "",
        "sex": Sex.FEMALE,
        "birth_date": date(1975, 3, 2),
    }
    return member(**(values | overrides))


@pytest.fixture
def village(database: Database) -> dict[str, int]:
    """Eight 正式党员, one 预备党员 (吴十) and one under 留党察看 (郑一); a committee of three
    (陈静 书记, 王伟 副书记, 李红 组织委员) whose five years end on 18 April 2026."""
    ids: dict[str, int] = {}
    with database.transaction() as session:
        for name in FULL:
            ids[name] = add_member(session, person(name), TODAY).id
        ids["吴十"] = add_member(
            session,
            person("吴十", category=MemberCategory.PROBATIONARY, join_date=date(2026, 1, 10),
                   full_member_date=None),
            TODAY,
        ).id  # fmt: skip
        ids["郑一"] = add_member(session, person("郑一"), TODAY).id
        record_excusal(
            session,
            ids["郑一"],
            ExcusalReason.ON_PROBATION,
            date(2025, 6, 1),
            date(2025, 6, 1),
            TODAY,
        )
        branch_service.save_branch_info(
            session,
            branch_service.BranchInfo(
                name="中共东岙村支部委员会",
                parent_org="城关镇党委",
                secretary="陈静",
                committee=[branch_service.Seat("王伟", D), branch_service.Seat("李红", ORG)],
                term_start=date(2021, 4, 18),
                term_end=date(2026, 4, 18),
            ),
        )
    return ids


def meeting(database: Database, ids: dict[str, int], absent: set[str] = frozenset()) -> int:
    """The 支部党员大会 of 20 March 2026, everyone listed, those in `absent` away."""
    attendees = [
        Attendee(member_id, name, Attendance.ABSENT if name in absent else Attendance.PRESENT,
                 "外出务工" if name in absent else "", name != "吴十")
        for name, member_id in ids.items()
    ]  # fmt: skip
    draft = ActivityDraft(ActivityKind.BRANCH_GENERAL, HELD, topics=["选举新一届支部委员会"],
                          host="陈静", recorder="王伟", attendees=attendees)  # fmt: skip
    with database.transaction() as session:
        return save_activity(session, draft, TODAY).id


def prepared(database: Database, ids: dict[str, int], seats: int = 3) -> int:
    with database.transaction() as session:
        election = prepare(
            session,
            Preparation(seats, date(2026, 1, 8), "东岙支〔2026〕1号", date(2026, 1, 20), "城关党〔2026〕12号"),
            TODAY,
        )  # fmt: skip
        return election.id


def candidates(ids: dict[str, int], *names: str, vetting: Vetting = Vetting.PASSED) -> list[CandidateInput]:  # fmt: skip
    return [CandidateInput(ids[n], "党员推荐", 7, vetting) for n in names]


def test_only_full_members_not_under_probation_have_a_vote(database: Database, village: dict) -> None:  # fmt: skip
    with database.read() as session:
        names = [m.name for m in voters_on(session, HELD)]
    assert names == FULL  # not 吴十 (预备党员), not 郑一 (留党察看)


def test_the_request_and_reply_are_recorded_and_checked(database: Database, village: dict) -> None:
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        prepare(session, Preparation(3, date(2026, 2, 1), reply_on=date(2026, 1, 20)), TODAY)
    assert [f.reason for f in refused.value.findings] == ["批复日期早于请示日期"]
    election_id = prepared(database, village)
    with database.read() as session:
        election = open_election(session)
        assert election is not None and election.id == election_id
        assert (election.request_ref, election.reply_on) == ("东岙支〔2026〕1号", date(2026, 1, 20))
        logged = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.subject == "换届选举")
        ).all()
    assert logged and "换届请示日期：2026-01-08" in logged[-1]


def test_a_candidate_without_the_right_to_stand_is_refused(database: Database, village: dict) -> None:  # fmt: skip
    election_id = prepared(database, village)
    for name, reason in (("吴十", "吴十是预备党员，没有被选举权"), ("郑一", "郑一在留党察看期间，没有被选举权")):  # fmt: skip
        with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
            save_candidates(session, election_id, candidates(village, "陈静", name), TODAY)
        assert [f.reason for f in refused.value.findings] == [reason]


def test_a_short_or_unvetted_list_is_kept_but_cannot_go_to_the_vote(
    database: Database, village: dict
) -> None:
    election_id = prepared(database, village)
    activity_id = meeting(database, village)
    with database.transaction() as session:
        warnings = save_candidates(session, election_id, candidates(village, "王伟", "李红", "陈静"), TODAY)  # fmt: skip
    assert [f.reason for f in warnings] == ["候选人差额不足"]
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        ballot = RoundInput(Ballot(8, 8, 8, 8, 8, 0), {}, activity_id)
        record_round(session, election_id, ballot, TODAY)
    assert [f.reason for f in refused.value.findings] == ["候选人差额不足"]
    with database.transaction() as session:
        warnings = save_candidates(
            session, election_id, candidates(village, "王伟", "李红", "陈静", "张三", vetting=Vetting.PENDING), TODAY
        )  # fmt: skip
    assert [f.reason for f in warnings] == ["还有4名候选人未完成资格联审"]


def test_an_election_short_of_four_fifths_is_refused(database: Database, village: dict) -> None:
    election_id = prepared(database, village)
    activity_id = meeting(database, village, absent={"孙八", "周九"})
    with database.transaction() as session:
        save_candidates(session, election_id, candidates(village, "陈静", "王伟", "李红", "张三"), TODAY)  # fmt: skip
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        ballot = RoundInput(Ballot(8, 6, 6, 6, 6, 0), {village["陈静"]: 6}, activity_id)
        record_round(session, election_id, ballot, TODAY)
    assert [f.reason for f in refused.value.findings] == ["到会人数不足五分之四，选举无效"]
    assert "应到8人，至少7人到会，实到6人" in refused.value.findings[0].detail


def elect(database: Database, village: dict) -> int:
    """Four candidates for three seats; 李红 and 张三 tie for the last seat, 李红 wins the second
    round; the township approves 陈静 and 王伟 on 28 March."""
    election_id = prepared(database, village)
    activity_id = meeting(database, village)
    with database.transaction() as session:
        set_term_number(session, 11)
        save_candidates(session, election_id, candidates(village, "陈静", "王伟", "李红", "张三"), TODAY)  # fmt: skip
    first = {village["陈静"]: 7, village["王伟"]: 6, village["李红"]: 5, village["张三"]: 5}
    with database.transaction() as session:
        counted = record_round(session, election_id, RoundInput(Ballot(8, 8, 8, 8, 8, 0), first, activity_id), TODAY)  # fmt: skip
        assert counted.tied and counted.tied_seats == 1 and len(counted.elected) == 2
    with database.read() as session:
        assert [r.text for r in reminders(session, TODAY)] == [
            "2026-03-20换届选举有票数相等的被选举人，应就票数相等的被选举人再次投票"
        ]
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        second = {village["陈静"]: 7}
        record_round(session, election_id, RoundInput(Ballot(8, 7, 7, 7, 7, 0), second), TODAY)
    assert [f.reason for f in refused.value.findings] == ["得票的人须是票数相等、需再次投票的被选举人"]  # fmt: skip
    second = {village["李红"]: 5, village["张三"]: 3}
    with database.transaction() as session:
        counted = record_round(session, election_id, RoundInput(Ballot(8, 8, 8, 8, 8, 0), second), TODAY)  # fmt: skip
        assert counted.settled and counted.short == 0
    return election_id


def test_an_election_with_a_tie_is_settled_by_a_second_round(database: Database, village: dict) -> None:  # fmt: skip
    election_id = elect(database, village)
    with database.read() as session:
        s = state(session)
        assert s is not None
        assert (s.held_on, s.elected, s.tie) == (HELD, ("陈静", "王伟", "李红"), False)
        assert [r.text for r in reminders(session, TODAY)] == [
            "新一届支部委员会已于2026-03-20选出（陈静、王伟、李红），"
            "还需书记、副书记报上级党组织批准、委员报上级党组织备案"
        ]
    with database.transaction() as session, pytest.raises(ServiceError, match="不需要再次投票"):
        record_round(session, election_id, RoundInput(Ballot(8, 7, 7, 7, 7, 0), {}), TODAY)
    with database.transaction() as session:  # a slip in the second round's figures: undone
        remove_last_round(session, election_id)
    with database.read() as session:
        election = open_election(session)
        assert election is not None and result(election).tied


def test_the_new_committee_takes_office_and_the_old_is_kept_as_the_previous_term(
    database: Database, village: dict
) -> None:
    election_id = elect(database, village)
    posts = [(village["陈静"], S), (village["李红"], D), (village["王伟"], ORG)]
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        wrong = [(village["陈静"], S), (village["张三"], D), (village["王伟"], ORG)]
        take_office(session, election_id, Office(wrong, date(2026, 3, 28)), TODAY)
    assert "新一届委员会应由当选的委员组成" in [f.reason for f in refused.value.findings]
    with database.transaction() as session:
        take_office(
            session, election_id,
            Office(posts, date(2026, 3, 28), "城关党〔2026〕31号", filed_on=date(2026, 3, 25)), TODAY,
        )  # fmt: skip
    with database.read() as session:
        info = branch_service.load_branch_info(session)
        history = terms(session)
        assert reminders(session, TODAY) == []
        entries = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.subject == "支部信息")
        ).all()
    # What the 设置 page and every document read: the new committee and its five years.
    assert info is not None and info.secretary == "陈静"
    assert [(s.name, s.post) for s in info.committee] == [("李红", D), ("王伟", ORG)]
    assert (info.term_start, info.term_end) == (HELD, date(2031, 3, 20))
    old, new = history
    assert (old.title, old.start, old.end, old.handed_over_on) == ("第11届", date(2021, 4, 18), date(2026, 4, 18), date(2026, 3, 28))  # fmt: skip
    assert [(s.name, s.post) for s in old.seats] == [("陈静", S), ("王伟", D), ("李红", ORG)]
    assert (new.title, new.current, new.start) == ("第12届", True, HELD)
    assert [(s.name, s.post) for s in new.seats] == [("陈静", S), ("李红", D), ("王伟", ORG)]
    assert "支部委员会：删去 副书记 王伟" in entries[-1].splitlines()
    with database.transaction() as session, pytest.raises(ServiceError, match="已经到任"):
        record_timing(session, election_id, Timing.ON_TIME, None, None, "", TODAY)


def test_a_postponement_is_approved_and_moves_the_reminder(database: Database, village: dict) -> None:  # fmt: skip
    election_id = prepared(database, village)
    with database.transaction() as session, pytest.raises(RecordInvalid) as refused:
        record_timing(session, election_id, Timing.POSTPONED, 14, date(2026, 3, 1), "", TODAY)
    assert [f.reason for f in refused.value.findings] == ["延期一般不超过1年"]
    with database.transaction() as session:
        record_timing(session, election_id, Timing.POSTPONED, 12, date(2026, 3, 1), "城关党〔2026〕20号", TODAY)  # fmt: skip
    with database.read() as session:
        found = reminders(session, date(2026, 11, 30))
    assert [r.overdue for r in found] == [False]
    assert found[0].text.startswith(
        "支部委员会任期2026-04-18届满，经批准延期12个月，应于2027-04-18前换届"
    )


def test_every_election_table_is_audited(database: Database, village: dict) -> None:
    elect(database, village)
    with database.read() as session:
        subjects = set(session.scalars(select(AuditEntry.subject)))
    assert {"换届选举", "选举计票", "届次"} <= subjects
    names = {model.__name__ for model in audit.audited_models()}
    assert {"BranchTerm", "Election", "ElectionCandidate", "ElectionRound"} <= names


def test_a_database_from_before_the_book_carries_its_term_and_committee(tmp_path: object) -> None:
    """Upgraded from 0013: the term in office is there to prepare its election, with the branch's
    committee as its seats (its dates, never entered in that file, are empty)."""
    from pathlib import Path

    from dangwu_desktop.db.startup import open_database
    from tests.test_migrations import seeded_at

    assert isinstance(tmp_path, Path)
    database = open_database(seeded_at(tmp_path / "old.sqlite3", "0013"))
    with database.transaction() as session:
        [term] = terms(session)
        assert (term.current, term.title, term.start) == (True, "本届", None)
        assert [(s.name, s.post, s.member_id) for s in term.seats] == [
            ("陈静", S, 1), ("王伟", ORG, None), ("李红", CommitteePost.PROPAGANDA, 4),
        ]  # fmt: skip
        election = prepare(session, Preparation(5, date(2026, 1, 8)), TODAY)
        assert election.term_id == term.id
    database.dispose()


def test_the_annual_report_says_how_the_election_went(database: Database, village: dict) -> None:
    from pathlib import Path

    from dangwu_desktop.core.periods import YearPeriod
    from dangwu_desktop.ledgers.reports.work_report import report_context, work_report

    election_id = elect(database, village)
    posts = [(village["陈静"], S), (village["王伟"], D), (village["李红"], ORG)]
    with database.transaction() as session:
        take_office(session, election_id, Office(posts, date(2026, 3, 28), filed_on=date(2026, 3, 25)), TODAY)  # fmt: skip
    with database.read() as session:
        annual = work_report(session, YearPeriod(2026), TODAY)
        quarter = work_report(session, YearPeriod(2026, 2), TODAY)
    context = report_context(annual)
    section = next(s for s in context["sections"] if s["key"] == "elections")
    assert section["heading"] == "换届选举情况"
    assert section["lines"] == [
        "支部于2026年1月8日向上级党组织报送换届请示，2026年1月20日获批复；2026年3月20日召开支部党员"
        "大会进行换届选举，应到会有选举权的党员8名，实到8名，以差额选举（候选人4名、应选3名）选出新一届"
        "支部委员会委员3名：陈静、王伟、李红（票数相等的被选举人经再次投票确定）。书记、副书记已于"
        "2026年3月28日经上级党组织批准，委员于2026年3月25日报上级党组织备案。",
        "第12届支部委员会任期自2026年3月20日至2031年3月20日。",
    ]
    assert context["elections"]["elected"] == "陈静、王伟、李红"
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert all(f"`elections.{name}`" in readme for name in context["elections"])
    assert "elections" not in {s.key for s, _ in quarter.parts}  # the annual report's only


@pytest.mark.parametrize(
    ("today", "terms_kept", "reminded"),
    [
        (date(2026, 11, 25), 2, []),
        (date(2026, 2, 25), 1, ["支部委员会任期将于2026-04-18届满（还有52天），已不足三个月：换届还需召开支部党员大会选举"]),
        (date(2026, 1, 5), 1, ["支部委员会任期将于2026-04-18届满（还有103天）：换届还需向上级党组织报送换届请示"]),
    ],
)  # fmt: skip
def test_the_demo_village_holds_its_2026_election_in_march(
    database: Database, today: date, terms_kept: int, reminded: list[str]
) -> None:
    from dangwu_desktop.core.demo import build_demo_village

    with database.transaction() as session:
        build_demo_village(session, today)
    with database.read() as session:
        history = terms(session)
        assert [r.text for r in reminders(session, today)] == reminded
        info = branch_service.load_branch_info(session)
    assert len(history) == terms_kept and history[0].title == "第11届"
    assert history[0].start == date(2021, 4, 18) and len(history[0].seats) == 5
    if terms_kept == 2:
        assert info is not None and info.term_start == date(2026, 3, 20)
        assert [s.name for s in history[1].seats] == [s.name for s in history[0].seats]
