"""The core's balance and actionability as a patient reads them, from the printed PDF in
English and Spanish (issue 11): a figure from another group of people is never shown as
"people like you"; the SCS core says the fair tests and who paid; every option states its
harms; time frames in bold, and a note when they differ; which rows to look at first and
whether the pills fall; the next steps drawn on a timeline on page 1; a pump named only
when one is discussed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pdf_helpers import page_texts, reader, running_text, squeezed
from reportlab.platypus import Table
from test_pdf_core import core_pages, core_text

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.pdf.sections.context import SectionContext
from neuromod_aid.pdf.sections.next_steps import TimelineMark, step_list
from neuromod_aid.pdf.styles import stylesheet
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.comparison import (
    helps_lines,
    look_first,
    main_harms,
    options,
    placebo_lines,
)
from neuromod_aid.present.evidence import certainty
from neuromod_aid.present.figures import outcome_figure
from neuromod_aid.present.harm_lines import drawn_words, harm_lines, time_line
from neuromod_aid.present.wording import Wording
from neuromod_aid.trial import BASELINE_DAYS

LANGS = ("en", "es")


def bold_core(data: bytes, words: Wording) -> str:
    """The text the core pages print in a bold font, without spaces."""
    pages = reader(data).pages[: len(core_pages(data, words))]
    found: list[str] = []

    def visit(text: str, cm: object, tm: object, font: object, size: object) -> None:
        if isinstance(font, dict) and "Bold" in str(font.get("/BaseFont", "")):
            found.append(text)

    for page in pages:
        page.extract_text(visitor_text=visit)
    return squeezed("".join(found))


def in_order(said: str, text: str) -> bool:
    """Whether the words of ``said`` are in ``text`` (squeezed) in their order: a table row
    split across two pages prints the other cells' first part between them, and a narrow
    cell may break a word at a syllable."""
    at, flat = 0, text.replace("-", "")
    for word in said.replace("-", "").split():
        at = flat.find(word, at)
        if at < 0:
            return False
        at += len(word)
    return True


def _printed(record: Consultation, catalog: Catalog) -> tuple[bytes, Wording, str]:
    words = Wording(catalog, record.language)
    data = build_summary(record, catalog)
    return data, words, core_text(data, words)


@pytest.mark.parametrize("lang", LANGS)
def test_a_figure_from_another_group_is_never_shown_as_about_people_like_you(
    catalog: Catalog, lang: Lang
) -> None:
    record = demo_consultation(catalog, lang)  # pain after back surgery: SCS and DRG
    data, words, core = _printed(record, catalog)
    scs, drg, care = options(record, catalog)
    assert not scs.other_group and drg.other_group  # DRG was studied in other conditions
    assert scs.headline is not None and drg.headline is not None and drg.therapy is not None
    said = words("compare_no_own_study", option=drg.short_name)
    assert squeezed(said) in core and squeezed(said) in bold_core(data, words)
    drg_figure = outcome_figure(drg.headline, drg.therapy, words, with_time=False)
    assert squeezed(drg_figure) not in core  # its study in other people: detail pages only
    group = scs.headline.population(lang)
    studied = words("compare_studied", group=group[:1].lower() + group[1:])
    assert squeezed(f"{studied} {words(f'funding_{scs.headline.funding}')}.") in core
    # current care: the usual-care group of that same study, not a claim about each option
    assert care.care == scs.headline
    assert squeezed(words("compare_care_same_study", option=scs.short_name)) in core


@pytest.mark.parametrize("lang", LANGS)
def test_the_scs_core_says_the_sham_controlled_trial_the_review_and_who_paid(
    catalog: Catalog, lang: Lang
) -> None:
    data, words, core = _printed(demo_consultation(catalog, lang), catalog)
    sure = certainty(catalog.therapy("scs"), words)
    assert sure is not None and {"traeger_2023_cochrane", "hara_2022"} <= set(sure.sources)
    assert squeezed(sure.text) in core  # the Norway sham trial, the Cochrane review, funding
    assert squeezed(words("certainty_title")) in bold_core(data, words)
    # the review's grade, in the same words in the core and in the detail
    detail = squeezed(running_text(data)).split(squeezed(words("more_detail_intro")), 1)[1]
    assert sure.grade and squeezed(sure.grade) in core and squeezed(sure.grade) in detail


@pytest.mark.parametrize("lang", LANGS)
def test_the_benefit_cell_says_the_placebo_study_beside_the_open_one(
    catalog: Catalog, lang: Lang
) -> None:
    """SCS after back surgery: PROCESS (open, paid for by the maker) draws the picture; the
    study against a fake (placebo) setting in the same group follows it in the cell, with
    both groups' figures, that this is no real difference, its time and its sources
    (review round 5, problem 4; round 6)."""
    record = demo_consultation(catalog, lang)
    words = Wording(catalog, lang)
    scs = options(record, catalog)[0]
    assert scs.headline is not None and scs.headline.design != "vs_sham"
    study = scs.placebo
    assert study is not None and study.design == "vs_sham"
    assert set(study.conditions) & set(record.conditions)  # people like the patient
    lines = placebo_lines(scs, words)
    assert lines[-1] == time_line(study.timeframe(lang), words)
    assert helps_lines(scs, words)[-len(lines) :] == lines  # after the open study's lines
    n = words.number
    assert n(study.rate_treatment) in lines[0] and n(study.rate_comparator or 0) in lines[0]
    # 11 against 9 points is said to be no real difference (review round 6), in the core
    assert study.finding == "no_clear_difference"
    _, _, core = _printed(record, catalog)
    assert in_order(" ".join(lines), core)
    assert squeezed(words("finding_no_clear_difference")) in core
    for source in study.sources:
        assert squeezed(catalog.source(source).short) in core
    # large print too: the same lines in the same cell, after the open study's
    large = core_text(build_summary(record, catalog, large_print=True), words)
    assert in_order(" ".join(lines), large)
    # no such line without a study against a fake treatment in the patient's condition
    crps = replace(record, conditions=("crps",))
    assert options(crps, catalog)[0].placebo is None
    # nor when that study is the headline itself (PNS after an amputation)
    amputation = replace(record, conditions=("amputation_sci",), therapies_discussed=("pns",))
    pns = options(amputation, catalog)[0]
    assert pns.headline is not None and pns.headline.design == "vs_sham"
    assert pns.placebo is None and placebo_lines(pns, words) == ()


@pytest.mark.parametrize("lang", LANGS)
def test_every_option_states_its_harms_current_care_included(catalog: Catalog, lang: Lang) -> None:
    record = replace(demo_consultation(catalog, lang), therapies_discussed=("scs", "drg", "pns"))
    _, words, core = _printed(record, catalog)
    *therapies, care = options(record, catalog)
    for option in therapies:
        assert option.therapy is not None
        for harm in main_harms(option, words):  # drawn out of 100 above these words
            assert in_order(drawn_words(harm, words), core), option.id
        for line in harm_lines(option.therapy, words):  # its three harm lines, each time
            assert in_order(line, core), (option.id, line)
    assert care.therapy is None
    assert in_order(words("compare_care_harms"), core)  # side effects; the pain may stay


@pytest.mark.parametrize("lang", LANGS)
def test_time_frames_are_in_bold_and_the_table_says_when_they_differ(
    catalog: Catalog, lang: Lang
) -> None:
    record = demo_consultation(catalog, lang)
    data, words, core = _printed(record, catalog)
    scs = options(record, catalog)[0]
    assert scs.headline is not None
    when = squeezed(time_line(scs.headline.timeframe(lang), words))
    assert when in core and when in bold_core(data, words)
    assert squeezed(words("compare_times_differ")) not in core  # SCS and its usual care: 6 months
    # pain after back surgery and after an amputation, SCS beside PNS: each studied in one of
    # the patient's conditions, over different times (6 months; the first 4 weeks)
    other = replace(
        record, conditions=("spinal_surgery", "amputation_sci"), therapies_discussed=("scs", "pns")
    )
    _, _, differs = _printed(other, catalog)
    shown = [o.headline.timeframe(lang) for o in options(other, catalog) if o.headline]
    assert len(set(shown)) > 1
    assert squeezed(words("compare_times_differ")) in differs


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_says_which_rows_to_read_first_and_whether_pills_fall(
    catalog: Catalog, lang: Lang
) -> None:
    record = demo_consultation(catalog, lang)
    assert record.values.get("fewer_medicines") == "a_lot"  # the demo patient wants that
    _, words, core = _printed(record, catalog)
    first = look_first(record, catalog, words)
    for row in ("helps", "medicines"):
        assert squeezed(words("compare_row_quoted", row=words(f"row_{row}"))) in squeezed(first)
    assert squeezed(first) in core
    scs, drg = (catalog.therapy(t) for t in record.therapies_discussed)
    assert scs.medicines is not None and drg.medicines is None
    assert squeezed(scs.medicines.text(lang)) in core  # the stored opioid figure, with its source
    assert squeezed(catalog.source(scs.medicines.sources[0]).short) in core
    # a row of the table, as "look first" calls it: each answer in its option's column,
    # not a paragraph under the table led by the option's name
    unknown = words("compare_medicines_unknown")
    assert squeezed(unknown) in core
    led = squeezed(f"{drg.short_name(lang)}: {unknown}")
    assert led not in core
    large = core_text(build_summary(record, catalog, large_print=True), words)
    assert squeezed(unknown) in large and led not in large  # large print: a row too
    unrated = replace(record, values=FrozenMap({"pain_relief": "a_lot"}))
    _, _, without = _printed(unrated, catalog)
    assert squeezed(words("row_medicines")) not in without  # only when it matters to them


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("lang", LANGS)
def test_page_one_draws_the_next_steps_on_a_timeline_with_their_dates(
    catalog: Catalog, lang: Lang, large: bool
) -> None:
    record = demo_consultation(catalog, lang)
    words = Wording(catalog, lang)
    ctx = SectionContext(record, catalog, words, stylesheet(large, words.locale), large)
    (timeline,) = step_list(ctx)
    assert isinstance(timeline, Table)
    marks = [row[0] for row in timeline._cellvalues]
    assert all(isinstance(mark, TimelineMark) for mark in marks)
    assert [m.agreed for m in marks] == [s.agreed for s in record.next_steps]  # the bigger dot
    first = squeezed(page_texts(build_summary(record, catalog, large_print=large))[0])
    at = 0
    for step in record.next_steps:  # in date order, each day and month drawn by its step
        assert step.date is not None
        day, month = words.day_month(step.date)
        at = first.index(squeezed(f"{day}{month}"), at)
    assert len({step.date for step in record.next_steps}) == len(record.next_steps)


@pytest.mark.parametrize("lang", LANGS)
def test_normal_print_page_one_says_when_the_pain_diary_starts_before_the_trial(
    catalog: Catalog, lang: Lang
) -> None:
    """The demo's trial brings its diary: its first day (the usual days before the trial)
    is a row of its own on the timeline, before the trial's, with its day drawn; a record
    whose trial has no date yet says no diary day."""
    record = demo_consultation(catalog, lang)
    words = Wording(catalog, lang)
    (trial,) = [step for step in record.next_steps if step.kind == "trial_planned"]
    assert trial.date is not None
    starts = trial.date - dt.timedelta(days=BASELINE_DAYS)
    first = squeezed(page_texts(build_summary(record, catalog))[0])
    said = squeezed(words.date(starts))
    day, month = words.day_month(starts)
    trial_day, trial_month = words.day_month(trial.date)
    assert said in first
    assert first.index(squeezed(f"{day}{month}")) < first.index(said)
    assert first.index(said) < first.index(squeezed(f"{trial_day}{trial_month}"))
    undated = tuple(replace(s, date=None) if s is trial else s for s in record.next_steps)
    plain = squeezed(page_texts(build_summary(replace(record, next_steps=undated), catalog))[0])
    assert said not in plain


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("lang", LANGS)
def test_page_one_says_the_diary_day_and_keeps_who_to_call(
    catalog: Catalog, lang: Lang, large: bool
) -> None:
    """The diary's first day is a next step with its date, in large print too (where a
    row of its own does not fit, the trial's row says it); who to call, with the clinic's
    phone, stays on page 1 with it."""
    record = demo_consultation(catalog, lang)
    words = Wording(catalog, lang)
    first = " ".join(page_texts(build_summary(record, catalog, large_print=large))[0].split())
    assert words("who_to_call") in first and record.clinic.phone in first
    (trial,) = [step for step in record.next_steps if step.kind == "trial_planned"]
    assert trial.date is not None
    starts = words.date(trial.date - dt.timedelta(days=BASELINE_DAYS))
    assert starts in first


@pytest.mark.parametrize("lang", LANGS)
def test_with_three_options_large_print_keeps_who_to_call_on_page_one(
    catalog: Catalog, lang: Lang
) -> None:
    """The diary's day never pushes who to call off page 1: with SCS, DRG and PNS in
    large print, page 1 holds the diary's day only where it keeps who to call."""
    record = replace(demo_consultation(catalog, lang), therapies_discussed=("scs", "drg", "pns"))
    words = Wording(catalog, lang)
    first = " ".join(page_texts(build_summary(record, catalog, large_print=True))[0].split())
    assert words("who_to_call") in first and record.clinic.phone in first
    assert record.clinic.out_of_hours_phone in first  # when the clinic is closed


@pytest.mark.parametrize("lang", LANGS)
def test_the_subtitle_names_a_medicine_pump_only_when_one_is_discussed(
    catalog: Catalog, lang: Lang
) -> None:
    words = Wording(catalog, lang)
    for therapies, key in ((("scs",), "summary_subtitle"), (("idd",), "summary_subtitle_pump")):
        record = replace(demo_consultation(catalog, lang), therapies_discussed=therapies)
        first = squeezed(page_texts(build_summary(record, catalog))[0])
        other = "summary_subtitle" if key != "summary_subtitle" else "summary_subtitle_pump"
        assert squeezed(words(key)) in first and squeezed(words(other)) not in first
