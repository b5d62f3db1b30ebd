"""Screenshots of the demo consultation for the user guide and the AppStream metainfo
(run after changing a screen; the images are committed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py

Writes ``resources/guide/images/<lang>-<step>.png`` for every step in English and
Spanish, the About box, and the three AppStream screenshots under
``packaging/linux/screenshots/``."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from neuromod_aid.about import about_facts
from neuromod_aid.app.context import AppContext
from neuromod_aid.paths import data_location
from neuromod_aid.ui.about import AboutDialog
from neuromod_aid.ui.app import build_window
from neuromod_aid.ui.selftest import ScriptedDialogs

ROOT = Path(__file__).resolve().parent.parent
GUIDE_IMAGES = ROOT / "resources" / "guide" / "images"
APPSTREAM = ROOT / "packaging" / "linux" / "screenshots"
STEPS = ("patient", "pain", "options", "risks", "questions", "summary")
WIDTH = 680  # the guide's images, scaled down from a 1280 × 800 window to fit its window


def _save(widget: QWidget, out: Path) -> None:
    app = QApplication.instance()
    for _ in range(30):
        app.processEvents()
    image = widget.grab().toImage()
    image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation).save(str(out))


def shoot(lang: str, folder: Path) -> None:
    context = AppContext(data_location(folder / lang).ensure())
    window = build_window(context, dialogs=ScriptedDialogs(folder), ui_lang=lang)
    window.resize(1280, 800)
    window.show()
    window.open_demo()
    for index, step in enumerate(STEPS):
        page = window.walkthrough.pages[index]
        shown = QEventLoop()
        if step == "summary":  # the preview is built on a worker
            page.preview_shown.connect(shown.quit)
            QTimer.singleShot(20_000, shown.quit)
        window.walkthrough.go(index)
        if step == "summary":
            shown.exec()
            QTest.qWait(500)  # its pages are drawn after
        _save(window, GUIDE_IMAGES / f"{lang}-{step}.png")
    about = AboutDialog(about_facts(window.services.catalog), window)
    about.show()
    _save(about, GUIDE_IMAGES / f"{lang}-about.png")
    about.close()
    window.controller.flush()
    window.close()


def main() -> None:
    QApplication.instance() or QApplication([])
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    APPSTREAM.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("en", "es"):
            shoot(lang, Path(folder))
    for step in ("options", "risks", "summary"):
        shutil.copyfile(GUIDE_IMAGES / f"en-{step}.png", APPSTREAM / f"{step}.png")


if __name__ == "__main__":
    main()
