"""Dialogs: each holds its compiled form as `self.ui` and saves through a core service."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from dangwu_desktop.core.rules import Finding, Severity
from dangwu_desktop.core.services import RecordInvalid, ServiceError

ERROR_STYLE = "color:#b91c1c"
WARNING_STYLE = "color:#b45309"


def message_html(lines: Sequence[str], style: str) -> str:
    """Messages as a small HTML list for a findings label."""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f'<div style="{style}"><ul style="margin:0 0 0 -20px">{items}</ul></div>'


def show_saved(parent: QWidget, path: Path, lead: str) -> None:
    """Say where a file was written, with a button that opens its folder."""
    box = QMessageBox(QMessageBox.Icon.Information, "已保存", f"{lead}\n{path}", parent=parent)
    open_folder = box.addButton("打开所在文件夹", QMessageBox.ButtonRole.ActionRole)
    box.addButton("确定", QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def finding_line(finding: Finding) -> str:
    source = (
        f"（依据：{finding.citation}）"
        if finding.citation and finding.severity is Severity.ERROR
        else ""
    )
    return f"{finding.line}{source}"


def refusal_lines(refusal: ServiceError) -> list[str]:
    """What a refused operation says, one line each: a RecordInvalid's findings (with their
    citations), any other refusal's one message whole, whatever punctuation it contains."""
    if isinstance(refusal, RecordInvalid):
        return [finding_line(f) for f in refusal.findings]
    return [str(refusal)]


def show_refusal(label: QLabel, refusal: ServiceError) -> None:
    """Show a refusal in a dialog's error label, as the list every dialog uses."""
    label.setText(message_html(refusal_lines(refusal), ERROR_STYLE))


