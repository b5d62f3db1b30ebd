"""The take-home summary, read back as a patient would read it."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

import pytest
from pdf_helpers import BASE_14, all_text, fonts, page_texts, reader, squeezed, text_sizes

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import Risk
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.sections.context import _mentions
from neuromod_aid.pdf.sections.warning_signs import signs_only
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.comparison import options, rows
from neuromod_aid.present.wording import Wording


@pytest.fixture(scope="module")
def english(catalog: Catalog) -> bytes:
    return build_summary(demo_consultation(catalog, "en"), catalog)


@pytest.fixture(scope="module")
def spanish(catalog: Catalog) -> bytes:
    return build_summary(demo_consultation(catalog, "es"), catalog)


def _figure(value: float) -> str:
    """As English writes it: 9,787; 0.31."""
    return f"{int(value):,}" if value == int(value) else str(value)


def test_page_one_holds_the_key_points(english: bytes, catalog: Catalog) -> None:
    record = demo_consultation(catalog, "en")
    first = page_texts(english)[0]
    assert record.patient.name in first
    assert "23 November 2026" in first  # the visit date, in words
    for therapy_id in record.therapies_discussed:
        assert catalog.therapy(therapy_id).name("en") in first
    assert catalog.current_care.name("en").lower() in first.lower()
    agreed = record.agreed_step
    assert agreed is not None and agreed.text.removesuffix(".") in first  # the date, then "."
    assert record.clinic.phone in first
    assert catalog.manifest.disclaimer("en") in " ".join(first.split())


def test_every_discussed_therapy_and_its_risks_and_figures_are_shown(
    english: bytes, catalog: Catalog
) -> None:
    record = demo_consultation(catalog, "en")
    text = " ".join(all_text(english).split())
    for therapy_id in record.therapies_discussed:
        therapy = catalog.therapy(therapy_id)
        assert therapy.name("en") in text
        for risk in therapy.risks:
            assert risk.name("en") in text, risk.id
            if risk.frequency_low is not None and risk.frequency_high is not None:
                den, counts, _ = _whole_people((risk.frequency_low, risk.frequency_high), risk)
                if risk.frequency_high * 100 >= risk.denominator:  # "Out of 100 ..."
                    said = ["Out of 100 "] + [f"{n:,}" for n in _per_100(risk)]
                else:  # "fewer than 1 in 100", then its count per 1,000
                    said = [f"{counts[-1]:,} in every {den:,}"]
                assert all(number in text for number in said), risk.id
        for outcome in therapy.outcomes:
            for source_id in outcome.sources:
                assert catalog.source(source_id).short in text


def test_risk_figures_are_given_over_100_with_both_sides(english: bytes, catalog: Catalog) -> None:
    """Balanced framing: how many had it AND how many did not, out of 100."""
    text = " ".join(all_text(english).split())
    risk = next(
        r
        for r in catalog.therapy("scs").risks
        if r.denominator == 100 and r.frequency_low is not None and r.frequency_low > 1
    )
    low, high = int(risk.frequency_low or 0), int(risk.frequency_high or 0)
    assert "Out of 100 people" in text
    assert str(100 - low) in text and str(100 - high) in text


PER_WORDS = {
    "people": "people",
    "procedures": "operations",
    "sessions": "sessions",
    "leads": "leads",
}
# what happened to what a row counts (of many, of one), and to the rest: people had a
# problem, an operation or a session led to it, a lead was affected (round-6 review)
HAD_WORDS = {
    "people": ("had this problem", "had this problem", "did not"),
    "procedures": ("led to this problem", "led to this problem", "did not"),
    "sessions": ("led to this problem", "led to this problem", "did not"),
    "leads": ("were affected", "was affected", "were not"),
}


def _whole_people(values: tuple[float, ...], risk: Risk) -> tuple[int, list[int], bool]:
    """The count a risk's row is said over and its figures there, worked out from the
    catalog's numbers: out of 100 when every figure is whole there, else out of 1,000,
    rounded half up ("about") when not whole even there (213 in 10,000: 21 in 1,000)."""
    exact = [Decimal(repr(value)) for value in values]
    for den in (100, 1000):
        over = [value * den / risk.denominator for value in exact]
        if all(value == int(value) for value in over):
            return den, [int(value) for value in over], False
    over = [value * 1000 / risk.denominator for value in exact]
    return 1000, [int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP)) for value in over], True


def _how_often(risk: Risk) -> str:
    """What the risk list's 'How often' must say, built from the catalog's own numbers,
    in whole people: under 1 in 100, "fewer than 1 in 100" and the count per 1,000; else
    out of 100, rounded half up with "about" when not whole there, a range still a range."""
    low, high = risk.frequency_low or 0.0, risk.frequency_high or 0.0
    per, (had, had_one, had_not) = PER_WORDS[risk.per], HAD_WORDS[risk.per]
    if high * 100 / risk.denominator < 1:
        den, counts, _ = _whole_people((low, high), risk)
        first, last = counts
        said = f"about {first}" if low == high else f"between {first} and {last}"
        return f"Fewer than 1 in every 100 {per} ({said} in every {den:,})"
    exact = [Decimal(repr(v)) * 100 / risk.denominator for v in (low, high)]
    first, last = (int(v.quantize(Decimal(1), rounding=ROUND_HALF_UP)) for v in exact)
    if low == high:
        said = had_one if first == 1 else had
        return f"Out of 100 {per}, about {first} {said} and {100 - first} {had_not}"
    if exact[0] < 1:
        return (
            f"Out of 100 {per}, between fewer than 1 and about {last} {had}. "
            f"At least {100 - last} {had_not}"
        )
    about = "" if all(v == int(v) for v in exact) else "about "
    return (
        f"Out of 100 {per}, between {about}{first} and {last} {had}. "
        f"Between {about}{100 - last} and {100 - first} {had_not}"
    )


def test_how_often_gives_each_figure_exactly_as_the_catalog_stores_it(
    english: bytes, catalog: Catalog
) -> None:
    record = demo_consultation(catalog, "en")
    text = " ".join(all_text(english).split())
    checked = 0
    for therapy_id in record.therapies_discussed:
        for risk in catalog.therapy(therapy_id).risks:
            if risk.frequency_low is None or risk.frequency_high is None:
                continue
            if risk.estimate is not None:  # a 95% interval: its best estimate, then its ends
                had = HAD_WORDS[risk.per][risk.estimate == 1]
                expected = f"the best estimate is that about {_figure(risk.estimate)} {had}"
                ends = f"between {_figure(risk.frequency_low)} and {_figure(risk.frequency_high)}"
                assert f"{expected} and {_figure(risk.denominator - risk.estimate)}" in text
                assert f"The true figure is likely {ends}" in text, (therapy_id, risk.id)
            else:
                expected = _how_often(risk)
            assert expected.casefold() in text.casefold(), (therapy_id, risk.id, expected)
            checked += 1
    assert checked >= 10


def _per_100(risk: Risk) -> list[int]:
    """The figure's ends out of 100, rounded half up (under 1: none said)."""
    ends = [
        Decimal(repr(v)) * 100 / risk.denominator
        for v in (risk.frequency_low or 0.0, risk.frequency_high or 0.0)
    ]
    return [int(v.quantize(Decimal(1), rounding=ROUND_HALF_UP)) for v in ends if v >= 1]


