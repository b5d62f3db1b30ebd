"""The summary's core: the pages before "More detail", which stand alone. For the demo
and for a consultation about SCS, DRG and PNS, in English and Spanish, normal and large
print: what matters to the patient, every next step with its date, whom to call (the
out-of-hours number too), the SURE result, and a picture of 100 for each therapy's
benefit and for its main harm; and the core printed alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import page_texts, running_text, squeezed
from reportlab.platypus import Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf import build_document
from neuromod_aid.pdf.icons import IconArray
from neuromod_aid.pdf.sections.comparison import comparison
from neuromod_aid.pdf.sections.context import SectionContext
from neuromod_aid.pdf.sections.warning_signs import signs_only, warning_parts
from neuromod_aid.pdf.styles import stylesheet
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.comparison import (
    benefit_grid,
    harms_named,
    headline_outcome,
    main_harms,
    options,
    rows,
    table_harms,
)
from neuromod_aid.present.evidence import certainty, outcomes_for
from neuromod_aid.present.figures import MIN_PICTURED, risk_figure
from neuromod_aid.present.harm_lines import core_risks, drawn_words
from neuromod_aid.present.next_steps import step_text
from neuromod_aid.present.values import values_read
from neuromod_aid.present.wording import Wording

CONSULTATIONS = ("demo", "scs_drg_pns")


def consultation(catalog: Catalog, lang: Lang, which: str) -> Consultation:
    demo = demo_consultation(catalog, lang)
    return demo if which == "demo" else replace(demo, therapies_discussed=("scs", "drg", "pns"))


def core_text(data: bytes, words: Wording) -> str:
    """The core's text without spaces, as one flow (no page's header or footer between
    the two parts of a cell that a page break splits)."""
    return squeezed(running_text(data)).split(squeezed(words("more_detail_intro")))[0]


def core_pages(data: bytes, words: Wording) -> list[str]:
    """The pages before the one that opens with the "More detail" heading."""
    pages = page_texts(data)
    marker = next(
        n for n, page in enumerate(pages) if words("more_detail") in page.splitlines()[2:4]
    )
    return pages[:marker]


@pytest.mark.parametrize("which", CONSULTATIONS)
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_core_says_what_matters_the_next_steps_whom_to_call_and_how_sure(
    catalog: Catalog, lang: Lang, large: bool, which: str
) -> None:
    record = consultation(catalog, lang, which)
    words = Wording(catalog, lang)
    data = build_summary(record, catalog, large_print=large)
    core = core_text(data, words)
    read = values_read(record, catalog, words)
    assert read.most and read.leaning
    for rated in read.most:
        assert squeezed(rated.statement) in core
    assert squeezed(read.leaning) in core
    assert len({step.date for step in record.next_steps}) == len(record.next_steps) > 1
    for step in record.next_steps:
        assert squeezed(step_text(step, words)) in core  # each with its own date
    assert record.clinic.out_of_hours_phone and squeezed(record.clinic.out_of_hours_phone) in core
    first = squeezed(page_texts(data)[0])  # page 1's "Who to call" too
    night = words("out_of_hours_phone", phone=record.clinic.out_of_hours_phone)
    assert squeezed(words("out_of_hours")) in first and squeezed(night) in first
    for item in signs_only(catalog.instruction("warning_signs")):
        assert squeezed(item(lang)) in core
    sure = record.sure
    assert sure.complete and sure.flags_conflict  # the demo is not sure yet
    assert squeezed(words("sure_score", score=sure.score, total=len(sure.answers))) in core
    assert squeezed(words("sure_unsure")) in core  # what happens when unsure


@pytest.mark.parametrize("which", CONSULTATIONS)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_therapy_has_a_benefit_picture_and_a_harm_picture_of_100_in_the_core(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    record = consultation(catalog, lang, which)
    words = Wording(catalog, lang)
    ctx = SectionContext(record, catalog, words, stylesheet(False, words.locale), False)
    drawn = [f.counts for f in _flowables(comparison(ctx).flowables) if isinstance(f, IconArray)]
    compared = options(record, catalog)
    said = {row.id: row.answers for row in rows(compared, words)}  # the cells' words
    benefits, harms = [], []
    for n, option in enumerate(compared[:-1]):  # current care: its study group, below
        assert option.headline is not None and option.therapy is not None
        for harm in main_harms(option, words):  # none from a small study (PNS: 14 people)
            harm_grid = risk_figure(harm, words).grid
            assert harm_grid is not None and harm_grid.total == 100
            harms.append(harm_grid)
            assert drawn_words(harm, words) in said["risks"][n].split("\n")  # its words
        small = [r for r in core_risks(option.therapy) if (r.studied or 100) < MIN_PICTURED]
        assert bool(main_harms(option, words)) != bool(small), option.id
        if option.other_group:  # a figure from another group: said so, and no picture
            assert (
                said["helps"][n]
                .split("\n")[0]
                .startswith(words("compare_no_own_study", option=option.short_name)[:12])
            )
            continue
        benefit = benefit_grid(option.headline)
        assert benefit is not None and benefit.total == 100
        benefits.append(benefit)
        helped = words(
            "benefit_caption",
            helped=words.number(benefit.solid),
            not_helped=words.number(100 - benefit.solid),
        )
        assert helped in said["helps"][n].split("\n")  # how many it helped and did not
    care = compared[-1]
    assert care.care is not None and care.care.rate_comparator is not None
    benefits.append(benefit_grid(care.care, care.care.rate_comparator))
    assert drawn == benefits + harms  # the "helps" row, then the "main risks" row


def _flowables(items: object) -> list[object]:
    """Every flowable in ``items``, those inside tables' cells too."""
    if isinstance(items, Table):
        return [f for row in items._cellvalues for cell in row for f in _flowables(cell)]
    if isinstance(items, (list, tuple)):
        return [f for item in items for f in _flowables(item)]
    return [items]


