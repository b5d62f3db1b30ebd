"""The summary says what matters most to the patient, early, and who is behind it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import page_texts, running_text, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.demo import demo_consultation
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.pdf.sections.about import CERTIFYING
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.wording import Wording


def _pages(record, catalog: Catalog) -> list[str]:  # type: ignore[no-untyped-def]
    return [squeezed(page) for page in page_texts(build_summary(record, catalog))]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_what_matters_most_comes_right_after_page_one(catalog: Catalog, lang: Lang) -> None:
    record = demo_consultation(catalog, lang)
    words = catalog.words(lang)
    pages = _pages(record, catalog)
    at = next(i for i, page in enumerate(pages) if squeezed(words("values_title")) in page)
    assert at == 1  # page 2, before the detail
    whole = "".join(pages)
    page = whole[whole.index(squeezed(words("values_title"))) :]  # it may run onto page 3
    assert whole.index(squeezed(words("values_title"))) < whole.index(squeezed(words("your_pain")))
    most = [v for v in catalog.values if record.values.get(v.id) == "a_lot"]
    others = [v for v in catalog.values if record.values.get(v.id) not in (None, "a_lot")]
    assert most and others
    first_other = min(  # one line each answer, after the line of those that matter most
        page.index(squeezed(words(f"values_said_{record.values[v.id]}") + ":")) for v in others
    )
    for value in most:
        assert page.index(squeezed(value.statement(lang))) < first_other
    for said in dict.fromkeys(record.values[v.id] for v in others):  # one line an answer
        statements = [  # the patient's own words, quoted
            words("values_quoted", statement=v.statement(lang))
            for v in others
            if record.values[v.id] == said
        ]
        line = f"{words(f'values_said_{said}')}: {'; '.join(statements)}"
        assert squeezed(line) in page[first_other:]
    scs = catalog.therapy("scs").name(lang)
    assert squeezed(words("values_leaning_to", option=scs)) in page


@pytest.mark.parametrize("lang", ["en", "es"])
def test_nothing_rated_gives_a_checklist_to_tick_at_home(catalog: Catalog, lang: Lang) -> None:
    record = replace(demo_consultation(catalog, lang), values=FrozenMap(), leaning="")
    words = catalog.words(lang)
    text = "".join(_pages(record, catalog))
    assert squeezed(words("values_think")) in text
    for value in catalog.values:
        assert "☐" + squeezed(value.statement(lang)) in text
    assert not any(squeezed(words(f"values_{a}") + ":") in text for a in ("a_lot", "a_little"))
    assert squeezed(words("values_ask_leaning")) in text


def test_a_patient_not_sure_yet_is_told_that_is_fine(catalog: Catalog) -> None:
    record = replace(demo_consultation(catalog), leaning="not_sure")
    text = "".join(_pages(record, catalog))
    assert squeezed(catalog.words("en")("values_unsure")) in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_about_says_who_wrote_and_checked_it_and_how(catalog: Catalog, lang: Lang) -> None:
    text = running_text(build_summary(demo_consultation(catalog, lang), catalog))
    about = squeezed(text[text.rindex(catalog.words(lang)("about_summary")) :])
    manifest, words = catalog.manifest, catalog.words(lang)
    for item in CERTIFYING:
        assert squeezed(f"{words(item)}: {getattr(manifest, item)(lang)}") in about
    produced = Wording(catalog, lang).date(manifest.produced)
    assert (
        squeezed(words("content_version", version=manifest.content_version, produced=produced))
        in about
    )
