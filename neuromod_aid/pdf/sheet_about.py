"""About this sheet: the short block that ends the nurse sheet, the trial diary, the
nurse's checklist and the trial result (the summary has its own, longer About).

It says which content the sheet was made from: the content version and its review
dates (those of the procedure's therapy), who wrote it and who checked it for the
clinic (``present.authorship``; not on the nurse's checklist, the team's own), the
clinic's approved revisions in it, each named (its id, the item it changed, who
approved it and when), so that a sheet on paper can be traced to the record it can be
rebuilt from; and that it supports the conversation with the care team, never replaces
it."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, KeepTogether

from neuromod_aid.catalog.clinic import LocalRevision
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.therapy import Therapy
from neuromod_aid.pdf.blocks import bold_lead, gap
from neuromod_aid.present.authorship import checked_by
from neuromod_aid.present.wording import Wording


def about_sheet(
    catalog: Catalog,
    therapy: Therapy,
    labels: Wording,
    sheet: StyleSheet1,
    *,
    for_patient: bool = True,
) -> Flowable:
    """One paragraph of small print, kept whole: these sheets are full, and the nurse's
    checklist (not ``for_patient``: the team's own, without who wrote and checked the
    patient content) holds on one page."""
    manifest = catalog.manifest
    version = labels(
        "content_version",
        version=manifest.content_version,
        produced=labels.date(manifest.produced),
    )
    reviewed = labels(
        "reviewed",
        reviewed=labels.date(therapy.review.last_reviewed),
        next=labels.date(therapy.review.next_review),
    )
    changes = [named(c, catalog, labels) for c in catalog.local_changes]
    local = labels("sheet_local_changes") if changes else labels("sheet_as_shipped")
    authors = [manifest.made_by(labels.lang), checked_by(labels)] if for_patient else []
    said = " ".join([version, reviewed, *authors, local, *changes, labels("sheet_supports")])
    lead = bold_lead(labels("about_sheet") + ":", said, "Muted", sheet)
    return KeepTogether([gap(sheet, 0.3), lead])


def named(change: LocalRevision, catalog: Catalog, labels: Wording) -> str:
    """ "Change 3: Spinal cord stimulation. Approved by Dr Gómez on 1 December 2026." """
    item = _item(change, catalog, labels.lang)
    if change.approved_on is None:
        return labels("local_change", id=change.id, item=item)
    return labels(
        "local_change_approved",
        id=change.id,
        item=item,
        who=change.approved_by,
        on=labels.date(change.approved_on),
    )


def _item(change: LocalRevision, catalog: Catalog, lang: str) -> str:
    """A therapy or a blood thinner by its name, any other item by its kind and id."""
    if change.item_kind == "therapy":
        found = next((t for t in catalog.therapies if t.id == change.item_id), None)
        if found is not None:
            return found.name(lang)
    if change.item_kind == "blood_thinner":
        thinner = next((b for b in catalog.blood_thinners if b.id == change.item_id), None)
        if thinner is not None:
            return thinner.medicine(lang)
    words = (
        [change.item_kind]
        if change.item_id == change.item_kind
        else [
            change.item_kind,
            change.item_id,
        ]
    )
    return " ".join(words).replace("_", " ")
