"""Honest numbers on paper: every risk's EU frequency word beside its figure, a 95%
interval said as its best estimate, and the spinal cord injury figure Petraglia 2016
gives for SCS with its time frame and where it comes from, in English and Spanish."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import running_text, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import band
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.wording import Wording


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_known_risk_has_its_band_word_beside_it_on_paper(
    catalog: Catalog, lang: Lang
) -> None:
    record = replace(demo_consultation(catalog, lang), therapies_discussed=("scs", "drg"))
    paper = squeezed(running_text(build_summary(record, catalog)))  # a row may cross a page
    words = Wording(catalog, lang)
    for therapy_id in record.therapies_discussed:
        for risk in catalog.therapy(therapy_id).risks:
            figure = risk_figure(risk, words)
            if risk.frequency_low is None:
                assert figure.band == ""
                continue
            assert figure.band_word and squeezed(figure.band_word) in squeezed(figure.band)
            # the risk's row: its EU word, then the figure it names
            assert squeezed(figure.row) in paper, (therapy_id, risk.id)


def test_spinal_cord_injury_after_scs_is_petraglias_figure_not_not_known(
    catalog: Catalog,
) -> None:
    risk = catalog.therapy("scs").risk("nerve_injury")
    assert risk is not None and "petraglia_2016" in risk.sources
    assert risk.frequency_low is not None and risk.frequency_high is not None
    assert risk.frequency_low / risk.denominator == pytest.approx(0.0213)  # 177 of 8,326
    assert band(risk.frequency_low / risk.denominator) == "common"
    english = risk_figure(risk, Wording(catalog, "en"))
    assert "not known" not in english.how_often.casefold()
    assert "30 days" in english.over_time and "insurance" in english.over_time
    assert "not always mean lasting harm" in risk.text("en")
    spanish = risk_figure(risk, Wording(catalog, "es"))
    assert "30 días" in spanish.over_time and "seguros" in spanish.over_time
    record = replace(demo_consultation(catalog, "es"), therapies_discussed=("scs",))
    paper = squeezed(running_text(build_summary(record, catalog)))  # a row may cross a page
    for line in (spanish.how_often, spanish.band_word, spanish.over_time):
        assert squeezed(line) in paper
    assert "Petraglia" in paper  # its source is listed
