"""Risks, quickly: every risk of a therapy marked as discussed in one press, each still
un-markable on its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton


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


def _read_on_entering(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """What Orca reads when the focus enters a named group around ``widget``: every
    label inside the group that is linked to nothing (no relation), of three words or
    more (Orca's "unrelated labels" of a panel)."""
    from PySide6.QtGui import QAccessible

    def unlinked(node) -> list[str]:  # type: ignore[no-untyped-def]
        found = []
        for index in range(node.childCount()):
            child = node.child(index)
            text = child.text(QAccessible.Text.Name)
            label = child.role() == QAccessible.Role.StaticText and not child.relations()
            if label and not child.state().invisible and len(text.split()) >= 3:
                found.append(text)
            found += unlinked(child)
        return found

    said = []
    node = QAccessible.queryAccessibleInterface(widget).parent()
    while node is not None and node.isValid():
        if node.role() == QAccessible.Role.Grouping and node.text(QAccessible.Text.Name):
            said += unlinked(node)
        node = node.parent()
    return said


def _demo_risks(make_window, lang: str):  # type: ignore[no-untyped-def]
    """A window in ``lang`` on the demo consultation's Risks step, and that page."""
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(3)
    return window, window.walkthrough.page("risks")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_tab_into_a_therapys_risks_is_not_read_out_whole(make_window, qtbot, lang) -> None:
    # the therapy's box was titled: Orca read all its risks (a minute of speech) before
    # the first button, at each entry; its name is a heading now
    from PySide6.QtGui import QAccessible

    window, page = _demo_risks(make_window, lang)
    record = window.controller.record
    for therapy_id in record.therapies_discussed:
        button = page.boxes[therapy_id].findChild(QPushButton)  # Mark all, the first
        qtbot.waitUntil(button.isVisible)
        assert _read_on_entering(button) == []
        assert _read_on_entering(page.rows[0].discussed) == []
        name = window.services.catalog.therapy(therapy_id).name(record.language)
        headings = [
            label.text()
            for label in page.boxes[therapy_id].findChildren(QLabel)
            if QAccessible.queryAccessibleInterface(label).role() == QAccessible.Role.Heading
        ]
        assert headings == [name]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_screen_reader_hears_what_mark_all_did(make_window, announced, lang) -> None:
    # a push button has no state: after Space a screen reader said nothing at all
    window, page = _demo_risks(make_window, lang)
    page.boxes["drg"].findChild(QPushButton).click()  # Mark all, the first
    therapy = window.services.catalog.therapy("drg")
    assert len(announced) == 1
    assert therapy.name(window.controller.record.language) in announced[0]
    assert str(len(therapy.risks)) in announced[0]
    assert ("marked as discussed" in announced[0]) == (lang == "en")  # in the UI's language
