"""The demo consultation reads like a real plan: each next step on its own day, in order."""

from __future__ import annotations

import pytest
from pdf_helpers import all_text, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.wording import Wording


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_next_step_has_its_own_date_on_paper(catalog: Catalog, lang: str) -> None:
    record = demo_consultation(catalog, lang)
    dates = [step.date for step in record.next_steps]
    assert all(dates) and dates == sorted(set(dates)), dates  # distinct, in order
    assert record.procedure is not None and record.agreed_step is not None
    assert record.agreed_step.date == record.procedure.date  # the trial starts that day
    text = squeezed(all_text(build_summary(record, catalog)))
    for date in dates:
        assert date is not None
        assert squeezed(Wording(catalog, lang).date(date)) in text
