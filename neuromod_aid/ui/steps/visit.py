"""The Summary step's "All documents of this visit": every document the visit hands out
(:func:`~neuromod_aid.pdf.visit_documents`: the summary, and with a planned procedure
the nurse sheet and the trial diary), in the patient's language and print size, exported
to one folder or printed one after the other, each recorded, with progress shown.

Exports are built on a worker, one at a time ("Making document 2 of 3…"), and written
and recorded as each arrives; prints go through the step's :class:`Printing`, the printer
asked for once. A document that fails stops the run, and the message says which ones
were done.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QLabel, QPushButton

from neuromod_aid.errors import DatabaseUnavailable, RecordRejected
from neuromod_aid.pdf import PdfKind, visit_documents
from neuromod_aid.ui.clinic import record_with_clinic
from neuromod_aid.ui.documents import file_stem
from neuromod_aid.ui.steps.document_build import Build, Finished, Worker

if TYPE_CHECKING:
    from neuromod_aid.consultation import Consultation
    from neuromod_aid.ui.steps.printing import Outcome
    from neuromod_aid.ui.steps.summary import SummaryPage

Mode = Literal["export", "print"]


class VisitDocuments(QObject):
    def __init__(self, page: SummaryPage) -> None:
        super().__init__(page)
        self.page, self.services = page, page.services
        self.button = QPushButton(self.tr("All documents of this &visit…"))
        self.button.setToolTip(
            self.tr("The summary, and the nurse sheet and diary of a planned procedure, at once.")
        )
        self.button.clicked.connect(self.choose)
        self.label = QLabel()  # how far it got, beside the button (the preview has the status)
        self.label.setObjectName("hint")
        self.label.setWordWrap(True)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._reply = Finished(self)
        self._reply.built.connect(self._exported_one)
        page.printing.ended.connect(self._printed_one)
        self._queue: list[Build] = []
        self._done: list[str] = []
        self._folder = Path()
        self._mode: Mode | None = None
        self._total = 0

    @property
    def running(self) -> bool:
        return self._mode is not None

    def choose(self) -> None:
        """Ask whether to export or print them all, then begin."""
        consultation_id = self.services.controller.consultation_id
        record = record_with_clinic(self.services)
        if (
            record is None
            or consultation_id is None
            or self.running
            or self.page.printing.refused()
        ):
            return
        kinds = visit_documents(record, self.services.catalog, self.page.scope.currentData())
        names = ", ".join(self.page.kind_name(kind) for kind in kinds)
        answer = self.services.dialogs.choose(
            self.tr("All documents of this visit"),
            self.tr("{0} documents: {1}. Export them to a folder, or print them all?").format(
                len(kinds), names
            ),
            [("export", self.tr("Export to a folder…")), ("print", self.tr("Print them all…"))],
        )
        if answer == "export":
            folder = self.services.dialogs.choose_folder(
                self.tr("Export the visit's documents to"), self.services.location.exports_dir
            )
            if folder is not None:
                self._begin("export", record, kinds, folder)
        elif answer == "print":
            self._begin("print", record, kinds, Path())

    def _begin(
        self, mode: Mode, record: Consultation, kinds: tuple[PdfKind, ...], folder: Path
    ) -> None:
        self.services.controller.flush()
        catalog = self.services.catalog
        self._queue = [Build(kind, record, catalog) for kind in kinds]
        self._mode, self._folder, self._total, self._done = mode, folder, len(kinds), []
        self.button.setEnabled(False)
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._end(None)
            return
        build = self._queue[0]
        number = self._total - len(self._queue) + 1
        if self._mode == "export":
            self._say(self.tr("Making document {0} of {1}…").format(number, self._total))
            self.pool.start(Worker(build, self._reply))
        else:
            name = self.page.kind_name(build.kind)
            consultation_id = self.services.controller.consultation_id
            if not self.page.printing.start(build, consultation_id, name, again=number > 1):
                self._mode, self._queue = None, []  # the print dialog was cancelled
                self.button.setEnabled(True)

    def _exported_one(self, build: Build) -> None:
        if build is not (self._queue[0] if self._queue else None):
            return
        name = self.page.kind_name(build.kind)
        consultation_id = self.services.controller.consultation_id
        if build.error is not None or consultation_id is None:
            self._end(name)
            return
        target = self._folder / (
            file_stem(build.kind, build.record, self.services.catalog) + ".pdf"
        )
        try:
            self.services.consultations.made_before(
                consultation_id,
                build.kind,
                build.record,
                build.pdf,
                large_print=build.record.large_print,
                target=target,
            )
        except (OSError, DatabaseUnavailable, RecordRejected):
            self._end(name)
            return
        self._done.append(name)
        self._queue.pop(0)
        self._next()

    def _printed_one(self, outcome: Outcome) -> None:
        if self._mode != "print" or not self._queue:
            return
        build = self._queue.pop(0)
        if not outcome.complete:
            self._queue.clear()
            self._end(self.page.kind_name(build.kind), said=True)
            return
        self._done.append(self.page.kind_name(build.kind))
        self._next()

    def _end(self, failed: str | None, *, said: bool = False) -> None:
        """Say what was done: every document, or those before the one that failed."""
        mode, self._mode, self._queue = self._mode, None, []
        self.button.setEnabled(True)
        done = ", ".join(self._done) or self.tr("none")
        if failed is None:
            text = (
                self.tr("All {0} documents exported to {1}.").format(self._total, self._folder)
                if mode == "export"
                else self.tr("All {0} documents sent to the printer.").format(self._total)
            )
            self._say(text)
            return
        if said:  # the print's own message already said why it stopped
            return
        text = self.tr("{0} could not be made or written, so the rest were not either. Done: {1}.")
        self._say(text.format(failed, done))
        self.services.dialogs.warn(
            self.tr("Not all documents were made"), text.format(failed, done)
        )

    def _say(self, text: str) -> None:
        self.label.setText(text)
        self.button.setAccessibleDescription(text)
