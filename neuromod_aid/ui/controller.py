"""The current consultation: held immutable, replaced on each change, autosaved.

Every change restarts a short timer; when it fires the record is written to the
database as a draft. :meth:`flush` writes at once (closing, switching patient), so
nothing is ever unsaved for more than a moment.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from neuromod_aid.consultation import Consultation
from neuromod_aid.db import Database
from neuromod_aid.db import records_repo as repo
from neuromod_aid.records import ConsultationStatus

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

    def latest_draft(self) -> int | None:
        with self.database.session() as session:
            drafts = repo.recent_consultations(session, limit=1, status="draft")
        return drafts[0].id if drafts else None
