"""The program's language: chosen on the start screen, stored in ``ui/language``."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from neuromod_aid.ui.app import build_window
from neuromod_aid.ui.i18n import UI_LANG_ENV, install_translators, ui_language
from neuromod_aid.ui.settings import UI_LANGUAGE, settings_for


def test_choosing_spanish_is_stored_and_explained(window, dialogs, monkeypatch) -> None:
    combo = window.start.ui_language
    assert combo.isVisible()
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("es"))
    combo.activated.emit(combo.currentIndex())
    settings = window.services.settings
    assert UI_LANGUAGE.get(settings) == "es"
    assert any("español" in text for text in dialogs.asked)  # told in the new language
    monkeypatch.delenv(UI_LANG_ENV, raising=False)
    assert ui_language(settings) == "es"


def test_the_chosen_language_is_used_at_the_next_start(
    context, dialogs, qtbot, monkeypatch
) -> None:
    monkeypatch.delenv(UI_LANG_ENV, raising=False)
    UI_LANGUAGE.set(settings_for(context.location), "es")
    window = build_window(context, dialogs=dialogs)  # no language given: the setting's
    qtbot.addWidget(window)
    try:
        assert window.services.ui_lang == "es"
        assert window.start.ui_language.currentData() == "es"
        assert window.start.new_button.text() != "&New patient…"
    finally:
        install_translators(QApplication.instance(), "en")
