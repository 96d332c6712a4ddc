"""A demo village: about sixty plausible members with a year of history, for trying the program.

Everything goes through the same services a secretary's clicks do, so the demo is also a check
that the rules accept a realistic roster. `generate_bulk_members` is the fast path for
benchmarks and load tests that need tens of thousands of rows.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import combinations
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.cn import ric

from dangwu_desktop.core.activity_rules import Attendee, Talk
from dangwu_desktop.core.dates import add_years
from dangwu_desktop.core.glossary import (
    ActivityKind,
    Attendance,
    CommitteePost,
    MemberCategory,
    MovementKind,
    Sex,
)
from dangwu_desktop.core.member_data import MemberData
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.movements import Movement
from dangwu_desktop.core.rulebook import TopicVote
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import members as member_service

if TYPE_CHECKING:
    from dangwu_desktop.core.services.talks import Person

VILLAGE = "前溪村"
BRANCH_NAME = f"中共{VILLAGE}支部委员会"
PARENT_ORG = "中共浦阳镇委员会"
REGION_CODES = ("330726", "330726", "330726", "330782", "330702", "330781")
SURNAMES = "张王李赵陈刘杨黄吴周徐孙朱胡郭何林罗郑梁宋谢唐许韩冯邓曹彭曾萧田董潘袁蒋蔡余杜叶程魏苏吕丁任沈姚卢傅钟"
GIVEN_MALE = "伟强磊军勇杰涛斌超明刚平辉国华建荣福生志忠海林新德宝春东金根"
GIVEN_FEMALE = "芳娟敏静丽艳秀霞玲燕红梅英兰凤琴云莲珍美雪月菊萍"
VILLAGE_GROUPS = ("第一党小组", "第二党小组", "第三党小组", "第四党小组")
HAMLETS = ("前溪", "后溪", "上宅", "下宅", "石塘")
MOBILE_PLACES = (
    ("浙江省杭州市萧山区", "萧山区新塘街道流动党员党支部"),
    ("上海市松江区", "松江区九亭镇流动党员党支部"),
    ("江苏省苏州市昆山市", "昆山市周市镇流动党员联合党支部"),
    ("浙江省义乌市", "义乌市稠城街道流动党员党支部"),
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    members: int
    movements: int
    meetings: int = 0


def build_demo_village(
    session: Session, today: date, seed: int = 20240701, name: str = BRANCH_NAME
) -> DemoSummary:
    """Fill an empty database (or, in a township's, the session's branch) with the demo village
    as it stands on `today`; `name` names the branch, another village of a township's."""
    rng = random.Random(seed)
    people = _people(rng, today, 58)
    for group in VILLAGE_GROUPS:
        branch_service.add_group(session, group)
    used_ids: set[str] = set()
    members = []
    for index, person in enumerate(people):
        person.group_name = VILLAGE_GROUPS[index % len(VILLAGE_GROUPS)]
        person.id_number = _unique_id(rng, person, used_ids)
        members.append(member_service.add_member(session, person, today))
    committee = _appoint_committee(session, members)
    # The five years end this April: the village 换届 of the year (ledgers/elections/demo.py).
    term_start = date(today.year - 5, 4, 18)
    branch_service.save_branch_info(
        session,
        branch_service.BranchInfo(
            name=name,
            parent_org=PARENT_ORG,
            secretary=committee[0].name,
            committee=[branch_service.Seat(m.name, m.post) for m in committee[1:]],
            term_start=term_start,
            term_end=branch_service.default_term_end(term_start),
        ),
    )
    movements = _a_year_of_movements(session, rng, members, today)
    _probationers(session, rng, today, used_ids)
    _excuse_the_long_away(session, today)
    meetings = build_demo_meetings(session, rng, today)
    _plan_the_year(session, today)
    from dangwu_desktop.ledgers import ledgers  # the ledgers' own books, each from its package

    for ledger in ledgers():
        if ledger.demo is not None:
            ledger.demo(session, today)
    return DemoSummary(members=len(members) + 3, movements=movements, meetings=meetings)


def _plan_the_year(session: Session, today: date) -> None:
    """Each quarter of the year so far has its 计划 as the branch would have filed it: the
    rules' suggestions, saved (the 计划报备表 of a quarter without a saved plan is empty)."""
    from dangwu_desktop.core.periods import quarter_of
    from dangwu_desktop.core.services import plans

    for quarter in range(1, quarter_of(today.month) + 1):
        plans.save_plan(
            session, today.year, quarter, plans.suggest_plan(session, today.year, quarter)
        )


