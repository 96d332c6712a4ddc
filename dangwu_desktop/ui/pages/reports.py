"""报表: a quarter's or a year's work report (Word) and workbook (Excel) in one click each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from dangwu_desktop.core.periods import QUARTER_NAMES, quarter_of
from dangwu_desktop.core.services.reports import Notes, ReportPeriod, save_notes
from dangwu_desktop.ledgers.base import ExportScope
from dangwu_desktop.ledgers.reports.work_report import WorkReport, work_report
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import settle_unsaved
from dangwu_desktop.ui.exports import FILTERS, export_declared
from dangwu_desktop.ui.file_dialogs import TEMPLATE_FOLDER_KEY, ask_open_file
from dangwu_desktop.ui.forms.ui_reports_page import Ui_ReportsPage
from dangwu_desktop.ui.pages import Page, register_page

TEMPLATE_KEY = "reports/template"
YEAR = 0  # the period combo's value for the whole year


class ReportsPage(Page):
    NAME = "reports"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        ui, today = self.ui, context.today()
        for year in range(today.year, today.year - 6, -1):
            ui.yearCombo.addItem(f"{year}年", year)
        for quarter, name in enumerate(QUARTER_NAMES, start=1):
            ui.periodCombo.addItem(name, quarter)
        ui.periodCombo.addItem("全年", YEAR)
        ui.periodCombo.setCurrentIndex(quarter_of(today.month) - 1)
        # The 工作成效 / 存在问题 / 下步打算 texts: as stored, and as typed but not yet saved, per
        # period, so that switching quarter and back shows what was typed.
        self._stored: dict[ReportPeriod, Notes] = {}
        self._typed: dict[ReportPeriod, Notes] = {}
        self._shown: ReportPeriod | None = None
        ui.yearCombo.currentIndexChanged.connect(self.load)
        ui.periodCombo.currentIndexChanged.connect(self.load)
        ui.saveNotesButton.clicked.connect(self.save_notes)
        ui.wordButton.clicked.connect(self.export_word)
        ui.excelButton.clicked.connect(self.export_workbook)
        ui.chooseTemplateButton.clicked.connect(self.choose_template)
        ui.defaultTemplateButton.clicked.connect(lambda: self.set_template(None))

    def period(self) -> ReportPeriod:
        quarter = int(self.ui.periodCombo.currentData())
        return ReportPeriod(int(self.ui.yearCombo.currentData()), quarter or None)

    def template(self) -> Path | None:
        value = self.context.settings.value(TEMPLATE_KEY)
        return Path(str(value)) if value else None

    def load(self) -> None:
        self._keep_typed()
        period, today = self.period(), self.context.today()
        with self.context.database.read() as session:
            data = work_report(session, period, today)
        self.ui.figuresLabel.setText(_figures(data))
        self._stored[period] = data.notes
        notes = self._typed.get(period, data.notes)
        for edit, text in (
            (self.ui.achievementsEdit, notes.achievements),
            (self.ui.problemsEdit, notes.problems),
            (self.ui.plansEdit, notes.plans),
        ):
            edit.setPlainText(text)
        self._shown = period
        template = self.template()
        self.ui.templateLabel.setText(
            f"正在使用乡镇提供的模板：{template}"
            if template
            else "正在使用程序自带的模板（按GB/T 9704公文格式）。"
        )
        self.ui.defaultTemplateButton.setEnabled(template is not None)

    def notes(self) -> Notes:
        return Notes(
            self.ui.achievementsEdit.toPlainText().strip(),
            self.ui.problemsEdit.toPlainText().strip(),
            self.ui.plansEdit.toPlainText().strip(),
        )

    def _keep_typed(self) -> None:
        """Remember the shown period's texts if they differ from what is stored."""
        if self._shown is None:
            return
        notes = self.notes()
        if notes != self._stored.get(self._shown):
            self._typed[self._shown] = notes
        else:
            self._typed.pop(self._shown, None)

    def save_notes(self) -> bool:
        return self._save(self.period(), self.notes())

    def _save(self, period: ReportPeriod, notes: Notes) -> bool:
        if not self.run_operation(lambda session: save_notes(session, period, notes)):
            return False
        self._stored[period] = notes
        self._typed.pop(period, None)
        return True

    def unsaved_periods(self) -> list[ReportPeriod]:
        self._keep_typed()
        return list(self._typed)

    def close_allowed(self) -> bool:
        periods = self.unsaved_periods()
        if not periods:
            return True
        titles = "、".join(p.title for p in periods)
        return settle_unsaved(
            self,
            f"报表中{titles}的工作成效、存在问题、下步打算尚未保存。要保存吗？",
            lambda: all(self._save(p, self._typed[p]) for p in periods),
        )

    def export_word(self) -> None:
        if not self.save_notes():
            return
        export_declared(self, self.context, "work-report", self._scope(self.template()))

    def export_workbook(self) -> None:
        export_declared(self, self.context, "workbook", self._scope())

    def _scope(self, template: Path | None = None) -> ExportScope:
        period = self.period()
        return ExportScope(self.context.today(), period.year, period.quarter, template=template)

    def choose_template(self) -> None:
        path = ask_open_file(
            self,
            self.context,
            TEMPLATE_FOLDER_KEY,
            "选择乡镇的报告模板",
            FILTERS[".docx"],
            start=self.template(),  # the township's template chosen before, else 文档
        )
        if path:
            self.set_template(path)

    def set_template(self, path: Path | None) -> None:
        if path is None:
            self.context.settings.remove(TEMPLATE_KEY)
        else:
            self.context.settings.setValue(TEMPLATE_KEY, str(path))
        self.load()


def _figures(report: WorkReport) -> str:
    return (
        f"<b>{report.period.title}</b>：{report.summary}。"
        "<br>数字由记录自动汇总，生成报告时按最新记录计算。"
    )


register_page(ReportsPage)
