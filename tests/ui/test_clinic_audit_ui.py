"""The clinic's own audit of a risk, through the real widgets in English and Spanish:
marked in the editor (count, total, years) into a draft, and, once a second person
approves it, said on the Risks step and the patient screen beside the published figure."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel

from neuromod_aid.app.content import Edit
from neuromod_aid.ui.selftest import type_text
from neuromod_aid.ui.steps.base import StepId
from ui.test_content_editor import _choose, _click, _open_editor

SAID = {
    "en": "In our clinic: 3 in 120 operations. This figure is from the records of this clinic,"
    " 2021–2025, not a published study.",
    "es": "En nuestra clínica: 3 de 120 operaciones. Esta cifra es de los registros de esta"
    " clínica, 2021–2025, no de un estudio publicado.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_audit_is_marked_in_the_editor(make_window, dialogs, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    editor = _open_editor(make_window(lang), qtbot)
    _choose(editor, "risk", "scs", "infection")
    panel = editor.edit_tab.figure_panel
    assert panel.audit.isVisible() and not panel.audit.isChecked()
    panel.audit.setChecked(True)
    for name, value in (("count", 3), ("total", 120), ("first_year", 2021), ("last_year", 2025)):
        panel.audit_numbers[name].setValue(value)
    type_text(editor.edit_tab.author, "Dr Ruiz")
    _click(qtbot, editor, editor.edit_tab.save)
    assert dialogs.warnings == []
    (draft,) = editor.content.revisions()
    risk = next(r for r in draft.document["risks"] if r["id"] == "infection")
    assert risk["clinic_audit"] == {"count": 3, "total": 120, "first_year": 2021, "last_year": 2025}
    _choose(editor, "therapy", "scs")
    assert not panel.isVisible()  # a therapy's page has no figure of its own


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_approved_audit_is_said_beside_the_figure(context, make_window, lang) -> None:  # type: ignore[no-untyped-def]
    content = context.content()
    scs = content.document_in_use("therapy", "scs")
    infection = next(r for r in scs["risks"] if r["id"] == "infection")
    infection["clinic_audit"] = {"count": 3, "total": 120, "first_year": 2021, "last_year": 2025}
    (draft,) = content.propose([Edit("therapy", "scs", scs)], "Dr Ruiz", "our audit")
    content.approve(draft, "Dr Gómez")
    window = make_window(lang)
    window.open_demo()
    window.controller.update(lambda record: replace(record, language=lang))
    window.walkthrough.go(3)
    rows = {(r.therapy_id, r.risk_id): r for r in window.walkthrough.page("risks").rows}
    said = [label.text() for label in rows[("scs", "infection")].findChildren(QLabel)]
    assert SAID[lang] in said
    assert all(
        SAID[lang] not in label.text() for label in rows[("scs", "bleeding")].findChildren(QLabel)
    )
    window.present_action.setChecked(True)
    screen = window.presentation
    screen.follow(window.controller.record, StepId.RISKS, ("scs",))
    screen.rebuild()
    assert SAID[lang] in screen.text()
    window.present_action.setChecked(False)
