"""The glossary and the sources list what the summary's sections showed and cited."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest
from pdf_helpers import all_text, squeezed

from neuromod_aid.catalog.model import Catalog, GlossaryTerm
from neuromod_aid.catalog.text import Lang, Text
from neuromod_aid.consultation import Consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.comparison import options
from neuromod_aid.present.evidence import certainty, medicines_answer, trial_facts
from neuromod_aid.present.recovery import recovery_sources
from neuromod_aid.present.wording import Wording


def _between(text: str, start: str, end: str) -> str:
    """The part of ``text`` from the heading ``start`` to the heading ``end``."""
    first = text.index(start)
    return text[first : text.index(end, first)]


def _records(catalog: Catalog, lang: Lang) -> list[Consultation]:
    demo = demo_consultation(catalog, lang)
    every = tuple(t.id for t in catalog.therapies)
    return [demo, replace(demo, therapies_discussed=every, risks_discussed={})]


def _cited(catalog: Catalog, record: Consultation) -> set[str]:
    """Every source a summary of ``record`` rests on, section by section."""
    cited = {s for c in record.conditions for s in catalog.condition(c).sources}
    for therapy_id in record.therapies_discussed:
        therapy = catalog.therapy(therapy_id)
        cited.update(therapy.sources, therapy.trial.sources)
        cited.update(s for outcome in therapy.outcomes for s in outcome.sources)
        cited.update(s for risk in therapy.risks for s in risk.sources)
        words = Wording(catalog, record.language)
        read = certainty(therapy, words)
        cited.update(read.sources if read is not None else ())
        cited.update(trial_facts(therapy, words).sources)
        cited.update(medicines_answer(therapy, words).sources)
        like = therapy.what_it_is_like  # its pictures' "What it is like"
        cited.update(like.sources if like is not None else ())
    cited.update(catalog.current_care.sources)
    cited.update(catalog.instruction("warning_signs").sources)
    words = Wording(catalog, record.language)  # the after-care figures of the comparison
    cited.update(s for option in options(record, catalog) for s in recovery_sources(option, words))
    return cited


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_sources_are_those_every_section_cited_and_no_others(
    catalog: Catalog, lang: Lang
) -> None:
    labels = Wording(catalog, lang)
    for record in _records(catalog, lang):
        text = all_text(build_summary(record, catalog))
        listed = squeezed(_between(text, labels("sources"), labels("about_summary")))
        expected = _cited(catalog, record)
        for source in catalog.sources:
            # an entry: the short name, then the start of the citation (or, where the
            # line has too little room for it, the DOI or the web address)
            address = (source.url or "").removeprefix("https://").removeprefix("http://")
            starts = (source.citation.split()[0], "doi:", address[:8] or "doi:")
            shown = any(squeezed(f"{source.short}{start}") in listed for start in starts)
            assert shown == (source.id in expected), (
                record.therapies_discussed,
                source.id,
            )


def _glossary(catalog: Catalog, text: str, lang: Lang) -> str:
    labels = Wording(catalog, lang)
    return squeezed(_between(text, labels("glossary"), labels("sources")))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_term_explained_is_a_word_the_summary_shows(catalog: Catalog, lang: Lang) -> None:
    labels = Wording(catalog, lang)
    for record in _records(catalog, lang):
        text = all_text(build_summary(record, catalog))
        body = " ".join(text[: text.index(labels("glossary"))].split()).casefold()
        glossary = _glossary(catalog, text, lang)
        explained = [t for t in catalog.glossary if squeezed(f"{t.term(lang)}:") in glossary]
        assert explained
        for term in explained:
            word = term.term(lang).split(" (")[0].casefold()
            assert word in body, term.id


def test_a_word_shown_only_in_one_therapys_table_of_other_risks_is_explained_with_it(
    catalog: Catalog,
) -> None:
    """The glossary follows what each section shows: a risk listed only in DRG's table
    of other risks brings its term when DRG is discussed, and not otherwise."""
    record = demo_consultation(catalog, "en")
    assert record.therapies_discussed == ("scs", "drg")
    scs_only = replace(record, therapies_discussed=("scs",))
    scs_text = " ".join(all_text(build_summary(scs_only, catalog)).split()).casefold()
    drg = catalog.therapy("drg")
    name = next(
        risk.name("en")
        for risk in drg.risks
        if not risk.article_risk and risk.name("en").casefold() not in scs_text
    )
    term = GlossaryTerm(
        id="only_in_drg",
        term=Text(en=name, es=name),
        definition=Text(en="A word for the test.", es="Una palabra para la prueba."),
    )
    with_term = dataclasses.replace(catalog, glossary=(*catalog.glossary, term))
    entry = squeezed(f"{name}: A word for the test.")
    assert entry in _glossary(catalog, all_text(build_summary(record, with_term)), "en")
    assert entry not in _glossary(catalog, all_text(build_summary(scs_only, with_term)), "en")
