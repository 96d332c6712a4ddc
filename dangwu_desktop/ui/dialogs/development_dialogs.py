"""The 发展党员 dialogs: a person's file (新增 with the application's date, or 编辑), one step
recorded for a person (the step, its day, the members named, the meeting that decided it, the
vote, the documents) with what the rules say shown before saving, and the 步骤设置 a province
adjusts. Each saves through the 发展党员 service; refusals are shown beside their fields."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.dates import DateParseError, format_date, parse_date
from dangwu_desktop.core.glossary import EDUCATION_LEVELS, MemberCategory, Sex
from dangwu_desktop.core.rulebook import Finding, Severity, TopicVote
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.ledgers.development import service
from dangwu_desktop.ledgers.development.rules import (
    ADMISSION,
    CONFIRMATION_MEETING,
    StepSpec,
)
from dangwu_desktop.ledgers.development.service import (
    DocumentInput,
    PersonInput,
    StepInput,
    TimelineRow,
)
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import first_invalid, show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    WARNING_STYLE,
    FindingsGate,
    GuardedDialog,
    finding_line,
    message_html,
    settle_unsaved,
)
from dangwu_desktop.ui.dialogs.dues_dialogs import FieldMarks, MemberChooser
from dangwu_desktop.ui.forms.ui_development_person_dialog import Ui_DevelopmentPersonDialog
from dangwu_desktop.ui.forms.ui_development_step_dialog import Ui_DevelopmentStepDialog
from dangwu_desktop.ui.forms.ui_development_steps_dialog import Ui_DevelopmentStepsDialog

NOTE_STYLE = "color:#475569"
ROSTER_STYLE = "color:#1d4ed8"
VOTED_STEPS = (ADMISSION, CONFIRMATION_MEETING)
TRAINING_STEP = "training"
PUBLICITY_STEP = "committee_review"
NO_MEETING = "（不链接会议记录）"
DOCUMENT_HEADER = ("材料名称", "编号", "日期", "已归档")
NAME_COLUMN, NUMBER_COLUMN, DATE_COLUMN, ON_FILE_COLUMN = range(4)


def _save_button(box: QDialogButtonBox) -> QWidget:
    return box.button(QDialogButtonBox.StandardButton.Save)


def preview_html(found: Sequence[Finding]) -> str:
    """What a step would be told before it is saved: errors (which stop it) and 提示 (which the
    record keeps), each with the rule's 依据."""
    errors = [f for f in found if f.severity is Severity.ERROR]
    warnings = [f for f in found if f.severity is not Severity.ERROR]
    if not found:
        return message_html(["符合规定，可以登记"], NOTE_STYLE)
    parts = []
    if errors:
        parts.append(f"<b style='{ERROR_STYLE}'>无法登记：</b>")
        parts.append(message_html([finding_line(f) for f in errors], ERROR_STYLE))
    if warnings:
        parts.append(f"<b style='{WARNING_STYLE}'>可以登记，记录将带有以下提示：</b>")
        parts.append(message_html([f.line for f in warnings], WARNING_STYLE))
    return "".join(parts)


