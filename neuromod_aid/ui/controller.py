"""The current consultation: held immutable, replaced on each change, autosaved.

Every change restarts a short timer; when it fires the record is written to the
database as a draft. :meth:`flush` writes at once (closing, switching patient), so
nothing is ever unsaved for more than a moment.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from neuromod_aid.catalog.model import Catalog, Lang
from neuromod_aid.consultation import Clinician, Consultation, Patient, to_json
from neuromod_aid.db import Database
from neuromod_aid.db import records_repo as repo
from neuromod_aid.demo import DEMO_RECORD_NUMBER, demo_consultation
from neuromod_aid.files import atomic_write
from neuromod_aid.records import ConsultationStatus, ConsultationSummary, PatientSummary
from neuromod_aid.ui.clinic import fallback_clinic

AUTOSAVE_DELAY_MS = 400


class ConsultationController(QObject):
    replaced = Signal(object)  # another consultation (or None) is now current
    changed = Signal(object)  # the current consultation was edited
    saved = Signal(int)  # written to the database; the consultation id

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._record: Consultation | None = None
        self._id: int | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def record(self) -> Consultation | None:
        return self._record

    @property
    def consultation_id(self) -> int | None:
        return self._id

    @property
    def pending(self) -> bool:
        return self._dirty

    # --- switching consultations -------------------------------------------------

    def start(self, record: Consultation) -> int:
        """Store a new consultation at once and make it current."""
        self.flush()
        with self.database.session() as session:
            new_id = repo.save_consultation(session, record)
        self._set(record, new_id)
        return new_id

    def start_new(
        self,
        name: str,
        clinician: str,
        role: str,
        language: Lang,
        known: PatientSummary | None = None,
    ) -> int:
        """A new consultation today for ``name`` (or a known patient), with the clinic's details."""
        with self.database.session() as session:
            clinic = repo.clinic_profile(session)
        patient = Patient(
            name=name,
            record_number=known.record_number if known else "",
            birth_date=known.birth_date if known else None,
        )
        return self.start(
            Consultation(
                patient=patient,
                clinician=Clinician(name=clinician, role=role),
                clinic=clinic or fallback_clinic(language),
                date=dt.date.today(),
                language=language,
            )
        )

    def open_demo(self, catalog: Catalog, language: Lang) -> None:
        """The demo patient, stored like any other so it autosaves; reused if present."""
        with self.database.session() as session:
            existing = [
                c
                for c in repo.recent_consultations(session, limit=200)
                if c.record_number == DEMO_RECORD_NUMBER
            ]
        if existing:
            self.open(existing[0].id)
        else:
            self.start(demo_consultation(catalog, language))

    def open(self, consultation_id: int) -> Consultation:
        self.flush()
        with self.database.session() as session:
            stored = repo.load_consultation(session, consultation_id)
        self._set(stored.record, stored.id)
        return stored.record

    def close(self) -> None:
        self.flush()
        self._set(None, None)

    def _set(self, record: Consultation | None, consultation_id: int | None) -> None:
        self._record, self._id, self._dirty = record, consultation_id, False
        self.replaced.emit(record)

    # --- editing -----------------------------------------------------------------

    def update(self, **changes: object) -> None:
        """Replace the record with a changed copy; it is saved within a moment."""
        if self._record is None:
            return
        new = self._record.with_changes(**changes)
        if new == self._record:
            return
        self._record = new
        self._dirty = True
        self._timer.start()
        self.changed.emit(new)

    def flush(self, status: ConsultationStatus = "draft") -> None:
        self._timer.stop()
        if self._record is None or self._id is None or not self._dirty:
            return
        with self.database.session() as session:
            repo.save_consultation(session, self._record, self._id, status=status)
        self._dirty = False
        self.saved.emit(self._id)

    def set_status(self, status: ConsultationStatus) -> None:
        self.flush()
        if self._id is not None:
            with self.database.session() as session:
                repo.set_status(session, self._id, status)
            self.saved.emit(self._id)

    def latest_draft(self) -> ConsultationSummary | None:
        with self.database.session() as session:
            drafts = repo.recent_consultations(session, limit=1, status="draft")
        return drafts[0] if drafts else None

    # --- files -------------------------------------------------------------------

    def save_as_file(self, path: Path) -> None:
        """Write the current consultation as a JSON file and record it (OSError if not)."""
        record, consultation_id = self._record, self._id
        if record is None or consultation_id is None:
            return
        digest = atomic_write(path, to_json(record).encode("utf-8"))
        self.flush()
        with self.database.session() as session:
            repo.record_document(
                session,
                consultation_id,
                "consultation_json",
                record.language,
                False,
                path.name,
                digest,
            )
