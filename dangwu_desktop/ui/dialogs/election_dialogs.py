"""The 换届 dialogs: 换届请示/批复, 推迟/提前换届, 候选人, 选举结果 (one round of the ballot) and
就职/备案. Each saves through the 换届 service; the rules are previewed live as the figures are
typed (差额, four fifths present, ballots adding up, who is elected), and a refusal comes back
with its rule beside the fields it names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import add_months, document_date, format_date
from dangwu_desktop.core.glossary import CommitteePost
from dangwu_desktop.core.rulebook import ELECTION_DUE, Finding, Severity
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.strokes import by_strokes
from dangwu_desktop.ledgers.elections import book, service
from dangwu_desktop.ledgers.elections.book import CandidateLine, ElectionView
from dangwu_desktop.ledgers.elections.checklist import margin_text
from dangwu_desktop.ledgers.elections.rules import (
    MAJORITY,
    MARGIN,
    QUORUM_RULE,
    REPORTING,
    TIES,
    Ballot,
    Timing,
    Vetting,
    ballot_findings,
    count,
    election_due,
    least_candidates,
    least_present,
    quorum_met,
)
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import DateField, show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    WARNING_STYLE,
    FindingsGate,
    GuardedDialog,
    finding_line,
    message_html,
)
from dangwu_desktop.ui.dialogs.dues_dialogs import FieldMarks, MemberChooser
from dangwu_desktop.ui.forms.ui_election_candidates_dialog import Ui_ElectionCandidatesDialog
from dangwu_desktop.ui.forms.ui_election_office_dialog import Ui_ElectionOfficeDialog
from dangwu_desktop.ui.forms.ui_election_prepare_dialog import Ui_ElectionPrepareDialog
from dangwu_desktop.ui.forms.ui_election_round_dialog import Ui_ElectionRoundDialog
from dangwu_desktop.ui.forms.ui_election_timing_dialog import Ui_ElectionTimingDialog

ID_ROLE = Qt.ItemDataRole.UserRole
OK_STYLE = "color:#166534"


def _save_button(box: QDialogButtonBox, text: str = "保存") -> None:
    box.button(QDialogButtonBox.StandardButton.Save).setText(text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")


def _missing_date(field: DateField, marks: FieldMarks, attribute: str, label: str) -> bool:
    """A date box holding text that is no date: refused by name (a blank one is no date)."""
    if field.text().strip() and field.date() is None:
        marks.refuse(attribute, field.error() or "日期无法识别", label)
        return True
    return False


def refuse(marks: FieldMarks, exc: ServiceError) -> None:
    """A refusal shown with the forms' names for its fields (the rules name them), each field
    named marked."""
    if isinstance(exc, RecordInvalid):
        marks.show(exc.findings)
    else:
        marks.gate.show_error(str(exc))


def _lines(findings: Sequence[Finding]) -> str:
    errors = [finding_line(f) for f in findings if f.severity is Severity.ERROR]
    warnings = [f.line for f in findings if f.severity is not Severity.ERROR]
    parts = []
    if errors:
        parts.append(message_html(errors, ERROR_STYLE))
    if warnings:
        parts.append(message_html(warnings, WARNING_STYLE))
    return "".join(parts)


class PrepareDialog(GuardedDialog):
    """换届请示 and the township's 批复: how many seats, the dates and the references."""

    def __init__(
        self, context: AppContext, view: ElectionView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_ElectionPrepareDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        ui.introLabel.setText(
            "向乡镇党委报送换届请示，收到批复后填写批复日期和文号。"
            f"<br><span style='color:#475569'>依据：{ELECTION_DUE.citation}</span>"
        )
        for field in (ui.requestOnEdit, ui.replyOnEdit):
            field.setToday(today)
            field.setMaximumDate(today)
        ui.seatsSpin.setValue(view.seats if view else 5)
        if view is not None:
            ui.requestOnEdit.setDate(view.request_on)
            ui.requestRefEdit.setText(view.request_ref)
            ui.replyOnEdit.setDate(view.reply_on)
            ui.replyRefEdit.setText(view.reply_ref)
            ui.noteEdit.setText(view.note)
            ui.seatsSpin.setEnabled(not view.rounds)
        show_date_errors(ui.errorLabel, (ui.requestOnEdit, ui.replyOnEdit))
        self.marks = FieldMarks(
            FindingsGate(ui.errorLabel, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)),
            {
                "seats": ui.seatsSpin,
                "request_on": ui.requestOnEdit,
                "request_ref": ui.requestRefEdit,
                "reply_on": ui.replyOnEdit,
                "reply_ref": ui.replyRefEdit,
                "note": ui.noteEdit,
            },
        )
        _save_button(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.mark_saved()

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.seatsSpin.value(), ui.requestOnEdit.date(), ui.requestRefEdit.text(),
            ui.replyOnEdit.date(), ui.replyRefEdit.text(), ui.noteEdit.text(),
        )  # fmt: skip

    def save(self) -> None:
        ui = self.ui
        if _missing_date(ui.requestOnEdit, self.marks, "request_on", "请示日期") or _missing_date(
            ui.replyOnEdit, self.marks, "reply_on", "批复日期"
        ):
            return
        given = service.Preparation(
            ui.seatsSpin.value(), ui.requestOnEdit.date(), ui.requestRefEdit.text(),
            ui.replyOnEdit.date(), ui.replyRefEdit.text(), ui.noteEdit.text(),
        )  # fmt: skip
        try:
            with self.context.database.transaction() as session:
                service.prepare(session, given, self.today)
        except ServiceError as exc:
            refuse(self.marks, exc)
            return
        self.saved_text = "已保存换届请示和批复"
        self.mark_saved()
        self.accept()


