"""The round-6 review's Spanish findings that are patterns, not one string (section 6):
what follows "Con qué frecuencia:" reads in lower case, as after "Plazo:"; a figure counted
per operation or per lead says what happened to an operation or a lead, not that it "had
this problem"; the options table points to the studies where this document has them;
large print's page 1 says the out-of-hours line and the clinician's role as normal print
does."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from pdf_helpers import page_texts, running_text, squeezed
from risk_helpers import make_risk

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.wording import Wording
from neuromod_aid.trial import BASELINE_DAYS


def _three(catalog: Catalog, lang: str) -> Consultation:
    """The three-option record: DRG's and PNS's benefit is from other people's studies."""
    return replace(demo_consultation(catalog, lang), therapies_discussed=("scs", "drg", "pns"))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_what_follows_how_often_is_in_lower_case(catalog: Catalog, lang: str) -> None:
    words = Wording(catalog, lang)
    text = running_text(build_summary(demo_consultation(catalog, lang), catalog))
    flat = " ".join(text.split())
    label = re.escape(words("how_often"))
    said = re.findall(rf"{label}: (\w)", flat)
    assert len(said) >= 10  # every risk row
    assert all(first.islower() for first in said), said


@pytest.mark.parametrize(
    ("per", "lang", "one", "many"),
    [
        ("procedures", "en", "about 1 led to this problem", "between 3 and 14 led to this"),
        ("procedures", "es", "alrededor de 1 causó este problema", "14 causaron este"),
        ("leads", "en", "about 1 was affected and 99 were not", "14 were affected. Between"),
        ("leads", "es", "alrededor de 1 se vio afectado y 99 no", "14 se vieron afectados"),
        ("people", "en", "about 1 had this problem and 99 did not", "14 had this problem"),
        ("people", "es", "alrededor de 1 tuvo este problema y 99 no", "14 tuvieron este"),
    ],
)
def test_a_figure_says_what_happened_to_what_it_counts(
    catalog: Catalog, per: str, lang: str, one: str, many: str
) -> None:
    """An operation "led to" a problem ("causó", "causaron") and a lead "was affected":
    neither "had" it (round-6 review: "De cada 100 operaciones, entre 3 y 14 tuvieron este
    problema"; round 7: nor "acabaron en este problema")."""
    words = Wording(catalog, lang)
    assert one in risk_figure(make_risk(1, 1, 100, per), words).caption
    assert many in risk_figure(make_risk(3, 14, 100, per), words).caption
    if per != "people":
        for wrong in ("had this problem", "tuvieron este problema", "tuvo este problema"):
            assert wrong not in risk_figure(make_risk(3, 14, 100, per), words).caption


def test_the_printed_infection_row_says_operations_led_to_it(catalog: Catalog) -> None:
    record = demo_consultation(catalog, "es")
    text = " ".join(running_text(build_summary(record, catalog)).split())
    assert "De cada 100 operaciones, entre 3 y 14, más o menos, causaron este problema" in text
    assert "operaciones, entre 3 y 14 tuvieron" not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_table_points_to_the_studies_where_this_document_has_them(
    catalog: Catalog, lang: str
) -> None:
    """The full summary says its own "More detail" pages have the other studies; the core
    printed alone says the full summary has them."""
    words = Wording(catalog, lang)
    record = _three(catalog, lang)
    full = squeezed(running_text(build_summary(record, catalog)))
    core = squeezed(running_text(build_summary(record, catalog, scope="core")))
    here, elsewhere = words("compare_other_studies"), words("compare_other_studies_alone")
    assert squeezed(words("more_detail")) in squeezed(here)
    assert squeezed(here) in full and squeezed(elsewhere) not in full
    assert squeezed(elsewhere) in core and squeezed(here) not in core


@pytest.mark.parametrize("therapies", [("scs", "drg"), ("scs", "drg", "pns")])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_large_print_page_one_says_out_of_hours_and_the_role_as_normal_print(
    catalog: Catalog, lang: str, therapies: tuple[str, ...]
) -> None:
    """Out of hours always; the clinician's role too, unless page 1 needs its line for the
    day the pain diary starts (Spanish large print): then the box with the rest of the
    contact, later in the summary, names the role."""
    record = replace(demo_consultation(catalog, lang), therapies_discussed=therapies)
    assert record.clinic.out_of_hours_in(lang) and record.clinician.role  # the case at hand
    (trial,) = [step for step in record.next_steps if step.kind == "trial_planned"]
    assert trial.date is not None
    diary_day = squeezed(Wording(catalog, lang).date(trial.date - dt.timedelta(days=BASELINE_DAYS)))
    for large in (False, True):
        pages = [
            squeezed(page) for page in page_texts(build_summary(record, catalog, large_print=large))
        ]
        first, role = pages[0], squeezed(record.clinician.role[1:])
        assert role in first or (diary_day in first and role in "".join(pages[1:])), large
        assert squeezed(record.clinic.out_of_hours_in(lang)[1:]) in first, large
        assert squeezed(record.clinic.out_of_hours_phone) in first, large
