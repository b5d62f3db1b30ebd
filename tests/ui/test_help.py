"""Help: the user guide (F1) in the program's language with its screenshots, and the
About box with the versions, the review date, the statement that the program supports
and does not replace the conversation, and every library's licence (issue #15)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from neuromod_aid import APP_ID, __version__
from neuromod_aid.paths import resources_dir
from neuromod_aid.ui.about import AboutDialog, GuideDialog

ROOT = Path(__file__).resolve().parents[2]


def _help_menu(window):
    help_text = "Ayuda" if window.ui_lang == "es" else "Help"
    (button,) = [b for b in window.findChildren(QToolButton) if b.text() == help_text]
    return button


@pytest.mark.parametrize(("lang", "title"), [("en", "user guide"), ("es", "guía de uso")])
def test_f1_opens_the_guide_in_the_programs_language(make_window, dialogs, qtbot, lang, title):
    window = make_window(ui_lang=lang)
    window.open_demo()
    field = window.walkthrough.page("questions").private_notes
    window.walkthrough.go(4)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_F1)  # from anywhere, a text field too
    (guide,) = dialogs.shown
    assert isinstance(guide, GuideDialog)
    text = guide.text.toPlainText()
    assert title in text.splitlines()[0].lower()
    document = guide.text.document()
    images = re.findall(r"\]\((images/[^)]+)\)", guide_source(guide))
    assert len(images) >= 6  # one screenshot a step
    for image in images:
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image))
        assert loaded is not None and not loaded.isNull(), f"{image} is not shown"


def guide_source(guide: GuideDialog) -> str:
    return Path(guide.text.source().toLocalFile()).read_text(encoding="utf-8")


def test_the_help_button_offers_the_guide_and_the_about_box(make_window, dialogs) -> None:
    window = make_window(ui_lang="es")
    actions = _help_menu(window).menu().actions()
    assert [a.text() for a in actions] == ["Guía de uso", "Acerca de neuromod-aid"]
    actions[1].trigger()
    (about,) = dialogs.shown
    assert isinstance(about, AboutDialog)
    manifest = window.services.catalog.manifest
    assert __version__ in about.title.text()
    assert manifest.content_version in about.versions.text()
    assert "no la sustituye" in about.disclaimer.text()


def test_about_lists_every_runtime_library_with_its_licence(make_window, dialogs) -> None:
    window = make_window()
    window.about_action.trigger()
    (about,) = dialogs.shown
    listed = about.licences.toPlainText().lower()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = [re.split(r"[<>=!~ \[]", d, maxsplit=1)[0] for d in project["project"]["dependencies"]]
    missing = [n for n in names if n.lower().replace("-", "_") not in listed.replace("-", "_")]
    assert missing == []
    assert "?" not in listed  # every one has a licence we could read
    assert "dejavu sans" in listed
    # the word list English reading levels are counted with, and where its licence is
    assert "cmu pronouncing dictionary" in listed
    assert (resources_dir() / "cmudict" / "LICENSE").is_file()


def test_the_program_tells_the_desktop_who_it_is(make_window) -> None:
    window = make_window()
    app = QApplication.instance()
    assert app.desktopFileName() == APP_ID
    assert app.applicationVersion() == __version__
    assert not window.windowIcon().isNull()
    sizes = {size.width() for size in window.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_toolbar_fits_a_laptop_screen_with_the_clinic_in_one_menu(make_window, lang):
    # ten entries pushed Help out of sight behind the toolbar's overflow arrow in Spanish
    window = make_window(ui_lang=lang)  # 1366 x 768
    (bar,) = window.findChildren(QToolBar)
    overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert overflow is None or not overflow.isVisible()
    clinic = "Clínica" if lang == "es" else "Clinic"
    (button,) = [b for b in window.findChildren(QToolButton) if b.text() == clinic]
    assert [a.shortcut().toString() for a in button.menu().actions()] == [
        "Ctrl+Shift+D",
        "Ctrl+Shift+L",
        "Ctrl+Shift+K",
    ]
    assert button.isVisible() and _help_menu(window).isVisible()
