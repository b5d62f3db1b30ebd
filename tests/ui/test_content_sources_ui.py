"""The editor's sources list, driven through its real widgets in English and Spanish: a
figure's sources found by typing part of a citation and ticked, and a new source added
with its DOI, saved with the figure as one draft and approved with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from neuromod_aid.ui.selftest import type_text
from ui.test_content_editor import _choose, _click, _open_editor

WORDS = {
    "en": ("Find a source", "Sources of the figure", "Not added"),
    "es": ("Buscar una fuente", "Fuentes de la cifra", "No se añadió"),
}


def _shown(picker) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        picker.list.item(row).text()
        for row in range(picker.list.count())
        if not picker.list.item(row).isHidden()
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_figures_source_is_found_ticked_and_a_new_one_added_with_the_draft(
    make_window, dialogs, qtbot, lang
) -> None:  # type: ignore[no-untyped-def]
    find, chosen_words, refused = WORDS[lang]
    editor = _open_editor(make_window(lang), qtbot)
    _choose(editor, "risk", "scs", "infection")
    picker = editor.edit_tab.sources
    assert picker.search.accessibleName() == find
    assert picker.chosen_label.text().startswith(chosen_words)
    shipped = picker.chosen()
    type_text(picker.search, "narouze")
    found = _shown(picker)
    assert any(text.startswith("ASRA/ESRA/INS, 2018") for text in found)
    assert all("narouze" in text.casefold() for text in found)
    assert len(found) < len(editor.catalog.sources)
    picker.search.clear()
    assert len(_shown(picker)) == len(editor.catalog.sources)

    type_text(picker.authors, "Núñez C, Ruiz A")
    type_text(picker.title, "Infections after implants in one clinic")
    _click(qtbot, editor, picker.add)
    assert picker.problem.text().startswith(refused)  # neither a DOI nor a web address
    type_text(picker.doi, "10.1000/clinic.2024.7")
    _click(qtbot, editor, picker.add)
    assert picker.chosen() == [*shipped, "nunez_2024"]
    assert "Núñez et al., 2024" in picker.chosen_label.text()

    tab = editor.edit_tab
    type_text(tab.author, "Dr Ruiz")
    type_text(tab.reason, "our own study")
    _click(qtbot, editor, tab.save)
    assert dialogs.warnings == []
    review = editor.review
    assert review.drafts.count() == 1  # the source is part of the figure's draft
    assert "source:nunez_2024" in review.drafts.item(0).text()
    review.drafts.setCurrentRow(0)
    paths = [review.changes.item(row, 0).text() for row in range(review.changes.rowCount())]
    assert "source:nunez_2024.citation" in paths
    type_text(review.person, "Dr Gómez")
    qtbot.mouseClick(review.approve, Qt.MouseButton.LeftButton)
    catalog = editor.content.catalog()
    assert catalog.source("nunez_2024").doi == "10.1000/clinic.2024.7"
    infection = catalog.therapy("scs").risk("infection")
    assert infection is not None and "nunez_2024" in infection.sources
