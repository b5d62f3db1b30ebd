"""Which language the interface speaks, and loading its Qt Linguist translations.

The UI language comes from ``NEUROMOD_AID_UI_LANG`` (tests, kiosks), then the
``ui/language`` setting, then the system locale. It is independent of each
consultation's summary language.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from neuromod_aid.paths import resources_dir
from neuromod_aid.ui.settings import UI_LANGUAGE

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Lang

UI_LANG_ENV = "NEUROMOD_AID_UI_LANG"
# each language by its own name: whoever cannot read the current one still finds theirs
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


def ui_language(settings: QSettings | None = None) -> Lang:
    chosen = os.environ.get(UI_LANG_ENV) or (
        UI_LANGUAGE.get(settings) if settings is not None else ""
    )
    if not chosen:
        chosen = QLocale.system().name().split("_")[0]
    return "es" if chosen == "es" else "en"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load ours and Qt's own (qtbase) translations; English needs none.

    Qt's catalogue lacks a few strings of its file dialog; ``qtbase_extra_<lang>``
    (ours, kept by hand) has them.
    """
    for old in getattr(app, "_neuromod_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if lang != "en":
        ours = str(resources_dir() / "translations")
        qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"neuromod_aid_{lang}", ours),
            (f"qtbase_{lang}", qt_own),
            (f"qtbase_extra_{lang}", ours),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                installed.append(translator)
    for translator in installed:
        app.installTranslator(translator)
    app._neuromod_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(lang))
    return installed


def language_name(code: str) -> str:
    """A language by its own name ("English", "Español"), for fields printed in it."""
    return LANGUAGE_NAMES.get(code, code)
