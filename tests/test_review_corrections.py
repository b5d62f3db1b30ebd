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
from neuromod_aid.present.figures import outcome_figure, risk_figure
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


@pytest.mark.parametrize("lang", ["en", "es"])
def test_rtms_figure_reads_as_a_difference_from_a_fake_with_its_certainty(
    catalog: Catalog, lang: Lang
) -> None:
    tms, brain = catalog.therapy("tms"), catalog.therapy("brain")
    words = Wording(catalog, lang)
    sham = next(o for o in tms.outcomes if o.id == "cochrane_sham")
    assert sham.comparison is not None and sham.certainty is not None
    line = outcome_figure(sham, tms, words)
    assert sham.comparison(lang) in line and sham.certainty(lang) in line
    assert words("outcome_single_group") not in line
    # the 7% is never printed as rTMS's own average fall, as brain stimulation's 53.1% is
    assert words("outcome_average", value=words.number(7)) + "." not in line
    # an uncontrolled fall in one group says it has no comparison group
    mcs = next(o for o in brain.outcomes if o.id == "post_stroke_pain_mcs")
    assert words("outcome_single_group") in outcome_figure(mcs, brain, words)
    text = _summary(catalog, lang, ("tms", "brain"))
    assert " ".join(line.split()) in text
    # on paper its row says so after the study's text (the figure line, which would only
    # repeat the text's figures, is left out there)
    study = " ".join(mcs.text(lang).split())
    row = text[text.index(study) + len(study) :][:200]
    assert words("design_single_group") + "." in row


@pytest.mark.parametrize(("lang", "maker"), [("en", "maker"), ("es", "fabricante")])
def test_every_pns_benefit_study_says_its_ties_to_the_maker(
    catalog: Catalog, lang: Lang, maker: str
) -> None:
    pns = catalog.therapy("pns")
    text = _summary(catalog, lang, ("pns",))
    for outcome in pns.outcomes:
        assert maker in outcome.text(lang)
        assert " ".join(outcome.text(lang).split()[-6:]) in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_pump_warning_signs_print_in_a_summary_only_with_a_pump(
    catalog: Catalog, lang: Lang
) -> None:
    pump = [" ".join(i(lang).split()) for i in catalog.instruction("warning_signs_pump").items]
    general = " ".join(catalog.instruction("warning_signs").items[1](lang).split())
    with_pump = _summary(catalog, lang, ("idd", "pns"))
    without = _summary(catalog, lang, ("pns", "scs"))
    assert general in with_pump and general in without
    assert all(sign in with_pump for sign in pump)
    assert all(sign not in without for sign in pump)
