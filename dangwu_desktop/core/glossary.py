"""The domain's vocabulary: one place where each term has its English code name and Chinese label.

Enum values are the Chinese words a secretary reads; they are also what the database stores, so a
database opened in any SQLite browser stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from dangwu_desktop.core.periods import QUARTER_NAMES as QUARTER_NAMES  # named where counted


class Sex(StrEnum):
    MALE = "男"
    FEMALE = "女"


class MemberCategory(StrEnum):
    """人员类别."""

    FULL = "正式党员"
    PROBATIONARY = "预备党员"


class MembershipStatus(StrEnum):
    """党籍状态."""

    ACTIVE = "在册"
    TRANSFERRED_OUT = "转出"
    DECEASED = "去世"
    EXPELLED = "出党"
    SUSPENDED = "停止党籍"


class MovementKind(StrEnum):
    """人员变动: dated history entries from which a member's current status derives."""

    TRANSFER_IN = "转入"
    TRANSFER_OUT = "转出"
    MOBILE_OUT = "流出"
    MOBILE_RETURN = "返回"
    DECEASED = "去世"
    EXPELLED = "出党"
    SUSPENDED = "停止党籍"
    RESTORED = "恢复党籍"
    CONFIRMED = "转正"
    PROBATION_EXTENDED = "延长预备期"
    PROBATION_CANCELLED = "取消预备党员资格"
    UPDATED_BY_IMPORT = "导入更新"  # a record changed by a roster import; the status stays


class CommitteePost(StrEnum):
    """党内职务 within the branch committee."""

    SECRETARY = "书记"
    DEPUTY_SECRETARY = "副书记"
    ORGANISATION = "组织委员"
    PROPAGANDA = "宣传委员"
    DISCIPLINE = "纪检委员"
    MEMBER = "委员"


ETHNICITIES: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族",
    "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
    "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
    "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族",
    "基诺族",
)  # fmt: skip

EDUCATION_LEVELS: tuple[str, ...] = (
    "小学", "初中", "高中", "中专", "中技", "大专", "大学本科", "硕士研究生", "博士研究生",
)  # fmt: skip

OCCUPATIONS: tuple[str, ...] = (
    "农牧渔民", "企业职工", "个体工商户", "离退休人员", "学生", "党政机关工作人员",
    "事业单位人员", "村（社区）干部", "自由职业者", "进城务工人员", "其他",
)  # fmt: skip

PARTY_POSTS: tuple[str, ...] = (
    "",
    *(post.value for post in CommitteePost),
    "党小组长",
)

ABSENCE_OF_VALUE = ""


class ActivityKind(StrEnum):
    """组织生活: the kinds of record the branch keeps (DOMAIN.md §3)."""

    BRANCH_GENERAL = "支部党员大会"
    COMMITTEE = "支部委员会会议"
    GROUP = "党小组会"
    LECTURE = "党课"
    THEME_DAY = "主题党日"
    LIFE_MEETING = "组织生活会"
    APPRAISAL = "民主评议党员"
    TALK = "谈心谈话"
    OTHER = "其他"
    # Forms of education and training (DOMAIN.md §4) that are not organisational life as such.
    COLLECTIVE_STUDY = "集中学习"
    DISTANCE_EDUCATION = "远程教育"
    SPECIAL_TRAINING = "专题培训"
    STUDY_TRIP = "外出学习"
    ONLINE_STUDY = "线上学习"
    SELF_STUDY = "自学"


ORGANISATIONAL_LIFE: tuple[ActivityKind, ...] = (
    ActivityKind.BRANCH_GENERAL,
    ActivityKind.COMMITTEE,
    ActivityKind.GROUP,
    ActivityKind.LECTURE,
    ActivityKind.THEME_DAY,
    ActivityKind.LIFE_MEETING,
    ActivityKind.APPRAISAL,
    ActivityKind.TALK,
    ActivityKind.OTHER,
)
TRAINING_FORMS: tuple[ActivityKind, ...] = (
    ActivityKind.COLLECTIVE_STUDY,
    ActivityKind.LECTURE,
    ActivityKind.DISTANCE_EDUCATION,
    ActivityKind.SPECIAL_TRAINING,
    ActivityKind.STUDY_TRIP,
    ActivityKind.ONLINE_STUDY,
    ActivityKind.SELF_STUDY,
)
# Studied alone: hours count for the member, but not as the branch's monthly collective study.
INDIVIDUAL_STUDY: frozenset[ActivityKind] = frozenset(
    {ActivityKind.ONLINE_STUDY, ActivityKind.SELF_STUDY}
)


class Attendance(StrEnum):
    PRESENT = "出席"
    ABSENT = "缺席"


ABSENCE_REASONS: tuple[str, ...] = ("病假", "事假", "外出务工", "流动在外", "因公外出", "其他")


class ExcusalReason(StrEnum):
    """Why the branch decided that a member is not counted among those due at a 党员大会
    (DOMAIN.md §3); each needs a recorded decision with its date."""

    AWAY = "长期外出未转关系"  # 外出半年以上，按规定应转组织关系而没有转走
    BEDRIDDEN = "卧床不起"  # 年老体弱卧床不起、长期生病生活不能自理
    INCAPABLE = "不能表达意志"  # 精神疾病等不能表达本人意志
    DETAINED = "留置逮捕服刑"
    ON_PROBATION = "留党察看"  # attends, but has no vote

    @property
    def keeps_attendance(self) -> bool:
        """留党察看 takes away the vote, not the duty to attend."""
        return self is ExcusalReason.ON_PROBATION


class Grade(StrEnum):
    """民主评议党员 grades."""

    EXCELLENT = "优秀"
    QUALIFIED = "合格"
    BASICALLY_QUALIFIED = "基本合格"
    UNQUALIFIED = "不合格"


class AttachmentKind(StrEnum):
    SIGN_IN = "签到表"
    PHOTO = "照片"
    NOTICE = "会议通知"
    OTHER = "其他材料"


CHINESE_ORDINALS = "一二三四五六七八九十"  # 一、二、… numbering headings and sections


def chinese_number(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 … 99: the numbers of a document's 一、二、 headings."""
    if not 1 <= number <= 99:
        raise ValueError(number)
    tens, units = divmod(number, 10)
    digits = "一二三四五六七八九"
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens - 1] + "十")
    return head + (digits[units - 1] if units else "")


def some_names(names: Sequence[str], most: int) -> str:
    """张三、李四、王五等: the first `most` names, and 等 when there are more."""
    return "、".join(names[:most]) + ("等" if len(names) > most else "")
