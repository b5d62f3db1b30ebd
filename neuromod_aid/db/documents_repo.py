"""The documents made from a consultation: each recorded with the record's revision and
the content it was made from, so it can be rebuilt as it was handed out. Like
:mod:`records_repo`, it returns frozen dataclasses only."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.db import models
from neuromod_aid.db.records_repo import consultation_row, keep_version
from neuromod_aid.errors import NotFound
from neuromod_aid.records import DocumentEntry, DocumentKind, as_utc


def record_document(
    session: Session,
    consultation_id: int,
    kind: DocumentKind,
    language: str,
    large_print: bool,
    file_name: str,
    sha256: str,
    content: Catalog | None = None,
) -> DocumentEntry:
    """Record a document made from the stored consultation as it is now, and from
    ``content``; the record at this revision is kept, so the document can be rebuilt
    as it was handed out."""
    consultation = consultation_row(session, consultation_id)
    keep_version(session, consultation)
    row = models.DocumentRow(
        consultation_id=consultation_id,
        kind=kind,
        language=language,
        large_print=large_print,
        file_name=file_name,
        sha256=sha256,
        record_revision=consultation.revision,
        content_version=content.manifest.content_version if content else None,
        content_revisions=list(content.local_revisions) if content else None,
    )
    session.add(row)
    session.flush()
    return document_entry(row)


def forget_document(session: Session, document_id: int) -> None:
    """Take back the record of a document whose file could not be written."""
    row = session.get(models.DocumentRow, document_id)
    if row is not None:
        session.delete(row)


def document(session: Session, document_id: int) -> DocumentEntry:
    row = session.get(models.DocumentRow, document_id)
    if row is None:
        raise NotFound(f"document {document_id} does not exist")
    return document_entry(row)


def documents_for(session: Session, consultation_id: int) -> list[DocumentEntry]:
    rows = session.scalars(
        select(models.DocumentRow)
        .where(models.DocumentRow.consultation_id == consultation_id)
        .order_by(models.DocumentRow.id)
    )
    return [document_entry(row) for row in rows]


def document_entry(row: models.DocumentRow) -> DocumentEntry:
    kind: DocumentKind = row.kind  # type: ignore[assignment]
    return DocumentEntry(
        id=row.id,
        consultation_id=row.consultation_id,
        kind=kind,
        language=row.language,
        large_print=row.large_print,
        file_name=row.file_name,
        sha256=row.sha256,
        created_at=as_utc(row.created_at),
        record_revision=row.record_revision,
        content_version=row.content_version,
        content_revisions=tuple(row.content_revisions or ()),
    )
