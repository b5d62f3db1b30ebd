"""The whole summary laid out as a patient reads it, in both languages and sizes: no
heading left at the foot of a page, no near-empty page among the detail pages, the
body map's side labels apart; and the detail says once what the core has said."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import pairwise

import pytest
from pdf_helpers import Run, page_texts, running_text, squeezed, text_runs

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.blocks import WriteLines
from neuromod_aid.pdf.layout import PAGE_HEIGHT, bottom_margin, frame_height, top_margin
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.evidence import certainty, medicines_answer
from neuromod_aid.present.wording import Wording

CASES = [
    pytest.param(which, lang, large, id=f"{which}-{lang}{'-large' if large else ''}")
    for which in ("demo", "scs_drg_pns")
    for lang in ("en", "es")
    for large in (False, True)
]


def _consultation(catalog: Catalog, lang: Lang, which: str) -> Consultation:
    demo = demo_consultation(catalog, lang)
    return demo if which == "demo" else replace(demo, therapies_discussed=("scs", "drg", "pns"))


def _body(runs: list[Run], large: bool) -> list[Run]:
    """What a page shows inside its text frame (no header, no footer)."""
    top, bottom = PAGE_HEIGHT - top_margin(large), bottom_margin(large)
    return [run for run in runs if bottom < run.y < top and run.text.strip()]


def _last_line(body: list[Run]) -> list[Run]:
    low = min(run.y for run in body)
    return [run for run in body if abs(run.y - low) < 1]


def _is_heading(line: list[Run], body: list[Run]) -> bool:
    """All bold, and larger than the page's usual text."""
    sizes: Counter[float] = Counter()
    for run in body:
        sizes[round(run.size, 1)] += len(run.text)
    usual = sizes.most_common(1)[0][0]
    return all(run.bold and run.size > usual + 0.3 for run in line)


@pytest.mark.parametrize(("which", "lang", "large"), CASES)
def test_no_page_ends_with_a_heading_and_no_detail_page_is_near_empty(
    catalog: Catalog, which: str, lang: Lang, large: bool
) -> None:
    """Every heading has its first lines under it on its page; from "More detail" on,
    every page but the last is at least half full."""
    data = build_summary(_consultation(catalog, lang, which), catalog, large_print=large)
    pages = [_body(runs, large) for runs in text_runs(data)]
    more_detail = squeezed(Wording(catalog, lang)("more_detail_intro"))
    start = next(n for n, text in enumerate(page_texts(data)) if more_detail in squeezed(text))
    stranded = [
        (n, " ".join(run.text for run in line))
        for n, body in enumerate(pages, start=1)
        if _is_heading(line := _last_line(body), body)
    ]
    assert not stranded
    top = PAGE_HEIGHT - top_margin(large)
    filled = [
        (n, round((top - min(run.y for run in body)) / frame_height(large), 2))
        for n, body in enumerate(pages[start:-1], start=start + 1)
    ]
    assert all(part >= 0.5 for _, part in filled), filled


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_the_detail_points_back_to_the_core_instead_of_saying_it_again(
    catalog: Catalog, lang: Lang, large: bool
) -> None:
    """SCS's "How sure we are" sentences and its answer to "Will I still need my pain
    medicines?" are printed once, in the core, and the detail says where; the review's
    grade is in the detail too."""
    record = demo_consultation(catalog, lang)
    assert record.values.get("fewer_medicines") in ("a_lot", "a_little")  # the core's row
    words = Wording(catalog, lang)
    paper = squeezed(running_text(build_summary(record, catalog, large_print=large)))
    paper = paper.replace("-", "") if large else paper  # large print hyphenates its cells
    scs = catalog.therapy("scs")
    sure = certainty(scs, words)
    assert sure is not None and sure.grade
    for said in (sure.text, medicines_answer(scs, words).specific):
        said = squeezed(said).replace("-", "") if large else squeezed(said)
        assert paper.count(said) == 1, said[:60]
    assert squeezed(sure.grade) in paper
    pointer = squeezed(words("said_in_core", part=words("comparison")))
    assert paper.count(pointer) == 2  # how sure, and the medicines


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_the_body_maps_side_labels_never_touch(catalog: Catalog, lang: Lang, large: bool) -> None:
    """ "your right" and "your left" under both views, on one line, each clear of the
    next (Spanish's labels are the longest)."""
    words = Wording(catalog, lang)
    sides = {words("your_left"), words("your_right")}
    data = build_summary(demo_consultation(catalog, lang), catalog, large_print=large)
    (labels,) = [
        sorted((run for run in runs if run.text in sides), key=lambda run: run.x0)
        for runs in text_runs(data)
        if any(run.text in sides for run in runs)
    ]
    assert len(labels) == 4 and len({round(run.y) for run in labels}) == 1
    for left, right in pairwise(labels):
        assert left.x1 < right.x0, (left, right)


def test_lines_to_write_on_end_with_the_page_they_start_on() -> None:
    """At a page's foot the questions' ruled lines are as many as the page holds (two at
    least); none are left over to open the next page above its other matter."""
    lines = WriteLines(4, 20)
    (kept,) = lines.split(500, 65)  # room for three
    assert kept.count == 3
    assert lines.split(500, 30) == []  # room for one: all four start the next page
