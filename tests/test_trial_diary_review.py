"""The trial diary after the second review (1c): the days' dates, the stimulator line,
the worked example, every warning sign of the nurse sheet, the success box once and with
this trial's length."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pdf_helpers import page_texts, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.trial_diary import build_trial_diary
from neuromod_aid.present.wording import Wording
from neuromod_aid.trial import BASELINE_DAYS

LANGS: list[Lang] = ["en", "es"]
# the signs the nurse sheet's red box names that the diary's box once left out (review 1c)
SIGNS = {"en": ("headache", "stiffneck", "stools"), "es": ("cabeza", "cuello", "heces")}


def _pages(catalog: Catalog, lang: Lang, **procedure: object) -> list[str]:
    record = demo_consultation(catalog, lang)
    assert record.procedure is not None
    record = replace(record, procedure=replace(record.procedure, **procedure))
    return [squeezed(page) for page in page_texts(build_trial_diary(record, catalog))]


@pytest.mark.parametrize("lang", LANGS)
def test_each_day_has_its_date_and_each_trial_day_the_stimulator_line(
    catalog: Catalog, lang: Lang
) -> None:
    words = Wording(catalog, lang)
    start = dt.date(2027, 3, 8)
    pages = _pages(catalog, lang, date=start, trial_days=5)
    days = pages[1 : 1 + BASELINE_DAYS + 5]
    first = start - dt.timedelta(days=BASELINE_DAYS)  # the diary starts 3 days before
    for n, page in enumerate(days):
        assert squeezed(words("diary_date_known", date=words.date(first + dt.timedelta(n)))) in page
        trial_day = n >= BASELINE_DAYS
        assert (squeezed(words("diary_stimulation")) in page) == trial_day
    undated = _pages(catalog, lang, date=None)
    assert all(squeezed(words("diary_date")) in page for page in undated[1:-1])


@pytest.mark.parametrize("lang", LANGS)
def test_the_last_page_shows_how_to_work_out_the_result(catalog: Catalog, lang: Lang) -> None:
    words = Wording(catalog, lang)
    last = _pages(catalog, lang)[-1]
    assert squeezed(words("diary_example")) in last
    assert squeezed(words("diary_work_out")) in last


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_names_the_nurse_sheet_s_warning_signs(catalog: Catalog, lang: Lang) -> None:
    red_box = squeezed(
        " ".join(item(lang) for item in catalog.instruction("warning_signs").items)
    ).lower()
    for sign in SIGNS[lang]:
        assert sign in red_box
        assert all(sign in page.lower() for page in _pages(catalog, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_the_success_box_is_printed_once_with_this_trial_s_length(
    catalog: Catalog, lang: Lang
) -> None:
    words = Wording(catalog, lang)
    trial = catalog.therapy("scs").trial
    assert trial.success_relief is not None
    pages = _pages(catalog, lang, trial_days=10)
    text = "".join(pages)
    success = words("diary_success", days=10, percent=words.percent(trial.success_relief))
    assert text.count(squeezed(success)) == 1 and squeezed(success) in pages[0]
    assert squeezed(trial.text(lang)) not in text  # the usual lengths, not this trial's


@pytest.mark.parametrize("lang", LANGS)
def test_the_success_rule_counts_the_pain_medicines_as_the_summary_does(
    catalog: Catalog, lang: Lang
) -> None:
    """Review 4, problem 8: half the pain gone is a success only with the same or fewer
    pain medicines, on the first page and on the summing-up, as the summary says."""
    medicines = {"en": "the same or fewer pain medicines", "es": "las mismas medicinas"}[lang]
    summary_rule = squeezed(catalog.therapy("scs").trial.text(lang)).lower()
    assert squeezed(medicines) in summary_rule
    pages = _pages(catalog, lang)
    assert squeezed(medicines) in pages[0] and squeezed(medicines) in pages[-1]