class TimingDialog(GuardedDialog):
    """推迟 or 提前 the election, with the township's approval (at most a year), or back to 按期."""

    def __init__(
        self,
        context: AppContext,
        view: ElectionView,
        term_end: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.view, self.term_end = context, view, term_end
        self.ui = ui = Ui_ElectionTimingDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        end = f"本届任期至{document_date(term_end)}。" if term_end else ""
        ui.introLabel.setText(
            f"{end}推迟或提前换届须报上级党组织批准，一般不超过1年。"
            f"<br><span style='color:#475569'>依据：{ELECTION_DUE.citation}</span>"
        )
        for timing in Timing:
            ui.timingCombo.addItem(timing.value, timing.value)
        ui.timingCombo.setCurrentIndex(ui.timingCombo.findData(view.timing.value))
        ui.monthsSpin.setValue(view.timing_months or 0)
        ui.approvedOnEdit.setToday(today)
        ui.approvedOnEdit.setMaximumDate(today)
        ui.approvedOnEdit.setDate(view.timing_approved_on)
        ui.referenceEdit.setText(view.timing_ref)
        show_date_errors(ui.errorLabel, (ui.approvedOnEdit,))
        self.marks = FieldMarks(
            FindingsGate(ui.errorLabel, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)),
            {
                "timing_months": ui.monthsSpin,
                "timing_approved_on": ui.approvedOnEdit,
                "timing_ref": ui.referenceEdit,
            },
        )
        ui.timingCombo.currentIndexChanged.connect(self._update)
        ui.monthsSpin.valueChanged.connect(self._update)
        self._update()
        _save_button(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.mark_saved()

    def timing(self) -> Timing:
        return Timing(self.ui.timingCombo.currentData())

    def _update(self) -> None:
        ui, timing = self.ui, self.timing()
        moved = timing is not Timing.ON_TIME
        for widget in (ui.monthsSpin, ui.approvedOnEdit, ui.referenceEdit):
            widget.setEnabled(moved)
        if self.term_end is None:
            ui.dueLabel.clear()
            return
        due = election_due(self.term_end, timing, ui.monthsSpin.value())
        ui.dueLabel.setText(f"应于<b>{document_date(due)}</b>前换届")

    def snapshot(self) -> object:
        ui = self.ui
        return (
            ui.timingCombo.currentIndex(), ui.monthsSpin.value(), ui.approvedOnEdit.date(),
            ui.referenceEdit.text(),
        )  # fmt: skip

    def save(self) -> None:
        ui = self.ui
        if _missing_date(ui.approvedOnEdit, self.marks, "timing_approved_on", "批准日期"):
            return
        timing = self.timing()
        try:
            with self.context.database.transaction() as session:
                service.record_timing(
                    session, self.view.id, timing, ui.monthsSpin.value() or None,
                    ui.approvedOnEdit.date(), ui.referenceEdit.text(), self.today,
                )  # fmt: skip
        except ServiceError as exc:
            refuse(self.marks, exc)
            return
        months = ui.monthsSpin.value()
        self.saved_text = (
            "换届时间改为按期"
            if timing is Timing.ON_TIME
            else f"已记录经批准{timing.value}换届{months}个月"
        )
        self.mark_saved()
        self.accept()


NAME, SOURCE, RECOMMENDATIONS, VETTING, NOTE = range(5)
CANDIDATE_HEADER = ("姓名", "推荐方式", "推荐票数", "资格联审", "联审意见")


class CandidatesDialog(GuardedDialog):
    """The candidate list: who, recommended how and by how many, and the 资格联审's result; the
    差额 and the rules checked as the list is drawn up."""

    def __init__(self, context: AppContext, view: ElectionView, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.view = context, view
        self.ui = ui = Ui_ElectionCandidatesDialog()
        ui.setupUi(self)
        self.today = context.today()
        self.saved_text = ""
        self.stage = view.list_stage
        self.seats = view.seats if self.stage == 1 else view.seats - len(view.result.elected)
        order = (
            "选票按本名单的顺序印制：请按“按姓氏笔画排序”排好（姓的笔画数相同的，"
            "请用上移、下移按起笔顺序调整）。"
        )
        if self.stage == 1:
            least = least_candidates(view.seats)
            ui.introLabel.setText(
                f"应选{view.seats}名委员，候选人至少{least}名（差额不少于20%）。候选人须是正式党员，"
                f"并经资格联审。{order}"
                f"<br><span style='color:#475569'>依据：{MARGIN.citation}</span>"
            )
        else:
            self.setWindowTitle("另行选举候选人")
            ui.introLabel.setText(
                f"选举当选{len(view.result.elected)}名，还有<b>{self.seats}</b>个名额没有选出，"
                "不足的名额另行选举。另行选举的候选人从未当选的正式党员中确定（名单先列出上次未当选的"
                f"候选人），人数不少于不足的名额，是否差额按选举办法。{order}"
                f"<br><span style='color:#475569'>依据：{TIES.citation}</span>"
            )
        with context.database.read() as session:
            members = member_service.active_members(session)
        self.chooser = MemberChooser(ui.memberCombo, members)
        table = ui.candidatesTable
        table.setHorizontalHeaderLabels(CANDIDATE_HEADER)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        lines = view.listed(self.stage)
        if not lines and self.stage > 1 and view.list_open:
            # A 另行选举 begins from the last list's candidates not elected.
            lines = tuple(c for c in view.listed(self.stage - 1) if c.id not in view.result.elected)
        for line in lines:
            self._add_row(line.member_id, line.name, line)
        ui.addButton.clicked.connect(self.add_chosen)
        ui.removeButton.clicked.connect(self.remove_current)
        ui.upButton.clicked.connect(lambda: self.move_current(-1))
        ui.downButton.clicked.connect(lambda: self.move_current(1))
        ui.sortButton.clicked.connect(self.sort_by_strokes)
        table.itemChanged.connect(self._check)
        editable = view.list_open
        for widget in (
            ui.addButton, ui.removeButton, ui.upButton, ui.downButton, ui.sortButton, table,
        ):  # fmt: skip
            widget.setEnabled(editable)
        self.marks = FieldMarks(
            FindingsGate(ui.errorLabel, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)),
            {"member": ui.memberCombo},
        )
        _save_button(ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._check()
        self.mark_saved()

    def _add_row(self, member_id: int, name: str, line: CandidateLine | None = None) -> None:
        table = self.ui.candidatesTable
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(ID_ROLE, member_id)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, NAME, item)
        source = QComboBox(table)
        source.setEditable(True)
        source.addItems(service.SOURCES)
        source.setCurrentText(line.source if line else service.SOURCES[0])
        source.currentTextChanged.connect(self._check)
        table.setCellWidget(row, SOURCE, source)
        count_text = (
            "" if line is None or line.recommendations is None else str(line.recommendations)
        )
        table.setItem(row, RECOMMENDATIONS, QTableWidgetItem(count_text))
        vetting = QComboBox(table)
        for value in Vetting:
            vetting.addItem(value.value, value.value)
        vetting.setCurrentIndex(vetting.findData((line.vetting if line else Vetting.PENDING).value))
        vetting.currentIndexChanged.connect(self._check)
        table.setCellWidget(row, VETTING, vetting)
        table.setItem(row, NOTE, QTableWidgetItem(line.vetting_note if line else ""))
        table.blockSignals(False)

    def add_chosen(self) -> None:
        member_id = self.chooser.member_id()
        if member_id is None:
            self.marks.refuse("member", "请从名单中选择党员", "党员")
            return
        if member_id in self.member_ids():
            self.marks.refuse("member", "该党员已在候选人名单中", "党员")
            return
        self._add_row(member_id, self.chooser.members[member_id].name)
        self.chooser.choose(None)
        self._check()

    def remove_current(self) -> None:
        row = self.ui.candidatesTable.currentRow()
        if row >= 0:
            self.ui.candidatesTable.removeRow(row)
            self._check()

    def move_current(self, step: int) -> None:
        table = self.ui.candidatesTable
        row = table.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < table.rowCount():
            return
        given = self.given() or []
        names = self.names()
        given[row], given[to] = given[to], given[row]
        names[row], names[to] = names[to], names[row]
        self._fill(given, names)
        table.setCurrentCell(to, NAME)
        self._check()

    def sort_by_strokes(self) -> None:
        """The list in 姓氏笔画 order: the surname's strokes, then the next characters'."""
        given = self.given()
        if given is None:
            self.marks.gate.show_error("推荐票数须是整数")
            return
        names = self.names()
        order = by_strokes(names)
        self._fill([given[i] for i in order], [names[i] for i in order])
        self._check()

    def _fill(self, given: Sequence[service.CandidateInput], names: Sequence[str]) -> None:
        table = self.ui.candidatesTable
        table.setRowCount(0)
        for item, name in zip(given, names, strict=True):
            line = CandidateLine(
                0, item.member_id, name, item.source, item.recommendations, item.vetting,
                item.vetting_note,
            )  # fmt: skip
            self._add_row(item.member_id, name, line)

    def member_ids(self) -> list[int]:
        table = self.ui.candidatesTable
        return [int(cell(table, r, NAME).data(ID_ROLE)) for r in range(table.rowCount())]

    def names(self) -> list[str]:
        table = self.ui.candidatesTable
        return [cell(table, r, NAME).text() for r in range(table.rowCount())]

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self.ui.candidatesTable.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def given(self) -> list[service.CandidateInput] | None:
        """The list as typed; None where a 推荐票数 is not a whole number."""
        table = self.ui.candidatesTable
        rows = []
        for row, member_id in enumerate(self.member_ids()):
            typed = cell(table, row, RECOMMENDATIONS).text().strip()
            if typed and not typed.isdigit():
                return None
            rows.append(
                service.CandidateInput(
                    member_id,
                    self._combo(row, SOURCE).currentText(),
                    int(typed) if typed else None,
                    Vetting(self._combo(row, VETTING).currentData()),
                    cell(table, row, NOTE).text(),
                )
            )
        return rows

    def _check(self) -> None:
        """The 差额 line and the rules' findings, as the list stands."""
        given = self.given()
        rows = self.ui.candidatesTable.rowCount()
        if self.stage == 1:
            head = margin_text(self.view.seats, rows)
            enough = rows >= least_candidates(self.view.seats)
        else:
            head = f"不足{self.seats}名，候选人{rows}名"
            enough = rows >= self.seats
        style = OK_STYLE if enough else WARNING_STYLE
        text = f"<b style='{style}'>{head}</b>"
        if given is None:
            text += message_html(["推荐票数须是整数"], ERROR_STYLE)
        else:
            with self.context.database.read() as session:
                findings = service.check_candidates(session, self.view.id, given, self.today)
            text += _lines(findings)
        self.ui.marginLabel.setText(text)

    def snapshot(self) -> object:
        return (self.given(), self.names())

    def save(self) -> None:
        given = self.given()
        if given is None:
            self.marks.gate.show_error("推荐票数须是整数")
            return
        try:
            with self.context.database.transaction() as session:
                warnings = service.save_candidates(session, self.view.id, given, self.today)
        except ServiceError as exc:
            refuse(self.marks, exc)
            return
        still = f"（{'；'.join(w.line for w in warnings)}）" if warnings else ""
        what = "候选人名单" if self.stage == 1 else "另行选举候选人名单"
        self.saved_text = f"已保存{what}：{'、'.join(self.names())}{still}"
        self.mark_saved()
        self.accept()


class RoundDialog(GuardedDialog):
    """One round of the ballot as the 计票单 has it: 应到 and 实到 with a vote, the ballots, and
    each candidate's 赞成票; the count checked and who is elected shown as it is typed."""

    def __init__(self, context: AppContext, view: ElectionView, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.view = context, view
        self.ui = ui = Ui_ElectionRoundDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        self.seats = view.next_seats
        self.contenders = view.contenders
        opening = not view.result.tied  # the first round of the election or of a 另行选举
        stage = "另行选举" if view.further else ""
        if opening and view.further:
            what = f"另行选举：不足{self.seats}名，候选人{len(self.contenders)}名"
        elif opening:
            what = f"第1轮：应选{self.seats}名，候选人{len(self.contenders)}名"
        else:
            what = (
                f"{stage}第{view.round_in_stage}轮：就票数相等的{len(self.contenders)}人"
                f"选{self.seats}名"
            )
        ui.introLabel.setText(
            f"<b>{what}</b>。到会有选举权的人数不少于应到会人数的五分之四，选举有效；"
            "得票超过应到会有选举权人数的一半始得当选。"
            f"<br><span style='color:#475569'>依据：{QUORUM_RULE.citation}；{MAJORITY.citation}"
            "</span>"
        )
        title = "另行选举结果" if view.further else "选举结果"
        self.setWindowTitle(f"{title}（第{view.round_in_stage}轮）")
        since = view.held_on if view.further and view.held_on else add_months(today, -12)
        with context.database.read() as session:
            meetings = book.election_meetings(session, since, today)
            self.voters = {m.activity_id: len(book.voters_on(session, m.day)) for m in meetings}
        for meeting in meetings:
            ui.meetingCombo.addItem(
                f"{format_date(meeting.day)} 支部党员大会 {meeting.title}".strip(),
                meeting.activity_id,
            )
        if not meetings:
            ui.meetingCombo.addItem("（近一年没有支部党员大会记录，请先在“组织生活”中记录）", None)
        if not opening:
            last = view.rounds[-1]
            ui.meetingCombo.clear()
            ui.meetingCombo.addItem(f"{format_date(last.held_on)}（与上一轮同一次会议）", None)
            ui.meetingCombo.setEnabled(False)
            ui.dueSpin.setValue(last.due)
        ui.meetingCombo.currentIndexChanged.connect(self._meeting_changed)
        self._meeting_changed()
        self.vote_spins: list[QSpinBox] = []
        layout = ui.votesLayout
        columns = 2 if len(self.contenders) > 6 else 1
        for index, line in enumerate(self.contenders):
            row, column = divmod(index, columns)
            label = QLabel(line.name, ui.votesBox)
            spin = QSpinBox(ui.votesBox)
            spin.setRange(0, 9999)
            spin.setObjectName(f"votes{index}")
            label.setBuddy(spin)
            layout.addWidget(label, row, column * 2)
            layout.addWidget(spin, row, column * 2 + 1)
            spin.valueChanged.connect(self._check)
            self.vote_spins.append(spin)
        figures = (
            ui.dueSpin, ui.presentSpin, ui.issuedSpin, ui.returnedSpin, ui.validSpin, ui.voidSpin,
        )  # fmt: skip
        for spin in figures:
            spin.valueChanged.connect(self._check)
        self.marks = FieldMarks(
            FindingsGate(ui.errorLabel, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)),
            {
                "activity": ui.meetingCombo,
                "due": ui.dueSpin,
                "present": ui.presentSpin,
                "issued": ui.issuedSpin,
                "returned": ui.returnedSpin,
                "valid": ui.validSpin,
            },
        )
        _save_button(ui.buttonBox, "记录")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        # Tab from the ballots to each candidate's votes in turn, as the 计票单 reads.
        chain = [*figures, *self.vote_spins, ui.buttonBox]
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)
        self._check()
        self.mark_saved()

    def _meeting_changed(self) -> None:
        activity_id = self.ui.meetingCombo.currentData()
        if activity_id is not None and activity_id in self.voters:
            self.ui.dueSpin.setValue(self.voters[activity_id])

    def ballot(self) -> Ballot:
        ui = self.ui
        return Ballot(
            ui.dueSpin.value(), ui.presentSpin.value(), ui.issuedSpin.value(),
            ui.returnedSpin.value(), ui.validSpin.value(), ui.voidSpin.value(),
        )  # fmt: skip

    def votes(self) -> dict[int, int]:
        return {
            c.member_id: s.value() for c, s in zip(self.contenders, self.vote_spins, strict=True)
        }

    def _check(self) -> None:
        """Four fifths present, the ballots adding up, and who the figures elect."""
        b = self.ballot()
        votes = self.votes()
        parts = []
        if b.due and b.present:  # said once 实到 is typed, not over an empty form
            least = least_present(b.due)
            met = quorum_met(b.due, b.present)
            style = OK_STYLE if met else ERROR_STYLE
            verdict = "会议有效" if met else "不足五分之四，选举无效"
            parts.append(
                f"<span style='{style}'>应到{b.due}人，至少{least}人到会；实到{b.present}人，"
                f"{verdict}</span>"
            )
        findings = [
            f
            for f in ballot_findings(b, self.seats, list(votes.values()))
            if f.attribute != "present"
        ]
        if findings:
            parts.append(_lines(findings))
        elif b.due and any(votes.values()):
            names = {c.member_id: c.name for c in self.contenders}
            outcome = count(b.due, self.seats, votes)
            half = b.due // 2 + 1
            elected = "、".join(names[m] for m in outcome.elected) or "无"
            line = f"得票至少{half}票（超过应到会人数的一半）当选：{elected}"
            if outcome.tied:
                tied = "、".join(names[m] for m in outcome.tied)
                line += f"；{tied}票数相等，应就{outcome.tied_seats}个名额再次投票"
            elif outcome.short:
                line += f"；少{outcome.short}名，不足的名额另行选举"
            parts.append(f"<b>{line}</b>")
        self.ui.checkLabel.setText("<br>".join(parts))

    def snapshot(self) -> object:
        return (self.ui.meetingCombo.currentIndex(), self.ballot(), self.votes())

    def save(self) -> None:
        activity_id = self.ui.meetingCombo.currentData()
        given = service.RoundInput(self.ballot(), self.votes(), activity_id)
        try:
            with self.context.database.transaction() as session:
                counted = service.record_round(session, self.view.id, given, self.today)
        except ServiceError as exc:
            refuse(self.marks, exc)
            return
        names = {c.id: c.name for c in self.view.candidates}
        elected = "、".join(names[i] for i in counted.elected) or "无人"
        more = "；票数相等，需再次投票" if counted.tied else ""
        if counted.short:
            more = f"；还有{counted.short}个名额没有选出，不足的名额另行选举"
        stage = "另行选举" if self.view.further else ""
        self.saved_text = f"已记录{stage}第{self.view.round_in_stage}轮计票：当选{elected}{more}"
        self.mark_saved()
        self.accept()


