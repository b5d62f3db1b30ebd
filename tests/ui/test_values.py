"""What matters to the patient, on the Options step: rated by keyboard, saved in the
record, shown on the patient screen; in English and in Spanish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from neuromod_aid.ui.steps.values import VALUES_ITEM


def _options(window, qtbot):  # type: ignore[no-untyped-def]
    window.activateWindow()  # the mnemonics reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.walkthrough.go(2)
    return window.walkthrough.page("options")


def test_a_statement_rated_by_keyboard_is_saved_and_shown_to_the_patient(window, qtbot) -> None:
    window.new_consultation("Pat Example", "Dr. One")
    panel = _options(window, qtbot).values_panel
    catalog = window.services.catalog
    first = catalog.values[0]
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # What &matters
    combo = panel.answers[first.id]
    assert QApplication.focusWidget() is combo
    assert panel.statements[first.id].text() == first.statement("en")
    assert first.statement("en") in combo.accessibleName()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Matters a lot"
    assert window.controller.record.values == {first.id: "a_lot"}
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # back to "not asked yet": the answer goes
    assert window.controller.record.values == {}
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert window.controller.record.values == {first.id: "not_sure"}

    window.present_action.setChecked(True)
    screen = window.presentation
    screen.rebuild()
    assert screen.shown == (VALUES_ITEM,)
    shown = screen.text()
    assert "What matters most to you" in shown
    assert all(v.statement("en") in shown for v in catalog.values)
    assert "Not sure" in shown


def test_the_leaning_lists_the_options_discussed_and_is_saved(window, qtbot) -> None:
    window.open_demo()
    options = _options(window, qtbot)
    panel = options.values_panel
    offered = [panel.leaning.itemText(i) for i in range(panel.leaning.count())]
    catalog = window.services.catalog
    assert offered[1:] == [
        catalog.therapy("scs").name("en"),
        catalog.therapy("drg").name("en"),
        catalog.current_care.name("en"),
        "Not sure yet",
    ]
    assert panel.leaning.currentData() == window.controller.record.leaning == "scs"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # &Leaning towards
    assert QApplication.focusWidget() is panel.leaning
    qtbot.keyClick(panel.leaning, Qt.Key.Key_End)
    assert window.controller.record.leaning == "not_sure"
    window.present_action.setChecked(True)
    window.presentation.rebuild()
    shown = window.presentation.text()
    assert "You are not sure yet." in shown
    assert window.controller.record.private_notes not in shown
    options.cards["drg"].open_button.click()  # back to an option: the screen follows
    window.presentation.rebuild()
    assert "What matters most to you" not in window.presentation.text()


def test_the_statements_and_answers_are_in_spanish(make_window, qtbot) -> None:
    window = make_window("es")
    window.open_demo()
    assert window.controller.record.language == "es"
    panel = _options(window, qtbot).values_panel
    assert panel.title.text() == "Lo que le &importa al paciente"
    assert panel.leaning_label.text() == "Se inclina &por"
    record = window.controller.record
    for value in window.services.catalog.values:
        assert panel.statements[value.id].text() == value.statement("es")
    assert panel.answers["pain_relief"].currentText() == "Me importa mucho"
    assert record.values["pain_relief"] == "a_lot"
    not_rated = next(v.id for v in window.services.catalog.values if v.id not in record.values)
    assert panel.answers[not_rated].currentText() == "(todavía sin preguntar)"
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Lo que le &importa
    combo = panel.answers["pain_relief"]
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Me importa algo"
    assert window.controller.record.values["pain_relief"] == "a_little"
    window.present_action.setChecked(True)
    window.presentation.rebuild()
    shown = window.presentation.text()
    assert "Lo que más le importa" in shown
    assert "Me importa algo" in shown


def test_coming_back_to_options_leaves_the_drop_downs_alone_unless_their_choices_change(
    window, qtbot
) -> None:
    # every visit refilled every drop-down: a burst of accessibility events in which
    # Orca fell behind and did not say the field the keyboard had reached
    from dataclasses import replace

    from neuromod_aid.frozen import FrozenMap

    window.new_consultation("Pat Example", "Dr. One")
    panel = _options(window, qtbot).values_panel
    first = window.services.catalog.values[0].id
    window.controller.update(lambda record: replace(record, values=FrozenMap({first: "a_lot"})))
    window.walkthrough.go(3)
    refilled: list[str] = []
    for value_id, combo in [*panel.answers.items(), ("leaning", panel.leaning)]:
        combo.model().rowsRemoved.connect(lambda *_, v=value_id: refilled.append(v))
    window.walkthrough.go(2)
    assert refilled == []
    assert panel.answers[first].currentText() == "Matters a lot"
    window.controller.update(lambda record: replace(record, therapies_discussed=("scs",)))
    window.walkthrough.go(3)
    window.walkthrough.go(2)
    assert refilled == ["leaning"]  # a new option to lean towards: that one is refilled
    scs = window.services.catalog.therapy("scs").name("en")
    assert scs in [panel.leaning.itemText(i) for i in range(panel.leaning.count())]
