"""SQLAlchemy 2 typed models. Nothing here is SQLite-only.

The shipped content is not stored here (it is read from the content files, see
``neuromod_aid.catalog.store``); only a clinic's revisions of it are.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    func,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        dt.datetime: DateTime(timezone=True),
    }


class _Stamped:
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=func.now()
    )


# --- content -------------------------------------------------------------------------


class ContentRevisionRow(Base):
    """A clinic's revision of one content item; the approved ones override the shipped
    item in the catalog in use (``neuromod_aid.catalog.overrides``)."""

    __tablename__ = "content_revisions"
    __table_args__ = (
        CheckConstraint(
            "state IN ('draft', 'approved', 'rejected', 'superseded')",
            name="ck_content_revisions_state",
        ),
        Index("ix_content_revisions_item", "item_kind", "item_id"),
        Index("ix_content_revisions_state", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    item_kind: Mapped[str] = mapped_column(String(32))  # a top-level content key
    item_id: Mapped[str] = mapped_column(String(64))
    document: Mapped[dict[str, Any]]  # the whole item, in the content files' schema
    author: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="draft")
    approver: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    decided_at: Mapped[dt.datetime | None]
    # the shipped item's document hash when the revision was written: a newer shipped
    # item shows the revision is outdated
    base_shipped_hash: Mapped[str | None] = mapped_column(String(64))
    # the revision this one is part of (a source added with a figure's edit), decided
    # with it; None: a revision of its own
    part_of: Mapped[int | None] = mapped_column(
        ForeignKey("content_revisions.id", name="fk_content_revisions_part_of")
    )


class ContentSignOffRow(Base):
    """A clinician's sign-off of the content in use: they read and checked it, on a
    day, for a content version and the clinic's approved revisions then in force. Kept
    for ever (a later sign-off does not replace the row), so a document can be rebuilt
    with the sign-off it printed."""

    __tablename__ = "content_sign_offs"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    signed_by: Mapped[str] = mapped_column(String(200))  # the name as on the staff list then
    role: Mapped[str] = mapped_column(String(16))  # their role then
    signed_on: Mapped[dt.date] = mapped_column(Date)
    content_version: Mapped[str] = mapped_column(String(32))
    content_revisions: Mapped[list[int]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())


# --- records -------------------------------------------------------------------------


class ClinicProfileRow(_Stamped, Base):
    __tablename__ = "clinic_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # as long as the record format allows (``ShortText``), on every engine
    phone: Mapped[str] = mapped_column(String(2000), default="")
    email: Mapped[str] = mapped_column(String(2000), default="")
    address: Mapped[str] = mapped_column(String(2000), default="")
    # worded details, per language: {"en": "...", "es": "..."}
    hours_by_language: Mapped[dict[str, Any]] = mapped_column(default=dict)
    out_of_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    out_of_hours_phone: Mapped[str] = mapped_column(String(2000), default="")
    # the system URI of the patients' record numbers (FHIR); "" until the clinic sets it
    patient_identifier_system: Mapped[str] = mapped_column(
        String(2000), default="", server_default=""
    )


class PatientRow(_Stamped, Base):
    """A record number, once given, names one patient (empty ones are not unique);
    ``record_key`` is the number as compared (any case), and what is unique. The record
    format keeps a number to :data:`~neuromod_aid.consultation.RECORD_NUMBER_MAX`
    characters, which every engine indexes; folding can lengthen a name ("ß" is "ss"),
    so ``name_folded`` is unbounded text (searched with ``LIKE '%…%'``, never indexed)."""

    __tablename__ = "patients"
    __table_args__ = (
        Index(
            "uq_patients_record_key",
            "record_key",
            unique=True,
            sqlite_where=text("record_key != ''"),
            postgresql_where=text("record_key != ''"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(Text)
    record_number: Mapped[str] = mapped_column(String(100), default="", index=True)
    record_key: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    is_demo: Mapped[bool] = mapped_column(default=False, server_default=false())
    archived_at: Mapped[dt.datetime | None]
    consultations: Mapped[list[ConsultationRow]] = relationship(back_populates="patient")


class ConsultationRow(_Stamped, Base):
    """The whole record lives in ``record`` (the interchange form); columns index it."""

    __tablename__ = "consultations"
    __table_args__ = (Index("ix_consultations_updated_at", "updated_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    consulted_on: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    record: Mapped[dict[str, Any]]
    # one more on every save that changes the record; printed versions keep theirs. Every
    # UPDATE of the row says ``WHERE revision = <the revision read>``: one that finds
    # the row changed meanwhile by another program updates nothing and fails
    revision: Mapped[int] = mapped_column(default=1, server_default="1")
    finished_at: Mapped[dt.datetime | None]
    archived_at: Mapped[dt.datetime | None]
    patient: Mapped[PatientRow] = relationship(back_populates="consultations")
    documents: Mapped[list[DocumentRow]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan"
    )
    versions: Mapped[list[ConsultationVersionRow]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan"
    )
    amendments: Mapped[list[AmendmentRow]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan"
    )
    __mapper_args__ = {  # noqa: RUF012 (SQLAlchemy's declarative name, read once)
        "version_id_col": revision,
        "version_id_generator": False,  # set by records_repo: one more per change
    }


class ConsultationVersionRow(Base):
    """The record exactly as it was at one revision: kept when it is finished or printed,
    so a document handed to the patient can always be rebuilt."""

    __tablename__ = "consultation_versions"
    __table_args__ = (UniqueConstraint("consultation_id", "revision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int]
    record: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    consultation: Mapped[ConsultationRow] = relationship(back_populates="versions")


class AmendmentRow(Base):
    """A finished consultation opened for changes again: when, by whom and why."""

    __tablename__ = "amendments"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    amended_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    from_revision: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    consultation: Mapped[ConsultationRow] = relationship(back_populates="amendments")


class DocumentRow(Base):
    """A document generated for a consultation (each export is recorded)."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    large_print: Mapped[bool] = mapped_column(default=False)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    record_revision: Mapped[int | None]  # the consultation version it was built from
    # the content it was built from: the shipped version and the clinic's approved
    # revisions (ids, in the order applied); None before they were kept
    content_version: Mapped[str | None] = mapped_column(String(32))
    content_revisions: Mapped[list[int] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    consultation: Mapped[ConsultationRow] = relationship(back_populates="documents")


# --- the pathway: who works here, and who changed what -------------------------------


class StaffRow(_Stamped, Base):
    """Someone who works at the clinic. Never deleted: one who leaves is retired, so
    every change they signed still names a person on the list."""

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("role IN ('physician', 'nurse', 'other')", name="ck_staff_role"),
        UniqueConstraint("name_folded", name="uq_staff_name_folded"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))  # one person, any case or accents
    role: Mapped[str] = mapped_column(String(16))
    retired_at: Mapped[dt.datetime | None]


