"""The clinic's content editor, driven through its real widgets in English and Spanish:
a risk's text and figure edited side by side with readability shown as typed, saved as
a draft with a reason, refused approval by its author, approved by a second person,
and its change shown field by field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from neuromod_aid.ui.content.editor import ENTRY_ROLE, ContentEditor
from neuromod_aid.ui.focus import tab_chain
from neuromod_aid.ui.selftest import type_text
from ui.test_keyboard import announced, clashes

HARD = (
    "Postoperative periprosthetic microbiological contamination necessitates comprehensive "
    "antimicrobial pharmacotherapeutic intervention in approximately 30 in every 1,000 operations."
)


def _open_editor(window, qtbot) -> ContentEditor:  # type: ignore[no-untyped-def]
    (action,) = [
        a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Shift+K"
    ]
    action.trigger()
    editor = window.findChild(ContentEditor)
    assert editor is not None and editor.isVisible()
    qtbot.waitExposed(editor)
    return editor


def _choose(editor: ContentEditor, group: str, item_id: str, risk: str = "") -> None:
    tree = editor.edit_tab.tree
    for top in range(tree.topLevelItemCount()):
        parent: QTreeWidgetItem = tree.topLevelItem(top)
        for index in range(parent.childCount()):
            entry = parent.child(index).data(0, ENTRY_ROLE)
            if (entry.group, entry.item_id) != (group, item_id):
                continue
            if not risk or editor.catalog.therapy(item_id).risks[entry.focus[1]].id == risk:
                tree.setCurrentItem(parent.child(index))
                return
    raise AssertionError(f"no {group} {item_id} {risk}")


def _click(qtbot, editor: ContentEditor, button) -> None:  # type: ignore[no-untyped-def]
    """Click ``button`` of the Edit tab once laid out and scrolled into view, as a user would."""
    QApplication.processEvents()
    editor.edit_tab.scroller.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _field(editor: ContentEditor, name: str) -> None:
    combo = editor.edit_tab.field
    index = combo.findText(name)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def _retype(box, text: str) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    box.selectAll()
    type_text(box, text)


def test_a_risk_figure_edited_drafted_and_approved_by_a_second_person(
    window, dialogs, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor = _open_editor(window, qtbot)
    _choose(editor, "risk", "scs", "infection")
    tab = editor.edit_tab
    assert tab.figure_panel.isVisible()
    assert tab.figures["frequency_low"].value() == 25
    assert "Bendel" in tab.sources.chosen_label.text()
    _field(editor, "risks.infection.text")
    english, spanish = tab.texts["en"], tab.texts["es"]
    assert "25 in every 1,000" in english.toPlainText() and "25" in spanish.toPlainText()
    _retype(english, HARD)
    assert tab.scores["en"].text().startswith("Too hard to read")  # live, as typed
    assert english.toPlainText() == HARD
    _retype(
        english,
        "Germs can get in. In our clinic, this happened after about 30 in every 1,000 operations.",
    )
    assert tab.scores["en"].text().startswith("Plain enough")
    _retype(
        spanish,
        "Pueden entrar gérmenes. En nuestra clínica, pasó en unas 30 de cada 1000 operaciones.",
    )
    assert tab.scores["es"].text().startswith("Plain enough")
    for name in ("frequency_low", "frequency_high"):
        tab.figures[name].setValue(30)
    type_text(tab.author, "Dr Ruiz")
    type_text(tab.reason, "Our own audit, 2021–2025")
    _click(qtbot, editor, tab.save)
    assert dialogs.warnings == []
    assert "draft revision 1" in tab.message.text()

    editor.tabs.setCurrentWidget(editor.review)
    review = editor.review
    assert review.drafts.count() == 1 and review.history.count() == 1
    review.drafts.setCurrentRow(0)
    changed = {
        review.changes.item(row, 0).text(): (
            review.changes.item(row, 1).text(),
            review.changes.item(row, 2).text(),
        )
        for row in range(review.changes.rowCount())
    }
    assert changed["risks.infection.frequency_low"] == ("25.0", "30.0")
    assert changed["risks.infection.text.es"][1].startswith("Pueden entrar gérmenes. En nuestra")
    type_text(review.person, "dr ruiz")
    qtbot.mouseClick(review.approve, Qt.MouseButton.LeftButton)
    assert dialogs.warnings and "another person must approve it" in dialogs.warnings[-1]
    (risk,) = [r for r in editor.content.catalog().therapy("scs").risks if r.id == "infection"]
    assert risk.frequency_low == 25  # still the shipped figure

    review.person.clear()
    type_text(review.person, "Dr Gómez")
    review.drafts.setCurrentRow(0)
    qtbot.mouseClick(review.approve, Qt.MouseButton.LeftButton)
    assert review.drafts.count() == 0
    assert "approved" in review.history.item(0).text()
    (risk,) = [r for r in editor.content.catalog().therapy("scs").risks if r.id == "infection"]
    assert risk.frequency_low == 30


def test_in_spanish_the_editor_speaks_spanish_and_refuses_a_hard_text(
    make_window, dialogs, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window("es")
    editor = _open_editor(window, qtbot)
    assert editor.windowTitle() == "Contenido de la clínica"
    assert editor.tabs.tabText(0) == "&Editar"
    _choose(editor, "condition", "crps")
    tab = editor.edit_tab
    assert not tab.figure_panel.isVisible()
    _field(editor, "what_it_is")
    assert tab.texts["es"].toPlainText() == editor.catalog.condition("crps").what_it_is("es")
    _retype(
        tab.texts["es"],
        "La distrofia simpático-refleja constituye una entidad fisiopatológica caracterizada "
        "por manifestaciones neurovegetativas, inflamatorias y sensitivomotoras desproporcionadas.",
    )
    assert tab.scores["es"].text().startswith("Demasiado difícil de leer")
    type_text(tab.author, "Dra. Núñez")
    _click(qtbot, editor, tab.save)
    refusal = dialogs.warnings[-1]  # the checks' own words, in Spanish (issue #12)
    assert refusal.startswith("no se ha guardado nada: ")
    assert "campo 'what_it_is.es'" in refusal
    assert "el texto en Español (es) es demasiado difícil de leer: INFLESZ" in refusal
    assert "too hard" not in refusal and "nothing was saved" not in refusal
    assert editor.content.revisions() == []

    # a plain text is saved; its author is refused approving it, in Spanish too
    _retype(tab.texts["es"], "Es un dolor que dura mucho. Suele empezar tras un golpe.")
    _click(qtbot, editor, tab.save)
    assert len(editor.content.revisions()) == 1
    editor.tabs.setCurrentWidget(editor.review)
    editor.review.drafts.setCurrentRow(0)
    type_text(editor.review.person, "dra. núñez")
    qtbot.mouseClick(editor.review.approve, Qt.MouseButton.LeftButton)
    assert dialogs.warnings[-1].endswith(": debe aprobarla otra persona")
    assert "another person" not in dialogs.warnings[-1]


def test_a_blood_thinner_row_is_reviewed_in_the_editor(window, dialogs, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _open_editor(window, qtbot)
    _choose(editor, "blood_thinner", "warfarin")
    tab = editor.edit_tab
    assert tab.row_panel.isVisible() and not tab.figure_panel.isVisible()
    shown = tab.row_advice.text()
    assert (
        "High bleeding risk: stop it; last dose 5–5 days before; restart 6–6 hours after" in shown
    )
    assert "Low bleeding risk: decide with the prescriber" in shown
    assert shown.endswith("Not yet reviewed by the clinic.")
    tab.row_checked.setChecked(True)
    type_text(tab.author, "Dr Ruiz")
    type_text(tab.reason, "checked against our anticoagulation protocol")
    _click(qtbot, editor, tab.save)
    assert dialogs.warnings == [] and "draft revision 1" in tab.message.text()
    review = editor.review
    review.drafts.setCurrentRow(0)
    type_text(review.person, "Dr Gómez")
    qtbot.mouseClick(review.approve, Qt.MouseButton.LeftButton)
    (warfarin,) = [b for b in editor.content.catalog().blood_thinners if b.id == "warfarin"]
    assert warfarin.local_review is not None and warfarin.local_review.reviewed_by == "Dr Ruiz"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_editor_is_used_by_keyboard_with_every_stop_named(make_window, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    editor = _open_editor(make_window(lang), qtbot)
    _choose(editor, "risk", "scs", "infection")
    edit, review, sign_off = editor.edit_tab, editor.review, editor.sign_off
    for tab, expected in (
        (edit, [edit.tree, edit.field, *edit.texts.values(), edit.author, edit.reason, edit.save]),
        (review, [review.drafts, review.history, review.changes, review.person]),
        (sign_off, [sign_off.person, sign_off.day, sign_off.sign]),
    ):
        editor.tabs.setCurrentWidget(tab)
        stops = [w for w in tab_chain(editor) if tab.isAncestorOf(w) and w.isVisible()]
        assert [w for w in expected if w not in stops] == []
        assert [w for w in stops if not announced(w)] == [], lang
        assert clashes(editor) == [], (lang, tab)
