"""Printing from the Summary step happens on a worker: the page says how far it got, the
window stays free for typing, Cancel stops it, one print runs at a time, and only a
print that really finished is on record."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from neuromod_aid.ui.selftest import type_text
from neuromod_aid.ui.steps.printing import render_band

SUMMARY = 5


class Pages:
    """The print's renderer, watched: which page and thread each band is rendered for;
    page ``hold_at`` waits until the test lets it go; page ``fail_at`` fails."""

    def __init__(self, hold_at: int = 0, fail_at: int = 0) -> None:
        self.pages: list[int] = []  # from 1
        self.threads: set[threading.Thread] = set()
        self.hold_at, self.fail_at = hold_at, fail_at
        self.gate = threading.Semaphore(0)

    def __call__(self, document, page: int, size, band):  # type: ignore[no-untyped-def]
        self.threads.add(threading.current_thread())
        if page + 1 == self.hold_at and page + 1 not in self.pages:
            self.pages.append(page + 1)
            assert self.gate.acquire(timeout=20), "the test never let this page go"
        if page + 1 not in self.pages:
            self.pages.append(page + 1)
        if page + 1 == self.fail_at:
            raise RuntimeError("the page could not be rendered")
        return render_band(document, page, size, band)


def summary_step(window):  # type: ignore[no-untyped-def]
    window.open_demo()
    window.walkthrough.go(SUMMARY)
    return window.walkthrough.page("summary")


def recorded(window) -> list[str]:  # type: ignore[no-untyped-def]
    consultations = window.services.consultations
    return [entry.kind for entry in consultations.documents(window.controller.consultation_id)]


def nothing_left_running(qtbot, summary) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: (
            summary.printing.pool.activeThreadCount() == 0 and summary.pool.activeThreadCount() == 0
        )
    )


def test_a_print_is_made_off_the_ui_thread_with_every_page_and_recorded_once(
    window, dialogs, qtbot, printed: Path
) -> None:
    summary = summary_step(window)
    pages = summary.printing.rasterise = Pages()
    with qtbot.waitSignal(summary.printing.ended, timeout=30_000) as ended:
        summary.print_document()
    outcome = ended.args[0]
    assert outcome.complete
    expected = len(PdfReader(io.BytesIO(summary.current_pdf())).pages)
    assert len(PdfReader(printed).pages) == expected == outcome.printed
    assert pages.pages == list(range(1, expected + 1))
    assert threading.main_thread() not in pages.threads  # rendered on the worker
    assert recorded(window) == ["summary"]
    assert summary.status.text() == "Sent to the printer."
    assert not summary.printing.isVisible()
    nothing_left_running(qtbot, summary)


@pytest.mark.parametrize(
    ("lang", "progress"),
    [("en", "Printing page 2 of {0}…"), ("es", "Imprimiendo la página 2 de {0}…")],
)
def test_progress_is_shown_the_window_stays_free_and_a_second_print_is_refused(
    make_window, dialogs, qtbot, print_to, tmp_path: Path, lang: str, progress: str
) -> None:
    window = make_window(lang)
    printed = tmp_path / "printed.pdf"
    asked_printer: list[int] = []
    dialogs.print_setup = print_to(printed, asked_printer)
    summary = summary_step(window)
    pages = summary.printing.rasterise = Pages(hold_at=2)
    summary.print_document()
    qtbot.waitUntil(lambda: pages.pages[-1:] == [2])  # page 2 is being rendered, held
    qtbot.waitUntil(lambda: summary.printing.bar.value() == 1)  # its news has arrived
    count = summary.printing.bar.maximum()
    assert count > 2
    assert summary.printing.isVisible()
    assert summary.printing.label.text() == progress.format(count)
    assert summary.printing.bar.accessibleDescription() == progress.format(count)
    assert summary.printing.bar.value() == 1  # one page done
    window.walkthrough.go(4)  # the physician goes on typing meanwhile
    notes = window.walkthrough.questions_page.patient_notes
    notes.setFocus()
    type_text(notes, "Tomar agua")
    assert "Tomar agua" in window.controller.record.notes_for_patient
    window.controller.flush()  # and saved, as when the focus moves on
    summary.print_document()  # a second print while the first runs
    assert len(asked_printer) == 1 and len(dialogs.asked) == 1  # refused, with a reason
    assert recorded(window) == []  # not yet: it has not finished
    with qtbot.waitSignal(summary.printing.ended, timeout=30_000):
        pages.gate.release()
    assert recorded(window) == ["summary"]
    assert len(PdfReader(printed).pages) == count
    stored = window.services.consultations.load(window.controller.consultation_id).record
    assert "Tomar agua" in stored.notes_for_patient  # what was typed meanwhile stays stored
    nothing_left_running(qtbot, summary)


def test_cancel_stops_the_print_and_records_nothing(window, dialogs, qtbot, printed: Path) -> None:
    summary = summary_step(window)
    pages = summary.printing.rasterise = Pages(hold_at=2)
    summary.print_document()
    qtbot.waitUntil(lambda: pages.pages[-1:] == [2])
    qtbot.waitUntil(lambda: summary.printing.bar.value() == 1)
    count = summary.printing.bar.maximum()
    QTest.mouseClick(summary.printing.cancel_button, Qt.MouseButton.LeftButton)
    assert summary.printing.label.text() == "Cancelling the print…"
    with qtbot.waitSignal(summary.printing.ended, timeout=30_000) as ended:
        pages.gate.release()
    assert ended.args[0].cancelled and ended.args[0].printed == 2
    assert pages.pages == [1, 2]  # no page after the one in hand
    assert recorded(window) == []
    assert not printed.exists()  # no half a document left behind
    assert (
        summary.status.text() == f"Printing cancelled after 2 of {count} pages. It is not recorded."
    )
    assert dialogs.warnings == []  # the user cancelled: nothing to warn about
    nothing_left_running(qtbot, summary)


def test_a_page_that_fails_says_so_in_words_and_records_nothing(
    window, dialogs, qtbot, printed: Path
) -> None:
    summary = summary_step(window)
    summary.printing.rasterise = Pages(fail_at=3)
    with qtbot.waitSignal(summary.printing.ended, timeout=30_000):
        summary.print_document()
    (warning,) = dialogs.warnings
    assert warning.startswith("Printing stopped at page 3 of ")
    assert "Traceback" not in warning and "RuntimeError" not in warning
    assert recorded(window) == []
    assert not printed.exists()
    nothing_left_running(qtbot, summary)


def test_a_document_that_cannot_be_made_is_not_printed(
    window, dialogs, qtbot, builds, printed: Path
) -> None:
    builds.held = False
    summary = summary_step(window)
    builds.failing.add(window.controller.record.patient.name)
    with qtbot.waitSignal(summary.printing.ended, timeout=30_000) as ended:
        summary.print_document()
    assert ended.args[0].failure == "document"
    assert dialogs.warnings == ["The document could not be made; details are in the log."]
    assert recorded(window) == []
    nothing_left_running(qtbot, summary)


def test_a_printer_that_cannot_start_says_so(
    window, dialogs, qtbot, print_to, tmp_path: Path
) -> None:
    dialogs.print_setup = print_to(tmp_path / "no such folder" / "printed.pdf")
    summary = summary_step(window)
    with qtbot.waitSignal(summary.printing.ended, timeout=30_000):
        summary.print_document()
    (warning,) = dialogs.warnings
    assert warning.startswith("The printer could not be started.")
    assert recorded(window) == []
    nothing_left_running(qtbot, summary)


def test_closing_the_print_dialog_prints_nothing(window, qtbot) -> None:
    summary = summary_step(window)  # the scripted print dialog is cancelled
    summary.print_document()
    assert not summary.printing.isVisible() and summary.printing.job is None
    assert recorded(window) == []
    nothing_left_running(qtbot, summary)
