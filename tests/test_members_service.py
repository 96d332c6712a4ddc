"""Keeping the roster through the services: add, edit, never delete; refuse bad records whole."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, MovementKind, Sex
from dangwu_desktop.core.models import Member, MemberMovement
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.roster import (
    RosterFilter,
    apply_filter,
    count_rows,
    load_roster,
    sort_rows,
)
from dangwu_desktop.core.rules import CONSTITUTION_ART_7, Severity, check_member
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import members as service
from dangwu_desktop.db.database import Database
from tests.conftest import TODAY, member

pytestmark = pytest.mark.usefixtures("branch")


def add(database: Database, **overrides: object) -> int:
    with database.transaction() as session:
        return service.add_member(session, member(**overrides), TODAY).id


def member_count(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Member)) or 0


def test_adding_a_member_fills_birth_date_sex_and_search_key(database: Database) -> None:
    member_id = add(database, group_name="第一党小组")
    with database.read() as session:
        stored = service.get_member(session, member_id)
        assert (stored.birth_date, stored.sex.value) == (date(1990, 1, 1), "男")
        assert stored.search_key == "zhangsan zs"
        assert stored.group is not None and stored.group.name == "第一党小组"
        assert stored.status is MembershipStatus.ACTIVE


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("张三", "zhangsan zs"),
        ("曾国华", "zengguohua zgh cengguohua cgh"),  # a surname read two ways
        ("李长青", "lichangqing lcq"),  # 长 has two readings: the whole name decides
        ("王乐乐", "wanglele wll yulele yll"),  # every reading of the surname
        ("李·明", "li·ming l·m"),  # not a Chinese character: kept as written
        ("Alice", "alice al"),  # Latin letters pass through
    ],
)
def test_search_keys_read_names_as_a_whole(name: str, key: str) -> None:
    from pypinyin import lazy_pinyin

    from dangwu_desktop.core.pinyin import search_key

    assert search_key(name) == key
    # The per-character shortcut gives what pypinyin reads for the whole given name.
    given = [syllable.lower() for syllable in lazy_pinyin(name[1:])]
    assert key.split(" ")[0].endswith("".join(given))


def test_rule_duplicate_id_number_is_refused_against_the_roster(database: Database) -> None:
    add(database)
    with pytest.raises(RecordInvalid, match="身份号码与党员张三重复"):
        add(database, name="李四")
    assert member_count(database) == 1


def test_editing_a_member_may_keep_its_own_id_number(database: Database) -> None:
    member_id = add(database)
    with database.transaction() as session:
        service.update_member(session, member_id, member(phone="13900002222"), TODAY)
    with database.read() as session:
        assert service.get_member(session, member_id).phone == "13900002222"


def test_a_refused_edit_changes_nothing(database: Database) -> None:
    member_id = add(database)
    with pytest.raises(RecordInvalid), database.transaction() as session:
        service.update_member(session, member_id, member(name="", phone="1"), TODAY)
    with database.read() as session:
        assert service.get_member(session, member_id).name == "张三"


def test_an_unknown_group_is_refused(database: Database) -> None:
    with pytest.raises(RecordInvalid, match="没有名为“第九党小组”的党小组"):
        add(database, group_name="第九党小组")


def test_movements_are_history_and_status_derives_from_them(database: Database) -> None:
    member_id = add(database)
    steps = [
        Movement(MovementKind.MOBILE_OUT, date(2025, 3, 1), "务工", "萧山区流动党员党支部", "", "杭州市萧山区"),
        Movement(MovementKind.MOBILE_RETURN, date(2025, 12, 1)),
        Movement(MovementKind.TRANSFER_OUT, date(2026, 3, 1), "迁居", "城南社区党委", "浙组转字〔2026〕3号"),
    ]  # fmt: skip
    with database.transaction() as session:
        service.record_movement(session, member_id, steps[0], TODAY)
        stored = service.get_member(session, member_id)
        assert (stored.is_mobile, stored.mobile_place) == (True, "杭州市萧山区")
    for step in steps[1:]:
        with database.transaction() as session:
            service.record_movement(session, member_id, step, TODAY)
    with database.read() as session:
        stored = service.get_member(session, member_id)
        assert stored.status is MembershipStatus.TRANSFERRED_OUT and not stored.is_mobile
        assert [m.kind for m in stored.movements] == [s.kind for s in steps]
    assert member_count(database) == 1  # moved out, never deleted


@pytest.mark.parametrize(
    ("movement", "message"),
    [
        (
            Movement(MovementKind.TRANSFER_OUT, date(2026, 1, 1)),
            "须填写转往的党组织名称",
        ),
        (Movement(MovementKind.MOBILE_OUT, date(2026, 1, 1)), "流出须填写流向地点"),
        (Movement(MovementKind.MOBILE_RETURN, date(2026, 1, 1)), "此时不是流动党员"),
        (Movement(MovementKind.RESTORED, date(2026, 1, 1)), "此时党籍状态为“在册”"),
        (
            Movement(MovementKind.CONFIRMED, date(2026, 1, 1)),
            "只有预备党员才能登记转正",
        ),
        (Movement(MovementKind.DECEASED, date(2026, 7, 1)), "变动日期不能晚于今天"),
        (Movement(MovementKind.DECEASED, date(2014, 1, 1)), "变动日期不能早于入党时间"),
    ],
)
def test_impossible_movements_are_refused_and_nothing_is_written(
    database: Database, movement: Movement, message: str
) -> None:
    member_id = add(database)
    with pytest.raises(ServiceError, match=message), database.transaction() as session:
        service.record_movement(session, member_id, movement, TODAY)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(MemberMovement)) == 0


def test_a_movement_dated_before_a_later_one_must_fit_the_history(database: Database) -> None:
    member_id = add(database)
    with database.transaction() as session:
        service.record_movement(
            session, member_id, Movement(MovementKind.DECEASED, date(2026, 1, 1)), TODAY
        )
    # Transferred out before the recorded death: the death could then not have been recorded here.
    early = Movement(MovementKind.TRANSFER_OUT, date(2025, 6, 1), other_org="城南社区党委")
    with (
        pytest.raises(ServiceError, match="2026-01-01的“去世”无法登记"),
        database.transaction() as session,
    ):
        service.record_movement(session, member_id, early, TODAY)


def test_confirmation_makes_a_probationary_member_full(database: Database) -> None:
    member_id = add(
        database,
        category=MemberCategory.PROBATIONARY,
        join_date=date(2025, 5, 1),
        full_member_date=None,
    )
    confirm = Movement(
        MovementKind.CONFIRMED, date(2026, 5, 1), "支部大会通过", decision_date=date(2026, 5, 6)
    )
    with database.transaction() as session:
        service.record_movement(session, member_id, confirm, TODAY)
    with database.read() as session:
        stored = service.get_member(session, member_id)
        assert (stored.category, stored.full_member_date) == (MemberCategory.FULL, date(2026, 5, 1))
        assert stored.movements[0].decision_date == date(2026, 5, 6)


def test_member_full_after_one_year_a_confirmation_within_the_year_is_refused(
    database: Database,
) -> None:
    """The 转正 movement applies the rule the roster check applies (member.full_after_one_year):
    the same finding, with the 党章's article, and here it refuses."""
    joined = date(2025, 9, 1)
    member_id = add(
        database, category=MemberCategory.PROBATIONARY, join_date=joined, full_member_date=None
    )
    early = Movement(
        MovementKind.CONFIRMED, date(2026, 6, 1), "支部大会通过", decision_date=date(2026, 6, 1)
    )
    with pytest.raises(RecordInvalid) as refusal, database.transaction() as session:
        service.record_movement(session, member_id, early, TODAY)
    roster_check = check_member(
        member(category=MemberCategory.FULL, join_date=joined, full_member_date=early.date), TODAY
    )
    [finding] = refusal.value.findings
    [flagged] = [f for f in roster_check.findings if f.rule == "member.full_after_one_year"]
    assert (finding.rule, finding.severity) == ("member.full_after_one_year", Severity.ERROR)
    assert (finding.reason, finding.detail, finding.citation) == (
        flagged.reason,
        flagged.detail,
        CONSTITUTION_ART_7,
    )
    with database.read() as session:
        stored = service.get_member(session, member_id)
        assert (stored.category, stored.movements) == (MemberCategory.PROBATIONARY, [])