def _edited_signal(widget: QWidget) -> SignalInstance:
    """The signal a widget gives when the user changes what it holds."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.valueChanged  # type: ignore[attr-defined]
    if isinstance(widget, QTableWidget):
        return widget.itemChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    raise TypeError(f"no edit signal known for {type(widget).__name__}")


class FindingsGate:
    """A dialog's save rule: errors stop the save; warnings are shown once and the second
    click on 保存 (now 仍然保存) accepts them, unless the record changed meanwhile.

    The lines shown answer the fields they complain about: once the user edits such a field its
    lines go (the next 保存 checks again), so a fixed field is not left under a red line."""

    def __init__(self, label: QLabel, save_button: QAbstractButton) -> None:
        self.label = label
        self.save_button = save_button
        self._confirmed: tuple[Finding, ...] | None = None
        self._shown: tuple[tuple[Finding, ...], tuple[Finding, ...]] = ((), ())

    def watch(self, fields: Mapping[str, QWidget | Sequence[QWidget]]) -> None:
        """Which widgets hold each field (a finding's `attribute`): editing them answers its lines."""
        for attribute, widgets in fields.items():
            for widget in [widgets] if isinstance(widgets, QWidget) else widgets:
                _edited_signal(widget).connect(lambda *_, a=attribute: self.answered(a))

    def answered(self, attribute: str) -> None:
        """The user edited `attribute`: what was said about it no longer stands."""
        errors, warnings = self._shown
        if errors or warnings:
            if all(f.attribute != attribute for f in (*errors, *warnings)):
                return
        elif not self.label.text():
            return
        self.reset()
        self.show(
            tuple(f for f in errors if f.attribute != attribute),
            tuple(f for f in warnings if f.attribute != attribute),
        )

    def allows(self, findings: Sequence[Finding]) -> bool:
        errors = tuple(f for f in findings if f.severity is Severity.ERROR)
        warnings = tuple(f for f in findings if f.severity is not Severity.ERROR)
        if errors:
            self.show(errors, warnings)
            return False
        if warnings and warnings != self._confirmed:
            self.show((), warnings)
            self._confirmed = warnings
            self.save_button.setText("仍然保存")
            return False
        return True

    def reset(self) -> None:
        if self._confirmed is not None:
            self._confirmed = None
            self.save_button.setText("保存")

    def show(self, errors: Sequence[Finding], warnings: Sequence[Finding]) -> None:
        self._shown = (tuple(errors), tuple(warnings))
        parts = []
        if errors:
            parts.append(f"<b style='{ERROR_STYLE}'>无法保存：</b>")
            parts.append(message_html([finding_line(f) for f in errors], ERROR_STYLE))
        if warnings:
            lead = "请核对：" if errors else "请核对以下情况，确认无误后再点“仍然保存”："
            parts.append(f"<b style='{WARNING_STYLE}'>{lead}</b>")
            parts.append(message_html([finding_line(f) for f in warnings], WARNING_STYLE))
        self.label.setText("".join(parts))
        self.label.setToolTip("\n".join(f.citation for f in (*errors, *warnings) if f.citation))

    def show_error(self, message: str) -> None:
        """A refusal not tied to a field: it goes at the user's next edit of any watched field."""
        self._shown = ((), ())
        self.label.setText(message_html([message], ERROR_STYLE))


class UnsavedChoice(Enum):
    SAVE = "保存"
    DISCARD = "不保存"
    CANCEL = "取消"


def ask_unsaved(parent: QWidget, text: str = "所填内容尚未保存。要保存吗？") -> UnsavedChoice:
    """The one question asked before typed work would be thrown away: 保存 / 不保存 / 取消."""
    box = QMessageBox(QMessageBox.Icon.Question, "尚未保存", text, parent=parent)
    save = box.addButton(UnsavedChoice.SAVE.value, QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(UnsavedChoice.DISCARD.value, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(UnsavedChoice.CANCEL.value, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    return UnsavedChoice.DISCARD if clicked is discard else UnsavedChoice.CANCEL


def settle_unsaved(parent: QWidget, text: str, store: Callable[[], bool]) -> bool:
    """Before typed work is left behind (another period, the window closing): ask, and save it
    with `store` or drop it as answered. False to stay where it is (取消, or a failed save)."""
    choice = ask_unsaved(parent, text)
    if choice is UnsavedChoice.SAVE:
        return store()
    return choice is UnsavedChoice.DISCARD


def select_quietly(combo: QComboBox, value: object) -> None:
    """Show `value` in the combo without the change it would signal (going back after 取消)."""
    combo.blockSignals(True)
    combo.setCurrentIndex(combo.findData(value))
    combo.blockSignals(False)


class GuardedDialog(QDialog):
    """A dialog that never throws typed work away unasked.

    Esc, 取消 and the window's close button all end in reject() (QDialog.closeEvent calls it);
    here reject() compares what the dialog holds now, `snapshot()`, with what it held when it was
    loaded or last saved, `mark_saved()`, and asks 保存 / 不保存 / 取消 when they differ.
    保存 runs the dialog's own save, which closes it only if the save succeeded."""

    _saved_snapshot: object = None

    def snapshot(self) -> object:
        """What the user edits, comparable with ==: the dialog's public data()/info()/draft()."""
        raise NotImplementedError

    def mark_saved(self) -> None:
        self._saved_snapshot = self._state()

    def has_unsaved_changes(self) -> bool:
        return self._state() != self._saved_snapshot

    def _state(self) -> tuple[object, tuple[tuple[str, str], ...]]:
        """The snapshot, and the text in every date box: a date typed but unreadable is no date
        in the snapshot, yet it is typed work. Sorted, because findChildren's order is the
        stacking order, which a tab or page brought to the front changes."""
        from dangwu_desktop.ui.date_field import DateField  # it imports this module

        boxes = ((field.objectName(), field.text()) for field in self.findChildren(DateField))
        return self.snapshot(), tuple(sorted(boxes))

    def save(self) -> None:
        """The dialog's 保存: check, write in one transaction, and accept() when it succeeded; on
        failure the dialog stays open with its message shown."""
        raise NotImplementedError

    def save_before_closing(self) -> None:
        """What 保存 in the 保存 / 不保存 / 取消 question does: the dialog's own save, unless it
        has another (a dialog whose records were written as they were made only closes)."""
        self.save()

    def showEvent(self, event: QShowEvent) -> None:
        """Ctrl+S presses the dialog's 保存, so that a record is made without the mouse."""
        if not hasattr(self, "_save_shortcut"):
            for box in self.findChildren(QDialogButtonBox):
                button = box.button(QDialogButtonBox.StandardButton.Save)
                if button is not None:
                    self._save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
                    self._save_shortcut.activated.connect(button.click)
                    button.setToolTip("保存（Ctrl+S）")
                    break
        super().showEvent(event)

    def reject(self) -> None:
        if self.has_unsaved_changes():
            choice = ask_unsaved(self)
            if choice is UnsavedChoice.CANCEL:
                return
            if choice is UnsavedChoice.SAVE:
                self.save_before_closing()
                return
        super().reject()