class PersonDialog(GuardedDialog):
    """新增 or 编辑 a person's file. A new file may carry the day the application was handed in:
    ① is recorded with it, and an applicant under eighteen that day is refused (第五条)."""

    def __init__(
        self, context: AppContext, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.person_id = context, person_id
        self.ui = ui = Ui_DevelopmentPersonDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        ui.sexCombo.addItem("", None)
        for sex in Sex:
            ui.sexCombo.addItem(sex.value, sex)
        ui.educationCombo.addItems(["", *EDUCATION_LEVELS])
        for field in (ui.birthEdit, ui.appliedEdit):
            field.setToday(today)
            field.setMaximumDate(today)
        show_date_errors(ui.errorLabel, (ui.birthEdit, ui.appliedEdit))
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.gate = FindingsGate(ui.errorLabel, save)
        self.marks = FieldMarks(
            self.gate,
            {"name": ui.nameEdit, "id_number": ui.idEdit, "sex": ui.sexCombo,
             "birth_date": ui.birthEdit, "ethnicity": ui.ethnicityEdit,
             "education": ui.educationCombo, "occupation": ui.occupationEdit,
             "phone": ui.phoneEdit, "address": ui.addressEdit, "date": ui.appliedEdit},
        )  # fmt: skip
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if person_id is not None:
            self.setWindowTitle("编辑发展党员档案")
            for widget in (ui.appliedLabel, ui.appliedEdit):
                widget.setVisible(False)
            with context.database.read() as session:
                self._fill(service.timeline(session, person_id, today).person)
        self.mark_saved()

    def _fill(self, person: PersonInput) -> None:
        ui = self.ui
        ui.nameEdit.setText(person.name)
        ui.idEdit.setText(person.id_number)
        ui.sexCombo.setCurrentIndex(max(ui.sexCombo.findData(person.sex), 0))
        ui.birthEdit.setDate(person.birth_date)
        ui.ethnicityEdit.setText(person.ethnicity)
        ui.educationCombo.setCurrentText(person.education)
        ui.occupationEdit.setText(person.occupation)
        ui.phoneEdit.setText(person.phone)
        ui.addressEdit.setText(person.address)
        ui.notesEdit.setPlainText(person.notes)

    def data(self) -> PersonInput:
        ui = self.ui
        return PersonInput(
            ui.nameEdit.text(), ui.sexCombo.currentData(), ui.birthEdit.date(), ui.idEdit.text(),
            ui.ethnicityEdit.text(), ui.educationCombo.currentText(), ui.occupationEdit.text(),
            ui.phoneEdit.text(), ui.addressEdit.text(), ui.notesEdit.toPlainText(),
        )  # fmt: skip

    def snapshot(self) -> object:
        return self.data()

    def save(self) -> None:
        ui = self.ui
        unreadable = first_invalid((ui.birthEdit, ui.appliedEdit))
        if unreadable is not None:
            attribute = "birth_date" if unreadable is ui.birthEdit else "date"
            self.marks.refuse(attribute, unreadable.error(), "")
            return
        given, applied = self.data(), ui.appliedEdit.date()
        with self.context.database.read() as session:
            checked = service.check_person(session, given, self.today, self.person_id)
        if checked.errors:
            self.marks.show(checked.findings)
            return
        if not self.gate.allows(checked.findings):
            return  # 提示 (a number on the roster, linked): shown; 仍然保存 accepts them
        try:
            with self.context.database.transaction() as session:
                if self.person_id is None:
                    person = service.add_person(session, given, self.today)
                    if applied is not None:
                        first = service.steps(session)[0]
                        service.record_step(
                            session, StepInput(person.id, first.code, applied), self.today
                        )
                    person_id = person.id
                else:
                    person_id = service.update_person(session, self.person_id, given, self.today).id
        except RecordInvalid as exc:
            # ①'s refusals name this dialog's field, not the step's 日期 (a file has no "date").
            label = ui.appliedLabel.text()
            self.marks.show(
                [replace(f, label=label) if f.attribute == "date" else f for f in exc.findings]
            )
            return
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        name = checked.data.name
        self.saved_text = (
            f"已新建{name}的发展党员档案" + ("，并登记①递交入党申请书" if applied else "")
            if self.person_id is None
            else f"已保存{name}的档案"
        )
        self.person_id = person_id
        self.mark_saved()
        self.accept()


class StepDialog(GuardedDialog):
    """登记步骤 for one person: the next step due unless another is chosen; a step recorded
    before (all but the half-yearly 考察) opens with what was recorded, to be corrected."""

    def __init__(
        self,
        context: AppContext,
        person_id: int,
        step_code: str | None = None,
        record: TimelineRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.person_id, self.record = context, person_id, record
        self.ui = ui = Ui_DevelopmentStepDialog()
        ui.setupUi(self)
        self.today = today = context.today()
        self.saved_text = ""
        self.warnings: tuple[Finding, ...] = ()
        with context.database.read() as session:
            line = service.timeline(session, person_id, today)
            self.specs = service.steps(session)
            members = [
                m
                for m in member_service.active_members(session, by_group=True)
                if m.category is MemberCategory.FULL
            ]
        self.name = line.person.name
        self.rows = line.rows
        ui.personLabel.setText(
            f"<b>{self.name}</b>　{line.stand.stage_name}"
            + (f"　已到：{line.stand.current.label}" if line.stand.current else "")
        )
        for spec in self.specs:
            ui.stepCombo.addItem(f"{spec.label}（{spec.stage_name}）", spec.code)
        self.first_person = MemberChooser(ui.firstPersonCombo, members)
        self.second_person = MemberChooser(ui.secondPersonCombo, members)
        dates = (ui.dateEdit, ui.endEdit, ui.publicityFromEdit, ui.publicityToEdit)
        for field in dates:
            field.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        show_date_errors(ui.errorLabel, dates)
        table = ui.documentsTable
        table.setColumnCount(len(DOCUMENT_HEADER))
        table.setHorizontalHeaderLabels(list(DOCUMENT_HEADER))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setToolTip("日期可写作 2026-05-20；已归档：纸质材料已放入档案")
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("登记")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.gate = FindingsGate(ui.errorLabel, save)
        self.marks = FieldMarks(
            self.gate,
            {"date": ui.dateEdit, "end_date": ui.endEdit, "people": ui.firstPersonCombo,
             "activity": ui.meetingCombo, "vote": ui.dueSpin,
             "publicity": ui.publicityFromEdit, "documents": ui.documentsTable,
             "conclusion": ui.conclusionEdit, "notes": ui.notesEdit},
        )  # fmt: skip
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addDocumentButton.clicked.connect(lambda: self._add_document(DocumentInput("", on_file=False), edit=True))  # fmt: skip
        ui.removeDocumentButton.clicked.connect(self._remove_document)
        chosen = record.step.code if record is not None else step_code or self._next_code(line)
        ui.stepCombo.setCurrentIndex(max(ui.stepCombo.findData(chosen), 0))
        self._step_changed(record)
        ui.stepCombo.currentIndexChanged.connect(lambda *_: self._step_changed(None))
        ui.dateEdit.dateChanged.connect(lambda *_: self._date_changed())
        for signal in (
            ui.endEdit.dateChanged, ui.hoursSpin.valueChanged,
            ui.firstPersonCombo.currentTextChanged, ui.secondPersonCombo.currentTextChanged,
            ui.meetingCombo.currentIndexChanged, ui.dueSpin.valueChanged,
            ui.presentSpin.valueChanged, ui.forSpin.valueChanged, ui.againstSpin.valueChanged,
            ui.abstainSpin.valueChanged, ui.publicityFromEdit.dateChanged,
            ui.publicityToEdit.dateChanged, ui.documentsTable.itemChanged,
            ui.conclusionEdit.textChanged, ui.notesEdit.textChanged,
        ):  # fmt: skip
            signal.connect(lambda *_: self.preview())
        self.preview()
        ui.dateEdit.setFocus()  # the step is the next one due: its day is typed first
        self.mark_saved()

    @staticmethod
    def _next_code(line: service.Timeline) -> str:
        """The next step due: the step after the last recorded, or the first."""
        if line.stand.dues:
            return line.stand.dues[-1].step.code
        recorded = {r.step.code for r in line.rows if r.record_id is not None}
        return next((r.step.code for r in line.rows if r.step.code not in recorded), "")

    def spec(self) -> StepSpec:
        code = self.ui.stepCombo.currentData()
        return next(s for s in self.specs if s.code == code)

    def _recorded(self, spec: StepSpec) -> TimelineRow | None:
        if spec.repeats:
            return None
        return next((r for r in self.rows if r.step.code == spec.code and r.record_id), None)

    def _step_changed(self, record: TimelineRow | None) -> None:
        """Show the fields this step asks for, filled with what was recorded for it, if any."""
        ui, spec = self.ui, self.spec()
        self.record = record or self._recorded(spec)
        training = spec.code == TRAINING_STEP
        has_people = bool(spec.people_role)
        form = ui.formLayout
        form.setRowVisible(ui.endEdit, training)
        form.setRowVisible(ui.hoursSpin, training)
        form.setRowVisible(ui.firstPersonCombo, has_people)
        form.setRowVisible(ui.secondPersonCombo, has_people and spec.people_max >= 2)
        form.setRowVisible(ui.meetingCombo, bool(spec.meeting_kind))
        form.setRowVisible(ui.voteLayout, spec.code in VOTED_STEPS)
        form.setRowVisible(ui.publicityLayout, spec.code == PUBLICITY_STEP)
        ui.dateLabel.setText("开始日期" if training else "日期")
        ui.firstPersonLabel.setText(spec.people_role)
        ui.secondPersonLabel.setText(f"{spec.people_role}（二）")
        ui.meetingLabel.setText(f"{spec.meeting_kind}记录" if spec.meeting_kind else "会议记录")
        ui.voteLabel.setToolTip(
            "应到、实到为有表决权的正式党员；同意票须超过应到会有表决权人数的半数"
        )
        self._fill(spec, self.record)
        with self.context.database.read() as session:
            effect = service.roster_effect(session, self.person_id, spec.code)
        ui.rosterLabel.setText(message_html([effect], ROSTER_STYLE) if effect else "")
        self.preview()

    def _fill(self, spec: StepSpec, row: TimelineRow | None) -> None:
        ui = self.ui
        if row is not None:  # another step not yet recorded keeps the day typed
            ui.dateEdit.setDate(row.date)
        ui.endEdit.setDate(row.end_date if row else None)
        ui.hoursSpin.setValue(row.hours or 0 if row else 0)
        people = row.people_ids if row else ()
        self.first_person.choose(people[0] if people else None)
        self.second_person.choose(people[1] if len(people) > 1 else None)
        vote = row.vote_figures if row else None
        for spin, value in (
            (ui.dueSpin, vote.due if vote else 0), (ui.presentSpin, vote.present if vote else 0),
            (ui.forSpin, vote.votes_for if vote else 0),
            (ui.againstSpin, vote.votes_against if vote else 0),
            (ui.abstainSpin, vote.abstentions if vote else 0),
        ):  # fmt: skip
            spin.setValue(value)
        publicity = row.publicity if row else None
        ui.publicityFromEdit.setDate(publicity[0] if publicity else None)
        ui.publicityToEdit.setDate(publicity[1] if publicity else None)
        ui.conclusionEdit.setText(row.conclusion if row else "")
        ui.notesEdit.setPlainText(row.notes if row else "")
        ui.documentsTable.setRowCount(0)
        documents = (
            row.documents if row else tuple(DocumentInput(n, on_file=False) for n in spec.documents)
        )
        for document in documents:
            self._add_document(document)
        self._load_meetings(row.activity_id if row else None)
        self.setWindowTitle(f"{'修改' if row else '登记'}{self.name}的{spec.label}")

    def _date_changed(self) -> None:
        self._load_meetings(self.ui.meetingCombo.currentData())
        self.preview()

    def _load_meetings(self, keep: int | None) -> None:
        """The spec's kind of meeting records near the date (or today), the one held that day
        chosen when none was."""
        ui, spec = self.ui, self.spec()
        combo = ui.meetingCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NO_MEETING, None)
        if spec.meeting_kind:
            day = ui.dateEdit.date() or self.today
            with self.context.database.read() as session:
                found = service.meetings_near(session, day, spec.meeting_kind)
            for choice in found:
                combo.addItem(choice.label, choice.activity_id)
            same_day = next((c.activity_id for c in found if c.date == ui.dateEdit.date()), None)
            wanted = keep if keep is not None else same_day
            combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
            if not found:
                combo.setItemText(0, f"（{day:%Y-%m-%d}前后90天内没有{spec.meeting_kind}记录）")
        combo.blockSignals(False)

    def _add_document(self, document: DocumentInput, edit: bool = False) -> None:
        table = self.ui.documentsTable
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, NAME_COLUMN, QTableWidgetItem(document.name))
        table.setItem(row, NUMBER_COLUMN, QTableWidgetItem(document.number))
        table.setItem(row, DATE_COLUMN, QTableWidgetItem(format_date(document.date)))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if document.on_file else Qt.CheckState.Unchecked)
        table.setItem(row, ON_FILE_COLUMN, check)
        table.blockSignals(False)
        if edit:
            table.setCurrentCell(row, NAME_COLUMN)
            table.editItem(table.item(row, NAME_COLUMN))  # type: ignore[arg-type]

    def _remove_document(self) -> None:
        table = self.ui.documentsTable
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self.preview()

    def _row(self, row: int) -> tuple[str, str, str, bool]:
        """A document's row as typed: name, number, date, 已归档."""
        table = self.ui.documentsTable
        name, number, day = (
            (item.text() if (item := table.item(row, c)) is not None else "").strip()
            for c in (NAME_COLUMN, NUMBER_COLUMN, DATE_COLUMN)
        )
        check = table.item(row, ON_FILE_COLUMN)
        return name, number, day, check is not None and check.checkState() == Qt.CheckState.Checked

    def documents(self) -> tuple[tuple[DocumentInput, ...], list[Finding]]:
        """The table's documents (rows left blank dropped), and a finding per unreadable date."""
        table, found, problems = self.ui.documentsTable, [], []
        for row in range(table.rowCount()):
            name, number, day, on_file = self._row(row)
            if not (name or number or day or on_file):
                continue
            when: date | None = None
            if day:
                try:
                    when = parse_date(day)
                except DateParseError as exc:
                    problems.append(
                        Finding("documents", f"第{row + 1}行的日期{exc}", Severity.ERROR,
                                label="材料")
                    )  # fmt: skip
            found.append(DocumentInput(name, number, when, on_file))
        return tuple(found), problems

    def _people(self) -> tuple[tuple[int, ...], list[Finding]]:
        spec, ui = self.spec(), self.ui
        if not spec.people_role:
            return (), []
        chosen, problems = [], []
        pairs = ((self.first_person, ui.firstPersonCombo), (self.second_person, ui.secondPersonCombo))  # fmt: skip
        for chooser, combo in pairs:
            if combo is ui.secondPersonCombo and spec.people_max < 2:
                continue
            member_id = chooser.member_id()
            if member_id is not None:
                chosen.append(member_id)
            elif combo.currentText().strip():
                problems.append(
                    Finding("people", f"“{combo.currentText().strip()}”不是在册的正式党员",
                            Severity.ERROR, "请从名单中选择", spec.people_role)
                )  # fmt: skip
        return tuple(chosen), problems

    def draft(self) -> tuple[StepInput | None, list[Finding]]:
        """The step as the form holds it (None while its date is blank or unreadable), and the
        problems the form itself finds (a name not on the list, a document's unreadable date)."""
        ui, spec = self.ui, self.spec()
        day = ui.dateEdit.date()
        if day is None or first_invalid((ui.endEdit, ui.publicityFromEdit, ui.publicityToEdit)):
            return None, []
        people, problems = self._people()
        documents, unreadable = self.documents()
        vote = None
        if spec.code in VOTED_STEPS and ui.dueSpin.value() > 0:
            vote = TopicVote(ui.dueSpin.value(), ui.presentSpin.value(), ui.forSpin.value(),
                             ui.againstSpin.value(), ui.abstainSpin.value())  # fmt: skip
        training = spec.code == TRAINING_STEP
        start, end = ui.publicityFromEdit.date(), ui.publicityToEdit.date()
        publicity = (start, end) if spec.code == PUBLICITY_STEP and start and end else None
        given = StepInput(
            self.person_id, spec.code, day,
            end_date=ui.endEdit.date() if training else None,
            hours=(ui.hoursSpin.value() or None) if training else None,
            people=people,
            activity_id=ui.meetingCombo.currentData() if spec.meeting_kind else None,
            vote=vote, publicity=publicity, documents=documents,
            conclusion=ui.conclusionEdit.text(), notes=ui.notesEdit.toPlainText(),
        )  # fmt: skip
        return given, problems + unreadable

    def findings(self) -> list[Finding]:
        """What the rules would say of the step as it stands, the form's own problems first."""
        given, problems = self.draft()
        if given is None:
            return problems
        with self.context.database.read() as session:
            found = service.check_step(session, given, self.today)
        return problems + found

    def preview(self) -> None:
        """The findings the step would raise, shown as it is filled in (warnings do not stop
        the save; errors do)."""
        if self.ui.dateEdit.date() is None:
            return  # the date box's own message stands, or the date is still to be typed
        self.ui.errorLabel.setText(preview_html(self.findings()))

    def snapshot(self) -> object:
        ui = self.ui
        cells = tuple(self._row(r) for r in range(ui.documentsTable.rowCount()))
        return (
            ui.stepCombo.currentIndex(), ui.hoursSpin.value(), ui.firstPersonCombo.currentText(),
            ui.secondPersonCombo.currentText(), ui.meetingCombo.currentData(), ui.dueSpin.value(),
            ui.presentSpin.value(), ui.forSpin.value(), ui.againstSpin.value(),
            ui.abstainSpin.value(), ui.conclusionEdit.text(), ui.notesEdit.toPlainText(), cells,
        )  # fmt: skip

    def save(self) -> None:
        ui = self.ui
        unreadable = first_invalid((ui.dateEdit, ui.endEdit, ui.publicityFromEdit,
                                    ui.publicityToEdit))  # fmt: skip
        if unreadable is not None or ui.dateEdit.date() is None:
            field = unreadable or ui.dateEdit
            attribute = {ui.endEdit: "end_date", ui.dateEdit: "date"}.get(field, "publicity")
            self.marks.refuse(attribute, field.error() or "请填写日期", ui.dateLabel.text())
            return
        given, _ = self.draft()
        assert given is not None
        found = self.findings()
        if any(f.severity is Severity.ERROR for f in found):
            self.marks.show(found)
            return
        spec = self.spec()
        replaced = self.record if self.record is not None and spec.repeats else None
        try:
            with self.context.database.transaction() as session:
                if replaced is not None and replaced.record_id is not None:
                    service.delete_record(session, replaced.record_id)
                result = service.record_step(session, given, self.today)
        except ServiceError as exc:
            self.marks.show_refusal(exc)
            return
        self.warnings = result.warnings
        lines = [f"已登记{self.name}的{spec.label}（{format_date(given.date)}）"]
        if result.admitted:
            lines.append(f"{self.name}已列入党员花名册（预备党员）")
        if result.confirmed:
            lines.append(f"已在花名册中登记{self.name}转正")
        if result.warnings:
            lines.append(f"有{len(result.warnings)}条提示，见下方步骤")
        self.saved_text = "；".join(lines)
        self.mark_saved()
        self.accept()


