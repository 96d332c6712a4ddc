"""The header block of a printed record, as text: shared by the Word export and the print preview."""

from __future__ import annotations

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.services.activities import RecordSheet


def time_text(record: RecordSheet) -> str:
    day = document_date(record.date)
    if record.start_time and record.end_time:
        return f"{day} {record.start_time:%H:%M}—{record.end_time:%H:%M}"
    return day


def absent_text(record: RecordSheet) -> str:
    return "、".join(f"{name}（{reason}）" for name, reason in record.absent) or "无"


def header_rows(record: RecordSheet) -> list[tuple[str, ...]]:
    """Rows of (label, value, label, value), or (label, value) for a value across the row."""
    rows: list[tuple[str, ...]] = [
        ("时间", time_text(record)),
        ("地点", record.place or "—"),
        ("主持人", record.host or "—", "记录人", record.recorder or "—"),
        ("应到人数", f"{record.expected}人", "实到人数", f"{len(record.present)}人"),
        ("缺席人员及原因", absent_text(record)),
    ]
    if record.excused:  # a 党员大会's count changed by the branch's decisions: who, why, when
        rows.append(("不计应到或无表决权", "、".join(record.excused)))
    if record.title:
        rows.insert(0, ("主题", record.title))
    if record.observers:
        rows.append(("列席人员", record.observers))
    if record.attachments:
        rows.append(("附件", "；".join(record.attachments)))
    return rows
