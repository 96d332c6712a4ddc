"""组织生活: the year's records as a list, a matrix of what the rules require, and a calendar."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import ORGANISATIONAL_LIFE, ActivityKind
from dangwu_desktop.core.periods import period_dates
from dangwu_desktop.core.schedule import CellStatus, ScheduleRow
from dangwu_desktop.core.services import Operation
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.core.services.talks import (
    TALK_CITATION,
    PairCoverage,
    Person,
    TalkCoverage,
    talk_coverage,
)
from dangwu_desktop.io.record_html import records_html
from dangwu_desktop.io.record_text import absent_text
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from dangwu_desktop.ui.dialogs.appraisal_dialog import AppraisalDialog
from dangwu_desktop.ui.dialogs.plan_dialog import PlanDialog
from dangwu_desktop.ui.exports import FILTERS, branch_name, export_declared, export_interactively
from dangwu_desktop.ui.forms.ui_activities_page import Ui_ActivitiesPage
from dangwu_desktop.ui.pages import Page, drop_down, register_page
from dangwu_desktop.ui.printing import preview_html

AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {
    CellStatus.HELD: "#d1f2d9",
    CellStatus.MISSING: "#f8c9c4",
    CellStatus.DUE: "#fde7b0",
    CellStatus.NOT_DUE: "#f1f1f1",
}
# The text on those pastels: dark even when Windows 11's dark mode makes Qt's default text light.
PASTEL_TEXT = QColor("#1f2937")
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole


class ActivityListModel(QAbstractTableModel):
    HEADERS = (
        "日期",
        "类别",
        "主题 / 议题",
        "党小组",
        "地点",
        "主持人",
        "应到",
        "实到",
        "缺席人员及原因",
        "录入",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[service.RecordSheet] = []

    def set_rows(self, rows: list[service.RecordSheet]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 9 and row.late_entry:
            return QBrush(QColor("#b45309"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return "\n".join(row.topics)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1 and row.year_note:
            return f"所属年度：{row.belongs_to_year}年度，计入该年度的完成情况和报表"
        return None

    @staticmethod
    def _text(row: service.RecordSheet, column: int) -> str:
        subject = row.subject
        values = (
            format_date(row.date),
            row.kind.value + row.year_note,
            subject,
            row.group_name,
            row.place,
            row.host,
            str(row.expected),
            str(len(row.present)),
            absent_text(row),
            ("补录 " if row.late_entry else "") + row.entered_at.strftime("%Y-%m-%d"),
        )
        return values[column]


def _talk_cells(kind: str, pair: PairCoverage) -> tuple[str, ...]:
    """情况, 类别, the two people (a 委员 with the seat held), and the days they talked."""
    other = _named(pair.second) if pair.second else "（尚无委员与其谈话）"
    days = "、".join(format_date(day) for day in pair.dates)
    return ("已谈" if pair.covered else "未谈", kind, _named(pair.first), other, days)


def _named(person: Person) -> str:
    return f"{person.name}（{person.post}）" if person.post else person.name


class Scope(Enum):
    """Which records a print or an export covers."""

    SELECTED = "所选记录"
    MONTH = "某月"
    YEAR = "全年"


class ActivitiesPage(Page):
    NAME = "activities"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ActivitiesPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = ActivityListModel(self)
        ui.table.setModel(self.model)
        ui.table.verticalHeader().setVisible(False)
        for column, width in enumerate((92, 170, 240, 90, 150, 70, 44, 44, 200, 100)):
            ui.table.setColumnWidth(column, width)
        ui.kindFilter.addItem("全部类别", None)
        for kind in ORGANISATIONAL_LIFE:
            ui.kindFilter.addItem(kind.value, kind.value)
        new_menu = QMenu(self)
        for kind in ORGANISATIONAL_LIFE:
            new_menu.addAction(kind.value, lambda k=kind: self.new_record(k))
        ui.newButton.setMenu(new_menu)
        ui.outputButton.setMenu(self._output_menu())
        ui.appraisalButton.clicked.connect(self.appraise)
        ui.planButton.clicked.connect(lambda: PlanDialog(self.context, self).exec())
        ui.yearCombo.currentIndexChanged.connect(self._reload)
        ui.kindFilter.currentIndexChanged.connect(self._reload)
        ui.binCheck.toggled.connect(self._reload)
        ui.editButton.clicked.connect(self.open_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.table.doubleClicked.connect(
            lambda index: self.open_record(self.model.rows[index.row()].activity_id)
        )
        ui.calendar.selectionChanged.connect(self._show_day)
        ui.dayList.itemDoubleClicked.connect(
            lambda item: self.open_record(int(item.data(ACTIVITY_ROLE)))
        )
        # A table cell's bgcolor: a QLabel's rich text ignores a span's background.
        ui.scheduleLegend.setText(
            "<table cellspacing='4'><tr>"
            + "".join(
                f"<td bgcolor='{colour}' width='24'>&nbsp;</td><td>{status.value}&nbsp;</td>"
                for status, colour in STATUS_COLOURS.items()
            )
            + "<td>（鼠标停在格子上可看依据和开展日期）</td></tr></table>"
        )

    def year(self) -> int:
        value = self.ui.yearCombo.currentData()
        return int(value) if value else self.context.today().year

    def load(self) -> None:
        today = self.context.today()
        current = self.ui.yearCombo.currentData() or today.year
        combo = self.ui.yearCombo
        combo.blockSignals(True)
        combo.clear()
        for year in range(today.year, today.year - 6, -1):
            combo.addItem(f"{year}年", year)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self._reload()

    def _reload(self) -> None:
        year, today, in_bin = self.year(), self.context.today(), self.ui.binCheck.isChecked()
        kind = self.ui.kindFilter.currentData()
        with self.context.database.read() as session:
            rows = service.list_activities(
                session,
                year,
                kinds=[ActivityKind(kind)] if kind else ORGANISATIONAL_LIFE,
                deleted=in_bin,
            )
            schedule = service.schedule_for_year(session, year, today)
            talks = talk_coverage(session, year)
        self.model.set_rows(rows)
        self._show_schedule(schedule, year)
        self._show_talks(talks)
        self._mark_calendar(rows, year)
        self.ui.deleteButton.setVisible(not in_bin)
        self.ui.newButton.setEnabled(not in_bin)
        self.ui.restoreButton.setVisible(in_bin)
        missing = sum(row.missing for row in schedule)
        where = "回收站中" if in_bin else f"{year}年"
        # The 首页 counts a year's records by 所属年度: say which of these count for another year.
        elsewhere = Counter(row.belongs_to_year for row in rows if row.year_note)
        other_years = "".join(
            f"（其中{count}条计入{other}年度）" for other, count in sorted(elsewhere.items())
        )
        self.ui.summaryLabel.setText(
            f"{where}共{len(rows)}条记录{'' if in_bin else other_years}"
            + ("" if in_bin else f"；按规定应开展而未开展的有{missing}项（见“年度完成情况”）")
        )

    # The matrix

    def _show_schedule(self, schedule: list[ScheduleRow], year: int) -> None:
        table = self.ui.scheduleTable
        table.clear()
        table.setRowCount(len(schedule))
        table.setColumnCount(12)
        table.setHorizontalHeaderLabels([f"{month}月" for month in range(1, 13)])
        table.setVerticalHeaderLabels([row.label for row in schedule])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for index, row in enumerate(schedule):
            table.verticalHeaderItem(index).setToolTip(row.requirement.citation)
            for cell in row.cells:
                column = cell.first_month - 1
                span = cell.last_month - cell.first_month + 1
                if span > 1:
                    table.setSpan(index, column, 1, span)
                text = (
                    cell.status.value
                    if not cell.dates
                    # a year's 组织生活会 held the next January names its year
                    else "、".join(
                        f"{d.month}/{d.day}" if d.year == year else f"{d.year}/{d.month}/{d.day}"
                        for d in cell.dates
                    )
                )
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QColor(STATUS_COLOURS[cell.status]))
                item.setForeground(PASTEL_TEXT)
                held = "、".join(format_date(d) for d in cell.dates) or "无"
                item.setToolTip(
                    f"{row.label}：{cell.status.value}\n开展日期：{held}\n依据：{row.requirement.citation}"
                )
                table.setItem(index, column, item)

    # 谈心谈话 coverage

    TALK_HEADERS = ("情况", "类别", "谈话一方", "谈话另一方", "谈话日期")

    def _show_talks(self, coverage: TalkCoverage) -> None:
        """Every pair of 委员 and every member, those not yet talked with first."""
        ui = self.ui
        ui.talksSummary.setText(coverage.summary)
        ui.talksSummary.setToolTip(TALK_CITATION)
        rows = [("委员之间", pair) for pair in coverage.committee_pairs]
        rows += [("委员与党员", pair) for pair in coverage.member_talks]
        rows.sort(key=lambda row: row[1].covered)
        table = ui.talksTable
        table.clear()
        table.setColumnCount(len(self.TALK_HEADERS))
        table.setHorizontalHeaderLabels(self.TALK_HEADERS)
        table.setRowCount(len(rows))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for index, (kind, pair) in enumerate(rows):
            for column, text in enumerate(_talk_cells(kind, pair)):
                item = QTableWidgetItem(text)
                if column == 0:
                    status = CellStatus.HELD if pair.covered else CellStatus.MISSING
                    item.setBackground(QColor(STATUS_COLOURS[status]))
                    item.setForeground(PASTEL_TEXT)
                table.setItem(index, column, item)
        for column, width in enumerate((70, 100, 170, 190)):
            table.setColumnWidth(column, width)

    # The calendar

    def _mark_calendar(self, rows: list[service.RecordSheet], year: int) -> None:
        calendar = self.ui.calendar
        calendar.setDateTextFormat(QDate(), QTextCharFormat())
        marked = QTextCharFormat()
        marked.setBackground(QColor("#f8d7d3"))
        marked.setForeground(PASTEL_TEXT)
        marked.setFontWeight(700)
        self._by_day: dict[date, list[service.RecordSheet]] = {}
        for row in rows:
            self._by_day.setdefault(row.date, []).append(row)
            calendar.setDateTextFormat(QDate(row.date.year, row.date.month, row.date.day), marked)
        today = self.context.today()
        shown = today if today.year == year else date(year, 12, 1)
        calendar.setCurrentPage(shown.year, shown.month)
        self._show_day()

    def _show_day(self) -> None:
        selected = self.ui.calendar.selectedDate()
        day = date(selected.year(), selected.month(), selected.day())
        records = getattr(self, "_by_day", {}).get(day, [])
        self.ui.dayLabel.setText(f"{format_date(day)}：{len(records)}条记录（双击打开）")
        self.ui.dayList.clear()
        for row in records:
            item = QListWidgetItem(f"{row.kind.value}　{row.subject[:30]}")
            item.setData(ACTIVITY_ROLE, row.activity_id)
            self.ui.dayList.addItem(item)

    def appraise(self) -> None:
        if AppraisalDialog(self.context, self).exec():
            self.data_changed.emit()

    # Printing and exports

    def _output_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction("打印所选记录…", lambda: self.print_records(Scope.SELECTED))
        menu.addAction("打印某月全部记录…", lambda: self.print_records(Scope.MONTH))
        menu.addAction("打印本年全部记录…", lambda: self.print_records(Scope.YEAR))
        menu.addSeparator()
        menu.addAction("所选记录导出为Word…", lambda: self.export_word(Scope.SELECTED))
        menu.addAction("某月全部记录导出为Word…", lambda: self.export_word(Scope.MONTH))
        menu.addAction("本年全部记录导出为Word…", lambda: self.export_word(Scope.YEAR))
        menu.addAction("所选记录生成会议报备单（Word）…", self.export_slip)
        menu.addSeparator()
        menu.addAction("导出“三会一课”台账（Excel）…", self.export_ledger)
        menu.addAction("导出“三会一课”动态登记月报（Excel）…", self.export_monthly)
        menu.addAction("导出民主评议党员结果（Excel）…", self.export_appraisal)
        return menu

    def ask_month(self, title: str) -> int | None:
        today = self.context.today()
        months = [f"{month}月" for month in range(1, 13)]
        default = today.month - 1 if today.year == self.year() else 11
        chosen, ok = QInputDialog.getItem(
            self, title, f"{self.year()}年哪个月？", months, default, False
        )
        return months.index(chosen) + 1 if ok else None

    def chosen_records(self, scope: Scope, month: int | None = None) -> list[service.RecordSheet]:
        """The selected record, a month's or the year's records, under the current kind filter."""
        year, kind = self.year(), self.ui.kindFilter.currentData()
        kinds = [ActivityKind(kind)] if kind else ORGANISATIONAL_LIFE
        first, last = (date(year, 1, 1), date(year, 12, 31))
        if scope is Scope.MONTH and month is not None:
            first, last = period_dates(year, month, month)
        with self.context.database.read() as session:
            if scope is Scope.SELECTED:  # from the list shown, which has the year's own records too
                shown = service.list_activities(session, year, kinds=kinds)
                return [r for r in shown if r.activity_id == self.selected_id()]
            return service.record_sheets(session, first, last, kinds=kinds)

    def _records_for(
        self, scope: Scope, title: str
    ) -> tuple[list[service.RecordSheet], str] | None:
        """Ask for the month if needed; None (after saying why) when there is nothing to output."""
        month = self.ask_month(title) if scope is Scope.MONTH else None
        if scope is Scope.MONTH and month is None:
            return None
        records = self.chosen_records(scope, month)
        if not records:
            message = {
                Scope.SELECTED: "请先在“记录列表”中选中一条记录。",
                Scope.MONTH: f"{self.year()}年{month}月没有记录。",
                Scope.YEAR: f"{self.year()}年没有记录。",
            }[scope]
            QMessageBox.information(self, "没有可输出的记录", message)
            return None
        label = {
            Scope.SELECTED: f"{records[0].date:%Y%m%d}{records[0].heading}记录",
            Scope.MONTH: f"{self.year()}年{month}月组织生活记录",
            Scope.YEAR: f"{self.year()}年组织生活记录",
        }[scope]
        return records, label

    def print_records(self, scope: Scope) -> None:
        chosen = self._records_for(scope, "打印")
        if chosen is None:
            return
        records, label = chosen
        preview_html(
            self, f"打印预览 — {label}", records_html(records, branch_name(self.context))
        ).exec()

    def export_word(self, scope: Scope) -> None:
        chosen = self._records_for(scope, "导出Word")
        if chosen is None:
            return
        (records, label), name = chosen, branch_name(self.context)
        export_declared(
            self,
            self.context,
            "meeting-records",
            ExportScope(self.context.today(), self.year()),
            records,
            file_name=f"{name}{label}.docx",
        )

    def export_slip(self) -> None:
        from dangwu_desktop.io.plan_forms import export_report_slip

        chosen = self._records_for(Scope.SELECTED, "会议报备单")
        if chosen is None:
            return
        record, name, today = chosen[0][0], branch_name(self.context), self.context.today()
        export_interactively(
            self,
            self.context,
            "生成会议报备单",
            f"{name}{record.date:%Y%m%d}{record.heading}报备单.docx",
            lambda target: export_report_slip(target, record, name, today),
            "已生成会议报备单：",
            FILTERS[".docx"],
        )

    def export_ledger(self) -> None:
        records = self.chosen_records(Scope.YEAR)  # under the current kind filter
        scope = ExportScope(self.context.today(), self.year())
        export_declared(self, self.context, "meeting-ledger", scope, records)

    def export_monthly(self) -> None:
        month = self.ask_month("动态登记月报")
        if month is None:
            return
        scope = ExportScope(self.context.today(), self.year(), month=month)
        export_declared(self, self.context, "monthly-return", scope)

    def export_appraisal(self) -> None:
        scope = ExportScope(self.context.today(), self.year())
        export_declared(self, self.context, "appraisal-results", scope)

    # Actions

    def selected_id(self) -> int | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].activity_id if rows else None

    def new_item(self) -> None:
        """Ctrl+N: the 新建 menu of kinds, to choose from with the arrow keys."""
        drop_down(self.ui.newButton)

    def print_selection(self) -> None:
        self.print_records(Scope.SELECTED)

    def new_record(self, kind: ActivityKind) -> None:
        dialog = ActivityDialog(self.context, None, kind, self)
        if dialog.exec():
            self._changed()
            self.select_record(dialog.saved_id)

    def select_record(self, activity_id: int | None) -> None:
        """Select a record in the list (after it was made, so that Ctrl+P prints it)."""
        row = next((i for i, r in enumerate(self.model.rows) if r.activity_id == activity_id), None)
        if row is not None:
            views = self.ui.views
            views.setCurrentIndex(
                next(
                    i
                    for i in range(views.count())
                    if (page := views.widget(i)) and page.isAncestorOf(self.ui.table)
                )
            )
            self.ui.table.selectRow(row)
            self.ui.table.scrollTo(self.model.index(row, 0))
            self.ui.table.setFocus()  # the keyboard stays on the record: Ctrl+P, arrows, Enter

    def open_selected(self) -> None:
        activity_id = self.selected_id()
        if activity_id is not None:
            self.open_record(activity_id)

    def open_record(self, activity_id: int) -> None:
        if self.ui.binCheck.isChecked():
            return  # a deleted record is restored first, then opened
        dialog = ActivityDialog(self.context, activity_id, parent=self)
        if dialog.exec():
            self._changed()

    def delete_selected(self) -> None:
        activity_id = self.selected_id()
        if activity_id is None:
            return
        row = next(r for r in self.model.rows if r.activity_id == activity_id)
        answer = QMessageBox.question(
            self,
            "删除记录",
            f"把{format_date(row.date)}的{row.kind.value}记录移到回收站吗？\n以后可以在回收站中恢复。",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda session: service.delete_activity(session, activity_id, datetime.now()))

    def restore_selected(self) -> None:
        activity_id = self.selected_id()
        if activity_id is not None:
            self._run(lambda session: service.restore_activity(session, activity_id))

    def _run(self, operation: Operation) -> None:
        if self.run_operation(operation):
            self._changed()

    def _changed(self) -> None:
        self._reload()
        self.data_changed.emit()


register_page(ActivitiesPage)
