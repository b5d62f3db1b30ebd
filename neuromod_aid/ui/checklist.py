"""The planned procedure's screen: what is planned, the pre-procedure checklist, the
calls, the follow-up visits (``ui/follow_up.py``), the way to a trial's review
(``ui/trial_review.py``), and the nurse's checklist on paper.

Each checklist item is marked (not yet / done / not applicable / a problem) with a
note; the mark is saved at once under the person working, with the time, and the
line then says who marked it and when. The calls are in :mod:`ui.calls`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.consultation import CHECK_STATES, CheckMark, CheckState, Consultation
from neuromod_aid.preparation import applicable, checklist_status, kind_of
from neuromod_aid.ui.calls import CallsPanel
from neuromod_aid.ui.documents import file_stem
from neuromod_aid.ui.focus import reading_stops, set_tab_order
from neuromod_aid.ui.follow_up import FollowUpPanel
from neuromod_aid.ui.procedures import status_text
from neuromod_aid.ui.staff import signer
from neuromod_aid.ui.steps.base import scaled_font
from neuromod_aid.ui.steps.procedure import kind_name

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import ChecklistItem
    from neuromod_aid.catalog.text import Lang
    from neuromod_aid.pdf import PdfKind
    from neuromod_aid.ui.services import Services


def state_name(state: CheckState | None) -> str:
    names = {
        None: QCoreApplication.translate("ProcedureScreen", "Not yet"),
        "done": QCoreApplication.translate("ProcedureScreen", "Done"),
        "not_applicable": QCoreApplication.translate("ProcedureScreen", "Not applicable"),
        "problem": QCoreApplication.translate("ProcedureScreen", "Problem"),
    }
    return names[state]


def signed(by: str | None, at: dt.datetime) -> str:
    """Who and when, in local time."""
    return QCoreApplication.translate("ProcedureScreen", "{0}, {1}").format(
        signer(by), at.astimezone().strftime("%Y-%m-%d %H:%M")
    )


class ChecklistRow:
    """One item: its label, the state chosen, a note and who marked it when."""

    def __init__(self, item: ChecklistItem, lang: str) -> None:
        self.item = item
        self.label = QLabel(item.label(lang))
        self.label.setWordWrap(True)
        self.state = QComboBox()
        self.state.setAccessibleName(item.label(lang))
        self.state.addItem(state_name(None), None)
        for state in CHECK_STATES:
            self.state.addItem(state_name(state), state)
        self.label.setBuddy(self.state)
        self.note = QLineEdit()
        self.note.setMaxLength(2_000)
        self.note.setAccessibleName(
            QCoreApplication.translate("ProcedureScreen", "Note: {0}").format(item.label(lang))
        )
        self.note.setPlaceholderText(QCoreApplication.translate("ProcedureScreen", "Note"))
        self.who = QLabel()
        self.who.setObjectName("hint")

    def show(self, mark: CheckMark | None) -> None:
        for widget in (self.state, self.note):
            widget.blockSignals(True)
        self.state.setCurrentIndex(self.state.findData(mark.state if mark else None))
        self.note.setText(mark.note if mark else "")
        self.note.setCursorPosition(0)  # a long note shows its start
        for widget in (self.state, self.note):
            widget.blockSignals(False)
        self.who.setText(signed(mark.by, mark.at) if mark else "")


class ProcedureScreen(QWidget):
    back_requested = Signal()
    consultation_requested = Signal(int)
    review_requested = Signal(int)  # a trial's review, by consultation id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.consultation_id: int | None = None
        self.record: Consultation | None = None
        self.rows: list[ChecklistRow] = []
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setFont(scaled_font(self, 1.5, bold=True))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.status = QLabel()
        box = QGroupBox(self.tr("Pre-procedure checklist"))
        self.grid = QGridLayout(box)
        self.calls = CallsPanel(services)
        self.follow_ups = FollowUpPanel(services)
        self.review_button = QPushButton(self.tr("Trial &review…"))
        self.print_button = QPushButton(self.tr("Sa&ve the nurse's checklist (PDF)…"))
        self.consultation_button = QPushButton(self.tr("Open the &consultation"))
        self.back_button = QPushButton("← " + self.tr("Back to the procedures"))
        procedure_layout(
            self,
            (self.heading, self.facts, self.status, box, self.calls, self.follow_ups),
            self.back_button,
            (self.review_button, self.consultation_button, self.print_button),
        )
        self.back_button.clicked.connect(self.back_requested)
        self.consultation_button.clicked.connect(self._open_consultation)
        self.print_button.clicked.connect(self._print)
        self.calls.changed.connect(self._show)
        self.follow_ups.changed.connect(self._show)
        self.review_button.clicked.connect(self._review)

    def show_procedure(self, consultation_id: int) -> None:
        self.consultation_id = consultation_id
        self._show(self.services.pathway.load(consultation_id).record)

    def _show(self, record: Consultation) -> None:
        procedure = record.procedure
        assert procedure is not None and self.consultation_id is not None
        self.record = record
        catalog, lang = self.services.catalog, self.services.ui_lang
        therapy = next((t for t in catalog.therapies if t.id == procedure.therapy), None)
        kind = kind_of(procedure, catalog)
        self.heading.setText(
            self.tr("{0}: {1}").format(
                record.patient.name, therapy.name(lang) if therapy else procedure.therapy
            )
        )
        self.facts.setText(
            self.tr("Record number {0} · {1} · {2} · arrival {3} · {4}").format(
                record.patient.record_number or "—",
                kind_name(kind) if kind else "—",
                procedure.date.isoformat() if procedure.date else self.tr("no date yet"),
                procedure.arrival_time or "—",
                procedure.place or "—",
            )
        )
        self.status.setText(
            self.tr("Checklist: {0}").format(status_text(checklist_status(procedure, catalog)))
        )
        items = applicable(procedure, catalog)
        if [row.item for row in self.rows] != list(items):
            self._build_rows(items)
        for row in self.rows:
            row.show(procedure.mark(row.item.id))
        self.calls.show_calls(self.consultation_id, procedure.calls)
        self.follow_ups.show_visits(self.consultation_id, procedure.follow_ups)
        self.review_button.setVisible(kind == "trial")

    def _build_rows(self, items: tuple[ChecklistItem, ...]) -> None:
        for row in self.rows:
            for widget in (row.label, row.state, row.note, row.who):
                widget.deleteLater()
        self.rows = [ChecklistRow(item, self.services.ui_lang) for item in items]
        for index, row in enumerate(self.rows):
            self.grid.addWidget(row.label, index, 0)
            self.grid.addWidget(row.state, index, 1)
            self.grid.addWidget(row.note, index, 2)
            self.grid.addWidget(row.who, index, 3)
            row.state.currentIndexChanged.connect(lambda _, r=row: self._mark(r))
            row.note.editingFinished.connect(lambda r=row: self._note(r))
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)
        set_tab_order(reading_stops(self))  # rows made after the buttons: in reading order

    def _mark(self, row: ChecklistRow) -> None:
        if self.consultation_id is None:
            return
        state: CheckState | None = row.state.currentData()
        record = self.services.pathway.mark(
            self.consultation_id, row.item.id, state, row.note.text()
        )
        self._show(record)

    def _note(self, row: ChecklistRow) -> None:
        """A note changed on an item already marked is saved with the same state."""
        if self.record is None or self.record.procedure is None:
            return
        mark = self.record.procedure.mark(row.item.id)
        if mark is not None and mark.note != row.note.text().strip():
            self._mark(row)

    def _review(self) -> None:
        if self.consultation_id is not None:
            self.review_requested.emit(self.consultation_id)

    def _open_consultation(self) -> None:
        if self.consultation_id is not None:
            self.consultation_requested.emit(self.consultation_id)

    def _print(self) -> None:
        """Save the nurse's checklist as a PDF (recorded with the consultation), in the
        program's language: it is the staff's form, not the patient's."""
        if self.record is not None and self.consultation_id is not None:
            save_document(
                self.services,
                self.consultation_id,
                self.record,
                "nurse_checklist",
                (self.tr("Save the nurse's checklist"), self.tr("Nurse's checklist")),
                language=self.services.ui_lang,
            )


