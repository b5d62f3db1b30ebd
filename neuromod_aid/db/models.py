"""SQLAlchemy 2 typed models. Nothing here is SQLite-only.

Content tables store each catalog item as its validated JSON ``document`` (the one
authoritative form, read back through the same schema as the content files) plus
typed columns for what people query: names per language, risk frequencies and
denominators, outcome rates. ``edited_locally`` marks an item a clinic changed; a
newer shipped version of such an item waits in ``pending_shipped`` instead of
overwriting it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
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


class ContentMeta(_Stamped, Base):
    __tablename__ = "content_meta"
    id: Mapped[int] = mapped_column(primary_key=True)
    content_version: Mapped[str] = mapped_column(String(32))


class _ContentItem(_Stamped):
    position: Mapped[int] = mapped_column(default=0)  # order in the shipped content
    document: Mapped[dict[str, Any]]
    shipped_hash: Mapped[str] = mapped_column(String(64))
    edited_locally: Mapped[bool] = mapped_column(default=False)
    pending_shipped: Mapped[dict[str, Any] | None]


class CatalogPart(_ContentItem, Base):
    """Singletons and small parts: manifest, body map frame and outlines, policies."""

    __tablename__ = "catalog_parts"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))


class SourceRow(_ContentItem, Base):
    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    short: Mapped[str] = mapped_column(String(200))
    citation: Mapped[str] = mapped_column(Text)
    year: Mapped[int]
    doi: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(500))


class _Named(_ContentItem):
    name_en: Mapped[str] = mapped_column(String(300))
    name_es: Mapped[str] = mapped_column(String(300))


class ConditionRow(_Named, Base):
    __tablename__ = "conditions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)


class PainAreaRow(_Named, Base):
    __tablename__ = "pain_areas"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    view: Mapped[str] = mapped_column(String(8))
    side: Mapped[str] = mapped_column(String(8))
    region: Mapped[str] = mapped_column(String(32))


class TherapyRow(_Named, Base):
    __tablename__ = "therapies"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    invasiveness: Mapped[str] = mapped_column(String(32))
    outcomes: Mapped[list[OutcomeRow]] = relationship(
        back_populates="therapy", cascade="all, delete-orphan"
    )
    risks: Mapped[list[RiskRow]] = relationship(
        back_populates="therapy", cascade="all, delete-orphan"
    )


class OutcomeRow(Base):
    """Derived from the therapy document at every content load (read-only view)."""

    __tablename__ = "outcomes"
    therapy_id: Mapped[str] = mapped_column(
        ForeignKey("therapies.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    measure: Mapped[str] = mapped_column(String(32))
    rate_treatment: Mapped[float]
    rate_comparator: Mapped[float | None]
    denominator: Mapped[int]
    text_en: Mapped[str] = mapped_column(Text)
    text_es: Mapped[str] = mapped_column(Text)
    timeframe_en: Mapped[str] = mapped_column(String(300))
    timeframe_es: Mapped[str] = mapped_column(String(300))
    source_ids: Mapped[list[str]] = mapped_column(JSON)
    therapy: Mapped[TherapyRow] = relationship(back_populates="outcomes")


class RiskRow(Base):
    """Derived from the therapy document at every content load (read-only view)."""

    __tablename__ = "risks"
    therapy_id: Mapped[str] = mapped_column(
        ForeignKey("therapies.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    frequency_low: Mapped[float | None]
    frequency_high: Mapped[float | None]
    denominator: Mapped[int]
    per: Mapped[str] = mapped_column(String(16))
    name_en: Mapped[str] = mapped_column(String(300))
    name_es: Mapped[str] = mapped_column(String(300))
    text_en: Mapped[str] = mapped_column(Text)
    text_es: Mapped[str] = mapped_column(Text)
    source_ids: Mapped[list[str]] = mapped_column(JSON)
    therapy: Mapped[TherapyRow] = relationship(back_populates="risks")


class FeatureRow(_Named, Base):
    """The article's benefits and innovations."""

    __tablename__ = "features"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)


class InstructionRow(_ContentItem, Base):
    __tablename__ = "instructions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title_en: Mapped[str] = mapped_column(String(300))
    title_es: Mapped[str] = mapped_column(String(300))


class BloodThinnerRow(_ContentItem, Base):
    __tablename__ = "blood_thinners"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    medicine_en: Mapped[str] = mapped_column(String(200))
    medicine_es: Mapped[str] = mapped_column(String(200))
    hold_days_min: Mapped[int | None]
    hold_days_max: Mapped[int | None]


class GlossaryRow(_ContentItem, Base):
    __tablename__ = "glossary"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    term_en: Mapped[str] = mapped_column(String(200))
    term_es: Mapped[str] = mapped_column(String(200))


# --- records -------------------------------------------------------------------------


class ClinicProfileRow(_Stamped, Base):
    __tablename__ = "clinic_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    # worded details, per language: {"en": "...", "es": "..."}
    hours_by_language: Mapped[dict[str, Any]] = mapped_column(default=dict)
    out_of_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    out_of_hours_phone: Mapped[str] = mapped_column(String(100), default="")


class ClinicianRow(_Stamped, Base):
    __tablename__ = "clinicians"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")


class PatientRow(_Stamped, Base):
    """A record number, once given, names one patient (empty ones are not unique);
    ``record_key`` is the number as compared (any case), and what is unique."""

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
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
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
    clinician_id: Mapped[int | None] = mapped_column(ForeignKey("clinicians.id"))
    consulted_on: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    record: Mapped[dict[str, Any]]
    # one more on every save that changes the record; printed versions keep theirs
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
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, server_default=func.now())
    consultation: Mapped[ConsultationRow] = relationship(back_populates="documents")
