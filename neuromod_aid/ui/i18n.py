"""Which language the interface speaks, and loading its Qt Linguist translations.

The UI language comes from ``NEUROMOD_AID_UI_LANG`` (tests, kiosks), then the
``ui/language`` setting, then the system locale; it is one of the languages the
content's manifest declares (each has its ``neuromod_aid_<code>.ts``), else the
default one. It is independent of each consultation's summary language.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from neuromod_aid.languages import declared_languages
from neuromod_aid.paths import resources_dir
from neuromod_aid.ui.settings import UI_LANGUAGE

if TYPE_CHECKING:
    from neuromod_aid.catalog.text import Lang

UI_LANG_ENV = "NEUROMOD_AID_UI_LANG"
SOURCE_LANGUAGE = "en"  # the language of the program's own strings: needs no translation


def ui_language(settings: QSettings | None = None) -> Lang:
    chosen = os.environ.get(UI_LANG_ENV) or (
        UI_LANGUAGE.get(settings) if settings is not None else ""
    )
    if not chosen:
        chosen = QLocale.system().name().split("_")[0]
    declared = declared_languages()
    if chosen in declared:
        return chosen
    return next(iter(declared), SOURCE_LANGUAGE)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load ours and Qt's own (qtbase) translations; English needs none.

    Qt's catalogue lacks a few strings of its file dialog; ``qtbase_extra_<lang>``
    (ours, kept by hand) has them.
    """
    for old in getattr(app, "_neuromod_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if lang != SOURCE_LANGUAGE:
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


def in_language(lang: str, context: str, source: str) -> str:
    """One of the program's strings in ``lang``, whatever language it speaks now (to tell
    someone who chose ``lang`` in words they can read)."""
    translator = QTranslator()
    if lang != SOURCE_LANGUAGE and translator.load(
        f"neuromod_aid_{lang}", str(resources_dir() / "translations")
    ):
        return translator.translate(context, source) or source
    return source


# told in the language just chosen (its translation names that language)
RESTART_MESSAGE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "The program will be in English the next time it starts. Close it and open it "
    "again to change now.",
)


def restart_notice(lang: str) -> str:
    """That the program speaks ``lang`` from its next start, said in ``lang``."""
    message = in_language(lang, "MainWindow", str(RESTART_MESSAGE))
    if os.environ.get(UI_LANG_ENV):
        message += f" ({UI_LANG_ENV}={os.environ[UI_LANG_ENV]} overrides this setting.)"
    return message
