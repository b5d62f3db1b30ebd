"""The QApplication and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from neuromod_aid.cli.common import AppContext


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("neuromod-aid"))
        catalog = context.catalog()
        names = ", ".join(t.name("en") for t in catalog.therapies)
        self.setCentralWidget(QLabel(self.tr("Therapies: {0}").format(names)))
        self.resize(1200, 800)


def run(
    context: AppContext, demo: bool = False, self_test: bool = False, probe: bool = False
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(context)
    window.show()
    if probe:
        QTimer.singleShot(0, app.quit)
    return app.exec()
