"""Each option's detail says its own figures and its own answers, as a patient reads
them in the printed PDF (review round 4, problems 3 and 10): no PNS risk line rests on a
spinal cord stimulation source, "Will I still need my pain medicines?" is answered in
each option's own words, an option studied only in other people says so under "How it
might help", and each trial pass rate names its study (the review's grade, the same in
the core and the detail: ``test_pdf_core_balance``)."""

from __future__ import annotations

import re

import pytest
from pdf_helpers import running_text, squeezed
from test_pdf_core import consultation

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.evidence import medicines_answer
from neuromod_aid.present.wording import Wording

LANGS = ("en", "es")
# the bleeding-risk guideline classes every procedure, PNS among them: not borrowed
CLASSES_EVERY_PROCEDURE = {"narouze_2018"}


def _detail(data: bytes, words: Wording) -> str:
    """The text after the core, without spaces."""
    return squeezed(running_text(data)).split(squeezed(words("more_detail_intro")), 1)[1]


def test_no_pns_risk_line_cites_a_spinal_cord_stimulation_source(catalog: Catalog) -> None:
    scs, pns = catalog.therapy("scs"), catalog.therapy("pns")
    # what the SCS figures rest on and no PNS study cites
    pns_studies = {s for o in pns.outcomes for s in o.sources}
    scs_only = {s for r in scs.risks for s in r.sources} - pns_studies - CLASSES_EVERY_PROCEDURE
    assert "eldabe_2016" in scs_only  # the SCS review the PNS lines once borrowed from
    for risk in pns.risks:
        assert not set(risk.sources) & scs_only, risk.id
    # and no PNS line carries the SCS "30 to 40 in 100"
    scs_any = next(r for r in scs.risks if r.id == "any_complication")
    pns_any = next(r for r in pns.risks if r.id == "any_complication")
    assert (pns_any.frequency_low, pns_any.frequency_high) != (
        scs_any.frequency_low,
        scs_any.frequency_high,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_option_answers_the_medicines_question_in_its_own_words(
    catalog: Catalog, lang: Lang
) -> None:
    record = consultation(catalog, lang, "scs_drg_pns")
    words = Wording(catalog, lang)
    detail = _detail(build_summary(record, catalog), words)
    # SCS, DRG and PNS in that order, then the list of questions to ask
    answers = detail.split(squeezed(words("medicines_question")))[1:4]
    pointer = squeezed(words("as_for", name="")).rstrip(".")  # "The same as for ..."
    assert not any(after.startswith(pointer) for after in answers)
    pns = squeezed(medicines_answer(catalog.therapy("pns"), words).specific)
    assert answers[2].startswith(pns)  # PNS's own answer, in its own words


@pytest.mark.parametrize("lang", LANGS)
def test_an_option_studied_only_in_other_people_says_so_under_how_it_might_help(
    catalog: Catalog, lang: Lang
) -> None:
    record = demo_consultation(catalog, lang)  # pain after back surgery; DRG: CRPS only
    words = Wording(catalog, lang)
    detail = _detail(build_summary(record, catalog), words)
    drg = catalog.therapy("drg")
    heading, others = squeezed(words("how_it_helps")), squeezed(words("evidence_others"))
    said = squeezed(words("compare_no_own_study", option=drg.short_name(lang)))
    drg_part = detail.split(squeezed(drg.name(lang)))[-1]
    between = drg_part.split(heading, 1)[1].split(others, 1)[0]
    assert said in between


@pytest.mark.parametrize("lang", LANGS)
def test_each_trial_pass_rate_names_the_study_it_comes_from(catalog: Catalog, lang: Lang) -> None:
    words = Wording(catalog, lang)
    detail = _detail(build_summary(demo_consultation(catalog, lang), catalog), words)
    scs = catalog.therapy("scs")
    assert scs.trial is not None and scs.trial.pass_rates
    for rate in scs.trial.pass_rates:
        said = rate.text(lang)
        assert squeezed(said) in detail and f"{rate.passed} " in said
        for source in rate.sources:  # "SENZA-RCT (Kapural), 2015": every word of it
            assert all(
                word in said for word in re.sub(r"[^\w]", " ", catalog.source(source).short).split()
            )


@pytest.mark.parametrize("lang", LANGS)
def test_a_study_row_names_its_people_once_and_only_a_device_comparison_is_labelled(
    catalog: Catalog, lang: Lang
) -> None:
    """Under "Studies in other kinds of pain, or comparing devices" a row's bold title
    names its people: no row adds "Studied in people with other conditions", nor opens
    its text with who the study was in; each study of one device against another says
    so (SENZA-RCT, EVOKE and SUNBURST for SCS, ACCURATE for DRG)."""
    words = Wording(catalog, lang)
    record = consultation(catalog, lang, "scs_drg_pns")
    detail = _detail(build_summary(record, catalog), words)
    assert squeezed(words("evidence_others")) in detail
    assert squeezed(words("evidence_other_condition")) not in detail
    devices = {
        o.population(lang)
        for t in record.therapies_discussed
        for o in catalog.therapy(t).outcomes
        if o.design == "device_vs_device"
    }
    assert len(devices) == 4
    assert detail.count(squeezed(words("evidence_device_vs_device"))) == len(devices)
    for therapy_id in record.therapies_discussed:
        for outcome in catalog.therapy(therapy_id).outcomes:
            said = squeezed(outcome.population(lang).rstrip(".") + ".")
            assert said in detail, outcome.id
            opening = outcome.text(lang).split(".")[0].casefold()
            assert not opening.startswith(
                ("the study was in", "this study was in", "el estudio se hizo en")
            ), outcome.id