def test_every_risk_row_counts_whole_people_out_of_100_or_1000(
    english: bytes, catalog: Catalog
) -> None:
    """No fraction of a person, and one denominator: 25 in 1,000 operations is about 3
    out of 100 (never 2.5 in 100), 213 in 10,000 about 2 out of 100; only a figure under 1
    in 100 is also said out of 1,000."""
    record = demo_consultation(catalog, "en")
    text = " ".join(all_text(english).split())
    risks = [r for t in record.therapies_discussed for r in catalog.therapy(t).risks]
    infection = next(r for r in risks if r.id == "infection")
    assert infection.denominator == 1000 and infection.frequency_low == 25  # the case at hand
    # the range across studies from 25 in 1,000: about 3 out of 100, never 2.5
    assert "Out of 100 operations, between about 3 and 14 led to this problem" in text
    injury = next(r for r in catalog.therapy("scs").risks if r.id == "nerve_injury")
    assert injury.denominator == 10000 and injury.frequency_low == 213
    assert "Out of 100 people, about 2 had this problem and 98 did not" in text
    detail = text[text.index("More detail") :]
    assert not re.search(r"Out of [\d,]{6,} ", detail)  # no list counts out of 10,000
    assert "is the same as" not in detail  # so no figure is said over two denominators
    # every "Out of N ..., about N" / "between N" sentence is a risk's figure in whole people
    counted = {
        (100, PER_WORDS[r.per], n)
        for r in risks
        if r.frequency_low is not None and r.frequency_high is not None
        for n in _per_100(r)
    }
    found = re.findall(r"Out of (100|1,000) (\w+), (?:about|between) (\d+)", text)
    assert found
    for den, per, number in found:
        assert (int(den.replace(",", "")), per, int(number)) in counted, (den, per, number)
    assert not re.search(r"Out of 1,000 \w+, (?:about|between) ", detail)  # one denominator
    for wrong in ("2.5 led to this problem", "1.4 led to this problem", "2.5 had", "1.4 had"):
        assert wrong not in text