# The roster list: search, filters, counts, sort


@pytest.fixture
def roster(database: Database) -> list:  # type: ignore[type-arg]
    add(database, group_name="第一党小组")
    add(
        database,
        name="曾国华",
        id_number="110101199003074477",
        phone="13912345678",
        group_name="第二党小组",
    )
    add(
        database,
        name="李梅",
        id_number="110101199003074426",
        category=MemberCategory.PROBATIONARY,
        join_date=date(2025, 3, 1),
        full_member_date=None,
    )
    with database.read() as session:
        return load_roster(session, TODAY)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("zs", ["张三"]),
        ("zhangsan", ["张三"]),
        ("ZS", ["张三"]),
        ("张", ["张三"]),
        ("zgh", ["曾国华"]),
        ("cgh", ["曾国华"]),  # 曾 read as ceng too
        ("0307", ["曾国华", "李梅"]),  # ID fragment
        ("1391234", ["曾国华"]),  # phone fragment
        ("", ["张三", "曾国华", "李梅"]),
        ("王", []),
        ("张三 zhang", ["张三"]),  # Chinese and Latin letters in one search
        ("１３９１２３４", ["曾国华"]),  # full-width digits, as a Chinese input method types them
        ("ＺＳ", ["张三"]),
    ],
)
def test_search_matches_name_pinyin_initials_id_and_phone(
    roster: list, text: str, names: list[str]
) -> None:  # type: ignore[type-arg]
    shown = [roster[i].name for i in apply_filter(roster, RosterFilter(text=text))]
    assert shown == names


