"""The main window's actions (start screen, files, patient screen, clinic, the nurses'
workspace, quit) and its toolbar, with their shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from neuromod_aid.ui.main_window import MainWindow


class WindowActions(NamedTuple):
    home: QAction
    open: QAction
    save: QAction
    present: QAction
    clinic: QAction
    quit: QAction
    procedures: QAction
    staff: QAction
    working: QAction

    @property
    def on_toolbar(self) -> tuple[QAction, ...]:
        return (
            self.home,
            self.open,
            self.save,
            self.present,
            self.procedures,
            self.clinic,
            self.staff,
            self.working,
        )


def build_actions(window: MainWindow) -> WindowActions:
    """Make the window's actions, connected to it, and put them on its toolbar."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(bar)
    home = QAction(QCoreApplication.translate("MainWindow", "Start screen"), window)
    home.setShortcut(QKeySequence("Ctrl+Home"))
    home.triggered.connect(window.show_start)
    open_file = QAction(QCoreApplication.translate("MainWindow", "Open file…"), window)
    open_file.setShortcut(QKeySequence.StandardKey.Open)
    open_file.triggered.connect(window.keeping.open_file)
    save = QAction(QCoreApplication.translate("MainWindow", "Save as file…"), window)
    save.setShortcut(QKeySequence("Ctrl+Shift+S"))
    save.triggered.connect(window.keeping.save_file)
    present = QAction(QCoreApplication.translate("MainWindow", "Patient screen (F5)"), window)
    present.setCheckable(True)
    present.setShortcut(QKeySequence("F5"))
    # anywhere in the program: a text field, or the patient screen itself
    present.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    present.toggled.connect(window.toggle_presentation)
    clinic = QAction(QCoreApplication.translate("MainWindow", "Clinic details…"), window)
    clinic.setShortcut(QKeySequence("Ctrl+Shift+D"))  # from anywhere, a consultation too
    clinic.triggered.connect(window.edit_clinic)
    # Ctrl+Q closes the program from the keyboard (everything is saved already)
    quit_program = QAction(QCoreApplication.translate("MainWindow", "Quit"), window)
    quit_program.setShortcut(QKeySequence("Ctrl+Q"))
    quit_program.triggered.connect(window.close)
    window.addAction(quit_program)
    procedures = QAction(QCoreApplication.translate("MainWindow", "Procedures"), window)
    procedures.setShortcut(QKeySequence("Ctrl+Shift+P"))
    procedures.triggered.connect(window.workspace.show_procedures)
    staff = QAction(QCoreApplication.translate("MainWindow", "Staff list…"), window)
    staff.setShortcut(QKeySequence("Ctrl+Shift+L"))
    staff.triggered.connect(window.workspace.edit_staff)
    # who is working: says the name, switches on a click
    working = QAction(QCoreApplication.translate("MainWindow", "Working as…"), window)
    working.setShortcut(QKeySequence("Ctrl+Shift+W"))
    working.triggered.connect(window.workspace.switch_person)
    actions = WindowActions(
        home, open_file, save, present, clinic, quit_program, procedures, staff, working
    )
    for action in actions.on_toolbar:
        bar.addAction(action)
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text()} ({key})" if key not in action.text() else "")
        widget = bar.widgetForAction(action)
        if widget is not None:
            widget.setAccessibleName(action.text())
    return actions
