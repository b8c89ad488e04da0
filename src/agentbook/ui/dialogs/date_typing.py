"""Keyboard and calendar behaviour of the record dialogs' date fields.

Qt's ``QDateEdit`` moves to the next section by itself once a section is full, so the separator a
user types next (``2026-12-03``) skips another section and the date comes out as 2026-11-12; and
``/`` or ``.`` (``2026/12/3``) are not taken as separators at all. Every date field therefore drops
a separator typed right after a separator and reads ``/`` and ``.`` as ``-``.

An optional date is a plain ``QDateEdit`` whose minimum date (``EMPTY_DATE``) stands for "no date"
and shows as blank special-value text. Left alone, Qt treats that blank as a real date at the far
end of the range: digits typed into it land in the hidden sections (``2026-12-03`` turns into
``0261203`` and the field will not let Tab go), Up steps to 1901-01-01 and the calendar opens on
January 1900. For optional dates the filter also makes the empty state behave like an empty field: the first key that
starts a date, a step or the calendar all begin from the store's today, and Delete or Backspace on
a wholly selected date empties it again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from agentbook.ui.dialogs.fields import EMPTY_DATE

_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
_SEPARATORS = "-/."
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)  # Shift is not among them: some keyboard layouts need it for digits
_KEYBOARD_FOCUS = {Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateTyping(QObject):
    """Installed on one ``QDateEdit`` (and its calendar); *today* is the store's clock."""

    def __init__(self, edit: QDateEdit, today: Callable[[], date], optional: bool) -> None:
        super().__init__(edit)
        self.edit = edit
        self.today = today
        self.optional = optional
        self.entered_by_keyboard = False
        edit.installEventFilter(self)
        calendar = edit.calendarWidget() if edit.calendarPopup() and optional else None
        if calendar is not None:
            calendar.installEventFilter(self)

    def is_empty(self) -> bool:
        return self.optional and self.edit.date() == EMPTY_DATE

    def start_from_today(self) -> None:
        """Show today with the year selected, so what is typed next replaces it section by section."""
        self.edit.setDate(_qdate(self.today()))
        self.edit.setCurrentSection(QDateTimeEdit.Section.YearSection)
        self.edit.setSelectedSection(QDateTimeEdit.Section.YearSection)

    def clear(self) -> None:
        self.edit.setDate(EMPTY_DATE)
        self.edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit:
            if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
                self.entered_by_keyboard = event.reason() in _KEYBOARD_FOCUS
            elif event.type() == QEvent.Type.MouseButtonPress:
                self.entered_by_keyboard = False
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
            if event.type() == QEvent.Type.Wheel and self.is_empty():
                self.start_from_today()
                return True
        elif event.type() == QEvent.Type.Show and self.is_empty():
            # The popup was just synchronised to the edit's date, i.e. January 1900: turn it to today's
            # month, leaving the field empty until a day is picked (Escape keeps it empty).
            calendar = self.edit.calendarWidget()
            today = self.today()
            blocked = calendar.blockSignals(True)  # a selection would otherwise be written into the edit
            calendar.setSelectedDate(_qdate(today))
            calendar.blockSignals(blocked)
            calendar.setCurrentPage(today.year, today.month)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & _SHORTCUT_MODIFIERS:
            return False  # shortcuts (Ctrl+S, Alt+Down for the calendar) keep their meaning
        line = self.edit.lineEdit()
        text = event.text()
        if self.entered_by_keyboard:
            # Shift+Tab lands on the day: digits typed straight after tabbing in start a whole date.
            self.entered_by_keyboard = False
            if text.isdigit() and not self.is_empty():
                self.edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
        if text and text in _SEPARATORS and not self.is_empty():
            position = line.cursorPosition()
            if position > 0 and line.text()[position - 1] in _SEPARATORS:
                return True  # Qt has already moved past this separator
            if text != "-":
                QCoreApplication.sendEvent(
                    self.edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Minus, event.modifiers(), "-")
                )
                return True
            return False
        if self.is_empty():
            if key in _STEP_KEYS:
                self.start_from_today()
                return True
            if text.isdigit():
                self.start_from_today()
            return False
        if self.optional and key in _CLEAR_KEYS and line.hasSelectedText() and line.selectedText() == line.text():
            self.clear()
            return True
        return False


def improve_typing(edit: QDateEdit, today: Callable[[], date], *, optional: bool) -> DateTyping:
    """Give *edit* the behaviour above; the edit owns (and outlives) the returned filter."""
    return DateTyping(edit, today, optional)
