"""Printing the Summary step's document off the UI thread, page by page, with progress.

The print dialog is modal and is asked on the UI thread. Then one worker does the
rest: it makes the document (or waits for the preview's build of it, see
:class:`~neuromod_aid.ui.steps.document_build.Build`), renders each page into
``QImage`` bands with QtPdf and paints them on the ``QPrinter`` (Qt allows a ``QPainter`` on a
``QImage`` or a ``QPrinter`` outside the GUI thread, one thread per device), and tells
the window before each page, so the step says "Printing page 3 of 12…" and the
window stays free for typing meanwhile.

Cancel stops before the next page. Qt cannot take back the pages a print run has
already painted (``QPrinter.abort()`` is not supported by its PDF and CUPS engines),
so a file being printed to is removed and the message says how far it got. A print is
recorded (:meth:`~neuromod_aid.app.consultations.Consultations.made_before`) only when every
page was painted. One print at a time: asking for another while one runs is refused,
with a message that says why.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from neuromod_aid.errors import DatabaseUnavailable, RecordRejected
from neuromod_aid.logging_setup import program_text
from neuromod_aid.ui.steps.document_build import Build

if TYPE_CHECKING:  # QtPdf and QtPrintSupport load when the first print begins
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from neuromod_aid.ui.services import Services

log = logging.getLogger(__name__)

Rasterise = Callable[["QPdfDocument", int, QSize, QRect], QImage]
BAND_PIXELS = 100_000  # a page is rendered and painted in bands of about this many pixels
YIELD_S = 0.002  # and the worker pauses this long after each band


def render_band(document: QPdfDocument, page: int, size: QSize, band: QRect) -> QImage:
    """The ``band`` of a page rendered at ``size`` pixels, on white paper (safe on any
    thread). Opaque: the printer then paints it without a transparency mask, in about
    half the time."""
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    options = QPdfDocumentRenderOptions()
    options.setScaledSize(size)
    options.setScaledClipRect(band)
    drawn = document.render(page, band.size(), options)  # transparent where nothing is
    paper = QImage(drawn.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return paper


def bands(size: QSize) -> list[QRect]:
    """A page of ``size`` pixels cut into full-width bands of about :data:`BAND_PIXELS`.

    Each render and paint call holds Python's lock for as long as it runs (QtPdf and
    the print engine do not let it go); a whole page at 300 dpi takes 150 ms or more, a
    band of 100,000 pixels about 10-30 ms (200,000 kept the window waiting up to 70 ms
    once the pages were fuller), so the UI thread is never kept waiting for long."""
    rows = max(1, BAND_PIXELS // max(1, size.width()))
    return [
        QRect(0, top, size.width(), min(rows, size.height() - top))
        for top in range(0, size.height(), rows)
    ]


@dataclass(frozen=True)
class Outcome:
    """How a print run ended: pages painted of the document's pages, and why it stopped
    early (``cancelled``, or ``failure``: "document", "printer" or "page")."""

    printed: int
    pages: int
    cancelled: bool = False
    failure: Literal["", "document", "printer", "page"] = ""

    @property
    def complete(self) -> bool:
        return not self.cancelled and not self.failure


class Reply(QObject):
    page = Signal(int, int)  # this page (from 1) is being printed, of so many
    ended = Signal(object)  # the Outcome


class PrintRun(QRunnable):
    """Makes the document, then renders and paints it page by page, off the UI thread."""

    def __init__(
        self,
        build: Build,
        printer: QPrinter,
        rasterise: Rasterise,
        stop: threading.Event,
        reply: Reply,
    ) -> None:
        super().__init__()
        self.build, self.printer, self.rasterise = build, printer, rasterise
        self.stop, self.reply = stop, reply

    def run(self) -> None:
        self.reply.ended.emit(self._print())

    def _print(self) -> Outcome:
        from PySide6.QtPdf import QPdfDocument

        try:
            data = self.build.result()
        except Exception:  # a builder bug must not take the consultation down
            log.error(
                "building the %s to print failed", program_text(self.build.kind), exc_info=True
            )
            return Outcome(0, 0, failure="document")
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()  # this thread's own: the preview's stays with the view
        document.load(buffer)
        try:
            if document.pageCount() == 0:
                log.error("the %s to print could not be read back", program_text(self.build.kind))
                return Outcome(0, 0, failure="document")
            return self._paint(document)
        finally:
            document.close()

    def _paint(self, document: QPdfDocument) -> Outcome:
        pages = document.pageCount()
        painter = QPainter()
        if not painter.begin(self.printer):
            return Outcome(0, pages, failure="printer")
        printed = 0
        try:
            dpi = self.printer.resolution()
            for page in range(pages):
                if self.stop.is_set():
                    return Outcome(printed, pages, cancelled=True)
                self.reply.page.emit(page + 1, pages)
                if page:
                    self.printer.newPage()
                points = document.pagePointSize(page)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                target = painter.viewport()
                fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.save()
                painter.translate(target.topLeft())
                painter.scale(fitted.width() / size.width(), fitted.height() / size.height())
                for band in bands(size):
                    painter.drawImage(band.topLeft(), self.rasterise(document, page, size, band))
                    time.sleep(YIELD_S)  # Python's lock is the UI thread's for a moment
                painter.restore()
                printed += 1
        except Exception:
            log.error("printing stopped at page %d of %d", printed + 1, pages, exc_info=True)
            return Outcome(printed, pages, failure="page")
        finally:
            painter.end()
        return Outcome(printed, pages)


@dataclass
class Job:
    """The print running now, as the UI thread knows it."""

    build: Build
    printer: QPrinter
    consultation_id: int | None
    stop: threading.Event
    reply: Reply


class Printing(QWidget):
    """The progress of the print running now ("Printing page 3 of 12…", Cancel); hidden
    when nothing prints. Results are said in ``status``."""

    ended = Signal(object)  # the Outcome, once recorded (or not) and said

    def __init__(self, services: Services, status: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.status = services, status
        self.rasterise: Rasterise = render_band  # tests replace it to watch or hold pages
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Printing progress"))
        self.bar.setTextVisible(False)  # the label says it in words
        self.cancel_button = QPushButton(self.tr("&Cancel printing"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self._printer: QPrinter | None = None  # the one asked for last
        self._first_file = ""  # the file it printed to, if it printed to a file
        self.hide()

    def refused(self) -> bool:
        """True, after saying why, while a print runs: one print at a time."""
        if self.job is None:
            return False
        self.services.dialogs.inform(
            self.tr("Already printing"),
            self.tr(
                "A document is printing now. Wait until it is done, or cancel it, then print again."
            ),
        )
        return True

    def start(
        self, build: Build, consultation_id: int | None, name: str, *, again: bool = False
    ) -> bool:
        """Ask for the printer (``again``: the one asked for last time), then print
        ``build`` on the worker; False when the print dialog was cancelled."""
        from PySide6.QtPrintSupport import QPrinter

        printer = self._printer if again and self._printer is not None else None
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not self.services.dialogs.print_setup(printer):
                return False
            self._printer, self._first_file = printer, printer.outputFileName()
        elif self._first_file:  # printing to a file: each further document a file of its own
            first = Path(self._first_file)
            printer.setOutputFileName(str(first.with_stem(f"{first.stem}-{build.kind}")))
        printer.setDocName(name)
        self.services.controller.flush()  # stored as printed (see Consultations.made_before)
        job = self.job = Job(build, printer, consultation_id, threading.Event(), Reply(self))
        job.reply.page.connect(self._page)
        job.reply.ended.connect(self._ended)
        self._say(self.tr("Getting the document ready to print…"))
        self.bar.setRange(0, 0)  # busy until the pages are counted
        self.cancel_button.setEnabled(True)
        self.show()
        self.pool.start(PrintRun(build, printer, self.rasterise, job.stop, job.reply))
        return True

    def cancel(self) -> None:
        """Stop before the next page."""
        if self.job is not None:
            self.job.stop.set()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling the print…"))

    def _say(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)

    def _page(self, page: int, pages: int) -> None:
        job = self.job
        if job is None or job.stop.is_set():
            return
        self.bar.setRange(0, pages)
        self.bar.setValue(page - 1)
        self._say(self.tr("Printing page {0} of {1}…").format(page, pages))

    def _ended(self, outcome: Outcome) -> None:
        job, self.job = self.job, None
        self.hide()
        if job is None:
            return
        if outcome.complete:
            self._record(job)
        else:
            self._remove_partial_file(job.printer)
            self._stopped(outcome)
        self.ended.emit(outcome)

    def _record(self, job: Job) -> None:
        build = job.build
        if job.consultation_id is not None:
            try:
                self.services.consultations.made_before(
                    job.consultation_id,
                    build.kind,
                    build.record,
                    build.pdf,
                    large_print=build.record.large_print,
                )
            except (DatabaseUnavailable, RecordRejected):
                self.status.setText(
                    self.tr(
                        "Sent to the printer, but not recorded: the patient records "
                        "cannot be written now."
                    )
                )
                return
        self.status.setText(self.tr("Sent to the printer."))

    def _stopped(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            self.status.setText(
                self.tr("Printing cancelled after {0} of {1} pages. It is not recorded.").format(
                    outcome.printed, outcome.pages
                )
            )
            return
        if outcome.failure == "document":
            text = self.tr("The document could not be made; details are in the log.")
        elif outcome.failure == "printer":
            text = self.tr(
                "The printer could not be started. Check that it is on and connected, "
                "then print again."
            )
        else:
            text = self.tr(
                "Printing stopped at page {0} of {1}; details are in the log. It is not recorded."
            ).format(outcome.printed + 1, outcome.pages)
        self.status.setText(text)
        self.services.dialogs.warn(self.tr("Not printed"), text)

    @staticmethod
    def _remove_partial_file(printer: QPrinter) -> None:
        """A print to a file that stopped early leaves no half a document behind."""
        from PySide6.QtPrintSupport import QPrinter

        name = printer.outputFileName()
        if name and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            Path(name).unlink(missing_ok=True)
