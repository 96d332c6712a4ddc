"""导入花名册: pick a file, confirm the column mapping, read the check, then import all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from dangwu_desktop.core.services import ServiceError
from dangwu_desktop.core.services.roster_import import (
    Fault,
    ImportCheck,
    ImportResult,
)
from dangwu_desktop.db.backups import BackupError
from dangwu_desktop.db.safety import import_roster
from dangwu_desktop.io.atomic import ExportError
from dangwu_desktop.io.fault_report import save_fault_report
from dangwu_desktop.io.roster_columns import IGNORED, TARGET_LABELS
from dangwu_desktop.io.roster_reader import RosterFile, check_roster_file, read_roster, shown
from dangwu_desktop.io.tables import TableFileError, sheet_names
from dangwu_desktop.ui.background import Progress, run_in_background
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import ERROR_STYLE
from dangwu_desktop.ui.exports import FILTERS
from dangwu_desktop.ui.file_dialogs import (
    IMPORT_FOLDER_KEY,
    ask_open_file,
    ask_save_file,
    remember_folder,
)
from dangwu_desktop.ui.forms.ui_import_wizard import Ui_ImportWizard

NOT_IMPORTED = "（不导入）"
FILE_FILTER = "花名册表格 (*.xlsx *.xls *.xlsm *.ods *.csv *.txt);;所有文件 (*)"
PREVIEW_ROWS = 20
FAULT_COLUMNS = ("行号", "列", "内容", "问题")


class ImportWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.roster: RosterFile | None = None
        self.check: ImportCheck | None = None
        self.imported: ImportResult | None = None  # not `result`: that is QDialog.result()
        self.setButtonText(QWizard.WizardButton.NextButton, "下一步 >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< 上一步")
        self.setButtonText(QWizard.WizardButton.FinishButton, "导入")
        self.setButtonText(QWizard.WizardButton.CancelButton, "取消")
        for table, titles in (
            (self.ui.faultsTable, FAULT_COLUMNS),
            (self.ui.warningsTable, FAULT_COLUMNS),
            (self.ui.skippedTable, ("行号", "原因")),
        ):
            _prepare(table, titles)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.sheetCombo.currentTextChanged.connect(self._sheet_chosen)
        self.ui.saveReportButton.clicked.connect(self.save_report)
        self.ui.confirmPage.set_ready(True)

    # Step 1: the file

    def browse(self) -> None:
        path = ask_open_file(self, self.context, IMPORT_FOLDER_KEY, "选择花名册文件", FILE_FILTER)
        if path:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        remember_folder(self.context, IMPORT_FOLDER_KEY, path.parent)
        self.ui.pathEdit.setText(str(path))
        combo = self.ui.sheetCombo
        combo.blockSignals(True)
        combo.clear()
        try:
            combo.addItems(sheet_names(path))
        except TableFileError as exc:
            self._file_failed(str(exc))
            return
        finally:
            combo.blockSignals(False)
        self._sheet_chosen(combo.currentText())

    def _sheet_chosen(self, sheet: str) -> None:
        path = Path(self.ui.pathEdit.text())
        if not sheet or not path.name:
            return
        try:
            self.roster = read_roster(path, sheet)
        except TableFileError as exc:
            self._file_failed(str(exc))
            return
        header = self.roster.header
        rows = (
            f"第{header.first_row}行"
            if header.first_row == header.last_row
            else f"第{header.first_row}–{header.last_row}行"
        )
        self.ui.fileMessage.setStyleSheet("")
        self.ui.fileMessage.setText(
            f"找到表头（{rows}），数据{len(self.roster.rows)}行，跳过空行和表尾{len(self.roster.skipped)}行。"
        )
        self.ui.filePage.set_ready(True)

    def _file_failed(self, message: str) -> None:
        self.roster = None
        self.ui.fileMessage.setStyleSheet(ERROR_STYLE)
        self.ui.fileMessage.setText(message)
        self.ui.filePage.set_ready(False)

    # Step 2: the column mapping

    def initializePage(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.ui.mappingPage:
            self._show_mapping()
        elif page is self.ui.checkPage:
            self._show_check()
        elif page is self.ui.confirmPage:
            self._show_confirmation()
        super().initializePage(page_id)

    def _show_mapping(self) -> None:
        assert self.roster is not None
        roster = self.roster
        unmatched = roster.unmatched
        self.ui.headerInfo.setText(
            f"工作表“{roster.sheet}”。"
            + (
                f"以下列没有对应的内容，默认不导入：{'、'.join(unmatched)}"
                if unmatched
                else "所有列都已对应。"
            )
        )
        columns = [c.index for c in roster.header.columns]
        table = self.ui.mappingTable
        table.clear()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["原表中的列", "导入为", "前几行的内容"])
        table.setRowCount(len(columns))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(32)
        choices = [(NOT_IMPORTED, None)] + [
            (label, key) for key, label in TARGET_LABELS.items() if key != IGNORED
        ]
        for position, index in enumerate(columns):
            table.setItem(position, 0, QTableWidgetItem(roster.title(index)))
            combo = QComboBox()
            for label, key in choices:
                combo.addItem(label, key)
            target = roster.mapping.get(index)
            combo.setCurrentIndex(max(combo.findData(target), 0) if target != IGNORED else 0)
            combo.currentIndexChanged.connect(self._mapping_changed)
            table.setCellWidget(position, 1, combo)
            samples = [shown(cells[index]) for _, cells in roster.rows[:4] if index < len(cells)]
            table.setItem(position, 2, QTableWidgetItem("，".join(v for v in samples if v)))
        table.setColumnWidth(0, 180)
        table.setColumnWidth(1, 160)
        table.horizontalHeader().setStretchLastSection(True)
        preview = self.ui.previewTable
        preview.clear()
        preview.setColumnCount(len(columns))
        preview.setHorizontalHeaderLabels([roster.title(i) for i in columns])
        preview_rows = roster.rows[:PREVIEW_ROWS]
        preview.setRowCount(len(preview_rows))
        preview.setVerticalHeaderLabels([str(number) for number, _ in preview_rows])
        for row, (_number, cells) in enumerate(preview_rows):
            for position, index in enumerate(columns):
                value = shown(cells[index]) if index < len(cells) else ""
                preview.setItem(row, position, QTableWidgetItem(value))
        preview.resizeColumnsToContents()
        self._mapping_changed()

    def chosen_mapping(self) -> dict[int, str | None]:
        assert self.roster is not None
        columns = [c.index for c in self.roster.header.columns]
        mapping: dict[int, str | None] = {}
        for position, index in enumerate(columns):
            combo = self.ui.mappingTable.cellWidget(position, 1)
            assert isinstance(combo, QComboBox)
            mapping[index] = combo.currentData()
        return mapping

    def _mapping_changed(self) -> None:
        targets = [t for t in self.chosen_mapping().values() if t]
        repeated = sorted({TARGET_LABELS[t] for t in targets if targets.count(t) > 1})
        problems = []
        if "name" not in targets:
            problems.append("请指定哪一列是“姓名”")
        if repeated:
            problems.append(f"“{'、'.join(repeated)}”对应了不止一列")
        self.ui.mappingPage.setSubTitle(
            "；".join(problems)
            if problems
            else "程序已按列名自动对应。如有不对，请在“导入为”一栏中改正。"
        )
        self.ui.mappingPage.set_ready(not problems)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.ui.mappingPage:
            return self._run_check()
        if self.currentPage() is self.ui.confirmPage:
            return self._run_import()
        return super().validateCurrentPage()

    def _run_check(self) -> bool:
        assert self.roster is not None
        roster = self.roster.with_mapping(self.chosen_mapping())

        def work(_progress: Progress) -> ImportCheck:
            with self.context.database.read() as session:
                return check_roster_file(session, roster, self.context.today())

        self.roster = roster
        self.check = run_in_background(self, "正在逐行检查…", work)
        return True

    # Step 3: the check

    def _show_check(self) -> None:
        assert self.roster is not None and self.check is not None
        check, roster = self.check, self.roster
        faulty = len(check.faulty_rows)
        existing = len(check.existing)
        lines = [
            f"共{len(roster.rows)}行数据：<b>可导入{len(check.accepted)}行</b>"
            + (f"（其中{existing}人已在花名册中）" if existing else ""),
        ]
        if faulty:
            lines.append(
                f"<span style='{ERROR_STYLE}'><b>{faulty}行有错误</b>，请在原表中改正后重新导入。</span>"
            )
        if check.new_groups:
            lines.append(f"将新建党小组：{'、'.join(check.new_groups)}")
        if check.warnings:
            lines.append(f"另有{len(check.warnings)}条提示请核对（不影响导入）。")
        self.ui.summaryLabel.setText("<br>".join(lines))
        _fill(self.ui.faultsTable, [_fault_row(f) for f in check.faults])
        _fill(self.ui.warningsTable, [_fault_row(f) for f in check.warnings])
        _fill(self.ui.skippedTable, [(str(s.row), s.reason) for s in roster.skipped])
        self.ui.checkTabs.setTabText(0, f"错误（{len(check.faults)}）")
        self.ui.checkTabs.setTabText(1, f"提示（{len(check.warnings)}）")
        self.ui.checkTabs.setTabText(2, f"跳过的行（{len(roster.skipped)}）")
        self.ui.checkTabs.setCurrentIndex(0 if check.faults else 1 if check.warnings else 2)
        self.ui.checkPage.set_ready(not check.faults and bool(check.accepted))

    def save_report(self) -> None:
        assert self.roster is not None and self.check is not None
        path = ask_save_file(
            self,
            self.context,
            IMPORT_FOLDER_KEY,
            "保存检查结果",
            f"{self.roster.path.stem}-检查结果.xlsx",
            FILTERS[".xlsx"],
            folder=self.roster.path.parent,  # beside the roster it is about
        )
        if path is None:
            return
        try:
            saved = save_fault_report(path, self.roster, self.check)
        except ExportError as exc:
            QMessageBox.warning(self, "无法保存", str(exc))
            return
        QMessageBox.information(self, "已保存", f"检查结果已保存到：\n{saved}")

    # Step 4: import

    def _show_confirmation(self) -> None:
        assert self.check is not None
        existing = len(self.check.existing)
        self.ui.confirmSummary.setText(
            f"将新增{len(self.check.accepted) - existing}人到花名册。"
            + (f"另有{existing}人已在花名册中。" if existing else "")
        )
        self.ui.existingBox.setVisible(existing > 0)

    def _run_import(self) -> bool:
        assert self.roster is not None and self.check is not None
        check, source = self.check, self.roster.path.name
        update = self.ui.updateExisting.isChecked()

        def work(progress: Progress) -> ImportResult:
            return import_roster(
                self.context.database,
                check,
                self.context.today(),
                update_existing=update,
                source=source,
                progress=progress,
            )

        try:
            self.imported = run_in_background(self, "正在导入…", work)
        except (ServiceError, BackupError) as exc:
            QMessageBox.warning(self, "没有导入", str(exc))
            return False
        return True


def _prepare(table: QTableWidget, titles: tuple[str, ...]) -> None:
    table.setColumnCount(len(titles))
    table.setHorizontalHeaderLabels(list(titles))
    table.horizontalHeader().setSectionResizeMode(len(titles) - 1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)


def _fault_row(fault: Fault) -> tuple[str, ...]:
    return (str(fault.row), fault.column, fault.value, fault.message)


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