class OfficeDialog(GuardedDialog):
    """就职/备案: each elected member's post, 书记/副书记 approved by the township (the new
    committee takes office that day) and the 委员 filed."""

    def __init__(self, context: AppContext, view: ElectionView, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.view = context, view
        with context.database.read() as session:
            committee = book.committee_posts(session)
        self.ui = ui = Ui_ElectionOfficeDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        self.elected = view.elected
        held = document_date(view.held_on)
        ui.introLabel.setText(
            f"{held}选出：{'、'.join(c.name for c in self.elected) or '（尚未记录计票结果）'}。"
            "书记、副书记报上级党组织批准，委员报上级党组织备案；新一届委员会自批准之日起到任，"
            "本届委员会转入历届记录。连任的委员先按原来的分工列出，请按委员会选举的结果改定。"
            f"<br><span style='color:#475569'>依据：{REPORTING.citation}</span>"
        )
        self.post_combos: list[QComboBox] = []
        offered = book.kept_posts([(c.member_id, c.name) for c in self.elected], committee)
        for line, post in zip(self.elected, offered, strict=True):
            combo = QComboBox(ui.postsBox)
            for value in CommitteePost:
                combo.addItem(value.value, value.value)
            combo.setCurrentIndex(combo.findData(post.value))
            ui.postsLayout.addRow(line.name, combo)
            self.post_combos.append(combo)
        dates = (ui.submittedOnEdit, ui.approvedOnEdit, ui.filedOnEdit)
        for field in dates:
            field.setToday(today)
            field.setMaximumDate(today)
        show_date_errors(ui.errorLabel, dates)
        self.marks = FieldMarks(
            FindingsGate(ui.errorLabel, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)),
            {
                "submitted_on": ui.submittedOnEdit,
                "approved_on": ui.approvedOnEdit,
                "approval_ref": ui.approvalRefEdit,
                "filed_on": ui.filedOnEdit,
            },
        )
        _save_button(ui.buttonBox, "到任")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.mark_saved()

    def posts(self) -> list[tuple[int, CommitteePost]]:
        return [
            (line.member_id, CommitteePost(combo.currentData()))
            for line, combo in zip(self.elected, self.post_combos, strict=True)
        ]

    def snapshot(self) -> object:
        ui = self.ui
        return (
            self.posts(), ui.submittedOnEdit.date(), ui.approvedOnEdit.date(),
            ui.approvalRefEdit.text(), ui.filedOnEdit.date(),
        )  # fmt: skip

    def save(self) -> None:
        ui = self.ui
        fields = (
            (ui.submittedOnEdit, "submitted_on", "报批日期"),
            (ui.approvedOnEdit, "approved_on", "批准日期"),
            (ui.filedOnEdit, "filed_on", "备案日期"),
        )
        if any(_missing_date(field, self.marks, name, label) for field, name, label in fields):
            return
        given = service.Office(
            self.posts(), ui.approvedOnEdit.date(), ui.approvalRefEdit.text(),
            ui.filedOnEdit.date(), ui.submittedOnEdit.date(),
        )  # fmt: skip
        try:
            with self.context.database.transaction() as session:
                service.take_office(session, self.view.id, given, self.today)
        except ServiceError as exc:
            refuse(self.marks, exc)
            return
        approved = document_date(ui.approvedOnEdit.date())
        self.saved_text = f"新一届支部委员会已于{approved}到任"
        self.mark_saved()
        self.accept()
