"""A sentence about a number agrees with it: one person "tuvo" a problem, three
"tuvieron"; a medicine stopped 1 day before is not stopped "1 days" before. The wording
has a singular form (an id ending in ``_one``) chosen by the language's plural rule
(round-5 review, section 6: "alrededor de 1 tuvieron este problema")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pdf_helpers import all_text
from risk_helpers import make_risk

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.wording import Wording


def test_one_in_100_takes_the_singular_verb_in_spanish_and_more_the_plural(
    catalog: Catalog,
) -> None:
    words = Wording(catalog, "es")
    one = risk_figure(make_risk(1, 1, 100), words).caption
    assert "alrededor de 1 tuvo este problema y 99 no" in one
    assert "tuvieron" not in one
    three = risk_figure(make_risk(3, 3, 100), words).caption
    assert "alrededor de 3 tuvieron este problema y 97 no" in three
    small = replace(make_risk(7, 7, 100), studied=14, count=1)
    assert "14 personas, 1 tuvo este problema y 13 no" in risk_figure(small, words).caption
    estimate = replace(make_risk(1, 2, 100), estimate=1, interval="ci95")
    assert "alrededor de 1 tuvo este problema" in risk_figure(estimate, words).caption


def test_english_says_the_same_of_one_and_of_many(catalog: Catalog) -> None:
    words = Wording(catalog, "en")
    assert (
        "about 1 had this problem and 99 did not"
        in risk_figure(make_risk(1, 1, 100), words).caption
    )


def test_the_three_option_spanish_summary_says_1_tuvo(catalog: Catalog) -> None:
    """The three-option summary has a figure of about 1 in 100 leads (DRG, Chapman 2021),
    which the round-5 review found said as "alrededor de 1 tuvieron"; a lead is "affected"
    (round-6 review): "alrededor de 1 se vio afectado"."""
    record = replace(demo_consultation(catalog, "es"), therapies_discussed=("scs", "drg", "pns"))
    text = " ".join(all_text(build_summary(record, catalog)).split())
    assert " 1 tuvieron " not in text and " 1 se vieron " not in text
    assert "alrededor de 1 se vio afectado y 99 no" in text


@pytest.mark.parametrize(
    ("lang", "one_day", "wrong"), [("en", "1 day", "1 days"), ("es", "1 día", "1 días")]
)
def test_a_medicine_stopped_one_day_before_says_one_day(
    reviewed_catalog: Catalog, lang: str, one_day: str, wrong: str
) -> None:
    """Fast-acting anti-inflammatories stop 1 day before a high-risk procedure: the sheet
    says "1 day before", with a date and without one."""
    fast = next(b for b in reviewed_catalog.blood_thinners if b.id == "nsaid_1_day")
    assert fast.high is not None and fast.high.stop_min == 1
    record = demo_consultation(reviewed_catalog, lang)
    for date in (dt.date(2027, 3, 15), None):
        planned = Procedure(therapy="scs", date=date, blood_thinners=(fast.id,))
        steps = tuple(s for s in record.next_steps if s.kind != "trial_planned")
        sheet = build_nurse_sheet(
            replace(record, procedure=planned, next_steps=steps), reviewed_catalog
        )
        text = " ".join(all_text(sheet).split())
        assert one_day in text and wrong not in text
