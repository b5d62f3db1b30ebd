"""Plain, frozen views of stored data. The database layer returns these, never ORM rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from neuromod_aid.consultation import Consultation

DocumentKind = Literal[
    "summary",
    "summary_core",
    "nurse_sheet",
    "trial_diary",
    "nurse_checklist",
    "trial_result",
    "consultation_json",
]  # summary_core: the summary's core pages alone
ConsultationStatus = Literal["draft", "complete"]


def as_status(value: str) -> ConsultationStatus:
    return "complete" if value == "complete" else "draft"


def as_utc(moment: dt.datetime) -> dt.datetime:
    """SQLite drops time zones; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def identified(name: str, record_number: str, birth_date: dt.date | None) -> str:
    """A patient as a person reading a confirmation can tell them apart."""
    parts = [name, record_number, birth_date.isoformat() if birth_date else ""]
    return " · ".join(part for part in parts if part)


@dataclass(frozen=True)
class PatientSummary:
    id: int
    name: str
    record_number: str
    birth_date: dt.date | None
    archived: bool = False


@dataclass(frozen=True)
class ConsultationSummary:
    id: int
    patient_id: int
    patient_name: str
    record_number: str
    consulted_on: dt.date
    status: ConsultationStatus
    updated_at: dt.datetime
    is_demo: bool = False


@dataclass(frozen=True)
class StoredConsultation:
    id: int
    patient_id: int
    status: ConsultationStatus
    record: Consultation
    updated_at: dt.datetime
    revision: int = 1
    finished_at: dt.datetime | None = None
    is_demo: bool = False

    @property
    def finished(self) -> bool:
        return self.status == "complete"


@dataclass(frozen=True)
class AmendmentEntry:
    """A finished consultation reopened for changes."""

    amended_by: str
    reason: str
    from_revision: int
    created_at: dt.datetime


@dataclass(frozen=True)
class DocumentEntry:
    id: int
    consultation_id: int
    kind: DocumentKind
    language: str
    large_print: bool
    file_name: str
    sha256: str
    created_at: dt.datetime
    record_revision: int | None = None
    # what it was built from: the content version and the clinic's approved revisions
    # (ids), None for a document recorded before that was kept
    content_version: str | None = None
    content_revisions: tuple[int, ...] = ()


RevisionState = Literal["draft", "approved", "rejected", "superseded"]


@dataclass(frozen=True)
class ContentRevision:
    """A clinic's revision of one content item: who wrote it and why, and its decision."""

    id: int
    item_kind: str
    item_id: str
    document: Mapping[str, Any]  # the whole item, in the content files' schema
    author: str
    reason: str
    state: RevisionState
    approver: str | None
    created_at: dt.datetime
    decided_at: dt.datetime | None
    base_shipped_hash: str | None
    part_of: int | None = None  # the revision it is decided with (a figure's new source)


@dataclass(frozen=True)
class DatabaseInfo:
    url: str  # password masked
    revision: str | None
    head_revision: str
    approved_revisions: int | None  # the clinic's content revisions in use (None: no table yet)
    row_counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ConsultationOverview:
    """One line of a patient's history."""

    id: int
    consulted_on: dt.date
    clinician: str
    therapies_discussed: tuple[str, ...]  # catalog ids
    status: ConsultationStatus
    archived: bool
    documents: tuple[MadeDocument, ...]
    amended: bool = False  # reopened after it was finished


@dataclass(frozen=True)
class MadeDocument:
    kind: DocumentKind
    current: bool  # made from the record as it is now (else: before it last changed)


@dataclass(frozen=True)
class PatientRecord:
    """A patient and every consultation they had (archived ones too, marked)."""

    id: int
    name: str
    record_number: str
    birth_date: dt.date | None
    is_demo: bool
    archived: bool
    consultations: tuple[ConsultationOverview, ...]


StaffRole = Literal["physician", "nurse", "other"]
STAFF_ROLES: tuple[StaffRole, ...] = ("physician", "nurse", "other")


@dataclass(frozen=True)
class StaffMember:
    """Someone on the clinic's staff list; a retired one stays, never chosen again."""

    id: int
    name: str
    role: StaffRole
    retired: bool = False


@dataclass(frozen=True)
class RecordChange:
    """Who saved one revision of a consultation, and when ("" when nobody was chosen)."""

    revision: int
    changed_by: str
    changed_at: dt.datetime


AuditAction = Literal[
    "consultation_started",
    "consultation_saved",
    "consultation_finished",
    "consultation_amended",
    "consultation_archived",
    "consultation_unarchived",
    "document_produced",
    "document_printed",
    "document_withdrawn",  # recorded, then its file could not be written
    "patient_created",
    "patient_corrected",
    "patient_archived",
    "patient_unarchived",
    "patient_merged",
    "patient_deleted",
    "patient_exported",  # everything stored about them, written to a folder
    "patient_erased",  # removed with everything linked; the line keeps no name
    "clinic_changed",
    "staff_added",
    "staff_edited",
    "staff_retired",
    "staff_returned",
    "checklist_marked",
    "call_recorded",
    "diary_entered",
    "trial_decided",
    "trial_decision_withdrawn",
    "follow_up_recorded",
    "content_drafted",
    "content_approved",
    "content_rejected",
    "content_signed_off",  # a clinician's sign-off of the content in use
]


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log: when (UTC), who (the staff member, and the database
    role or the computer's user), what (a fixed action code) and which record (its
    table, id and record number): never a name, a note or free text."""

    id: int
    at: dt.datetime
    staff_id: int | None  # None: nobody of the staff list was chosen
    staff_name: str  # the staff member's name on the list ("" with no staff_id)
    db_user: str  # the PostgreSQL role, or on SQLite the computer's user
    action: str  # an AuditAction (a newer program's code is shown as it is)
    table: str
    record_id: int | None
    record_number: str

    @property
    def who(self) -> str:
        return self.staff_name or self.db_user
