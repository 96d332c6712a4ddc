"""The branch's basic information, its committee and its party groups."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.branch_scope import branch_id_for_insert, session_branch_id
from dangwu_desktop.core.dates import add_years
from dangwu_desktop.core.glossary import CommitteePost, MemberCategory, MembershipStatus
from dangwu_desktop.core.models import Branch, CommitteeMember, Member, PartyGroup
from dangwu_desktop.core.rulebook import (
    COMMITTEE_TERM,
    VILLAGE_TERM_YEARS,
    Finding,
    SeatHolder,
    Severity,
    committee_findings,
)
from dangwu_desktop.core.rules import TextField, check_texts
from dangwu_desktop.core.services import RecordInvalid, ServiceError, require_clean_text
from dangwu_desktop.core.text_rules import TextKind

TERM_CITATION = COMMITTEE_TERM.citation


@dataclass(slots=True)
class Seat:
    name: str
    post: CommitteePost
    member_id: int | None = None  # who holds it on the roster; None until the roster has them


@dataclass(slots=True)
class BranchInfo:
    """支部基本信息 as the setup dialog edits it."""

    name: str = ""
    parent_org: str = ""
    secretary: str = ""
    secretary_id: int | None = None  # the secretary on the roster, as Seat.member_id
    committee: list[Seat] = field(default_factory=list)  # everyone but the secretary
    term_start: date | None = None
    term_end: date | None = None


UNNAMED = "党支部"  # what a document calls a branch whose name is not yet filled in


def current_branch(session: Session) -> Branch | None:
    """The branch the session works for, named or not yet (see get_branch); None in a database
    without any branch."""
    branch_id = session_branch_id(session)
    return None if branch_id is None else session.get(Branch, branch_id)


def get_branch(session: Session) -> Branch | None:
    """The session's branch once the first-start dialog has named it. A branch made unnamed
    for rows entered before that dialog (a roster imported first) is not yet set up."""
    branch = current_branch(session)
    return branch if branch is not None and branch.name else None


def list_branches(session: Session) -> list[Branch]:
    """Every branch of the database, in the order they were added."""
    return list(session.scalars(select(Branch).order_by(Branch.id)))


SEVERAL_BRANCHES = "这个数据库中有{count}个党支部：{names}。请指定要打开哪一个"


def branch_to_open(session: Session, name: str | None = None) -> int | None:
    """The branch a program opening this database works for (Database.branch_id): the one named
    (a command's --branch), else None where the database holds one branch or none (its sessions
    find it). Refused for a name the database does not hold, and for a database of several
    branches opened without a name (the message lists them; the window asks instead)."""
    branches = list_branches(session)
    if name is not None:
        wanted = name.strip()
        found = next((b.id for b in branches if b.name == wanted), None)
        if found is None:
            names = "、".join(b.name or UNNAMED for b in branches) or "没有任何党支部"
            raise ServiceError(f"数据库中没有“{wanted}”（有：{names}）")
        return found
    if len(branches) > 1:
        raise ServiceError(
            SEVERAL_BRANCHES.format(
                count=len(branches), names="、".join(b.name or UNNAMED for b in branches)
            )
        )
    return None


def add_branch(session: Session, name: str, parent_org: str = "") -> Branch:
    """Another branch in this database (a township's): its records are kept apart, reached
    through a session opened for it (`Database.transaction(branch_id=branch.id)`)."""
    require_clean_text(
        [
            TextField("name", name, TextKind.LINE, "支部名称"),
            TextField("parent_org", parent_org, TextKind.LINE, "所属上级党组织"),
        ]
    )
    name = name.strip()
    if not name:
        raise ServiceError("支部名称不能为空")
    if session.scalar(select(Branch.id).where(Branch.name == name)) is not None:
        raise ServiceError(f"数据库中已有“{name}”")
    branch = Branch(name=name, parent_org=parent_org.strip())
    session.add(branch)
    session.flush()
    audit.record(session, Branch.AUDIT_SUBJECT, "新增", name, branch_id=branch.id)
    return branch


def branch_name(session: Session) -> str:
    """The branch's name as documents print it; UNNAMED before the first-start dialog is done."""
    branch = get_branch(session)
    return branch.name if branch else UNNAMED


def load_branch_info(session: Session) -> BranchInfo | None:
    branch = get_branch(session)
    if branch is None:
        return None
    seats = [
        Seat(seat.member.name if seat.member else seat.name, seat.post, seat.member_id)
        for seat in branch.committee
    ]
    secretary = next((s for s in seats if s.post is CommitteePost.SECRETARY), None)
    return BranchInfo(
        name=branch.name,
        parent_org=branch.parent_org,
        secretary=secretary.name if secretary else "",
        secretary_id=secretary.member_id if secretary else None,
        committee=[s for s in seats if s.post is not CommitteePost.SECRETARY],
        term_start=branch.term_start,
        term_end=branch.term_end,
    )


def members_named(session: Session, name: str) -> list[Member]:
    """The roster's members of that name: the candidates for a seat entered by name."""
    return list(
        session.scalars(select(Member).where(Member.name == name.strip()).order_by(Member.id))
    )


def holder_of(session: Session, name: str, member_id: int | None) -> int | None:
    """The member holding a seat: the one chosen, or the only member of that name; None when
    the roster has nobody of that name yet. Namesakes must be told apart by choosing one."""
    chosen = session.get(Member, member_id) if member_id is not None else None
    if chosen is not None and chosen.name == name.strip():
        return chosen.id
    candidates = members_named(session, name)
    if len(candidates) > 1:
        raise ServiceError(
            f"花名册中有{len(candidates)}名党员叫“{name.strip()}”，请选定担任该职务的是哪一位"
        )
    return candidates[0].id if candidates else None


def link_committee(session: Session) -> None:
    """Seats entered before their holder was on the roster: linked once exactly one member of
    that name is (called whenever members are added)."""
    for seat in session.scalars(select(CommitteeMember).where(CommitteeMember.member_id.is_(None))):
        candidates = members_named(session, seat.name)
        if len(candidates) == 1:
            seat.member_id = candidates[0].id


def committee_member_ids(session: Session) -> set[int]:
    """The members who sit on the committee, the secretary included."""
    query = select(CommitteeMember.member_id).where(CommitteeMember.member_id.is_not(None))
    return {member_id for member_id in session.scalars(query) if member_id is not None}


def check_branch_info(session: Session, info: BranchInfo) -> list[Finding]:
    """What the rules say of the information before it is saved: errors stop the save, warnings
    (a committee of six, a term other than five years, a branch over 50) are for the dialog to
    show. The committee is judged against the roster (正式党员 counted, each holder's category)."""
    findings = check_texts(
        [
            TextField("name", info.name, TextKind.LINE, "支部名称"),
            TextField("parent_org", info.parent_org, TextKind.LINE, "所属上级党组织"),
            TextField("secretary", info.secretary, TextKind.NAME, "支部书记"),
            *(
                TextField("committee", seat.name, TextKind.NAME, "支部委员", f"第{index}位委员的")
                for index, seat in enumerate(info.committee, start=1)
            ),
        ]
    )
    problems = []
    if not info.name.strip():
        problems.append("支部名称不能为空")
    elif _another_branch_named(session, info.name.strip()):
        # A township's database chooses its branch by name (the window's list, --branch).
        problems.append(f"数据库中已有“{info.name.strip()}”，支部名称不能相同")
    if not info.secretary.strip():
        problems.append("请填写支部书记")
    if any(not seat.name.strip() for seat in info.committee):
        problems.append("支部委员会中有未填写姓名的委员")
    if any(seat.post is CommitteePost.SECRETARY for seat in info.committee):
        problems.append("书记请填在“支部书记”一栏，委员会名单中不再重复")
    if info.term_start and info.term_end and info.term_end <= info.term_start:
        problems.append("任期届满日期应晚于任期开始日期")
    findings += [Finding("", problem, Severity.ERROR) for problem in problems]
    if findings:  # names that cannot be read are not judged as seats
        return findings
    active = Member.status == MembershipStatus.ACTIVE
    members = session.scalar(select(func.count()).where(active)) or 0
    full = (
        session.scalar(select(func.count()).where(active, Member.category == MemberCategory.FULL))
        or 0
    )
    return committee_findings(
        _seat_holders(session, info), full, members, info.term_start, info.term_end
    )


def _another_branch_named(session: Session, name: str) -> bool:
    others = select(Branch.id).where(Branch.name == name)
    own = session_branch_id(session)
    if own is not None:
        others = others.where(Branch.id != own)
    return session.scalar(others.limit(1)) is not None


def _seat_holders(session: Session, info: BranchInfo) -> list[SeatHolder]:
    """Each seat with its holder's category where the roster tells who holds it (the member
    chosen, or the only one of that name)."""
    seats = [Seat(info.secretary, CommitteePost.SECRETARY, info.secretary_id), *info.committee]
    holders = []
    for seat in seats:
        chosen = session.get(Member, seat.member_id) if seat.member_id is not None else None
        if chosen is None or chosen.name != seat.name.strip():
            candidates = members_named(session, seat.name)
            chosen = candidates[0] if len(candidates) == 1 else None
        probationary = None if chosen is None else chosen.category is MemberCategory.PROBATIONARY
        holders.append(SeatHolder(seat.name.strip(), seat.post, probationary))
    return holders


def save_branch_info(session: Session, info: BranchInfo) -> Branch:
    """Save the information; refuses (RecordInvalid, with the rules' citations) what the rules
    refuse, and saves despite warnings, which the dialog has shown."""
    errors = [f for f in check_branch_info(session, info) if f.severity is Severity.ERROR]
    if errors:
        raise RecordInvalid(errors)
    stored = get_branch(session)
    # The session's branch: the one named before, an unnamed one made for rows entered before
    # the first-start dialog, or a new one.
    branch = stored or session.get(Branch, branch_id_for_insert(session))
    assert branch is not None
    before = audit.snapshot(branch) if stored else None
    seats_before = [_seat_line(seat) for seat in branch.committee] if stored else []
    branch.name = info.name.strip()
    branch.parent_org = info.parent_org.strip()
    branch.term_start = info.term_start
    branch.term_end = info.term_end
    seats = [Seat(info.secretary, CommitteePost.SECRETARY, info.secretary_id), *info.committee]
    holders = [holder_of(session, seat.name, seat.member_id) for seat in seats]
    branch.committee = [
        CommitteeMember(name=seat.name.strip(), post=seat.post, sort_order=order, member_id=holder)
        for order, (seat, holder) in enumerate(zip(seats, holders, strict=True))
    ]
    session.add(branch)
    session.flush()
    seats_after = [_seat_line(seat) for seat in branch.committee]
    more = audit.set_changes("支部委员会", seats_before, seats_after)
    audit.record_row(session, branch, before, more=more)
    return branch


def _seat_line(seat: CommitteeMember) -> str:
    return f"{seat.post.value} {seat.name}"


def default_term_end(term_start: date) -> date:
    """A village branch committee's term is five years."""
    return add_years(term_start, VILLAGE_TERM_YEARS)


def list_groups(session: Session) -> list[PartyGroup]:
    return list(session.scalars(select(PartyGroup).order_by(PartyGroup.sort_order, PartyGroup.id)))


def _leader_member(session: Session, group_id: int | None, name: str) -> int | None:
    """The member a typed 党小组长 name means: the one member of that name in the group (or, for
    a group without them yet, in the roster); None where the name is ambiguous or unknown."""
    if not name:
        return None
    query = select(Member.id).where(Member.name == name, Member.status == MembershipStatus.ACTIVE)
    in_group = list(session.scalars(query.where(Member.group_id == group_id))) if group_id else []
    ids = in_group or list(session.scalars(query))
    return ids[0] if len(ids) == 1 else None


def group_leaders(session: Session) -> dict[int, str]:
    """Each group's 组长 as the member is named now; a leader no longer 在册 leads no more.
    A name that matched no member is kept as typed."""
    leaders: dict[int, str] = {}
    for group in list_groups(session):
        member = session.get(Member, group.leader_id) if group.leader_id else None
        if member is not None:
            if member.status is MembershipStatus.ACTIVE:
                leaders[group.id] = member.name
        elif group.leader:
            leaders[group.id] = group.leader
    return leaders


def group_member_counts(session: Session) -> dict[int, int]:
    query = select(Member.group_id, func.count()).group_by(Member.group_id)
    return {gid: count for gid, count in session.execute(query) if gid is not None}


def _group_texts(name: str, leader: str) -> list[TextField]:
    return [
        TextField("name", name, TextKind.LINE, "党小组名称"),
        TextField("leader", leader, TextKind.NAME, "党小组组长"),
    ]


def add_group(session: Session, name: str, leader: str = "") -> PartyGroup:
    require_clean_text(_group_texts(name, leader))
    name = name.strip()
    if not name:
        raise ServiceError("党小组名称不能为空")
    if session.scalar(select(PartyGroup).where(PartyGroup.name == name)):
        raise ServiceError(f"已有名为“{name}”的党小组")
    order = (session.scalar(select(func.max(PartyGroup.sort_order))) or 0) + 1
    group = PartyGroup(
        name=name,
        leader=leader.strip(),
        leader_id=_leader_member(session, None, leader.strip()),
        sort_order=order,
    )
    session.add(group)
    session.flush()
    audit.record_row(session, group, None)
    return group


def update_group(session: Session, group_id: int, name: str, leader: str) -> PartyGroup:
    group = session.get(PartyGroup, group_id)
    if group is None:
        raise ServiceError("该党小组已不存在")
    require_clean_text(_group_texts(name, leader))
    name = name.strip()
    if not name:
        raise ServiceError("党小组名称不能为空")
    clash = session.scalar(
        select(PartyGroup).where(PartyGroup.name == name, PartyGroup.id != group_id)
    )
    if clash:
        raise ServiceError(f"已有名为“{name}”的党小组")
    before = audit.snapshot(group)
    subject, old_name = audit.name_of(group)
    group.name, group.leader = name, leader.strip()
    group.leader_id = _leader_member(session, group_id, group.leader)
    session.flush()
    if lines := audit.row_changes(group, before):
        audit.record(session, subject, "修改", old_name, lines)
    return group


def remove_group(session: Session, group_id: int) -> None:
    group = session.get(PartyGroup, group_id)
    if group is None:
        raise ServiceError("该党小组已不存在")
    members = session.scalar(select(func.count()).where(Member.group_id == group_id)) or 0
    if members:
        raise ServiceError(f"“{group.name}”还有{members}名党员，请先把他们调到其他党小组")
    audit.record_row(session, group, None, action="删除", after={})
    session.delete(group)
    session.flush()


def group_by_name(session: Session, name: str) -> PartyGroup | None:
    return session.scalar(select(PartyGroup).where(PartyGroup.name == name.strip()))
