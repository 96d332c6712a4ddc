"""花名册: the roster table with search, filters, and the member and movement dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMenu, QMessageBox, QWidget

from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus
from dangwu_desktop.core.roster import COLUMNS, DUE_FOR_CONFIRMATION, RosterFilter, load_roster
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.ledgers import ExportScope, PersonRef
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.excusal_dialog import ExcusalDialog
from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog
from dangwu_desktop.ui.dialogs.movement_dialog import MovementDialog
from dangwu_desktop.ui.exports import export_declared, export_roster_interactively
from dangwu_desktop.ui.forms.ui_roster_page import Ui_RosterPage
from dangwu_desktop.ui.pages import Page, register_page
from dangwu_desktop.ui.reflow import TwoRowsWhenNarrow
from dangwu_desktop.ui.roster_model import RosterTableModel
from dangwu_desktop.ui.year_choice import ask_year

ALL = "全部"
REGISTERS_TEXT = "导出年度登记表（新发展、转正、转入、转出）…"
RECORDS_TEXT = "导出党员日常管理记实表（一人一表）…"
HEADER_STATE_KEY = "roster/header"


class RosterPage(Page):
    NAME = "roster"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        self._toolbar = TwoRowsWhenNarrow(
            self, self.ui.toolLayout, self.ui.filterLayout, self.ui.actionLayout
        )
        self.model = RosterTableModel(self)
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(26)
        table.verticalHeader().setMinimumWidth(40)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._restore_columns()
        table.setSortingEnabled(True)
        header.sectionResized.connect(self._save_columns)
        header.sectionMoved.connect(self._save_columns)
        header.sortIndicatorChanged.connect(self._save_columns)
        self._fill_filters()
        self.model.set_filter(self.current_filter())
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._apply_filter)
        for combo in (ui.categoryFilter, ui.groupFilter, ui.statusFilter, ui.mobileFilter):
            combo.currentIndexChanged.connect(self._apply_filter)
        export_menu = QMenu(self)
        export_menu.addAction("导出花名册（全部在册党员）…", self.export_all)
        export_menu.addAction("导出当前列表（按当前查找和筛选）…", self.export_shown)
        export_menu.addSeparator()
        export_menu.addAction(REGISTERS_TEXT, self.export_registers)
        export_menu.addAction(RECORDS_TEXT, self.export_member_records)
        ui.exportButton.setMenu(export_menu)
        ui.importButton.clicked.connect(self.import_roster)
        ui.addButton.clicked.connect(self.add_member)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.movementButton.clicked.connect(self.register_movement)
        # The row's own menu: what is done to one member, with the decisions that are not
        # 变动 (the toolbar has no room left at 1280 px for another button).
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._member_menu)
        table.doubleClicked.connect(
            lambda index: self.edit_member(self.model.member_id(index.row()))
        )
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # Loading and filtering

    def load(self) -> None:
        with self.context.database.read() as session:
            rows = load_roster(session, self.context.today())
            groups = [g.name for g in branch_service.list_groups(session)]
        self._set_group_choices(groups)
        self.model.set_rows(rows)
        self._update_counts()

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.categoryFilter.addItem("类别：全部", None)
        for category in MemberCategory:
            ui.categoryFilter.addItem(category.value, category)
        ui.categoryFilter.addItem(DUE_FOR_CONFIRMATION, DUE_FOR_CONFIRMATION)
        ui.statusFilter.addItem("状态：全部", None)
        for status in MembershipStatus:
            ui.statusFilter.addItem(status.value, status)
        ui.statusFilter.setCurrentIndex(ui.statusFilter.findData(MembershipStatus.ACTIVE))
        ui.mobileFilter.addItem("流动：全部", None)
        ui.mobileFilter.addItem("流动党员", True)
        ui.mobileFilter.addItem("非流动党员", False)
        ui.groupFilter.addItem("小组：全部", None)

    def _set_group_choices(self, groups: list[str]) -> None:
        combo = self.ui.groupFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("小组：全部", None)
        for name in groups:
            combo.addItem(name, name)
        combo.addItem("（未分组）", "")
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> RosterFilter:
        # Combo data comes back from Qt as plain str: turn it back into the enums.
        ui = self.ui
        category = ui.categoryFilter.currentData()
        status = ui.statusFilter.currentData()
        return RosterFilter(
            text=ui.searchEdit.text(),
            category=MemberCategory(category) if category in set(MemberCategory) else None,
            due_for_confirmation_only=category == DUE_FOR_CONFIRMATION,
            group_name=ui.groupFilter.currentData(),
            status=MembershipStatus(status) if status else None,
            mobile=ui.mobileFilter.currentData(),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_counts()

    def _update_counts(self) -> None:
        counts = self.model.visible_counts()
        due = (
            f"（其中待转正{counts.due_for_confirmation}人）" if counts.due_for_confirmation else ""
        )
        self.ui.countsLabel.setText(
            f"正式党员 {counts.full} 人　预备党员 {counts.probationary} 人{due}　"
            f"流动党员 {counts.mobile} 人　总数 {counts.total} 人"
        )

    # Columns: which are shown and how wide, remembered between sessions

    def _restore_columns(self) -> None:
        header = self.ui.table.horizontalHeader()
        state = self.context.settings.value(HEADER_STATE_KEY)
        if state is not None and header.restoreState(state):
            return
        for index, column in enumerate(COLUMNS):
            header.resizeSection(index, column.width)
            header.setSectionHidden(index, column.hidden_by_default)

    def _save_columns(self) -> None:
        header = self.ui.table.horizontalHeader()
        self.context.settings.setValue(HEADER_STATE_KEY, header.saveState())

    def _column_menu(self, position: QPoint) -> None:
        header = self.ui.table.horizontalHeader()
        menu = QMenu(self)
        menu.addSection("显示的列")
        for index, column in enumerate(COLUMNS):
            action = QAction(column.title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda shown, i=index: self.set_column_shown(i, shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    def set_column_shown(self, index: int, shown: bool) -> None:
        self.ui.table.horizontalHeader().setSectionHidden(index, not shown)
        self._save_columns()

    # Actions

    def selected_member_id(self) -> int | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.member_id(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        selected = self.selected_member_id() is not None
        self.ui.editButton.setEnabled(selected)
        self.ui.movementButton.setEnabled(selected)

    def new_item(self) -> None:
        self.add_member()

    def add_member(self) -> None:
        dialog = MemberDialog(self.context, None, self)
        dialog.exec()
        self._after_dialog(dialog.changed, dialog.saved_member_id)

    def edit_selected(self) -> None:
        member_id = self.selected_member_id()
        if member_id is not None:
            self.edit_member(member_id)

    def edit_member(self, member_id: int) -> None:
        dialog = MemberDialog(self.context, member_id, self)
        dialog.exec()
        self._after_dialog(dialog.changed, member_id)

    def register_movement(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            return
        dialog = MovementDialog(self.context, member_id, self)
        self._after_dialog(bool(dialog.exec()), member_id)

    def _member_menu(self, position: QPoint) -> None:
        if self.selected_member_id() is None:
            return
        self.member_menu().exec(self.ui.table.viewport().mapToGlobal(position))

    def member_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction("编辑…", self.edit_selected)
        menu.addAction("登记变动…", self.register_movement)
        menu.addAction("党员大会不计应到…", self.register_excusal)
        menu.addAction("导出本人的党员日常管理记实表…", self.export_selected_record)
        return menu

    def register_excusal(self) -> None:
        """The branch's decision that the member is not counted at a 党员大会 (or has no vote)."""
        member_id = self.selected_member_id()
        if member_id is None:
            return
        dialog = ExcusalDialog(self.context, member_id, self)
        dialog.exec()
        if dialog.changed:
            self.data_changed.emit()

    def _after_dialog(self, changed: bool, member_id: int | None) -> None:
        if not changed or member_id is None:
            return
        with self.context.database.read() as session:
            rows = load_roster(session, self.context.today(), [member_id])
        for row in rows:
            self.model.put_row(row)
        self._update_counts()
        self.data_changed.emit()
        self.show_member(member_id)

    def import_roster(self) -> None:
        from dangwu_desktop.ui.dialogs.import_wizard import ImportWizard  # loaded when used

        wizard = ImportWizard(self.context, self)
        if wizard.exec() and wizard.imported is not None:
            result = wizard.imported
            self.load()
            self.data_changed.emit()
            QMessageBox.information(
                self,
                "导入完成",
                f"已新增{result.added}人到花名册，更新{result.updated}人，跳过已在花名册中的{result.skipped}人。",
            )

    def export_all(self) -> None:
        export_roster_interactively(self, self.context, None)

    def export_shown(self) -> None:
        export_roster_interactively(self, self.context, self.model.visible_rows())

    def export_registers(self) -> None:
        """One of the year's registers (registers ledger): which one, then which year."""
        from dangwu_desktop.ledgers import ExportScope, export_named
        from dangwu_desktop.ledgers.registers import REGISTER_KEYS

        titles = [export_named(key).title for key in REGISTER_KEYS]
        chosen, accepted = QInputDialog.getItem(
            self, "导出年度登记表", "导出哪一种登记表：", titles, 0, False
        )
        if not accepted:
            return
        today = self.context.today()
        year = ask_year(self, chosen, f"导出哪一年的{chosen}：", today)
        if year is not None:
            key = REGISTER_KEYS[titles.index(chosen)]
            export_declared(self, self.context, key, ExportScope(today, year))

    def export_member_records(self) -> None:
        """Every member's 记实表 of a year, one after another in one Word file."""
        self._export_records(None)

    def export_selected_record(self) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        if rows:
            member = self.model.roster_row(rows[0].row())
            self._export_records(PersonRef(member.member_id, member.name))

    def _export_records(self, person: PersonRef | None) -> None:
        today = self.context.today()
        who = person.name if person is not None else "全体在册党员"
        year = ask_year(self, "党员日常管理记实表", f"导出{who}哪一年的记实表：", today)
        if year is not None:
            scope = ExportScope(today, year, person=person)
            export_declared(self, self.context, "member-records", scope)

    def show_member(self, member_id: int) -> None:
        """Select a member's row, widening the filter if it hides them."""
        row = self.model.row_of_member(member_id)
        if row is None:
            self.ui.searchEdit.clear()
            for combo in (self.ui.categoryFilter, self.ui.groupFilter, self.ui.mobileFilter):
                combo.setCurrentIndex(0)
            self.ui.statusFilter.setCurrentIndex(0)
            row = self.model.row_of_member(member_id)
        if row is not None:
            self.ui.table.selectRow(row)
            self.ui.table.scrollTo(self.model.index(row, 0))


register_page(RosterPage)
