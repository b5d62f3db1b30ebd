"""Consultations: start, save, finish, amend, and the documents made from them.

Every function opens its own short unit of work on the :class:`Database` and
returns plain values. Failures reach the caller as one of
:class:`~neuromod_aid.errors.DatabaseUnavailable` (the database cannot be used
now: full disk, gone, locked) or :class:`~neuromod_aid.errors.RecordRejected` (a
value was refused: a record number of another patient, a finished consultation),
never as a SQLAlchemy error.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from neuromod_aid.app import roles
from neuromod_aid.app.staff import Working
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Consultation
from neuromod_aid.db import Database, audit_repo, documents_repo, pathway_repo
from neuromod_aid.db import records_repo as repo
from neuromod_aid.errors import DatabaseUnavailable, RecordRejected
from neuromod_aid.files import atomic_write
from neuromod_aid.records import (
    AmendmentEntry,
    ConsultationSummary,
    DocumentEntry,
    DocumentKind,
    RecordChange,
    StoredConsultation,
)

log = logging.getLogger(__name__)

PRINTED = "(printed)"  # the file name recorded for a document sent to a printer

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _in_turn(
    method: Callable[Concatenate[Consultations, _P], _R],
) -> Callable[Concatenate[Consultations, _P], _R]:
    """One such call at a time: a write and the revision it leaves seen here are one step
    for the other threads (the window's autosave runs on a worker)."""

    @functools.wraps(method)
    def in_turn(self: Consultations, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._turn:
            return method(self, *args, **kwargs)

    return in_turn


@dataclass
class Consultations:
    """The consultations as this program sees them.

    It remembers the revision of each consultation it last read or wrote: a save (or
    an export, which saves) of a record made from an older one is refused with
    :class:`~neuromod_aid.errors.EditConflict` when another program (another exam
    room) saved it since, so no save ever silently takes back someone else's. Reading
    it again (:meth:`load`) is how the caller takes theirs in.

    It may be used from several threads at once: the calls that write or take in a
    revision take turns.
    """

    database: Database
    # the catalog documents are made from: each records its content version and the
    # clinic's revisions in it (None: not known, as before they were kept)
    content: Catalog | None = None
    working: Working = field(default_factory=Working)  # who each save is recorded under
    _seen: dict[int, int] = field(default_factory=dict, repr=False)
    _turn: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @_in_turn
    def start(
        self, record: Consultation, *, is_demo: bool = False, patient_id: int | None = None
    ) -> StoredConsultation:
        """Store a new consultation of the stored ``patient_id``, or of the patient with
        its record number, or of a new patient."""
        with self.database.session() as session:
            new_id = repo.save_consultation(session, record, is_demo=is_demo, patient_id=patient_id)
            pathway_repo.note_change(session, new_id, self.working.name)
            audit_repo.of_consultation(session, self.working.name, "consultation_started", new_id)
            stored = repo.load_consultation(session, new_id)
        return self._saw(stored)  # once committed

    def bring_in(self, record: Consultation) -> StoredConsultation:
        """Store a consultation read from a file as a new one, as :meth:`start` does;
        :class:`~neuromod_aid.errors.NotAllowed` (nothing stored) when it records a
        physician's parts and the person working is not a physician."""
        with self.database.session(read_only=True) as session:
            roles.check_brought_in(session, self.working, record)
        return self.start(record)

    @_in_turn
    def load(self, consultation_id: int) -> StoredConsultation:
        with self.database.session(read_only=True) as session:
            stored = repo.load_consultation(session, consultation_id)
        return self._saw(stored)  # once committed

    def latest(self, consultation_id: int) -> StoredConsultation:
        """The consultation as stored now, not taken in (a save here is still refused
        if it was saved elsewhere since this program last read it)."""
        with self.database.session(read_only=True) as session:
            return repo.load_consultation(session, consultation_id)

    @_in_turn
    def save(self, consultation_id: int, record: Consultation) -> StoredConsultation:
        """Store ``record``; the stored consultation as it now is."""
        with self.database.session() as session:
            stored = self._save(session, consultation_id, record)
        return self._saw(stored)  # once committed

    def _save(
        self, session: Session, consultation_id: int, record: Consultation
    ) -> StoredConsultation:
        """Store ``record`` (refused when it changes a physician's part and the person
        working may not: :class:`~neuromod_aid.errors.NotAllowed`), audited; the stored
        consultation as it now is."""
        # held while the session lasts (it keeps rows weakly): what follows reads it
        # from the session, not again from the database
        row = repo.consultation_row(session, consultation_id)
        if not roles.physician_or_no_staff(session, self.working):
            before = repo.load_consultation(session, row.id).record
            roles.check_consultation_change(session, self.working, before, record)
        seen = self._seen.get(consultation_id)
        repo.save_consultation(session, record, row.id, seen_revision=seen)
        self._noted(session, consultation_id)
        return repo.load_consultation(session, row.id)

    def _noted(self, session: Session, consultation_id: int) -> None:
        """Who saved the revision stored now, and the audit line of it (once a revision)."""
        if pathway_repo.note_change(session, consultation_id, self.working.name):
            audit_repo.of_consultation(
                session, self.working.name, "consultation_saved", consultation_id
            )

    def changes(self, consultation_id: int) -> list[RecordChange]:
        """Who saved each revision, and when (revisions saved before this was kept,
        none)."""
        with self.database.session(read_only=True) as session:
            return pathway_repo.changes(session, consultation_id)

    def _saw(self, stored: StoredConsultation) -> StoredConsultation:
        self._seen[stored.id] = stored.revision
        return stored

    def record_number_owner(self, record_number: str, consultation_id: int | None) -> str | None:
        """Another patient's name if ``record_number`` is theirs already."""
        if not record_number.strip():
            return None
        with self.database.session() as session:
            return repo.record_number_owner(session, record_number, consultation_id)

    @_in_turn
    def finish(self, consultation_id: int) -> StoredConsultation:
        with self.database.session() as session:
            repo.finish(session, consultation_id)
            audit_repo.of_consultation(
                session, self.working.name, "consultation_finished", consultation_id
            )
            stored = repo.load_consultation(session, consultation_id)
        return self._saw(stored)  # once committed

    @_in_turn
    def amend(self, consultation_id: int, amended_by: str, reason: str) -> StoredConsultation:
        with self.database.session() as session:
            repo.amend(session, consultation_id, amended_by, reason)
            audit_repo.of_consultation(session, amended_by, "consultation_amended", consultation_id)
            stored = repo.load_consultation(session, consultation_id)
        return self._saw(stored)  # once committed

    def amendments(self, consultation_id: int) -> list[AmendmentEntry]:
        with self.database.session(read_only=True) as session:
            return repo.amendments_for(session, consultation_id)

    def recent(self, limit: int = 20) -> list[ConsultationSummary]:
        with self.database.session(read_only=True) as session:
            return repo.recent_consultations(session, limit=limit)

    def demo_id(self) -> int | None:
        with self.database.session(read_only=True) as session:
            return repo.demo_consultation_id(session)

    # --- documents -------------------------------------------------------------------

    @_in_turn
    def export(
        self,
        consultation_id: int,
        kind: DocumentKind,
        record: Consultation,
        data: bytes,
        target: Path,
        *,
        large_print: bool,
        language: Lang | None = None,
    ) -> DocumentEntry:
        """Save ``record``, record the document made from it (``data``) with the
        version it was made from, then write it to ``target``. ``language``: the
        document's, when it is not the record's (a staff form in the staff's language).

        The record comes first: a file the database does not know of is never left
        behind, and once the file is written nothing says it failed. A record that
        cannot be stored writes no file (the database error is raised); a file that
        cannot be written (``OSError``) takes its record back.
        """
        with self.database.session() as session:
            stored = self._save(session, consultation_id, record)
            entry = _document(
                session,
                consultation_id,
                kind,
                language or record.language,
                data,
                target.name,
                large_print,
                self.content,
            )
            audit_repo.append(
                session,
                self.working.name,
                "document_produced",
                "documents",
                entry.id,
                record.patient.record_number,
            )
        self._saw(stored)
        self._write(entry, record, data, target)
        return entry

    def _write(self, entry: DocumentEntry, record: Consultation, data: bytes, target: Path) -> None:
        """Write a recorded document's file; if it cannot be written, its record is
        taken back and the ``OSError`` raised."""
        try:
            atomic_write(target, data)
        except BaseException:
            try:
                with self.database.session() as session:
                    documents_repo.forget_document(session, entry.id)
                    audit_repo.append(
                        session,
                        self.working.name,
                        "document_withdrawn",
                        "documents",
                        entry.id,
                        record.patient.record_number,
                    )
            except (DatabaseUnavailable, RecordRejected):
                log.warning("document %d recorded but not written, and still on record", entry.id)
            raise

    @_in_turn
    def made_before(
        self,
        consultation_id: int,
        kind: DocumentKind,
        record: Consultation,
        data: bytes,
        *,
        large_print: bool,
        target: Path | None = None,
    ) -> DocumentEntry:
        """Record a document made a while ago from ``record``, the version it was made
        from, so it can be rebuilt as it was: sent to a printer, or written to
        ``target`` (as :meth:`export` does).

        A print ends a while after it began, and the visit's documents are made one
        after another; the window saves ``record`` as they begin: a record stored
        since (edits made meanwhile) is stored again after the document's version, so
        recording it never takes those edits back (nor makes edits saved elsewhere
        look seen here)."""
        with self.database.session() as session:
            before = repo.load_consultation(session, consultation_id)
            stored = before.record
            roles.check_consultation_change(session, self.working, stored, record)
            repo.save_consultation(session, record, consultation_id)
            self._noted(session, consultation_id)
            entry = _document(
                session,
                consultation_id,
                kind,
                record.language,
                data,
                PRINTED if target is None else target.name,
                large_print,
                self.content,
            )
            audit_repo.append(
                session,
                self.working.name,
                "document_printed" if target is None else "document_produced",
                "documents",
                entry.id,
                record.patient.record_number,
            )
            repo.save_consultation(session, stored, consultation_id)  # unchanged: nothing
            after = repo.load_consultation(session, consultation_id)
        if self._seen.get(consultation_id) == before.revision:  # was up to date here
            self._saw(after)
        if target is not None:
            self._write(entry, record, data, target)
        return entry

    def document(self, document_id: int) -> DocumentEntry:
        """One recorded document, by its id (:class:`~neuromod_aid.errors.NotFound`)."""
        with self.database.session(read_only=True) as session:
            return documents_repo.document(session, document_id)

    def documents(self, consultation_id: int) -> list[DocumentEntry]:
        with self.database.session(read_only=True) as session:
            return documents_repo.documents_for(session, consultation_id)

    def printed_record(self, document: DocumentEntry) -> Consultation:
        """The record exactly as it was when ``document`` was made."""
        with self.database.session(read_only=True) as session:
            if document.record_revision is None:  # made before versions were kept
                return repo.load_consultation(session, document.consultation_id).record
            return repo.consultation_version(
                session, document.consultation_id, document.record_revision
            )


def _document(
    session: Session,
    consultation_id: int,
    kind: DocumentKind,
    language: Lang,
    data: bytes,
    file_name: str,
    large_print: bool,
    content: Catalog | None,
) -> DocumentEntry:
    """Record ``data``, a document in ``language`` made from the record as it is stored
    now, and from the ``content`` (its version and the clinic's revisions in it)."""
    digest = hashlib.sha256(data).hexdigest()
    return documents_repo.record_document(
        session, consultation_id, kind, language, large_print, file_name, digest, content
    )