@dataclass(frozen=True, slots=True)
class _Appointment:
    name: str
    post: CommitteePost


def _appoint_committee(session: Session, members: list[Member]) -> list[_Appointment]:
    posts = (
        CommitteePost.SECRETARY,
        CommitteePost.DEPUTY_SECRETARY,
        CommitteePost.ORGANISATION,
        CommitteePost.PROPAGANDA,
        CommitteePost.DISCIPLINE,
    )
    eligible = [
        m
        for m in members
        if m.category is MemberCategory.FULL and m.birth_date and 1965 < m.birth_date.year < 1995
    ]
    appointments = []
    for member, post in zip(eligible, posts, strict=False):
        member.party_post = post.value
        member.occupation = "村（社区）干部"  # a village's committee members are its cadres
        appointments.append(_Appointment(member.name, post))
    for group_name in VILLAGE_GROUPS:
        leader = next(
            m for m in eligible if not m.party_post and m.group and m.group.name == group_name
        )
        leader.party_post = "党小组长"
        assert leader.group is not None
        leader.group.leader, leader.group.leader_id = leader.name, leader.id
    session.flush()
    return appointments


def _a_year_of_movements(
    session: Session, rng: random.Random, members: list[Member], today: date
) -> int:
    ordinary = [m for m in members if not m.party_post and m.category is MemberCategory.FULL]
    rng.shuffle(ordinary)
    year_ago = today - timedelta(days=330)
    record = member_service.record_movement
    count = 0
    for member, (place, org) in zip(ordinary[:4], MOBILE_PLACES, strict=True):
        record(
            session,
            member.id,
            Movement(MovementKind.MOBILE_OUT, year_ago, "外出务工", org, "", place),
            today,
        )
        count += 1
    returned = ordinary[0]
    record(
        session,
        returned.id,
        Movement(MovementKind.MOBILE_RETURN, today - timedelta(days=60), "返乡"),
        today,
    )
    leaving, deceased = ordinary[5], ordinary[6]
    record(
        session,
        leaving.id,
        Movement(
            MovementKind.TRANSFER_OUT,
            today - timedelta(days=120),
            "随子女迁居",
            "中共浦江县浦南街道城南社区委员会",
            f"浙浦组转字〔{today.year}〕第{rng.randint(10, 99)}号",
        ),
        today,
    )
    record(
        session,
        deceased.id,
        Movement(MovementKind.DECEASED, today - timedelta(days=200), "病故"),
        today,
    )
    return count + 3


def _probationers(session: Session, rng: random.Random, today: date, used: set[str]) -> None:
    """Three members admitted in the past year or so: one confirmed, one due, one recent."""
    joined = (
        today - timedelta(days=400),  # confirmed below
        today - timedelta(days=380),  # past the year: shows as 待转正
        today - timedelta(days=150),
    )
    for index, join in enumerate(joined):
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        person = MemberData(
            name=_name(rng, sex),
            sex=sex,
            birth_date=_birthday(rng, today.year - rng.randint(24, 38)),
            education=rng.choice(("高中", "大专", "大学本科")),
            join_date=join,
            category=MemberCategory.PROBATIONARY,
            occupation=rng.choice(("农牧渔民", "个体工商户", "村（社区）干部")),
            phone=_phone(rng),
            address=_address(rng),
            group_name=VILLAGE_GROUPS[index],
        )
        person.id_number = _unique_id(rng, person, used)
        member = member_service.add_member(session, person, today)
        if index == 0:
            # 转正 dates from the day the year ends; the meeting that decided it came a few
            # days later.
            due = add_years(join, 1)
            confirmed = Movement(
                MovementKind.CONFIRMED,
                due,
                "支部大会讨论通过，镇党委审批同意",
                decision_date=due + timedelta(days=6),
            )
            member_service.record_movement(session, member.id, confirmed, today)


