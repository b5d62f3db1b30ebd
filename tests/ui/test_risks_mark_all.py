"""Risks, quickly: every risk of a therapy marked as discussed in one press, each still
un-markable on its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def _mark_all_button(page, therapy_id: str) -> QPushButton:
    box = page.boxes[therapy_id]
    return next(
        b for b in box.findChildren(QPushButton) if b.accessibleName().startswith("Mark all")
    )


def test_one_press_marks_every_risk_of_that_therapy_only(window, qtbot) -> None:
    window.open_demo()
    window.walkthrough.go(3)
    page = window.walkthrough.page("risks")
    catalog = window.services.catalog
    scs_before = window.controller.record.risks_discussed.get("scs", ())
    button = _mark_all_button(page, "drg")
    name = catalog.therapy("drg").name("en")
    assert button.accessibleName() == f"Mark all risks of {name} as discussed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    record = window.controller.record
    assert set(record.risks_discussed["drg"]) == {r.id for r in catalog.therapy("drg").risks}
    assert record.risks_discussed.get("scs", ()) == scs_before  # the other therapy untouched
    drg_rows = [row for row in page.rows if row.therapy_id == "drg"]
    assert all(row.discussed.isChecked() for row in drg_rows)
    drg_rows[0].discussed.click()  # still un-markable one by one
    assert drg_rows[0].risk_id not in window.controller.record.risks_discussed["drg"]
    assert window.controller.flush()
    stored = window.services.consultations.load(window.controller.consultation_id).record
    assert len(stored.risks_discussed["drg"]) == len(drg_rows) - 1


def test_the_button_speaks_spanish(make_window) -> None:
    window = make_window("es")
    window.open_demo()
    window.walkthrough.go(3)
    page = window.walkthrough.page("risks")
    button = next(
        b
        for b in page.boxes["scs"].findChildren(QPushButton)
        if b.accessibleName().startswith("Marcar")
    )
    assert button.text() == "Marcar todos como hablados"
