"""The start screen's patient search, run off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

if TYPE_CHECKING:
    from neuromod_aid.app.patients import Patients

SEARCH_LIMIT = 30


class Found(QObject):
    found = Signal(int, list)  # search generation, [PatientSummary]


class Search(QRunnable):
    """One patient search, off the UI thread, so typing never waits for the database."""

    def __init__(
        self, patients: Callable[[], Patients], text: str, generation: int, reply: Found
    ) -> None:
        super().__init__()
        self.patients, self.text, self.generation, self.reply = patients, text, generation, reply

    def run(self) -> None:
        try:  # the records may still be opening: this worker waits for them, not the window
            found = self.patients().search(self.text, limit=SEARCH_LIMIT)
        except Exception:  # the next keystroke searches again; never crash the worker
            found = []
        self.reply.found.emit(self.generation, found)
