"""An approval reaches an open window without a restart.

Whenever the clinic's content revisions are decided (approved or rejected, in this
window's editor or in another room, seen as the start screen sees other rooms' saves:
every :data:`~neuromod_aid.ui.rooms.POLL_MS` and when the program comes to the front),
the catalog the window uses is read again and replaced at a safe point: never while a
document prints or the visit's documents are handed out (their record names the content
they were made from), so it waits for those to end. Then the open step is shown again
from the new catalog, the Summary step's preview is rebuilt, the patient screen follows,
and the status bar says so.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from neuromod_aid.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from neuromod_aid.ui.main_window import MainWindow

WAIT_MS = 1_000  # how soon to try again while a document prints
SAID_MS = 10_000  # how long the status bar says it


class ContentFollower(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen = window.services.content.decisions()
        self.waiting = False  # decided since, not yet taken in (a print was running)
        self.wait = QTimer(self)
        self.wait.setSingleShot(True)
        self.wait.setInterval(WAIT_MS)
        self.wait.timeout.connect(self._take_in)

    def check(self) -> None:
        """Take in the content if a revision was decided since it was last read."""
        with suppress(DatabaseUnavailable):  # unreachable now: the next look tries again
            decisions = self.window.services.content.decisions()
            if decisions != self.seen:
                self.seen, self.waiting = decisions, True
        self._take_in()

    def busy(self) -> bool:
        """A document printing, or the visit's documents handed out, right now."""
        window = self.window
        if window.controller.record is None:
            return False
        summary = window.walkthrough.summary_page
        return summary.printing.job is not None or summary.visit.running

    def _take_in(self) -> None:
        if not self.waiting:
            return
        if self.busy():
            self.wait.start()
            return
        window, services = self.window, self.window.services
        try:
            catalog = services.content.catalog()
        except DatabaseUnavailable:
            self.wait.start()
            return
        self.waiting = False
        services.catalog = catalog
        services.consultations.content = catalog  # what each document records
        record = window.controller.record
        if record is not None:
            walkthrough = window.walkthrough
            # the open step again (the Summary step's preview rebuilds: a build is
            # for the catalog it was made from)
            walkthrough.pages[max(0, walkthrough.current)].load(record)
            window.presentation.catalog = catalog
            if window.presentation.isVisible():
                window.presentation.rebuild()
        window.statusBar().showMessage(
            self.tr("The clinic's content changed: what you see and print from now on uses it."),
            SAID_MS,
        )