def test_the_headline_outcome_is_the_first_counted_in_people_of_the_patients_own_studies(
    catalog: Catalog,
) -> None:
    record = demo_consultation(catalog, "en")
    words = Wording(catalog, "en")
    for therapy in catalog.therapies:
        headline = headline_outcome(therapy, record, words)
        read = outcomes_for(therapy, record.conditions, words)
        ordered = [o.outcome for o in (*read.yours, *read.others)]
        counted = [o for o in ordered if o.measure == "people"]
        assert headline == (counted or ordered or [None])[0], therapy.id
    scs = catalog.therapy("scs")
    own = headline_outcome(scs, record, words)
    assert own is not None and set(own.conditions) & set(record.conditions)
    elsewhere = replace(record, conditions=("crps",))
    other = headline_outcome(scs, elsewhere, words)
    assert other is not None and other != own and "crps" in other.conditions


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_core_printed_alone_is_the_core_then_its_sources(
    catalog: Catalog, lang: Lang, large: bool
) -> None:
    record = demo_consultation(catalog, lang)
    words = Wording(catalog, lang)
    full = build_summary(record, catalog, large_print=large)
    alone = build_document("summary_core", record, catalog, large_print=large)
    alone_pages = page_texts(alone)
    assert not any(words("more_detail") in page for page in alone_pages)
    core = core_pages(full, words)
    assert len(core) < len(alone_pages) < len(page_texts(full))
    text = squeezed("".join(alone_pages))
    assert squeezed(words("core_only")) in text  # says the full summary can be had
    flow = squeezed(running_text(alone))  # a source's name may cross a page break
    sources = flow[flow.index(squeezed(words("sources"))) :]
    in_core = {  # what the core cites: the warning signs, the figures its table shows, ...
        s for part in warning_parts(catalog, record.therapies_discussed) for s in part.sources
    }
    in_core.update(catalog.current_care.sources)
    compared = options(record, catalog)
    for option in compared[:-1]:
        assert option.headline is not None and option.therapy is not None
        named = table_harms(option, words, harms_named(len(compared)))
        in_core.update(s for risk in named for s in risk.sources)
        if option.other_group:  # not shown as if about people like the patient
            continue
        in_core.update(option.headline.sources)
        sure = certainty(option.therapy, words)  # ... how sure we are, fewer pain pills
        in_core.update(sure.sources if sure is not None else ())
        medicines = option.therapy.medicines
        in_core.update(medicines.sources if medicines is not None else ())
    assert {"traeger_2023_cochrane", "hara_2022"} <= in_core  # the fair tests, in the core
    for source_id in in_core:
        assert _listed(catalog, source_id) in sources
    studies = {s for t in catalog.therapies for o in t.outcomes for s in o.sources}
    detail_only = studies - in_core  # the other studies: only with the detail pages
    drg = options(record, catalog)[1]  # from another group: its study is not in the core
    assert drg.other_group and drg.headline is not None
    assert set(drg.headline.sources) & detail_only
    assert all(_listed(catalog, s) not in sources for s in detail_only)


def _listed(catalog: Catalog, source_id: str) -> str:
    """What the sources appendix prints of a source in both sizes: its DOI, else its
    short name."""
    source = catalog.source(source_id)
    return squeezed(f"doi:{source.doi}" if source.doi else source.short)


@pytest.mark.parametrize("which", CONSULTATIONS)
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("large", "core_most"), [(False, 4), (True, 8)])
def test_the_core_is_at_most_4_pages_twice_that_in_large_print(
    catalog: Catalog, which: str, lang: Lang, large: bool, core_most: int
) -> None:
    """The whole summary's limit (12 pages, 24 large print) is held where it is met, in
    ``test_pdf_detail_length.py``."""
    words = Wording(catalog, lang)
    data = build_summary(consultation(catalog, lang, which), catalog, large_print=large)
    assert 2 <= len(core_pages(data, words)) <= core_most


@pytest.mark.parametrize("which", CONSULTATIONS)
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_page_one_names_the_clinician_and_the_clinics_hours_once(
    catalog: Catalog, lang: Lang, large: bool, which: str
) -> None:
    record = consultation(catalog, lang, which)
    words = Wording(catalog, lang)
    data = build_summary(record, catalog, large_print=large)
    first = squeezed(page_texts(data)[0])
    hours = squeezed(record.clinic.hours_in(lang))
    assert first.count(squeezed(words("seen_by"))) == 1
    assert first.count(hours) <= 1  # (large print in Spanish runs on to page 2 first)
    assert hours in core_text(data, words)