def _people(rng: random.Random, today: date, count: int) -> list[MemberData]:
    people = []
    for _ in range(count):
        sex = (
            Sex.MALE if rng.random() < 0.8 else Sex.FEMALE
        )  # a rural branch: about a quarter women
        age = rng.choice((rng.randint(28, 45), rng.randint(45, 60), rng.randint(60, 86)))
        birth = _birthday(rng, today.year - age)
        join = add_years(birth, rng.randint(20, min(age - 3, 45)))
        join += timedelta(days=rng.randint(0, 300))
        join = min(join, today - timedelta(days=800))
        full = add_years(join, 1) + timedelta(days=rng.randint(0, 20))
        old = age >= 60
        people.append(
            MemberData(
                name=_name(rng, sex),
                sex=sex,
                birth_date=birth,
                native_place="浙江浦江",
                education=rng.choice(("小学", "初中", "初中", "高中") if old else ("初中", "高中", "中专", "大专", "大学本科")),
                join_date=join,
                full_member_date=full,
                category=MemberCategory.FULL,
                occupation=rng.choice(("离退休人员", "农牧渔民", "农牧渔民") if old else ("农牧渔民", "个体工商户", "企业职工", "进城务工人员")),
                phone=_phone(rng),
                address=_address(rng),
            )
        )  # fmt: skip
    return people


def _name(rng: random.Random, sex: Sex) -> str:
    given = GIVEN_MALE if sex is Sex.MALE else GIVEN_FEMALE
    return rng.choice(SURNAMES) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2, 2))))


def _birthday(rng: random.Random, year: int) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randint(0, 364))


def _phone(rng: random.Random) -> str:
    return (
        rng.choice(("138", "139", "135", "158", "187", "133")) + f"{rng.randint(0, 99999999):08d}"
    )


def _address(rng: random.Random) -> str:
    return f"{VILLAGE}{rng.choice(HAMLETS)}自然村{rng.randint(1, 160)}号"


def _unique_id(rng: random.Random, person: MemberData, used: set[str]) -> str:
    assert person.birth_date and person.sex
    for number in _id_candidates(rng, person.birth_date, person.sex):
        if number not in used:
            used.add(number)
            return number
    raise RuntimeError("no free ID number")  # unreachable: 500 sequence numbers per day and sex


def _id_candidates(rng: random.Random, birth: date, sex: Sex) -> Iterator[str]:
    region = rng.choice(REGION_CODES)
    parity = 1 if sex is Sex.MALE else 0
    for _ in range(1000):
        sequence = rng.randrange(0, 500) * 2 + parity
        body = f"{region}{birth:%Y%m%d}{sequence:03d}"
        yield body + ric.calc_check_digit(body + "0")


def generate_bulk_members(
    session: Session, count: int, seed: int = 7, today: date | None = None
) -> None:
    """Insert `count` valid, distinct members quickly (for load tests and benchmarks)."""
    rng = random.Random(seed)
    today = today or date.today()
    used: set[str] = set()
    batch: list[tuple[MemberData, int | None]] = []
    for _ in range(count):
        sex = Sex.MALE if rng.random() < 0.7 else Sex.FEMALE
        birth = _birthday(rng, today.year - rng.randint(20, 90))
        join = add_years(birth, rng.randint(18, 19)) + timedelta(days=rng.randint(0, 3000))
        join = min(join, today - timedelta(days=400))
        person = MemberData(
            name=_name(rng, sex),
            sex=sex,
            birth_date=birth,
            join_date=join,
            full_member_date=add_years(join, 1),
            category=MemberCategory.FULL,
            phone=_phone(rng),
            address=_address(rng),
            occupation="农牧渔民",
            education="初中",
        )
        person.id_number = _unique_id(rng, person, used)
        batch.append((person, None))
        if len(batch) == 5000:
            member_service.insert_members(session, batch)
            batch.clear()
    member_service.insert_members(session, batch)


def ensure_demo_village(session: Session, today: date) -> bool:
    """Build the demo village unless the database already holds a branch; True if built."""
    if branch_service.get_branch(session) is not None:
        return False
    build_demo_village(session, today)
    return True


