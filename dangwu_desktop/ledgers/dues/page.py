"""党费: the 登记簿 of a year (a member a row, a month a column), who is behind, and the doors to
整月登记, 登记党费, 核定标准, 特殊党费, 上缴 and the 欠缴名单."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QWidget

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.money import yuan
from dangwu_desktop.io.dues_xlsx import register_table
from dangwu_desktop.io.record_html import table_html
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ledgers.dues import book
from dangwu_desktop.ledgers.dues.book import CellState, MemberDues, MonthCell
from dangwu_desktop.ledgers.dues.registers import register
from dangwu_desktop.ledgers.dues.rules import UNPAID_RULE, Month
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.dues_dialogs import (
    ArrearsDialog,
    CellDialog,
    MonthDialog,
    PaymentDialog,
    RemittanceDialog,
    SpecialDialog,
    StandardDialog,
)
from dangwu_desktop.ui.dialogs.dues_list_dialog import open_dues_list_dialog
from dangwu_desktop.ui.exports import branch_name, export_declared
from dangwu_desktop.ui.filtered_table import AnyIndex, FilteredTableModel
from dangwu_desktop.ui.forms.ui_dues_page import Ui_DuesPage
from dangwu_desktop.ui.pages import Page, register_page
from dangwu_desktop.ui.printing import preview_html

# 应交, 已交 and 欠交 before the months: what a secretary looks for first stays in view when a
# small or scaled screen scrolls the months sideways.
OWED_COLUMN, PAID_COLUMN, ARREARS_COLUMN, FIRST_MONTH_COLUMN = 3, 4, 5, 6
HEADER = ("姓名", "党小组", "标准", "应交", "已交", "欠交", *(f"{m}月" for m in range(1, 13)))
HEADER_TIPS = {
    2: "每月应交的党费（元）；指向单元格可看核定的类别和基数；双击核定标准",
    OWED_COLUMN: "本年到上月为止应交的党费（元）：本月党费尚在收缴，不计入",
    PAID_COLUMN: "本年各月已交的党费（元），含预交",
    ARREARS_COLUMN: "到上月为止没有交清的党费（元）",
}
# Pastel backgrounds with dark text of their own (dark mode's light text would not show on them);
# the cell's text says the state too, so that colour is never the only sign.
STATE_COLOURS: dict[str, tuple[str, str]] = {
    CellState.UNPAID: ("#fee2e2", "#991b1b"),
    CellState.SHORT: ("#fef3c7", "#92400e"),
    CellState.UNSET: ("#e0e7ff", "#3730a3"),
}
ELSEWHERE_SHORT = "流入地"
QUIET = QBrush(QColor("#6b7280"))  # 待交, 免交, —: nothing to do
QUIET_STATES = {CellState.PENDING, CellState.EXEMPT, CellState.NOT_HERE}


def cell_text(cell: MonthCell, current: Month) -> str:
    """What a month's cell shows: the amount paid (here), or the state in words."""
    state = cell.state(current)
    if state == CellState.PAID and cell.paid > 0:
        return yuan(cell.paid)
    if state == CellState.ELSEWHERE:
        return ELSEWHERE_SHORT  # four characters would widen every month's column
    return state


def cell_tooltip(name: str, cell: MonthCell, current: Month) -> str:
    state = cell.state(current)
    if not cell.owes:
        return f"{name}{cell.month.label}不在本支部（不在册或由其他支部收取）"
    owed = "未核定标准" if cell.owed is None else f"应交{yuan(cell.owed)}元"
    parts = [f"{name}{cell.month.label}：{owed}，已交{yuan(cell.paid)}元（{state}）"]
    if cell.paid_on:
        parts.append("交纳日期：" + "、".join(format_date(d) for d in cell.paid_on))
    if cell.elsewhere:
        parts.append("在流入地党组织交纳")
    if cell.back_pay:
        parts.append("补交超过6个月")
    if cell.advance:
        parts.append("预交")
    parts.append("双击查看交纳记录" if cell.paid else "双击登记党费")
    return "\n".join(parts)


