"""三张清单: every item of the 问题、任务 and 责任清单 (filtered by list, status, 逾期 and a word), where
each stands against its 时限 in words and colour, the selected item's measures, result, linked
meeting and progress notes below; the doors to 新增, 修改, 登记进展, 销号 (and its undoing), 删除,
从组织生活会查摆问题生成整改事项, the linked meeting record, and the 整改台账 and 销号清单 exports."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.periods import quarter_of
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ledgers.lists import service
from dangwu_desktop.ledgers.lists.book import ItemRow, NoteLine, item_rows
from dangwu_desktop.ledgers.lists.rules import ItemStatus, ListKind, Timing
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.lists_dialogs import (
    CloseDialog,
    ItemDialog,
    MeetingDialog,
    ProgressDialog,
)
from dangwu_desktop.ui.exports import export_declared
from dangwu_desktop.ui.filtered_table import AnyIndex, FilteredTableModel
from dangwu_desktop.ui.forms.ui_lists_page import Ui_ListsPage
from dangwu_desktop.ui.pages import Page, register_page

HEADER = ("清单", "类型", "来源", "事项内容", "责任人", "提出日期", "完成时限", "状态", "最近进展")
STATUS_COLUMN, DEADLINE_COLUMN, TEXT_COLUMN, LATEST_COLUMN = 7, 6, 3, 8
NOTE_HEADER = ("日期", "进展情况", "听取或研究的会议")
ALL = "全部"
OPEN_ONLY = "未销号"
SHORT = 40  # characters of an item's text the table shows (the whole in its tooltip)


class Tone:
    """Pastel backgrounds with their own dark text (the words say the state too)."""

    OVERDUE = ("#fee2e2", "#991b1b")  # 逾期
    SOON = ("#fef3c7", "#92400e")  # 即将到期, 已完成待销号
    CLOSED = ("", "#6b7280")  # 已销号


def tone(row: ItemRow) -> tuple[str, str] | None:
    if row.status is ItemStatus.CLOSED:
        return Tone.CLOSED
    if row.standing.timing is Timing.OVERDUE:
        return Tone.OVERDUE
    if row.standing.timing is Timing.DUE_SOON or row.status is ItemStatus.DONE:
        return Tone.SOON
    return None


def needs_attention(row: ItemRow) -> bool:
    return row.standing.timing in (Timing.OVERDUE, Timing.DUE_SOON)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[:SHORT] + "…"


class ItemsModel(FilteredTableModel[ItemRow]):
    """The items, and which the 清单, 状态, 只看逾期 and search filters show."""

    header = HEADER

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind, self._status, self._attention, self._needle = ALL, OPEN_ONLY, False, ""

    def set_filter(self, kind: str, status: str, attention: bool, needle: str) -> None:
        self._kind, self._status, self._attention = kind, status, attention
        self._needle = needle.strip()
        self.refilter()

    def shows(self, row: ItemRow) -> bool:
        if self._kind != ALL and row.kind.value != self._kind:
            return False
        if self._status == OPEN_ONLY and row.status is ItemStatus.CLOSED:
            return False
        if self._status not in (ALL, OPEN_ONLY) and row.status.value != self._status:
            return False
        if self._attention and not needs_attention(row):
            return False
        return not self._needle or self._needle in row.description + row.responsible

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self._visible[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        # The status in its colour; the 时限 only while it presses (逾期, 即将到期).
        toned = column == STATUS_COLUMN or (column == DEADLINE_COLUMN and needs_attention(row))
        shown = tone(row) if toned else None
        if row.status is ItemStatus.CLOSED:
            shown = Tone.CLOSED
        if role == Qt.ItemDataRole.BackgroundRole and shown is not None and shown[0]:
            return QBrush(QColor(shown[0]))
        if role == Qt.ItemDataRole.ForegroundRole and shown is not None:
            return QBrush(QColor(shown[1]))
        return None

    @staticmethod
    def _text(row: ItemRow, column: int) -> str:
        latest = row.latest_note
        return (
            row.kind.value.removesuffix("清单"), row.category, row.source,
            _short(row.description), row.responsible, format_date(row.raised_on),
            row.deadline_text, row.status_text,
            f"{format_date(latest.date)} {_short(latest.note)}" if latest else "",
        )[column]  # fmt: skip

    @staticmethod
    def _tip(row: ItemRow, column: int) -> str | None:
        if column == TEXT_COLUMN:
            return row.description
        if column == 2 and row.source_detail:
            return row.source_detail
        if column == STATUS_COLUMN and row.status is ItemStatus.CLOSED:
            return f"{format_date(row.closed_on)}销号，验收：{row.reviewer or row.review_meeting}"
        latest = row.latest_note
        if column == LATEST_COLUMN and latest is not None:
            return latest.note
        return None


LEGEND = "　".join(
    [
        *(
            f'<span style="background:{bg};color:{fg}">&nbsp;{label}&nbsp;</span>{what}'
            for label, (bg, fg), what in (
                ("逾期", Tone.OVERDUE, "超过完成时限仍未完成"),
                ("将到期", Tone.SOON, "将在设定天数内到期，或已完成待销号"),
            )
        ),
        f'<span style="color:{Tone.CLOSED[1]}">灰字</span>已销号',
        "回车：修改所选事项",
    ]
)


class ListsPage(Page):
    NAME = "lists"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_ListsPage()
        ui.setupUi(self)
        self.model = ItemsModel(self)
        self._notes: list[NoteLine] = []
        table = ui.itemsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The two long texts share what is left: the table never grows wider than the page.
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LATEST_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(24)
        notes = ui.notesTable
        notes.setColumnCount(len(NOTE_HEADER))
        notes.setHorizontalHeaderLabels(list(NOTE_HEADER))
        notes.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        notes.verticalHeader().setDefaultSectionSize(24)
        notes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Small minimums: the page fits a 1280×720 screen, the splitter giving the room.
        for view in (table, notes):
            view.setMinimumHeight(80)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.legendLabel.setText(LEGEND)
        # One line each, cut at the page's edge (the selected item's whole text in its tooltip):
        # a wrapping label makes the window's scroll area size the page by its preferred height,
        # which scrolls on a 720-high screen, and a long one would widen the page.
        for label in (ui.summaryLabel, ui.legendLabel, ui.detailLabel, ui.messageLabel):
            label.setWordWrap(False)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        ui.listCombo.addItems([ALL, *(kind.value for kind in ListKind)])
        ui.statusCombo.addItems([OPEN_ONLY, ALL, *(status.value for status in ItemStatus)])
        ui.listCombo.currentIndexChanged.connect(self._refilter)
        ui.statusCombo.currentIndexChanged.connect(self._refilter)
        ui.overdueCheck.toggled.connect(self._refilter)
        ui.searchEdit.textChanged.connect(self._refilter)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.activated.connect(lambda _index: self.edit_item())
        ui.newButton.clicked.connect(lambda: self.new_item())
        ui.editButton.clicked.connect(self.edit_item)
        ui.progressButton.clicked.connect(lambda: self.log_progress())
        ui.closeButton.clicked.connect(self.close_item)
        ui.meetingButton.clicked.connect(self.from_meeting)
        more = QMenu(self)
        more.addAction("撤销销号…", self.reopen_item)
        more.addAction("删除事项", self.delete_item)
        ui.moreButton.setMenu(more)
        output = QMenu(self)
        output.addAction("导出三张清单及整改台账（Excel）…", self.export_ledger)
        output.addAction("导出本季度销号清单（Word）…", lambda: self.export_closures(quarter=True))
        output.addAction("导出本年销号清单（Word）…", lambda: self.export_closures(quarter=False))
        ui.outputButton.setMenu(output)
        ui.openMeetingButton.clicked.connect(self.open_meeting)
        ui.editNoteButton.clicked.connect(self.edit_note)
        ui.deleteNoteButton.clicked.connect(self.delete_note)
        ui.notesTable.doubleClicked.connect(lambda _index: self.edit_note())
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(ui.searchEdit.setFocus)

    # Loading

    def load(self) -> None:
        chosen = self.selected()
        today = self.context.today()
        with self.context.database.read() as session:
            rows = item_rows(session, today)
            warn = service.warn_days(session)
        self.model.set_rows(rows)
        counts = {kind: sum(r.kind is kind for r in rows if r.status is not ItemStatus.CLOSED)
                  for kind in ListKind}  # fmt: skip
        overdue = sum(r.standing.timing is Timing.OVERDUE for r in rows)
        soon = sum(r.standing.timing is Timing.DUE_SOON for r in rows)
        waiting = sum(r.status is ItemStatus.DONE for r in rows)
        lists = "、".join(f"{kind.value}{n}项" for kind, n in counts.items())
        warn_text = (
            f"，逾期<b style='color:{Tone.OVERDUE[1]}'>{overdue}项</b>" if overdue else "，没有逾期"
        )
        self.ui.summaryLabel.setText(
            f"<b>未销号</b>：{lists}{warn_text}；{warn}天内到期{soon}项；已完成待销号{waiting}项"
        )
        self._reselect(chosen.item_id if chosen is not None else None)

    def _refilter(self) -> None:
        chosen = self.selected()
        ui = self.ui
        self.model.set_filter(
            ui.listCombo.currentText(), ui.statusCombo.currentText(),
            ui.overdueCheck.isChecked(), ui.searchEdit.text(),
        )  # fmt: skip
        self._reselect(chosen.item_id if chosen is not None else None)

    def _reselect(self, item_id: int | None) -> None:
        rows = self.model.rows()
        index = next((i for i, r in enumerate(rows) if r.item_id == item_id), 0 if rows else -1)
        if index >= 0:
            self.ui.itemsTable.selectRow(index)
        self._row_changed()

    def _changed(self, message: str, item_id: int | None = None) -> None:
        self.load()
        if item_id is not None:
            self.select_item(item_id, quiet=True)
        self.ui.messageLabel.setText(escape(message))
        self.data_changed.emit()

    # Selection

    def selected(self) -> ItemRow | None:
        index = self.ui.itemsTable.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())

    def show_item(self, item: int) -> None:
        """A 首页 reminder's item (its `item` is the item's id)."""
        self.select_item(item)

    def select_item(self, item_id: int, *, quiet: bool = False) -> bool:
        """Show the item's row, the filters cleared when they hide it."""
        ui = self.ui
        for attempt in range(2):
            rows = self.model.rows()
            found = next((i for i, r in enumerate(rows) if r.item_id == item_id), None)
            if found is not None:
                ui.itemsTable.selectRow(found)
                ui.itemsTable.scrollTo(self.model.index(found, 0))
                if not quiet:
                    ui.itemsTable.setFocus()
                self._row_changed()
                return True
            if attempt:
                break
            for combo, value in ((ui.listCombo, ALL), (ui.statusCombo, ALL)):
                combo.blockSignals(True)
                combo.setCurrentText(value)
                combo.blockSignals(False)
            ui.overdueCheck.blockSignals(True)
            ui.overdueCheck.setChecked(False)
            ui.overdueCheck.blockSignals(False)
            ui.searchEdit.blockSignals(True)
            ui.searchEdit.clear()
            ui.searchEdit.blockSignals(False)
            self._refilter()
        return False

    def _row_changed(self, *_args: object) -> None:
        row = self.selected()
        ui = self.ui
        self._notes = list(reversed(row.notes)) if row is not None else []
        notes = ui.notesTable
        notes.setRowCount(len(self._notes))
        for r, note in enumerate(self._notes):
            for c, value in enumerate((format_date(note.date), note.note, note.meeting)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                notes.setItem(r, c, cell)
        notes.resizeColumnToContents(0)
        notes.resizeColumnToContents(2)
        if row is None:
            ui.detailLabel.setText("请在上表中选择一个事项")
            ui.notesLabel.setText("进展记录")
        else:
            ui.detailLabel.setText(self._detail(row))
            ui.detailLabel.setToolTip(self._detail_tip(row))
            ui.notesLabel.setText(f"<b>进展记录</b>（{len(self._notes)}条）")
        has, closed = row is not None, row is not None and row.status is ItemStatus.CLOSED
        ui.editButton.setEnabled(has)
        ui.progressButton.setEnabled(has and not closed)
        ui.closeButton.setEnabled(has and not closed)
        ui.moreButton.setEnabled(has)
        ui.openMeetingButton.setEnabled(row is not None and row.meeting_id is not None)
        ui.editNoteButton.setEnabled(bool(self._notes) and not closed)
        ui.deleteNoteButton.setEnabled(bool(self._notes) and not closed)

    @staticmethod
    def _detail(row: ItemRow) -> str:
        """One line under the table: the selected item's measures and where it stands."""
        parts = [f"<b>{escape(_short(row.description))}</b>"]
        if row.measures:
            parts.append(f"措施：{escape(_short(row.measures))}")
        if row.result:
            parts.append(f"完成情况：{escape(_short(row.result))}")
        if row.meeting:
            parts.append(f"研究会议：{escape(row.meeting)}")
        files = f"佐证材料{len(row.files)}个" if row.files else ""
        if files:
            parts.append(files)
        return "　".join(parts)

    @staticmethod
    def _detail_tip(row: ItemRow) -> str:
        lines = [row.description, f"措施：{row.measures or '（未填）'}"]
        if row.result:
            lines.append(f"完成情况：{row.result}")
        if row.evidence:
            lines.append(f"佐证材料：{row.evidence}")
        if row.status is ItemStatus.CLOSED:
            lines.append(
                f"销号：{format_date(row.closed_on)}，验收：{row.reviewer or row.review_meeting}"
                + (f"，{row.review_note}" if row.review_note else "")
            )
        return "\n".join(lines)

    def _chosen(self, action: str) -> ItemRow | None:
        row = self.selected()
        if row is None:
            self.ui.messageLabel.setText(f"请先在表中选择一个事项，再{action}")
        return row

    def _chosen_note(self) -> NoteLine | None:
        current = self.ui.notesTable.currentRow()
        if not 0 <= current < len(self._notes):
            current = 0 if self._notes else -1
        return self._notes[current] if current >= 0 else None

    def _run(self, dialog: QDialog, item_id: int | None = None) -> None:
        if dialog.exec():
            saved = getattr(dialog, "saved_id", None)
            self._changed(str(getattr(dialog, "saved_text", "")), saved or item_id)

    # Actions

    def new_item(self) -> None:
        """Ctrl+N: a new item on the list the filter shows (the 问题清单 when it shows all)."""
        shown = self.ui.listCombo.currentText()
        kind = ListKind(shown) if shown != ALL else ListKind.PROBLEM
        self._run(ItemDialog(self.context, kind=kind, parent=self))

    def edit_item(self) -> None:
        row = self._chosen("修改")
        if row is not None:
            self._run(ItemDialog(self.context, row.item_id, parent=self), row.item_id)

    def log_progress(self) -> None:
        row = self._chosen("登记进展")
        if row is not None:
            self._run(ProgressDialog(self.context, row.item_id, _short(row.description),
                                     parent=self), row.item_id)  # fmt: skip

    def edit_note(self) -> None:
        row, note = self.selected(), self._chosen_note()
        if row is not None and note is not None:
            self._run(ProgressDialog(self.context, row.item_id, _short(row.description),
                                     note.note_id, self), row.item_id)  # fmt: skip

    def delete_note(self) -> None:
        row, note = self.selected(), self._chosen_note()
        if row is None or note is None:
            return
        answer = QMessageBox.question(
            self, "删除进展", f"删除{format_date(note.date)}的进展记录“{_short(note.note)}”？"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run_operation(lambda session: service.delete_progress(session, note.note_id)):
            self._changed(f"已删除{format_date(note.date)}的进展记录", row.item_id)

    def close_item(self) -> None:
        row = self._chosen("销号")
        if row is not None:
            self._run(CloseDialog(self.context, row.item_id, _short(row.description), self),
                      row.item_id)  # fmt: skip

    def reopen_item(self) -> None:
        row = self._chosen("撤销销号")
        if row is None:
            return
        if row.status is not ItemStatus.CLOSED:
            self.ui.messageLabel.setText("所选事项没有销号")
            return
        reason, ok = QInputDialog.getText(
            self, "撤销销号",
            f"撤销“{_short(row.description)}”的销号（回到已完成）。\n原因（如 镇党委验收未通过）：",
        )  # fmt: skip
        if not ok:
            return
        today = self.context.today()
        if self.run_operation(
            lambda session: service.reopen_item(session, row.item_id, reason, today)
        ):
            self._changed("已撤销销号，事项回到已完成", row.item_id)

    def delete_item(self) -> None:
        row = self._chosen("删除")
        if row is None:
            return
        answer = QMessageBox.question(
            self, "删除事项",
            f"删除{row.kind.value}事项“{_short(row.description)}”？\n它的{len(row.notes)}条进展记录"
            f"和{len(row.files)}个佐证材料的登记一并删除。只用于误登的事项；已完成的请登记完成情况。",
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run_operation(lambda session: service.delete_item(session, row.item_id)):
            self._changed(f"已删除事项“{_short(row.description)}”")

    def from_meeting(self) -> None:
        dialog = MeetingDialog(self.context, self)
        if dialog.exec():
            self.ui.listCombo.setCurrentText(ListKind.PROBLEM.value)
            self._changed(dialog.saved_text, dialog.made[0] if dialog.made else None)

    def open_meeting(self) -> None:
        """The linked meeting's record, in the 组织生活 record dialog."""
        from dangwu_desktop.ui.dialogs.activity_dialog import ActivityDialog

        row = self.selected()
        if row is None or row.meeting_id is None:
            return
        if ActivityDialog(self.context, row.meeting_id, parent=self).exec():
            self._changed("已保存会议记录", row.item_id)

    def export_ledger(self) -> None:
        today = self.context.today()
        export_declared(self, self.context, "lists-ledger", ExportScope(today, today.year))

    def export_closures(self, *, quarter: bool) -> None:
        today = self.context.today()
        scope = ExportScope(today, today.year, quarter=quarter_of(today.month) if quarter else None)
        export_declared(self, self.context, "closure-list", scope)


register_page(ListsPage)
