"""发展党员 forms in Word (GB/T 9704): the 入党积极分子培养考察登记表, the 发展党员工作全程纪实表 and
the 档案材料归档清单, each a person's pages (a whole branch's files one after another, each from a
new page). Dates are written as documents write them (2024年7月1日) throughout, the rules'
figures included."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Mm, Pt
from docx.table import Table, _Cell

from dangwu_desktop.core.dates import document_date, month_day
from dangwu_desktop.core.glossary import Sex
from dangwu_desktop.core.rulebook import Finding
from dangwu_desktop.io import gbt9704
from dangwu_desktop.ledgers.development.files import Filed, PersonFile, cited
from dangwu_desktop.ledgers.development.rules import STAGES
from dangwu_desktop.ledgers.development.service import TimelineRow

# 小四 on 20-point lines in the tables, as the township's printed forms.
TABLE_SIZE, TABLE_LINE = Pt(12), Pt(20)
# 五号 on 16-point lines in the long tables (25 steps, a checklist), five or six columns wide.
SMALL_SIZE, SMALL_LINE = Pt(10.5), Pt(15)
NUMERIC_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
BLANK_DATE = "　年　月　日"  # a date to write in by hand, in a table's narrow column
SIGN_DATE = "　　年　　月　　日"
SIGN_GAP = "　" * 7
CHINESE_ORDINALS = "一二三四五六七八九十"


def written(text: str) -> str:
    """Numeric dates inside a sentence (the rules word them so) as a document writes them."""
    return NUMERIC_DAY.sub(lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日", text)


def _day(value: date | None) -> str:
    return document_date(value) if value else BLANK_DATE


def _month(value: date | None) -> str:
    return f"{value.year}年{value.month}月" if value else ""


def _ordinal(number: int) -> str:
    if number <= 10:
        return CHINESE_ORDINALS[number - 1]
    return str(number)


def _put(
    cell: _Cell, text: str | Sequence[str], *, bold: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER, size: Pt = TABLE_SIZE,
    line: Length = TABLE_LINE,
) -> None:  # fmt: skip
    """Text in a cell, a paragraph a line (小四 unless told), a label in 黑体."""
    lines = [part for line in ([text] if isinstance(text, str) else text)
             for part in line.split("\n")]  # fmt: skip
    for index, part in enumerate(lines or [""]):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.paragraph_format.line_spacing = line
        paragraph.paragraph_format.first_line_indent = Pt(0)
        paragraph.alignment = align
        font = gbt9704.HEADING_FONT if bold else gbt9704.BODY_FONT
        gbt9704.run(paragraph, written(part), font, size)


def _small_put(
    cell: _Cell, text: str | Sequence[str], *, bold: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
) -> None:  # fmt: skip
    _put(cell, text, bold=bold, align=align, size=SMALL_SIZE, line=SMALL_LINE)


def _sign(cell: _Cell, who: str, day: date | None = None) -> None:
    """A signature line at the right of a cell: “培养联系人（签字）：＿＿　　年　月　日”."""
    paragraph = cell.add_paragraph()
    paragraph.paragraph_format.line_spacing = TABLE_LINE
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    when = document_date(day) if day else SIGN_DATE
    gbt9704.run(paragraph, f"{who}（签字）：{SIGN_GAP}{when}", size=TABLE_SIZE)


def _table(document: DocumentObject, rows: int, widths: Sequence[Length]) -> Table:
    table: Table = document.add_table(rows=rows, cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    gbt9704.fix_column_widths(table, widths)
    return table


def _small(document: DocumentObject, text: str, *, right: bool = False) -> None:
    paragraph = gbt9704.body(document, text, indent=False, size=TABLE_SIZE, line=TABLE_LINE)[0]
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _sex(value: Sex | None) -> str:
    return value.value if value is not None else ""


def _pages(
    target: Path, files: Sequence[PersonFile], write: Callable[[DocumentObject, PersonFile, bool],
                                                               None],
) -> Path:  # fmt: skip
    document = gbt9704.new_document()
    if not files:
        gbt9704.body(document, "没有发展党员档案。", indent=False)
    for index, file in enumerate(files):
        write(document, file, index > 0)
    return gbt9704.save_document(document, target)


# 入党积极分子培养考察登记表


def export_assessment_forms(
    target: Path, files: Sequence[PersonFile], branch_name: str, today: date
) -> Path:
    """The 培养考察登记表 of each file: the particulars, the 培养联系人, each half-yearly 考察 with
    its date and what was found (and a blank one for the next, while the person is an 积极分子),
    and the 党支部意见 on making them a 发展对象, each with its signature and date lines."""
    return _pages(target, files, lambda d, f, new: _assessment_form(d, f, new, branch_name, today))


def _particulars(document: DocumentObject, file: PersonFile, extra: Sequence[tuple[str, str]]
                 ) -> Table:  # fmt: skip
    person = file.timeline.person
    widths = (Mm(34), Mm(28), Mm(18), Mm(24), Mm(22), Mm(30))
    table = _table(document, 4 + len(extra), widths)
    first = (
        ("姓　　名", person.name), ("性别", _sex(person.sex)), ("民族", person.ethnicity),
    )  # fmt: skip
    second = (
        ("出生年月", _month(person.birth_date)), ("学历", person.education),
        ("职业", person.occupation),
    )  # fmt: skip
    for row, pairs in zip(table.rows[:2], (first, second), strict=True):
        for index, (label, value) in enumerate(pairs):
            _put(row.cells[2 * index], label, bold=True)
            _put(row.cells[2 * index + 1], value)
    third = table.rows[2].cells
    _put(third[0], "身份号码", bold=True)
    _put(third[1].merge(third[3]), person.id_number)
    _put(third[4], "联系电话", bold=True)
    _put(third[5], person.phone)
    fourth = table.rows[3].cells
    _put(fourth[0], "家庭住址", bold=True)
    _put(fourth[1].merge(fourth[5]), person.address, align=WD_ALIGN_PARAGRAPH.LEFT)
    for row, (label, value) in zip(table.rows[4:], extra, strict=True):
        cells = row.cells
        _put(cells[0], label, bold=True)
        _put(cells[1].merge(cells[5]), value, align=WD_ALIGN_PARAGRAPH.LEFT)
    return table


def _assessment_form(
    document: DocumentObject, file: PersonFile, new_page: bool, branch_name: str, today: date
) -> None:
    gbt9704.title(document, "入党积极分子培养考察登记表", new_page=new_page, space_after=Pt(12))
    _small(document, f"所在党支部：{branch_name}　　　　填表日期：{document_date(today)}")
    applied, activist = file.day("application"), file.day("activist")
    contacts = file.first("contacts")
    activist_row = file.first("activist")
    decided = "（支部委员会研究决定）" if activist_row is not None and activist_row.meeting else ""
    named = (
        f"{'、'.join(contacts.people)}（{_day(contacts.date)}指定）"
        if contacts is not None and contacts.people
        else ""
    )
    _particulars(
        document,
        file,
        (
            ("递交申请时间", _day(applied)),
            ("确定积极分子", f"{_day(activist)}{decided}"),
            ("培养联系人", named),
        ),
    )
    gbt9704.body(document, "", size=TABLE_SIZE, line=Pt(10))
    assessments = sorted(file.rows_of("assessment"), key=lambda r: r.date or date.max)
    still_activist = activist is not None and file.day("candidate") is None
    due = next(
        (d for d in file.timeline.stand.dues if d.step.code == "assessment"), None
    ) if still_activist else None  # fmt: skip
    count = len(assessments) + (1 if due is not None or not assessments else 0) + 1
    table = _table(document, 1 + count, (Mm(30), Mm(126)))
    _put(table.rows[0].cells[0], "考察时间", bold=True)
    _put(table.rows[0].cells[1], "培养教育考察情况（每半年一次）", bold=True)
    gbt9704.repeat_header_row(table.rows[0])
    for number, (row, record) in enumerate(zip(table.rows[1:], assessments, strict=False), 1):
        _put(row.cells[0], [f"第{_ordinal(number)}次考察", _day(record.date)])
        _assessment(row.cells[1], record)
    index = 1 + len(assessments)
    if due is not None or not assessments:
        cells = table.rows[index].cells
        number = len(assessments) + 1
        when = [f"应在{_day(due.by)}前"] if due is not None and due.by else []
        _put(cells[0], [f"第{_ordinal(number)}次考察", *when, BLANK_DATE])
        _put(cells[1], ["考察情况：", "", ""], align=WD_ALIGN_PARAGRAPH.LEFT)
        _sign(cells[1], "培养联系人")
        _put_more(cells[1], "党支部意见：")
        _sign(cells[1], "党支部书记")
        table.rows[index].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        table.rows[index].height = Mm(40)
        index += 1
    opinion = table.rows[index].cells
    _put(opinion[0], ["党支部意见", "（列为发展对象）"], bold=True)
    candidate = file.first("candidate")
    if candidate is not None and candidate.date is not None:
        words = (
            f"经{_day(candidate.date)}支部委员会研究，同意列为发展对象，报上级党委备案。"
            if candidate.meeting
            else f"{_day(candidate.date)}确定为发展对象。"
        )
        _put(opinion[1], [words, ""], align=WD_ALIGN_PARAGRAPH.LEFT)
    else:
        _put(opinion[1], ["", "", ""], align=WD_ALIGN_PARAGRAPH.LEFT)
    _sign(opinion[1], "党支部书记", candidate.date if candidate else None)
    for row in table.rows[1:]:
        gbt9704.keep_row_whole(row)


def _put_more(cell: _Cell, text: str) -> None:
    paragraph = cell.add_paragraph()
    paragraph.paragraph_format.line_spacing = TABLE_LINE
    paragraph.paragraph_format.space_before = Pt(6)
    gbt9704.run(paragraph, text, size=TABLE_SIZE)
    cell.add_paragraph().paragraph_format.line_spacing = TABLE_LINE


def _assessment(cell: _Cell, record: TimelineRow) -> None:
    lines = [f"考察情况：{record.conclusion or ''}"]
    if record.documents:
        lines.append("材料：" + "、".join(d.name for d in record.documents))
    if record.notes:
        lines.append(f"备注：{record.notes}")
    lines += [_finding_text(f) for f in record.findings]
    _put(cell, lines, align=WD_ALIGN_PARAGRAPH.LEFT)
    _sign(cell, "培养联系人")
    _put_more(cell, "党支部意见：")
    _sign(cell, "党支部书记")


def _finding_text(finding: Finding) -> str:
    source = f"（依据：{cited(finding)}）" if finding.citation else ""
    return f"【提示】{finding.message}{source}"


# 发展党员工作全程纪实表

RECORD_WIDTHS = (Mm(33), Mm(33), Mm(30), Mm(27), Mm(33))
RECORD_HEADER = ("步　骤", "时　间", "参加人员、会议", "材　料", "情况和提示")


def export_full_records(
    target: Path, files: Sequence[PersonFile], branch_name: str, today: date
) -> Path:
    """The 全程纪实表 of each file: the five stages and their steps, each with its date, people,
    meeting, documents and what the rules found (late, out of order) with the rule; a step not
    yet reached has blank lines to write its date and particulars on."""
    return _pages(target, files, lambda d, f, new: _full_record(d, f, new, branch_name, today))


def _record_cells(file: PersonFile, row: TimelineRow) -> tuple[str | list[str], ...]:
    if row.record_id is None:
        return (row.step.label, BLANK_DATE, "", "", "")
    when = [_day(row.date)]
    if row.end_date and row.end_date != row.date:
        same_year = row.date is not None and row.end_date.year == row.date.year
        end = month_day(row.end_date) if same_year else _day(row.end_date)
        when = [_day(row.date), f"至{end}"]
    who: list[str] = []
    if row.people:
        who.append(f"{row.step.people_role or '人员'}：{'、'.join(row.people)}")
    if row.meeting:
        who.append(row.meeting)
    documents = [
        d.name + (f"（{d.number}）" if d.number else "") + ("" if d.on_file else "（未归档）")
        for d in row.documents
    ]
    notes: list[str] = []
    hours = file.hours.get(row.record_id)
    if hours is not None:
        notes.append(f"{hours:g}学时")
    if row.record_id in file.publicities:
        shown_from, shown_to = file.publicities[row.record_id]
        notes.append(f"公示：{_day(shown_from)}至{_day(shown_to)}")
    if row.conclusion:
        notes.append(row.conclusion)
    if row.vote:
        notes.append(row.vote.removeprefix("表决："))
    if row.notes:
        notes.append(row.notes)
    notes += [_finding_text(f) for f in row.findings]
    return (row.step.label, when, who, documents, notes)


def _full_record(
    document: DocumentObject, file: PersonFile, new_page: bool, branch_name: str, today: date
) -> None:
    gbt9704.title(document, "发展党员工作全程纪实表", new_page=new_page, space_after=Pt(12))
    _small(document, f"所在党支部：{branch_name}　　　　填表日期：{document_date(today)}")
    stand = file.timeline.stand
    where = f"{stand.stage_name}（{stand.current.label}）" if stand.current else "尚未登记步骤"
    _particulars(document, file, (("目前进度", where),))
    gbt9704.body(document, "", size=TABLE_SIZE, line=Pt(10))
    rows = list(file.timeline.rows)
    stages = sorted({row.step.stage for row in rows})
    table = _table(document, 1, RECORD_WIDTHS)
    header = table.rows[0]
    for cell, text in zip(header.cells, RECORD_HEADER, strict=True):
        _small_put(cell, text, bold=True)
    gbt9704.repeat_header_row(header)
    for stage in stages:
        line = table.add_row()  # type: ignore[no-untyped-call]
        gbt9704.keep_row_whole(line)
        merged = line.cells[0].merge(line.cells[-1])
        _small_put(merged, f"第{_ordinal(stage)}阶段　{STAGES[stage - 1]}", bold=True,
             align=WD_ALIGN_PARAGRAPH.LEFT)  # fmt: skip
        for row in (r for r in rows if r.step.stage == stage):
            added = table.add_row()  # type: ignore[no-untyped-call]
            gbt9704.keep_row_whole(added)
            for index, (cell, value) in enumerate(
                zip(added.cells, _record_cells(file, row), strict=True)
            ):
                left = index >= 2 or (index == 0)
                _small_put(cell, value, align=WD_ALIGN_PARAGRAPH.LEFT if left else
                     WD_ALIGN_PARAGRAPH.CENTER)  # fmt: skip
    overdue = file.overdue
    nexts = [d for d in stand.dues if not d.overdue(today)]
    summary: list[str] = []
    if overdue:
        summary.append("超期未办：" + "；".join(d.text for d in overdue))
    if nexts:
        summary.append("下一步：" + "；".join(d.text for d in nexts))
    if stand.finished:
        summary.append("已完成发展党员全部程序。")
    # 办理情况 and the signatures are one row, the table's last: a line after a table, or a
    # row of its own, could start a page alone.
    added = table.add_row()  # type: ignore[no-untyped-call]
    gbt9704.keep_row_whole(added)
    _small_put(added.cells[0], "办理情况", bold=True)
    cell = added.cells[1].merge(added.cells[-1])
    _small_put(cell, summary, align=WD_ALIGN_PARAGRAPH.LEFT)
    paragraph = cell.add_paragraph()
    paragraph.paragraph_format.line_spacing = TABLE_LINE
    paragraph.paragraph_format.space_before = Pt(12)
    gbt9704.run(paragraph, f"党支部书记（签字）：{SIGN_GAP}　填表人（签字）：", size=TABLE_SIZE)


# 档案材料归档清单

CHECKLIST_WIDTHS = (Mm(10), Mm(32), Mm(33), Mm(20), Mm(34), Mm(16), Mm(11))
CHECKLIST_HEADER = ("序号", "步　骤", "材料名称", "编号", "日　期", "情况", "核对")
SUMMARY_WIDTHS = (Mm(10), Mm(18), Mm(40), Mm(14), Mm(14), Mm(60))
SUMMARY_HEADER = ("序号", "姓名", "目前阶段", "应有", "已归档", "缺少或未归档的材料")
TICK_BOX = "□"


def export_checklists(
    target: Path, files: Sequence[PersonFile], branch_name: str, today: date, *,
    branch_summary: bool,
) -> Path:  # fmt: skip
    """The 归档 checklist: for each step a file has reached, the documents the step list expects,
    where each stands (已归档, 未归档, 缺; an overdue step's documents 逾期未办) and a box to tick
    by hand at the check; a whole branch's checklists begin with a page that sums them up."""
    document = gbt9704.new_document()
    if branch_summary:
        _branch_summary(document, files, branch_name, today)
    if not files and not branch_summary:
        gbt9704.body(document, "没有发展党员档案。", indent=False)
    for index, file in enumerate(files):
        _checklist(document, file, branch_summary or index > 0, branch_name, today)
    return gbt9704.save_document(document, target)


def _branch_summary(
    document: DocumentObject, files: Sequence[PersonFile], branch_name: str, today: date
) -> None:
    gbt9704.title(document, f"{branch_name}\n发展党员档案材料归档情况", space_after=Pt(12))
    table = _table(document, 1, SUMMARY_WIDTHS)
    for cell, text in zip(table.rows[0].cells, SUMMARY_HEADER, strict=True):
        _small_put(cell, text, bold=True)
    gbt9704.repeat_header_row(table.rows[0])
    complete = 0
    for number, file in enumerate(files, start=1):
        items = file.checklist()
        missing = [i for i in items if i.missing]
        complete += not missing
        stand = file.timeline.stand
        row = table.add_row()  # type: ignore[no-untyped-call]
        gbt9704.keep_row_whole(row)
        values = (
            str(number), file.ref.name,
            f"{stand.current.label}" if stand.current else "尚未登记",
            str(len(items)), str(len(items) - len(missing)),
            "；".join(f"{i.step.label}：{i.document}（{i.filed.value}）" for i in missing) or "齐全",
        )  # fmt: skip
        for index, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            _small_put(cell, text, align=WD_ALIGN_PARAGRAPH.LEFT if index in (2, 5) else
                 WD_ALIGN_PARAGRAPH.CENTER)  # fmt: skip
    _small(
        document,
        f"共{len(files)}份档案，材料齐全的{complete}份，需补齐的{len(files) - complete}份。"
        f"统计日期：{document_date(today)}",
    )


def _checklist(
    document: DocumentObject, file: PersonFile, new_page: bool, branch_name: str, today: date
) -> None:
    gbt9704.title(document, "发展党员档案材料归档清单", new_page=new_page, space_after=Pt(12))
    stand = file.timeline.stand
    where = stand.current.label if stand.current else "尚未登记步骤"
    _small(document, f"姓名：{file.ref.name}　　所在党支部：{branch_name}　　目前进度：{where}")
    items = file.checklist()
    table = _table(document, 1, CHECKLIST_WIDTHS)
    for cell, text in zip(table.rows[0].cells, CHECKLIST_HEADER, strict=True):
        _small_put(cell, text, bold=True)
    gbt9704.repeat_header_row(table.rows[0])
    for number, item in enumerate(items, start=1):
        row = table.add_row()  # type: ignore[no-untyped-call]
        gbt9704.keep_row_whole(row)
        when = (
            f"应在{_day(item.due_by)}前" if item.filed is Filed.OVERDUE and item.due_by
            else _day(item.day) if item.day else ""
        )  # fmt: skip
        values = (
            str(number), item.step.label, item.document, item.number, when, item.filed.value,
            TICK_BOX,  # ticked by hand at the check, never by the program
        )  # fmt: skip
        for index, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            _small_put(cell, text, align=WD_ALIGN_PARAGRAPH.LEFT if index in (1, 2) else
                 WD_ALIGN_PARAGRAPH.CENTER)  # fmt: skip
    missing = [i for i in items if i.missing]
    held = len(items) - len(missing)
    line = f"已到步骤应有材料{len(items)}份，已归档{held}份"
    line += (
        f"，缺少或未归档{len(missing)}份：" + "、".join(i.document for i in missing) + "。"
        if missing
        else "，材料齐全。"
    )
    _small(document, line)
    _small(
        document,
        "说明：“核对”栏在归档检查时逐项打√；“缺”为步骤已办而材料未登记，“未归档”为已登记而纸质材料未入档。",
    )
    gbt9704.signature_block(
        document, ("整理人（签字）：", "审核人（签字）："), size=Pt(14), line=Pt(24)
    )
    _small(document, f"核对日期：{SIGN_DATE}", right=True)
