"""Honest numbers on paper: every risk's EU frequency word beside its figure, a 95%
interval said as its best estimate, and the spinal cord injury figure Petraglia 2016
gives for SCS with its time frame and where it comes from, in English and Spanish."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import running_text, squeezed
from risk_helpers import said_before

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
            # the risk's row: its EU word, then the figure it names (or, the same risk as
            # an option's before it, its name on the "same as for" row, the figure on that
            # option's row)
            earlier = said_before(catalog, record.therapies_discussed, therapy_id, risk)
            if earlier:
                same = words("risks_as_for", name=catalog.therapy(earlier).short_name(lang))
                assert squeezed(same) in paper and squeezed(figure.listed) in paper
                continue
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
    for line in (spanish.listed, spanish.band_word, spanish.timeframe):
        assert squeezed(line) in paper
    assert "Petraglia" in paper  # its source is listed


def test_scs_infection_is_the_range_across_studies_beside_the_largest_study(
    catalog: Catalog,
) -> None:
    """SCS infection: the range across studies (the review), the largest study's figure and
    how many infected devices it took out, in the text; DRG borrows the same figure, said
    once (round 5, problem 2)."""
    scs, drg = catalog.therapy("scs"), catalog.therapy("drg")
    infection = scs.risk("infection")
    assert infection is not None
    assert infection.frequency_low is not None and infection.frequency_high is not None
    assert infection.frequency_low < infection.frequency_high  # a range, not one study
    assert {"eldabe_2016", "bendel_2017"} <= set(infection.sources)
    assert "52 of the 67" in infection.text("en") and "52 de las 67" in infection.text("es")
    record = replace(demo_consultation(catalog, "en"), therapies_discussed=("scs", "drg"))
    paper = squeezed(running_text(build_summary(record, catalog)))
    words = Wording(catalog, "en")
    assert squeezed(risk_figure(infection, words).row) in paper
    borrowed = drg.risk("infection")
    assert borrowed is not None
    assert said_before(catalog, record.therapies_discussed, "drg", borrowed) == "scs"


# what the spinal cord injury row must say: what the codes count, that lasting damage is
# only in single reports, and to call at once
FRAMING = {
    "en": ("any suspected problem", "only in single cases", "at once"),
    "es": ("cualquier problema sospechado", "casos aislados", "enseguida"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_spinal_cord_rows_say_what_the_codes_count_and_the_bleeding_row_no_bruise(
    catalog: Catalog, lang: Lang
) -> None:
    """The risk list's spinal cord injury row frames its insurance-code figure (any
    suspected problem; lasting damage very much rarer; call at once for new weakness),
    and the bleeding row's sentence is about the rare haematoma, not a harmless bruise."""
    record = replace(demo_consultation(catalog, lang), therapies_discussed=("scs", "drg"))
    whole = " ".join(running_text(build_summary(record, catalog)).split())
    paper = whole[whole.index(" ".join(Wording(catalog, lang)("more_detail_intro").split())) :]
    scs = catalog.therapy("scs")
    injury = scs.risk("nerve_injury")
    assert injury is not None
    row = paper[paper.index(injury.name(lang)) :][:400]
    assert all(phrase in row for phrase in FRAMING[lang])
    bruise = {"en": "bruise", "es": "morado"}[lang]
    for therapy_id in record.therapies_discussed:
        bleeding = catalog.therapy(therapy_id).risk("bleeding")
        assert bleeding is not None and bruise in bleeding.text(lang)  # said on screen
        if said_before(catalog, record.therapies_discussed, therapy_id, bleeding):
            continue  # named on a "same as for" row: the earlier option's row says it
        start = paper.index(
            bleeding.name(lang), paper.index(catalog.therapy(therapy_id).name(lang))
        )
        row = paper[
            start : paper.index(risk_figure(bleeding, Wording(catalog, lang)).how_often, start)
        ]
        assert bruise not in row and ("urgen" in row), therapy_id