def test_discussed_risks_are_marked(english: bytes, catalog: Catalog) -> None:
    """Each risk talked about has a check after its name on its row, and no other risk
    has; the list's intro says what the check means."""
    record = demo_consultation(catalog, "en")
    text = " ".join(all_text(english).split())
    detail = text[text.index("More detail") :]
    assert "marked a check (✓) next to the risks you talked about" in detail
    assert sum(len(ids) for ids in record.risks_discussed.values()) >= 2
    names = [catalog.therapy(t).name("en") for t in record.therapies_discussed]
    starts = [detail.index(name) for name in names] + [len(detail)]
    for n, therapy_id in enumerate(record.therapies_discussed):
        section = detail[starts[n] : starts[n + 1]]  # this option's own pages
        for risk in catalog.therapy(therapy_id).risks:
            discussed = risk.id in record.risks_discussed.get(therapy_id, ())
            marked = re.search(re.escape(f"{risk.name('en')} ✓") + "[.;]", section)
            assert bool(marked) == discussed, (therapy_id, risk.id)


def test_sources_and_content_version_are_listed(english: bytes, catalog: Catalog) -> None:
    text = " ".join(all_text(english).split())
    assert "Where the figures come from" in text
    for risk in catalog.therapy("scs").risks:
        for source_id in risk.sources:
            source = catalog.source(source_id)
            assert source.short in text
            if source.doi:
                assert squeezed(source.doi) in squeezed(text)
    assert catalog.manifest.content_version in text
    assert catalog.manifest.update_policy("en").split(".")[0] in text


def test_every_page_says_page_x_of_y_and_whose_it_is(english: bytes, catalog: Catalog) -> None:
    pages = page_texts(english)
    name = demo_consultation(catalog, "en").patient.name
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert name in text
        assert "Demo Pain Clinic" in text  # the header


def test_the_spanish_summary_is_in_spanish(spanish: bytes, catalog: Catalog) -> None:
    pages = page_texts(spanish)
    text = " ".join("\n".join(pages).split())
    assert f"Página 1 de {len(pages)}" in text
    assert "Lucía Ejemplo" in text
    assert catalog.therapy("scs").name("es") in text
    assert catalog.manifest.disclaimer("es") in text
    assert "¿" in text and "ñ" in text
    assert "23 de noviembre de 2026" in text
    assert "Page 1 of" not in text and "Your pain" not in text


def test_metadata_title_author_and_language(english: bytes, spanish: bytes) -> None:
    for data, lang, clinic, title in (
        (english, "en", "Demo Pain Clinic", "Your consultation summary"),
        (spanish, "es", "Clínica del Dolor de Demostración", "Resumen de su consulta"),
    ):
        pdf = reader(data)
        assert pdf.metadata is not None
        assert pdf.metadata.author == clinic
        assert pdf.metadata.title == title  # what it is, not whose (that is on every page)
        assert str(pdf.trailer["/Root"].get("/Lang")) == lang


def test_only_embedded_truetype_fonts(english: bytes, spanish: bytes) -> None:
    for data in (english, spanish):
        used = fonts(data)
        assert used
        assert all(font.embedded for font in used), used
        assert not {re.sub(r"^[A-Z]{6}\+", "", f.name) for f in used} & BASE_14


def test_large_print_body_text_is_16_pt_or_more(catalog: Catalog) -> None:
    record = demo_consultation(catalog, "en")
    normal = text_sizes(build_summary(record, catalog, large_print=False))
    large = text_sizes(build_summary(record, catalog, large_print=True))
    body_normal = normal.most_common(1)[0][0]
    body_large = large.most_common(1)[0][0]
    assert body_large >= 16 > body_normal
    # the record's own choice is honoured too
    chosen = text_sizes(build_summary(replace(record, large_print=True), catalog))
    assert chosen.most_common(1)[0][0] >= 16
    # nothing on a large-print page is small: captions 14 pt, diagram labels about 12 pt
    assert min(large) >= 11.5
    assert min(normal) >= 9


