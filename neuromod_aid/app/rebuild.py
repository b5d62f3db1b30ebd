"""A recorded document rebuilt exactly as it was made: from the record as it was then
(its stored version) and the content it was built from (the shipped content of its
version with exactly the clinic's revisions it recorded), in its language and print
size. Refused, with one line saying what differs, when that content is no longer
available here. The window's "Rebuild as it was" and ``neuromod-aid documents rebuild``
both use :func:`rebuild`. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import cast

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.content import ClinicContent
from neuromod_aid.app.errors import UserError
from neuromod_aid.app.messages import Refusal
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.errors import NotFound
from neuromod_aid.records import DocumentEntry


@dataclass(frozen=True)
class Rebuilt:
    document: DocumentEntry
    record: Consultation  # as it was when the document was made
    data: bytes  # the PDF


def rebuild(consultations: Consultations, content: ClinicContent, document_id: int) -> Rebuilt:
    """The PDF of recorded document ``document_id`` as it was made (a :class:`UserError`
    when it cannot be)."""
    from neuromod_aid.pdf import PdfKind, build_document

    document, record, catalog = _inputs(consultations, content, document_id)
    kind = cast(PdfKind, document.kind)
    data = build_document(kind, record, catalog, large_print=document.large_print)
    return Rebuilt(document, record, data)


def _inputs(
    consultations: Consultations, content: ClinicContent, document_id: int
) -> tuple[DocumentEntry, Consultation, Catalog]:
    try:
        document = consultations.document(document_id)
    except NotFound:
        raise Refusal("no_document", document=document_id) from None
    if document.kind == "consultation_json":
        raise Refusal("consultation_file", document=document_id)
    try:
        catalog = content.catalog_for(document)
    except (UserError, NotFound) as error:
        raise Refusal("not_as_it_was", document=document_id, why=error) from None
    # in the document's own language: a staff form is in the staff's, not the patient's
    record = replace(consultations.printed_record(document), language=document.language)
    return document, record, catalog
