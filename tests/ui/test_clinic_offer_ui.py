"""Which therapies the clinic offers, through the real widgets in English and Spanish:
chosen in the editor and approved by a second person; then the Options step leaves a
hidden therapy out and says of one not offered here to ask about a referral."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from neuromod_aid.app.content import Edit
from neuromod_aid.ui.content.editor import ENTRY_ROLE
from neuromod_aid.ui.selftest import type_text
from ui.test_content_editor import _click, _open_editor

GROUP = {"en": "The clinic", "es": "La clínica"}
REFERRAL = {
    "en": "Not offered here: ask about a referral.",
    "es": "No se ofrece en esta clínica: pregunte si le pueden enviar a otro centro.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_offer_is_chosen_in_the_editor_and_approved(make_window, dialogs, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    editor = _open_editor(make_window(lang), qtbot)
    tree, tab = editor.edit_tab.tree, editor.edit_tab
    (clinic,) = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == GROUP[lang]
    ]
    tree.setCurrentItem(clinic.child(0))
    assert clinic.child(0).data(0, ENTRY_ROLE).kind == "clinic_offer"
    panel = tab.offer_panel
    assert panel.isVisible() and not tab.figure_panel.isVisible()
    assert not tab.text_area.isVisible() and not tab.field.isVisible()  # it has no text
    assert [c.currentData() for c in panel.choices.values()] == ["offered"] * len(panel.choices)
    panel.choices["brain"].setCurrentIndex(panel.choices["brain"].findData("hidden"))
    panel.choices["tms"].setCurrentIndex(panel.choices["tms"].findData("referral"))
    type_text(tab.author, "Dr Ruiz")
    _click(qtbot, editor, tab.save)
    assert dialogs.warnings == []
    review = editor.review
    review.drafts.setCurrentRow(0)
    type_text(review.person, "Dr Gómez")
    qtbot.mouseClick(review.approve, Qt.MouseButton.LeftButton)
    offer = editor.content.catalog().clinic_offer
    assert (offer.offer("brain"), offer.offer("tms"), offer.offer("scs")) == (
        "hidden",
        "referral",
        "offered",
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_options_step_shows_what_the_clinic_offers(context, make_window, lang) -> None:  # type: ignore[no-untyped-def]
    content = context.content()
    ours = {
        "therapies": [
            {"therapy": "brain", "offer": "hidden"},
            {"therapy": "tms", "offer": "referral"},
        ]
    }
    (draft,) = content.propose([Edit("clinic_offer", "clinic_offer", ours)], "Dr Ruiz", "ours")
    content.approve(draft, "Dr Gómez")
    window = make_window(lang)
    window.open_demo()
    window.controller.update(lambda record: replace(record, language=lang))
    window.walkthrough.go(2)
    options = window.walkthrough.page("options")
    cards = options.cards
    assert not cards["brain"].isVisible() and "brain" not in options._order
    assert cards["scs"].isVisible() and not cards["scs"].offer.isVisible()
    assert cards["tms"].isVisible() and cards["tms"].offer.isVisible()
    assert cards["tms"].offer.text() == REFERRAL[lang]
