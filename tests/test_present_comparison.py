"""The side-by-side comparison says every figure out of 100 (present/comparison.py): a harm
under 1 in 100 is "fewer than 1 in 100" there, the exact per-1,000 figure stays in the
risk's own figure."""

from __future__ import annotations

from dataclasses import replace

from pdf_helpers import all_text
from risk_helpers import make_risk

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.comparison import (
    main_harms,
    options,
    rows,
    table_harms,
)
from neuromod_aid.present.figures import out_of_100, risk_figure
from neuromod_aid.present.harm_lines import HARM_LINES, drawn_words, harm_lines, risk_words
from neuromod_aid.present.wording import Wording


def test_a_per_1000_figure_is_said_out_of_100_in_whole_people(catalog: Catalog) -> None:
    words = Wording(catalog, "en")
    # 2.5 in 100 is rounded half up and said with "about"; a whole figure stays exact
    assert out_of_100(make_risk(25, 25, 1000, "procedures"), words) == "about 3 in 100 operations"
    assert out_of_100(make_risk(14, 84, 1000, "leads"), words) == "about 1 to 8 in 100 leads"
    assert out_of_100(make_risk(300, 300, 10000), words) == "about 3 in 100 people"
    assert out_of_100(make_risk(30, 80, 1000), words) == "3 to 8 in 100 people"
    spanish = Wording(catalog, "es")
    assert (
        out_of_100(make_risk(14, 84, 1000, "leads"), spanish)
        == "aproximadamente entre 1 y 8 de cada 100 cables"
    )


def test_a_harm_under_1_in_100_is_fewer_than_1_in_100_there(catalog: Catalog) -> None:
    words = Wording(catalog, "en")
    rare = make_risk(7, 7, 1000)
    assert out_of_100(rare, words) == "fewer than 1 in 100 people"
    assert out_of_100(make_risk(9, 170, 1000), words) == "fewer than 1 to 17 in 100 people"
    assert out_of_100(make_risk(3, 8, 10000), words) == "fewer than 1 in 100 people"
    assert out_of_100(rare, Wording(catalog, "es")) == "menos de 1 de cada 100 personas"
    # the detail gives the published figure per 1,000 beside "fewer than 1 in 100"
    assert "(about 7 in every 1,000)" in risk_figure(rare, words).caption
    assert out_of_100(make_risk(None, None, 1000), words) == "not known"


def test_the_table_has_a_row_of_main_risks_out_of_100_for_every_option(catalog: Catalog) -> None:
    words = Wording(catalog, "en")
    scs = catalog.therapy("scs")
    record = replace(demo_consultation(catalog, "en"), therapies_discussed=("scs",))
    compared = options(record, catalog)
    row = next(r for r in rows(compared, words) if r.heading == words("row_risks"))
    therapy_cell, care_cell = row.answers
    main = [risk for risk in scs.risks if risk.article_risk]
    (drawn,) = main_harms(compared[0], words)  # the commonest with a picture of 100
    per_100 = {r.id: (r.frequency_high or 0) / r.denominator for r in scs.risks}
    pictured = [r for r in scs.risks if risk_figure(r, words).grid is not None]
    assert per_100[drawn.id] == max(per_100[r.id] for r in pictured)
    first, *_ = therapy_cell.split("\n")
    assert first == drawn_words(drawn, words)  # the picture's words, out of 100
    grid = risk_figure(drawn, words).grid
    assert grid is not None and first.startswith(f"{drawn.name('en')}: ")
    for count in (grid.solid, grid.solid + grid.hatched, 100 - grid.solid - grid.hatched):
        assert words.number(count) in first  # who had it (up to the striped), who did not
    # a device's cell: any problem, another operation, taken out, in that order, each
    # with its time; the article's other risks are on the detail pages
    named = table_harms(compared[0], words)
    assert [r.id for r in named] == list(HARM_LINES) and named[0] == drawn
    assert therapy_cell.split("\n")[::2] == [risk_words(r, words) for r in named]
    for risk in main:
        assert (risk_words(risk, words) in therapy_cell) == (risk in named), risk.id
    assert words.number(100 - 18) in therapy_cell.split("\n")[4]  # who kept it, too
    assert "1,000" not in therapy_cell
    assert care_cell == words("compare_care_harms")  # side effects, the pain may stay


def test_the_printed_comparison_says_its_figures_out_of_100(catalog: Catalog) -> None:
    record = replace(demo_consultation(catalog, "es"), therapies_discussed=("drg",))
    text = " ".join(all_text(build_summary(record, catalog)).split())
    words = Wording(catalog, "es")
    assert words("row_risks").split(",")[0] in text
    drg = catalog.therapy("drg")
    pain = drg.risk("generator_pain")  # an SCS figure: DRG's own come first in the core
    assert pain is not None and pain.denominator == 1000 and pain.frequency_low == 9
    assert pain not in table_harms(options(record, catalog)[0], words)
    assert f"{pain.name('es')}: entre menos de 1 y 17 de cada 100 personas." not in text
    for line in harm_lines(drg, words):  # out of 100 and who did not, or "not known"
        assert line in text
    # on the risk list, out of 100 too, as the list says once
    assert "De cada 100 personas, desde menos de 1 hasta unas 17 tuvieron" in text
    assert words("all_risks_intro") in text
