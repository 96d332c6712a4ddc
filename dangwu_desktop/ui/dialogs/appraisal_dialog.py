"""民主评议党员: a grade and a comment for every full member of the year appraised; a 预备党员
is listed as taking part without a grade."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from dangwu_desktop.core.glossary import Grade
from dangwu_desktop.core.rulebook import (
    EXCELLENT_AT_MOST_A_THIRD,
    PROBATIONARY_NOT_GRADED,
    excellent_preview,
)
from dangwu_desktop.core.services import ServiceError, appraisals
from dangwu_desktop.ui.cells import cell
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import (
    ERROR_STYLE,
    GuardedDialog,
    message_html,
    select_quietly,
    settle_unsaved,
    show_refusal,
)
from dangwu_desktop.ui.forms.ui_appraisal_dialog import Ui_AppraisalDialog

NOT_GRADED = "（未评）"
PROBATIONARY = "参加评议、不评等次"
UNGRADED = "不评等次"  # a 预备党员's grade cell
MEMBER_ROLE = Qt.ItemDataRole.UserRole
NAME, GROUP, GRADE, COMMENT = range(4)


class AppraisalDialog(GuardedDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AppraisalDialog()
        self.ui.setupUi(self)
        ui, today = self.ui, context.today()
        for year in range(today.year, today.year - 5, -1):
            ui.yearCombo.addItem(f"{year}年度", year)
        ui.yearCombo.setCurrentIndex(
            0 if today.month >= 11 else 1
        )  # appraisal usually looks back a year
        table = ui.gradesTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["姓名", "党小组", "评议等次", "评议意见"])
        table.horizontalHeader().setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(NAME, 130)
        table.setColumnWidth(GRADE, 110)
        table.verticalHeader().setDefaultSectionSize(30)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.yearCombo.currentIndexChanged.connect(self._year_chosen)
        ui.allQualifiedButton.clicked.connect(self._all_qualified)
        ui.countsLabel.setToolTip(EXCELLENT_AT_MOST_A_THIRD.citation)
        self.load()

    def year(self) -> int:
        return int(self.ui.yearCombo.currentData())

    def load(self) -> None:
        self._shown_year = self.year()
        with self.context.database.read() as session:
            roll = appraisals.appraisal_roll(session, self.year(), self.context.today())
            graded = {row.member_id: row for row in appraisals.year_grades(session, self.year())}
        table = self.ui.gradesTable
        table.setRowCount(0)
        for person in roll:
            row = table.rowCount()
            table.insertRow(row)
            item = _fixed(person.name + ("（预备）" if person.probationary else ""))
            item.setData(MEMBER_ROLE, person.member_id)
            table.setItem(row, NAME, item)
            table.setItem(row, GROUP, _fixed(person.group_name))
            if person.probationary:  # takes part; no grade, no comment, not in the third
                table.setItem(row, GRADE, _fixed(UNGRADED, PROBATIONARY_NOT_GRADED.citation))
                table.setItem(row, COMMENT, _fixed(""))
                continue
            member_id = person.member_id
            combo = QComboBox()
            combo.addItems([NOT_GRADED, *(grade.value for grade in Grade)])
            existing = graded.get(member_id)
            combo.setCurrentText(existing.grade.value if existing else NOT_GRADED)
            combo.currentTextChanged.connect(self._update_counts)
            table.setCellWidget(row, GRADE, combo)
            table.setItem(row, COMMENT, QTableWidgetItem(existing.comment if existing else ""))
        self._update_counts()
        self.mark_saved()

    def _year_chosen(self) -> None:
        """Another year: the grades typed for the one shown are saved, dropped or kept, as asked."""
        if self.year() == self._shown_year:
            return
        shown = self._shown_year
        if self.has_unsaved_changes() and not settle_unsaved(
            self, f"{shown}年度的民主评议尚未保存。要保存吗？", lambda: self._store(shown)
        ):
            select_quietly(self.ui.yearCombo, shown)
            return
        self.load()

    def rows(self) -> list[tuple[int, str, str]]:
        """Every member's line as shown: grade (or 未评) and comment, typed or loaded."""
        table = self.ui.gradesTable
        result = []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, GRADE)
            comment = table.item(row, COMMENT)
            result.append(
                (
                    int(cell(table, row, NAME).data(MEMBER_ROLE)),
                    combo.currentText() if isinstance(combo, QComboBox) else PROBATIONARY,
                    comment.text() if comment else "",
                )
            )
        return result

    def snapshot(self) -> object:
        return self.rows()

    def entries(self) -> list[appraisals.GradeEntry]:
        table = self.ui.gradesTable
        result = []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, GRADE)
            if not isinstance(combo, QComboBox) or combo.currentText() == NOT_GRADED:
                continue
            comment_item = table.item(row, COMMENT)
            comment = comment_item.text() if comment_item else ""
            result.append(
                appraisals.GradeEntry(
                    int(cell(table, row, NAME).data(MEMBER_ROLE)),
                    Grade(combo.currentText()),
                    comment,
                )
            )
        return result

    def _update_counts(self) -> None:
        entries = self.entries()
        counts = {grade: sum(e.grade is grade for e in entries) for grade in Grade}
        table = self.ui.gradesTable
        total = table.rowCount()
        probationary = sum(
            not isinstance(table.cellWidget(row, GRADE), QComboBox) for row in range(total)
        )
        parts = [f"{grade.value}{count}人" for grade, count in counts.items()]
        name_items = [cell(table, row, NAME) for row in range(total)]
        names = {int(item.data(MEMBER_ROLE)): item.text() for item in name_items}
        taking_part = f"参加评议{total}人" + (
            f"（其中预备党员{probationary}人，{PROBATIONARY}）" if probationary else ""
        )
        follow_up = [
            f"{names[e.member_id]}（{e.grade.value}）"
            for e in entries
            if e.grade in appraisals.FOLLOW_UP
        ]
        self.ui.countsLabel.setText(
            f"{taking_part}，已评{len(entries)}人：{'，'.join(parts)}。"
            + excellent_preview(len(entries))
            + (f"\n需要谈心帮助、跟踪整改：{'、'.join(follow_up)}" if follow_up else "")
        )

    def _all_qualified(self) -> None:
        for row in range(self.ui.gradesTable.rowCount()):
            combo = self.ui.gradesTable.cellWidget(row, GRADE)
            if isinstance(combo, QComboBox) and combo.currentText() == NOT_GRADED:
                combo.setCurrentText(Grade.QUALIFIED.value)

    def _store(self, year: int) -> bool:
        table = self.ui.gradesTable
        ungraded = [
            cell(table, row, NAME).text()
            for row, (_member_id, grade, comment) in enumerate(self.rows())
            if grade == NOT_GRADED and comment.strip()
        ]
        if ungraded:  # a comment is kept only with a grade: say so rather than drop it
            message = f"{'、'.join(ungraded)}填了评议意见但未评等次，请选择等次或清空意见"
            self.ui.errorLabel.setText(message_html([message], ERROR_STYLE))
            return False
        try:
            with self.context.database.transaction() as session:
                appraisals.save_grades(session, year, self.entries(), self.context.today())
        except ServiceError as exc:
            show_refusal(self.ui.errorLabel, exc)
            return False
        self.mark_saved()
        return True

    def save(self) -> None:
        if self._store(self.year()):
            self.accept()


def _fixed(text: str, tip: str = "") -> QTableWidgetItem:
    """A cell the user reads but does not edit."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(tip)
    return item
