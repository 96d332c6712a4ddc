"""The demo village's 三张清单, a year of them up to `today`: problems found by the township's
督查, the county's 巡察, a 明察暗访 and the villagers, and those the January 组织生活会 查摆 (turned into
items the way the dialog does, from its minutes); the year's tasks the township set and the
committee's 责任清单. Most are put right and 销号 after their 验收 (by the township, or at a 支委会),
some are done and wait for it, the tasks run on, one due within days, and one — the street lamps
the villagers reported — is past its 时限. Everything goes through the service, as clicks do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangwu_desktop.core.dates import add_months
from dangwu_desktop.core.glossary import ActivityKind, CommitteePost
from dangwu_desktop.core.models import Activity, CommitteeMember
from dangwu_desktop.ledgers.lists.models import ListItem
from dangwu_desktop.ledgers.lists.rules import (
    LIFE_MEETING_MONTHS,
    CloseInput,
    ItemInput,
    ItemSource,
    ItemStatus,
    ListKind,
)
from dangwu_desktop.ledgers.lists.service import (
    ProblemDraft,
    ProgressInput,
    add_progress,
    close_item,
    create_from_meeting,
    item_input,
    life_meetings,
    meeting_problems,
    save_item,
)

TOWNSHIP = "浦阳镇党委组织办"
CADRE = "何永强"  # a 村委会 member not on the party roster: a 责任人 by name alone


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    member_id: int | None


@dataclass(frozen=True, slots=True)
class Plan:
    """One item's year: raised on a day, its 时限, progress notes (days after it was raised), the
    day it is done, and its 验收: by whom (None: at the 支委会 that follows) and when."""

    given: ItemInput
    notes: tuple[tuple[int, str], ...] = ()
    done: int | None = None  # days after raised
    result: str = ""
    evidence: str = ""
    closed: int | None = None  # days after raised
    reviewer: str | None = TOWNSHIP
    review_note: str = "经查看，已整改到位，同意销号"


class Village:
    """The committee and the 支委会 records the demo's items are assigned to and heard at."""

    def __init__(self, session: Session, today: date) -> None:
        seats = session.scalars(select(CommitteeMember).order_by(CommitteeMember.sort_order))
        self.posts = {seat.post: Person(seat.name, seat.member_id) for seat in seats}
        self.today = today
        self.committee_meetings = list(
            session.scalars(
                select(Activity)
                .where(Activity.kind == ActivityKind.COMMITTEE, Activity.deleted_at.is_(None))
                .order_by(Activity.date)
            )
        )

    def holder(self, *posts: CommitteePost) -> Person:
        """Who holds the first of `posts` there is (the secretary where the village has none)."""
        found = [self.posts[p] for p in (*posts, CommitteePost.SECRETARY) if p in self.posts]
        return found[0] if found else Person("支部书记", None)

    def meeting_on_or_after(self, day: date) -> Activity | None:
        return next((m for m in self.committee_meetings if day <= m.date <= self.today), None)


def _given(
    kind: ListKind, source: ItemSource, category: str, detail: str, description: str,
    measures: str, person: Person, raised: date, deadline: date | None,
) -> ItemInput:  # fmt: skip
    return ItemInput(kind, description, raised, source, category, detail, measures,
                     person.name, person.member_id, deadline)  # fmt: skip


def _carry_out(session: Session, village: Village, item: ListItem, plan: Plan) -> None:
    """The item's notes, completion and 验收 as far as `today` has come."""
    today, raised = village.today, item.raised_on
    for after, note in plan.notes:
        day = raised + timedelta(days=after)
        if day > today:
            break
        meeting = village.meeting_on_or_after(day)
        heard = meeting is not None and (meeting.date - day).days <= 10
        add_progress(
            session, item.id,
            ProgressInput(meeting.date if heard and meeting else day, note,
                          meeting.id if heard and meeting else None),
            today,
        )  # fmt: skip
    if plan.done is None or raised + timedelta(days=plan.done) > today:
        return
    done_on = raised + timedelta(days=plan.done)
    finished = replace(item_input(item), status=ItemStatus.DONE, completed_on=done_on,
                       result=plan.result, evidence=plan.evidence)  # fmt: skip
    save_item(session, finished, today, item.id)
    if plan.closed is None or raised + timedelta(days=plan.closed) > today:
        return
    closed_on = raised + timedelta(days=plan.closed)
    review = village.meeting_on_or_after(done_on) if plan.reviewer is None else None
    if plan.reviewer is None and review is None:
        return  # no 支委会 yet to check it
    close_item(
        session, item.id,
        CloseInput(review.date if review is not None else closed_on, plan.reviewer or "",
                   plan.review_note, plan.evidence, review.id if review is not None else None),
        today,
    )  # fmt: skip


