"""DateField: a date the secretary types (2021-05-18, 2021.5.18, 20210518, 2021年5月18日) or picks.

It replaces QDateEdit, whose sections swallow typed separators and whose "blank" trick showed an
empty date as a special minimum value: typed digits went astray, leaving the field blanked it, and
the calendar opened on January 1900. Here the text is read by the one date parser (core.dates, the
importer's), normalised to 2021-05-18 when the field is left, and a text it cannot read is named
as an error (never dropped) until it is fixed; a dialog refuses to save while one stands.
"""

from __future__ import annotations

import datetime as dt  # the widget has a date() method, which hides the name in its class body
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dangwu_desktop.core.dates import DateParseError, format_date, parse_date
from dangwu_desktop.ui.dialogs import ERROR_STYLE, message_html

PLACEHOLDER = "如 2021-05-18"
# The text colour is set with the pastel background: dark mode's light text would not show on it.
INVALID_STYLE = "QLineEdit { border: 1px solid #b91c1c; background: #fef2f2; color: #1f2937; }"


class DateField(QLineEdit):
    """A line edit for one date: `date()` is None when blank; a calendar button picks a day.

    `typicalYear` (a Qt property, settable in Designer) is the year the calendar shows when the
    field is blank: 1970 suits a birth date, 2000 a 入党时间; 0 means today's month.
    `required` makes a blank an error too. `maximumDate` refuses later dates (e.g. after today).
    """

    dateChanged = Signal(object)  # date | None, when the understood date changes
    errorChanged = Signal(str)  # the message, or "" once the text reads as a date again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: date | None = None
        self._error = ""
        self._typical_year = 0
        self._required = False
        self._today: date = date.today()
        self._maximum: date | None = None
        self._suggested: date | None = None
        self._hint = ""
        self._popup: _CalendarPopup | None = None
        self.setPlaceholderText(PLACEHOLDER)
        self.setToolTip(
            "可直接输入日期，如 2021-05-18、2021.5.18、20210518；或点右侧按钮（Alt+↓）选日期"
        )
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip("从日历中选择日期（Alt+↓）")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self._commit)
        self.textEdited.connect(self._edited)

    # The value

    def date(self) -> date | None:
        """The date the text reads as now; None when blank or unreadable (see `is_valid`)."""
        try:
            return self._read(self.text())
        except DateParseError:
            return None

    def setDate(self, value: dt.date | None) -> None:
        self.setText(format_date(value))
        self._commit()

    def is_valid(self) -> bool:
        """Whether the text reads as a date (or is an allowed blank)."""
        return not self.error()

    def error(self) -> str:
        """Why the text is not a date, naming the field; "" when it is one (or blank)."""
        try:
            self._read(self.text())
        except DateParseError as exc:
            return f"{self.field_name()}：{exc}"
        return ""

    def shown_error(self) -> str:
        """The error shown since the field was last left ("" while none is shown)."""
        return self._error

    def field_name(self) -> str:
        """The field's name as its label shows it (the label whose buddy this is)."""
        parent = self.parentWidget()
        while parent is not None:
            for label in parent.findChildren(QLabel):
                if label.buddy() is self and label.text():
                    return label.text().replace("&", "").rstrip("：:")
            parent = parent.parentWidget()
        return self.accessibleName() or "日期"

    def setToday(self, today: dt.date) -> None:
        """The program's today (tests fix it): the calendar's page for fields without a year."""
        self._today = today

    def setSuggestedDate(self, value: dt.date | None) -> None:
        """Where the calendar opens while the field is blank, when the form knows better than
        the typical year (转正 about a year after 入党)."""
        self._suggested = value

    def setMaximumDate(self, value: dt.date | None) -> None:
        self._maximum = value

    def _get_typical_year(self) -> int:
        return self._typical_year

    def _set_typical_year(self, year: int) -> None:
        self._typical_year = year

    typicalYear = QtProperty(int, _get_typical_year, _set_typical_year)

    def _get_required(self) -> bool:
        return self._required

    def _set_required(self, required: bool) -> None:
        self._required = required

    required = QtProperty(bool, _get_required, _set_required)

    def _read(self, text: str) -> dt.date | None:
        value = parse_date(text, allow_month_only=False)
        if value is None and self._required:
            raise DateParseError("请填写日期，如 2021-05-18")
        if value is not None and self._maximum is not None and value > self._maximum:
            raise DateParseError(f"“{text.strip()}”晚于今天（{format_date(self._maximum)}）")
        return value

    # Typing and leaving

    @Slot()
    def _commit(self) -> None:
        """On leaving (or Enter): show the date as understood, or name why it is not one."""
        try:
            value = self._read(self.text())
        except DateParseError:
            value = None
            self._set_error(self.error())
        else:
            self._set_error("")
            if self.text() != format_date(value):
                self.setText(format_date(value))
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    @Slot(str)
    def _edited(self, _text: str) -> None:
        # An error stays until the text reads as a date; a half-typed date is not yet an error.
        if self._error and self.is_valid():
            self._set_error("")

    def _set_error(self, message: str) -> None:
        if message == self._error:
            return
        if message and not self._error:
            self._hint = self.toolTip()  # the usual hint, back once the date is fixed
        self._error = message
        self.setStyleSheet(INVALID_STYLE if message else "")
        self.setToolTip(message or self._hint)
        self.errorChanged.emit(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    # The calendar

    def calendar_page(self) -> tuple[int, int]:
        """The (year, month) the calendar opens on: the field's date, else the date the form
        suggests, else the field's typical year, else today's month."""
        shown = self.date() or self._suggested
        if shown is not None:
            return shown.year, shown.month
        if self._typical_year:
            return self._typical_year, 1
        return self._today.year, self._today.month

    @Slot()
    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.calendar.clicked.connect(self._picked)
            self._popup.calendar.activated.connect(self._picked)
        calendar = self._popup.calendar
        calendar.setMaximumDate(_qdate(self._maximum) if self._maximum else QDate(2100, 12, 31))
        shown = self.date()
        if shown is not None:
            calendar.setSelectedDate(_qdate(shown))
        calendar.setCurrentPage(*self.calendar_page())
        self._popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        self._popup.move(below)
        self._popup.show()
        calendar.setFocus()

    @property
    def calendar(self) -> QCalendarWidget | None:
        """The pop-up calendar once opened (for tests and the pop-up's owner)."""
        return self._popup.calendar if self._popup else None

    @Slot(QDate)
    def _picked(self, day: QDate) -> None:
        assert self._popup is not None
        self._popup.hide()
        self.setDate(date(day.year(), day.month(), day.day()))
        self.setFocus()


class _CalendarPopup(QFrame):
    def __init__(self, owner: DateField) -> None:
        super().__init__(owner, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = QCalendarWidget(self)
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        self.calendar.setGridVisible(True)
        layout.addWidget(self.calendar)
        self.calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.hide()
            return True
        return super().eventFilter(watched, event)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def show_date_errors(label: QLabel, fields: Sequence[DateField]) -> None:
    """Name the fields' unreadable dates in a dialog's findings label as soon as a field is left,
    and clear them there once they are fixed."""

    def update(_message: str) -> None:
        errors = [field.shown_error() for field in fields if field.shown_error()]
        if errors:
            label.setText(message_html(errors, ERROR_STYLE))
            label.setProperty("showsDateErrors", True)
        elif label.property("showsDateErrors"):
            label.clear()
            label.setProperty("showsDateErrors", False)

    for field in fields:
        field.errorChanged.connect(update)


def first_invalid(fields: Sequence[DateField]) -> DateField | None:
    """The first field whose text is not a date, to refuse a save and take the user there."""
    return next((field for field in fields if not field.is_valid()), None)
