"""Pictures of the device options (PEMAT 15) and "What it is like" (IPDAS 6): each device
option's detail shows where its parts go and its trial's set-up, each picture on the same
page as its caption, then what having it is like; the nurse sheet of a trial shows the
trial's set-up under "During your trial". Read back from the PDFs, in both languages and
both print sizes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import page_texts, running_text, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation, Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf import build_document
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.pictures import SCENES, TRIALS
from neuromod_aid.present.wording import Wording

DEVICES = ("scs", "drg", "pns")
CASES = [(lang, large) for lang in ("en", "es") for large in (False, True)]


def _pages(data: bytes) -> list[str]:
    return [squeezed(page) for page in page_texts(data)]


def _record(catalog: Catalog, lang: str, therapies: tuple[str, ...]) -> Consultation:
    return replace(demo_consultation(catalog, lang), therapies_discussed=therapies)


def _detail_pages(pages: list[str], catalog: Catalog, lang: str, therapy: str) -> range:
    """The pages of one option's detail: from its name as a heading (after the core) to
    the next option's."""
    names = [squeezed(catalog.therapy(t).name(lang)) for t in DEVICES]
    detail = squeezed(Wording(catalog, lang)("more_detail_intro"))
    start_detail = next(i for i, page in enumerate(pages) if detail in page)
    starts = [next(i for i in range(start_detail, len(pages)) if n in pages[i]) for n in names]
    first = starts[DEVICES.index(therapy)]
    later = [s for s in starts if s > first]
    return range(first, (min(later) if later else len(pages) - 1) + 1)


def _shown_together(page: str, words: Wording, scene_labels: list[str], caption: str) -> bool:
    return squeezed(words(caption)) in page and all(
        squeezed(words(key)) in page for key in scene_labels
    )


@pytest.mark.parametrize(("lang", "large"), CASES)
def test_each_device_option_shows_its_pictures_with_their_captions_in_its_detail(
    catalog: Catalog, lang: str, large: bool
) -> None:
    """Where the parts go, each with every one of its labels on the page of its caption,
    in that option's own detail pages; the trial's set-up once, in the first option with
    a trial (SCS), not again in DRG's; and "What it is like" there too."""
    words = Wording(catalog, lang)
    pdf = build_document("summary", _record(catalog, lang, DEVICES), catalog, large_print=large)
    pages = _pages(pdf)
    trial = squeezed(words(TRIALS["scs"].caption))
    for therapy in DEVICES:
        own = _detail_pages(pages, catalog, lang, therapy)
        scenes = [SCENES[therapy]] + ([TRIALS[therapy]] if therapy == "scs" else [])
        for scene in scenes:
            keys = [label.key for label in scene.labels]
            shown = [i for i in own if _shown_together(pages[i], words, keys, scene.caption)]
            assert shown, (therapy, scene.caption)
        if therapy == "drg":
            assert "drg" in TRIALS and not any(trial in pages[i] for i in own)
        heading = squeezed(words("what_it_is_like"))
        assert any(heading in pages[i] for i in own), therapy


@pytest.mark.parametrize(("lang", "large"), CASES)
def test_what_it_is_like_says_each_part_once(catalog: Catalog, lang: str, large: bool) -> None:
    """How it feels, after it is put in, day to day and the trial days, each from the
    catalog; a part the same as an option's before it is said once, then "the same as
    for SCS"."""
    words = Wording(catalog, lang)
    record = _record(catalog, lang, DEVICES)
    # one flow, without the page header and footer: a paragraph may go on over a page
    text = squeezed(running_text(build_document("summary", record, catalog, large_print=large)))
    scs = catalog.therapy("scs").what_it_is_like
    drg = catalog.therapy("drg").what_it_is_like
    assert scs is not None and drg is not None
    for part in ("stimulation", "healing", "daily_life", "trial_days"):
        assert squeezed(getattr(scs, part)(lang)) in text
        assert squeezed(words(f"like_{part}")) in text
    assert drg.healing(lang) == scs.healing(lang)  # the content says it alike
    assert text.count(squeezed(scs.healing(lang))) == 1
    assert squeezed(drg.stimulation(lang)) in text  # DRG's own, not SCS's
    same = squeezed(words("as_for", name=catalog.therapy("scs").short_name(lang)))
    assert same in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_drg_picture_draws_no_generator_and_says_so(catalog: Catalog, lang: str) -> None:
    """Nothing we have read says where the DRG generator goes: its picture has no
    generator label, its leads go "to the generator", and its caption tells the patient
    to ask."""
    words = Wording(catalog, lang)
    pages = _pages(build_document("summary", _record(catalog, lang, ("drg",)), catalog))
    text = "".join(pages)
    assert squeezed(words("picture_generator")) not in text
    assert squeezed(words("picture_to_generator")) in text
    assert squeezed(words("picture_drg")) in text


@pytest.mark.parametrize(("lang", "large"), CASES)
def test_a_trial_nurse_sheet_shows_the_trial_set_up_during_the_trial(
    catalog: Catalog, lang: str, large: bool
) -> None:
    """Under "During your trial": the leads out through the skin under a dressing, to a
    stimulator worn outside, with its caption on the same page. An implant's sheet has
    no trial picture."""
    words = Wording(catalog, lang)
    record = demo_consultation(catalog, lang)
    assert record.procedure is not None
    pages = _pages(build_nurse_sheet(record, catalog, large_print=large))
    during = squeezed(words("part_after_trial"))
    scene = TRIALS[record.procedure.therapy]
    keys = [label.key for label in scene.labels]
    (page,) = [p for p in pages if _shown_together(p, words, keys, scene.caption)]
    assert during in page
    implant = replace(
        record,
        next_steps=tuple(s for s in record.next_steps if s.kind != "trial_planned"),
        procedure=Procedure(therapy=record.procedure.therapy),
    )
    text = "".join(_pages(build_nurse_sheet(implant, catalog, large_print=large)))
    assert squeezed(words(scene.caption)) not in text


def test_the_trial_days_go_with_a_trial_and_only_with_it(catalog: Catalog) -> None:
    """PNS's 60-day system has no separate trial: what it is like cannot speak of one."""
    pns = catalog.therapy("pns")
    like = pns.what_it_is_like
    assert like is not None and like.trial_days is None and not pns.trial.used
    scs = catalog.therapy("scs").what_it_is_like
    assert scs is not None
    with pytest.raises(ValueError, match="trial_days"):
        replace(pns, what_it_is_like=replace(like, trial_days=scs.trial_days))
