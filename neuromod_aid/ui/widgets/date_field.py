"""A date typed as text or picked from a calendar, and never turned into another date.

``QDateEdit`` corrects what is typed section by section: 1968-02-31 became 1968-02-03,
a birth date in the future became one in 1968. A :class:`DateField` is a line edit
instead. It stores a date only when the whole text is a real date its kind accepts
(typed as 1968-03-12 or 19680312, or picked from its calendar); anything else is
refused in :attr:`DateField.message`, a label its page shows under the field, and the
stored date stays as it was. A date that is possible but worth a second look (a
planned procedure in the past) is stored, and the message says so.

An optional field may be empty (its placeholder says so; Delete empties it). The
calendar opens on the stored date, or else on a useful month: today's, or around a
typical birth year for a date of birth, never on 1900.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from functools import cached_property

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)

from neuromod_aid.ui.focus import say_under

EARLIEST = dt.date(1900, 1, 1)
BIRTH_CALENDAR_START = dt.date(1960, 1, 1)  # where an empty birth date's calendar opens
DISPLAY = "%Y-%m-%d"
# the whole date, as typed while typing goes on: no shorter form is taken before it ends,
# so 1968-02-3 is never stored on the way to 1968-02-31
COMPLETE = re.compile(r"(\d{4})(\d{2})(\d{2})|(\d{4})[-/.](\d{2})[-/.](\d{2})")
# what is accepted once typing ends (Return, or leaving the field)
FINISHED = re.compile(r"(\d{4})(\d{2})(\d{2})|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


class DateKind(enum.Enum):
    BIRTH = "birth"  # refused in the future
    VISIT = "visit"  # the consultation's date: a warning in the future
    PLANNED = "planned"  # a procedure or a next step: a warning in the past


class DateField(QLineEdit):
    """A date of one :class:`DateKind`; empty allowed when ``empty_text`` is given."""

    value_changed = Signal()  # the user stored another date (typed, picked or emptied)

    def __init__(
        self, kind: DateKind, empty_text: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.optional = empty_text is not None
        self._value: dt.date | None = None
        self.setPlaceholderText(empty_text or self.tr("year-month-day"))
        self.setToolTip(
            self.tr(
                "Type the date as year-month-day (1968-03-12 or 19680312), or pick it "
                "from the calendar (Alt+Down). Delete leaves it empty."
            )
            if self.optional
            else self.tr(
                "Type the date as year-month-day (1968-03-12 or 19680312), or pick it "
                "from the calendar (Alt+Down)."
            )
        )
        self.message = QLabel(self)  # placed under the field by its page
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.hide()

        self.calendar_action = self.addAction(
            _calendar_icon(self.palette()), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Open the calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        (self.calendar_button,) = (
            w for w in self.calendar_action.associatedObjects() if isinstance(w, QToolButton)
        )
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than a whole date beside the calendar button: a row that is
        short of room (200% scaling) scrolls sideways rather than cut the date."""
        hint = super().minimumSizeHint()
        date = self.fontMetrics().horizontalAdvance("0000-00-00")
        frame = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 8
        return QSize(
            max(hint.width(), date + self.calendar_button.sizeHint().width() + frame), hint.height()
        )

    @cached_property
    def calendar(self) -> QCalendarWidget:
        """The popup calendar, made when first needed (a step has several date fields,
        and most consultations open none of their calendars)."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setMinimumDate(_qdate(EARLIEST))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        return calendar

    # --- the stored date ---------------------------------------------------------------

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (a record being loaded): no signal, no refusal left showing."""
        self._value = value
        self.setText(self._shown())
        self._say(self._warning())

    def clear_value(self) -> None:
        self.set_value(None)

    def _shown(self) -> str:
        return self._value.strftime(DISPLAY) if self._value else ""

    def _store(self, value: dt.date | None) -> None:
        changed = value != self._value
        self._value = value
        self._say(self._warning())
        if changed:
            self.value_changed.emit()

    # --- typing --------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        typed = text.strip()
        if not typed:
            if self.optional:
                self._store(None)
            else:
                self._say("")  # refused when typing ends, unless a date follows
            return
        match = COMPLETE.fullmatch(typed)
        if match is None:
            self._say("")  # still typing
            return
        self._take(typed, *_parts(match))

    def _finished(self) -> None:
        typed = self.text().strip()
        if typed == self._shown():
            return
        if not typed:
            self._say(self.tr("A date is needed.") + " " + self._kept())
        else:
            match = FINISHED.fullmatch(typed)
            if match is None:
                self._refuse(typed, self.tr("type it as year-month-day, for example 1968-03-12"))
            else:
                self._take(typed, *_parts(match))
        self.setText(self._shown())  # the field shows what is stored

    def _take(self, typed: str, year: int, month: int, day: int) -> None:
        problem = self._problem(year, month, day)
        if problem:
            self._refuse(typed, problem)
        else:
            self._store(dt.date(year, month, day))

    def _problem(self, year: int, month: int, day: int) -> str:
        """Why this is not a date this field accepts ("" if it is one)."""
        if not 1 <= month <= 12:
            return self.tr("there is no month {0}").format(month)
        if year < EARLIEST.year:
            return self.tr("dates before 1900 are not accepted")
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            month_name = QLocale().standaloneMonthName(month)
            return self.tr("{0} {1} has {2} days").format(month_name, year, days)
        if self.kind is DateKind.BIRTH and dt.date(year, month, day) > dt.date.today():
            return self.tr("a date of birth cannot be in the future")
        return ""

    def _warning(self) -> str:
        """A stored date worth a second look (it is kept)."""
        value, today = self._value, dt.date.today()
        if value is None:
            return ""
        if self.kind is DateKind.PLANNED and value < today:
            return self.tr("Check this date: {0} is in the past.").format(self._shown())
        if self.kind is DateKind.VISIT and value > today:
            return self.tr("Check this date: {0} is in the future.").format(self._shown())
        return ""

    def _refuse(self, typed: str, why: str) -> None:
        self._say(self.tr("{0} was not saved: {1}.").format(typed, why) + " " + self._kept())

    def _kept(self) -> str:
        if self._value is None:
            return self.tr("No date is stored.")
        return self.tr("The date stays {0}.").format(self._shown())

    def _say(self, text: str) -> None:
        say_under(self, self.message, text)

    # --- keys and the calendar -----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():  # a finished consultation: no Delete, no calendar
            super().keyPressEvent(event)  # moving and selecting still work
            return
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if alt_down or (event.key() == Qt.Key.Key_F4 and plain):
            self.open_calendar()
        elif event.key() == Qt.Key.Key_Delete and plain and self.optional:
            self.clear()
            self._store(None)
        else:
            super().keyPressEvent(event)

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        today = dt.date.today()
        if self.kind is DateKind.BIRTH:
            self.calendar.setMaximumDate(_qdate(today))
        start = self._value or (BIRTH_CALENDAR_START if self.kind is DateKind.BIRTH else today)
        self.calendar.setSelectedDate(_qdate(start))
        self.calendar.setCurrentPage(start.year, start.month)
        self.calendar.adjustSize()
        self.calendar.move(self._below(self.calendar.sizeHint().height()))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _below(self, height: int) -> QPoint:
        """Where the calendar opens: under the field, or above it if the screen ends."""
        under = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        if under.y() + height > screen.bottom():
            return self.mapToGlobal(QPoint(0, -height))
        return under

    def _picked(self, date: QDate) -> None:
        self.calendar.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self._take(date.toString("yyyy-MM-dd"), date.year(), date.month(), date.day())
        self.setText(self._shown())


def add_to_form(form: QFormLayout, label: QLabel | str, field: DateField) -> None:
    """A form row for ``field``, and under it a row across the form for its message.

    Across the whole form because a form wraps only such rows to their width.
    """
    form.addRow(label, field)
    form.addRow(field.message)


def _parts(match: re.Match[str]) -> tuple[int, int, int]:
    year, month, day = (int(part) for part in match.groups() if part is not None)
    return year, month, day


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar page, drawn in the text colour (no icon theme is needed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    ink = palette.color(QPalette.ColorRole.Text)
    painter.setPen(ink)
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 3), ink)
    painter.fillRect(QRect(4, 0, 2, 3), ink)
    painter.fillRect(QRect(10, 0, 2, 3), ink)
    for row in (7, 10):
        for column in (4, 7, 10):
            painter.fillRect(QRect(column, row, 2, 2), ink)
    painter.end()
    return QIcon(pixmap)
