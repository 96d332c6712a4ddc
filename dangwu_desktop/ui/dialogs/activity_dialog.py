"""A record of organisational life: when and where, who came, what was discussed and decided."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTime,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.activity_rules import ActivityDraft, Attendee, Excused, Talk
from dangwu_desktop.core.activity_templates import minutes_outline, template_topics
from dangwu_desktop.core.dates import DateParseError, format_date, parse_date
from dangwu_desktop.core.glossary import (
    ABSENCE_REASONS,
    TRAINING_FORMS,
    ActivityKind,
    AttachmentKind,
    Attendance,
    MemberCategory,
)
from dangwu_desktop.core.rulebook import (
    BELONGS_TO_YEAR,
    GENERAL_MEETING_QUORUM,
    LATE_ENTRY,
    TOPIC_VOTE,
    YEAR_END_KINDS,
    TopicVote,
    default_belonging_year,
    entry_note,
    is_late_entry,
)
from dangwu_desktop.core.services import RecordInvalid, ServiceError
from dangwu_desktop.core.services import activities as service
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services import excusals as excusal_service
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.services.settings import ATTACHMENT_LIMIT_MB, LATE_ENTRY_DAYS, get_int
from dangwu_desktop.db.attachments import AttachmentError, attachments_folder, store_file
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.date_field import show_date_errors
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    WARNING_STYLE,
    FindingsGate,
    GuardedDialog,
    message_html,
)
from dangwu_desktop.ui.file_dialogs import ATTACHMENT_FOLDER_KEY, ask_open_files
from dangwu_desktop.ui.forms.ui_activity_dialog import Ui_ActivityDialog

MEMBER_ROLE = Qt.ItemDataRole.UserRole
FULL_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # the name alone; the cell also shows 流动 / 预备
MOBILE_ROLE = Qt.ItemDataRole.UserRole + 3
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole
NAME, PRESENT, REASON = range(3)
# The 表决 table of a 党员大会: one row a 议题; the counts are typed in, the result is the rule's.
TOPIC, VOTED, DUE, VOTERS_PRESENT, FOR, AGAINST, ABSTAIN, RESULT = range(8)
VOTE_HEADERS = ["议题", "表决", "应到有表决权", "实到有表决权", "同意", "反对", "弃权", "结果"]
COUNTS = (DUE, VOTERS_PRESENT, FOR, AGAINST, ABSTAIN)
TOPIC_ROLE = Qt.ItemDataRole.UserRole  # the 议题's line in the topics text
QUORUM_TIP = (
    f"{GENERAL_MEETING_QUORUM.citation}\n"
    "长期外出未转关系、卧床不起等不计应到的党员，须有支部的决定：在“花名册”中右键该党员，"
    "选“党员大会不计应到…”登记"
)
# A 谈心谈话's conversations, one row each, typed with the keyboard.
TALKER, TALKEE, TALK_DAY, TALK_TYPE, CONTENT, SUGGESTIONS = range(6)
TALK_HEADERS = ["谈话人", "谈话对象", "日期", "谈话类型", "谈话内容", "意见建议"]
TALK_TYPES = ("委员之间", "委员与党员", "党员之间", "提醒谈话", "谈心谈话")


class CompletingDelegate(QStyledItemDelegate):
    """A cell typed in a line with completion from a list (names of the roster, kinds of talk):
    the first letters, or any part of a name, offer the matches; Enter or Tab takes the one
    highlighted."""

    def __init__(self, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self.choices, editor)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)
        return editor

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        popup = editor.completer().popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            # Tab past a highlighted match takes it
            text = popup.currentIndex().data()
        elif text not in self.choices:  # the one match of what was typed
            matches = [c for c in self.choices if text and text in c]
            text = matches[0] if len(matches) == 1 else text
        model.setData(index, text)


# 学时 a new record starts with: study forms count, a 党课 counts; meetings do not unless set.
DEFAULT_HOURS = {kind: 2.0 for kind in TRAINING_FORMS}


def _count(text: str) -> int:
    """A count typed in a cell; anything but digits counts as none."""
    digits = text.strip()
    return int(digits) if digits.isdigit() else 0


def standing(attendee: Attendee) -> str:
    """What the attendance list marks after a name: away (流动) or not yet full (预备)."""
    marks = [m for m, on in (("流动", attendee.mobile), ("预备", not attendee.full_member)) if on]
    return f"（{'、'.join(marks)}）" if marks else ""


class ActivityDialog(GuardedDialog):
    def __init__(
        self,
        context: AppContext,
        activity_id: int | None = None,
        kind: ActivityKind = ActivityKind.THEME_DAY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.activity_id = activity_id
        self.saved_id: int | None = None
        self.read_version: int | None = None  # the record as it was read: another PC may save it
        self._attendance_touched = False
        self._record_touched = False
        self._year_chosen = False  # the 所属年度 was picked (or loaded): a new date keeps it
        self._new_attachments: list[service.NewAttachment] = []
        self._removed_attachments: list[int] = []
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("保存")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.gate = FindingsGate(self.ui.findingsLabel, save)
        self._prepare_widgets()
        if activity_id is None:
            self.ui.kindCombo.setCurrentText(kind.value)
            self._start_new_record()
            # The kind was chosen from the 新建 menu: the date is what is typed first.
            self.ui.dateEdit.setFocus()
            self.ui.dateEdit.selectAll()
        else:
            self._load(activity_id)
        self._connect()
        self.mark_saved()

    # Set-up

    def _prepare_widgets(self) -> None:
        ui, today = self.ui, self.context.today()
        ui.kindCombo.addItems([kind.value for kind in ActivityKind])
        with self.context.database.read() as session:
            for group in branch_service.list_groups(session):
                ui.groupCombo.addItem(group.name, group.id)
            self._leaders = branch_service.group_leaders(session)  # the 组长 as a member
            info = branch_service.load_branch_info(session)
        # A 党员大会's excusals in force on its date: the preview counts voters without them.
        self._excused: list[Excused] = []
        self._secretary = info.secretary if info else ""
        # The 主持人 the dialog filled in, replaced while nobody typed another.
        self._host_given = ""
        ui.dateEdit.setToday(today)
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        show_date_errors(ui.findingsLabel, (ui.dateEdit,))
        ui.startTimeEdit.setTime(QTime(9, 0))
        ui.endTimeEdit.setTime(QTime(11, 0))
        ui.attachmentKindCombo.addItems([kind.value for kind in AttachmentKind])
        ui.yearLabel.setToolTip(BELONGS_TO_YEAR.citation)
        table = ui.attendanceTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["姓名", "出席", "缺席原因"])
        table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(NAME, 160)
        table.setColumnWidth(PRESENT, 60)
        table.verticalHeader().setDefaultSectionSize(30)
        votes = ui.votesTable
        votes.setColumnCount(len(VOTE_HEADERS))
        votes.setHorizontalHeaderLabels(VOTE_HEADERS)
        votes.horizontalHeader().setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        for column in (VOTED, *COUNTS):
            votes.setColumnWidth(column, 56 if column in (VOTED, FOR, AGAINST, ABSTAIN) else 90)
        votes.setColumnWidth(RESULT, 110)
        votes.verticalHeader().setVisible(False)
        votes.verticalHeader().setDefaultSectionSize(26)  # three topics in view
        votes.setToolTip(TOPIC_VOTE.citation)
        self._prepare_talks()
        files = ui.attachmentsTable
        files.setColumnCount(3)
        files.setHorizontalHeaderLabels(["类型", "文件名", "大小"])
        files.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        files.verticalHeader().setVisible(False)
        self._show_group_choice()

    def _prepare_talks(self) -> None:
        """The conversations' table, and the members chosen by name: a name two members share
        is offered with the party group (王伟（第一党小组）)."""
        with self.context.database.read() as session:
            members = member_service.active_members(session)
        counts: dict[str, int] = {}
        for m in members:
            counts[m.name] = counts.get(m.name, 0) + 1
        self._member_ids = {
            (
                m.name if counts[m.name] == 1 else f"{m.name}（{m.group_name or '未分组'}）"
            ): m.member_id
            for m in members
        }
        self._member_labels = {member: label for label, member in self._member_ids.items()}
        table = self.ui.talksTable
        table.setColumnCount(len(TALK_HEADERS))
        table.setHorizontalHeaderLabels(TALK_HEADERS)
        for column, width in ((TALKER, 90), (TALKEE, 90), (TALK_DAY, 96), (TALK_TYPE, 96)):
            table.setColumnWidth(column, width)
        table.setColumnWidth(CONTENT, 260)
        table.horizontalHeader().setSectionResizeMode(SUGGESTIONS, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(30)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        names = CompletingDelegate(list(self._member_ids), table)
        for column in (TALKER, TALKEE):
            table.setItemDelegateForColumn(column, names)
        table.setItemDelegateForColumn(TALK_TYPE, CompletingDelegate(list(TALK_TYPES), table))
        self._count_talks()

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.kindCombo.currentTextChanged.connect(self._kind_changed)
        ui.groupCombo.currentIndexChanged.connect(self._refill_attendance)
        ui.groupCombo.currentIndexChanged.connect(self._give_host)
        ui.dateEdit.dateChanged.connect(self._refill_attendance)
        ui.dateEdit.dateChanged.connect(self._show_year_choice)
        ui.yearCombo.activated.connect(self._year_picked)
        ui.attendanceTable.itemChanged.connect(self._attendance_changed)
        ui.allPresentButton.clicked.connect(self._all_present)
        ui.addPersonButton.clicked.connect(self._add_person)
        ui.removePersonButton.clicked.connect(self._remove_person)
        ui.templateButton.clicked.connect(self._apply_template)
        ui.addTalkButton.clicked.connect(self._add_talk)
        ui.removeTalkButton.clicked.connect(self._remove_talks)
        ui.talksTable.itemChanged.connect(self._talk_changed)
        ui.talksTable.wants_row.connect(self._next_talk)
        ui.addAttachmentButton.clicked.connect(self._add_attachment)
        ui.openAttachmentButton.clicked.connect(self._open_attachment)
        ui.removeAttachmentButton.clicked.connect(self._remove_attachment)
        for edit in (ui.topicsEdit, ui.minutesEdit, ui.decisionsEdit):
            edit.textChanged.connect(self._record_edited)
        ui.topicsEdit.textChanged.connect(self._show_vote_rows)
        ui.votesTable.itemChanged.connect(self._vote_changed)
        for line in (ui.placeEdit, ui.hostEdit, ui.recorderEdit, ui.titleEdit):
            line.textChanged.connect(self.gate.reset)
        self.gate.watch(
            {
                "date": ui.dateEdit, "time": (ui.startTimeEdit, ui.endTimeEdit),
                "group": ui.groupCombo, "belongs_to_year": ui.yearCombo,
                "attendance": ui.attendanceTable,
                "study_hours": ui.hoursSpin, "teacher": ui.teacherEdit, "topics": ui.topicsEdit,
                "place": ui.placeEdit, "host": ui.hostEdit, "recorder": ui.recorderEdit,
                "minutes": ui.minutesEdit, "decisions": ui.decisionsEdit,
                "votes": ui.votesTable, "talks": ui.talksTable,
            }
        )  # fmt: skip

    def kind(self) -> ActivityKind:
        return ActivityKind(self.ui.kindCombo.currentText())

    def _start_new_record(self) -> None:
        self.setWindowTitle(f"新建{self.kind().value}记录")
        self._show_group_choice()  # the kind was chosen before the signal that shows it is connected
        self._give_host()
        self.ui.hoursSpin.setValue(DEFAULT_HOURS.get(self.kind(), 0))
        self._apply_template()
        self._record_touched = False
        self._refill_attendance()

    def _load(self, activity_id: int) -> None:
        limit = 0
        with self.context.database.read() as session:
            activity = service.get_activity(session, activity_id)
            draft = service.activity_draft(activity)
            attachments = [
                (a.id, a.kind.value, a.original_name, a.size) for a in activity.attachments
            ]
            entered, self.read_version = activity.entered_at, activity.version
            limit = get_int(session, LATE_ENTRY_DAYS)
        self.setWindowTitle(f"{draft.kind.value}记录 — {format_date(draft.date)}")
        self.set_draft(draft)
        for row in attachments:
            self._add_attachment_row(*row)
        late = entered is not None and is_late_entry(draft.date, entered, limit)
        self.ui.enteredLabel.setStyleSheet(WARNING_STYLE if late else "color:#555")
        self.ui.enteredLabel.setText(entry_note(draft.date, entered, limit))
        self.ui.enteredLabel.setToolTip(LATE_ENTRY.citation if late else "")
        self._attendance_touched = self._record_touched = (
            True  # an existing record is never refilled
        )
        self._refill_attendance()  # not refilled: only the excusals of its date are read

    def set_draft(self, draft: ActivityDraft) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentText(draft.kind.value)
        ui.dateEdit.setDate(draft.date)
        self._year_chosen = draft.kind in YEAR_END_KINDS and draft.belongs_to_year is not None
        self._show_year_choice(keep=draft.belongs_to_year)
        if draft.start_time:
            ui.startTimeEdit.setTime(QTime(draft.start_time.hour, draft.start_time.minute))
        if draft.end_time:
            ui.endTimeEdit.setTime(QTime(draft.end_time.hour, draft.end_time.minute))
        if draft.group_id is not None:
            ui.groupCombo.setCurrentIndex(ui.groupCombo.findData(draft.group_id))
        for edit, value in (
            (ui.placeEdit, draft.place),
            (ui.titleEdit, draft.title),
            (ui.hostEdit, draft.host),
            (ui.recorderEdit, draft.recorder),
            (ui.observersEdit, draft.observers),
            (ui.teacherEdit, draft.teacher),
        ):
            edit.setText(value)
        ui.hoursSpin.setValue(draft.study_hours or 0)
        ui.topicsEdit.setPlainText("\n".join(draft.topics))
        self._show_votes(draft.votes)
        ui.minutesEdit.setPlainText(draft.minutes)
        ui.decisionsEdit.setPlainText(draft.decisions)
        self._show_attendees(draft.attendees)
        self._show_talks(draft.talks)
        self._show_group_choice()

    def draft(self) -> ActivityDraft:
        ui = self.ui
        start, end = ui.startTimeEdit.time(), ui.endTimeEdit.time()
        return ActivityDraft(
            kind=self.kind(),
            # An unreadable date is refused by save(); until then the draft keeps today.
            date=ui.dateEdit.date() or self.context.today(),
            start_time=time(start.hour(), start.minute()),
            end_time=time(end.hour(), end.minute()),
            place=ui.placeEdit.text(),
            title=ui.titleEdit.text(),
            host=ui.hostEdit.text(),
            recorder=ui.recorderEdit.text(),
            group_id=ui.groupCombo.currentData() if self.kind() is ActivityKind.GROUP else None,
            observers=ui.observersEdit.text(),
            topics=ui.topicsEdit.toPlainText().splitlines(),
            votes=self.votes() if self.kind() is ActivityKind.BRANCH_GENERAL else {},
            minutes=ui.minutesEdit.toPlainText(),
            decisions=ui.decisionsEdit.toPlainText(),
            attendees=self.attendees(),
            study_hours=ui.hoursSpin.value() or None,
            teacher=ui.teacherEdit.text(),
            belongs_to_year=ui.yearCombo.currentData() if self.kind() in YEAR_END_KINDS else None,
            talks=self.talks() if self.kind() is ActivityKind.TALK else [],
        )

    # Kind, template and who is due to attend

    def _give_host(self) -> None:
        """A new record's 主持人: the 党小组长 for a 党小组会 (where the group has one), otherwise
        the secretary; kept once the user has typed another."""
        if self.activity_id is not None or self.ui.hostEdit.text() != self._host_given:
            return
        group = self.ui.groupCombo.currentData() if self.kind() is ActivityKind.GROUP else None
        self._host_given = (self._leaders.get(group, "") if group else "") or self._secretary
        self.ui.hostEdit.setText(self._host_given)

    def _kind_changed(self) -> None:
        self._show_group_choice()
        self._give_host()
        if self.activity_id is None and not self._record_touched:
            self._apply_template()
            self._record_touched = False
            self.setWindowTitle(f"新建{self.kind().value}记录")
            self.ui.hoursSpin.setValue(DEFAULT_HOURS.get(self.kind(), 0))
        self._refill_attendance()

    def _show_group_choice(self) -> None:
        is_group = self.kind() is ActivityKind.GROUP
        self.ui.groupLabel.setVisible(is_group)
        self.ui.groupCombo.setVisible(is_group)
        tabs = self.ui.tabs  # only a 谈心谈话 records conversations
        tabs.setTabVisible(tabs.indexOf(self.ui.talksTab), self.kind() is ActivityKind.TALK)
        general = self.kind() is ActivityKind.BRANCH_GENERAL  # only a 党员大会 votes
        self.ui.votesLabel.setVisible(general)
        self.ui.votesTable.setVisible(general)
        self._show_year_choice()

    def _show_year_choice(self, *_args: object, keep: int | None = None) -> None:
        """所属年度, asked for a 组织生活会 or 民主评议 only: the date's year or the year before,
        offered as the year before in January–February (rule meeting.belongs_to_year). A year
        picked (or loaded) is kept when the date changes, while it is still one of the two."""
        ui, kind = self.ui, self.kind()
        shown = kind in YEAR_END_KINDS
        for widget in (ui.yearLabel, ui.yearCombo, ui.yearHint):
            widget.setVisible(shown)
        day = ui.dateEdit.date() or self.context.today()
        if keep is None and self._year_chosen:
            keep = ui.yearCombo.currentData()
        offered = default_belonging_year(kind, day)
        chosen = keep if keep in (day.year - 1, day.year) else offered
        with QSignalBlocker(ui.yearCombo):
            ui.yearCombo.clear()
            for year in (day.year, day.year - 1):
                ui.yearCombo.addItem(f"{year}年度", year)
            ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(chosen))
        ui.yearHint.setText(
            f"{day.month}月召开的，一般计入上一年度" if offered < day.year and shown else ""
        )

    def _year_picked(self) -> None:
        self._year_chosen = True
        self.gate.reset()

    def _apply_template(self) -> None:
        with self.context.database.read() as session:
            topics = template_topics(session, self.kind())
        self.ui.topicsEdit.setPlainText("\n".join(topics))
        self.ui.minutesEdit.setPlainText(minutes_outline(topics))

    def _record_edited(self) -> None:
        self._record_touched = True
        self.gate.reset()

    # 谈话 (a 谈心谈话's conversations)

    def _show_talks(self, talks: list[Talk]) -> None:
        table = self.ui.talksTable
        with QSignalBlocker(table):
            table.setRowCount(0)
            for talk in talks:
                self._append_talk(
                    (
                        self._member_labels.get(talk.talker_id or -1, talk.talker),
                        self._member_labels.get(talk.talkee_id or -1, talk.talkee),
                        format_date(talk.date),
                        talk.talk_type,
                        talk.content,
                        talk.suggestions,
                    )
                )
        self._count_talks()

    def _append_talk(self, texts: tuple[str, ...]) -> int:
        table = self.ui.talksTable
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column in (CONTENT, SUGGESTIONS):
                item.setToolTip(text)
            table.setItem(row, column, item)
        return row

    def _add_talk(self) -> None:
        """A new row dated the record's day, the typing starting at its 谈话人."""
        table = self.ui.talksTable
        day = self.ui.dateEdit.date() or self.context.today()
        with QSignalBlocker(table):
            row = self._append_talk(("", "", format_date(day), "", "", ""))
        table.setFocus()
        table.setCurrentCell(row, TALKER)
        table.editItem(cell(table, row, TALKER))
        self._count_talks()
        self.gate.reset()

    def _next_talk(self) -> None:
        """Tab out of a row's last cell starts the next conversation, once this one names its
        two people (the table then goes on typing in the new row's 谈话人)."""
        table = self.ui.talksTable
        last = table.rowCount() - 1
        if last >= 0 and all(cell(table, last, c).text().strip() for c in (TALKER, TALKEE)):
            day = self.ui.dateEdit.date() or self.context.today()
            with QSignalBlocker(table):
                self._append_talk(("", "", format_date(day), "", "", ""))
            self._count_talks()

    def _remove_talks(self) -> None:
        table = self.ui.talksTable
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        for row in rows:
            table.removeRow(row)
        self._count_talks()
        self.gate.reset()

    def _talk_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (CONTENT, SUGGESTIONS):
            item.setToolTip(item.text())
        self._count_talks()
        self.gate.reset()

    def _count_talks(self) -> None:
        rows = len(self.talks())
        self.ui.talksCount.setText(f"共{rows}次谈话" if rows else "尚未登记谈话")

    def talks(self) -> list[Talk]:
        """The rows typed in: a name not (yet) on the roster has no id, which the check reports;
        an unreadable date counts as the record's day until save() refuses it."""
        table, found = self.ui.talksTable, []
        record_day = self.ui.dateEdit.date() or self.context.today()
        for row in range(table.rowCount()):
            texts = [cell(table, row, column).text().strip() for column in range(len(TALK_HEADERS))]
            if not any(texts[column] for column in (TALKER, TALKEE, CONTENT, SUGGESTIONS)):
                continue
            talker, talkee, day, kind, content, suggestions = texts
            found.append(
                Talk(
                    self._member_ids.get(talker),
                    talker.split("（")[0],
                    self._member_ids.get(talkee),
                    talkee.split("（")[0],
                    self._talk_day(day) or record_day,
                    content,
                    suggestions,
                    kind,
                )
            )
        return found

    @staticmethod
    def _talk_day(text: str) -> date | None:
        try:
            return parse_date(text, allow_month_only=False)
        except DateParseError:
            return None

    def unreadable_talk_dates(self) -> list[int]:
        """The rows (numbered from 1) whose date cannot be read."""
        table = self.ui.talksTable
        return [
            row + 1
            for row in range(table.rowCount())
            if self._talk_day(cell(table, row, TALK_DAY).text()) is None
            and any(cell(table, row, c).text().strip() for c in (TALKER, TALKEE))
        ]

    # 表决 (a 党员大会's decision topics)

    def _show_vote_rows(self) -> None:
        """One row a 议题 typed; a topic keeps its counts while the list around it changes."""
        kept = {
            cell(self.ui.votesTable, row, TOPIC).text(): self._row_vote(row)
            for row in range(self.ui.votesTable.rowCount())
        }
        lines = self.ui.topicsEdit.toPlainText().splitlines()
        self._fill_votes([(index, text.strip()) for index, text in enumerate(lines)], kept)

    def _show_votes(self, votes: dict[int, TopicVote]) -> None:
        lines = self.ui.topicsEdit.toPlainText().splitlines()
        numbered = [(index, text.strip()) for index, text in enumerate(lines)]
        self._fill_votes(numbered, {text: votes.get(index) for index, text in numbered})

    def _fill_votes(
        self, topics: list[tuple[int, str]], votes: dict[str, TopicVote | None]
    ) -> None:
        table = self.ui.votesTable
        with QSignalBlocker(table):
            table.setRowCount(0)
            for index, text in topics:
                if not text:
                    continue
                row = table.rowCount()
                table.insertRow(row)
                topic = QTableWidgetItem(text)
                topic.setData(TOPIC_ROLE, index)
                topic.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, TOPIC, topic)
                voted = QTableWidgetItem()
                voted.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                vote = votes.get(text)
                voted.setCheckState(Qt.CheckState.Checked if vote else Qt.CheckState.Unchecked)
                table.setItem(row, VOTED, voted)
                numbers = (
                    (vote.due, vote.present, vote.votes_for, vote.votes_against, vote.abstentions)
                    if vote
                    else ("",) * len(COUNTS)
                )
                for column, number in zip(COUNTS, numbers, strict=True):
                    table.setItem(row, column, QTableWidgetItem(str(number)))
                result = QTableWidgetItem(vote.result if vote else "")
                result.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, RESULT, result)

    def _vote_changed(self, item: QTableWidgetItem) -> None:
        """A topic ticked 表决 starts with the attendance's voters, all of them in favour."""
        table, row = self.ui.votesTable, item.row()
        with QSignalBlocker(table):
            ticked = cell(table, row, VOTED).checkState() == Qt.CheckState.Checked
            if item.column() == VOTED and ticked and not cell(table, row, DUE).text().strip():
                due, present = self._voters()
                for column, number in zip(COUNTS, (due, present, present, 0, 0), strict=True):
                    cell(table, row, column).setText(str(number))
            elif item.column() in COUNTS and item.text().strip() and not ticked:
                cell(table, row, VOTED).setCheckState(Qt.CheckState.Checked)
            vote = self._row_vote(row)
            cell(table, row, RESULT).setText(vote.result if vote else "")
        self.gate.reset()

    def _voters(self) -> tuple[int, int]:
        day = self.ui.dateEdit.date() or self.context.today()
        draft = ActivityDraft(self.kind(), day, attendees=self.attendees(), excused=self._excused)
        return draft.voters()

    def _row_vote(self, row: int) -> TopicVote | None:
        table = self.ui.votesTable
        if cell(table, row, VOTED).checkState() != Qt.CheckState.Checked:
            return None
        due, present, yes, no, abstain = (_count(cell(table, row, c).text()) for c in COUNTS)
        return TopicVote(due, present, yes, no, abstain)

    def votes(self) -> dict[int, TopicVote]:
        """The 表决 ticked, by the topic's line in the topics text."""
        table, found = self.ui.votesTable, {}
        for row in range(table.rowCount()):
            vote = self._row_vote(row)
            if vote is not None:
                found[cell(table, row, TOPIC).data(TOPIC_ROLE)] = vote
        return found

    def _refill_attendance(self) -> None:
        day = self.ui.dateEdit.date()
        if day is None:
            return  # not a date yet: the list stays as it was
        group = self.ui.groupCombo.currentData() if self.kind() is ActivityKind.GROUP else None
        with self.context.database.read() as session:
            is_general = self.kind() is ActivityKind.BRANCH_GENERAL
            self._excused = excusal_service.excused_on(session, day) if is_general else []
            attendees = (
                None
                if self._attendance_touched
                else service.expected_attendees(session, self.kind(), group, day)
            )
        if attendees is None:
            self._update_counts()
        else:
            self._show_attendees(attendees)

    def _show_attendees(self, attendees: list[Attendee]) -> None:
        table = self.ui.attendanceTable
        table.blockSignals(True)
        table.setRowCount(0)
        for attendee in attendees:
            self._append_attendee(attendee)
        table.blockSignals(False)
        self._update_counts()

    def _append_attendee(self, attendee: Attendee) -> None:
        table = self.ui.attendanceTable
        # Quiet while the row is half built: itemChanged would count a row without its 出席 box.
        blocker = QSignalBlocker(table)
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(attendee.name + standing(attendee))
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setData(MEMBER_ROLE, attendee.member_id)
        name.setData(FULL_ROLE, attendee.full_member)
        name.setData(NAME_ROLE, attendee.name)
        name.setData(MOBILE_ROLE, attendee.mobile)
        if attendee.mobile:
            name.setToolTip("流动党员：在外地，默认记为缺席（流动在外）；参加了请勾选出席")
        table.setItem(row, NAME, name)
        present = QTableWidgetItem()
        present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        present.setCheckState(
            Qt.CheckState.Checked
            if attendee.attendance is Attendance.PRESENT
            else Qt.CheckState.Unchecked
        )
        table.setItem(row, PRESENT, present)
        blocker.unblock()
        if attendee.attendance is Attendance.ABSENT:
            self._give_reason_box(row, attendee.reason)

    def _give_reason_box(self, row: int, reason: str) -> None:
        """The 缺席原因 box, on an absent member's row only. (A hidden box on every row does not
        stay hidden: the table shows its cell widgets again whenever it lays them out.)"""
        table = self.ui.attendanceTable
        if isinstance(table.cellWidget(row, REASON), QComboBox):
            return
        box = QComboBox()
        box.setEditable(True)
        box.addItems(["", *ABSENCE_REASONS])
        box.setCurrentText(reason)
        box.currentTextChanged.connect(self._reason_changed)
        box.currentTextChanged.connect(lambda: self.gate.answered("attendance"))
        table.setCellWidget(row, REASON, box)

    def attendees(self) -> list[Attendee]:
        table = self.ui.attendanceTable
        result = []
        for row in range(table.rowCount()):
            name = cell(table, row, NAME)
            present = cell(table, row, PRESENT).checkState() == Qt.CheckState.Checked
            reason = table.cellWidget(row, REASON)
            result.append(
                Attendee(
                    member_id=int(name.data(MEMBER_ROLE)),
                    name=str(name.data(NAME_ROLE)),
                    attendance=Attendance.PRESENT if present else Attendance.ABSENT,
                    reason=reason.currentText()
                    if isinstance(reason, QComboBox) and not present
                    else "",
                    full_member=bool(name.data(FULL_ROLE)),
                    mobile=bool(name.data(MOBILE_ROLE)),
                )
            )
        return result

    def _attendance_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == PRESENT:
            self._attendance_touched = True
            if item.checkState() == Qt.CheckState.Checked:
                self.ui.attendanceTable.removeCellWidget(item.row(), REASON)
            else:
                self._give_reason_box(item.row(), "")
            self.gate.reset()
        self._update_counts()

    def _reason_changed(self) -> None:
        self._attendance_touched = True  # a reason typed is not refilled by a change of date
        self.gate.reset()

    def _update_counts(self) -> None:
        attendees = self.attendees()
        present = sum(a.attendance is Attendance.PRESENT for a in attendees)
        self.ui.countsLabel.setText(
            f"应到 {len(attendees)} 人，实到 {present} 人，缺席 {len(attendees) - present} 人"
        )
        # The quorum of a 党员大会 or 支委会, by the rule the save will apply.
        day = self.ui.dateEdit.date() or self.context.today()
        note = ActivityDraft(
            self.kind(), day, attendees=attendees, excused=self._excused
        ).quorum_note()
        self.ui.quorumLabel.setText(note)
        self.ui.quorumLabel.setVisible(bool(note))
        self.ui.quorumLabel.setToolTip(
            QUORUM_TIP if self.kind() is ActivityKind.BRANCH_GENERAL else ""
        )

    def _all_present(self) -> None:
        table = self.ui.attendanceTable
        for row in range(table.rowCount()):
            cell(table, row, PRESENT).setCheckState(Qt.CheckState.Checked)

    def _add_person(self) -> None:
        listed = {a.member_id for a in self.attendees()}
        with self.context.database.read() as session:
            members = member_service.active_members(session)
        choices = {
            f"{m.name}（{m.group_name or '未分组'}）": m
            for m in members
            if m.member_id not in listed
        }
        if not choices:
            return
        label, ok = QInputDialog.getItem(self, "添加人员", "选择党员：", list(choices), 0, False)
        if ok:
            member = choices[label]
            self._attendance_touched = True
            self._append_attendee(
                Attendee(
                    member.member_id,
                    member.name,
                    Attendance.PRESENT,
                    "",
                    member.category is MemberCategory.FULL,
                    member.is_mobile,
                )
            )
            self._update_counts()

    def _remove_person(self) -> None:
        rows = sorted(
            {index.row() for index in self.ui.attendanceTable.selectedIndexes()}, reverse=True
        )
        for row in rows:
            self.ui.attendanceTable.removeRow(row)
        if rows:
            self._attendance_touched = True
            self._update_counts()

    # Attachments: copied into the data folder as soon as they are chosen

    def _attachments_folder(self) -> Path:
        database_file = self.context.database.file_path
        if database_file is None:
            raise AttachmentError("数据库在服务器上，附件暂不能保存")
        return attachments_folder(database_file)

    def _add_attachment(self) -> None:
        paths = ask_open_files(
            self,
            self.context,
            ATTACHMENT_FOLDER_KEY,
            "添加附件",
            "图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)",
        )
        for path in paths:
            self.attach(path, AttachmentKind(self.ui.attachmentKindCombo.currentText()))

    def attach(self, path: Path, kind: AttachmentKind) -> bool:
        with self.context.database.read() as session:
            limit = get_int(session, ATTACHMENT_LIMIT_MB) * 1048576
        try:
            stored = store_file(path, self._attachments_folder(), limit)
        except AttachmentError as exc:
            self.ui.findingsLabel.setText(message_html([str(exc)], ERROR_STYLE))
            return False
        new = service.NewAttachment(
            kind, stored.original_name, stored.sha256, stored.size, stored.stored_name
        )
        self._new_attachments.append(new)
        self._add_attachment_row(
            None, kind.value, stored.original_name, stored.size, new.stored_name
        )
        return True

    def _add_attachment_row(
        self, attachment_id: int | None, kind: str, name: str, size: int, stored: str = ""
    ) -> None:
        table = self.ui.attachmentsTable
        row = table.rowCount()
        table.insertRow(row)
        first = QTableWidgetItem(kind)
        first.setData(ATTACHMENT_ROLE, attachment_id if attachment_id is not None else stored)
        table.setItem(row, 0, first)
        table.setItem(row, 1, QTableWidgetItem(name))
        table.setItem(
            row,
            2,
            QTableWidgetItem(
                f"{size / 1024:.0f} KB" if size < 1048576 else f"{size / 1048576:.1f} MB"
            ),
        )

    def _selected_attachment(self) -> tuple[int, object] | None:
        row = self.ui.attachmentsTable.currentRow()
        if row < 0:
            return None
        return row, cell(self.ui.attachmentsTable, row, 0).data(ATTACHMENT_ROLE)

    def _open_attachment(self) -> None:
        selected = self._selected_attachment()
        if selected is None:
            return
        key = selected[1]
        if isinstance(key, int):
            with self.context.database.read() as session:
                activity = service.get_activity(session, self.activity_id or 0)
                key = next(a.stored_name for a in activity.attachments if a.id == key)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._attachments_folder() / str(key))))

    def _remove_attachment(self) -> None:
        selected = self._selected_attachment()
        if selected is None:
            return
        row, key = selected
        if isinstance(key, int):
            self._removed_attachments.append(key)
        else:
            self._new_attachments = [a for a in self._new_attachments if a.stored_name != key]
        self.ui.attachmentsTable.removeRow(row)

    # Saving

    def save(self) -> None:
        if not self.ui.dateEdit.is_valid():
            self.gate.show_error(f"无法保存。{self.ui.dateEdit.error()}")
            self.ui.dateEdit.setFocus()
            return
        if self.kind() is ActivityKind.TALK and (rows := self.unreadable_talk_dates()):
            numbers = "、".join(f"第{row}行" for row in rows)
            self.gate.show_error(f"无法保存。谈话记录{numbers}的日期无法识别，请写成 2026-3-26")
            return
        draft, today = self.draft(), self.context.today()
        with self.context.database.read() as session:
            findings = service.check_activity_record(session, draft, today, self.activity_id)
        if not self.gate.allows(findings):
            return
        try:
            with self.context.database.transaction() as session:
                activity = service.save_activity(
                    session,
                    draft,
                    today,
                    activity_id=self.activity_id,
                    attachments=self._new_attachments,
                    removed_attachments=self._removed_attachments,
                    now=datetime.now(),
                    read_version=self.read_version,
                )
                self.saved_id = activity.id
        except RecordInvalid as exc:
            self.gate.show(exc.findings, ())
            return
        except ServiceError as exc:
            self.gate.show_error(str(exc))
            return
        self.accept()

    # Closing: typed work is not thrown away unasked, and Enter in a field does not save

    def snapshot(self) -> object:
        return (
            self.draft(),
            [a.stored_name for a in self._new_attachments],
            list(self._removed_attachments),
        )

    def save_before_closing(self) -> None:
        # 保存 in the closing question is not 仍然保存: warnings shown earlier are shown again,
        # and only the dialog's own 仍然保存 saves past them (a template record is not a meeting).
        self.gate.reset()
        self.save()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field moves to the next one, as in a paper form, instead of pressing 保存:
        a record saved half-typed would count as a held meeting. On a button Enter presses it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QAbstractButton
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
