"""流动党员: the members away (去向, 原因, since when, the 活动证, the last contact, whether the
branch is late hearing from them and what needs doing), the selected member's contact history
below, and the 流入党员 on a tab of their own; the doors to 登记联系, 流出登记, 结束外出, 失联,
流入登记 and the 台账's export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.money import yuan
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ledgers.mobile import service
from dangwu_desktop.ledgers.mobile.book import AwayRow, IncomingRow, away_rows, incoming_rows
from dangwu_desktop.ledgers.mobile.rules import CardState, LostOutcome
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.mobile_dialogs import (
    ContactDialog,
    EndDialog,
    IncomingDialog,
    LostDialog,
    OutcomeDialog,
    PartDialog,
    StintDialog,
)
from dangwu_desktop.ui.exports import export_declared
from dangwu_desktop.ui.filtered_table import AnyIndex, FilteredTableModel
from dangwu_desktop.ui.forms.ui_mobile_page import Ui_MobilePage
from dangwu_desktop.ui.pages import Page, register_page

HEADER = ("姓名", "去向", "原因", "外出起", "活动证有效期", "上次联系", "联系间隔", "提示")
INTERVAL_COLUMN, HINT_COLUMN, CARD_COLUMN = 6, 7, 4
CONTACT_HEADER = (
    "日期",
    "方式",
    "联系人",
    "联系内容",
    "学习情况",
    "学时",
    "党费（元）",
    "计划下次",
)
INCOMING_HEADER = ("姓名", "所在党组织", "流入时间", "离开时间", "联系电话", "活动证有效期",
                   "本年参加活动", "学时")  # fmt: skip


class Tone:
    """Pastel backgrounds with their own dark text (the words say the state too)."""

    LATE = ("#fef3c7", "#92400e")  # 超期未联系
    LOST = ("#fee2e2", "#991b1b")  # 联系不上, 失联查找中, 活动证过期, 停止党籍待研究
    TRANSFER = ("#e0e7ff", "#3730a3")  # 应转移组织关系
    QUIET = ("", "#6b7280")  # 已返回, 已转出


@dataclass(frozen=True, slots=True)
class Status:
    text: str
    tone: tuple[str, str] | None


def interval_status(row: AwayRow) -> Status:
    """The 联系间隔 column: 按期, 超期N个月, 联系不上, 失联查找中 — or how the stint ended."""
    if not row.away:
        return Status(f"已{row.end_kind}" if row.end_kind else "已结束", Tone.QUIET)
    if row.stop_due:
        return Status("失联满6个月", Tone.LOST)
    if row.searching:
        return Status("失联查找中", Tone.LOST)
    if row.lost_due:
        return Status(f"{row.contact_gap}个月联系不上", Tone.LOST)
    if row.contact_gap is not None:
        return Status(f"超期（{row.contact_gap}个月未联系）", Tone.LATE)
    return Status("按期", None)


def hints(row: AwayRow) -> list[Status]:
    """What the 提示 column says needs doing, most pressing first."""
    found: list[Status] = []
    if not row.away:
        return found
    if row.stint is None:
        found.append(Status("未做流出登记", Tone.LATE))
    if row.stop_due:
        found.append(Status("应研究停止党籍", Tone.LOST))
    elif row.lost_due:
        found.append(Status("应登记失联并查找", Tone.LOST))
    if row.transfer_from is not None:
        found.append(Status("应转移组织关系", Tone.TRANSFER))
    if row.card is CardState.EXPIRED:
        found.append(Status("活动证已过期", Tone.LOST))
    elif row.card is CardState.EXPIRING:
        found.append(Status("活动证即将到期", Tone.LATE))
    if row.contact_gap is not None and not row.lost_due:
        found.append(Status("请联系", Tone.LATE))
    return found


def needs_contact(row: AwayRow) -> bool:
    return row.away and (row.contact_gap is not None or row.lost_due or row.searching)


class AwayModel(FilteredTableModel[AwayRow]):
    """The members away, and which the name filter, 只看需要联系 and 含已返回 show."""

    header = HEADER

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle, self._need_only, self._ended = "", False, False

    def set_filter(self, needle: str, need_only: bool, ended: bool) -> None:
        self._needle, self._need_only, self._ended = needle.strip(), need_only, ended
        self.refilter()

    def shows(self, row: AwayRow) -> bool:
        return (
            self._needle in row.name
            and (row.away or self._ended)
            and (not self._need_only or needs_contact(row))
        )

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self._visible[index.row()], index.column()
        tone = self._tone(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and tone is not None and tone[0]:
            return QBrush(QColor(tone[0]))
        if role == Qt.ItemDataRole.ForegroundRole and tone is not None:
            return QBrush(QColor(tone[1]))
        return None

    @staticmethod
    def _tone(row: AwayRow, column: int) -> tuple[str, str] | None:
        if column == INTERVAL_COLUMN:
            return interval_status(row).tone
        if column == HINT_COLUMN:
            found = hints(row)
            return found[0].tone if found else None
        if column == CARD_COLUMN and row.away:
            if row.card is CardState.EXPIRED:
                return Tone.LOST
            if row.card is CardState.EXPIRING:
                return Tone.LATE
        return None if row.away else Tone.QUIET

    @staticmethod
    def _text(row: AwayRow, column: int) -> str:
        stint = row.stint
        if column == 0:
            return row.name
        if column == 1:
            return row.place
        if column == 2:
            return stint.reason if stint else "未登记"
        if column == 3:
            return format_date(row.start)
        if column == CARD_COLUMN:
            if stint is None or stint.card_expires_on is None:
                return "未发证" if stint is not None and not stint.card_number else ""
            return format_date(stint.card_expires_on)
        if column == 5:
            return format_date(row.last_contact) if row.last_contact else "未联系"
        if column == INTERVAL_COLUMN:
            return interval_status(row).text
        return "；".join(h.text for h in hints(row))

    @staticmethod
    def _tip(row: AwayRow, column: int) -> str | None:
        stint = row.stint
        if column == 1:
            lines = [f"流入地党组织：{row.org_there or '（未填）'}"]
            if stint is not None:
                lines += [f"外出联系电话：{stint.phone_there or '（未填）'}",
                          f"支部联系人：{stint.keeper or '（未定）'}"]  # fmt: skip
            return "\n".join(lines)
        if column == CARD_COLUMN and stint is not None:
            return f"活动证编号：{stint.card_number or '（未发）'}（{row.card.value}）"
        if column == HINT_COLUMN and row.lost is not None:
            return f"失联：{format_date(row.lost.marked_on)}登记，{row.lost.outcome.value}"
        return None


LEGEND = "　".join(
    [
        *(
            f'<span style="background:{bg};color:{fg}">&nbsp;{label}&nbsp;</span>{what}'
            for label, (bg, fg), what in (
                ("超期", Tone.LATE, "超过间隔未联系、活动证将到期"),
                ("联系不上", Tone.LOST, "失联、活动证已过期"),
                ("转移", Tone.TRANSFER, "满6个月地点固定，应转移组织关系"),
            )
        ),
        "回车：登记联系",
    ]
)


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


def _fill(table: QTableWidget, header: tuple[str, ...], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, _item(value))


class MobilePage(Page):
    NAME = "mobile"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_MobilePage()
        ui.setupUi(self)
        self.model = AwayModel(self)
        self.incoming: list[IncomingRow] = []
        table = ui.awayTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(24)
        for other in (ui.contactTable, ui.incomingTable):
            other.verticalHeader().setDefaultSectionSize(24)
            other.horizontalHeader().setStretchLastSection(True)
            other.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Small minimums: the page fits a 1280×720 screen without scrolling, the splitter between
        # the two tables giving the room as the secretary drags it.
        for view in (table, ui.contactTable, ui.incomingTable):
            view.setMinimumHeight(80)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.legendLabel.setText(LEGEND)
        # One line each: a wrapping label makes the window's scroll area size the page by its
        # preferred height (both tables at full size), which scrolls on a 720-high screen.
        for label in (ui.summaryLabel, ui.legendLabel, ui.messageLabel):
            label.setWordWrap(False)
        ui.searchEdit.textChanged.connect(self._refilter)
        ui.needCheck.toggled.connect(self._refilter)
        ui.endedCheck.toggled.connect(self._refilter)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.activated.connect(lambda _index: self.log_contact())
        ui.contactButton.clicked.connect(lambda: self.log_contact())
        ui.stintButton.clicked.connect(lambda: self.start_stint())
        ui.endButton.clicked.connect(self.end_stint)
        corrections = QMenu(self)
        corrections.addAction("修改流出登记…", self.edit_stint)
        corrections.addAction("删除流出登记", self.delete_stint)
        ui.editButton.setText("更正流出登记")
        ui.editButton.setMenu(corrections)
        lost = QMenu(self)
        lost.addAction("登记失联…", self.mark_lost)
        lost.addAction("登记处理结果（已找到 / 停止党籍）…", self.close_lost)
        lost.addAction("撤销失联登记", self.unmark_lost)
        ui.lostButton.setMenu(lost)
        ui.outputButton.clicked.connect(self.export)
        ui.editContactButton.clicked.connect(self.edit_contact)
        ui.deleteContactButton.clicked.connect(self.delete_contact)
        ui.contactTable.doubleClicked.connect(lambda _index: self.edit_contact())
        ui.incomingButton.clicked.connect(self.register_incoming)
        ui.partButton.clicked.connect(self.record_part)
        ui.leaveButton.clicked.connect(self.end_incoming)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(ui.searchEdit.setFocus)

    # Loading

    def load(self) -> None:
        chosen = self.selected()
        today = self.context.today()
        first = date(today.year, 1, 1)
        with self.context.database.read() as session:
            rows = away_rows(session, today, first, today)
            self.incoming = incoming_rows(session, first, today)
            months = service.contact_months(session)
        self.model.set_rows(rows)
        away = [r for r in rows if r.away]
        need = sum(1 for r in away if needs_contact(r))
        lost = sum(1 for r in away if r.searching)
        here = sum(1 for r in self.incoming if r.here)
        self.ui.summaryLabel.setText(
            f"<b>外出{len(away)}人</b>：需要联系{need}人，失联查找中{lost}人；"
            f"流入党员{here}人（不计入本支部党员）。规定每{months}个月至少联系一次"
        )
        self.ui.tabs.setTabText(1, f"流入党员（{here}）")
        self._fill_incoming()
        if chosen is not None:
            self.select_member(chosen.member_id, quiet=True)
        elif self.model.rowCount() > 0:
            self.ui.awayTable.selectRow(0)
        self._row_changed()

    def _refilter(self) -> None:
        chosen = self.selected()
        ui = self.ui
        self.model.set_filter(
            ui.searchEdit.text(), ui.needCheck.isChecked(), ui.endedCheck.isChecked()
        )
        if chosen is not None:
            self.select_member(chosen.member_id, quiet=True)
        if self.selected() is None and self.model.rowCount() > 0:
            ui.awayTable.selectRow(0)
        self._row_changed()

    def _changed(self, message: str) -> None:
        self.load()
        self.ui.messageLabel.setText(message)
        self.data_changed.emit()

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec():
            self._changed(str(getattr(dialog, "saved_text", "")))

    # Selection

    def selected(self) -> AwayRow | None:
        index = self.ui.awayTable.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())

    def show_item(self, item: int) -> None:
        """A 首页 reminder's member (its `item` here is the member's id)."""
        self.select_member(item)

    def select_member(self, member_id: int, *, quiet: bool = False) -> bool:
        """Show the member's row (their stint away now, or the last one), the filters cleared when
        they hide it: what a 首页 reminder opens."""
        ui = self.ui
        if not quiet:
            ui.tabs.setCurrentIndex(0)
        for attempt in range(2):
            rows = self.model.rows()
            found = [i for i, r in enumerate(rows) if r.member_id == member_id]
            if found:
                index = next((i for i in found if rows[i].away), found[-1])
                ui.awayTable.selectRow(index)
                ui.awayTable.scrollTo(self.model.index(index, 0))
                if not quiet:
                    ui.awayTable.setFocus()
                self._row_changed()
                return True
            if quiet or attempt:
                break
            for box in (ui.needCheck,):
                box.setChecked(False)
            ui.endedCheck.setChecked(True)
            ui.searchEdit.clear()
        return False

    def _row_changed(self, *_args: object) -> None:
        row = self.selected()
        ui = self.ui
        contacts = list(reversed(row.contacts)) if row is not None else []
        self._contact_ids = [c.contact_id for c in contacts]
        _fill(
            ui.contactTable,
            CONTACT_HEADER,
            [
                [format_date(c.date), c.way, c.by, c.said, c.study,
                 f"{c.hours:g}" if c.hours else "", yuan(c.paid) if c.paid is not None else "",
                 format_date(c.next_planned) if c.next_planned else ""]
                for c in contacts
            ],
        )  # fmt: skip
        ui.contactTable.resizeColumnsToContents()
        if row is None:
            ui.contactsLabel.setText("联系记录")
        else:
            where = f"{row.place}" + (f"，{row.org_there}" if row.org_there else "")
            ui.contactsLabel.setText(f"<b>{row.name}</b>的联系记录（{where}；共{len(contacts)}次）")
        has_stint = row is not None and row.stint is not None
        away = row is not None and row.away
        ui.contactButton.setEnabled(True)
        ui.endButton.setEnabled(has_stint and away)
        ui.editButton.setEnabled(has_stint)
        ui.lostButton.setEnabled(has_stint)
        ui.editContactButton.setEnabled(bool(contacts))
        ui.deleteContactButton.setEnabled(bool(contacts))

    def _chosen_stint(self, action: str) -> tuple[AwayRow, int] | None:
        row = self.selected()
        if row is None or row.stint is None:
            self.ui.messageLabel.setText(
                f"请先在表中选择一名已做流出登记的党员，再{action}"
                if row is None
                else f"{row.name}还没有流出登记：请先点“流出登记”补填"
            )
            return None
        return row, row.stint.stint_id

    def _chosen_contact(self) -> int | None:
        current = self.ui.contactTable.currentRow()
        if current < 0 or current >= len(self._contact_ids):
            current = 0 if self._contact_ids else -1
        return self._contact_ids[current] if current >= 0 else None

    # Actions

    def log_contact(self) -> None:
        """登记联系 for the selected member (their 流出登记 first when there is none)."""
        row = self.selected()
        if row is not None and row.away and row.stint is None:
            self.start_stint(row.member_id)
            return
        member_id = row.member_id if row is not None and row.away else None
        self._run(ContactDialog(self.context, member_id, parent=self))

    def start_stint(self, member_id: int | None = None) -> None:
        self._run(StintDialog(self.context, member_id, parent=self))

    def edit_stint(self) -> None:
        chosen = self._chosen_stint("修改")
        if chosen is not None:
            self._run(StintDialog(self.context, stint_id=chosen[1], parent=self))

    def delete_stint(self) -> None:
        chosen = self._chosen_stint("删除")
        if chosen is None:
            return
        row, stint_id = chosen
        answer = QMessageBox.question(
            self, "删除流出登记",
            f"删除{row.name}这次外出（{row.place}）的流出登记？\n联系方式、活动证等将删除；"
            "花名册中的流出变动保留（如是误登，请在花名册的人员变动中处理）。",
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run_operation(lambda session: service.delete_stint(session, stint_id)):
            self._changed(f"已删除{row.name}的流出登记")

    def end_stint(self) -> None:
        chosen = self._chosen_stint("结束外出")
        if chosen is not None:
            row, stint_id = chosen
            self._run(EndDialog(self.context, stint_id, row.name, row.start, self,
                                org_there=row.org_there))  # fmt: skip

    def mark_lost(self) -> None:
        chosen = self._chosen_stint("登记失联")
        if chosen is not None:
            self._run(LostDialog(self.context, chosen[1], chosen[0].name, self))

    def close_lost(self) -> None:
        row = self.selected()
        if row is None or row.lost is None or row.lost.outcome is not LostOutcome.SEARCHING:
            name = row.name if row is not None else "所选党员"
            self.ui.messageLabel.setText(f"{name}没有正在查找的失联登记")
            return
        self._run(OutcomeDialog(self.context, row.lost.case_id, row.name, row.lost.marked_on,
                                self))  # fmt: skip

    def unmark_lost(self) -> None:
        row = self.selected()
        if row is None or row.lost is None:
            self.ui.messageLabel.setText("所选党员没有失联登记")
            return
        case = row.lost
        answer = QMessageBox.question(
            self, "撤销失联登记",
            f"撤销{row.name}于{format_date(case.marked_on)}的失联登记（{case.outcome.value}）？"
            "\n只用于误登；找到了请用“登记处理结果”。",
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run_operation(lambda session: service.delete_lost(session, case.case_id)):
            self._changed(f"已撤销{row.name}的失联登记")

    def edit_contact(self) -> None:
        contact_id = self._chosen_contact()
        if contact_id is not None:
            self._run(ContactDialog(self.context, contact_id=contact_id, parent=self))

    def delete_contact(self) -> None:
        row, contact_id = self.selected(), self._chosen_contact()
        if row is None or contact_id is None:
            return
        line = next(c for c in row.contacts if c.contact_id == contact_id)
        also = []
        if line.hours:
            also.append(f"计入的{line.hours:g}学时")
        if line.paid is not None:
            also.append(f"党费登记簿中在流入地交纳的{yuan(line.paid)}元")
        more = f"\n将同时删除{'和'.join(also)}（它们是随这条联系登记的）。" if also else ""
        answer = QMessageBox.question(
            self, "删除联系记录", f"删除{format_date(line.date)}与{row.name}的联系记录？{more}"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run_operation(lambda session: service.delete_contact(session, contact_id)):
            self._changed(f"已删除{format_date(line.date)}与{row.name}的联系记录")

    def export(self) -> None:
        today = self.context.today()
        export_declared(self, self.context, "mobile-register", ExportScope(today, today.year))

    # 流入党员

    def _fill_incoming(self) -> None:
        _fill(
            self.ui.incomingTable,
            INCOMING_HEADER,
            [
                [r.incoming.name, r.incoming.home_branch, format_date(r.incoming.since),
                 format_date(r.incoming.until) if r.incoming.until else "",
                 r.incoming.phone,
                 format_date(r.incoming.card_expires_on) if r.incoming.card_expires_on else "",
                 f"{r.meetings}次", f"{r.hours:g}" if r.hours else ""]
                for r in self.incoming
            ],
        )  # fmt: skip
        self.ui.incomingTable.resizeColumnsToContents()

    def _chosen_incoming(self) -> IncomingRow | None:
        current = self.ui.incomingTable.currentRow()
        if 0 <= current < len(self.incoming):
            return self.incoming[current]
        self.ui.messageLabel.setText("请先在流入党员表中选择一人")
        return None

    def register_incoming(self) -> None:
        self._run(IncomingDialog(self.context, self))

    def record_part(self) -> None:
        row = self._chosen_incoming()
        if row is not None:
            self._run(PartDialog(self.context, row.incoming.incoming_id, row.incoming.name, self))

    def end_incoming(self) -> None:
        row = self._chosen_incoming()
        if row is not None:
            person = row.incoming
            self._run(EndDialog(self.context, person.incoming_id, person.name, person.since,
                                self, incoming=True))  # fmt: skip

    def new_item(self) -> None:
        """Ctrl+N: 登记联系 (流入登记 on the 流入党员 tab)."""
        if self.ui.tabs.currentIndex() == 1:
            self.register_incoming()
        else:
            self.log_contact()


register_page(MobilePage)