STUDY_TOPICS = (
    "学习贯彻党的二十届四中全会精神", "学习《中国共产党纪律处分条例》", "学习习近平总书记关于“三农”工作的重要论述",
    "学习“十五五”规划建议中推进乡村全面振兴的部署", "学习村（社区）“两委”换届选举有关政策",
    "学习《中国共产党农村基层组织工作条例》", "学习浙江省“千万工程”经验", "学习新修订的《中华人民共和国村民委员会组织法》",
    "学习身边优秀共产党员先进事迹", "学习防汛防台和安全生产知识",
)  # fmt: skip
VILLAGE_MATTERS = (
    "村集体经济茶叶合作社分红方案", "人居环境整治“门前三包”落实情况", "前溪村道路硬化工程进度",
    "村级小微权力清单公开事项", "农村饮用水提标改造工程", "发展对象王某某的政治审查情况",
    "冬季森林防火巡查安排", "困难党员和老党员走访慰问名单",
)  # fmt: skip
ABSENCES = ("病假", "事假", "外出务工")
# What members said, one picked per speaker: minutes that differ as real meetings do, rather than
# three sentences repeated in every record (the 千篇一律 an inspector marks down).
REMARKS = (
    "谈到自家茶园今年春茶价格比去年好，建议合作社统一品牌销售",
    "提出村口路灯坏了两盏，夜里老人出门不方便，希望尽快修好",
    "说学习后对纪律要求更清楚了，自己在村务监督中要带头讲规矩",
    "建议把学习材料印成大字版，方便年纪大的党员看",
    "反映下宅有两户垃圾分类做得不好，愿意上门再做做工作",
    "谈了在外务工党员的联系问题，建议每月在微信群里通报一次村里情况",
    "提出防汛物资要提前清点，石塘边上的排水沟需要清淤",
    "认为道路硬化要先征求沿线农户意见，占地补偿要公开",
    "说自己作为老党员要多讲讲村里过去的变化，给年轻人上一课",
    "建议困难党员慰问名单在党员大会上公开，接受大家监督",
    "谈了带头参加义务植树的体会，表示下次还要多叫几户群众一起来",
    "提出饮用水改造后水压不稳，后溪地势高的几户要重点查看",
    "建议发展党员要多从返乡创业青年中培养",
    "说学习“千万工程”经验后，觉得前溪的庭院整治还可以做得更细",
    "反映冬季上山烧纸的习俗要提前劝导，森林防火巡查要排好班",
    "提出村级小微权力清单要贴到各自然村的公开栏",
)
# The 组织生活会's 对照检查 names the branch's problems, numbered as recorders write them, and its
# 整改措施 answers them point by point: the 三张清单's demo turns them into 整改 items
# (ledgers/lists/demo.py), as a secretary does with the dialog.
LIFE_MEETING_PROBLEMS = (
    "理论学习不够深入，有时以读代学",
    "“三会一课”记录不规范，个别缺少缺席原因",
    "与外出务工党员联系不够经常",
    "村务公开栏更新不及时",
)
LIFE_MEETING_MEASURES = (
    "每月主题党日安排专题学习，每季度检查学习笔记",
    "组织委员每月检查各党小组会议记录",
    "支部委员分片联系，每月联系外出党员一次",
    "公开栏每月10日前更新",
)
STUDY_HOURS = {ActivityKind.LECTURE: 2.0, ActivityKind.THEME_DAY: 1.5}
# Months (counted back from today, 0 = this month) in which the demo branch missed a record,
# so that the schedule shows the gaps an inspection would find.
MISSED = {
    ActivityKind.THEME_DAY: {3, 7},
    ActivityKind.COMMITTEE: {5},
    ActivityKind.GROUP: {2, 6, 9},
}


def _excuse_the_long_away(session: Session, today: date) -> None:
    """Members away half a year whose relation has not moved are, by the branch's decision, not
    counted as due at a 党员大会 from then on (DOMAIN.md §3)."""
    from dangwu_desktop.core.glossary import ExcusalReason
    from dangwu_desktop.core.services import excusals

    away = session.scalars(select(Member).where(Member.is_mobile.is_(True)).order_by(Member.id))
    for member in away:
        if member.mobile_since is None:
            continue
        decided = member.mobile_since + timedelta(days=183)
        if decided <= today:
            excusals.record_excusal(
                session, member.id, ExcusalReason.AWAY, decided, decided, today,
                decided_by="支部党员大会",
            )  # fmt: skip


