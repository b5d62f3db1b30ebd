"""Building a document for the Summary step's preview and its print, on or off the UI
thread; whoever asks for a build first makes it, the others wait for it; and the
preview's document and view."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.pdf import PdfKind, build_document

if TYPE_CHECKING:  # QtPdf loads when a preview is first made
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView


@dataclass(eq=False)
class Build:
    """One document built for one record; ``done`` is set once it is made or failed."""

    kind: PdfKind
    record: Consultation
    catalog: Catalog
    pdf: bytes = b""
    error: Exception | None = None
    done: threading.Event = field(default_factory=threading.Event)
    _claimed: threading.Lock = field(default_factory=threading.Lock)

    def is_for(self, record: Consultation | None, kind: PdfKind, catalog: Catalog) -> bool:
        """For ``record`` and ``kind``, made from ``catalog`` (the window's, which an
        approval elsewhere replaces)."""
        return (
            record is not None
            and (self.record, self.kind) == (record, kind)
            and self.catalog is catalog
        )

    def run(self) -> None:
        """Make the document, or wait for the thread that began to make it."""
        if self._claimed.acquire(blocking=False):
            try:
                self.pdf = build_document(self.kind, self.record, self.catalog)
            except Exception as error:  # reported where the document is shown or used
                self.error = error
            finally:
                self.done.set()
        self.done.wait()

    def result(self) -> bytes:
        """The PDF (made or waited for, see :meth:`run`); the builder's error if it failed."""
        self.run()
        if self.error is not None:
            raise self.error
        return self.pdf


class Finished(QObject):
    built = Signal(object)  # the Build


class Worker(QRunnable):
    """Builds off the UI thread, then hands the build back through ``reply``."""

    def __init__(self, build: Build, reply: Finished) -> None:
        super().__init__()
        self.build, self.reply = build, reply

    def run(self) -> None:
        self.build.run()
        self.reply.built.emit(self.build)


def preview(parent: QObject) -> tuple[QPdfDocument, QPdfView]:
    """A document and the view that shows it, all its pages fitted to the width."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    document = QPdfDocument(parent)
    view = QPdfView()
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    return document, view
