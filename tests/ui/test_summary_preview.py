"""The Summary step builds its preview on a worker and says so; export and print use the
document for the current record, never an older preview."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from neuromod_aid.consultation import Patient

SUMMARY = 5


def preview_text(summary) -> str:  # type: ignore[no-untyped-def]
    document = summary.document
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def summary_step(window):  # type: ignore[no-untyped-def]
    window.open_demo()
    window.walkthrough.go(SUMMARY)
    return window.walkthrough.page("summary")


def no_build_left(qtbot, summary) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: summary.pool.activeThreadCount() == 0)


@pytest.mark.parametrize(
    ("lang", "message"), [("en", "Building the preview…"), ("es", "Preparando la vista previa…")]
)
def test_the_preview_says_it_is_being_built_until_it_is_shown(
    make_window, qtbot, builds, lang: str, message: str
) -> None:
    window = make_window(lang)
    summary = summary_step(window)
    assert summary.building.isVisible()  # at once: never a blank preview area
    assert summary.building.text() == message
    qtbot.waitUntil(lambda: summary.pool.activeThreadCount() == 1)  # built off the UI thread
    assert summary.building.isVisible()
    assert summary.view is None or not summary.view.isVisible()
    with qtbot.waitSignal(summary.preview_shown, timeout=10_000):
        builds.gate.release()
    assert not summary.building.isVisible()
    assert summary.view.isVisible()
    assert window.controller.record.patient.name in preview_text(summary)
    no_build_left(qtbot, summary)


def test_a_preview_for_an_older_record_is_not_shown(window, qtbot, qapp, builds) -> None:
    summary = summary_step(window)
    qtbot.waitUntil(lambda: builds.names == ["Alex Sample (demo patient)"])
    window.controller.update(
        lambda record: replace(record, patient=Patient(name="Berta Nueva", record_number="B-2"))
    )
    shown: list[str] = []
    summary.preview_shown.connect(lambda: shown.append(preview_text(summary)))
    builds.gate.release()  # Alex's document is made now, after the record changed
    qtbot.waitUntil(lambda: builds.names[-1:] == ["Berta Nueva"])
    qapp.processEvents()  # Alex's result, sent before Berta's build began, has arrived
    assert shown == []
    assert summary.building.isVisible()
    with qtbot.waitSignal(summary.preview_shown, timeout=10_000):
        builds.gate.release()
    assert len(shown) == 1 and "Berta Nueva" in shown[0] and "Alex Sample" not in shown[0]
    assert not summary.building.isVisible()
    no_build_left(qtbot, summary)


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_export_writes_the_current_record_while_an_older_preview_builds(
    window, dialogs, qtbot, builds
) -> None:
    summary = summary_step(window)
    qtbot.waitUntil(lambda: summary.pool.activeThreadCount() == 1)  # Alex's, held
    window.controller.update(
        lambda record: replace(record, patient=Patient(name="Berta Nueva", record_number="B-2"))
    )
    summary.export()
    (exported,) = dialogs.folder.glob("*.pdf")
    text = pdf_text(exported)
    assert "Berta Nueva" in text and "Alex Sample" not in text
    with qtbot.waitSignal(summary.preview_shown, timeout=10_000):
        builds.gate.release()  # the preview follows, with what was exported
    assert "Berta Nueva" in preview_text(summary)
    assert builds.names.count("Berta Nueva") == 1  # exported and previewed: one build
    no_build_left(qtbot, summary)


def test_export_during_a_build_waits_for_it_instead_of_building_again(
    window, dialogs, qtbot, builds
) -> None:
    builds.held = False
    summary = summary_step(window)
    summary.refresh()  # the build starts on the worker now
    summary.export()
    (exported,) = dialogs.folder.glob("*.pdf")
    assert "Alex Sample" in pdf_text(exported)
    assert builds.names == ["Alex Sample (demo patient)"]
    qtbot.waitUntil(lambda: not summary.building.isVisible())
    no_build_left(qtbot, summary)


def test_printing_prints_the_document_chosen_now(window, qtbot, printed: Path) -> None:
    summary = summary_step(window)
    with qtbot.waitSignal(summary.preview_shown, timeout=10_000):
        summary.refresh()
    summary.kind.setCurrentIndex(summary.kind.findData("trial_diary"))  # preview not rebuilt
    with qtbot.waitSignal(summary.printing.ended, timeout=20_000):
        summary.print_document()
    diary = PdfReader(io.BytesIO(summary.current_pdf()))
    assert len(PdfReader(printed).pages) == len(diary.pages)  # the diary, not the summary
    qtbot.waitUntil(lambda: "Day 1 of" in preview_text(summary))  # the preview shows it too
    (entry,) = window.services.consultations.documents(window.controller.consultation_id)
    assert entry.kind == "trial_diary" and entry.record_revision is not None  # on record
    no_build_left(qtbot, summary)


def test_old_pages_stay_while_the_preview_updates_and_only_the_newest_edit_is_shown(
    window, qtbot, qapp, builds
) -> None:
    summary = summary_step(window)
    with qtbot.waitSignal(summary.preview_shown, timeout=10_000):
        builds.gate.release()  # Alex's pages are shown
    window.controller.update(
        lambda record: replace(record, patient=Patient(name="Berta Nueva", record_number="B-2"))
    )
    assert summary.building.isVisible() and summary.building.text() == "Updating the preview…"
    assert summary.view.isVisible() and "Alex Sample" in preview_text(summary)  # kept
    summary.refresh()  # the pause in typing: Berta's build starts, held
    qtbot.waitUntil(lambda: builds.names[-1:] == ["Berta Nueva"])
    window.controller.update(
        lambda record: replace(record, patient=Patient(name="Carla Rápida", record_number="C-3"))
    )
    summary.refresh()  # a fast second edit while Berta's build still runs
    shown: list[str] = []
    summary.preview_shown.connect(lambda: shown.append(preview_text(summary)))
    builds.gate.release()  # Berta's document is made, after Carla's edit
    qtbot.waitUntil(lambda: builds.names[-1:] == ["Carla Rápida"])
    qapp.processEvents()  # Berta's result has arrived, and is dropped
    assert shown == [] and "Alex Sample" in preview_text(summary)
    with qtbot.waitSignal(summary.preview_shown, timeout=10_000):
        builds.gate.release()
    assert len(shown) == 1 and "Carla Rápida" in shown[0] and "Berta" not in shown[0]
    assert not summary.building.isVisible()
    no_build_left(qtbot, summary)


@pytest.mark.parametrize(
    ("lang", "updating", "failed"),
    [
        ("en", "Updating the preview…", "The preview could not be updated"),
        ("es", "Actualizando la vista previa…", "No se pudo actualizar"),
    ],
)
def test_a_failed_update_says_so_and_keeps_the_last_pages(
    make_window, qtbot, builds, lang: str, updating: str, failed: str
) -> None:
    builds.held = False
    builds.failing.add("Berta Nueva")
    window = make_window(lang)
    summary = summary_step(window)
    demo = window.controller.record.patient.name
    qtbot.waitUntil(lambda: demo in preview_text(summary), timeout=10_000)
    window.controller.update(
        lambda record: replace(record, patient=Patient(name="Berta Nueva", record_number="B-2"))
    )
    assert summary.building.text() == updating
    qtbot.waitUntil(lambda: failed in summary.status.text(), timeout=10_000)
    assert not summary.building.isVisible()
    assert summary.view.isVisible() and demo in preview_text(summary)
    no_build_left(qtbot, summary)
