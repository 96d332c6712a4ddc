"""The demo village's 发展党员 book: the newest 预备党员 of the roster with their whole file, linked
to the 支部党员大会 that voted to admit them (the meeting record the village demo already holds),
and three people further back in the pipeline — an applicant whose talk is overdue (late at a
step), an 积极分子 whose half-yearly 考察 falls due within the month, and a 发展对象 under 政审
and training."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.cn import ric

from dangwu_desktop.core.dates import add_months, add_years
from dangwu_desktop.core.glossary import ActivityKind, MemberCategory, MembershipStatus, Sex
from dangwu_desktop.core.models import Activity, ActivityTopic, Member
from dangwu_desktop.core.rulebook import TopicVote
from dangwu_desktop.ledgers.development.service import (
    DocumentInput,
    PersonInput,
    StepInput,
    add_person,
    record_step,
)

ADDRESS = "前溪村{}自然村{}号"
HAMLETS = ("前溪", "后溪", "上宅", "下宅", "石塘")


def _meeting(session: Session, kind: ActivityKind, near: date) -> Activity | None:
    """The record of `kind` held on or just before `near` (within five weeks), if the demo has
    one: a step decided at a meeting is dated by it."""
    return session.scalars(
        select(Activity)
        .where(
            Activity.kind == kind,
            Activity.deleted_at.is_(None),
            Activity.date.between(near - timedelta(days=35), near),
        )
        .order_by(Activity.date.desc())
    ).first()


def _vote(session: Session, activity: Activity) -> TopicVote | None:
    topic = session.scalars(
        select(ActivityTopic).where(
            ActivityTopic.activity_id == activity.id, ActivityTopic.vote_due.is_not(None)
        )
    ).first()
    if topic is None or topic.vote_present is None or topic.votes_for is None:
        return None
    return TopicVote(
        topic.vote_due or 0, topic.vote_present, topic.votes_for,
        topic.votes_against or 0, topic.votes_abstain or 0,
    )  # fmt: skip


def _id_number(rng: random.Random, birth: date, sex: Sex, session: Session) -> str:
    parity = 1 if sex is Sex.MALE else 0
    while True:
        body = f"330726{birth:%Y%m%d}{rng.randrange(500, 999) // 2 * 2 + parity:03d}"
        number = body + ric.calc_check_digit(body + "0")
        if session.scalar(select(Member.id).where(Member.id_number == number)) is None:
            return number


def _full_members(session: Session, today: date) -> list[int]:
    """正式党员 on the roster well before any demo step, to name as 联系人 and 介绍人."""
    return list(
        session.scalars(
            select(Member.id)
            .where(
                Member.status == MembershipStatus.ACTIVE,
                Member.category == MemberCategory.FULL,
                Member.full_member_date <= today - timedelta(days=3 * 365),
                Member.is_mobile.is_(False),
            )
            .order_by(Member.id)
        )
    )


def build_demo_development(session: Session, today: date, seed: int = 20260701) -> None:
    rng = random.Random(seed)
    helpers = _full_members(session, today)
    _admitted(session, today, helpers[2:4], helpers[4:6])
    _newcomer(session, rng, today)
    _activist(session, rng, today, helpers[6:8])
    _candidate(session, rng, today, helpers[8:10], helpers[10:12])


def _step(
    session: Session, today: date, person_id: int, code: str, day: date, **more: object
) -> None:
    record_step(session, StepInput(person_id, code, day, **more), today)  # type: ignore[arg-type]


def _activist_steps(
    session: Session, today: date, person_id: int, applied: date, activist: date,
    contacts: list[int], meeting: Activity | None,
) -> None:  # fmt: skip
    _step(session, today, person_id, "application", applied,
          documents=(DocumentInput("入党申请书", date=applied),))  # fmt: skip
    _step(session, today, person_id, "talk", applied + timedelta(days=16),
          documents=(DocumentInput("谈话记录"),), conclusion="入党动机端正，对党有基本认识")  # fmt: skip
    _step(session, today, person_id, "activist", activist,
          activity_id=meeting.id if meeting else None,
          documents=(DocumentInput("推荐材料"), DocumentInput("支委会会议记录")))  # fmt: skip
    _step(session, today, person_id, "activist_filed", activist + timedelta(days=6),
          documents=(DocumentInput("备案报告"),))  # fmt: skip
    _step(
        session, today, person_id, "contacts", activist + timedelta(days=6), people=tuple(contacts)
    )


def _admitted(session: Session, today: date, contacts: list[int], introducers: list[int]) -> None:
    """The roster's newest 预备党员: their file from the application on, ⑮ linked to the
    支部党员大会 that admitted them, ⑰ approved by the township."""
    member = session.scalars(
        select(Member)
        .where(Member.category == MemberCategory.PROBATIONARY, Member.join_date.is_not(None))
        .order_by(Member.join_date.desc())
    ).first()
    if member is None or member.join_date is None:
        return
    joined = member.join_date
    meeting = session.scalars(
        select(Activity).where(
            Activity.kind == ActivityKind.BRANCH_GENERAL,
            Activity.date == joined,
            Activity.deleted_at.is_(None),
        )
    ).first()
    person = add_person(
        session,
        PersonInput(
            member.name, member.sex, member.birth_date, member.id_number or "", member.ethnicity,
            member.education, member.occupation, member.phone, member.address,
        ),
        today,
    )  # fmt: skip
    candidate = joined - timedelta(days=120)
    activist = add_years(candidate, -1) - timedelta(days=40)
    applied = activist - timedelta(days=200)
    _activist_steps(session, today, person.id, applied, activist, contacts, None)
    for back in (190, 10):  # the two half-yearly 考察 before the 支委会
        _step(session, today, person.id, "assessment", add_years(activist, 1) - timedelta(days=back),
              documents=(DocumentInput("入党积极分子培养考察登记表"), DocumentInput("思想汇报")),
              conclusion="表现良好，继续培养")  # fmt: skip
    committee = _meeting(session, ActivityKind.COMMITTEE, candidate)
    candidate = committee.date if committee else candidate
    _step(session, today, person.id, "candidate", candidate,
          activity_id=committee.id if committee else None,
          documents=(DocumentInput("支委会会议记录"), DocumentInput("征求意见情况")))  # fmt: skip
    _step(session, today, person.id, "candidate_filed", candidate + timedelta(days=5),
          documents=(DocumentInput("备案报告"),))  # fmt: skip
    _step(session, today, person.id, "introducers", candidate + timedelta(days=5),
          people=tuple(introducers))  # fmt: skip
    _step(session, today, person.id, "political_review", candidate + timedelta(days=30),
          documents=(DocumentInput("政治审查材料"),), conclusion="政治审查合格")  # fmt: skip
    training = candidate + timedelta(days=40)
    _step(session, today, person.id, "training", training, end_date=training + timedelta(days=2),
          hours=24.0, documents=(DocumentInput("培训结业证书", f"浦阳党校{joined.year}-07"),))  # fmt: skip
    review = _meeting(session, ActivityKind.COMMITTEE, joined - timedelta(days=30))
    review_day = (
        review.date
        if review and review.date > training + timedelta(days=2)
        else training + timedelta(days=6)
    )
    _step(session, today, person.id, "committee_review", review_day,
          activity_id=review.id if review and review.date == review_day else None,
          publicity=(review_day + timedelta(days=1), review_day + timedelta(days=7)),
          documents=(DocumentInput("支委会会议记录"), DocumentInput("公示材料")))  # fmt: skip
    _step(session, today, person.id, "pre_review", review_day + timedelta(days=10),
          documents=(DocumentInput("预审意见"),))  # fmt: skip
    _step(session, today, person.id, "volunteer_form", review_day + timedelta(days=12),
          documents=(DocumentInput("入党志愿书", f"{joined.year}0318"),))  # fmt: skip
    vote = _vote(session, meeting) if meeting else None
    _step(session, today, person.id, "admission", joined,
          activity_id=meeting.id if meeting else None, vote=vote,
          documents=(DocumentInput("支部大会会议记录"),))  # fmt: skip
    approved = min(joined + timedelta(days=35), today)
    _step(session, today, person.id, "approval_talk", approved - timedelta(days=10),
          documents=(DocumentInput("谈话记录"),))  # fmt: skip
    _step(session, today, person.id, "approval", approved,
          documents=(DocumentInput("审批意见", f"浦阳党委〔{approved.year}〕{approved.month}号"),))  # fmt: skip
    if approved + timedelta(days=20) <= today:
        _step(session, today, person.id, "approval_filed", approved + timedelta(days=5),
              documents=(DocumentInput("备案材料"),))  # fmt: skip
        _step(session, today, person.id, "grouping", approved + timedelta(days=7))
        _step(session, today, person.id, "oath", approved + timedelta(days=20),
              documents=(DocumentInput("入党宣誓记录"),))  # fmt: skip


def _person(session: Session, rng: random.Random, today: date, age: int, sex: Sex) -> int:
    surname = rng.choice("张王李赵陈刘杨黄吴周徐孙朱胡郭何林")
    given = rng.choice(
        ("晓东", "子豪", "浩然", "俊杰") if sex is Sex.MALE else ("佳怡", "雨欣", "思琪", "梦瑶")
    )
    birth = date(today.year - age, 1, 1) + timedelta(days=rng.randint(0, 300))
    person = add_person(
        session,
        PersonInput(
            surname + given, sex, birth, _id_number(rng, birth, sex, session),
            education=rng.choice(("高中", "大专", "大学本科")),
            occupation=rng.choice(("农牧渔民", "个体工商户", "企业职工")),
            phone=f"1{rng.choice(('38', '39', '58', '87'))}{rng.randint(0, 99999999):08d}",
            address=ADDRESS.format(rng.choice(HAMLETS), rng.randint(1, 160)),
        ),
        today,
    )  # fmt: skip
    return person.id


def _newcomer(session: Session, rng: random.Random, today: date) -> None:
    """Applied seven weeks ago; nobody has talked with them yet: the talk is overdue."""
    person = _person(session, rng, today, 24, Sex.FEMALE)
    applied = today - timedelta(days=50)
    _step(session, today, person, "application", applied,
          documents=(DocumentInput("入党申请书", date=applied),))  # fmt: skip


def _activist(session: Session, rng: random.Random, today: date, contacts: list[int]) -> None:
    """An 积极分子 since a 支委会 about half a year ago: the first 考察 falls due within the month."""
    person = _person(session, rng, today, 31, Sex.MALE)
    meeting = _meeting(session, ActivityKind.COMMITTEE, add_months(today, -6) + timedelta(days=20))
    activist = meeting.date if meeting else add_months(today, -6) + timedelta(days=10)
    applied = add_months(activist, -7)
    _activist_steps(session, today, person, applied, activist, contacts, meeting)


def _candidate(
    session: Session, rng: random.Random, today: date, contacts: list[int], introducers: list[int]
) -> None:
    """A 发展对象 since a 支委会 two months ago, 政审 passed and trained: next the 支委会's review."""
    person = _person(session, rng, today, 36, Sex.MALE)
    meeting = _meeting(session, ActivityKind.COMMITTEE, add_months(today, -2) + timedelta(days=10))
    candidate = meeting.date if meeting else add_months(today, -2)
    activist = add_months(candidate, -14)
    applied = add_months(activist, -8)
    _activist_steps(session, today, person, applied, activist, contacts, None)
    for back in (185, 7):
        _step(session, today, person, "assessment", add_years(activist, 1) - timedelta(days=back),
              documents=(DocumentInput("入党积极分子培养考察登记表"),), conclusion="表现良好")  # fmt: skip
    _step(session, today, person, "candidate", candidate, activity_id=meeting.id if meeting else None,
          documents=(DocumentInput("支委会会议记录"), DocumentInput("征求意见情况")))  # fmt: skip
    _step(session, today, person, "candidate_filed", candidate + timedelta(days=4),
          documents=(DocumentInput("备案报告"),))  # fmt: skip
    _step(
        session,
        today,
        person,
        "introducers",
        candidate + timedelta(days=4),
        people=tuple(introducers),
    )
    _step(session, today, person, "political_review", candidate + timedelta(days=25),
          documents=(DocumentInput("政治审查材料"),), conclusion="政治审查合格")  # fmt: skip
    training = candidate + timedelta(days=35)
    if training + timedelta(days=2) <= today:
        _step(session, today, person, "training", training, end_date=training + timedelta(days=2),
              hours=24.0, documents=(DocumentInput("培训结业证书"),))  # fmt: skip