def build_demo_meetings(session: Session, rng: random.Random, today: date) -> int:
    """A year of organisational life up to `today`, with a few gaps, and a 民主评议 round."""
    from dangwu_desktop.core.activity_rules import ActivityDraft
    from dangwu_desktop.core.services import activities

    groups = [(g.id, g.name) for g in branch_service.list_groups(session)]
    leaders = branch_service.group_leaders(session)  # a 党小组会 is hosted by its 组长
    said_before: set[tuple[str, str]] = set()
    branch = branch_service.load_branch_info(session)
    secretary = branch.secretary if branch else ""
    recorder = (
        next((s.name for s in branch.committee if s.post is CommitteePost.ORGANISATION), "")
        if branch
        else ""
    )
    plans: list[tuple[ActivityKind, date, int | None]] = []
    for back in range(12):
        month_start = _months_back(today, back)
        if back not in MISSED[ActivityKind.THEME_DAY]:
            plans.append((ActivityKind.THEME_DAY, month_start.replace(day=10), None))
        if back not in MISSED[ActivityKind.COMMITTEE]:
            plans.append((ActivityKind.COMMITTEE, month_start.replace(day=5), None))
        for index, (gid, _name) in enumerate(groups):
            if back not in MISSED[ActivityKind.GROUP] or index:
                plans.append((ActivityKind.GROUP, month_start.replace(day=15 + index), gid))
        if month_start.month in (3, 6, 9, 12):
            plans.append((ActivityKind.BRANCH_GENERAL, month_start.replace(day=20), None))
            if back != 5:  # one quarter without a 党课
                plans.append((ActivityKind.LECTURE, month_start.replace(day=22), None))
    votes = _branch_votes(session, _months_back(today, 11), today)
    plans += [(ActivityKind.BRANCH_GENERAL, day, None) for day in votes]
    january = date(today.year, 1, 1)
    plans += [
        (ActivityKind.LIFE_MEETING, january.replace(day=18), None),
        (ActivityKind.APPRAISAL, january.replace(day=19), None),
        (ActivityKind.TALK, january.replace(day=12), None),
    ]
    count = 0
    for kind, day, group_id in sorted(set(plans), key=lambda plan: (plan[1], plan[0].value)):
        if day > today:
            continue
        attendees = activities.expected_attendees(session, kind, group_id, day)
        if kind is ActivityKind.TALK:
            attendees = activities.expected_attendees(session, ActivityKind.COMMITTEE, None, day)
        host = (leaders.get(group_id, "") if group_id else "") or secretary
        # Those named on the record were there: a host listed as absent cannot be true.
        _mark_absences(session, rng, attendees, day, 0.08, keep={host, recorder})
        topics = _demo_topics(rng, kind)
        draft = ActivityDraft(
            kind=kind,
            date=day,
            start_time=time(19, 0) if kind is not ActivityKind.THEME_DAY else time(9, 0),
            end_time=time(21, 0) if kind is not ActivityKind.THEME_DAY else time(11, 30),
            place="前溪村党群服务中心二楼会议室",
            title=topics[0] if kind in (ActivityKind.LECTURE, ActivityKind.THEME_DAY) else "",
            host=host,
            recorder=recorder,
            group_id=group_id,
            topics=topics,
            minutes=_demo_minutes(rng, topics, host, attendees, said_before),
            decisions="\n".join(
                [
                    *(votes.get(day, []) if kind is ActivityKind.BRANCH_GENERAL else []),
                    _demo_decisions(rng, kind),
                ]
            ).strip(),
            attendees=attendees,
            # A 党课 and a 主题党日's study count as training: the same record, both ledgers.
            study_hours=STUDY_HOURS.get(kind),
            teacher=secretary if kind is ActivityKind.LECTURE else "",
        )
        if kind is ActivityKind.LIFE_MEETING:  # its 对照检查 names problems, point by point
            draft.minutes = life_meeting_minutes(host, attendees)
        if kind is ActivityKind.BRANCH_GENERAL:  # the matter decided is put to a vote
            draft.votes = {1: _demo_vote(*activities.with_excusals(session, draft).voters())}
        if kind is ActivityKind.TALK:  # the 委员 talk with each other at the year's start
            draft.talks = _committee_talks(session, day)
            draft.topics, draft.minutes = ["支部委员之间谈心谈话"], ""
        entered = datetime.combine(day + timedelta(days=rng.choice((0, 1, 1, 2))), time(20, 30))
        if rng.random() < 0.05:
            entered += timedelta(days=20)  # now and then written up late: shows as 补录
        activities.save_activity(session, draft, max(day, today), now=entered)
        count += 1
    _demo_appraisal(session, rng, today)
    count += _demo_training(session, rng, today, secretary)
    count += _member_talks(session, today, secretary, recorder)
    return count


