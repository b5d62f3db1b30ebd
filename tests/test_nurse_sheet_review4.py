"""The nurse sheet after the fourth review (problem 7): whom to call to change or cancel
the booked procedure, as the summary says it; which blood thinners the patient said they
take; the summary's own red box; one "does not replace" line. And the booked line's
Spanish agrees with the step's noun (section 6)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import page_texts, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import Consultation, NextStep
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.sections.warning_signs import signs_only, warning_parts
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.preparation import blood_thinner_names
from neuromod_aid.present.next_steps import booked_change
from neuromod_aid.present.wording import Wording

LANGS: list[Lang] = ["en", "es"]


def _text(data: bytes) -> str:
    return "".join(squeezed(page) for page in page_texts(data))


@pytest.fixture(params=LANGS)
def demo(catalog: Catalog, request: pytest.FixtureRequest) -> tuple[Consultation, Wording]:
    """The demo record in each language, and its words."""
    lang: Lang = request.param
    return demo_consultation(catalog, lang), Wording(catalog, lang)


def test_page_one_says_whom_to_call_to_change_or_cancel_as_the_summary_does(
    catalog: Catalog, demo: tuple[Consultation, Wording]
) -> None:
    record, words = demo
    (agreed,) = [step for step in record.next_steps if step.agreed]
    assert agreed.kind == "trial_planned"
    said = squeezed(booked_change(agreed.kind, record.clinic, words))
    assert squeezed(record.clinic.phone) in said
    assert said in squeezed(page_texts(build_nurse_sheet(record, catalog))[0])
    assert said in squeezed(page_texts(build_summary(record, catalog))[0])
    # with no date there is nothing booked yet to change
    assert record.procedure is not None
    undated = replace(record, procedure=replace(record.procedure, date=None))
    assert said not in _text(build_nurse_sheet(undated, catalog))


def test_the_spanish_booked_line_agrees_with_the_step_s_noun(catalog: Catalog) -> None:
    """ "La prueba": reservada, cambiarla; "el siguiente paso", "el procedimiento":
    reservado, cambiarlo."""
    record = demo_consultation(catalog, "es")
    words = Wording(catalog, "es")
    trial = booked_change("trial_planned", record.clinic, words)
    other = booked_change("other", record.clinic, words)
    assert trial.startswith("Reservada.") and "cambiarla o anularla" in trial
    assert other.startswith("Reservado.") and "cambiarlo o anularlo" in other
    step = NextStep(kind="other", text="Llamar a la clínica", date=record.date, agreed=True)
    first = squeezed(page_texts(build_summary(replace(record, next_steps=(step,)), catalog))[0])
    assert squeezed(other) in first and squeezed(trial) not in first
    # an implant's sheet says "Su procedimiento", and its booked line agrees with it
    implant = booked_change("procedure_date", record.clinic, words)
    assert implant.startswith("Reservado.") and "cambiarlo o anularlo" in implant
    sheet = page_texts(build_nurse_sheet(replace(record, next_steps=()), catalog))[0]
    assert squeezed(words("procedure")) in squeezed(sheet) and squeezed(implant) in squeezed(sheet)


def test_the_blood_thinner_part_names_the_ones_the_patient_takes(
    catalog: Catalog, demo: tuple[Consultation, Wording]
) -> None:
    """A medicine of the table is named in the sentence as a common noun, in lower case
    ("You told us you take: clopidogrel."); one the table lacks as it was written."""
    record, words = demo
    assert record.procedure is not None and record.procedure.blood_thinners
    names = blood_thinner_names(record.procedure, catalog, words.lang)
    assert all(name[:1].isupper() for name in names)  # as the table's rows print them
    text = _text(build_nurse_sheet(record, catalog))
    in_text = ", ".join(name[:1].lower() + name[1:] for name in names)
    assert squeezed(words("thinners_taken", medicines=in_text)) in text
    assert squeezed(words("thinners_taken", medicines=", ".join(names))) not in text
    plain = replace(record.procedure, blood_thinners=(), other_blood_thinners=("Sintrom",))
    text = _text(build_nurse_sheet(replace(record, procedure=plain), catalog))
    assert squeezed(words("thinners_taken", medicines="Sintrom")) in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("therapy", ["scs", "idd"])
def test_the_red_box_is_the_summary_s(catalog: Catalog, lang: Lang, therapy: str) -> None:
    """The signs of the procedure's therapy, once each, under the call line; not the
    list's own opening (which repeats the call line) nor its closing (which sent the
    patient to the emergency department where the call line says emergency services)."""
    record = demo_consultation(catalog, lang)
    assert record.procedure is not None
    record = replace(record, procedure=replace(record.procedure, therapy=therapy))
    text = _text(build_nurse_sheet(record, catalog))
    parts = warning_parts(catalog, (therapy,))
    for sign in (item(lang) for part in parts for item in signs_only(part)):
        assert text.count(squeezed(sign)) == 1
    opening, *_, closing = catalog.instruction("warning_signs").items
    assert squeezed(opening(lang)) not in text and squeezed(closing(lang)) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_red_box_says_to_take_the_sheet_and_the_device_card_to_a_hospital(
    catalog: Catalog, lang: Lang
) -> None:
    """What the list's closing item said besides the emergency department is kept."""
    record = demo_consultation(catalog, lang)
    take = squeezed(Wording(catalog, lang)("warning_take_along"))
    for large in (False, True):
        assert _text(build_nurse_sheet(record, catalog, large_print=large)).count(take) == 1


def test_the_sheet_says_once_that_it_does_not_replace_the_team(
    catalog: Catalog, demo: tuple[Consultation, Wording]
) -> None:
    record, words = demo
    text = _text(build_nurse_sheet(record, catalog))
    assert text.count(squeezed(words("sheet_supports"))) == 1
    replaces = {"en": "doesnotreplace", "es": "nosustituye"}[words.lang]
    assert text.lower().count(replaces) == 1