def _raise(session: Session, village: Village, plans: Sequence[Plan]) -> None:
    for plan in plans:
        if plan.given.raised_on > village.today:
            continue
        meeting = village.meeting_on_or_after(plan.given.raised_on)
        given = plan.given
        if plan.given.source in (ItemSource.INSPECTION, ItemSource.PATROL) and meeting is not None:
            given = replace(given, meeting_id=meeting.id)  # the 支委会 that set the work out
        _carry_out(session, village, save_item(session, given, village.today), plan)


def _problems(village: Village, today: date) -> list[Plan]:
    organiser = village.holder(CommitteePost.ORGANISATION, CommitteePost.SECRETARY)
    deputy = village.holder(CommitteePost.DEPUTY_SECRETARY, CommitteePost.SECRETARY)
    discipline = village.holder(CommitteePost.DISCIPLINE, CommitteePost.SECRETARY)
    inspected = add_months(today, -10).replace(day=12)
    patrolled = add_months(today, -8).replace(day=20)
    visited = add_months(today, -5).replace(day=8)
    reported = today - timedelta(days=90)
    year = inspected.year
    return [
        Plan(
            _given(
                ListKind.PROBLEM,
                ItemSource.INSPECTION,
                "组织建设",
                f"浦阳镇党委{year}年党建工作督查反馈",
                "党员活动室制度上墙内容陈旧，部分制度仍为旧版本",
                "按《中国共产党支部工作条例（试行）》更新上墙制度，统一制作制度牌",
                organiser,
                inspected,
                inspected + timedelta(days=30),
            ),
            notes=(
                (10, "已梳理需更新的制度8项，联系广告公司设计制度牌"),
                (24, "制度牌已制作完成，正在安装"),
            ),
            done=27,
            result="更新上墙制度8项，旧制度牌全部撤换",
            evidence="整改前后照片、制度目录存支部档案盒",
            closed=40,
        ),
        Plan(
            _given(
                ListKind.PROBLEM,
                ItemSource.INSPECTION,
                "党员教育管理",
                f"浦阳镇党委{year}年党建工作督查反馈",
                "党费收缴登记簿个别月份未及时登记，登记与收据不一致",
                "逐月核对党费收据，补登漏记月份，由组织委员每月登记、书记审核签字",
                organiser,
                inspected,
                inspected + timedelta(days=20),
            ),
            notes=((6, "已核对全年收据，发现漏登2个月"),),
            done=15,
            result="补登2个月党费，登记簿与收据核对一致",
            evidence="党费收缴登记簿复印件",
            closed=30,
            reviewer=None,
            review_note="支委会核对登记簿，同意销号",
        ),
        Plan(
            _given(
                ListKind.PROBLEM,
                ItemSource.PATROL,
                "村务管理",
                "县委第二巡察组村级巡察反馈意见",
                "村集体资金使用公示不及时，2项工程款支出未在公开栏公示",
                "补公示2项工程款支出；建立村级财务每月公示制度，纪检委员监督",
                discipline,
                patrolled,
                patrolled + timedelta(days=60),
            ),
            notes=((14, "已补公示2项工程款支出"), (40, "村级财务每月公示制度已经支委会讨论通过")),
            done=52,
            result="补公示2项，建立每月公示制度并执行2个月",
            evidence="公示照片、公示制度文本",
            closed=75,
            reviewer="县委第二巡察组、镇纪委",
            review_note="整改到位，同意销号",
        ),
        Plan(
            _given(
                ListKind.PROBLEM,
                ItemSource.UNANNOUNCED,
                "服务群众",
                "镇党委工作日明察暗访",
                "工作日上午党群服务中心值班人员不在岗，群众办事找不到人",
                "落实支部委员轮流值班制度，值班表和联系电话在门口公示",
                deputy,
                visited,
                visited + timedelta(days=15),
            ),
            notes=((3, "已排出支部委员轮流值班表并公示"),),
            done=10,
            result="值班制度落实，值班记录完整",
            evidence="值班表、值班记录",
            closed=21,
        ),
        Plan(  # the lamps: still waiting for the township's money, past its 时限
            _given(
                ListKind.PROBLEM,
                ItemSource.MASSES,
                "服务群众",
                "村民代表会议上群众反映",
                "3组至石塘的村道路灯损坏6盏，群众夜间出行不便",
                "摸清损坏路灯数量，申请维修资金，联系供电所维修",
                Person(CADRE, None),
                reported,
                reported + timedelta(days=45),
            ),
            notes=(
                (7, "已查清损坏路灯6盏，向镇里报送维修资金申请"),
                (50, "镇里资金尚未批复，已先修复2盏"),
            ),
        ),
    ]


