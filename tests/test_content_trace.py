"""Every document records the content it was made from (version and the clinic's
revisions), and is rebuilt from exactly that content after the clinic changed it again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pdf_helpers import running_text

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.content import ClinicContent, Edit, check_person
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import UserError
from neuromod_aid.catalog.export import export_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location
from neuromod_aid.pdf import build_document


def _infection(catalog: Catalog) -> float | None:
    (risk,) = [r for r in catalog.therapy("scs").risks if r.id == "infection"]
    return risk.frequency_low


def _scs_with_infection(content: ClinicContent, figure: int) -> Edit:
    scs = next(t for t in export_catalog(content.catalog())["therapies"] if t["id"] == "scs")
    scs = json.loads(json.dumps(scs))
    scs["considered_for"] = scs["considered_for"]["details"]
    risk: dict[str, Any] = next(r for r in scs["risks"] if r["id"] == "infection")
    old = f"{risk['frequency_low']:g}"
    risk["frequency_low"] = risk["frequency_high"] = figure
    risk["text"] = {
        lang: text.replace(f" {old} ", f" {figure} ") for lang, text in risk["text"].items()
    }
    return Edit("therapy", "scs", scs)


def _approved(content: ClinicContent, figure: int) -> int:
    (draft,) = content.propose([_scs_with_infection(content, figure)], "Dr Ruiz", "audit")
    content.approve(draft, "Dr Gómez")
    return draft


def test_a_document_is_rebuilt_from_the_content_it_was_made_from(
    tmp_path: Path, catalog: Catalog
) -> None:
    context = AppContext(data_location().ensure())
    content = context.content()
    first = _approved(content, 30)
    in_use = context.catalog()
    assert in_use.local_revisions == (first,)
    consultations = Consultations(context.database(), in_use)
    stored = consultations.start(demo_consultation(catalog, "en"))
    data = build_document("summary", stored.record, in_use, large_print=False)
    consultations.export(
        stored.id, "summary", stored.record, data, tmp_path / "s.pdf", large_print=False
    )
    (document,) = consultations.documents(stored.id)
    assert document.content_version == catalog.manifest.content_version
    assert document.content_revisions == (first,)

    second = _approved(content, 35)  # the clinic changes the figure again
    states = {r.id: r.state for r in content.revisions()}
    assert states == {first: "superseded", second: "approved"}
    assert _infection(context.catalog()) == 35
    then = content.catalog_for(document)
    assert _infection(then) == 30 and then.local_revisions == (first,)
    record = consultations.printed_record(document)
    rebuilt = running_text(build_document("summary", record, then))
    assert rebuilt == running_text(data)  # PDF bytes carry the time made: compare the words
    assert rebuilt != running_text(build_document("summary", record, context.catalog()))
    context.close()


def test_reverting_is_a_new_draft_that_needs_approval(data_dir: Path, catalog: Catalog) -> None:
    context = AppContext(data_location().ensure())
    content = context.content()
    first = _approved(content, 30)
    second = _approved(content, 35)
    back = content.revert(first, "Dr Ruiz", "")
    assert back not in (first, second)
    reverted = content.revision(back)
    assert (reverted.state, reverted.reason) == ("draft", f"back to revision {first}")
    assert _infection(content.catalog()) == 35  # not yet: it needs a second person
    content.approve(back, "Dr Soto")
    assert _infection(content.catalog()) == 30
    assert [r.id for r in content.history("therapy", "scs")] == [first, second, back]
    with pytest.raises(UserError, match="already as revision"):
        content.revert(first, "Dr Ruiz", "again")
    context.close()


def test_a_person_is_named() -> None:
    context = AppContext(data_location().ensure())
    try:
        database = context.database()
        assert check_person(database, "  Dr   Ruiz ") == "Dr Ruiz"
        with pytest.raises(UserError, match="name of the person"):
            check_person(database, "   ")
    finally:
        context.close()
