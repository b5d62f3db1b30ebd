"""The current consultation: held immutable, replaced on each change, autosaved.

The first change after a save starts a short timer; when it fires the record is
written, so continuous typing loses at most :data:`AUTOSAVE_DELAY_MS` (and the
save's own time) if the program is killed. Moving on (focus moving on, a step
change, the window losing focus) writes at once. These saves run on a worker thread,
one at a time, so the window never waits for the database while the clinician
types; a change made while one runs is written after it. :meth:`flush` writes and
waits (closing, switching patient, making a document).

A save that fails (full disk, database gone, a value refused) never loses the
changes: they stay here, are written to a recovery file when the disk allows, the
window is told (:attr:`save_failed`) and the save is retried until it succeeds.
A finished consultation is read-only until it is amended.

A save refused because another program (another exam room) saved the consultation
since it was opened here is never retried on its own: the changes are kept the same
way and :attr:`conflicted` asks the window what to do (:mod:`neuromod_aid.ui.rooms`):
take theirs, keep these over theirs, or keep these as a new consultation.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.recovery import RecoveryStore, SaveProblem, UnsavedChanges
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Clinic, Clinician, Consultation, Patient, to_json
from neuromod_aid.demo import demo_consultation
from neuromod_aid.errors import (
    DatabaseUnavailable,
    EditConflict,
    NotAllowed,
    RecordNumberTaken,
    RecordRejected,
)
from neuromod_aid.files import atomic_write
from neuromod_aid.logging_setup import program_text
from neuromod_aid.records import PatientSummary, StoredConsultation
from neuromod_aid.validation import validated

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 400
RETRY_DELAYS_MS = (2_000, 5_000, 15_000, 30_000)  # then every 30 s until it works


class _Landed(QObject):
    """Hands a finished save from its worker back to the UI thread."""

    landed = Signal(object)  # the save's Future


class ConsultationController(QObject):
    replaced = Signal(object)  # another consultation (or None) is now current
    changed = Signal(object)  # the current consultation was edited
    saved = Signal(int)  # written to the database; the consultation id
    save_failed = Signal(object)  # SaveProblem: the changes are kept, the save retried
    finished_changed = Signal(bool)  # the current consultation became read-only, or not
    conflicted = Signal()  # a save was refused: the consultation was saved elsewhere since

    def __init__(
        self,
        consultations: Consultations,
        recovery: RecoveryStore,
        parent: QObject | None = None,
        *,
        saver: Executor | None = None,
    ) -> None:
        """``saver`` runs the saves (by default one worker thread of its own)."""
        super().__init__(parent)
        self.consultations = consultations
        self.recovery = recovery
        self._record: Consultation | None = None
        self._stored: StoredConsultation | None = None
        self._dirty = False
        self.problem: SaveProblem | None = None
        self._failures = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_soon)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._save_soon)
        self._saver = saver or ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._under_way: tuple[Future[StoredConsultation], Consultation] | None = None
        # no parent: a save landing after the window is gone reaches no deleted object
        self._landing = _Landed()
        # queued even from this thread: a save that lands before it is watched runs its
        # callback at once, inside _begin_save; queued, it is taken in once, by whoever
        # waits for it first (flush), and the landing then finds it done
        self._landing.landed.connect(self._landed, Qt.ConnectionType.QueuedConnection)

    @property
    def record(self) -> Consultation | None:
        return self._record

    @property
    def consultation_id(self) -> int | None:
        return self._stored.id if self._stored else None

    @property
    def pending(self) -> bool:
        return self._dirty

    @property
    def saving(self) -> bool:
        """A save is being written (on the worker) now."""
        return self._under_way is not None

    @property
    def finished(self) -> bool:
        return self._stored is not None and self._stored.finished

    @property
    def is_demo(self) -> bool:
        return self._stored is not None and self._stored.is_demo

    @property
    def stored(self) -> StoredConsultation | None:
        return self._stored

    # --- switching consultations -------------------------------------------------

    def start(
        self, record: Consultation, *, is_demo: bool = False, patient_id: int | None = None
    ) -> int:
        """Store a new consultation at once and make it current (the caller has made
        sure nothing unsaved is left: see :meth:`flush`)."""
        stored = self.consultations.start(record, is_demo=is_demo, patient_id=patient_id)
        self._set(stored)
        return stored.id

    def bring_in(self, record: Consultation) -> int:
        """Store a consultation read from a file as a new one and make it current, as
        :meth:`start` does; :class:`~neuromod_aid.errors.NotAllowed` (nothing stored) when
        it records a physician's parts and the person working is not a physician."""
        stored = self.consultations.bring_in(record)
        self._set(stored)
        return stored.id

    def start_new(
        self,
        name: str,
        clinician: Clinician,
        clinic: Clinic,
        language: Lang,
        known: PatientSummary | None = None,
    ) -> int:
        """A new consultation today for ``name`` (or a known patient)."""
        patient = Patient(
            name=known.name if known else name,
            record_number=known.record_number if known else "",
            birth_date=known.birth_date if known else None,
        )
        return self.start(
            Consultation(
                patient=patient,
                clinician=clinician,
                clinic=clinic,
                date=dt.date.today(),
                language=language,
            )
        )

    def open_demo(self, catalog: Catalog, language: Lang) -> None:
        """The demo patient, stored like any other (marked as the demo); reused if present."""
        existing = self.consultations.demo_id()
        if existing is not None:
            self.open(existing)
        else:
            self.start(demo_consultation(catalog, language), is_demo=True)

    def open(self, consultation_id: int) -> Consultation:
        stored = self.consultations.load(consultation_id)
        self._set(stored)
        return stored.record

    def restore(self, unsaved: UnsavedChanges) -> None:
        """Open a consultation with the changes a failed save had kept, and save them."""
        self.open(unsaved.consultation_id)
        self._record = unsaved.record
        self._dirty = True
        self.replaced.emit(self._record)
        self.flush()

    def close(self) -> None:
        """Leave the current consultation (saved already: see :meth:`flush`)."""
        self._set(None)

    def _set(self, stored: StoredConsultation | None) -> None:
        if self._under_way is not None:  # the one before: its outcome is told first
            self._settle()
        self._timer.stop()
        self._retry.stop()
        if stored is not None:
            self.recovery.editing(stored.id)
        elif self._stored is not None:
            self.recovery.stopped_editing()
        self._stored = stored
        self._record = stored.record if stored else None
        self._dirty = False
        self.problem = None
        self._failures = 0
        self.replaced.emit(self._record)
        self.finished_changed.emit(self.finished)

    # --- editing -----------------------------------------------------------------

    def update(self, change: Callable[[Consultation], Consultation]) -> None:
        """Replace the record with ``change`` of it (a copy made with
        :func:`dataclasses.replace`, which the type checker checks against the
        record's fields), once validated; it is saved within a moment.

        Ignored on a finished consultation (the window shows it read-only)."""
        if self._record is None or self.finished:
            return
        try:
            new = validated(change(self._record))
        except ValidationError:  # more than a record holds: the last fitting one stays
            self.save_failed.emit(SaveProblem("too_long", kept_in_file=False))
            return
        if new == self._record:
            return
        self._record = new
        self._dirty = True
        if not self._timer.isActive() and not self._retry.isActive():
            self._timer.start()
        self.changed.emit(new)

    def flush(self) -> bool:
        """Write the changes now and wait for it; False if they could not be saved
        (they are kept)."""
        self._timer.stop()
        if self._under_way is not None and not self._settle():
            return False
        if self._record is None or self._stored is None or not self._dirty:
            return True
        self._begin_save()
        return self._settle()

    def moved_on(self) -> None:
        """The clinician moved on (another field, step or program): save now, unless a
        failed save is being retried on its own schedule (no new attempt, no new bar)."""
        if self._dirty and self.problem is None:
            self._save_soon()

    def _save_soon(self) -> None:
        """Start writing the changes on the worker, or as the save under way lands."""
        self._timer.stop()
        if self._under_way is None and self._dirty:
            self._begin_save()

    def _begin_save(self) -> None:
        assert self._stored is not None and self._record is not None
        self._retry.stop()
        record = self._record
        future = self._saver.submit(self.consultations.save, self._stored.id, record)
        self._under_way = (future, record)
        future.add_done_callback(self._landing.landed.emit)

    def _landed(self, future: Future[StoredConsultation]) -> None:
        if self._under_way is None or self._under_way[0] is not future:
            return  # taken in already: see flush
        # changed meanwhile, and no timer left to save it: it fired, or the user moved on
        if self._settle() and not self._timer.isActive():
            self._save_soon()

    def _settle(self) -> bool:
        """Take in the save under way, waiting for it; False if it failed (the changes
        are kept and, where trying again can work, retried)."""
        assert self._under_way is not None and self._stored is not None
        future, record = self._under_way
        self._under_way = None
        try:
            future.result()
        except DatabaseUnavailable as error:
            self._failed(error.trouble)
            return False
        except EditConflict:
            self._failed("conflict")
            self.conflicted.emit()
            return False
        except RecordNumberTaken as error:
            self._failed("record_number_taken", owner=error.owner)
            return False
        except NotAllowed:  # the person working may not change what this record changes
            self._failed("not_allowed")
            return False
        except RecordRejected:
            self._failed("rejected")
            return False
        self._dirty = self._record is not record  # changed while it was written
        self._failures = 0
        self.problem = None
        self.recovery.forget(self._stored.id)
        self.saved.emit(self._stored.id)
        return True

    def _failed(self, trouble: str, owner: str = "") -> None:
        assert self._stored is not None and self._record is not None
        log.warning("autosave failed (%s); the changes are kept", program_text(trouble))
        kept = self.recovery.keep(self._stored.id, self._record)
        self.problem = SaveProblem(trouble, kept, owner)
        if self.problem.retried:
            delay = RETRY_DELAYS_MS[min(self._failures, len(RETRY_DELAYS_MS) - 1)]
            self._retry.start(delay)
        self._failures += 1
        self.save_failed.emit(self.problem)

    # --- saved elsewhere meanwhile -------------------------------------------------

    def take_theirs(self) -> None:
        """Drop these changes for the consultation as it was saved elsewhere."""
        self.discard_changes()

    def keep_mine(self) -> bool:
        """Save these changes over what was saved elsewhere (the user saw the difference)."""
        if self._stored is None:
            return True
        self.consultations.load(self._stored.id)  # theirs is now what these are based on
        self.problem = None
        return self.flush()

    def mine_as_copy(self) -> None:
        """Keep these changes as a new consultation of the patient; theirs stays as saved.
        :class:`~neuromod_aid.errors.RecordRejected` if the patient's details were
        changed here into another patient's."""
        if self._stored is None or self._record is None:
            return
        kept_as, record = self._stored.id, self._record
        self.start(record, patient_id=self._stored.patient_id)
        self.recovery.forget(kept_as)

    def discard_changes(self) -> None:
        """Drop the changes that could not be saved (the user confirmed it)."""
        if self._stored is not None:
            self.recovery.forget(self._stored.id)
            self.open(self._stored.id)

    # --- finishing ---------------------------------------------------------------

    def finish(self) -> bool:
        """Save, then mark the consultation finished (read-only); False if not saved."""
        if self._stored is None or not self.flush():
            return False
        self._stored = self.consultations.finish(self._stored.id)
        self.finished_changed.emit(True)
        self.saved.emit(self._stored.id)
        return True

    def amend(self, amended_by: str, reason: str) -> None:
        """Open the finished consultation for changes, recording who and why."""
        if self._stored is None or not self.finished:
            return
        self._stored = self.consultations.amend(self._stored.id, amended_by, reason)
        self.finished_changed.emit(False)
        self.saved.emit(self._stored.id)

    # --- files -------------------------------------------------------------------

    def save_as_file(self, path: Path) -> None:
        """Write the current consultation as a JSON file (OSError if not).

        The file holds what is on screen, saved or not: it is also the way out when
        the database cannot be written. A stored consultation records the file."""
        record = self._record
        if record is None:
            return
        data = to_json(record).encode("utf-8")
        if self._stored is None or self._dirty:
            atomic_write(path, data)
            return
        self.consultations.export(
            self._stored.id, "consultation_json", record, data, path, large_print=False
        )
