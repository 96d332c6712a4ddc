"""The header block of a printed record, as text: shared by the Word export and the print preview."""

from __future__ import annotations

from dangwu_desktop.core.dates import document_date, month_day
from dangwu_desktop.core.glossary import ActivityKind, AttachmentKind
from dangwu_desktop.core.services.activities import RecordSheet


def time_text(record: RecordSheet) -> str:
    day = document_date(record.date)
    if record.start_time and record.end_time:
        return f"{day} {record.start_time:%H:%M}—{record.end_time:%H:%M}"
    return day


def absent_text(record: RecordSheet) -> str:
    return "、".join(f"{name}（{reason}）" for name, reason in record.absent) or "无"


def present_text(record: RecordSheet) -> str:
    """实到人员 by name; where a 签到表 is attached, the record may point to it instead, as a
    会议记录本 does for a meeting of the whole branch."""
    signed = any(a.startswith(f"{AttachmentKind.SIGN_IN.value}：") for a in record.attachments)
    if signed and len(record.present) > 15:
        return f"见所附签到表（{len(record.present)}人）"
    return "、".join(record.present) or "无"


def _count(total: int, probationary: int) -> str:
    return f"{total}人（正式党员{total - probationary}人，预备党员{probationary}人）"


def topic_lines(record: RecordSheet) -> list[str]:
    """Each 议题 numbered, followed by its 表决 where it was put to a vote."""
    lines = []
    for number, topic in enumerate(record.topics, start=1):
        lines.append(f"{number}. {topic}")
        vote = record.vote_of(number - 1)
        if vote is not None:
            lines.append(vote.line)
    return lines


TALK_HEADER = ("序号", "日期", "谈话人", "谈话对象", "谈话内容", "意见建议")


def talk_rows(record: RecordSheet) -> list[tuple[str, ...]]:
    """A 谈心谈话's conversations as rows of a table, in the order of TALK_HEADER: one line or
    two each, where a paragraph each took four."""
    return [
        (
            str(number),
            month_day(talk.date),
            talk.talker,
            talk.talkee + (f"（{talk.talk_type}）" if talk.talk_type else ""),
            talk.content or "（未填写）",
            talk.suggestions,
        )
        for number, talk in enumerate(record.talks, start=1)
    ]


def header_rows(record: RecordSheet) -> list[tuple[str, ...]]:
    """Rows of (label, value, label, value), or (label, value) for a value across the row."""
    general = record.kind is ActivityKind.BRANCH_GENERAL
    present = len(record.present)
    counts: list[tuple[str, ...]]
    if general:  # 应到 split: only 正式党员 have a vote (党章第七条), and the vote needs 过半数
        counts = [
            ("应到人数", _count(record.expected, record.expected_probationary)),
            ("实到人数", _count(present, record.present_probationary)),
            (
                "有表决权的党员",
                f"应到{record.voters_due}人，实到{record.voters_present}人",
            ),
        ]
    else:
        counts = [("应到人数", f"{record.expected}人", "实到人数", f"{present}人")]
    rows: list[tuple[str, ...]] = [
        ("时间", time_text(record)),
        ("地点", record.place or "—"),
        ("主持人", record.host or "—", "记录人", record.recorder or "—"),
        *counts,
        ("实到人员", present_text(record)),
        ("缺席人员及原因", absent_text(record)),
    ]
    if record.excused:  # a 党员大会's count changed by the branch's decisions: who, why, when
        rows.append(("不计应到或无表决权", "、".join(record.excused)))
    if record.kind is ActivityKind.LECTURE:
        rows.insert(0, ("授课人", record.teacher or "—"))
        rows.insert(0, ("授课题目", record.title or "；".join(record.topics) or "—"))
    elif record.title:
        rows.insert(0, ("主题", record.title))
    if record.observers:
        rows.append(("列席人员", record.observers))
    if record.attachments:
        rows.append(("附件", "；".join(record.attachments)))
    return rows
