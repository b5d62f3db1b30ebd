"""The nurse's pre-procedure sheet and the trial diary, read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pdf_helpers import all_text, page_texts, squeezed, text_sizes

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.trial_diary import build_trial_diary
from neuromod_aid.present.wording import Wording
from neuromod_aid.trial import BASELINE_DAYS


def _flat(data: bytes) -> str:
    return " ".join(all_text(data).split())


def test_nurse_sheet_lists_the_procedure_and_blood_thinner_dates(
    reviewed_catalog: Catalog,
) -> None:
    catalog = reviewed_catalog
    # rows whose high-risk advice (SCS is high risk) is a stop counted in days
    in_days = {
        b.id: b.high
        for b in catalog.blood_thinners
        if b.high is not None and b.high.has_interval and b.high.unit == "days"
    }
    thinner = next(b for b in catalog.blood_thinners if b.id in in_days)
    advice = in_days[thinner.id]
    ranged = next((a for a in in_days.values() if a.stop_min != a.stop_max), None)
    chosen = (thinner.id, *(k for k, a in in_days.items() if a is ranged))
    record = replace(
        demo_consultation(catalog, "en"),
        procedure=Procedure(
            therapy="scs",
            date=dt.date(2027, 3, 15),
            arrival_time="07:45",
            place="Ward 3",
            blood_thinners=chosen,
        ),
    )
    text = _flat(build_nurse_sheet(record, catalog))
    assert catalog.therapy("scs").name("en") in text
    assert "15 March 2027" in text and "07:45" in text and "Ward 3" in text
    assert thinner.medicine("en") in text
    assert advice.stop_min is not None
    last = dt.date(2027, 3, 15) - dt.timedelta(days=advice.stop_min)
    assert f"{last.day} {last:%B} {last.year}" in text
    if ranged is not None:  # a range shows both ends
        for days in (ranged.stop_min, ranged.stop_max):
            assert days is not None
            day = dt.date(2027, 3, 15) - dt.timedelta(days=days)
            assert f"{day.day} {day:%B} {day.year}" in text
    assert "Only as your team tells you" in text
    # the summary's red box: the signs, under its own call line, not the list's opening
    opening, first_sign, *_ = catalog.instruction("warning_signs").items
    assert first_sign("en") in text and opening("en") not in text


def test_nurse_sheet_in_spanish(catalog: Catalog) -> None:
    record = demo_consultation(catalog, "es")  # its procedure is the planned trial
    implant = replace(record, next_steps=())
    pages = page_texts(build_nurse_sheet(implant, catalog))
    assert f"Página 1 de {len(pages)}" in pages[0]
    assert squeezed("Cómo prepararse para su procedimiento") in squeezed(pages[0])
    trial = page_texts(build_nurse_sheet(record, catalog))
    assert squeezed("Cómo prepararse para su prueba") in squeezed(trial[0])


def test_diary_has_one_page_per_trial_day_and_a_summary_page(catalog: Catalog) -> None:
    for days in (3, 7, 10):
        record = demo_consultation(catalog, "en")
        assert record.procedure is not None
        record = replace(record, procedure=Procedure(therapy="scs", trial_days=days))
        pages = page_texts(build_trial_diary(record, catalog))
        # instructions, the usual days before the trial, one page a trial day, the summing-up
        assert len(pages) == 1 + BASELINE_DAYS + days + 1
        day_pages = [p for p in pages if f"of {days}" in p and "Day " in p]
        assert [f"Day {n} of {days}" in p for n, p in enumerate(day_pages, 1)] == [True] * days
        assert "Morning" in day_pages[0] and "How I slept" in day_pages[0]
        assert "How much less pain did I have during the trial?" in pages[-1]
        assert "50" in pages[-1] and "100" in pages[-1]
        # the trial's success criterion is on the last page, said once
        relief = catalog.therapy("scs").trial.success_relief
        assert relief is not None
        words = Wording(catalog, "en")
        criterion = squeezed(words("diary_success_short", percent=words.percent(relief)))
        said = [squeezed(page) for page in pages]
        assert " ".join(said).count(criterion) == 1 and criterion in said[-1]


def test_diary_large_print(catalog: Catalog) -> None:
    record = demo_consultation(catalog, "es")
    sizes = text_sizes(build_trial_diary(record, catalog, large_print=True))
    assert sizes.most_common(1)[0][0] >= 16
    pages = page_texts(build_trial_diary(record, catalog, large_print=True))
    # every day still fits on its own page; the summing-up takes two, and who made and
    # checked it a last one, with whom to call on every page
    assert len(pages) == 1 + BASELINE_DAYS + 7 + 2 + 1
    call = squeezed(record.clinic.out_of_hours_phone)
    assert all(call in squeezed(page) for page in pages)
    assert squeezed(Wording(catalog, "es")("about_sheet")) in squeezed(pages[-1])


def test_no_recorded_blood_thinner_is_not_read_as_none_taken(catalog: Catalog) -> None:
    """An empty list means nothing was written down, never "you take none"."""
    for lang in ("en", "es"):
        record = demo_consultation(catalog, lang)
        assert record.procedure is not None
        record = replace(
            record, procedure=Procedure(therapy="scs", blood_thinners=(), trial_days=7)
        )
        text = " ".join(" ".join(page_texts(build_nurse_sheet(record, catalog))).split())
        words = catalog.words(lang)
        assert words("no_thinners") not in text
        assert words("thinners_not_known") in text


def test_heparin_injections_other_medicines_and_allergies_are_on_the_sheet(
    reviewed_catalog: Catalog,
) -> None:
    catalog = reviewed_catalog
    record = replace(
        demo_consultation(catalog, "en"),
        next_steps=(),  # an implant: no trial's end date on the sheet
        procedure=Procedure(
            therapy="scs",
            date=dt.date(2027, 3, 15),
            blood_thinners=("lmwh_treatment_dose",),
            other_blood_thinners=("Fondaparinux 7.5 mg",),
            allergies=("Chlorhexidine: rash", "Latex: wheezing"),
        ),
    )
    text = _flat(build_nurse_sheet(record, catalog))
    assert "Heparin injections, full dose to treat a clot" in text
    assert "Enoxaparin (Clexane)" in text
    # the heparin's stop is counted in hours, no date is worked out from it
    assert "24 hours before your procedure" in text
    assert text.count("Stop on: ___") == 1  # the other medicine: by hand
    assert "14 March 2027" not in text and "March 2027 (" not in text  # no invented date
    assert "Fondaparinux 7.5 mg" in text
    assert "Chlorhexidine: rash" in text and "Latex: wheezing" in text


def test_allergies_asked_and_not_asked_read_differently(catalog: Catalog) -> None:
    base = demo_consultation(catalog, "es")
    assert base.procedure is not None
    asked = replace(base, procedure=Procedure(therapy="scs", no_known_allergies=True))
    not_asked = replace(base, procedure=Procedure(therapy="scs"))
    assert "Nos dijo que no tiene alergias" in _flat(build_nurse_sheet(asked, catalog))
    assert "No tenemos anotada ninguna alergia" in _flat(build_nurse_sheet(not_asked, catalog))
