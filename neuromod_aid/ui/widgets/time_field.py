"""A time of day typed on the keyboard, and the arrival time of a planned procedure:
only a time is stored; text an older record held there is shown, kept, and replaced
only by a time or by clearing the field."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from neuromod_aid.ui.focus import say_under

# a time of day as hours and minutes: 07:30, 7:30, 7.30, 7h30 or 0730
TIME = re.compile(r"([01]?\d|2[0-3])\s*[:.hH]?\s*([0-5]\d)")
SHOWN_MAX = 80  # characters of kept text quoted back


def typed_time(text: str) -> str | None:
    """``text`` as HH:MM, "" for nothing typed, None when it is not a time of day."""
    text = text.strip()
    if not text:
        return ""
    match = TIME.fullmatch(text)
    return f"{int(match[1]):02d}:{match[2]}" if match else None


def quoted(text: str) -> str:
    """``text`` as it can be read back on one line: a character that does not print
    (a line break, a control character) as its escape, and a long text cut."""
    shown = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)
    return shown if len(shown) <= SHOWN_MAX else shown[: SHOWN_MAX - 1] + "…"


class ArrivalField(QLineEdit):
    """The arrival time: ``time`` is what the record stores (HH:MM or ""), ``kept`` text
    from an older record that is no time. ``problem`` is the message shown under it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Arrival time"))
        self.setPlaceholderText(self.tr("For example 07:30"))
        self.setMaxLength(100)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # kept text is never markup
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.time = ""
        self.kept = ""
        self.editingFinished.connect(self._finished)

    def set_value(self, time: str, kept: str = "") -> None:
        """Show the record's arrival time, or the text kept in its place."""
        self.time, self.kept = time, kept
        self.setText(time or kept)
        problem = ""
        if kept:
            problem = self.tr("Arrival time not understood: '{0}' — enter a time").format(
                quoted(kept)
            )
        say_under(self, self.problem, problem)

    def _finished(self) -> None:
        typed = self.text().strip()
        if typed == (self.time or self.kept):
            return
        time = typed_time(typed)
        if time is None:
            stays = self.time or self.tr("empty")
            self.setText(self.time or self.kept)
            say_under(
                self,
                self.problem,
                self.tr(
                    "{0} was not saved: type the time as hours:minutes, for example "
                    "07:30. The arrival time stays {1}."
                ).format(quoted(typed), stays),
            )
            return
        self.set_value(time)  # a time, or the field emptied: the kept text goes
        self.changed.emit()