def test_filters_and_counts(roster: list) -> None:  # type: ignore[type-arg]
    probationary = RosterFilter(category=MemberCategory.PROBATIONARY)
    assert [roster[i].name for i in apply_filter(roster, probationary)] == ["李梅"]
    due = RosterFilter(due_for_confirmation_only=True)
    assert [roster[i].name for i in apply_filter(roster, due)] == ["李梅"]
    group = RosterFilter(group_name="第二党小组")
    assert [roster[i].name for i in apply_filter(roster, group)] == ["曾国华"]
    counts = count_rows(roster)
    assert (counts.full, counts.probationary, counts.due_for_confirmation, counts.total) == (
        2,
        1,
        1,
        3,
    )


def test_sorting_by_name_follows_pinyin_and_puts_blanks_last(roster: list) -> None:  # type: ignore[type-arg]
    sort_rows(roster, "name")
    assert [r.name for r in roster] == ["李梅", "曾国华", "张三"]
    sort_rows(roster, "full_member_date", descending=True)
    assert roster[-1].name == "李梅"  # no 转正时间: last either way


# What the GUI reads of members: plain summaries, good after the session that read them closes.


def test_active_members_are_plain_summaries_of_those_in_the_roster(database: Database) -> None:
    first = add(database, name="张三", group_name="第二党小组")
    second = add(
        database,
        name="李梅",
        id_number="",
        sex=Sex.FEMALE,
        birth_date=date(1995, 3, 1),
        group_name="第一党小组",
    )
    gone = add(database, name="王五", id_number="", sex=Sex.MALE, birth_date=date(1950, 1, 1))
    with database.transaction() as session:
        service.record_movement(session, gone, Movement(MovementKind.DECEASED, TODAY), TODAY)
    with database.read() as session:
        in_roster = service.active_members(session)
        by_group = service.active_members(session, by_group=True)
    # read after the session closed: values, not ORM objects waiting to lazy-load
    assert [(m.member_id, m.name, m.group_name) for m in in_roster] == [
        (first, "张三", "第二党小组"),
        (second, "李梅", "第一党小组"),
    ]
    assert [m.name for m in by_group] == ["李梅", "张三"]
    assert all(m.status is MembershipStatus.ACTIVE for m in in_roster)


def test_namesakes_are_every_member_of_that_name_whatever_their_status(
    database: Database,
) -> None:
    elder = add(database, name="王芳", id_number="", sex=Sex.FEMALE, birth_date=date(1960, 5, 1))
    younger = add(database, name="王芳", id_number="", sex=Sex.FEMALE, birth_date=date(1990, 5, 1))
    add(database, name="王芳芳", id_number="", sex=Sex.FEMALE, birth_date=date(1991, 1, 1))
    with database.transaction() as session:
        service.record_movement(
            session,
            elder,
            Movement(MovementKind.TRANSFER_OUT, TODAY, "", "城南社区党委", "1号"),
            TODAY,
        )
    with database.read() as session:
        found = service.namesakes(session, " 王芳 ")
    assert [(m.member_id, m.birth_date) for m in found] == [
        (elder, date(1960, 5, 1)),
        (younger, date(1990, 5, 1)),
    ]
    assert found[0].status is MembershipStatus.TRANSFERRED_OUT


def test_a_member_summary_refuses_a_member_that_is_gone(database: Database) -> None:
    member_id = add(database, name="张三")
    with database.read() as session:
        assert service.member_summary(session, member_id).name == "张三"
        with pytest.raises(ServiceError, match="已不存在"):
            service.member_summary(session, member_id + 100)


def test_the_active_roster_leaves_out_members_no_longer_in_it(database: Database) -> None:
    add(database, name="张三")
    gone = add(database, name="王五", id_number="", sex=Sex.MALE, birth_date=date(1950, 1, 1))
    with database.transaction() as session:
        service.record_movement(session, gone, Movement(MovementKind.DECEASED, TODAY), TODAY)
        assert [r.name for r in service.active_roster(session, TODAY)] == ["张三"]


def test_a_refusal_of_several_problems_keeps_one_finding_each(database: Database) -> None:
    member_id = add(database, name="张三")
    movement = Movement(MovementKind.TRANSFER_OUT, date(2099, 1, 1), "", "", "")
    with database.transaction() as session, pytest.raises(RecordInvalid) as refusal:
        service.record_movement(session, member_id, movement, TODAY)
    lines = [f.line for f in refusal.value.findings]
    assert len(lines) >= 2 and "变动日期不能晚于今天" in lines
    assert str(refusal.value) == "；".join(lines)  # the CLI's one line is unchanged
