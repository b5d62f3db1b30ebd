"""What the patient reads is in the document's language: the clinic's worded details,
out of hours included; the clinician's private notes are never printed."""

from __future__ import annotations

import json
from dataclasses import replace

from pdf_helpers import all_text

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import FORMAT, Clinic, from_dict, to_dict
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf import build_document

CLINIC = Clinic(
    name="Unidad del Dolor Norte",
    phone="+34 900 123 456",
    hours={"en": "Monday to Friday, 8 to 3", "es": "De lunes a viernes, de 8 a 15"},
    out_of_hours={"en": "Call the hospital switchboard.", "es": "Llame a la centralita."},
    out_of_hours_phone="+34 900 999 999",
)


def test_a_spanish_summary_prints_the_clinic_in_spanish(catalog: Catalog) -> None:
    record = replace(demo_consultation(catalog, "es"), clinic=CLINIC)
    text = all_text(build_document("summary", record, catalog))
    assert "De lunes a viernes, de 8 a 15" in text
    # the clinic's words, as they read after "Cuando estemos cerrados:" (no capital)
    assert "estemos cerrados: llame a la centralita." in " ".join(text.split())
    assert "+34 900 999 999" in text
    assert "Monday" not in text and "switchboard" not in text


def test_hours_given_in_another_language_only_are_left_out(catalog: Catalog) -> None:
    english_only = Clinic(name="Pain Clinic North", hours={"en": "Monday to Friday"})
    record = replace(demo_consultation(catalog, "es"), clinic=english_only)
    for kind in ("summary", "nurse_sheet"):
        assert "Monday" not in all_text(build_document(kind, record, catalog))


def test_private_notes_are_never_printed(catalog: Catalog) -> None:
    record = replace(
        demo_consultation(catalog),
        notes_for_patient="Rest the day after.",
        private_notes="Query opioid misuse.",
    )
    for kind in ("summary", "nurse_sheet", "trial_diary"):
        text = all_text(build_document(kind, record, catalog))
        assert "opioid misuse" not in text
    assert "Rest the day after." in all_text(build_document("summary", record, catalog))


def test_a_version_1_file_keeps_its_meaning(catalog: Catalog) -> None:
    data = to_dict(demo_consultation(catalog, "es"))
    data["format"] = "neuromod-aid.consultation/1"
    data["clinician_notes"] = data.pop("notes_for_patient")  # version 1 printed these
    del data["private_notes"], data["values"], data["leaning"]  # not in version 1
    clinic = data["clinic"]
    clinic["hours"] = "De lunes a viernes"  # one text, printed in the record's language
    del clinic["out_of_hours"], clinic["out_of_hours_phone"]
    record = from_dict(json.loads(json.dumps(data)))
    assert record.notes_for_patient.startswith("Le duele más la pierna")
    assert record.private_notes == ""
    assert record.clinic.hours == {"es": "De lunes a viernes"}
    assert to_dict(record)["format"] == FORMAT
