"""The core after the third review, read from the PDF in English and Spanish for the demo
and for SCS, DRG and PNS: no risk picture or figure from another device without saying
so; every harm line with its time (or that none is stated), its group and how many did
not; "Can it be undone?" says taking it out is another operation (the removal figure
is a harm line); no table row split by a page break; the booked step can still be changed, and
whom to call; the red box says its opening once; the pictures' key covers benefits; the
Spanish the review corrected."""

from __future__ import annotations

import pytest
from pdf_helpers import page_texts, squeezed
from reportlab.platypus import Flowable, Paragraph, Table
from test_pdf_core import CONSULTATIONS, consultation, core_text

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.pdf.layout import FRAME_WIDTH, frame_height
from neuromod_aid.pdf.sections.comparison import comparison
from neuromod_aid.pdf.sections.context import SectionContext
from neuromod_aid.pdf.sections.rows import row_parts
from neuromod_aid.pdf.styles import stylesheet
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.comparison import (
    Option,
    harms_named,
    main_harms,
    options,
    table_harms,
)
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.harm_lines import borrowed, drawn_words, risk_words, time_line
from neuromod_aid.present.next_steps import booked_change
from neuromod_aid.present.wording import Wording

LANGS = ("en", "es")


def _core(catalog: Catalog, lang: Lang, which: str) -> tuple[Wording, str, tuple[Option, ...]]:
    """The words, the core's text (normal print) and the options compared."""
    record = consultation(catalog, lang, which)
    words = Wording(catalog, lang)
    core = core_text(build_summary(record, catalog), words)
    return words, core, options(record, catalog)


each_case = pytest.mark.parametrize(
    ("lang", "which"), [(lang, which) for lang in LANGS for which in CONSULTATIONS]
)


