"""The Clinic content window's sign-off tab, through its real widgets in English and
Spanish: a nurse is refused in the window's language, a physician's sign-off is
recorded, shown, and taken into the catalog the open window prints with; a newly
approved revision shows it no longer covers the content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from neuromod_aid.app.content import Edit
from neuromod_aid.ui.selftest import type_text
from ui.test_content_editor import _open_editor

RUIZ = "Dra. Elena Ruiz"
NURSE = "Rosa Pérez"


def _sign_as(qtbot, tab, name: str) -> None:  # type: ignore[no-untyped-def]
    tab.person.setFocus()
    tab.person.selectAll()
    type_text(tab.person, name)
    qtbot.mouseClick(tab.sign, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_physician_signs_off_in_the_window_and_a_nurse_is_refused(
    make_window, dialogs, qtbot, lang
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(lang)
    staff = window.services.staff
    staff.add(RUIZ, "physician")
    staff.add(NURSE, "nurse")
    staff.add("Dr Luis Gómez", "physician")
    editor = _open_editor(window, qtbot)
    tab = editor.sign_off
    editor.tabs.setCurrentWidget(tab)
    nobody = tab.status.text()
    assert RUIZ not in nobody

    _sign_as(qtbot, tab, NURSE)
    (refused,) = dialogs.warnings
    assert NURSE in refused and ("médico" if lang == "es" else "physician") in refused
    assert tab.status.text() == nobody
    assert window.services.catalog.sign_off is None

    _sign_as(qtbot, tab, RUIZ)
    assert len(dialogs.warnings) == 1
    shown = tab.status.text()
    assert RUIZ in shown and shown != nobody
    assert ("Signed off by" in shown) == (lang == "en")  # in the window's language
    signed = window.services.catalog.sign_off  # the open window prints with it now
    assert signed is not None and signed.by == RUIZ and window.services.catalog.signed_off

    content = window.services.content
    row = content.document_in_use("blood_thinner", "warfarin")
    row["local_review"] = {"reviewed_by": RUIZ, "reviewed_on": signed.on.isoformat()}
    (draft,) = content.propose([Edit("blood_thinner", "warfarin", row)], RUIZ, "checked")
    editor.review.refresh()
    editor.review.person.setText("Dr Luis Gómez")
    editor.review._show(content.revision(draft))
    qtbot.mouseClick(editor.review.approve, Qt.MouseButton.LeftButton)
    assert tab.status.text() not in (shown, nobody)  # it no longer covers the content
    assert not window.services.catalog.signed_off
