"""换届: the term in office and its committee, what the election still needs (each step with its
rule), the terms before, and the doors to 换届请示/批复, 推迟/提前, 候选人, 选举结果 and 就职/备案;
the 选票 and 计票单 printed or exported."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QTableWidget, QTableWidgetItem, QWidget

from dangwu_desktop.core.dates import document_date
from dangwu_desktop.core.services.branch import branch_name
from dangwu_desktop.io.elections_html import ballot_html, tally_html
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ledgers.elections import book
from dangwu_desktop.ledgers.elections.book import BallotSheet, ElectionState, ElectionView
from dangwu_desktop.ledgers.elections.checklist import Step, steps, term_line
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs.election_dialogs import (
    CandidatesDialog,
    OfficeDialog,
    PrepareDialog,
    RoundDialog,
    TimingDialog,
)
from dangwu_desktop.ui.exports import export_declared
from dangwu_desktop.ui.forms.ui_elections_page import Ui_ElectionsPage
from dangwu_desktop.ui.pages import Page, register_page
from dangwu_desktop.ui.printing import preview_html

DONE, NEEDED = "已完成", "待办"
DONE_BRUSH, NEEDED_BRUSH = QBrush(QColor("#166534")), QBrush(QColor("#b45309"))
OVERDUE_STYLE = "color:#b91c1c; font-weight:bold"
SOON_STYLE = "color:#b45309; font-weight:bold"
STEP_HEADER = ("状态", "事项", "情况", "依据")
HISTORY_HEADER = ("届次", "任期", "交接日期", "支部委员会")


def _fill(table: QTableWidget, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(value)
            table.setItem(r, c, item)


class ElectionsPage(Page):
    NAME = "elections"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_ElectionsPage()
        ui.setupUi(self)
        self.state: ElectionState | None = None
        self.view: ElectionView | None = None
        self.sheet: BallotSheet | None = None
        self.steps: list[Step] = []
        for table in (ui.stepsTable, ui.historyTable):
            table.verticalHeader().setVisible(False)
            table.setWordWrap(False)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        ui.prepareButton.clicked.connect(self.prepare)
        ui.timingButton.clicked.connect(self.set_timing)
        ui.candidatesButton.clicked.connect(self.edit_candidates)
        ui.roundButton.clicked.connect(self.record_round)
        ui.officeButton.clicked.connect(self.take_office)
        output = QMenu(self)
        output.addAction("打印预览选票…", self.print_ballot)
        output.addAction("打印预览计票单…", self.print_tally)
        output.addAction("导出选票（Word）…", lambda: self.export("election-ballot"))
        output.addAction("导出计票单（Word）…", lambda: self.export("election-tally"))
        ui.outputButton.setMenu(output)
        # The checklist is what the page is for: it takes the room, the history what is left.
        ui.pageLayout.setStretchFactor(ui.stepsTable, 3)
        ui.pageLayout.setStretchFactor(ui.historyTable, 1)
        ui.stepsTable.doubleClicked.connect(lambda index: self.open_step(index.row()))

    def load(self) -> None:
        today = self.context.today()
        with self.context.database.read() as session:
            self.state = book.state(session)
            self.view = book.latest_election(session)
            self.sheet = book.ballot_sheet(session)
            if self.sheet is None or not self.sheet.names:
                # No list yet: the forms print blank, to fill in by hand (as `export` writes).
                self.sheet = book.blank_sheet(branch_name(session))
        ui, state, view = self.ui, self.state, self.view
        line = term_line(state, today) if state is not None else None
        if line is None:
            ui.dueLabel.hide()
        else:
            overdue = "已到期" in line
            ui.dueLabel.setText(
                f"<span style='{OVERDUE_STYLE if overdue else SOON_STYLE}'>{escape(line)}</span>"
            )
            ui.dueLabel.show()
        ui.termLabel.setText(self._term_text(state))
        running = view is not None and not view.in_office
        if view is None:
            ui.checklistTitle.setText("<b>换届选举</b>：尚未开始（先填写换届请示）")
            self.steps = []
        else:
            what = "本次换届选举" if running else "上次换届选举（新一届委员会已到任）"
            self.steps = steps(view)
            left = sum(not s.done for s in self.steps)
            todo = f"，还有{left}项待办" if left and running else ""
            ui.checklistTitle.setText(f"<b>{what}</b>{todo}")
        _fill(
            ui.stepsTable,
            STEP_HEADER,
            [(DONE if s.done else NEEDED, s.title, s.detail, s.citation) for s in self.steps],
        )
        for row, step in enumerate(self.steps):
            item = ui.stepsTable.item(row, 0)
            if item is not None:
                item.setForeground(DONE_BRUSH if step.done else NEEDED_BRUSH)
        history = state.history if state is not None else []
        _fill(
            ui.historyTable,
            HISTORY_HEADER,
            [
                (
                    t.title + ("（本届）" if t.current else ""),
                    f"{document_date(t.start)}至{document_date(t.end)}" if t.start else "",
                    document_date(t.handed_over_on),
                    "、".join(f"{s.post.value}{s.name}" for s in t.seats),
                )
                for t in reversed(history)
            ],
        )
        further = running and view is not None and view.further and view.list_open
        ui.prepareButton.setEnabled(state is not None)
        ui.timingButton.setEnabled(running)
        ui.candidatesButton.setEnabled(running)
        ui.candidatesButton.setText("另行选举候选人…" if further else "候选人…")
        ui.roundButton.setEnabled(
            running and view is not None and view.ballot_open and bool(view.contenders)
        )
        ui.roundButton.setText("另行选举结果…" if further else "选举结果…")
        ui.officeButton.setEnabled(
            running and view is not None and view.result.settled and not view.result.short
        )
        ui.outputButton.setEnabled(state is not None)

    def _term_text(self, state: ElectionState | None) -> str:
        if state is None:
            return "请先在“设置”中填写支部基本信息和本届委员会"
        number = f"第{state.term_number}届" if state.term_number else "本届"
        span = ""
        if state.term_start and state.term_end:
            span = f"，任期{document_date(state.term_start)}至{document_date(state.term_end)}"
        left = ""
        if state.term_end:
            days = (state.term_end - self.context.today()).days
            left = f"（还有{days}天）" if days >= 0 else f"（已届满{-days}天）"
        current = next((t for t in state.history if t.current), None)
        seats = "、".join(f"{s.post.value}{s.name}" for s in current.seats) if current else ""
        return (
            f"<b>{number}支部委员会</b>{span}{left}<br>"
            f"{escape(seats) or '（委员会尚未填写，见“设置”）'}"
        )

    def _running(self) -> ElectionView | None:
        return self.view if self.view is not None and not self.view.in_office else None

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec():
            self.load()
            self.ui.messageLabel.setText(escape(str(getattr(dialog, "saved_text", ""))))
            self.data_changed.emit()

    def prepare(self) -> None:
        self._run(PrepareDialog(self.context, self._running(), self))

    def set_timing(self) -> None:
        if (view := self._running()) is not None:
            end = self.state.term_end if self.state is not None else None
            self._run(TimingDialog(self.context, view, end, self))

    def edit_candidates(self) -> None:
        if (view := self._running()) is not None:
            self._run(CandidatesDialog(self.context, view, self))

    def record_round(self) -> None:
        if (view := self._running()) is not None and view.ballot_open:
            self._run(RoundDialog(self.context, view, self))

    def take_office(self) -> None:
        if (view := self._running()) is not None and view.result.settled:
            self._run(OfficeDialog(self.context, view, self))

    def open_step(self, row: int) -> None:
        """Double-clicking a step opens the dialog that records it."""
        if not 0 <= row < len(self.steps):
            return
        title = self.steps[row].title
        if title in ("换届请示", "上级党组织批复"):
            self.prepare()
        elif title.endswith("换届的批准"):
            self.set_timing()
        elif title.startswith("候选人"):
            self.edit_candidates()
        elif title in ("支部党员大会选举", "计票"):
            self.record_round()
        elif title.endswith("另行选举"):
            view = self._running()
            if view is not None and view.ballot_open and view.contenders:
                self.record_round()
            else:
                self.edit_candidates()
        else:
            self.take_office()

    def print_ballot(self) -> None:
        if self.sheet is not None:
            preview_html(self, f"打印预览 — {self.sheet.title}选票", ballot_html(self.sheet)).exec()

    def print_tally(self) -> None:
        if self.sheet is not None:
            preview_html(
                self, f"打印预览 — {self.sheet.title}计票单", tally_html(self.sheet)
            ).exec()

    def print_selection(self) -> None:
        """Ctrl+P: the 选票."""
        self.print_ballot()

    def export(self, key: str) -> None:
        today = self.context.today()
        export_declared(self, self.context, key, ExportScope(today, today.year))


register_page(ElectionsPage)