class DuesBookModel(FilteredTableModel[MemberDues]):
    """The 登记簿 rows of a year, and which of them the name filter and 只看欠交 show."""

    header = HEADER
    header_tips = HEADER_TIPS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._behind_only = False

    def set_filter(self, needle: str, behind_only: bool) -> None:
        self._needle, self._behind_only = needle.strip(), behind_only
        self.refilter()

    def shows(self, row: MemberDues) -> bool:
        return self._needle in row.name and (not self._behind_only or bool(row.behind_months))

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self._visible[index.row()], index.column()
        month_cell = (
            row.cells[column - FIRST_MONTH_COLUMN] if column >= FIRST_MONTH_COLUMN else None
        )
        if role == Qt.ItemDataRole.DisplayRole:
            if month_cell is not None:
                return cell_text(month_cell, row.current)
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if month_cell is not None:
                return cell_tooltip(row.name, month_cell, row.current)
            if column == 2:
                return row.standard
            if column == ARREARS_COLUMN and row.behind_months:
                return f"欠缴{book.months_text(row.behind_months)}\n{UNPAID_RULE.wording}"
            return None
        state = month_cell.state(row.current) if month_cell is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and state in STATE_COLOURS:
            return QBrush(QColor(STATE_COLOURS[state][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if state in STATE_COLOURS:
                return QBrush(QColor(STATE_COLOURS[state][1]))
            if state in QUIET_STATES:
                return QUIET
            if column == ARREARS_COLUMN and row.arrears > 0:
                return QBrush(QColor(STATE_COLOURS[CellState.UNPAID][1]))
        return None

    @staticmethod
    def _text(row: MemberDues, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.group_name
        if column == 2:
            return yuan(row.monthly) if row.monthly is not None else CellState.UNSET
        if column == OWED_COLUMN:
            return yuan(row.owed_due)
        if column == PAID_COLUMN:
            return yuan(row.paid)
        return yuan(row.arrears) if row.arrears > 0 else ""


LEGEND = "　".join(
    [
        *(
            f'<span style="background:{bg};color:{fg}">&nbsp;{state}&nbsp;</span>{what}'
            for state, (bg, fg), what in (
                (CellState.UNPAID, STATE_COLOURS[CellState.UNPAID], "上月及以前没交"),
                (CellState.SHORT, STATE_COLOURS[CellState.SHORT], "没交足"),
                (CellState.UNSET, STATE_COLOURS[CellState.UNSET], "没核定标准"),
            )
        ),
        "数字：已交（元）",
        "待交：本月起",
        f"{ELSEWHERE_SHORT}：在流入地党组织交",
        "—：不在本支部",
    ]
)


class DuesPage(Page):
    NAME = "dues"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_DuesPage()
        ui.setupUi(self)
        self.model = DuesBookModel(self)
        table = ui.bookTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        # Each column as wide as its widest text (109.50, 流入地交), so that the twelve months fit
        # a 1280-wide screen whole; a smaller screen scrolls sideways rather than cut amounts.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(24)
        ui.legendLabel.setText(LEGEND)
        ui.legendLabel.setWordWrap(False)
        ui.yearCombo.currentIndexChanged.connect(self._reload)
        ui.searchEdit.textChanged.connect(self._refilter)
        ui.behindCheck.toggled.connect(self._refilter)
        ui.monthButton.clicked.connect(self.collect_month)
        ui.paymentButton.clicked.connect(lambda: self.record_payment())
        ui.standardButton.clicked.connect(self.set_standards)
        ui.specialButton.clicked.connect(self.record_special)
        ui.remittanceButton.clicked.connect(self.record_remittance)
        ui.arrearsButton.clicked.connect(self.show_arrears)
        ui.listButton.clicked.connect(self.record_list)
        output = QMenu(self)
        output.addAction("打印预览党费收缴登记簿…", self.print_book)
        output.addAction("导出党费收缴登记簿（Excel）…", lambda: self.export("dues-register"))
        output.addAction("导出党费收缴公示（Word）…", lambda: self.export("dues-notice"))
        output.addAction(
            "导出党费上缴情况汇总表（Excel）…", lambda: self.export("dues-remittances")
        )
        ui.outputButton.setMenu(output)
        table.doubleClicked.connect(self.open_cell)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(ui.searchEdit.setFocus)

    def year(self) -> int:
        value = self.ui.yearCombo.currentData()
        return int(value) if value else self.context.today().year

    def load(self) -> None:
        today = self.context.today()
        combo = self.ui.yearCombo
        current = combo.currentData() or today.year
        combo.blockSignals(True)
        combo.clear()
        for year in range(today.year + 1, today.year - 6, -1):
            combo.addItem(f"{year}年", year)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self._reload()

    def _reload(self) -> None:
        year, today = self.year(), self.context.today()
        with self.context.database.read() as session:
            rows = book.year_book(session, year, today)
            figures = book.summary(
                session, date(year, 1, 1), date(year, 12, 31), today, f"{year}年"
            )
        self.model.set_rows(rows)
        unset = f"，{figures.unset}人未核定标准" if figures.unset else ""
        due = figures.counted_to
        span = "尚无到期月份" if due is None else f"截至{due.month}月应交{yuan(figures.owed)}元"
        self.ui.summaryLabel.setText(
            f"<b>{year}年</b>　{span}，实交{yuan(figures.paid)}元，"
            f"收缴率{figures.rate_text}；欠交{figures.behind}人，共{yuan(figures.arrears)}元{unset}；"
            f"已收{yuan(figures.collected)}元，已上缴{yuan(figures.remitted)}元，"
            f"<b>未上缴{yuan(figures.not_remitted)}元</b>"
        )
        self.ui.summaryLabel.setToolTip(
            "应交、实交按已到期的月份计算（本月党费尚在收缴，不计入）；"
            "未上缴 = 本年收缴的党费和特殊党费 − 已上缴"
        )

    def _refilter(self) -> None:
        self.model.set_filter(self.ui.searchEdit.text(), self.ui.behindCheck.isChecked())

    def _changed(self, message: str) -> None:
        self._reload()
        self._refilter()
        self.ui.messageLabel.setText(message)
        self.data_changed.emit()

    def selected_members(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.bookTable.selectionModel().selectedIndexes()})
        return [self.model.row(r).member_id for r in rows]

    def default_month(self) -> Month:
        """This month in this year's book; December of an earlier year's."""
        today = self.context.today()
        year = self.year()
        return Month.of(today) if year >= today.year else Month(year, 12)

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec():
            self._changed(str(getattr(dialog, "saved_text", "")))

    def record_list(self) -> None:
        """按名单登记: a pasted bank or WeChat list, or an Excel 名单, checked and recorded whole."""
        recorded = open_dues_list_dialog(self, self.context)
        if recorded is not None:
            self._changed(f"已按名单登记党费：{recorded.summary}")

    def print_selection(self) -> None:
        self.print_book()

    def print_book(self) -> None:
        preview_html(self, "打印预览 — 党费收缴登记簿", self.book_html(), landscape=True).exec()

    def book_html(self) -> str:
        """The year's 登记簿 as the Excel one has it (the same rows and 合计)."""
        year, name, today = self.year(), branch_name(self.context), self.context.today()
        with self.context.database.read() as session:
            found = register(session, date(year, 1, 1), date(year, 12, 31), today, f"{year}年")
        header, rows = register_table(found)
        shown = [tuple("" if v is None else v for v in row) for row in rows]
        # 序号 姓名 党小组 类别 每月应交, twelve months, 应交 实交 欠交 特殊党费 备注
        widths = (3, 5, 7, 6, 5, *(4 for _ in found.months), 5, 5, 4, 4, 8)
        return table_html(
            f"{name}{year}年党费收缴登记簿", f"填报单位（盖章）：{name}　　金额单位：元",
            header, shown, today, widths=widths, font_pt=7.5, compact=True,
        )  # fmt: skip

    def export(self, key: str) -> None:
        export_declared(self, self.context, key, ExportScope(self.context.today(), self.year()))

    def collect_month(self) -> None:
        self._run(MonthDialog(self.context, self.default_month(), self))

    def record_payment(self, member_id: int | None = None, month: Month | None = None) -> None:
        self._run(PaymentDialog(self.context, member_id, month, self))

    def set_standards(self) -> None:
        chosen = self.selected_members()
        today = self.context.today()
        month = Month.of(today) if self.year() == today.year else Month(self.year(), 1)
        self._run(StandardDialog(self.context, chosen, month, self))

    def record_special(self) -> None:
        chosen = self.selected_members()
        self._run(SpecialDialog(self.context, chosen[0] if len(chosen) == 1 else None, self))

    def record_remittance(self) -> None:
        self._run(RemittanceDialog(self.context, self.year(), self))

    def show_arrears(self) -> None:
        ArrearsDialog(self.context, self).exec()

    def open_cell(self, index: QModelIndex) -> None:
        """A month: its payments (or 登记党费 from that month when none); the rest: 核定标准."""
        row = self.model.row(index.row())
        column = index.column()
        if column >= FIRST_MONTH_COLUMN:
            cell = row.cells[column - FIRST_MONTH_COLUMN]
            if cell.paid > 0:
                dialog = CellDialog(self.context, row.member_id, row.name, cell.month, self)
                dialog.exec()
                if dialog.changed:
                    self._changed(f"已删除{row.name}的党费记录")
            elif cell.owes:
                self.record_payment(row.member_id, cell.month)
            return
        today = self.context.today()
        month = Month.of(today) if self.year() == today.year else Month(self.year(), 1)
        self._run(StandardDialog(self.context, [row.member_id], month, self))

    def new_item(self) -> None:
        """Ctrl+N: 登记党费."""
        self.record_payment()


register_page(DuesPage)
