"""Render the application icon's PNG sizes from its SVG (run after changing the SVG):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

The PNGs are committed beside the SVG in the hicolor layout that desktops read, so
`make install-desktop` copies the tree as it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.neuromodaid.NeuromodAid"
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    app = QGuiApplication([])  # QPainter needs one
    renderer = QSvgRenderer(str(ICONS / "scalable" / "apps" / f"{APP_ID}.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out))
    app.quit()


if __name__ == "__main__":
    main()