def procedure_layout(
    screen: QWidget,
    parts: tuple[QWidget | QLayout, ...],  # the first, the heading, is a widget
    back: QPushButton,
    buttons: tuple[QPushButton, ...],
) -> None:
    """A procedure's screen: the heading (the first part), the other parts scrolling
    under it, then the way back on the left and the ``buttons`` on the right."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    for part in parts[1:]:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    bottom = QHBoxLayout()
    bottom.addWidget(back)
    bottom.addStretch(1)
    for button in buttons:
        bottom.addWidget(button)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(24, 16, 24, 16)
    heading = parts[0]
    assert isinstance(heading, QWidget)
    layout.addWidget(heading)
    layout.addWidget(scroll, 1)
    layout.addLayout(bottom)


def save_document(
    services: Services,
    consultation_id: int,
    record: Consultation,
    kind: PdfKind,
    titles: tuple[str, str],
    *,
    language: Lang | None = None,
) -> None:
    """Ask where, build a procedure's document and save it, recorded with the
    consultation; ``titles``: the save dialog's and the message's; ``language``: the
    document's, when it is not the record's."""
    from neuromod_aid.pdf import build_document

    printed = record if language is None else replace(record, language=language)
    stem = file_stem(kind, printed, services.catalog)
    target = services.dialogs.save_file(
        titles[0],
        services.location.exports_dir / (stem + ".pdf"),
        QCoreApplication.translate("ProcedureScreen", "PDF documents (*.pdf)"),
    )
    if target is None:
        return
    data = build_document(kind, printed, services.catalog)
    try:
        services.consultations.export(
            consultation_id,
            kind,
            record,
            data,
            target,
            large_print=record.large_print,
            language=printed.language,
        )
    except OSError as error:  # a full disk, a folder gone: nothing half-written is left
        services.dialogs.warn(
            titles[1],
            QCoreApplication.translate(
                "ProcedureScreen", "Not saved: the file could not be written: {0}"
            ).format(error.strerror or error),
        )
        return
    services.dialogs.inform(
        titles[1], QCoreApplication.translate("ProcedureScreen", "Saved as {0}.").format(target)
    )
