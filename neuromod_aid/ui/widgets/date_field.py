"""A date that may be left empty: shows a word, stores nothing until a date is picked.

An empty ``QDateEdit`` sits on its minimum date, so its calendar would open in 1900.
This one opens the calendar on a useful month instead (today, or around a typical
birth year) without changing the value: only a date the user picks is stored.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

NO_DATE = QDate(1900, 1, 1)  # the empty value; shown as the special value text


class OptionalDateEdit(QDateEdit):
    def __init__(
        self,
        empty_text: str,
        opens_at: QDate | None = None,
        maximum: QDate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.opens_at = opens_at  # None: today
        self.setMinimumDate(NO_DATE)
        if maximum is not None:
            self.setMaximumDate(maximum)
        self.setSpecialValueText(empty_text)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def start_date(self) -> QDate:
        return self.opens_at if self.opens_at is not None else QDate.currentDate()

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def clear_value(self) -> None:
        self.setDate(NO_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.calendarWidget()
            and event.type() == QEvent.Type.Show
            and self.date() == NO_DATE
        ):
            start = self.start_date()
            self.calendarWidget().setCurrentPage(start.year(), start.month())
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:
        """Arrow keys on an empty field start from the useful date, not from 1900."""
        if self.date() == NO_DATE and steps > 0:
            self.setDate(self.start_date())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing a date into the empty field works; Delete empties it again.

        On an empty field the first digit starts a date at the useful one, with the
        year selected, so "19680312" (or "1968-03-12") types 1968-03-12.
        """
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() == Qt.Key.Key_Delete and plain:
            self.clear_value()
            return
        if self.date() == NO_DATE and plain and event.text().isdigit():
            self.setDate(self.start_date())
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        elif event.text() in ("-", "/", ".") and self._just_moved_on():
            return  # typed after a full year or month: Qt has moved on already
        super().keyPressEvent(event)

    def _just_moved_on(self) -> bool:
        """The cursor sits at the start of a section, right after a separator."""
        position = self.lineEdit().cursorPosition()
        return position > 0 and self.text()[position - 1] == "-"
