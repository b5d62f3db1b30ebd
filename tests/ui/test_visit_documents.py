"""All documents of a visit at once (issue #15, point 6): the summary, the nurse sheet,
the trial diary of the planned trial and, once its days are entered, the trial's result,
in the patient's language and print size, exported to one folder or printed one after
the other, each on record."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from neuromod_aid.ui.documents import file_stem

SUMMARY = 5


def _visit(window):  # type: ignore[no-untyped-def]
    window.open_demo()
    window.walkthrough.go(SUMMARY)
    return window.walkthrough.page("summary")


def _recorded(window) -> list[tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    entries = window.services.consultations.documents(window.controller.consultation_id)
    return sorted((e.kind, e.language, e.large_print) for e in entries)


def _text(path: Path) -> str:
    return " ".join(
        page.extract_text() or "" for page in PdfReader(io.BytesIO(path.read_bytes())).pages
    )


@pytest.mark.parametrize(
    ("lang", "done"), [("en", "All 4 documents"), ("es", "Los 4 documentos se han exportado")]
)
def test_the_visit_exports_every_document_to_one_folder_in_its_language(
    make_window, dialogs, qtbot, lang, done
) -> None:
    window = make_window(ui_lang=lang)
    summary = _visit(window)
    window.controller.update(lambda r: replace(r, language=lang, large_print=True))
    dialogs.choices = ["export"]
    summary.visit.button.click()
    qtbot.waitUntil(lambda: done in summary.visit.label.text(), timeout=60_000)
    record = window.controller.record
    kinds = ("summary", "nurse_sheet", "trial_diary", "trial_result")  # the demo's diary is done
    for kind in kinds:
        written = dialogs.folder / f"{file_stem(kind, record, window.services.catalog)}.pdf"
        assert written.is_file(), f"{kind} was not written"
        assert record.patient.name in " ".join(_text(written).split())
    assert _recorded(window) == sorted((kind, lang, True) for kind in kinds)
    (asked, offered) = dialogs.chosen_from[-1]
    assert offered == ["export", "print"] and "4" in asked


def test_the_visit_prints_one_document_after_another_asking_for_the_printer_once(
    window, dialogs, qtbot, printed: Path
) -> None:
    summary = _visit(window)
    asked: list[int] = []
    answer = dialogs.print_setup

    def count(printer):  # type: ignore[no-untyped-def]
        asked.append(1)
        return answer(printer)

    dialogs.print_setup = count  # type: ignore[method-assign]
    dialogs.choices = ["print"]
    summary.visit.button.click()
    qtbot.waitUntil(lambda: "All 4 documents sent" in summary.visit.label.text(), timeout=90_000)
    assert len(asked) == 1
    others = ("nurse_sheet", "trial_diary", "trial_result")
    files = [printed, *(printed.with_stem(f"printed-{kind}") for kind in others)]
    assert all(len(PdfReader(f).pages) > 0 for f in files)
    assert [kind for kind, _, _ in _recorded(window)] == sorted(("summary", *others))


def test_before_the_diary_is_entered_a_trial_visit_has_no_trial_result(
    window, dialogs, qtbot
) -> None:
    summary = _visit(window)
    window.controller.update(
        lambda r: replace(r, procedure=replace(r.procedure, diary=()))  # type: ignore[arg-type]
    )
    dialogs.choices = ["export"]
    summary.visit.button.click()
    qtbot.waitUntil(lambda: "All 3 documents" in summary.visit.label.text(), timeout=60_000)
    assert "trial_result" not in [kind for kind, _, _ in _recorded(window)]


def test_without_a_planned_procedure_the_visit_is_the_summary_alone(window, dialogs, qtbot) -> None:
    summary = _visit(window)
    window.controller.update(lambda r: replace(r, procedure=None))
    dialogs.choices = ["export"]
    summary.visit.button.click()
    qtbot.waitUntil(lambda: "All 1 documents" in summary.visit.label.text(), timeout=60_000)
    assert [kind for kind, _, _ in _recorded(window)] == ["summary"]


def test_changes_made_while_the_visit_exports_are_kept_and_the_documents_keep_theirs(
    window, dialogs, qtbot
) -> None:
    summary = _visit(window)
    before = window.controller.record.private_notes
    dialogs.choices = ["export"]
    summary.visit.button.click()
    assert summary.visit.running
    window.controller.update(lambda r: replace(r, private_notes="Typed while they were made"))
    window.controller.flush()
    qtbot.waitUntil(lambda: "All 4 documents" in summary.visit.label.text(), timeout=60_000)
    consultations = window.services.consultations
    stored = consultations.latest(window.controller.consultation_id).record
    assert stored.private_notes == "Typed while they were made"
    assert not window.controller.pending
    entries = consultations.documents(window.controller.consultation_id)
    assert {consultations.printed_record(e).private_notes for e in entries} == {before}
