"""发展党员: who is at which step, what is due next and by when, what is late (one row a person),
and the selected person's 25 steps with their dates, people, meeting, documents and what the
rules say of each, with the doors to 新增, 登记步骤 and 步骤设置."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.rulebook import Finding, Severity
from dangwu_desktop.ledgers.base import ExportScope, PersonRef
from dangwu_desktop.ledgers.development import (
    ASSESSMENT_FORM,
    CHECKLIST,
    FULL_RECORD,
    files,
    service,
)
from dangwu_desktop.ledgers.development.rules import DUE_SOON_DAYS, STAGES, Due
from dangwu_desktop.ledgers.development.service import Stand, Timeline, TimelineRow
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.development_dialogs import PersonDialog, StepDialog, StepsDialog
from dangwu_desktop.ui.exports import export_declared
from dangwu_desktop.ui.filtered_table import AnyIndex, FilteredTableModel
from dangwu_desktop.ui.forms.ui_development_page import Ui_DevelopmentPage
from dangwu_desktop.ui.pages import Page, register_page

HEADER = ("姓名", "阶段", "已到步骤", "下一步", "应于…前", "状态")
NAME, STAGE, CURRENT, NEXT, BY, STATE = range(len(HEADER))
STAGE_SHORT = ("申请入党", "入党积极分子", "发展对象", "预备党员的接收", "预备期")
# Pastel backgrounds with dark text of their own; the 状态 text says the state too, so colour is
# never the only sign.
LATE, SOON, DONE = "逾期", "将到期", "已完成"
COLOURS: dict[str, tuple[str, str]] = {
    LATE: ("#fee2e2", "#991b1b"),
    SOON: ("#fef3c7", "#92400e"),
    DONE: ("#dcfce7", "#166534"),
}
QUIET = QBrush(QColor("#6b7280"))
WARNING_TEXT = QBrush(QColor("#92400e"))
ERROR_TEXT = QBrush(QColor("#991b1b"))
Fit, Drag, Stretch = (
    QHeaderView.ResizeMode.ResizeToContents,
    QHeaderView.ResizeMode.Interactive,
    QHeaderView.ResizeMode.Stretch,
)
# A person's three Word forms, as the ledger declares them (the same with everyone's in one file).
PERSON_EXPORTS = tuple((e.key, e.title) for e in (ASSESSMENT_FORM, FULL_RECORD, CHECKLIST))
TIMELINE_HEADER = ("步骤", "日期", "人员", "会议记录", "材料", "提示")
ID_ROLE = Qt.ItemDataRole.UserRole


def next_due(stand: Stand, today: date) -> Due | None:
    """The one due to show: the most overdue, else the nearest deadline, else the next step."""
    dated = sorted((d for d in stand.dues if d.by is not None), key=lambda d: d.by or today)
    if dated and (dated[0].overdue(today) or dated[0].due_within(today)):
        return dated[0]
    return stand.dues[-1] if stand.dues else None


def state_of(stand: Stand, today: date) -> tuple[str, str]:
    """The 状态 text and its kind (LATE, SOON, DONE or "")."""
    if stand.finished:
        return ("已转正" if stand.current and stand.current.code != "archive" else "已归档"), DONE
    due = next_due(stand, today)
    if due is not None and due.by is not None:
        left = (due.by - today).days
        if left < 0:
            return f"逾期{-left}天", LATE
        if left <= DUE_SOON_DAYS:
            return ("今天到期" if left == 0 else f"{left}天内到期"), SOON
    return ("有提示" if stand.late else "按期"), ""


def due_words(due: Due, today: date) -> str:
    """A step waiting, in words: 应在2026-12-10前（还有10天）, 已逾期19天, 2027-03-10起可办."""
    if due.by is not None:
        left = (due.by - today).days
        if left < 0:
            return f"应在{format_date(due.by)}前，已逾期{-left}天"
        return f"应在{format_date(due.by)}前（还有{left}天）"
    if due.earliest is not None:
        return f"{format_date(due.earliest)}起可办"
    return "下一步"


class PipelineModel(FilteredTableModel[Stand]):
    """One row per person, and which of them the name, 阶段 and 只看逾期 filters show."""

    header = HEADER

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle, self._stage, self._late_only = "", 0, False
        self.today = date.today()

    def set_rows(self, rows: list[Stand], today: date | None = None) -> None:
        self.today = today or self.today
        super().set_rows(rows)

    def set_filter(self, needle: str, stage: int, late_only: bool) -> None:
        self._needle, self._stage, self._late_only = needle.strip(), stage, late_only
        self.refilter()

    def shows(self, row: Stand) -> bool:
        return (
            self._needle in row.name
            and (not self._stage or row.stage == self._stage)
            and (not self._late_only or bool(row.overdue(self.today)))
        )

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, r in enumerate(self._visible) if r.person_id == person_id), None)

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        stand, column = self._visible[index.row()], index.column()
        due = next_due(stand, self.today)
        text, kind = state_of(stand, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return stand.name
            if column == STAGE:
                return STAGE_SHORT[stand.stage - 1]
            if column == CURRENT:
                current = stand.current.label if stand.current else "尚未登记"
                return f"{current} {format_date(stand.current_date)}".strip()
            if column == NEXT:
                return due.step.label if due else ""
            if column == BY:
                if due is None:
                    return ""
                if due.by is not None:
                    return format_date(due.by)
                return f"{format_date(due.earliest)}起" if due.earliest else ""
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STAGE:
                return STAGES[stand.stage - 1]
            if column in (NEXT, BY) and due is not None:
                rule = f"\n依据：{due.rule.citation}" if due.rule else ""
                return f"{due.text}{rule}"
            if column == STATE and stand.late:
                return "已登记的步骤有提示：\n" + "\n".join(f.line for f in stand.late)
            return None
        if column == STATE and kind in COLOURS:
            background, foreground = COLOURS[kind]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.ForegroundRole and column == CURRENT and not stand.current:
            return QUIET
        return None


# One line (a wrapped label would make the page as tall as its tables would like to be).
LEGEND = "　".join(
    [
        *(
            f'<span style="background:{bg};color:{fg}">&nbsp;{shown}&nbsp;</span>{what}'
            for shown, (bg, fg), what in (
                ("逾期N天", COLOURS[LATE], "已过应办日期"),
                ("N天内到期", COLOURS[SOON], f"{DUE_SOON_DAYS}天内应办"),
                ("已转正", COLOURS[DONE], ""),
            )
        ),
        "有提示：已登记的步骤迟了或顺序不对",
        "“起”：最早可办之日",
    ]
)


def _documents_text(row: TimelineRow) -> str:
    held = [f"{d.name}{f'（{d.number}）' if d.number else ''}" for d in row.documents if d.on_file]
    missing = [
        n for n in row.step.documents if n not in {d.name for d in row.documents if d.on_file}
    ]
    parts = ["、".join(held)] if held else []
    if missing and row.record_id is not None:
        parts.append("缺：" + "、".join(missing))
    return "；".join(parts)


def _finding_html(finding: Finding) -> str:
    colour = "#991b1b" if finding.severity is Severity.ERROR else "#92400e"
    citation = (
        f'<br><span style="color:#475569">依据：{html.escape(finding.citation)}</span>'
        if finding.citation
        else ""
    )
    return f'<li><span style="color:{colour}">{html.escape(finding.line)}</span>{citation}</li>'


class DevelopmentPage(Page):
    NAME = "development"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_DevelopmentPage()
        ui.setupUi(self)
        self.model = PipelineModel(self)
        self.timeline: Timeline | None = None
        self._wanted: int | None = None  # a person to select once the rows are read
        self._sized = False
        table = ui.pipelineTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(24)
        line = ui.timelineTable
        line.setColumnCount(len(TIMELINE_HEADER))
        line.setHorizontalHeaderLabels(list(TIMELINE_HEADER))
        line_header = line.horizontalHeader()
        for column, mode in enumerate((Fit, Fit, Drag, Drag, Stretch, Stretch)):
            line_header.setSectionResizeMode(column, mode)
        line.verticalHeader().setVisible(False)
        line.verticalHeader().setDefaultSectionSize(22)
        for index, stretch in enumerate((2, 4, 1)):
            ui.splitter.setStretchFactor(index, stretch)

        ui.stageCombo.addItem("全部阶段", 0)
        for number, name in enumerate(STAGE_SHORT, start=1):
            ui.stageCombo.addItem(name, number)
        ui.legendLabel.setText(LEGEND)
        ui.searchEdit.textChanged.connect(self._refilter)
        ui.stageCombo.currentIndexChanged.connect(self._refilter)
        ui.overdueCheck.toggled.connect(self._refilter)
        ui.newButton.clicked.connect(self.new_item)
        ui.editButton.clicked.connect(self.edit_person)
        ui.stepButton.clicked.connect(lambda: self.record_step())
        ui.deleteButton.clicked.connect(self.delete_step)
        ui.stepsButton.clicked.connect(self.adjust_steps)
        output = QMenu(self)
        self.person_actions = [
            output.addAction(f"导出所选人员的{title}（Word）…", self._exporter(key, selected=True))
            for key, title in PERSON_EXPORTS
        ]
        output.addSeparator()
        for key, title in PERSON_EXPORTS:
            output.addAction(f"导出全部人员的{title}（Word）…", self._exporter(key))
        output.addAction(
            "导出本年发展党员工作台账（Excel）…", lambda: self.export("development-ledger")
        )
        output.addSeparator()
        output.addAction("本年发展党员指标…", self.set_quota)
        ui.outputButton.setMenu(output)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_timeline())
        table.doubleClicked.connect(lambda *_: self.record_step())
        line.currentCellChanged.connect(lambda *_: self._show_detail())
        line.cellDoubleClicked.connect(lambda row, _column: self._open_timeline_row(row))
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(ui.searchEdit.setFocus)
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the people, the steps and two lines of detail, once there is room
            self._sized = True
            room = self.ui.splitter.height()
            self.ui.splitter.setSizes([room * 36 // 100, room * 48 // 100, room * 16 // 100])
        super().showEvent(event)

    # Reading

    def load(self) -> None:
        chosen = self._wanted or self.selected_person()
        today = self.context.today()
        with self.context.database.read() as session:
            rows = service.pipeline(session, today)
        self.model.set_rows(rows, today)
        late = sum(1 for r in rows if r.overdue(today))
        self.ui.messageLabel.setText(
            f"共{len(rows)}人"
            + (f"，<b style='color:#991b1b'>{late}人有步骤逾期</b>" if late else "")
            if rows
            else "还没有发展党员档案。点“新增”为递交入党申请书的人建立档案。"
        )
        self._select(chosen)

    def _refilter(self) -> None:
        chosen = self.selected_person()
        ui = self.ui
        self.model.set_filter(
            ui.searchEdit.text(), int(ui.stageCombo.currentData() or 0), ui.overdueCheck.isChecked()
        )
        self._select(chosen)

    def _select(self, person_id: int | None) -> None:
        self._wanted = None
        row = self.model.row_of(person_id) if person_id is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        table = self.ui.pipelineTable
        if row is not None:
            table.setCurrentIndex(self.model.index(row, 0))
            table.selectRow(row)
            table.scrollTo(self.model.index(row, 0))
        self._show_timeline()

    def show_item(self, item: int) -> None:
        """Show a person's file selected (a 首页 reminder double-clicked)."""
        self._wanted = item
        ui = self.ui
        for widget, clear in ((ui.searchEdit, ui.searchEdit.clear),
                              (ui.overdueCheck, lambda: ui.overdueCheck.setChecked(False)),
                              (ui.stageCombo, lambda: ui.stageCombo.setCurrentIndex(0))):  # fmt: skip
            widget.blockSignals(True)
            clear()
            widget.blockSignals(False)
        self.model.set_filter("", 0, False)
        self.load()

    def selected_person(self) -> int | None:
        index = self.ui.pipelineTable.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row()).person_id

    def _enable(self) -> None:
        for action in getattr(self, "person_actions", ()):
            action.setEnabled(self.selected_person() is not None)
        chosen = self.selected_person() is not None
        for button in (self.ui.editButton, self.ui.stepButton):
            button.setEnabled(chosen)
        self.ui.deleteButton.setEnabled(self.selected_record() is not None)

    def _show_timeline(self) -> None:
        person_id = self.selected_person()
        line = self.ui.timelineTable
        line.setRowCount(0)
        self.timeline = None
        if person_id is None:
            self.ui.personLabel.setText("")
            self.ui.detailView.setHtml("")
            self._enable()
            return
        with self.context.database.read() as session:
            self.timeline = found = service.timeline(session, person_id, self.context.today())
        person = found.person
        born = f"，{format_date(person.birth_date)}出生" if person.birth_date else ""
        roster = "，已在花名册中" if found.member_id is not None else ""
        missing = (
            f"　<span style='color:#92400e'>缺{len(found.missing_documents)}份材料</span>"
            if found.missing_documents
            else ""
        )
        self.ui.personLabel.setText(
            f"<b>{html.escape(person.name)}</b>（{person.sex.value if person.sex else ''}{born}"
            f"{roster}）　{found.stand.stage_name}{missing}"
        )
        line.setRowCount(len(found.rows))
        for index, row in enumerate(found.rows):
            self._fill_row(index, row)
        for column, widest in ((2, 120), (3, 130)):
            line.resizeColumnToContents(column)
            line.setColumnWidth(column, min(line.columnWidth(column), widest))
        # What wants attention first: a step with 提示, else the step due next.
        due = next_due(found.stand, self.context.today())
        current = next(
            (i for i, r in enumerate(found.rows) if r.findings),
            next((i for i, r in enumerate(found.rows) if due and r.step == due.step), 0),
        )
        line.setCurrentCell(current, 0)
        self._show_detail()

    def _fill_row(self, index: int, row: TimelineRow) -> None:
        line = self.ui.timelineTable
        recorded = row.record_id is not None
        day = format_date(row.date)
        if row.end_date and row.date and row.end_date != row.date:
            day += f"至{row.end_date:%m-%d}"
        findings = row.findings
        hint = "；".join(f.reason for f in findings)
        due = self._due_of(row) if not recorded else None
        if due is not None:
            hint = due_words(due, self.context.today())
        values = (row.step.label, day if recorded else "未登记", "、".join(row.people),
                  row.meeting, _documents_text(row), hint)  # fmt: skip
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(ID_ROLE, index)
            if due is not None and column == len(values) - 1:
                late = due.overdue(self.context.today())
                item.setForeground(ERROR_TEXT if late else WARNING_TEXT)
                if due.rule is not None:
                    item.setToolTip(f"{hint}\n依据：{due.rule.citation}")
            elif not recorded:
                item.setForeground(QUIET)
            elif column == len(values) - 1 and findings:
                errors = any(f.severity is Severity.ERROR for f in findings)
                item.setForeground(ERROR_TEXT if errors else WARNING_TEXT)
            elif column == 4 and "缺：" in value:
                item.setForeground(WARNING_TEXT)
            if column == len(values) - 1 and findings:
                item.setToolTip("\n".join(f"{f.line}\n依据：{f.citation}" for f in findings))
            elif value and not item.toolTip():
                item.setToolTip(value)  # a narrow column elides it
            line.setItem(index, column, item)

    def _due_of(self, row: TimelineRow) -> Due | None:
        if self.timeline is None:
            return None
        return next((d for d in self.timeline.stand.dues if d.step.code == row.step.code), None)

    def selected_row(self) -> TimelineRow | None:
        if self.timeline is None:
            return None
        index = self.ui.timelineTable.currentRow()
        return self.timeline.rows[index] if 0 <= index < len(self.timeline.rows) else None

    def selected_record(self) -> TimelineRow | None:
        row = self.selected_row()
        return row if row is not None and row.record_id is not None else None

    def _show_detail(self) -> None:
        """The selected step in full: its findings each with the rule's 依据, the vote, the
        conclusion and notes, the documents on file and missing."""
        self._enable()
        row = self.selected_row()
        if row is None:
            self.ui.detailView.setHtml("")
            return
        if row.record_id is None:
            documents = "、".join(row.step.documents) or "无"
            self.ui.detailView.setHtml(
                f"<b>{row.step.label}</b>　尚未登记（应有材料：{html.escape(documents)}）"
                "　双击或点“登记步骤”登记"
            )
            return
        facts = [f"<b>{row.step.label}</b>　{format_date(row.date)}"]
        if row.vote:
            facts.append(f"表决：{html.escape(row.vote)}")
        if row.conclusion:
            facts.append(f"结论：{html.escape(row.conclusion)}")
        if row.notes:
            facts.append(f"备注：{html.escape(row.notes)}")
        unfiled = [d.name for d in row.documents if not d.on_file]
        if unfiled:
            facts.append("未归档：" + html.escape("、".join(unfiled)))
        findings = "".join(_finding_html(f) for f in row.findings)
        listed = f'<ul style="margin:0 0 0 -20px">{findings}</ul>' if findings else ""
        self.ui.detailView.setHtml("　".join(facts) + listed)

    # Doing

    def _changed(self, message: str, person_id: int | None = None) -> None:
        self._wanted = person_id or self.selected_person()
        self.load()
        self.ui.messageLabel.setText(html.escape(message))
        self.data_changed.emit()

    def new_item(self) -> None:
        """Ctrl+N: a new file."""
        dialog = PersonDialog(self.context, None, self)
        if dialog.exec():
            self._changed(dialog.saved_text, dialog.person_id)

    def edit_person(self) -> None:
        person_id = self.selected_person()
        if person_id is None:
            return
        dialog = PersonDialog(self.context, person_id, self)
        if dialog.exec():
            self._changed(dialog.saved_text, person_id)

    def record_step(self, step_code: str | None = None, record: TimelineRow | None = None) -> None:
        person_id = self.selected_person()
        if person_id is None:
            return
        dialog = StepDialog(self.context, person_id, step_code, record, self)
        if dialog.exec():
            self._changed(dialog.saved_text, person_id)

    def _open_timeline_row(self, index: int) -> None:
        if self.timeline is None or not 0 <= index < len(self.timeline.rows):
            return
        row = self.timeline.rows[index]
        if row.record_id is not None:
            self.record_step(record=row)
        else:
            self.record_step(row.step.code)

    def delete_step(self) -> None:
        row = self.selected_record()
        person_id = self.selected_person()
        if row is None or row.record_id is None or self.timeline is None:
            return
        name = self.timeline.person.name
        what = f"{name}的{row.step.label}（{format_date(row.date)}）"
        note = (
            "\n花名册中的记录不随之删除，如需更正请在花名册中办理。"
            if row.step.code in ("approval", "confirmation_approval")
            else ""
        )
        answer = QMessageBox.question(
            self, "删除步骤记录", f"删除{what}这条记录？删除后不能恢复，操作日志会留下记载。{note}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id = row.record_id
        if self.run_operation(lambda session: service.delete_record(session, record_id)):
            self._changed(f"已删除{what}", person_id)

    def adjust_steps(self) -> None:
        dialog = StepsDialog(self.context, self)
        dialog.exec()
        if dialog.changed:
            self._changed("已修改步骤设置")

    def _exporter(self, key: str, *, selected: bool = False) -> Callable[[], None]:
        return lambda: self.export(key, selected)

    def export(self, key: str, selected: bool = False) -> None:
        """A declared export for the year: the selected person's file, or everyone's."""
        scope = ExportScope(self.context.today(), self.context.today().year)
        if selected:
            person_id = self.selected_person()
            if person_id is None or self.timeline is None:
                return
            scope = replace(scope, person=PersonRef(person_id, self.timeline.person.name))
        export_declared(self, self.context, key, scope)

    def set_quota(self) -> None:
        """The township's 发展指标 for this year (0 where none was set)."""
        year = self.context.today().year
        with self.context.database.read() as session:
            current = files.quota(session, year) or 0
        count, ok = QInputDialog.getInt(
            self, "发展党员指标", f"乡镇党委下达的{year}年发展党员指标（名；未下达填0）：",
            current, 0, files.QUOTA_MAXIMUM,
        )  # fmt: skip
        if not ok or count == current:
            return
        if self.run_operation(lambda session: files.set_quota(session, year, count or None)):
            told = f"{year}年发展党员指标{count}名" if count else f"{year}年未下达发展指标"
            self._changed(f"已记录：{told}")


register_page(DevelopmentPage)
