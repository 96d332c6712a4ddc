"""季度计划: plan a quarter's meetings, suggested from the rules, and export the 报备表."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.glossary import ActivityKind
from dangwu_desktop.core.periods import QUARTER_NAMES, YearPeriod, quarter_bounds, quarter_of
from dangwu_desktop.core.services import ServiceError, plans
from dangwu_desktop.core.services import activities as activity_service
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.io.record_html import sign_in_html
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import DateField, first_invalid
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    GuardedDialog,
    message_html,
    select_quietly,
    settle_unsaved,
    show_refusal,
)
from dangwu_desktop.ui.exports import export_declared
from dangwu_desktop.ui.forms.ui_plan_dialog import Ui_PlanDialog
from dangwu_desktop.ui.printing import preview_html

KIND, GROUP, DAY, TOPIC, PLACE, HOST = range(6)


class PlanDialog(GuardedDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        ui, today = self.ui, context.today()
        for year in (today.year + 1, today.year, today.year - 1):
            ui.yearCombo.addItem(f"{year}年", year)
        ui.yearCombo.setCurrentIndex(1)
        for quarter, name in enumerate(QUARTER_NAMES, start=1):
            ui.quarterCombo.addItem(name, quarter)
        ui.quarterCombo.setCurrentIndex(quarter_of(today.month) - 1)
        self._shown_period = self.period()
        with context.database.read() as session:
            self.groups = [(g.id, g.name) for g in branch_service.list_groups(session)]
        table = ui.planTable
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(
            ["活动类别", "党小组", "计划日期", "主题 / 议题", "地点", "负责人"]
        )
        table.horizontalHeader().setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KIND, 130), (GROUP, 110), (DAY, 120), (PLACE, 140), (HOST, 80)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(30)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.yearCombo.currentIndexChanged.connect(self._period_chosen)
        ui.quarterCombo.currentIndexChanged.connect(self._period_chosen)
        ui.suggestButton.clicked.connect(self.suggest)
        ui.addButton.clicked.connect(
            lambda: self._append(plans.PlanItem(ActivityKind.THEME_DAY, self._quarter_start()))
        )
        ui.removeButton.clicked.connect(self._remove)
        ui.exportButton.clicked.connect(self.export)
        ui.signInButton.clicked.connect(self.print_sign_in)
        self.load()

    def period(self) -> tuple[int, int]:
        return int(self.ui.yearCombo.currentData()), int(self.ui.quarterCombo.currentData())

    def _quarter_start(self) -> date:
        return quarter_bounds(*self.period())[0]

    def load(self) -> None:
        with self.context.database.read() as session:
            items = plans.load_plan(session, *self.period())
        self._shown_period = self.period()
        self._show(items)
        self.mark_saved()

    def _period_chosen(self) -> None:
        """Another quarter: the plan typed for the one shown is saved, dropped or kept, as asked."""
        if self.period() == self._shown_period:
            return
        shown = self._shown_period
        year, quarter = shown
        question = f"{YearPeriod(year, quarter).title}的计划尚未保存。要保存吗？"
        if self.has_unsaved_changes() and not settle_unsaved(
            self, question, lambda: self._store(shown)
        ):
            select_quietly(self.ui.yearCombo, year)
            select_quietly(self.ui.quarterCombo, quarter)
            return
        self.load()

    def snapshot(self) -> object:
        # Rows with an unreadable date have no items yet; their typed text is compared instead.
        return self.items() if first_invalid(self._date_fields()) is None else None

    def save_before_closing(self) -> None:
        if self._store(self.period()):
            self.accept()

    def suggest(self) -> None:
        with self.context.database.read() as session:
            self._show(plans.suggest_plan(session, *self.period()))

    def _show(self, items: list[plans.PlanItem]) -> None:
        self.ui.planTable.setRowCount(0)
        for item in items:
            self._append(item)
        self.ui.errorLabel.setText("")

    def _append(self, item: plans.PlanItem) -> None:
        table = self.ui.planTable
        row = table.rowCount()
        table.insertRow(row)
        kind = QComboBox()
        kind.addItems([k.value for k in ActivityKind])
        kind.setCurrentText(item.kind.value)
        table.setCellWidget(row, KIND, kind)
        group = QComboBox()
        group.addItem("", None)
        for group_id, name in self.groups:
            group.addItem(name, group_id)
        group.setCurrentIndex(max(group.findData(item.group_id), 0))
        table.setCellWidget(row, GROUP, group)
        day = DateField()
        day.setAccessibleName("计划日期")  # named so in its error message
        day.setProperty("required", True)
        day.setToday(self.context.today())
        day.setDate(item.planned_date)
        day.errorChanged.connect(self._date_error)
        table.setCellWidget(row, DAY, day)
        for column, text in ((TOPIC, item.topic), (PLACE, item.place), (HOST, item.host)):
            table.setItem(row, column, QTableWidgetItem(text))

    def items(self) -> list[plans.PlanItem]:
        table = self.ui.planTable
        result = []
        for row in range(table.rowCount()):
            kind, group, day = (
                table.cellWidget(row, KIND),
                table.cellWidget(row, GROUP),
                table.cellWidget(row, DAY),
            )
            assert (
                isinstance(kind, QComboBox)
                and isinstance(group, QComboBox)
                and isinstance(day, DateField)
            )
            chosen = day.date()
            assert chosen is not None  # _store refuses unreadable dates first
            topic, place, host = (
                item.text() if (item := table.item(row, column)) else ""
                for column in (TOPIC, PLACE, HOST)
            )
            result.append(
                plans.PlanItem(
                    ActivityKind(kind.currentText()),
                    chosen,
                    topic,
                    place,
                    host,
                    group_id=group.currentData(),
                )
            )
        return result

    def _remove(self) -> None:
        for row in sorted(
            {index.row() for index in self.ui.planTable.selectedIndexes()}, reverse=True
        ):
            self.ui.planTable.removeRow(row)

    def _date_fields(self) -> list[DateField]:
        table = self.ui.planTable
        fields = (table.cellWidget(row, DAY) for row in range(table.rowCount()))
        return [field for field in fields if isinstance(field, DateField)]

    def _date_error(self, message: str) -> None:
        if message:
            self.ui.errorLabel.setText(message_html([message], ERROR_STYLE))

    def _store(self, period: tuple[int, int]) -> bool:
        unreadable = first_invalid(self._date_fields())
        if unreadable is not None:
            row = self._date_fields().index(unreadable) + 1
            message = f"无法保存。第{row}行{unreadable.error()}"
            self.ui.errorLabel.setText(message_html([message], ERROR_STYLE))
            unreadable.setFocus()
            return False
        try:
            with self.context.database.transaction() as session:
                plans.save_plan(session, *period, self.items())
        except ServiceError as exc:
            show_refusal(self.ui.errorLabel, exc)
            return False
        self.ui.errorLabel.setText("已保存。")
        self.mark_saved()
        return True

    def save(self) -> None:
        self._store(self.period())

    def export(self) -> None:
        if not self._store(self.period()):
            return
        (year, quarter), items = self.period(), self.items()
        scope = ExportScope(self.context.today(), year, quarter)
        gathered = (items, dict(self.groups))
        export_declared(self, self.context, "quarter-plan", scope, gathered)

    def print_sign_in(self) -> None:
        """A blank 签到表 for the selected planned activity, with the members due on its date."""
        row = self.ui.planTable.currentRow()
        if not 0 <= row < self.ui.planTable.rowCount():
            self.ui.errorLabel.setText(message_html(["请先在表中选择一项活动。"], ERROR_STYLE))
            return
        unreadable = first_invalid(self._date_fields())
        if unreadable is not None:
            self.ui.errorLabel.setText(message_html([unreadable.error()], ERROR_STYLE))
            unreadable.setFocus()
            return
        item = self.items()[row]
        with self.context.database.read() as session:
            sheet = activity_service.sign_in_sheet(
                session,
                item.kind,
                item.planned_date,
                item.group_id if item.kind is ActivityKind.GROUP else None,
                topic=item.topic,
                place=item.place,
                host=item.host,
            )
            info = branch_service.load_branch_info(session)
        html = sign_in_html(sheet, info.name if info else "")
        preview_html(self, f"打印签到表 — {sheet.heading}", html).exec()
