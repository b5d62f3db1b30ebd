"""The nurse's checklist PDF (issue 13 §3): the count a nurse reads, the print date, the
calls kept with their heading, and long notes shown from their start."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pdf_helpers import page_texts, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf import build_document
from neuromod_aid.present.wording import Wording

CASES = [(lang, large) for lang in ("en", "es") for large in (False, True)]


@pytest.mark.parametrize(("lang", "large"), CASES)
def test_the_calls_start_on_the_page_of_their_heading_and_the_print_date_is_on_it(
    catalog: Catalog, lang: Lang, large: bool
) -> None:
    record = replace(demo_consultation(catalog, lang), large_print=large)
    before = dt.date.today()
    pages = page_texts(build_document("nurse_checklist", record, catalog))
    words = Wording(catalog, lang)
    if not large:  # the demo's items and calls on one page; only the small-print About may follow
        assert len(pages) == 1 or (
            len(pages) == 2 and squeezed(words("about_sheet")) in squeezed(pages[1])
        )
        assert squeezed(said_of(record)) in squeezed(pages[0]).replace("-", "")
    heading = next(i for i, page in enumerate(pages) if words("nc_calls") in page.splitlines())
    said = squeezed(said_of(record))
    assert said in squeezed(pages[heading]).replace("-", "")  # the cells' hyphenation
    first = squeezed(pages[0])
    printed = {squeezed(words.date(day)) for day in (before, dt.date.today())}
    assert squeezed(words("nc_printed")) in first and any(day in first for day in printed)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_long_note_or_call_prints_its_start_and_says_it_is_cut(
    catalog: Catalog, lang: Lang
) -> None:
    demo = demo_consultation(catalog, lang)
    procedure = demo.procedure
    assert procedure is not None
    note = "Beginning " + "more words " * 180 + "Ending"
    marks = tuple(replace(mark, note=note) for mark in procedure.checklist)
    calls = tuple(replace(call, said=note, problems=note) for call in procedure.calls)
    record = replace(demo, procedure=replace(procedure, checklist=marks, calls=calls))
    text = squeezed("".join(page_texts(build_document("nurse_checklist", record, catalog))))
    words = Wording(catalog, lang)
    assert text.count("Beginning") == len(marks) + 2 * len(calls)
    assert "Ending" not in text
    assert text.count(squeezed(words("nc_cut"))) == len(marks) + 2 * len(calls)


def said_of(record: Consultation) -> str:
    """What the demo's first call said."""
    assert record.procedure is not None
    return record.procedure.calls[0].said
