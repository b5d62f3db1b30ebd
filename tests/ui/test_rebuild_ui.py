"""A patient's record lists the documents made from the chosen consultation, and
"Rebuild as it was" makes one again from its record and the content it was built from:
after the clinic changed a figure, the rebuilt summary has the old one (issue #12,
point 4), in English and Spanish, through the real widgets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import running_text, squeezed
from PySide6.QtCore import Qt
from test_content_trace import _approved
from test_documents_rebuild import _said

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.consultation import Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf import build_document

ANA = Patient(name="Ana Núñez", record_number="H-555")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_listed_document_is_rebuilt_as_it_was(
    context, make_window, dialogs, qtbot, catalog, lang
) -> None:  # type: ignore[no-untyped-def]
    content = context.content()
    _approved(content, 30)
    then = context.catalog()
    consultations = Consultations(context.database(), then)
    record = replace(demo_consultation(catalog, lang), patient=ANA)
    stored = consultations.start(record)
    handed_out = build_document("summary", stored.record, then)
    target = dialogs.folder / "handed-out.pdf"
    consultations.export(stored.id, "summary", stored.record, handed_out, target, large_print=False)
    _approved(content, 35)  # the clinic changes the figure afterwards

    window = make_window(lang)
    window.show_patient(stored.patient_id)
    panel = window.patient_view.documents
    assert panel.isVisible() and panel.list.topLevelItemCount() == 1
    assert not panel.rebuild_button.isEnabled()  # nothing chosen yet
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.list.topLevelItem(0).text(3) == "handed-out.pdf"
    qtbot.mouseClick(panel.rebuild_button, Qt.MouseButton.LeftButton)
    assert dialogs.warnings == []
    (saved,) = [p for p in dialogs.folder.iterdir() if p.name != "handed-out.pdf"]
    rebuilt = running_text(saved.read_bytes())
    assert rebuilt == running_text(handed_out)
    assert _said(then, lang) in squeezed(rebuilt)
    assert _said(window.services.catalog, lang) not in squeezed(rebuilt)  # today's figure
    assert saved.name in panel.said.text()
