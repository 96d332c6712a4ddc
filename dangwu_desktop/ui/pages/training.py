"""学习培训: the sessions of the year, each member's hours against the requirement, and the
monthly collective study."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QMenu, QTableWidget, QTableWidgetItem, QWidget

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.glossary import TRAINING_FORMS, ActivityKind
from dangwu_desktop.core.rulebook import TRAINING_CITATION
from dangwu_desktop.core.schedule import CellStatus
from dangwu_desktop.core.services import training
from dangwu_desktop.core.services.activities import RecordSheet
from dangwu_desktop.core.services.settings import get_int
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ledgers.training.binder import ledger_html as training_ledger_html
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from dangwu_desktop.ui.dialogs.credit_dialog import CreditDialog
from dangwu_desktop.ui.exports import export_declared
from dangwu_desktop.ui.forms.ui_training_page import Ui_TrainingPage
from dangwu_desktop.ui.pages import Page, drop_down, register_page
from dangwu_desktop.ui.pages.activities import PASTEL_TEXT, STATUS_COLOURS
from dangwu_desktop.ui.printing import preview_html

ID_ROLE = Qt.ItemDataRole.UserRole
SHORT = QColor("#b91c1c")
SESSION_HEADER = ("日期", "形式", "学习内容", "主讲人 / 组织者", "学时", "应参加", "实参加")
HOURS_HEADER = (
    "姓名",
    "党小组",
    "身份",
    "要求",
    "集中学习",
    "外出学习",
    "合计",
    "到今天应有",
    "全年差额",
    "自学（不计入）",
)


class NumberItem(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, value: float) -> None:
        super().__init__(f"{value:g}")
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < other.value if isinstance(other, NumberItem) else super().__lt__(other)


class TrainingPage(Page):
    NAME = "training"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_TrainingPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.hours: list[training.MemberHours] = []
        _prepare(ui.sessionsTable, SESSION_HEADER, stretch=2)
        _prepare(ui.hoursTable, HOURS_HEADER, stretch=None)
        ui.hoursTable.horizontalHeader().setStretchLastSection(True)
        _prepare(ui.detailTable, SESSION_HEADER, stretch=2)
        ui.monthsTable.setColumnCount(12)
        ui.monthsTable.setRowCount(1)
        ui.monthsTable.setHorizontalHeaderLabels([f"{m}月" for m in range(1, 13)])
        ui.monthsTable.setVerticalHeaderLabels(["集中学习"])
        ui.monthsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        new_menu = QMenu(self)
        for kind in TRAINING_FORMS:
            new_menu.addAction(kind.value, lambda k=kind: self.new_session(k))
        ui.newButton.setMenu(new_menu)
        output = QMenu(self)
        output.addAction("打印预览教育培训台账…", self.print_ledger)
        output.addAction("导出教育培训台账（Excel）…", self.export_ledger)
        output.addAction("导出学时统计（Excel）…", self.export_hours)
        ui.outputButton.setMenu(output)
        ui.creditButton.clicked.connect(self.credit)
        ui.yearCombo.currentIndexChanged.connect(self._reload)
        ui.groupFilter.currentIndexChanged.connect(self._show_hours)
        ui.behindCheck.toggled.connect(self._show_hours)
        ui.sessionsTable.itemDoubleClicked.connect(
            lambda item: self.open_session(self._row_id(ui.sessionsTable, item.row()))
        )
        ui.detailTable.itemDoubleClicked.connect(
            lambda item: self.open_session(self._row_id(ui.detailTable, item.row()))
        )
        ui.hoursTable.itemDoubleClicked.connect(
            lambda item: self.show_member(self._row_id(ui.hoursTable, item.row()))
        )

    def year(self) -> int:
        value = self.ui.yearCombo.currentData()
        return int(value) if value else self.context.today().year

    def load(self) -> None:
        today = self.context.today()
        combo = self.ui.yearCombo
        current = combo.currentData() or today.year
        combo.blockSignals(True)
        combo.clear()
        for year in range(today.year, today.year - 6, -1):
            combo.addItem(f"{year}年", year)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self._reload()

    def _reload(self) -> None:
        year, today = self.year(), self.context.today()
        with self.context.database.read() as session:
            sessions = training.training_sessions(session, year)
            self.hours = training.member_hours(session, year, today)
            months = training.monthly_study(session, year, today)
            member_required = get_int(session, training.MEMBER_HOURS)
            cadre_required = get_int(session, training.CADRE_HOURS)
        _fill_sessions(self.ui.sessionsTable, sessions)
        groups = sorted({row.group_name for row in self.hours if row.group_name})
        combo = self.ui.groupFilter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("党小组：全部", None)
        for name in groups:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self.ui.ruleLabel.setText(
            f"要求：党员{member_required}学时，书记、委员{cadre_required}学时"
        )
        self.ui.ruleLabel.setToolTip(TRAINING_CITATION)
        self._show_hours()
        for index, month in enumerate(months):
            text = "、".join(f"{d.day}日" for d in month.dates) or month.status.value
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(QColor(STATUS_COLOURS[month.status]))
            item.setForeground(PASTEL_TEXT)
            item.setToolTip(
                f"{year}年{month.month}月：{month.status.value}（{training.MONTHLY_STUDY_RULE}）"
            )
            self.ui.monthsTable.setItem(0, index, item)
        missing = sum(m.status is CellStatus.MISSING for m in months)
        behind = sum(row.behind for row in self.hours)
        total = sum(s.study_hours or 0 for s in sessions)
        self.ui.summaryLabel.setText(
            f"{year}年学习{len(sessions)}次，共{total:g}学时；{behind}名党员学时低于到今天应有的进度；"
            f"{missing}个月没有集中学习"
        )

    def _show_hours(self) -> None:
        group, only_behind = self.ui.groupFilter.currentData(), self.ui.behindCheck.isChecked()
        rows = [
            row
            for row in self.hours
            if (group is None or row.group_name == group) and (not only_behind or row.behind)
        ]
        table = self.ui.hoursTable
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setData(ID_ROLE, row.member_id)
            cells = [name, QTableWidgetItem(row.group_name), QTableWidgetItem(row.role)]
            cells += [
                NumberItem(v)
                for v in (
                    row.required,
                    row.attended,
                    row.credited,
                    row.total,
                    row.expected_by_now,
                    row.shortfall,
                    row.self_study,
                )
            ]
            for column, shown in enumerate(cells):
                if row.behind:
                    shown.setForeground(SHORT)
                    shown.setToolTip(
                        f"到今天应有约{row.expected_by_now:g}学时，现有{row.total:g}学时。依据：{TRAINING_CITATION}"
                    )
                table.setItem(index, column, shown)
        table.setSortingEnabled(True)

    @staticmethod
    def _row_id(table: QTableWidget, row: int) -> int:
        return int(cell(table, row, 0).data(ID_ROLE))

    def show_member(self, member_id: int) -> None:
        year = self.year()
        with self.context.database.read() as session:
            attended = training.sessions_of_member(session, member_id, year)
            credits = training.credits_in_year(session, year, member_id)
        name = next(row.name for row in self.hours if row.member_id == member_id)
        credited = "；".join(
            f"{format_date(c.date)} {c.hours:g}学时（{c.source}）" for c in credits
        )
        self.ui.detailLabel.setText(
            f"{name}{year}年参加学习{len(attended)}次，{sum(s.study_hours or 0 for s in attended):g}学时"
            + (f"；外出学习：{credited}" if credited else "")
        )
        _fill_sessions(self.ui.detailTable, attended)

    def new_session(self, kind: ActivityKind) -> None:
        if ActivityDialog(self.context, None, kind, self).exec():
            self._reload()
            self.data_changed.emit()

    def open_session(self, activity_id: int) -> None:
        if ActivityDialog(self.context, activity_id, parent=self).exec():
            self._reload()
            self.data_changed.emit()

    def credit(self) -> None:
        if CreditDialog(self.context, self).exec():
            self._reload()
            self.data_changed.emit()

    def ledger_html(self) -> str:
        with self.context.database.read() as session:
            return training_ledger_html(session, self.year(), self.context.today())

    def new_item(self) -> None:
        """Ctrl+N: the 新建 menu of study forms, to choose from with the arrow keys."""
        drop_down(self.ui.newButton)

    def print_selection(self) -> None:
        self.print_ledger()

    def print_ledger(self) -> None:
        preview_html(self, "打印预览 — 教育培训台账", self.ledger_html(), landscape=True).exec()

    def export_ledger(self) -> None:
        scope = ExportScope(self.context.today(), self.year())
        export_declared(self, self.context, "training-ledger", scope)

    def export_hours(self) -> None:
        scope = ExportScope(self.context.today(), self.year())
        export_declared(self, self.context, "training-hours", scope)


def _prepare(table: QTableWidget, header: tuple[str, ...], stretch: int | None) -> None:
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.verticalHeader().setVisible(False)
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _fill_sessions(table: QTableWidget, sessions: list[RecordSheet]) -> None:
    """Newest first, as 组织生活 lists its records (the ledger prints oldest first, numbered)."""
    table.setRowCount(len(sessions))
    for row, item in enumerate(reversed(sessions)):
        first = QTableWidgetItem(format_date(item.date))
        first.setData(ID_ROLE, item.activity_id)
        cells = [
            first,
            QTableWidgetItem(item.kind.value),
            QTableWidgetItem(item.subject),
            QTableWidgetItem(item.teacher),
        ]
        cells += [
            NumberItem(item.study_hours or 0),
            NumberItem(item.expected),
            NumberItem(len(item.present)),
        ]
        for column, shown in enumerate(cells):
            table.setItem(row, column, shown)
    table.setColumnWidth(0, 96)
    table.setColumnWidth(1, 80)
    table.setColumnWidth(3, 160)


register_page(TrainingPage)