@each_case
def test_no_core_risk_is_another_devices_figure_unless_it_says_so(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    words, core, compared = _core(catalog, lang, which)
    for option in compared[:-1]:
        assert option.therapy is not None
        assert not any(borrowed(r, words) for r in main_harms(option, words))  # never drawn
        named = table_harms(option, words, harms_named(len(compared)))
        for risk in named:
            if borrowed(risk, words):  # named only with whose figure it is
                assert squeezed(borrowed(risk, words)) in core
        for risk in option.therapy.risks:
            if borrowed(risk, words) and risk not in named and risk_figure(risk, words).grid:
                assert squeezed(drawn_words(risk, words)) not in core
    # a borrowed figure is there to check (DRG's infection is spinal cord stimulation's);
    # PNS's "any problem" is its own "not known", no longer the SCS implant rate
    drg = catalog.therapy("drg").risk("infection")
    assert drg is not None and borrowed(drg, words)
    pns = catalog.therapy("pns").risk("any_complication")
    assert pns is not None and not borrowed(pns, words) and pns.frequency_low is None
    if which == "scs_drg_pns":  # PNS's own figure, from its own small study: in words
        assert main_harms(compared[2], words) == ()
        wire = catalog.therapy("pns").risk("lead_migration")
        assert wire is not None and squeezed(risk_words(wire, words)) in core


@each_case
def test_every_core_harm_says_its_time_its_group_and_how_many_did_not(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    words, core, compared = _core(catalog, lang, which)
    assert squeezed(words("time_studied")) not in core  # said plainly instead
    for option in compared[:-1]:
        for risk in table_harms(option, words, harms_named(len(compared))):
            if not risk.known or borrowed(risk, words):  # "not known for DRG alone":
                line = words(f"harm_{risk.core_line or risk.id}")  # no time of a figure
                unknown = words("harm_not_known_alone", line=line, option=option.short_name)
                assert squeezed(unknown) in core, risk.id
                continue
            stored = risk.timeframe(lang) if risk.timeframe else ""
            plain = time_line(stored or words("compare_time_not_given"), words)
            assert squeezed(plain) in core, risk.id
            if risk_figure(risk, words).grid is not None:  # group and who did not
                said = drawn_words(risk, words)
                assert words(f"compare_group_{risk.per}") in said
                assert squeezed(said) in core


@each_case
def test_can_it_be_undone_says_taking_it_out_is_another_operation(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    words, core, _ = _core(catalog, lang, which)
    explant = catalog.therapy("scs").risk("explant")
    assert explant is not None and explant.timeframe is not None
    assert squeezed(words("compare_undo_operation")) in core
    # how many had it taken out is a harm line, with its time, said once
    assert core.count(squeezed(risk_words(explant, words))) == 1
    assert squeezed(time_line(explant.timeframe(lang), words)) in core


@pytest.mark.parametrize("large", [False, True])
@each_case
def test_no_core_table_row_is_split_by_a_page_break(
    catalog: Catalog, lang: Lang, which: str, large: bool
) -> None:
    words = Wording(catalog, lang)
    record = consultation(catalog, lang, which)
    ctx = SectionContext(record, catalog, words, stylesheet(large, words.locale), large)
    tables = [f for f in comparison(ctx).flowables if isinstance(f, Table)]
    assert tables
    page = frame_height(large)
    for table in tables:
        assert table.splitInRow == 0  # a row moves whole to the next page
        table.wrap(FRAME_WIDTH, page)
        heights: list[float] = table.__dict__["_rowHeights"]  # set by wrap
        assert max(heights) < page  # so each can: none is taller than a page


def test_a_row_too_tall_for_a_page_is_cut_between_paragraphs(catalog: Catalog) -> None:
    words = Wording(catalog, "en")
    sheet = stylesheet(False, words.locale)
    cell: list[Flowable] = [
        Paragraph(f"Line {n} of a long answer.", sheet["CompareCell"]) for n in range(12)
    ]
    parts = row_parts([cell, cell[:2]], [40.0, 40.0], 60.0)
    assert len(parts) > 1  # cut in parts, each under the limit, nothing lost
    assert [f for part in parts for f in part[0]] == cell
    assert [f for part in parts for f in part[1]] == cell[:2]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("large", [False, True])
def test_page_one_says_the_booked_step_can_still_be_changed_and_whom_to_call(
    catalog: Catalog, lang: Lang, large: bool
) -> None:
    words = Wording(catalog, lang)
    record = consultation(catalog, lang, "demo")
    data = build_summary(record, catalog, large_print=large)
    first = squeezed(page_texts(data)[0]).replace("-", "")
    agreed = next(step for step in record.next_steps if step.agreed)
    said = booked_change(agreed.kind, record.clinic, words)
    assert record.clinic.phone and record.clinic.phone in said
    assert squeezed(said).replace("-", "") in first


@each_case
def test_the_red_box_says_its_opening_once_and_the_key_covers_benefits(
    catalog: Catalog, lang: Lang, which: str
) -> None:
    words, core, _ = _core(catalog, lang, which)
    opening, *_, closing = catalog.instruction("warning_signs").items
    assert squeezed(opening(lang)) not in core and squeezed(closing(lang)) not in core
    for kind in ("solid", "hatched", "empty"):
        assert squeezed(words(f"compare_legend_{kind}")) in core
    assert squeezed(words("grid_legend_empty")) not in core  # "did not have it" for a benefit


@pytest.mark.parametrize("which", CONSULTATIONS)
def test_the_spanish_core_reads_as_the_review_corrected_it(catalog: Catalog, which: str) -> None:
    _, core, _ = _core(catalog, "es", which)
    clinic = consultation(catalog, "es", which).clinic.name
    assert squeezed(f"enseguida a {clinic}") not in core  # no article before the name
    assert squeezed(f"enseguida a su clínica ({clinic})") in core
    assert squeezed("Cuando estemos cerrados: por la noche") in core
    assert squeezed("¿Tiene clara la decisión?") in core
    assert squeezed("Llámenos cuando quiera.") in core
    assert "Meimporta" not in core  # one voice: said to the patient, their words quoted
    assert squeezed("Le importa algo: «") in core
