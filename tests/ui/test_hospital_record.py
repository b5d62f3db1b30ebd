"""The Summary step's "For the hospital record": the consultation as a FHIR R4 document
Bundle in a file, the summary PDF inside, named in the record's language (issue #15, point 5)."""

from __future__ import annotations

import base64
import json

import pytest
from fhir.resources.R4B.bundle import Bundle

SUMMARY = 5


@pytest.mark.parametrize(("lang", "word"), [("en", "hospital-record"), ("es", "historia-clinica")])
def test_the_summary_step_writes_the_visit_for_the_hospital_record(
    make_window, dialogs, qtbot, lang, word
) -> None:
    window = make_window(ui_lang=lang)
    window.open_demo()
    window.walkthrough.go(SUMMARY)
    page = window.walkthrough.page("summary")
    record = window.controller.record
    page.hospital.button.click()
    (written,) = dialogs.folder.glob("*.json")
    assert written.name.startswith(word) and "DEMO-0001" in written.name
    bundle = json.loads(written.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)  # valid FHIR R4(B)
    resources = {entry["resource"]["resourceType"]: entry["resource"] for entry in bundle["entry"]}
    assert resources["Patient"]["identifier"][0]["value"] == record.patient.record_number
    attachment = resources["DocumentReference"]["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert base64.b64decode(attachment["data"]).startswith(b"%PDF-")
    assert resources["Composition"]["status"] == "preliminary"  # not finished yet
    assert str(written) in page.status.text()
