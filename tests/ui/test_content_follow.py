"""An approval reaches an open window without a restart (issue #12): decided in another
room, seen as the start screen sees other rooms' saves, or in this window's editor, the
catalog the window uses is replaced at a safe point (never while a document prints): the
open step shows the new figure, the Summary preview is rebuilt from it, the status bar
says so; in English and Spanish, through the real widgets."""

from __future__ import annotations

import pytest
from pdf_helpers import squeezed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_content_trace import _approved, _scs_with_infection
from test_documents_rebuild import _said

from neuromod_aid.app.content import Edit
from neuromod_aid.app.context import AppContext
from neuromod_aid.catalog.export import export_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.paths import data_location
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.wording import Wording
from neuromod_aid.ui.selftest import pdf_text, type_text
from neuromod_aid.ui.steps.base import StepId
from ui.test_content_editor import _open_editor

FOLLOWED = {
    "en": "The clinic's content changed",
    "es": "El contenido de la clínica ha cambiado",
}


def _on_screen(catalog: Catalog, lang: str) -> str:
    """The SCS infection figure as the Risks step says it over its picture."""
    infection = catalog.therapy("scs").risk("infection")
    assert infection is not None
    return squeezed(risk_figure(infection, Wording(catalog, lang)).caption)


def _infection_row_text(window) -> str:  # type: ignore[no-untyped-def]
    rows = {(r.therapy_id, r.risk_id): r for r in window.walkthrough.page(StepId.RISKS).rows}
    return squeezed(
        " ".join(label.text() for label in rows[("scs", "infection")].findChildren(QLabel))
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_approval_in_another_room_reaches_the_open_step_and_the_summary(
    make_window, qtbot, lang
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(3)  # Risks
    shipped = window.services.catalog
    assert _on_screen(shipped, lang) in _infection_row_text(window)

    other_room = AppContext(data_location().ensure())  # another program on these records
    revision = _approved(other_room.content(), 30)
    window.rooms.follow()  # what the 30 s look and coming to the front do
    in_use = window.services.catalog
    assert in_use.local_revisions == (revision,)
    assert _on_screen(in_use, lang) != _on_screen(shipped, lang)
    assert _on_screen(in_use, lang) in _infection_row_text(window)  # the open step, again
    assert window.statusBar().currentMessage().startswith(FOLLOWED[lang])

    summary = window.walkthrough.summary_page
    with qtbot.waitSignal(summary.preview_shown, timeout=30_000):
        window.walkthrough.go(5)  # Summary: its preview is built from the catalog in use
    second = _approved(other_room.content(), 35)
    other_room.close()
    with qtbot.waitSignal(summary.preview_shown, timeout=30_000):  # made again
        window.rooms.follow()
    shown = squeezed(pdf_text(summary.current_pdf()))
    assert _said(window.services.catalog, lang) in shown and f"#{second}" in shown


def test_a_print_running_is_never_given_another_catalog(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    window.open_demo()
    follower = window.rooms.content
    printing = window.walkthrough.summary_page.printing
    printing.job = object()  # a print under way (its record names the content it used)
    shipped = window.services.catalog
    other_room = AppContext(data_location().ensure())
    revision = _approved(other_room.content(), 30)
    other_room.close()
    window.rooms.follow()
    assert window.services.catalog is shipped and follower.waiting
    printing.job = None  # the print ended
    qtbot.waitUntil(lambda: not follower.waiting, timeout=5_000)
    assert window.services.catalog.local_revisions == (revision,)
    assert window.services.consultations.content is window.services.catalog


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_approval_in_this_windows_editor_is_taken_in_at_once(
    context, make_window, dialogs, qtbot, lang
) -> None:  # type: ignore[no-untyped-def]
    content = context.content()
    (draft,) = content.propose([_scs_with_infection(content, 30)], "Dr Ruiz", "audit")
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(3)
    editor = _open_editor(window, qtbot)
    editor.tabs.setCurrentWidget(editor.review)
    review = editor.review
    review.drafts.setCurrentRow(0)
    type_text(review.person, "Dr Gómez")
    qtbot.mouseClick(review.approve, Qt.MouseButton.LeftButton)
    assert dialogs.warnings == []
    assert window.services.catalog.local_revisions == (draft,)
    assert _on_screen(window.services.catalog, lang) in _infection_row_text(window)
    assert window.statusBar().currentMessage().startswith(FOLLOWED[lang])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_statement_of_what_matters_changed_in_another_room_reaches_the_options_step(
    make_window, lang
) -> None:  # type: ignore[no-untyped-def]
    """The clinic rewords "Having less pain" in another room; the Options step, open on
    the demo, shows the new words once the window takes the content in."""
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(2)  # Options
    panel = window.walkthrough.page(StepId.OPTIONS).values_panel
    shipped = panel.statements["pain_relief"].text()
    other_room = AppContext(data_location().ensure())
    content = other_room.content()
    (statement,) = [
        v for v in export_catalog(content.catalog())["values"] if v["id"] == "pain_relief"
    ]
    reworded = {"en": "Having much less pain", "es": "Tener mucho menos dolor"}
    edit = Edit("value", "pain_relief", dict(statement, statement=reworded))
    (draft,) = content.propose([edit], "Dr Ruiz", "clearer")
    content.approve(draft, "Dr Gómez")
    other_room.close()
    window.rooms.follow()
    assert panel.statements["pain_relief"].text() == reworded[lang] != shipped