class RecordChangeRow(Base):
    """Who saved a consultation's revision, and when."""

    __tablename__ = "record_changes"
    __table_args__ = (UniqueConstraint("consultation_id", "revision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int]
    changed_by: Mapped[str] = mapped_column(String(200))  # "": nobody chosen at this computer
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())


# --- the audit log -------------------------------------------------------------------


class AuditRow(Base):
    """One saved change or document: when, who, what and which record; never a name, a
    note or free text. Append-only: the program only inserts and reads it, an UPDATE or
    DELETE is refused by a trigger (migration ``0012_audit``) and by ``db.audit_repo``,
    and on PostgreSQL the people's roles are granted INSERT and SELECT only."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # None: nobody chosen
    db_user: Mapped[str] = mapped_column(String(200), default="")  # the database role / OS user
    action: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None]
    record_number: Mapped[str] = mapped_column(String(100), default="")
    record_key: Mapped[str] = mapped_column(String(100), default="", index=True)


_REFUSAL = "the audit log is append-only"
# the triggers that refuse an UPDATE or DELETE of the audit log (and on PostgreSQL a
# TRUNCATE), made with the table (a new database) or by migration 0012_audit; class 23
# (integrity constraint violation) so the program says a change was refused, never
# that the database is damaged
APPEND_ONLY_DDL: dict[str, tuple[str, ...]] = {
    "sqlite": tuple(
        f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
        f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
        for verb in ("UPDATE", "DELETE")
    ),
    "postgresql": (
        "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{_REFUSAL}' USING ERRCODE = '23000'; END $$",
        "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
    ),
}


@event.listens_for(AuditRow.__table__, "after_create")
def _append_only_triggers(_table: Any, connection: Connection, **_kw: Any) -> None:
    for statement in APPEND_ONLY_DDL.get(connection.dialect.name, ()):
        connection.exec_driver_sql(statement)
