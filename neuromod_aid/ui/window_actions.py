"""The main window's actions (start screen, files, patient screen, clinic, the clinic's
content, the nurses' workspace, help, quit) and its toolbar, with their shortcuts: the
clinic's details, staff list and content in a Clinic menu, the guide and About in Help.

Their keys work wherever the program has the keyboard: on every screen and step, in
any field, and on the patient screen (it holds the same actions, ``with_keys``); a
modal dialog still keeps them to itself. Those that wait for the records work from
the moment the records start opening (``waiting``), not only once they are open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

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
    guide: QAction
    about: QAction
    content: QAction

    @property
    def on_toolbar(self) -> tuple[QAction, ...]:
        """The toolbar's own buttons; the clinic's actions are in its Clinic menu."""
        return (self.home, self.open, self.save, self.present, self.procedures, self.working)

    @property
    def in_clinic_menu(self) -> tuple[QAction, ...]:
        return (self.clinic, self.staff, self.content)

    @property
    def until_attached(self) -> tuple[QAction, ...]:
        """Disabled until the records are attached (the content editor waits itself)."""
        return (*self.on_toolbar, self.clinic, self.staff)

    @property
    def with_keys(self) -> tuple[QAction, ...]:
        """Every action with a shortcut."""
        return (*self.on_toolbar, *self.in_clinic_menu, self.quit, self.guide)

    @property
    def waiting(self) -> tuple[QAction, ...]:
        """The actions that wait for the records themselves (none needs a consultation)."""
        return (self.home, self.open, self.clinic, self.procedures, self.staff, self.working)


def build_actions(window: MainWindow) -> WindowActions:
    """Make the window's actions, connected to it, and put them on its toolbar."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(bar)
    home = QAction(QCoreApplication.translate("MainWindow", "Start screen"), window)
    # Alt+Home (a browser's "home") also in a text field, where Ctrl+Home moves to the
    # start of the text and so is left to it
    home.setShortcuts([QKeySequence("Alt+Home"), QKeySequence("Ctrl+Home")])
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
    # the clinic's own content: always enabled, it waits for the records itself
    content = QAction(QCoreApplication.translate("MainWindow", "Clinic content…"), window)
    content.setShortcut(QKeySequence("Ctrl+Shift+K"))
    content.triggered.connect(lambda: _open_content(window))
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
    guide = QAction(QCoreApplication.translate("MainWindow", "User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
    guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    guide.triggered.connect(lambda: show_guide(window))
    about = QAction(QCoreApplication.translate("MainWindow", "About neuromod-aid"), window)
    about.triggered.connect(lambda: show_about(window))
    window.addAction(guide)
    actions = WindowActions(
        home,
        open_file,
        save,
        present,
        clinic,
        quit_program,
        procedures,
        staff,
        working,
        guide,
        about,
        content,
    )
    for action in actions.on_toolbar:
        bar.addAction(action)
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text()} ({key})" if key not in action.text() else "")
        widget = bar.widgetForAction(action)
        if widget is not None:
            widget.setAccessibleName(action.text())
    # a menu keeps the toolbar within a laptop's width in Spanish and at 200%, with Help
    # in sight; each item shows its shortcut
    clinic_menu = QCoreApplication.translate("MainWindow", "Clinic")
    bar.addWidget(_menu_button(window, clinic_menu, actions.in_clinic_menu))
    help_menu = QCoreApplication.translate("MainWindow", "Help")
    bar.addWidget(_menu_button(window, help_menu, (guide, about)))
    return actions


def _menu_button(window: MainWindow, title: str, actions: tuple[QAction, ...]) -> QToolButton:
    """A toolbar button that opens a menu of ``actions`` (the clinic's; Help's)."""
    menu = QMenu(window)
    menu.addActions(list(actions))
    button = QToolButton(window)
    button.setText(title)
    button.setAccessibleName(title)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


def show_guide(window: MainWindow) -> None:
    from neuromod_aid.ui.about import GuideDialog

    window.dialogs.show(GuideDialog(window.ui_lang, window))


def show_about(window: MainWindow) -> None:
    """The About box; its content versions are the catalog's, once the records are open."""
    from neuromod_aid.about import about_facts
    from neuromod_aid.ui.about import AboutDialog

    if window.with_records():
        facts = about_facts(window.services.catalog)
        window.dialogs.show(AboutDialog(facts, window))


def _open_content(window: MainWindow) -> None:
    """The content editor, imported when first opened (it needs the records' layers)."""
    from neuromod_aid.ui.content.editor import open_content_editor

    open_content_editor(window)
