"""The interface in Spanish really is in Spanish; the summary language is separate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from neuromod_aid.paths import resources_dir
from neuromod_aid.ui.selftest import type_text


def test_the_spanish_catalogue_is_committed_and_built() -> None:
    folder = resources_dir() / "translations"
    assert (folder / "neuromod_aid_es.ts").is_file()
    assert (folder / "neuromod_aid_es.qm").is_file(), "run `make translations`"


def test_the_window_speaks_spanish(make_window) -> None:
    window = make_window("es")
    assert window.start.new_button.text() == "Paciente &nuevo…"
    window.open_demo()
    titles = [window.walkthrough.steps.item(i).text() for i in range(6)]
    assert titles == [
        "1. Paciente",
        "2. Dolor",
        "3. Opciones",
        "4. Riesgos",
        "5. Preguntas y comprobación",
        "6. Resumen",
    ]
    assert window.present_action.text() == "Pantalla del paciente (F5)"


def test_qt_own_strings_are_translated_too(make_window) -> None:
    from PySide6.QtCore import QCoreApplication

    make_window("es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_summary_language_is_independent_of_the_interface(make_window) -> None:
    window = make_window("es")
    window.new_consultation("Paciente Inglés", "Dra. Prueba")
    window.walkthrough.go(0)
    page = window.walkthrough.page("patient")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert window.controller.record.language == "en"
    window.walkthrough.go(1)
    pain = window.walkthrough.page("pain")
    assert pain.heading.text() == "Dolor"  # the interface stays Spanish
    first = next(iter(pain.condition_boxes.values()))
    assert first.text() == window.services.catalog.conditions[0].name("en")


def test_a_spanish_summary_is_offered_under_a_spanish_file_name(make_window, dialogs) -> None:
    window = make_window("es")
    window.new_consultation("José Núñez", "Dra. Prueba")
    assert window.controller.record.language == "es"
    window.walkthrough.go(5)
    window.walkthrough.page("summary").export()
    (exported,) = dialogs.folder.glob("*.pdf")
    today = window.controller.record.date.isoformat()
    assert exported.name == f"resumen-{today}.pdf"  # no record number: the date, no name


def test_files_are_offered_under_the_record_number_never_the_name(make_window, dialogs) -> None:
    window = make_window("es")
    window.new_consultation("José Núñez", "Dra. Prueba")
    number = window.walkthrough.page("patient").record_number
    type_text(number, "../H/20431")
    QTest.keyClick(number, Qt.Key.Key_Return)  # a record number is taken when typed whole
    window.walkthrough.go(5)
    window.walkthrough.page("summary").export()
    window.keeping.save_file()
    today = window.controller.record.date.isoformat()
    offered = sorted(path.name for path in dialogs.folder.iterdir())
    assert offered == [f"consulta-H-20431-{today}.json", f"resumen-H-20431-{today}.pdf"]


def test_a_file_dialog_speaks_spanish(make_window, qtbot, tmp_path) -> None:
    """Qt's own file dialog (used where the desktop offers none) labels itself in Spanish."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTreeView

    folder_shown = tmp_path / "exports"
    (folder_shown / "informes").mkdir(parents=True)
    window = make_window("es")
    dialog = QFileDialog(window, "Guardar el resumen", str(folder_shown))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("PDF (*.pdf)")
    dialog.show()  # not exec(): nothing waits for an answer
    qtbot.waitExposed(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    files = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: files.model().rowCount(files.rootIndex()) == 1)
    folder = files.model().index(0, 2, files.rootIndex()).data()  # the "Tipo" column
    dialog.close()
    assert labels["lookInLabel"] == "&Ver en:"  # was "&Look in:"
    assert labels["fileNameLabel"] == "&Nombre de fichero:"
    assert labels["fileTypeLabel"] == "Ficheros de &tipo:"  # was "Files of &type:"
    assert {"&Guardar", "Cancelar"} <= buttons
    assert folder == "Carpeta"  # was "Folder"
