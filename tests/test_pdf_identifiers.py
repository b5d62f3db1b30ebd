"""Every page of every document says whose it is: the patient's name and a second
identifier (record number or birth date), as patient identification asks; the nurse
sheet and the trial diary carry both. No patient name in the PDF's metadata."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from pdf_helpers import Run, lines_of, reader, squeezed, text_runs

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import RECORD_NUMBER_MAX, Consultation, Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.layout import MARGIN, PAGE_WIDTH, bottom_margin
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.pdf.trial_diary import build_trial_diary
from neuromod_aid.present.wording import Wording

Builder = Callable[..., bytes]
BUILDERS: dict[str, Builder] = {
    "summary": build_summary,
    "nurse_sheet": build_nurse_sheet,
    "trial_diary": build_trial_diary,
}
NAME = "Rosa María Quintana Ortiz"
NUMBER = "H-20431"
BORN = dt.date(1958, 2, 3)
BORN_IN_WORDS = {"en": "3 February 1958", "es": "3 de febrero de 1958"}


def _record(catalog: Catalog, lang: Lang, patient: Patient) -> Consultation:
    return replace(demo_consultation(catalog, lang), patient=patient)


def _footers(data: bytes, large: bool) -> list[list[Run]]:
    """What each page shows below its text frame."""
    bottom = bottom_margin(large)
    return [[run for run in runs if run.y < bottom] for runs in text_runs(data)]


def _footer_texts(data: bytes, large: bool) -> list[str]:
    return [squeezed(" ".join(lines_of(runs))) for runs in _footers(data, large)]


@pytest.mark.parametrize("kind", BUILDERS)
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_every_page_carries_the_name_record_number_and_birth_date(
    catalog: Catalog, kind: str, lang: Lang, large: bool
) -> None:
    record = _record(catalog, lang, Patient(name=NAME, record_number=NUMBER, birth_date=BORN))
    footers = _footer_texts(BUILDERS[kind](record, catalog, large_print=large), large)
    assert len(footers) > 1
    for page, text in enumerate(footers, start=1):
        assert squeezed(NAME) in text, (kind, page, text)
        assert NUMBER in text, (kind, page, text)
        assert squeezed(BORN_IN_WORDS[lang]) in text, (kind, page, text)


@pytest.mark.parametrize("kind", BUILDERS)
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("number", "born"), [("", BORN), (NUMBER, None), ("", None)])
def test_a_missing_identifier_is_a_labelled_blank_where_it_is_needed(
    catalog: Catalog, kind: str, lang: Lang, number: str, born: dt.date | None
) -> None:
    """The nurse sheet and diary always ask for both; the summary for one at least."""
    labels = Wording(catalog, lang)
    record = _record(catalog, lang, Patient(name=NAME, record_number=number, birth_date=born))
    footers = _footer_texts(BUILDERS[kind](record, catalog, large_print=False), False)
    blank_number = squeezed(labels("record_number") + ":") + "___"
    blank_born = squeezed(labels("date_of_birth") + ":") + "___"
    both = kind != "summary"
    for page, text in enumerate(footers, start=1):
        assert squeezed(NAME) in text, (kind, page)
        if number:
            assert number in text and blank_number not in text, (kind, page, text)
        else:
            assert (blank_number in text) == both, (kind, page, text)
        if born is not None:
            assert squeezed(BORN_IN_WORDS[lang]) in text and blank_born not in text, (kind, page)
        else:
            assert (blank_born in text) == (both or not number), (kind, page, text)


HOSTILE = """<b>&"' Smith</b> 😀 👍 שלום مرحبا WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"""
LONG = "María de los Ángeles Fernández-Villaverde y Rodríguez de la Concepción del Río Martínez"


@pytest.mark.parametrize("kind", BUILDERS)
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize(
    "patient",
    [
        Patient(name=HOSTILE, record_number="A/../B\x07" + "9" * 60, birth_date=BORN),
        Patient(name=LONG, record_number=NUMBER, birth_date=BORN),
        Patient(name="Ana " + "Wilhelmina " * 17, record_number="W" * RECORD_NUMBER_MAX),
    ],
    ids=["hostile", "long", "huge"],
)
def test_long_names_and_numbers_stay_clear_of_page_x_of_y_and_the_text(
    catalog: Catalog, kind: str, large: bool, patient: Patient
) -> None:
    data = BUILDERS[kind](_record(catalog, "es", patient), catalog, large_print=large)
    bottom = bottom_margin(large)
    footers = _footers(data, large)
    for page, runs in enumerate(footers, start=1):
        (number,) = [run for run in runs if run.text.startswith("Página ")]
        assert number.text == f"Página {page} de {len(footers)}"
        for run in runs:
            assert run.x0 >= MARGIN - 0.5 and run.x1 <= PAGE_WIDTH - MARGIN + 0.5, run
            assert run.y + run.size < bottom, run  # below the text frame
            if run is not number and abs(run.y - number.y) < number.size:
                assert run.x1 < number.x0, (run, number)  # never over "Página x de y"
        text = squeezed(" ".join(lines_of([run for run in runs if run is not number])))
        if patient.name == LONG:  # a long real name is printed whole
            assert squeezed(LONG) in text, text
        if patient.name == HOSTILE:
            assert squeezed("<b>&\"' Smith</b> 😀 👍") in text
            assert set("שלום") <= set(text) and set("مرحبا") <= set(text)


@pytest.mark.parametrize("kind", BUILDERS)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_patient_name_in_the_metadata(catalog: Catalog, kind: str, lang: Lang) -> None:
    record = _record(catalog, lang, Patient(name=NAME, record_number=NUMBER, birth_date=BORN))
    pdf = reader(BUILDERS[kind](record, catalog))
    metadata = pdf.metadata
    assert metadata is not None and metadata.title  # still titled, by what it is
    for field in (metadata.title, metadata.subject, metadata.author, metadata.keywords):
        for word in NAME.split():
            assert word not in (field or ""), (kind, field)
    info = pdf.trailer["/Info"].get_object()
    for key, value in info.items():
        assert "Quintana" not in str(value), (key, value)
    assert pdf.xmp_metadata is None or "Quintana" not in str(pdf.xmp_metadata.rdf_root.toxml())
