"""The start screen's patient search, run off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

if TYPE_CHECKING:
    from neuromod_aid.db import Database

SEARCH_LIMIT = 30


class Found(QObject):
    found = Signal(int, list)  # search generation, [PatientSummary]


class Search(QRunnable):
    """One patient search, off the UI thread, so typing never waits for the database."""

    def __init__(
        self, database: Callable[[], Database], text: str, generation: int, reply: Found
    ) -> None:
        super().__init__()
        self.database, self.text, self.generation, self.reply = database, text, generation, reply

    def run(self) -> None:
        from neuromod_aid.app.patients import Patients

        try:  # the database may still be opening: this worker waits for it, not the window
            found = Patients(self.database()).search(self.text, limit=SEARCH_LIMIT)
        except Exception:  # the next keystroke searches again; never crash the worker
            found = []
        self.reply.found.emit(self.generation, found)
