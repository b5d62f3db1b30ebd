"""The start screen's patient search as you type, run off the UI thread.

A search starts once the typing pauses (:data:`PAUSE_MS`): a barcode scanner's or a
fast typist's burst of keys is searched once, at its end, and the key just typed is
drawn before the search's work competes with it for Python's lock. People typing one
key at a time (100-200 ms apart) still see the list follow each key.

Whatever is found answers one text: :meth:`Finder.current` says whether the list shown
answers what is typed now, so nothing acts on a list found for an earlier text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

if TYPE_CHECKING:
    from neuromod_aid.app.patients import Patients
    from neuromod_aid.records import PatientSummary

SEARCH_LIMIT = 30
PAUSE_MS = 75  # under the gap between keys typed by hand; over a scanner's


class _Reply(QObject):
    found = Signal(int, list)  # search generation, [PatientSummary]


class Search(QRunnable):
    """One patient search, off the UI thread, so typing never waits for the database."""

    def __init__(
        self, patients: Callable[[], Patients], text: str, generation: int, reply: _Reply
    ) -> None:
        super().__init__()
        self.patients, self.text, self.generation, self.reply = patients, text, generation, reply

    def run(self) -> None:
        try:  # the records may still be opening: this worker waits for them, not the window
            found = self.patients().search(self.text, limit=SEARCH_LIMIT)
        except Exception:  # the next keystroke searches again; never crash the worker
            found = []
        self.reply.found.emit(self.generation, found)


class Finder(QObject):
    """Searches for the latest text asked for; ``found`` carries only its answer."""

    found = Signal(list)  # [PatientSummary] for the text last asked for

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked = self._answered = 0  # generations: the text last asked for, answered
        self._text = ""
        self._patients: Callable[[], Patients] | None = None
        self._reply = _Reply(self)
        self._reply.found.connect(self._landed)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._start)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def look_for(self, text: str, patients: Callable[[], Patients]) -> None:
        """Search for ``text`` once the typing pauses; an earlier text's answer is dropped."""
        self._asked += 1
        self._text, self._patients = text, patients
        self._pool.clear()  # a search not started yet is out of date already
        self._pause.start()

    def answer(self, found: list[PatientSummary]) -> None:
        """Answer the text now (nothing to search for): ``found`` is shown as it is."""
        self._asked += 1
        self._pause.stop()
        self._pool.clear()
        self._answered = self._asked
        self.found.emit(found)

    def current(self) -> bool:
        """Whether the last answer is for the text last asked for."""
        return self._answered == self._asked

    def stop(self) -> None:
        """No more searches: the one running is waited for (the window is closing)."""
        self._pause.stop()
        self._pool.clear()
        self._pool.waitForDone()

    def _start(self) -> None:
        assert self._patients is not None
        self._pool.start(Search(self._patients, self._text, self._asked, self._reply))

    def _landed(self, generation: int, found: list[PatientSummary]) -> None:
        if generation != self._asked:
            return  # typed on since: a newer search is coming
        self._answered = generation
        self.found.emit(found)
