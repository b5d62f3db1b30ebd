"""The core's harm cells are like for like (review round 4, problem 1): every device has
the same three lines in the same order (any problem, another operation, taken out), the
same in the demo and in a consultation about SCS, DRG and PNS, in both languages; DRG's
removal is "not known for DRG alone", not the pooled SCS and DRG figure; and the detail
pages say DRG's lead figures out of 100, as every figure of 1 in 100 or more."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import page_texts, running_text, squeezed
from test_pdf_core import CONSULTATIONS, consultation, core_text

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.comparison import main_harms, options, rows
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.harm_lines import HARM_LINES, harm_lines, line_risk, operated
from neuromod_aid.present.wording import Wording

LANGS = ("en", "es")


def _cells(catalog: Catalog, lang: Lang, which: str) -> dict[str, str]:
    """Each option's "main risks" cell, by its id."""
    record = consultation(catalog, lang, which)
    compared = options(record, catalog)
    (row,) = rows(compared, Wording(catalog, lang), ("risks",))
    return {o.id: answer for o, answer in zip(compared, row.answers, strict=True)}


@pytest.mark.parametrize("lang", LANGS)
def test_scs_has_the_same_harm_lines_whatever_the_number_of_options(
    catalog: Catalog, lang: Lang
) -> None:
    words = Wording(catalog, lang)
    demo, three = (_cells(catalog, lang, which) for which in CONSULTATIONS)
    assert len(three) > len(demo)  # more options, narrower columns
    assert demo["scs"] == three["scs"] == "\n".join(harm_lines(catalog.therapy("scs"), words))
    for which in CONSULTATIONS:  # and on paper, in each file
        core = core_text(build_summary(consultation(catalog, lang, which), catalog), words)
        for line in demo["scs"].split("\n"):
            assert squeezed(line) in core, (which, line)


@pytest.mark.parametrize("lang", LANGS)
def test_every_device_cell_has_the_three_lines_in_order(catalog: Catalog, lang: Lang) -> None:
    words = Wording(catalog, lang)
    cells = _cells(catalog, lang, CONSULTATIONS[-1])
    for therapy_id in ("scs", "drg", "pns"):
        therapy = catalog.therapy(therapy_id)
        cell = cells[therapy_id]
        at = -1
        for line in HARM_LINES:
            risk = line_risk(therapy, line)
            if risk is None and not operated(therapy):
                continue  # PNS: no operation to repeat or to take it out (its own test)
            # the line starts with the risk's own name, or says what is not known
            said = words(f"harm_{line}") if risk is None else risk.name(lang)
            found = cell.find(f"{said}:", at + 1)
            assert found > at, (therapy_id, line)
            at = found
        for risk in filter(None, (line_risk(therapy, line) for line in HARM_LINES)):
            if risk.known:  # its figure says how many did not have it, then its time
                assert words("compare_over_time") in cell


@pytest.mark.parametrize("lang", LANGS)
def test_pns_cell_says_the_wire_comes_out_with_no_operation_never_not_known(
    catalog: Catalog, lang: Lang
) -> None:
    """Review round 6, problem 3: the 60-day wire is pulled out at the end with no
    operation, so its cell says so, and not "a second operation: not known" or "taken
    out: not known"; its one figure, from 14 people, carries no frequency word."""
    words = Wording(catalog, lang)
    pns = catalog.therapy("pns")
    cell = _cells(catalog, lang, CONSULTATIONS[-1])["pns"]
    for line in ("revision", "explant"):
        assert line_risk(pns, line) is None
        assert words(f"harm_{line}") not in cell
    wire = line_risk(pns, "any_complication")
    assert wire is not None and wire.core_note is not None
    assert cell.split("\n")[-1] == wire.core_note(lang)  # after its figure and time
    assert risk_figure(wire, words).band_word == ""
    record = consultation(catalog, lang, CONSULTATIONS[-1])
    paper = squeezed(running_text(build_summary(record, catalog)))
    assert squeezed(wire.core_note(lang)) in paper
    assert squeezed(risk_figure(wire, words).row) in paper  # the detail row: no EU word


@pytest.mark.parametrize("lang", LANGS)
def test_drg_removal_is_not_known_alone_and_never_the_pooled_figure(
    catalog: Catalog, lang: Lang
) -> None:
    words = Wording(catalog, lang)
    drg = catalog.therapy("drg")
    cell = _cells(catalog, lang, "demo")["drg"]
    removal = line_risk(drg, "explant")
    assert removal is not None and not removal.known and removal.core_note is not None
    assert words("harm_not_known_alone", line=words("harm_explant"), option="DRG") in cell
    assert removal.core_note(lang) in cell  # taken out for fading relief more often
    # Gatzinsky 2024's pooled figure (spinal cord and DRG devices together) is SCS's row
    # only: the DRG list has one removal row, and it has no figure
    pooled = catalog.therapy("scs").risk("loss_of_effect")
    assert pooled is not None and pooled.name(lang) not in cell
    assert [r.id for r in drg.risks if pooled.sources[0] in r.sources] == [removal.id]
    record = consultation(catalog, lang, "scs_drg_pns")
    paper = squeezed(running_text(build_summary(record, catalog)))
    assert paper.count(squeezed(risk_figure(pooled, words).row)) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_drgs_lead_figures_are_said_out_of_100_on_the_detail_pages(
    catalog: Catalog, lang: Lang
) -> None:
    words = Wording(catalog, lang)
    paper = squeezed(running_text(build_summary(consultation(catalog, lang, "demo"), catalog)))
    assert squeezed(words("all_risks_intro")) in paper  # said once, in words
    for risk_id in ("lead_migration", "lead_migration_no_anchor", "lead_fracture"):
        risk = catalog.therapy("drg").risk(risk_id)
        assert risk is not None and risk.denominator == 1000  # published per 1,000 leads
        figure = risk_figure(risk, words)
        assert words.number(1000) in figure.caption  # the screen: its 1,000 picture's words
        listed = figure.listed
        assert words.number(100) in listed and words.number(1000) not in listed
        assert squeezed(figure.row) in paper, risk_id


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("therapy_id", ["idd", "brain"])
def test_a_device_with_no_figure_for_the_three_lines_keeps_its_own_harms_with_figures(
    catalog: Catalog, lang: Lang, therapy_id: str
) -> None:
    """The pump and brain stimulation have no figure for any problem, another operation or
    removal: their cell names their commonest harms with their figures and pictures, as
    before, never three lines of "not known"."""
    record = replace(demo_consultation(catalog, lang), therapies_discussed=(therapy_id,))
    compared = options(record, catalog)
    words = Wording(catalog, lang)
    (row,) = rows(compared, words, ("risks",))
    drawn = main_harms(compared[0], words)
    assert drawn  # a picture of its own harm
    for risk in drawn:
        assert risk.name(lang) in row.answers[0]
    assert words("harm_not_known", line=words("harm_revision")) not in row.answers[0]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", CONSULTATIONS)
def test_the_page_with_the_harm_pictures_has_the_pictures_key(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    """Review round 6, problem 5: in normal print the key above the table was on one page
    and the harm pictures on the next; the main risks row now carries the key too."""
    words = Wording(catalog, lang)
    record = consultation(catalog, lang, which)
    pages = [squeezed(page) for page in page_texts(build_summary(record, catalog))]
    harms = [page for page in pages if squeezed(words("row_risks")) in page]
    assert harms
    for page in harms:
        for kind in ("solid", "hatched", "empty"):
            assert squeezed(words(f"compare_legend_{kind}")) in page, (kind, which)
