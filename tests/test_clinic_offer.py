"""Which therapies the clinic offers: a revision of the ``clinic_offer`` item, reaching
the options only once a second person approves it; a hidden therapy is left out, one
not offered here says to ask about a referral, in each language; a therapy that does
not exist is refused by name; the setting travels with the clinic's export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from neuromod_aid.app.content import Edit
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import UserError
from neuromod_aid.cli import main
from neuromod_aid.paths import data_location
from neuromod_aid.present.offered import offer_line, shown_therapies
from neuromod_aid.present.wording import Wording

OURS = {
    "therapies": [
        {"therapy": "brain", "offer": "hidden"},
        {"therapy": "tms", "offer": "referral"},
    ]
}


def test_the_offer_is_a_revision_approved_like_the_rest(tmp_path: Path) -> None:
    context = AppContext(data_location().ensure())
    try:
        content = context.content()
        every = [t.id for t in content.catalog().therapies]
        (draft,) = content.propose([Edit("clinic_offer", "clinic_offer", OURS)], "Dr Ruiz", "ours")
        assert shown_therapies(content.catalog(), every) == every  # a draft changes nothing
        with pytest.raises(UserError, match="another person must approve it"):
            content.approve(draft, "dr ruiz")
        content.approve(draft, "Dr Gómez")
        catalog = content.catalog()
        assert shown_therapies(catalog, every) == [t for t in every if t != "brain"]
        assert offer_line(catalog, "tms", Wording(catalog, "en")) == (
            "Not offered here: ask about a referral."
        )
        assert offer_line(catalog, "tms", Wording(catalog, "es")).startswith("No se ofrece")
        assert offer_line(catalog, "scs", Wording(catalog, "en")) == ""
    finally:
        context.close()
    out = tmp_path / "local.json"
    assert main(["content", "export-local", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["clinic_offer"] == OURS


def test_an_offer_naming_a_therapy_that_does_not_exist_is_refused() -> None:
    context = AppContext(data_location().ensure())
    try:
        wrong = {"therapies": [{"therapy": "laser", "offer": "hidden"}]}
        with pytest.raises(UserError, match=r"therapies\[0\]\.therapy.*unknown therapy id 'laser'"):
            context.content().propose([Edit("clinic_offer", "clinic_offer", wrong)], "A", "x")
        assert context.content().revisions() == []
    finally:
        context.close()