def _year_start(today: date) -> date:
    """The day the township set the year's tasks (the year before's, in the first days of January)."""
    assigned = date(today.year, 1, 10)
    return assigned if assigned <= today else assigned.replace(year=today.year - 1)


def _tasks(village: Village, today: date) -> list[Plan]:
    assigned = _year_start(today)
    secretary = village.holder(CommitteePost.SECRETARY)
    organiser = village.holder(CommitteePost.ORGANISATION, CommitteePost.SECRETARY)
    propaganda = village.holder(CommitteePost.PROPAGANDA, CommitteePost.SECRETARY)
    detail = f"浦阳镇党委{assigned.year}年度基层党建重点任务"
    year_end = date(assigned.year, 12, 31)
    soon = max(today + timedelta(days=5), assigned)
    return [
        Plan(
            _given(
                ListKind.TASK,
                ItemSource.ASSIGNED,
                "党建工作",
                detail,
                "完成党群服务中心标准化提升（功能室、制度上墙、标识标牌）",
                "对照标准逐项整改，功能室按“一室多用”布置",
                secretary,
                assigned,
                soon,
            ),
            notes=((20, "已对照标准列出整改项目11项"), (75, "功能室布置完成，标识标牌在制作")),
        ),
        Plan(
            _given(
                ListKind.TASK,
                ItemSource.ASSIGNED,
                "党建工作",
                detail,
                "年内发展党员1名，严格落实发展党员25个步骤",
                "从返乡创业青年中培养发展对象，按期完成政审和集中培训",
                organiser,
                assigned,
                year_end,
            ),
            notes=((30, "确定发展对象1名，开展政治审查"),),
            done=335,
            result="发展党员1名，经镇党委审批",
            evidence="发展党员档案",
        ),
        Plan(
            _given(
                ListKind.TASK,
                ItemSource.ASSIGNED,
                "乡村振兴",
                detail,
                "开展人居环境整治“门前三包”，每月检查评比一次",
                "党员分片包干，每月10日检查评比，结果在公开栏公布",
                propaganda,
                assigned,
                year_end,
            ),
            notes=(
                (35, "2月评比完成，公布红黑榜"),
                (95, "4月评比完成，整改落后户5户"),
                (155, "6月评比完成"),
            ),
            done=340,
            result="全年评比11次，整改落后户23户",
            evidence="评比记录、照片",
        ),
        Plan(
            _given(
                ListKind.TASK,
                ItemSource.ASSIGNED,
                "基层治理",
                detail,
                "组织党员开展“党员联户”，每名党员联系5至10户群众",
                "按党小组分配联系户，建立联户台账",
                organiser,
                assigned,
                date(assigned.year, 6, 30),
            ),
            notes=((25, "联系户分配完成，建立联户台账"),),
            done=150,
            result="党员联户全覆盖，联系群众412户",
            evidence="联户台账",
        ),
    ]