# What a 委员 and a member talked about, and what the member suggested (谈心谈话, 第十九条).
TALK_SUBJECTS = (
    ("谈了家里茶园的收成和今年的打算，思想稳定，对村里工作支持", "希望合作社帮助联系茶叶销路"),
    ("谈了参加组织生活的情况，表示以后尽量不缺席", "建议党员大会安排在农闲的晚上"),
    ("谈了对村级换届的想法，愿意带头遵守换届纪律", "希望换届前把政策讲清楚"),
    ("谈了在村务监督中发挥作用的体会", "建议村务公开栏及时更新"),
    ("谈了身体和家庭情况，生活上有些困难", "希望村里帮助申请临时救助"),
    ("谈了学习二十届四中全会精神的体会", "建议多组织到先进村参观学习"),
    ("谈了人居环境整治中带头拆违的想法", "建议对清理得好的户给予表扬"),
    ("谈了子女在外务工、自己照看孙辈的情况，参加学习有困难", "希望学习材料能送到家里"),
)
COMMITTEE_SUBJECTS = (
    ("相互交流分工工作情况，谈了班子团结和履职中的不足", "建议支委会每月固定时间召开"),
    ("交流对村集体经济发展的想法，指出对方在联系群众方面可以更主动", "建议分片联系党员"),
    ("谈了换届前的思想准备，相互提醒廉洁自律", "建议重大事项严格执行“四议两公开”"),
)


def _joined_by(joined: dict[int, date | None], member: Person, day: date) -> bool:
    since = joined.get(member.member_id)
    return since is None or since <= day - timedelta(days=10)


