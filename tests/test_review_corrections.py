"""The evidence review's corrections, read back from the documents a patient takes home:
no unread figure for the pump's deaths, the rTMS figure as a difference from a fake
treatment, within-group changes labelled, Gilmore 2021's ties to the maker."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import all_text

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.wording import Wording


def _summary(catalog: Catalog, lang: Lang, therapies: tuple[str, ...]) -> str:
    demo = demo_consultation(catalog, lang)
    risks = {t: tuple(r.id for r in catalog.therapy(t).risks) for t in therapies}
    record = replace(demo, therapies_discussed=therapies, risks_discussed=risks)
    return " ".join(all_text(build_summary(record, catalog)).split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_pump_deaths_are_said_in_words_with_no_figure_or_picture(
    catalog: Catalog, lang: Lang
) -> None:
    death = next(r for r in catalog.therapy("idd").risks if r.id == "death_noncancer")
    figure = risk_figure(death, Wording(catalog, lang))
    assert not death.known and figure.picture is None
    text = _summary(catalog, lang, ("idd",))
    assert death.name(lang) in text
    assert " ".join(death.text(lang).split()[:8]) in text
    assert not any(ch.isdigit() for ch in death.text(lang) + death.name(lang))
