"""首页: the branch at a glance and what needs attention now, each item leading to its record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QLabel, QListWidgetItem, QVBoxLayout, QWidget

from dangwu_desktop import ledgers
from dangwu_desktop.core.dates import format_date
from dangwu_desktop.core.reminders import Reminder
from dangwu_desktop.core.services import branch as branch_service
from dangwu_desktop.core.services.dashboard import headline
from dangwu_desktop.core.statistics import StatTable
from dangwu_desktop.ui.bar_chart import BarChart
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.forms.ui_home_page import Ui_HomePage
from dangwu_desktop.ui.pages import Page, register_page

FIGURES = (
    ("正式党员", "full"),
    ("预备党员", "probationary"),
    ("流动党员", "mobile"),
    ("待转正", "due_for_confirmation"),
    ("今年组织生活", "meetings"),
    ("人均学时", "hours"),
)
REMINDER_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QBrush(QColor("#b91c1c"))
HINT = QBrush(QColor("#1d4ed8"))


class HomePage(Page):
    NAME = "home"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        title_font = self.ui.branchTitle.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.ui.branchTitle.setFont(title_font)
        self.figure_labels: dict[str, QLabel] = {}
        for title, key in FIGURES:
            self.ui.figuresLayout.addWidget(self._figure_card(title, key))
        self.ui.figuresLayout.addStretch()
        self.reminders: list[Reminder] = []
        self.chart: BarChart | None = None
        self.ui.chartLayout.addStretch()
        self.ui.attentionList.itemDoubleClicked.connect(self._open_item)

    def _figure_card(self, title: str, key: str) -> QFrame:
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(120)
        layout = QVBoxLayout(card)
        value = QLabel("0", card)
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        value.setFont(font)
        value.setStyleSheet("color:#b91c1c")
        layout.addWidget(value)
        layout.addWidget(QLabel(title, card))
        self.figure_labels[key] = value
        return card

    def load(self) -> None:
        today = self.context.today()
        with self.context.database.read() as session:
            info = branch_service.load_branch_info(session)
            self.reminders = ledgers.reminders(session, today)
            numbers = headline(session, today)
        counts = numbers.counts
        for _title, key in FIGURES[:4]:
            self.figure_labels[key].setText(str(getattr(counts, key)))
        self.figure_labels["meetings"].setText(str(numbers.meetings_this_year))
        self.figure_labels["hours"].setText(f"{numbers.average_hours:g}")
        self.ui.branchTitle.setText(info.name if info else "党务台账")
        self.ui.branchDetail.setText(_detail(info, counts.total))
        attention = self.ui.attentionList
        attention.clear()
        for index, reminder in enumerate(self.reminders):
            item = QListWidgetItem(("【逾期】" if reminder.overdue else "") + reminder.text)
            item.setToolTip(f"依据：{reminder.citation}")
            item.setData(REMINDER_ROLE, index)
            if reminder.overdue:
                item.setForeground(OVERDUE)
            elif reminder.hint:
                item.setForeground(HINT)
            attention.addItem(item)
        if not self.reminders:
            attention.addItem("目前没有需要处理的事项。")
        table = StatTable("类别", numbers.by_kind, numbers.meetings_this_year)
        if self.chart is not None:
            self.chart.deleteLater()
        self.chart = BarChart(
            table,
            self.ui.chartBox,
            unit="次",
            empty_text="今年还没有记录（可在“组织生活”新建或补录）",
        )
        self.ui.chartLayout.insertWidget(0, self.chart)

    def _open_item(self, item: QListWidgetItem) -> None:
        index = item.data(REMINDER_ROLE)
        if index is None:
            return
        reminder = self.reminders[int(index)]
        if reminder.page is not None and reminder.item is not None:
            self.open_item.emit(reminder.page, reminder.item)
        elif reminder.member_id is not None:
            self.open_member.emit(reminder.member_id)
        elif reminder.page is not None:
            self.open_page.emit(reminder.page)


def _detail(info: branch_service.BranchInfo | None, members: int) -> str:
    if info is None:
        return ""
    parts = [
        f"上级党组织：{info.parent_org or '未填写'}",
        f"书记：{info.secretary}",
        f"在册党员{members}人",
    ]
    if info.term_end:
        parts.append(f"本届任期至{format_date(info.term_end)}")
    return "　｜　".join(parts)


register_page(HomePage)
