"""The core's "Getting back to normal" row (IPDAS: what going through an option is like),
read from the printed summary for the demo and for SCS, DRG and PNS, in English and
Spanish, normal and large print: every option answers it; each figure in it is one the
nurse sheet's after-care prints, with that section's sources, which the core names; an
answer that SCS and DRG share is printed once across both columns; the row is named
among those to look at first when a short recovery or the time off work matters a lot.
And the other core fixes after the third review: "How sure we are" before the figures,
no English "trial record" in the Spanish core, the
out-of-hours line in lower case after its colon, and large print's page 1 naming whom the
patient talked with."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pdf_helpers import page_texts, squeezed
from test_pdf_core import CONSULTATIONS, consultation, core_text
from test_pdf_core_balance import in_order

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Consultation
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.comparison import benefit_grid, helped_words, look_first, options
from neuromod_aid.present.evidence import certainty
from neuromod_aid.present.recovery import (
    RECOVERY_VALUES,
    SECTIONS,
    recovery_answer,
    recovery_keys,
    recovery_sources,
)
from neuromod_aid.present.wording import Wording

LANGS = ("en", "es")
NUMBER = re.compile(r"\d+")


def _demo(catalog: Catalog, lang: Lang) -> tuple[Consultation, Wording, str]:
    """The demo in ``lang``, its words and its core's text (normal print)."""
    record, words = consultation(catalog, lang, "demo"), Wording(catalog, lang)
    return record, words, core_text(build_summary(record, catalog), words)


EVERY_CASE = [
    (lang, which, large) for lang in LANGS for which in CONSULTATIONS for large in (False, True)
]


@pytest.mark.parametrize(("lang", "which", "large"), EVERY_CASE)
def test_every_option_says_how_it_gets_back_to_normal_in_the_core(
    catalog: Catalog, lang: Lang, which: str, large: bool
) -> None:
    words = Wording(catalog, lang)
    record = consultation(catalog, lang, which)
    core = core_text(build_summary(record, catalog, large_print=large), words)
    assert squeezed(words("row_recovery")) in core.replace("-", "")
    compared = options(record, catalog)
    for option in compared:
        for line in recovery_answer(option, words).split("\n"):
            assert in_order(line, core), (option.id, line)
    scs, care = compared[0], compared[-1]
    assert recovery_keys(scs, words) == (
        "compare_recovery_during_trial",
        "compare_recovery_after_implant",
    )
    assert recovery_keys(care, words) == ("compare_recovery_care",)  # nothing changes
    if which == "scs_drg_pns":  # the 60-day wire: its own after-care, no implant's weeks
        assert recovery_keys(compared[2], words) == ("compare_recovery_after_pns",)


@pytest.mark.parametrize("lang", LANGS)
def test_each_figure_in_the_row_is_the_nurse_sheets_with_its_sources_named_in_the_core(
    catalog: Catalog, lang: Lang
) -> None:
    words = Wording(catalog, lang)
    for section_id in SECTIONS:
        section = catalog.instruction(section_id)
        said = catalog.wording(f"compare_recovery_{section_id}")
        printed = " ".join(item(lang) for item in section.items)  # the nurse sheet's words
        for figure in NUMBER.findall(said(lang)):
            assert figure in NUMBER.findall(printed), (section_id, figure)
        if NUMBER.search(said(lang)):
            assert said.sources and set(said.sources) <= set(section.sources), section_id
    record = consultation(catalog, lang, "scs_drg_pns")
    core = core_text(build_summary(record, catalog), words)
    for option in options(record, catalog):
        for source_id in recovery_sources(option, words):
            assert squeezed(catalog.source(source_id).short) in core, source_id


@pytest.mark.parametrize("lang", LANGS)
def test_an_answer_scs_and_drg_share_is_printed_once_across_both_columns(
    catalog: Catalog, lang: Lang
) -> None:
    record, words, core = _demo(catalog, lang)
    scs, drg, _ = options(record, catalog)
    shared = recovery_answer(scs, words)
    assert shared == recovery_answer(drg, words)
    for line in shared.split("\n"):
        assert core.count(squeezed(line)) == 1, line


@pytest.mark.parametrize("lang", LANGS)
def test_the_row_is_named_first_when_a_short_recovery_or_time_off_work_matters_a_lot(
    catalog: Catalog, lang: Lang
) -> None:
    record, words, core = _demo(catalog, lang)
    named = words("compare_row_quoted", row=words("row_recovery"))
    assert all(record.values.get(v) != "a_lot" for v in RECOVERY_VALUES)  # the demo: a little
    assert named not in look_first(record, catalog, words)
    assert squeezed(named) not in core
    for value in RECOVERY_VALUES:
        rated = replace(record, values=FrozenMap({**record.values, value: "a_lot"}))
        said = look_first(rated, catalog, words)
        assert named in said, value
        assert squeezed(said) in core_text(build_summary(rated, catalog), words)


@pytest.mark.parametrize("lang", LANGS)
def test_how_sure_we_are_comes_before_the_figures_of_the_table(
    catalog: Catalog, lang: Lang
) -> None:
    record, words, core = _demo(catalog, lang)
    scs = options(record, catalog)[0]
    sure = certainty(catalog.therapy("scs"), words)
    assert sure is not None and scs.headline is not None
    counts = benefit_grid(scs.headline)
    assert counts is not None  # the benefit picture's words, in the table
    assert core.index(squeezed(sure.text)) < core.index(squeezed(helped_words(counts, words)))


@pytest.mark.parametrize("which", CONSULTATIONS)
def test_the_spanish_core_names_no_trial_record_in_english(catalog: Catalog, which: str) -> None:
    record = consultation(catalog, "es", which)
    core = core_text(build_summary(record, catalog), Wording(catalog, "es"))
    assert "trialrecord" not in core.casefold()


@pytest.mark.parametrize("lang", LANGS)
def test_the_out_of_hours_line_goes_on_in_lower_case_after_its_colon(
    catalog: Catalog, lang: Lang
) -> None:
    record, words, core = _demo(catalog, lang)
    hours = record.clinic.out_of_hours_in(lang)
    assert hours[:1].isupper()  # stored as a sentence: "At night and at weekends, ..."
    said = f"{words('out_of_hours')} {hours[:1].lower()}{hours[1:]}"
    assert squeezed(said) in core


@pytest.mark.parametrize("which", CONSULTATIONS)
@pytest.mark.parametrize("lang", LANGS)
def test_page_one_in_large_print_names_whom_the_patient_talked_with(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    record = consultation(catalog, lang, which)
    words = Wording(catalog, lang)
    first = squeezed(page_texts(build_summary(record, catalog, large_print=True))[0])
    assert squeezed(f"{words('seen_by')}: {record.clinician.name}") in first


def test_each_therapy_gets_its_own_after_care_and_one_with_none_says_to_ask(
    catalog: Catalog,
) -> None:
    words = Wording(catalog, "en")
    record = replace(
        consultation(catalog, "en", "demo"), therapies_discussed=("tms", "brain", "idd")
    )
    tms, brain, pump, _ = options(record, catalog)
    assert recovery_answer(tms, words) == words("compare_mri_ask")  # no after-care: ask
    assert recovery_keys(brain, words) == ("compare_recovery_after_brain",)
    assert recovery_keys(pump, words) == ("compare_recovery_after_pump",)
