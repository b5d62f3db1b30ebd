"""The Summary step offers the summary in full or its core pages alone: a named list the
keyboard reaches, in English and Spanish, whose choice goes to the document built and to
the record of what was exported, so a rebuild gives the same document."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from neuromod_aid.pdf import build_document

SUMMARY = 5


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize(
    ("lang", "full", "core"),
    [("en", "Full summary", "Core pages only"), ("es", "Resumen completo", "Solo lo principal")],
)
def test_the_core_pages_alone_are_chosen_by_keyboard_and_kept_on_record(
    make_window, dialogs, qtbot, lang: str, full: str, core: str
) -> None:
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(SUMMARY)
    summary = window.walkthrough.page("summary")
    scope = summary.scope
    assert scope.accessibleName() and scope.isEnabled()
    assert [scope.itemText(i) for i in range(scope.count())] == [full, core]
    assert scope.currentText() == full  # the full summary unless asked
    assert summary.scope_label.buddy() is scope  # its label's mnemonic reaches it
    whole = _pages(summary.current_pdf())
    scope.setFocus()
    QTest.keyClick(scope, Qt.Key.Key_Down)
    assert scope.currentText() == core
    assert summary.current_kind() == "summary_core"
    short = _pages(summary.current_pdf())
    more_detail = window.services.catalog.words(lang)("more_detail")
    assert any(more_detail in page for page in whole)
    assert not any(more_detail in page for page in short) and len(short) < len(whole)
    summary.export()
    (entry,) = window.services.consultations.documents(window.controller.consultation_id)
    assert entry.kind == "summary_core" and entry.large_print is False
    record = window.services.consultations.printed_record(entry)
    rebuilt = build_document(entry.kind, record, window.services.catalog, large_print=False)
    assert _pages(rebuilt) == short  # what was handed out, made again from the record
    summary.kind.setCurrentIndex(summary.kind.findData("nurse_sheet"))
    assert not scope.isEnabled() and summary.current_kind() == "nurse_sheet"
    qtbot.waitUntil(lambda: summary.pool.activeThreadCount() == 0)