def test_comparison_has_current_care_and_every_row_for_every_option(
    english: bytes, catalog: Catalog
) -> None:
    # a word with a hyphen of its own may end a line in a narrow column there
    text = " ".join(all_text(english).split()).replace("- ", "-")
    assert "Your options side by side" in text
    record = demo_consultation(catalog, "en")
    compared = options(record, catalog)
    assert [o.id for o in compared] == [*record.therapies_discussed, "current_care"]
    for row in rows(compared, Wording(catalog, "en")):
        assert row.heading in text
        for answer in row.answers:
            for line in answer.split("\n"):
                assert " ".join(line.split()) in text, (row.id, line)
    for therapy_id in ("scs", "drg"):  # the rest of the glance on the detail pages
        glance = catalog.therapy(therapy_id).glance
        assert glance.benefits("en") in text and glance.downsides("en") in text
    care = catalog.current_care
    assert all(" ".join(d("en").split()) in text for d in (*care.benefits, *care.downsides))


def test_warning_signs_come_from_the_catalog(english: bytes, catalog: Catalog) -> None:
    text = " ".join(all_text(english).split())
    warning = next(s for s in catalog.instructions if s.id == "warning_signs")
    for item in signs_only(warning):
        assert " ".join(item("en").split()) in text
    opening, *_, closing = warning.items  # they say what the box's call line says
    for repeated in (opening, closing):
        assert " ".join(repeated("en").split()) not in text


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_page_one_holds_the_key_points_in_every_language_and_size(
    catalog: Catalog, lang: Lang, large: bool
) -> None:
    """Who it is for, the options, the agreed step and who to call: all on page 1."""
    record = demo_consultation(catalog, lang)
    data = build_summary(record, catalog, large_print=large)
    first = " ".join(page_texts(data)[0].split())
    assert record.patient.name in first
    assert " ".join(Wording(catalog, lang).date(record.date).split()) in first
    for therapy_id in record.therapies_discussed:
        assert catalog.therapy(therapy_id).name(lang) in first, therapy_id
    assert catalog.current_care.name(lang) in first
    agreed = record.agreed_step
    assert agreed is not None and agreed.text.removesuffix(".") in first  # the date, then "."
    assert first.count(record.clinic.phone) >= 2  # the header's, and the key point's
    if large:
        assert text_sizes(data).most_common(1)[0][0] >= 16


@pytest.mark.parametrize("lang", ["en", "es"])
def test_large_print_keeps_the_key_points_on_page_one_and_the_full_contact_once(
    catalog: Catalog, lang: Lang
) -> None:
    """Page 1 keeps the key points, the phone among them; the full contact details are
    there too when they fit, else what page 1 leaves out (the address) after the core,
    with a line pointing back to "Who to call": each said once either way (the birth
    date is in every footer)."""
    record = demo_consultation(catalog, lang)
    pages = [
        " ".join(page.split())
        for page in page_texts(build_summary(record, catalog, large_print=True))
    ]
    assert record.clinic.phone in pages[0]
    words = Wording(catalog, lang)
    whole = " ".join(pages)
    before = whole[: whole.index(words("glossary"))]
    assert before.count(record.clinic.address) == 1
    assert before.count(" ".join(record.clinic.hours_in(lang).split())) == 1
    birth = words.date(record.patient.birth_date or record.date)
    assert all(birth in page for page in pages)


def test_a_next_step_that_starts_with_its_kind_does_not_repeat_it(catalog: Catalog) -> None:
    from neuromod_aid.consultation import NextStep

    record = demo_consultation(catalog, "es")
    kind = Wording(catalog, "es")("kind_psychological_assessment")
    step = NextStep(kind="psychological_assessment", text=f"{kind.lower()} del dolor, en enero")
    text = squeezed(all_text(build_summary(replace(record, next_steps=(step,)), catalog)))
    assert squeezed(f"{kind.lower()} del dolor, en enero") in text
    assert squeezed(f"{kind}: {kind.lower()}") not in text


@pytest.mark.parametrize(
    ("text", "term", "listed"),
    [
        ("the lead moved", "lead", True),
        ("misleading leads", "lead", False),
        ("a spinal cord stimulator", "spinal cord", True),
        ("la vía epidural", "vía", True),
        ("las vías", "vía", False),
        ("antivía", "vía", False),
        ("vía", "vía", True),
    ],
)
def test_a_glossary_term_is_listed_when_the_text_uses_it_as_a_whole_word(
    text: str, term: str, listed: bool
) -> None:
    assert _mentions(text, term) is listed