class StepsDialog(GuardedDialog):
    """步骤设置: a step's name and the documents its file holds, as the province words them.
    Steps are neither added nor deleted here: their order and time rules are the 细则's."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = Ui_DevelopmentStepsDialog()
        ui.setupUi(self)
        self.changed = False
        self.gate = FindingsGate(ui.errorLabel, ui.applyButton)
        self.marks = FieldMarks(self.gate, {"name": ui.nameEdit})
        self.gate.watch({"documents": ui.documentsEdit})
        ui.buttonBox.rejected.connect(self.reject)
        ui.applyButton.clicked.connect(self.save)
        self._current = -1
        self._load(0)
        ui.stepList.currentRowChanged.connect(self._row_changed)

    def _load(self, row: int) -> None:
        with self.context.database.read() as session:
            self.specs = service.steps(session)
        self.ui.stepList.blockSignals(True)
        self.ui.stepList.clear()
        for spec in self.specs:
            item = QListWidgetItem(spec.label)
            item.setToolTip(f"{spec.stage_name}\n应有材料：" + ("、".join(spec.documents) or "无"))
            self.ui.stepList.addItem(item)
        self.ui.stepList.setCurrentRow(row)
        self.ui.stepList.blockSignals(False)
        self._show(row)

    def _show(self, row: int) -> None:
        self._current = row
        spec = self.specs[row]
        self.ui.nameEdit.setText(spec.name)
        self.ui.documentsEdit.setPlainText("\n".join(spec.documents))
        self.ui.errorLabel.clear()
        self.mark_saved()

    def _row_changed(self, row: int) -> None:
        if row < 0 or row == self._current:
            return
        if self.has_unsaved_changes() and not settle_unsaved(
            self, f"{self.specs[self._current].label}的修改尚未保存。要保存吗？", self._store
        ):
            self.ui.stepList.blockSignals(True)
            self.ui.stepList.setCurrentRow(self._current)
            self.ui.stepList.blockSignals(False)
            return
        self._show(row)

    def draft(self) -> tuple[str, tuple[str, ...]]:
        lines = self.ui.documentsEdit.toPlainText().splitlines()
        return self.ui.nameEdit.text(), tuple(line for line in lines if line.strip())

    def snapshot(self) -> object:
        return self.draft()

    def _store(self) -> bool:
        name, documents = self.draft()
        code = self.specs[self._current].code
        try:
            with self.context.database.transaction() as session:
                service.update_step(session, code, name, documents)
        except RecordInvalid as exc:
            self.marks.show(exc.findings)
            return False
        except ServiceError as exc:
            self.gate.show_error(str(exc))
            return False
        self.changed = True
        return True

    def save(self) -> None:
        row = self._current
        if self._store():
            self._load(row)
            self.ui.errorLabel.setText(message_html([f"已保存{self.specs[row].label}"], NOTE_STYLE))

    def save_before_closing(self) -> None:
        if self._store():
            self.mark_saved()
            self.accept()