def _committee_talks(session: Session, day: date) -> list[Talk]:
    """Every pair of 委员 but the last talked at the year's start: the coverage shows one gap."""
    from dangwu_desktop.core.services.talks import talk_coverage

    committee = talk_coverage(session, day.year).committee
    pairs = list(combinations(committee, 2))[:-1]
    return [
        Talk(a.member_id, a.name, b.member_id, b.name, day - timedelta(days=index // 4),
             *COMMITTEE_SUBJECTS[index % len(COMMITTEE_SUBJECTS)], "委员之间")
        for index, (a, b) in enumerate(pairs)
    ]  # fmt: skip


def _member_talks(session: Session, today: date, secretary: str, recorder: str) -> int:
    """The 委员 share the members among them and talk with them through the year, a record a
    quarter; members away from the village (流动党员) and a few others are not reached yet, so
    the year's coverage is mostly, not fully, complete."""
    from dangwu_desktop.core.activity_rules import ActivityDraft
    from dangwu_desktop.core.services import activities
    from dangwu_desktop.core.services.talks import talk_coverage

    coverage = talk_coverage(session, today.year)
    committee = coverage.committee
    at_home = set(session.scalars(select(Member.id).where(Member.is_mobile.is_(False))))
    reached = [m for m in coverage.members if m.member_id in at_home][:-3]
    days = [date(today.year, month, 26) for month in (3, 6, 9, 12)]
    days = [day for day in days if day <= today]
    if not committee or not days:
        return 0
    joined = {m: day for m, day in session.execute(select(Member.id, Member.join_date))}
    shares: list[list[Person]] = [[] for _ in days]
    for index, member in enumerate(reached):  # a member who joins later is talked with later
        later = [
            q for q in range(index % len(days), len(days)) if _joined_by(joined, member, days[q])
        ]
        if later:
            shares[later[0]].append(member)
    count = 0
    for quarter, (day, share) in enumerate(zip(days, shares, strict=True)):
        talks = [
            Talk(committee[index % len(committee)].member_id, committee[index % len(committee)].name,
                 member.member_id, member.name, day - timedelta(days=index % 10),
                 *TALK_SUBJECTS[(index + quarter) % len(TALK_SUBJECTS)], "委员与党员")
            for index, member in enumerate(share)
        ]  # fmt: skip
        draft = ActivityDraft(
            kind=ActivityKind.TALK,
            date=day,
            place="前溪村党群服务中心及党员家中",
            title=f"{day.month}月谈心谈话",
            host=secretary,
            recorder=recorder,
            topics=["支部委员与党员谈心谈话"],
            talks=talks,
        )
        entered = datetime.combine(day + timedelta(days=1), time(20, 30))
        activities.save_activity(session, draft, max(day, today), now=entered)
        count += 1
    return count


def _mark_absences(
    session: Session,
    rng: random.Random,
    attendees: list[Attendee],
    day: date,
    rate: float,
    keep: Collection[str] = (),
) -> None:
    """Members away (流动在外) miss the meeting; of the rest, about `rate` miss it for a reason.
    Those in `keep` (the host, the recorder) were there."""
    for attendee in attendees:
        if attendee.name in keep:
            continue
        member = session.get(Member, attendee.member_id)
        away = (
            member is not None
            and member.is_mobile
            and member.mobile_since
            and member.mobile_since <= day
        )
        if away:
            attendee.attendance, attendee.reason = Attendance.ABSENT, "流动在外"
        elif rng.random() < rate:
            attendee.attendance, attendee.reason = Attendance.ABSENT, rng.choice(ABSENCES)


def _months_back(today: date, back: int) -> date:
    month = today.month - back
    year = today.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


def _demo_topics(rng: random.Random, kind: ActivityKind) -> list[str]:
    from dangwu_desktop.core.activity_templates import DEFAULT_TOPICS

    topics = list(DEFAULT_TOPICS[kind])
    study, matter = rng.choice(STUDY_TOPICS), rng.choice(VILLAGE_MATTERS)
    if kind is ActivityKind.LECTURE:
        return [f"党课：{study}", "交流讨论"]
    if kind is ActivityKind.THEME_DAY:
        return [f"主题党日：{study}", *topics]
    if kind in (ActivityKind.COMMITTEE, ActivityKind.BRANCH_GENERAL):
        return [f"{topics[0]}：{study}", f"研究讨论{matter}", *topics[2:]]
    if kind is ActivityKind.GROUP:
        return [f"集中学习：{study}", *topics[1:]]
    return topics


def _demo_minutes(
    rng: random.Random,
    topics: list[str],
    host: str,
    attendees: list[Attendee],
    said_before: set[tuple[str, str]],
) -> str:
    """Under each 议题, who spoke and what they said: names from those present, remarks drawn
    from a pool, so that no two records read alike."""
    from dangwu_desktop.core.activity_templates import minutes_outline

    present = [a.name for a in attendees if a.attendance is Attendance.PRESENT and a.name != host]
    headings = [line for line in minutes_outline(topics).splitlines() if line.strip()]
    # One speaker a 议题 (a record still prints on one page), two at least in a record; a member
    # says something new where the pool allows (`said_before` is kept across the demo's records).
    count = max(2, len(headings))
    speakers = rng.sample(present, min(len(present), count)) if present else []
    said: list[str] = []
    here: set[str] = set()
    for name in speakers:
        unsaid = [r for r in REMARKS if r not in here]
        remark = rng.choice([r for r in unsaid if (name, r) not in said_before] or unsaid)
        said_before.add((name, remark))
        here.add(remark)
        said.append(f"{name}{remark}。")
    lines = []
    for index, heading in enumerate(headings):
        lines.append(heading)
        lines += said[index : index + 1] if index < len(headings) - 1 else said[index:]
    return "\n".join(lines)


def life_meeting_minutes(host: str, attendees: list[Attendee]) -> str:
    """A 组织生活会's minutes under its four 议题: last year's 整改 reported, the committee's
    对照检查 with its numbered problems, two members' criticism, and the 整改措施 point by point."""
    from dangwu_desktop.core.glossary import CHINESE_ORDINALS as ORDINALS

    present = [a.name for a in attendees if a.attendance is Attendance.PRESENT and a.name != host]
    first, second = [*present, host, host][:2]
    # 一是……；二是……: a point a clause, as recorders write them (the record prints on one page).
    problems = "；".join(f"{ORDINALS[n]}是{p}" for n, p in enumerate(LIFE_MEETING_PROBLEMS))
    measures = "；".join(f"{ORDINALS[n]}是{m}" for n, m in enumerate(LIFE_MEETING_MEASURES))
    lines = [
        "一、通报上年度整改落实情况",
        f"{host}通报：上年度查摆的问题已整改销号。",
        "二、对照检查",
        f"{host}代表支委会查摆出{len(LIFE_MEETING_PROBLEMS)}个问题：{problems}。",
        "三、批评与自我批评",
        f"{first}自我批评：学习请假较多；{second}批评支部：公开栏不常换。",
        "四、整改措施",
        f"{measures}。",
    ]
    return "\n".join(lines)


def _branch_votes(session: Session, first: date, today: date) -> dict[date, list[str]]:
    """The 支部党员大会 the demo's probationers need: the one that admitted each (on the 入党
    date) and the one that voted on a 转正 (its decision_date), with the 表决结果 it records."""
    from sqlalchemy import select

    from dangwu_desktop.core.models import Member, MemberMovement

    votes: dict[date, list[str]] = {}
    for member in session.scalars(select(Member).where(Member.join_date.between(first, today))):
        assert member.join_date is not None
        votes.setdefault(member.join_date, []).append(
            f"经举手表决，有表决权的正式党员一致同意接收{member.name}同志为中共预备党员。"
        )
    confirmations = select(MemberMovement).where(
        MemberMovement.kind == MovementKind.CONFIRMED,
        MemberMovement.decision_date.between(first, today),
    )
    for movement in session.scalars(confirmations):
        assert movement.decision_date is not None
        votes.setdefault(movement.decision_date, []).append(
            f"经举手表决，有表决权的正式党员一致同意{movement.member.name}同志按期转为中共正式党员。"
        )
    return votes


def _demo_vote(due: int, present: int) -> TopicVote:
    """Everyone with a vote present votes, one abstaining where the meeting is large: drawn
    without the random source, so the rest of the village stays as it was."""
    abstaining = 1 if present > 10 else 0
    return TopicVote(due, present, present - abstaining, 0, abstaining)


def _demo_decisions(rng: random.Random, kind: ActivityKind) -> str:
    if kind not in (ActivityKind.BRANCH_GENERAL, ActivityKind.COMMITTEE):
        return ""
    return (
        f"一、同意{rng.choice(VILLAGE_MATTERS)}，由支委会分工落实；二、下次会议听取落实情况汇报。"
    )


def _demo_appraisal(session: Session, rng: random.Random, today: date) -> None:
    from dangwu_desktop.core.glossary import Grade
    from dangwu_desktop.core.services import appraisals

    # The round held in January is the previous year's (its records belong to that year).
    year = today.year - 1
    graded = [a for a in appraisals.appraisal_roll(session, year, today) if not a.probationary]
    entries = []
    for index, member in enumerate(graded):
        grade = Grade.EXCELLENT if index % 5 == 0 else Grade.QUALIFIED
        comment = ""
        if index == 7:
            grade, comment = (
                Grade.BASICALLY_QUALIFIED,
                "全年参加组织生活较少，党费交纳不及时，支部已安排专人谈心帮助",
            )
        entries.append(appraisals.GradeEntry(member.member_id, grade, comment))
    appraisals.save_grades(session, year, entries, today)


def _demo_training(session: Session, rng: random.Random, today: date, secretary: str) -> int:
    """A year of study: a 集中学习 most months, 远程教育, a committee's 专题培训, and hours a
    流动党员 studied where he works. Members often absent end up short of their hours."""
    from dangwu_desktop.core.activity_rules import ActivityDraft
    from dangwu_desktop.core.services import activities, training

    plans: list[tuple[ActivityKind, date, float, str, str]] = []
    for back in range(12):
        month_start = _months_back(today, back)
        if back != 3:  # no collective study (nor 主题党日) one month: the monthly check shows it
            plans.append(
                (
                    ActivityKind.COLLECTIVE_STUDY,
                    month_start.replace(day=25),
                    2.0,
                    rng.choice(STUDY_TOPICS),
                    secretary,
                )
            )
        if back in (2, 6, 10):
            plans.append((ActivityKind.DISTANCE_EDUCATION, month_start.replace(day=27), 3.0,
                          "收看党员教育电视节目《乡村振兴在行动》", "县委组织部远程教育中心"))  # fmt: skip
    plans.append((ActivityKind.SPECIAL_TRAINING, _months_back(today, 7).replace(day=8), 8.0,
                  "村党组织书记和委员履职能力专题培训", "县委党校"))  # fmt: skip
    count = 0
    for kind, day, hours, topic, teacher in plans:
        if day > today:
            continue
        who = ActivityKind.COMMITTEE if kind is ActivityKind.SPECIAL_TRAINING else kind
        attendees = activities.expected_attendees(session, who, None, day)
        _mark_absences(session, rng, attendees, day, 0.12, keep={secretary, teacher})
        draft = ActivityDraft(
            kind=kind,
            date=day,
            start_time=time(14, 0),
            end_time=time(17, 0),
            place="县委党校"
            if kind is ActivityKind.SPECIAL_TRAINING
            else "前溪村党群服务中心远程教育站点",
            title=topic,
            host=secretary,
            topics=[topic, "交流讨论"],
            minutes=f"{topic}。{_demo_minutes(rng, ['交流讨论'], secretary, attendees, set())}",
            attendees=attendees,
            study_hours=hours,
            teacher=teacher,
        )
        activities.save_activity(session, draft, today, now=datetime.combine(day, time(18, 0)))
        count += 1
    away = session.scalars(
        select(Member).where(Member.is_mobile.is_(True)).order_by(Member.id)
    ).first()
    if away is not None and away.mobile_since:
        for back in (1, 3):
            day = _months_back(today, back).replace(day=20)
            if day >= away.mobile_since:
                training.credit_hours(
                    session, away.id, day, 6.0, "流入地党组织集中学习",
                    f"{away.mobile_org or away.mobile_place}组织的集中学习（有签到证明）", today,
                )  # fmt: skip
    return count