def _duties(village: Village, today: date) -> list[Plan]:
    since = _year_start(today)
    rows = (
        (CommitteePost.SECRETARY, "第一责任人",
         "履行抓党建第一责任人职责，主持支部全面工作，每年至少讲1次党课",
         "每季度研究一次党建工作，带头讲党课、带头联系群众"),
        (CommitteePost.ORGANISATION, "一岗双责",
         "负责党员发展、教育管理、组织关系接转和党费收缴",
         "每月登记党费，按期开展发展党员各步骤"),
        (CommitteePost.PROPAGANDA, "一岗双责", "负责党员学习教育、宣传思想工作",
         "每月主题党日安排学习内容，及时更新宣传栏"),
        (CommitteePost.DISCIPLINE, "监督责任", "负责党风廉政建设，监督村级小微权力清单执行",
         "每月检查村务公开，每季度向支委会报告监督情况"),
    )  # fmt: skip
    return [
        Plan(
            replace(
                _given(
                    ListKind.DUTY,
                    ItemSource.SELF_CHECK,
                    category,
                    "支委会分工",
                    text,
                    measures,
                    village.holder(post),
                    since,
                    None,
                ),
                status=ItemStatus.UNDER_WAY,
            ),
            notes=((80, "按分工履职，向支委会报告了一季度工作"),),
        )
        for post, category, text, measures in rows
    ]


def _life_meeting_items(session: Session, village: Village) -> None:
    """The January 组织生活会's 查摆问题, turned into items as the dialog does; then their year."""
    meetings = [m for m in life_meetings(session) if m.date <= village.today]
    if not meetings:
        return
    found = meeting_problems(session, meetings[0].activity_id)
    held = found.meeting.date
    owners = [
        village.holder(CommitteePost.PROPAGANDA, CommitteePost.SECRETARY),
        village.holder(CommitteePost.ORGANISATION, CommitteePost.SECRETARY),
        village.holder(CommitteePost.DEPUTY_SECRETARY, CommitteePost.SECRETARY),
        village.holder(CommitteePost.DISCIPLINE, CommitteePost.SECRETARY),
    ]
    # (months to the 时限, days to done, days to 销号 — None: waits; reviewed at a 支委会)
    years = ((LIFE_MEETING_MONTHS, 70, 85), (LIFE_MEETING_MONTHS, 60, None), (6, 160, None),
             (2, 40, 50))  # fmt: skip
    drafts = [
        ProblemDraft(p.problem, p.measures, owner.name, owner.member_id,
                     add_months(held, years[i % len(years)][0]))
        for i, (p, owner) in enumerate(zip(found.found.proposals, owners * 3, strict=False))
    ]  # fmt: skip
    if not drafts:
        return
    items = create_from_meeting(session, found.meeting.activity_id, drafts, village.today)
    # What each problem's owner reported, and what was done: the 查摆问题 of the demo's minutes
    # (core/demo.py), in their order.
    notes = (
        ((20, "2月主题党日安排专题学习，检查党员学习笔记"), (50, "3月专题学习完成，笔记补记3人")),
        ((25, "检查4个党小组2月会议记录，2个补记缺席原因"),),
        ((30, "支部委员分片联系外出党员，建立联系微信群"), (100, "本季度与外出务工党员联系12人次")),
        ((15, "公开栏2月更新，各自然村同步张贴"),),
    )
    results = ("专题学习已按月开展，学习笔记检查2次", "各党小组会议记录已规范，逐月检查",
               "支部委员分片联系党员，外出务工党员每月联系", "公开栏每月10日前更新")  # fmt: skip
    for index, item in enumerate(items):
        _deadline, done, closed = years[index % len(years)]
        plan = Plan(
            item_input(item), notes=notes[index % len(notes)], done=done,
            result=results[index % len(results)], evidence="会议记录、照片存支部档案盒",
            closed=closed, reviewer=None, review_note="支委会听取整改情况汇报，同意销号",
        )  # fmt: skip
        _carry_out(session, village, item, plan)


def build_demo_lists(session: Session, today: date) -> None:
    village = Village(session, today)
    _raise(session, village, _problems(village, today))
    _life_meeting_items(session, village)
    _raise(session, village, _tasks(village, today))
    _raise(session, village, _duties(village, today))
