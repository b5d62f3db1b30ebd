"""Content fields a patient needs are printed where they belong: how a condition can feel
and why it can be hard to treat (the summary's "your pain"), and the procedure's
bleeding-risk class (the nurse sheet's blood-thinner part)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import all_text, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.summary import build_summary


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_condition_says_how_it_can_feel_and_why_it_is_hard_to_treat(
    catalog: Catalog, lang: Lang
) -> None:
    record = demo_consultation(catalog, lang)
    assert record.conditions
    text = squeezed(all_text(build_summary(record, catalog)))
    for condition_id in record.conditions:
        condition = catalog.condition(condition_id)
        assert squeezed(condition.how_it_feels(lang)) in text, condition_id
        assert squeezed(condition.why_hard_to_treat(lang)) in text, condition_id
    others = [c for c in catalog.conditions if c.id not in record.conditions]
    assert others and all(squeezed(c.how_it_feels(lang)) not in text for c in others)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_nurse_sheet_says_how_the_procedure_is_classed_for_bleeding(
    catalog: Catalog, lang: Lang
) -> None:
    said = {}
    for therapy in ("scs", "pns"):  # a high and a low bleeding-risk procedure
        record = replace(demo_consultation(catalog, lang), procedure=Procedure(therapy=therapy))
        text = squeezed(all_text(build_nurse_sheet(record, catalog)))
        said[therapy] = squeezed(
            catalog.words(lang)(f"bleeding_risk_{catalog.therapy(therapy).bleeding_risk}")
        )
        assert said[therapy] in text
    assert catalog.therapy("scs").bleeding_risk != catalog.therapy("pns").bleeding_risk
    assert said["scs"] != said["pns"]
