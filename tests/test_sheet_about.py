"""The nurse sheet, the trial diary, the nurse's checklist and the trial result end with
"About this sheet": the content version and its review dates, the clinic's approved
revisions each named (id, item, who approved, when), and that the sheet supports the
talk with the care team, in English and Spanish (issue #12, point 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from pdf_helpers import running_text, squeezed

from neuromod_aid.app.content import Edit
from neuromod_aid.app.context import AppContext
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location
from neuromod_aid.pdf import PdfKind, build_document
from neuromod_aid.present.wording import Wording

SHEETS: tuple[PdfKind, ...] = ("nurse_sheet", "trial_diary", "nurse_checklist", "trial_result")


def _text(kind: PdfKind, catalog: Catalog, lang: str) -> str:
    return squeezed(running_text(build_document(kind, demo_consultation(catalog, lang), catalog)))


def _approved_thinner_review() -> tuple[Catalog, int]:
    """The catalog in use once Dr Gómez approved Dr Ruiz's review of the warfarin row."""
    context = AppContext(data_location().ensure())
    content = context.content()
    row = content.document_in_use("blood_thinner", "warfarin")
    row["local_review"] = {"reviewed_by": "Dr Ruiz", "reviewed_on": "2026-11-30"}
    (draft,) = content.propose([Edit("blood_thinner", "warfarin", row)], "Dr Ruiz", "checked")
    content.approve(draft, "Dr Gómez")
    catalog = context.catalog()
    context.close()
    return catalog, draft


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kind", SHEETS)
def test_each_sheet_names_the_content_and_the_clinics_approved_changes(
    kind: PdfKind, lang: str, catalog: Catalog
) -> None:
    words = Wording(catalog, lang)
    shipped = _text(kind, catalog, lang)
    assert squeezed(words("about_sheet")) in shipped
    assert catalog.manifest.content_version in shipped
    scs = catalog.therapy("scs").review
    assert squeezed(words.date(scs.next_review)) in shipped  # the procedure's therapy's review due
    assert squeezed(words("sheet_as_shipped")) in shipped
    assert squeezed(words("sheet_supports")) in shipped

    ours, revision = _approved_thinner_review()
    printed = _text(kind, ours, lang)
    warfarin = ours.blood_thinners[[b.id for b in ours.blood_thinners].index("warfarin")]
    approved = squeezed(
        words(
            "local_change_approved",
            id=revision,
            item=warfarin.medicine(lang),
            who="Dr Gómez",
            on=words.date(dt.date.today()),
        )
    )
    assert approved in printed
    assert "DrGómez" in printed  # who approved it, whatever the wording
    assert squeezed(words("sheet_as_shipped")) not in printed
    assert squeezed(words("sheet_supports")) in printed
