"""Step 6: the take-home documents: live preview, export, print, large print.

The preview is built on a worker thread (a build takes up to a second) and the
preview area says so meanwhile: "Building the preview…" when it has nothing to show
yet, else "Updating the preview…" above the last pages, which stay until the new ones
arrive (or stay, with a message, when a build fails). A build for a record or
document other than the current one is dropped when it arrives. Export and print
always use the document for the current record: the build in progress for it, else
a new one (export waits for it; printing, in ``steps/printing.py``, makes it and
prints it on its own worker). :func:`~neuromod_aid.pdf.build_document` runs one
build at a time.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.consultation import Consultation
from neuromod_aid.errors import DatabaseUnavailable, RecordRejected
from neuromod_aid.pdf import PdfKind, needs_procedure
from neuromod_aid.ui.clinic import record_with_clinic
from neuromod_aid.ui.documents import file_stem
from neuromod_aid.ui.focus import announce, kept_focus
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.steps.base import StepId, StepPage, hint, page_room
from neuromod_aid.ui.steps.document_build import Build, Finished, Worker, preview
from neuromod_aid.ui.steps.hospital import HospitalRecord
from neuromod_aid.ui.steps.printing import Printing
from neuromod_aid.ui.steps.visit import VisitDocuments

if TYPE_CHECKING:  # QtPdf loads when the step is first shown
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

log = logging.getLogger(__name__)
PREVIEW_DELAY_MS = 300


class SummaryPage(StepPage):
    step_id = StepId.SUMMARY
    exported = Signal(str)  # the file written
    finished = Signal()
    preview_shown = Signal()  # the preview now shows the current record's document

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Document to preview"))
        for kind, label in (
            ("summary", self.tr("Patient summary")),
            ("nurse_sheet", self.tr("Nurse sheet")),
            ("trial_diary", self.tr("Trial diary")),
        ):
            self.kind.addItem(label, kind)
        self.scope = QComboBox()  # the summary in full, or its core pages alone
        self.scope.setAccessibleName(self.tr("Pages of the summary"))
        self.scope.addItem(self.tr("Full summary"), "summary")
        self.scope.addItem(self.tr("Core pages only"), "summary_core")
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setAccessibleName(self.tr("Large print"))
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.finish_button = QPushButton(self.tr("&Finish consultation"))
        self.finish_button.setToolTip(
            self.tr("Marks the consultation as complete and returns to the start screen.")
        )
        self.kind_label = QLabel(self.tr("&Document:"))
        self.kind_label.setBuddy(self.kind)
        self.scope_label = QLabel(self.tr("Pa&ges:"))
        self.scope_label.setBuddy(self.scope)
        labelled = QVBoxLayout()  # each label above its list: the bar gets no wider
        labelled.setSpacing(0)
        for chooser in (self.kind_label, self.kind, self.scope_label, self.scope):
            labelled.addWidget(chooser)
        bar.addLayout(labelled)
        buttons = (self.large_print, self.export_button, self.print_button)
        for widget in buttons:
            bar.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)
        self._in_bar = (self.kind, *buttons, self.finish_button)
        bar.addStretch(1)
        self.bar = bar
        self.finish_row = QHBoxLayout()
        self.finish_row.addStretch(1)
        self.status = hint("")
        self.printing = Printing(services, self.status)
        self.visit = VisitDocuments(self)  # every document of the visit at once
        self.hospital = HospitalRecord(self)  # the consultation for the hospital's system
        handing_out = QHBoxLayout()  # a line of their own: the bar stays narrow
        handing_out.addWidget(self.visit.button)
        handing_out.addWidget(self.hospital.button)
        handing_out.addWidget(self.visit.label, 1)
        for row in (bar, handing_out, self.finish_row):
            self.body_layout.addLayout(row)
        self._finish_in_bar: bool | None = None
        self._place_finish(True)
        self.body_layout.addWidget(self.status)
        self.body_layout.addWidget(self.printing)
        self.preview_box = QWidget()
        self.preview_box.setMinimumHeight(300)
        preview = QVBoxLayout(self.preview_box)
        preview.setContentsMargins(0, 0, 0, 0)
        self.preview_layout = preview
        self.building = QLabel()
        self.building.setObjectName("hint")
        self.building.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.building.hide()
        preview.addWidget(self.building)
        self.body_layout.addWidget(self.preview_box, 1)
        self._document: QPdfDocument | None = None
        self.view: QPdfView | None = None
        self._buffer: QBuffer | None = None
        # the pool before its reply: children go in this order, and the pool waits
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._finished = Finished(self)
        self._finished.built.connect(self._built)
        self._build: Build | None = None  # the latest one asked for
        self._shown: Build | None = None  # the one in the preview
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.scope.currentIndexChanged.connect(self.refresh_soon)
        self.large_print.toggled.connect(self._large_print_changed)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_document)
        self.finish_button.clicked.connect(self.finished)
        services.controller.changed.connect(self._record_changed)

    def title(self) -> str:
        return self.tr("Summary")

    def set_read_only(self, read_only: bool) -> None:
        """Finished: the documents can still be previewed, exported and printed, as
        they were; only what changes the record waits for an amendment."""
        for widget in (self.large_print, self.finish_button):
            widget.setEnabled(not read_only)

    def _place_finish(self, in_bar: bool) -> None:
        """Finish at the end of the button bar, or on a line of its own if it is full."""
        if in_bar == self._finish_in_bar:
            return
        self._finish_in_bar = in_bar
        (self.finish_row if in_bar else self.bar).removeWidget(self.finish_button)
        (self.bar if in_bar else self.finish_row).addWidget(
            self.finish_button, 0, Qt.AlignmentFlag.AlignBottom
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        widths = sum(w.sizeHint().width() for w in self._in_bar)
        needed = widths + self.bar.spacing() * (len(self._in_bar) + 1) + 32
        self._place_finish(page_room(self) >= needed)

    @property
    def document(self) -> QPdfDocument:
        """The preview document, made (with its view) the first time it is needed."""
        if self._document is None:
            self._document, self.view = preview(self)
            self.view.setAccessibleName(self.tr("Preview of the document"))
            self.preview_layout.addWidget(self.view)
            self.rows_changed.emit()
        return self._document

    def fill(self, record: Consultation) -> None:
        self.large_print.setChecked(record.large_print)
        if self.isVisible():
            self.refresh_soon()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_soon()

    def _record_changed(self) -> None:
        if self.isVisible():
            self.refresh_soon()

    def refresh_soon(self) -> None:
        """Rebuild the preview once edits pause; until then it is out of date."""
        if not self._preview_is_current():
            self._show_building()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _large_print_changed(self, on: bool) -> None:
        self.update_record(lambda record: replace(record, large_print=on))
        self.refresh_soon()

    # --- building ------------------------------------------------------------------

    def current_kind(self) -> PdfKind:
        """The document chosen; for the summary, in full or its core pages alone."""
        kind: PdfKind = self.kind.currentData()
        if kind == "summary":
            chosen: PdfKind = self.scope.currentData()
            return chosen
        return kind

    def _kind_changed(self) -> None:
        self.scope.setEnabled(self.kind.currentData() == "summary")  # only it has a core
        self.refresh_soon()

    def _preview_is_current(self) -> bool:
        shown = self._shown
        return shown is not None and shown.is_for(
            self.record, self.current_kind(), self.services.catalog
        )

    def _build_for(self, record: Consultation, kind: PdfKind, *, on_worker: bool) -> Build:
        """The latest build if it is for ``record`` and ``kind``; else a new one, made on
        the worker or here and now."""
        build = self._build
        if build is None or not build.is_for(record, kind, self.services.catalog):
            build = self._build = Build(kind, record, self.services.catalog)
            if on_worker:
                self.pool.clear()  # one not started yet is out of date already
                self.pool.start(Worker(build, self._finished))
        return build

    def current_pdf(self) -> bytes:
        """The document for the current record: the build for it (waited for if still
        running), else one made now. Raises the builder's error if it fails."""
        record = self.record
        if record is None:
            return b""
        return self._build_for(record, self.current_kind(), on_worker=False).result()

    def _unavailable_reason(self) -> str:
        record = self.record
        kind = self.current_kind()
        if record is not None and needs_procedure(kind) and record.procedure is None:
            return self.tr("This document needs a planned procedure.")
        return ""

    def refresh(self) -> None:
        """Build the preview for the current record, on the worker."""
        self._timer.stop()
        reason = self._unavailable_reason()
        for button in (self.export_button, self.print_button):
            button.setEnabled(not reason)
        record = self.record
        if reason or record is None:
            self.status.setText(reason)
            self.building.hide()
            self._shown = None
            self.document.close()
            return
        if self._preview_is_current():
            self._reveal()
            return
        build = self._build_for(record, self.current_kind(), on_worker=True)
        if build.done.is_set():  # made at export or print, or its news is on the way
            self._built(build)
        else:
            self._show_building()

    def _built(self, build: Build) -> None:
        current = build.is_for(self.record, self.current_kind(), self.services.catalog)
        if build is not self._build or not current:
            return  # for an older record or another document: a newer build follows
        if build is self._shown:
            return
        if build.error is not None:  # a builder bug must not take the consultation down
            log.error("building a document failed (see the stack)", exc_info=build.error)
            self.status.setText(
                self.tr("The document could not be made; details are in the log.")
                if self._shown is None
                else self.tr(
                    "The preview could not be updated, so it shows the last pages made. "
                    "Details are in the log."
                )
            )
            self._reveal()
            return
        self.status.setText("")
        self._show(build)

    def _show_building(self) -> None:
        """Pages already shown stay until the new ones arrive; the line above says so."""
        if self._shown is None:
            if self.view is not None:
                self.view.hide()
            self.building.setText(self.tr("Building the preview…"))
        else:
            self.building.setText(self.tr("Updating the preview…"))
        self.building.show()

    def _reveal(self) -> None:
        self.building.hide()
        if self.view is not None and self._shown is not None:
            self.view.show()

    def _show(self, build: Build) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(build.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._shown = build
        self._reveal()
        self.preview_shown.emit()

    # --- export and print ----------------------------------------------------------

    @kept_focus()
    def export(self) -> None:
        record = record_with_clinic(self.services)
        consultation_id = self.services.controller.consultation_id
        if record is None or consultation_id is None:
            return
        kind = self.current_kind()
        data = self.current_pdf()
        suggested = self.services.location.exports_dir / (
            file_stem(kind, record, self.services.catalog) + ".pdf"
        )
        target = self.services.dialogs.save_file(
            self.tr("Export the document"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            self.services.consultations.export(
                consultation_id,
                kind,
                record,
                data,
                target,
                large_print=record.large_print,
            )
        except OSError as error:
            self.services.dialogs.warn(
                self.tr("Not exported"),
                self.tr("The file could not be written: {0}").format(error.strerror or error),
            )
            return
        except (DatabaseUnavailable, RecordRejected):
            self.services.dialogs.warn(
                self.tr("Not exported"),
                self.tr(
                    "The document was not exported: the patient records cannot be written "
                    "now, and every document handed out must be on record. Try again in a "
                    "moment."
                ),
            )
            return
        self.status.setText(self.tr("Saved as {0}").format(str(target)))
        announce(self.status, self.status.text())
        self.exported.emit(str(target))

    @kept_focus()
    def print_document(self) -> None:
        """Print the document for the current record on the worker (one print at a time)."""
        record = self.record
        if record is None or self._unavailable_reason() or self.printing.refused():
            return
        self.refresh()  # the preview follows: it shows what is printed
        build = self._build_for(record, self.current_kind(), on_worker=True)
        self.printing.start(build, self.services.controller.consultation_id, self._document_name())

    def _document_name(self) -> str:
        return self.kind_name(self.current_kind())

    def kind_name(self, kind: PdfKind) -> str:
        """A document as the lists name it: "Patient summary, Core pages only"."""
        if kind == "summary_core":
            return self.kind.itemText(0) + ", " + self.scope.itemText(1)
        return self.kind.itemText(self.kind.findData(kind))
